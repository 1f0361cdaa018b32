"""Hostile and careless SPY-Bench input (issue 15): each is refused by name when the task is built.

Image paths escaping the data folder, FIFOs and corrupt images at image paths, task parameters
of the wrong type or range, filters that leave nothing to evaluate, and benchmark ids whose
sample ids collide. The last test runs a few of them through ``inspect eval`` as users do.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from spy_testlib import write_data_dir

from spy_bench import tasks
from spy_bench.dataset import spy_bench_dataset
from vlm_privacy.errors import DataValidationError, ParameterError

INSPECT = str(Path(sys.executable).parent / "inspect")


def _with_image_path(items: list[dict], index: int, image_path: str) -> list[dict]:
    items[index]["question_item"]["image_path"] = image_path
    return items


# ---------------------------------------------------------------- 1. paths out of the folder


@pytest.mark.parametrize("escape", ["/abs/secret.jpg", "../../secret.jpg", "images/../../x.jpg"])
def test_image_paths_outside_the_data_folder_are_refused(
    tmp_path: Path, reference_items: list[dict], escape: str
) -> None:
    root = write_data_dir(tmp_path / "d", reference_items)
    secret = tmp_path / "secret.jpg"
    secret.write_bytes((root / reference_items[0]["question_item"]["image_path"]).read_bytes())
    if escape.startswith("/abs"):
        escape = str(secret)
    questions = json.loads((root / "questions.json").read_text())
    _with_image_path(questions["benchmark_list"], 1, escape)
    (root / "questions.json").write_text(json.dumps(questions))
    with pytest.raises(DataValidationError) as info:
        spy_bench_dataset(root)
    message = str(info.value)
    assert "item 1 (benchmark_id" in message and "question_item.image_path" in message
    assert "relative path inside the data directory" in message
    assert "item 0 " not in message and "item 2 " not in message


def test_symlinked_image_leading_outside_is_named_in_a_warning(
    tmp_path: Path, reference_items: list[dict], caplog: pytest.LogCaptureFixture
) -> None:
    root = write_data_dir(tmp_path / "d", reference_items)
    image = root / reference_items[2]["question_item"]["image_path"]
    outside = tmp_path / "elsewhere.jpg"
    image.rename(outside)
    image.symlink_to(outside)
    with caplog.at_level(logging.WARNING, logger="spy_bench.dataset"):
        dataset = spy_bench_dataset(root)
    assert len(dataset) > 0
    warned = [r.getMessage() for r in caplog.records if "symlink" in r.getMessage()]
    assert len(warned) == 1, caplog.text
    assert reference_items[2]["question_item"]["image_path"] in warned[0]
    assert str(outside) in warned[0]
    # links that stay inside the folder are not reported
    caplog.clear()
    inside = root / "images" / "copy.jpg"
    inside.write_bytes(outside.read_bytes())
    image.unlink()
    image.symlink_to(inside)
    with caplog.at_level(logging.WARNING, logger="spy_bench.dataset"):
        spy_bench_dataset(root)
    assert not [r for r in caplog.records if "symlink" in r.getMessage()]


# ---------------------------------------------------------------- 5. FIFOs, 7. corrupt images


def test_fifo_at_an_image_path_is_an_error_not_a_hang(
    tmp_path: Path, reference_items: list[dict]
) -> None:
    root = write_data_dir(tmp_path / "d", reference_items)
    image = root / reference_items[0]["question_item"]["image_path"]
    image.unlink()
    os.mkfifo(image)
    code = (
        "import sys\n"
        "from spy_bench.dataset import spy_bench_dataset\n"
        "from vlm_privacy.errors import DataValidationError\n"
        "try:\n"
        f"    spy_bench_dataset({str(root)!r})\n"
        "except DataValidationError as ex:\n"
        "    print(ex)\n"
        "    sys.exit(3)\n"
    )
    # in a child process: a hang would otherwise hang the test run
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert "FIFO" in proc.stdout and str(image) in proc.stdout


def test_corrupt_image_with_valid_magic_bytes_fails_when_the_task_is_built(
    tmp_path: Path, reference_items: list[dict]
) -> None:
    root = write_data_dir(tmp_path / "d", reference_items)
    image = root / reference_items[1]["question_item"]["image_path"]
    image.write_bytes(b"\xff\xd8\xff" + os.urandom(64) + b"garbage" * 50)
    with pytest.raises(DataValidationError) as info:
        tasks.full(data_dir=str(root), judge="offline")
    message = str(info.value)
    assert "image unreadable" in message and str(image) in message
    assert "item 1 " in message


# ---------------------------------------------------------------- 4. task parameters


@pytest.mark.parametrize(
    ("kwargs", "named", "accepted"),
    [
        ({"distractors": "maybe"}, "distractors", "true or false"),
        ({"distractors": 1}, "distractors", "true or false"),
        ({"n_distractors": 2.5}, "n_distractors", "whole number of at least 0"),
        ({"n_distractors": "abc"}, "n_distractors", "whole number of at least 0"),
        ({"n_distractors": -1}, "n_distractors", "whole number of at least 0"),
        ({"n_distractors": True}, "n_distractors", "whole number of at least 0"),
        ({"image_first": "yes"}, "image_first", "true or false"),
        ({"max_tokens": 0}, "max_tokens", "auto"),
        ({"max_tokens": "lots"}, "max_tokens", "none"),
        ({"categories": 5}, "categories", "label ids"),
        ({"categories": []}, "categories", "label ids"),
        ({"cascade_threshold": "high"}, "cascade_threshold", "number from 0 to 1"),
        ({"cascade_threshold": 5}, "cascade_threshold", "number from 0 to 1"),
        ({"cascade_threshold": -1}, "cascade_threshold", "number from 0 to 1"),
        ({"cascade_threshold": float("nan")}, "cascade_threshold", "number from 0 to 1"),
        ({"data_dir": ["a", "b"]}, "data_dir", "folder path"),
    ],
)
def test_task_parameters_are_checked_when_the_task_is_built(
    reference_dir: Path, kwargs: dict, named: str, accepted: str
) -> None:
    kwargs = {"data_dir": str(reference_dir), **kwargs}
    for task in (tasks.full, tasks.no_scenario, tasks.conflict):
        with pytest.raises(ParameterError) as info:
            task(**kwargs)
        message = str(info.value)
        assert f"-T {named}=" in message and accepted in message, message


def test_valid_parameters_still_build(reference_dir: Path) -> None:
    task = tasks.full(
        data_dir=str(reference_dir), n_distractors=2, categories="a25_nationality,a31_passport",
        cascade_threshold=1, judge="offline",
    )  # fmt: skip
    assert task.metadata["n_distractors"] == 2


# ---------------------------------------------------------------- 9. empty datasets


def test_category_without_items_names_the_filter(reference_dir: Path) -> None:
    with pytest.raises(DataValidationError) as info:
        spy_bench_dataset(reference_dir, categories="a4_gender")
    message = str(info.value)
    assert "-T categories=a4_gender" in message and "selects none" in message
    assert "questions.json" in message


def test_empty_benchmark_list_is_a_project_error(tmp_path: Path) -> None:
    root = write_data_dir(tmp_path / "d", [])
    with pytest.raises(DataValidationError, match="empty benchmark_list"):
        spy_bench_dataset(root)


def test_situation_without_items_names_the_missing_scenarios(
    tmp_path: Path, reference_items: list[dict]
) -> None:
    for item in reference_items:
        item["non_privacy_scenarios"] = []
    root = write_data_dir(tmp_path / "d", reference_items)
    with pytest.raises(DataValidationError, match="non_privacy_scenarios"):
        tasks.conflict(data_dir=str(root), judge="offline")


# ---------------------------------------------------------------- 13. colliding sample ids


def test_colliding_sample_ids_name_both_items(tmp_path: Path, reference_items: list[dict]) -> None:
    first, second = reference_items[0], reference_items[1]
    first["benchmark_id"] = "a:3"  # situation 1 -> "a:3:1"
    second["benchmark_id"] = "a"
    second["privacy_scenarios"][0]["scenario"] = "1"  # situation 3 -> "a:3:1"
    root = write_data_dir(tmp_path / "d", reference_items)
    with pytest.raises(DataValidationError) as info:
        spy_bench_dataset(root)
    message = str(info.value)
    assert "'a:3:1'" in message and "item 0 (benchmark_id 'a:3')" in message
    assert "item 1 (benchmark_id a)" in message
    assert "questions.json" in message


def test_normal_ids_are_unchanged(reference_dir: Path) -> None:
    ids = [s.id for s in spy_bench_dataset(reference_dir)]
    assert "00002121:1" in ids and any(i.startswith("00002121:3:") for i in ids)
    assert len(set(ids)) == len(ids)


# ---------------------------------------------------------------- through the CLI


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-T", "distractors=maybe"], "-T distractors=maybe: distractors must be true or false"),
        (["-T", "n_distractors=2.5"], "n_distractors must be a whole number of at least 0"),
        (["-T", "cascade_threshold=high"], "cascade_threshold must be a number from 0 to 1"),
        (["-T", "categories=a4_gender"], "selects none"),
        ([], "relative path inside the data directory"),
    ],
)
def test_inspect_eval_reports_bad_input_by_name(
    tmp_path: Path, reference_items: list[dict], args: list[str], expected: str
) -> None:
    root = write_data_dir(tmp_path / "d", reference_items)
    if not args:  # an image path escaping the data folder
        _with_image_path(reference_items, 0, "../../etc/secret.jpg")
        (root / "questions.json").write_text(json.dumps({"benchmark_list": reference_items}))
    proc = subprocess.run(
        [INSPECT, "eval", "spy_bench/no_scenario", "--model", "mockllm/model",
         "-T", f"data_dir={root}", "-T", "judge=offline", "--log-dir", str(tmp_path / "logs"),
         *args],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    output = " ".join((proc.stdout + proc.stderr).split())
    assert proc.returncode != 0
    assert expected in output, output[-3000:]
    assert "Traceback" not in output


def test_images_are_decoded_once_per_file_version(
    tmp_path: Path, reference_items: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vlm_privacy.images as images

    decoded: list[int] = []
    real = images.image_data_problem

    def counting(data: bytes) -> str | None:
        decoded.append(len(data))
        return real(data)

    monkeypatch.setattr(images, "image_data_problem", counting)
    root = write_data_dir(tmp_path / "d", reference_items)
    n_images = len({it["question_item"]["image_path"] for it in reference_items})
    spy_bench_dataset(root)
    assert len(decoded) == n_images
    spy_bench_dataset(root)  # remembered: nothing decoded again
    assert len(decoded) == n_images
    image = root / reference_items[0]["question_item"]["image_path"]
    image.write_bytes(image.read_bytes()[:-40])  # truncated after the first build
    with pytest.raises(DataValidationError, match="image unreadable"):
        spy_bench_dataset(root)
    assert len(decoded) == n_images + 1


def test_setup_step_decodes_only_files_changed_since_the_build(
    tmp_path: Path, reference_items: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the task build decodes every image; attach_image (setup step) trusts that for a file
    # unchanged since (size, time, inode) and decodes one that changed
    from inspect_ai import eval as inspect_eval

    import spy_bench.solvers as solvers
    from vlm_privacy.testing.scripted import scripted_model

    decoded: list[int] = []
    real = solvers.image_data_problem

    def counting(data: bytes) -> str | None:
        decoded.append(len(data))
        return real(data)

    monkeypatch.setattr(solvers, "image_data_problem", counting)
    root = write_data_dir(tmp_path / "d", reference_items)
    task = tasks.no_scenario(data_dir=str(root), judge="offline")
    (log,) = inspect_eval(
        task,
        model=scripted_model(lambda messages: "It is 42."),
        display="none",
        log_dir=str(tmp_path / "a"),
    )
    assert log.status == "success" and len(log.samples or []) == 2 * len(reference_items)
    assert decoded == []  # every image was decoded by the build, none changed
    task = tasks.no_scenario(data_dir=str(root), judge="offline")
    first = reference_items[0]["question_item"]["image_path"]
    image = root / first
    image.write_bytes(image.read_bytes()[:-40])  # truncated after the build
    (log,) = inspect_eval(
        task, model=scripted_model(lambda messages: "It is 42."), display="none", log_dir=str(tmp_path / "b"),
        fail_on_error=False,
    )  # fmt: skip
    assert len(decoded) == 1  # only the changed file, once for the samples sharing it
    errors = [s.error.message for s in log.samples or [] if s.error]
    users = sum(it["question_item"]["image_path"] == first for it in reference_items)
    assert len(errors) == 2 * users
    assert all(f"Image {image} (sample" in e and "corrupt image data" in e for e in errors)
