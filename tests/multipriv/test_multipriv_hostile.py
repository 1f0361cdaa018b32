"""Hostile and careless MultiPriv input (issue 15): refused by name when the task is built.

User data may point at images anywhere (absolute paths are allowed), but each must be an image
file; corrupt images are named by their file; task parameters are type- and range-checked;
``vlm-privacy multipriv build --overwrite`` deletes only an earlier build, never through a
symlink, and makes folders as the umask says.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from multipriv_testlib import PROFILES
from PIL import Image

from multipriv import tasks as mp
from multipriv.cli import multipriv_command
from multipriv.dataset import load_records
from vlm_privacy.errors import DataValidationError, ParameterError

INSPECT = str(Path(sys.executable).parent / "inspect")


def _record(image: str, rid: str = "r1") -> dict:
    return {
        "id": rid,
        "task": "direct_identifier",
        "language": "en",
        "images": [image],
        "question": "Is there a passport in the image?",
        "answer_type": "yes_no",
        "answer": "yes",
    }


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture()
def good_image(tmp_path: Path) -> Path:
    path = tmp_path / "img" / "good.png"
    path.parent.mkdir()
    Image.new("RGB", (16, 16), (1, 2, 3)).save(path)
    return path


# ---------------------------------------------------------------- 1. absolute paths, non-images


def test_absolute_image_paths_are_allowed_in_user_data(tmp_path: Path, good_image: Path) -> None:
    other = tmp_path / "sub"
    other.mkdir()
    data = _write(other / "r.jsonl", [_record(str(good_image))])
    (record,) = load_records(data)
    assert record.images == (str(good_image),)


def test_a_file_that_is_not_an_image_is_refused_at_load(tmp_path: Path, good_image: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    data = _write(tmp_path / "r.jsonl", [_record(str(good_image)), _record(str(secret), "r2")])
    with pytest.raises(DataValidationError) as info:
        load_records(data)
    message = str(info.value)
    assert f"{data}:2 (id 'r2')" in message and str(secret) in message
    assert "image unreadable" in message and f"{data}:1" not in message


def test_a_fifo_at_an_image_path_is_an_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    data = _write(tmp_path / "r.jsonl", [_record(str(fifo))])
    code = (
        "import sys\n"
        "from multipriv.dataset import load_records\n"
        "from vlm_privacy.errors import DataValidationError\n"
        "try:\n"
        f"    load_records({str(data)!r})\n"
        "except DataValidationError as ex:\n"
        "    print(ex)\n"
        "    sys.exit(3)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert "FIFO" in proc.stdout and str(fifo) in proc.stdout


# ---------------------------------------------------------------- 12. corrupt image by file name


def test_corrupt_image_is_named_by_its_file_when_the_task_is_built(tmp_path: Path) -> None:
    corrupt = tmp_path / "img" / "broken.png"
    corrupt.parent.mkdir()
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 40)
    data = _write(tmp_path / "r.jsonl", [_record("img/broken.png")])
    with pytest.raises(DataValidationError) as info:
        mp.direct_identifier(data=str(data), judge="offline")
    message = str(info.value)
    assert str(corrupt) in message and "data:image" not in message


@pytest.mark.slow
def test_inspect_eval_names_the_corrupt_image_file(tmp_path: Path) -> None:
    corrupt = tmp_path / "broken.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff" + b"garbage" * 40)
    data = _write(tmp_path / "r.jsonl", [_record("broken.jpg")])
    proc = subprocess.run(
        [INSPECT, "eval", "multipriv/direct_identifier", "--model", "mockllm/model",
         "-T", f"data={data}", "-T", "judge=offline", "--log-dir", str(tmp_path / "logs")],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    output = " ".join((proc.stdout + proc.stderr).split())
    assert proc.returncode != 0
    assert "broken.jpg" in output and "data:image" not in output, output[-3000:]


# ---------------------------------------------------------------- 4. task parameters


@pytest.mark.parametrize(
    ("kwargs", "named", "accepted"),
    [
        ({"seed": "abc"}, "seed", "whole number"),
        ({"seed": 1.5}, "seed", "whole number"),
        ({"profiles": 2.5}, "profiles", "whole number"),
        ({"profiles": "many"}, "profiles", "whole number"),
        ({"data": ["a.jsonl"]}, "data", ".jsonl or .json"),
        ({"font": True}, "font", "CJK font"),
        ({"pii_source": 1.5}, "pii_source", "URL"),
    ],
)
def test_task_parameters_are_checked_when_the_task_is_built(
    kwargs: dict, named: str, accepted: str
) -> None:
    with pytest.raises(ParameterError) as info:
        mp.direct_identifier(**kwargs)
    message = str(info.value)
    assert f"-T {named}=" in message and accepted in message, message


def test_bbox_format_is_checked_before_any_data_is_made() -> None:
    with pytest.raises(ParameterError, match="-T bbox_format=xywh: .*pixel, norm1000"):
        mp.region_localization(bbox_format="xywh", profiles=PROFILES)


# ---------------------------------------------------------------- 14. build --overwrite


def _build(out: Path, *extra: str) -> object:
    args = ["build", "--out", str(out), "--profiles", str(PROFILES), "--language", "en"]
    return CliRunner().invoke(multipriv_command, [*args, *extra])


def test_overwrite_never_follows_a_symlinked_out(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work")
    link = tmp_path / "out"
    link.symlink_to(precious, target_is_directory=True)
    result = _build(link, "--overwrite")
    assert result.exit_code != 0 and "symlink" in result.output
    assert (precious / "thesis.tex").read_text() == "years of work"
    assert link.is_symlink()


def test_overwrite_deletes_only_an_earlier_build(tmp_path: Path) -> None:
    unrelated = tmp_path / "unrelated"
    unrelated.mkdir()
    (unrelated / "notes.txt").write_text("keep me")
    result = _build(unrelated, "--overwrite")
    assert result.exit_code != 0 and "did not write (notes.txt)" in result.output
    assert (unrelated / "notes.txt").read_text() == "keep me"

    out = tmp_path / "built"
    assert _build(out).exit_code == 0
    assert json.loads((out / "manifest.json").read_text())["built_by"]
    assert _build(out, "--overwrite", "--seed", "5").exit_code == 0
    assert json.loads((out / "manifest.json").read_text())["seed"] == 5
    # a file added to a build makes it unrelated data again
    (out / "mine.txt").write_text("added by the user")
    result = _build(out, "--overwrite")
    assert result.exit_code != 0 and (out / "mine.txt").exists()


def test_build_folders_respect_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "shared"
        assert _build(out).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    assert stat.S_IMODE((out / "images").stat().st_mode) == 0o755
