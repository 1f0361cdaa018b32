"""``vlm-privacy multipriv build``: writes the documented schema, through a temporary folder."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from inspect_ai import eval
from multipriv_testlib import PROFILES, scripted_grader, scripted_model

from multipriv import tasks as mp
from multipriv.cli import multipriv_command
from multipriv.dataset import load_records


def test_build_writes_loadable_records_and_runs(tmp_path: Path) -> None:
    out = tmp_path / "data"
    args = [
        "build",
        "--out",
        str(out),
        "--seed",
        "3",
        "--profiles",
        str(PROFILES),
        "--language",
        "en",
    ]
    result = CliRunner().invoke(multipriv_command, args)
    assert result.exit_code == 0, result.output
    assert f"-T data={out / 'records.jsonl'}" in result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "images",
        "manifest.json",
        "profiles.jsonl",
        "records.jsonl",
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp folder left
    records = load_records(out / "records.jsonl")
    assert len(records) == 17 * PROFILES
    assert all(Path(p).is_relative_to(out / "images" / "en") for r in records for p in r.images)
    assert '"images": ["images/en/' in (out / "records.jsonl").read_text()

    # refuses a non-empty folder, replaces it with --overwrite
    result = CliRunner().invoke(multipriv_command, args)
    assert result.exit_code != 0 and "--overwrite" in result.output
    result = CliRunner().invoke(multipriv_command, [*args, "--overwrite", "--seed", "4"])
    assert result.exit_code == 0, result.output
    assert load_records(out) != records

    # the built folder runs as -T data=PATH
    task = mp.chained_reasoning(data=str(out / "records.jsonl"), judge="grader")
    assert len(task.dataset) == PROFILES
    (log,) = eval(
        task,
        model=scripted_model(lambda messages: "A"),
        model_roles={"grader": scripted_grader()},
        display="none",
        log_dir=str(tmp_path / "logs"),
        log_realtime=False,
    )
    gold_a = sum(s.target == "A" for s in task.dataset)
    metrics = log.results.scores[0].metrics
    assert metrics["accuracy"].value == gold_a / PROFILES
    assert metrics["refusal_rate"].value == 0.0


def test_build_rejects_bad_profile_counts(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        multipriv_command, ["build", "--out", str(tmp_path / "x"), "--profiles", "2"]
    )
    assert result.exit_code != 0 and "between 4 and" in result.output
    assert not (tmp_path / "x").exists()
