"""``vlm-privacy report`` rows: shards of one run unioned, runs that differ kept apart.

Shards (``--limit A-B`` ranges of one ``spy_bench/full`` run) must give exactly the figures
and counts of the unsplit run; overlapping shards are resolved per sample id (newest answer)
and said so; a missing shard is named; logs that differ in judge or in a distinguishing model
arg (a LoRA adapter) are separate rows, each naming its judge.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from inspect_ai import eval
from inspect_ai.log import EvalLog
from inspect_ai.model import ChatMessage, Model, get_model

from spy_bench.synthetic import write_synthetic_spy_bench
from spy_bench.tasks import full, no_scenario
from vlm_privacy.cli import main
from vlm_privacy.report.core import build_report
from vlm_privacy.testing.scripted import scripted_output

REFUSAL = "Sorry, I can't share that information."
ANSWER = "It is 42."
KEYS = ("ics", "rta", "ata", "ics_scenario", "ata_conflict", "hms")


def mixed(messages: list[ChatMessage]) -> str:
    """Refuses about a third of the prompts (a fixed function of the prompt)."""
    text = next(m for m in messages if m.role == "user").text
    return REFUSAL if len(text) % 3 == 0 else ANSWER


def always_answers(messages: list[ChatMessage]) -> str:
    return ANSWER


def always_refuses(messages: list[ChatMessage]) -> str:
    return REFUSAL


def grader_reply(messages: list[ChatMessage]) -> str:
    return "reject" if "Sorry" in messages[-1].text.split("Answer: ")[-1] else "respond"


def model(
    respond: Callable[[list[ChatMessage]], str], name: str = "vlm", **model_args: Any
) -> Model:
    return get_model(
        f"mockllm/{name}",
        custom_outputs=lambda messages, *a: scripted_output(respond(messages)),
        memoize=False,
        **model_args,
    )


def run(task: Any, m: Model, log_dir: Path, **kwargs: Any) -> EvalLog:
    (log,) = eval(task, model=m, display="none", log_dir=str(log_dir), **kwargs)
    assert log.status == "success"
    return log


def main_row(log_dir: Path, **match: str) -> tuple[dict[str, Any], list[str]]:
    report = build_report([log_dir])
    rows = [r for r in report.tables["spy-main"].rows if all(r[k] == v for k, v in match.items())]
    assert len(rows) == 1, rows
    return rows[0], report.notes


def figures(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"wo_missing": row["wo_missing"]}
    for key in KEYS:
        cell = row[f"wo_{key}"]
        out[key] = (cell.value, cell.n, cell.unparseable)
    return out


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("rows")
    return str(write_synthetic_spy_bench(root / "data", n_items=10, n_images=8, seed=3))


@pytest.fixture(scope="module")
def shards(data: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """An unsplit ``full`` run and the same run in three ``--limit`` shards."""
    root = tmp_path_factory.mktemp("shards")
    whole = run(full(data_dir=data), model(mixed), root / "whole")
    size = whole.eval.dataset.samples
    assert size and size > 40
    ranges = [(0, 15), (15, 30), (30, size)]
    logs = [run(full(data_dir=data), model(mixed), root / "shards", limit=r) for r in ranges]
    return {"root": root, "size": size, "logs": logs}


def test_shards_give_exactly_the_unsplit_run(shards: dict[str, Any]) -> None:
    root, size = shards["root"], shards["size"]
    whole, _ = main_row(root / "whole")
    union, notes = main_row(root / "shards")
    assert figures(union) == figures(whole)
    assert 0 < whole["wo_ics"].value < 100 and whole["wo_ics"].n > 0  # not a degenerate run
    assert union["judge"] == "offline"
    text = "\n".join(notes)
    assert "spy_bench/full has 3 logs" in text
    for log in shards["logs"]:
        assert Path(log.location).name in text
    assert f"cover the whole dataset ({size} samples)" in text
    assert "--limit 1-15" in text and f"--limit 31-{size}" in text


def test_a_missing_shard_is_named(shards: dict[str, Any], tmp_path: Path) -> None:
    first, middle, last = (Path(log.location) for log in shards["logs"])
    for log in (first, last):
        shutil.copy(log, tmp_path / log.name)
    row, notes = main_row(tmp_path)
    text = "\n".join(notes)
    assert middle.name not in text
    assert f"cover {shards['size'] - 15} of the dataset's {shards['size']} samples" in text
    assert "no shard has --limit 16-30" in text
    assert row["wo_missing"] == 15  # the missing shard's samples, in the table itself
    whole, _ = main_row(shards["root"] / "whole")
    assert row["wo_ics"].n < whole["wo_ics"].n  # the figures rest on fewer answers


def test_a_single_limited_run_says_how_much_it_covers(
    shards: dict[str, Any], tmp_path: Path
) -> None:
    first = Path(shards["logs"][0].location)  # --limit 1-15 alone
    shutil.copy(first, tmp_path / first.name)
    row, notes = main_row(tmp_path)
    text = "\n".join(notes)
    assert f"covers 15 of the dataset's {shards['size']} samples (--limit 1-15)" in text
    assert row["wo_missing"] == 0  # a chosen subset: nothing is missing from it


def test_overlapping_shards_are_resolved_per_sample_id(data: str, tmp_path: Path) -> None:
    """Older shard 1-40 (always answers) and newer shard 31-N (always refuses): samples 31-40
    take the newer answers, exactly as the disjoint shards 1-30 and 31-N do."""
    size = run(full(data_dir=data), model(always_answers), tmp_path / "probe", limit=1)
    size = size.eval.dataset.samples
    older = run(full(data_dir=data), model(always_answers), tmp_path / "overlap", limit=(0, 40))
    run(full(data_dir=data), model(always_answers), tmp_path / "disjoint", limit=(0, 30))
    newer = run(full(data_dir=data), model(always_refuses), tmp_path / "overlap", limit=(30, size))
    shutil.copy(newer.location, tmp_path / "disjoint" / Path(newer.location).name)
    overlap, notes = main_row(tmp_path / "overlap")
    disjoint, _ = main_row(tmp_path / "disjoint")
    assert figures(overlap) == figures(disjoint)
    text = "\n".join(notes)
    old, new = Path(older.location).name, Path(newer.location).name
    assert f"10 answers of {old} are replaced by the newer {new}" in text
    assert "--limit 1-40" in text and f"--limit 31-{size}" in text
    # taking the older answers for samples 31-40 would give other figures
    run(full(data_dir=data), model(always_answers), tmp_path / "older", limit=(0, 40))
    run(full(data_dir=data), model(always_refuses), tmp_path / "older", limit=(40, size))
    older_wins, _ = main_row(tmp_path / "older")
    assert figures(older_wins) != figures(overlap)


def test_judges_and_adapters_are_separate_rows(data: str, tmp_path: Path) -> None:
    """One model judged by the grader, by the offline judge and by a cascade; and the same
    model with a LoRA adapter (a device setting does not make a row of its own)."""
    grader = model(grader_reply, name="grader")
    run(no_scenario(data_dir=data), model(mixed), tmp_path, model_roles={"grader": grader})
    run(no_scenario(data_dir=data), model(mixed), tmp_path)
    run(no_scenario(data_dir=data, judge="cascade"), model(mixed), tmp_path,
        model_roles={"grader": grader})  # fmt: skip
    run(no_scenario(data_dir=data), model(always_refuses, adapter="/lora/nca-p"), tmp_path,
        limit=(0, 10))  # fmt: skip
    run(no_scenario(data_dir=data), model(always_refuses, adapter="/lora/nca-p", device="cpu"),
        tmp_path, limit=(10, 20))  # fmt: skip

    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["tables"]["spy-main"]["rows"]
    keys = [(r["model_args"], r["judge"].split(" (")[0]) for r in rows]
    assert sorted(keys) == sorted(
        [
            ("", "grader:mockllm/grader"),
            ("", "offline"),
            ("", "cascade:mockllm/grader"),
            ("adapter=/lora/nca-p", "offline"),
        ]
    )
    cascade = next(r for r in rows if r["judge"].startswith("cascade"))
    assert "% escalated" in cascade["judge"]
    adapter = next(r for r in rows if r["model_args"])
    assert adapter["wo_ics"]["n"] > 0  # both adapter shards in one row
    by_judge = {r["judge"]: r for r in rows if not r["model_args"]}
    assert by_judge["offline"]["wo_ics"]["n"] == by_judge["grader:mockllm/grader"]["wo_ics"]["n"]

    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", "csv"])
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["Judge"].split(" (")[0] for r in table} == {
        "grader:mockllm/grader", "offline", "cascade:mockllm/grader"
    }  # fmt: skip
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", "markdown"])
    assert "| Judge |" in result.stdout and "| grader:mockllm/grader |" in result.stdout
    assert "| offline |" in result.stdout
    result = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert "grader:mockllm/grader" in result.stdout and "adapter=/lora/nca-p" in result.stdout
