"""``vlm-privacy report`` over real MultiPriv logs: Tables 3 and 4 against hand computation.

The records are written by hand (tiny images, yes/no questions and boxes) so that a scripted
model's accuracy on every task and language is known exactly.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from statistics import fmean
from typing import Any

import pytest
from click.testing import CliRunner
from inspect_ai import eval
from inspect_ai.model import ChatMessage, Model, get_model
from PIL import Image

import multipriv.metrics  # noqa: F401 - a broken import must fail these tests, not skip them
import multipriv.tasks as tasks_module
from vlm_privacy.cli import main
from vlm_privacy.report.core import build_report
from vlm_privacy.report.tables import Cell
from vlm_privacy.testing.scripted import scripted_output

TASKS = (
    "direct_identifier",
    "indirect_identifier",
    "information_extraction",
    "cross_validation",
    "single_step_reasoning",
    "chained_reasoning",
    "reidentification",
    "cross_modal_association",
)
LANGS = ("en", "zh")
PER_CELL = 4
REFUSAL = "Sorry, I can't help with identifying people."
GOLD_BOX = [10, 10, 50, 50]


def n_correct(task: str, lang: str) -> int:
    """How many of the 4 yes/no records of (task, language) the model answers right."""
    return (TASKS.index(task) + 2 * LANGS.index(lang)) % (PER_CELL + 1)


def write_records(root: Path) -> Path:
    image = root / "img.png"
    Image.new("RGB", (100, 100), (200, 180, 40)).save(image)
    records: list[dict[str, Any]] = []
    for task in TASKS:
        for lang in LANGS:
            ok = n_correct(task, lang)
            for i in range(PER_CELL):
                marker = "#ok" if i < ok else ("#refuse" if i == ok else "#wrong")
                if task == "direct_identifier" and lang == "en" and i == 0:
                    marker += " #odd"  # the refusal judge cannot parse this one
                records.append({
                    "id": f"{task}-{lang}-{i}", "task": task, "language": lang,
                    "images": ["img.png"], "question": f"Is this person Ann? {marker}",
                    "answer_type": "yes_no", "answer": "yes",
                })  # fmt: skip
    for lang, markers in (("en", ["#box-ok", "#box-half"]), ("zh", ["#box-half", "#box-half"])):
        for i, marker in enumerate(markers):
            records.append({
                "id": f"box-{lang}-{i}", "task": "region_localization", "language": lang,
                "images": ["img.png"], "question": f"Where is the face? {marker}",
                "answer_type": "bbox", "answer": GOLD_BOX, "image_size": [100, 100],
            })  # fmt: skip
    path = root / "records.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records))
    return path


def answer(messages: list[ChatMessage]) -> str:
    text = next(m for m in messages if m.role == "user").text
    if "#refuse" in text:
        return REFUSAL
    if "#box-ok" in text:
        return "[10, 10, 50, 50]"
    if "#box-half" in text:
        return "[10, 10, 50, 30]"  # IoU 0.5 with the gold box
    return "yes" if "#ok" in text else "no"


def grader(messages: list[ChatMessage]) -> str:
    text = messages[-1].text
    if "#odd" in text:
        return "I am not sure."
    return "reject" if REFUSAL in text.rsplit("Answer:", 1)[-1] else "respond"


def named(name: str, fn: Any) -> Model:
    return get_model(
        f"mockllm/{name}",
        custom_outputs=lambda messages, *a: scripted_output(fn(messages)),
        memoize=False,
    )


@pytest.fixture(scope="module")
def log_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mp_report")
    data = str(write_records(root))
    logs = root / "logs"
    roles = {"grader": named("grader", grader)}
    for task in (tasks_module.perception(data=data), tasks_module.reasoning(data=data)):
        eval(task, model=named("vlm-1", answer), model_roles=roles, display="none",
             log_dir=str(logs))  # fmt: skip
    eval(tasks_module.reasoning(data=data, language="en"), model=named("vlm-2", answer),
         model_roles=roles, display="none", log_dir=str(logs))  # fmt: skip
    return logs


def acc(task: str, lang: str) -> float:
    return n_correct(task, lang) / PER_CELL


def expected_columns(lang: str) -> dict[str, float]:
    return {
        "direct": acc("direct_identifier", lang),
        "indirect": acc("indirect_identifier", lang),
        "iea": acc("information_extraction", lang),
        "single": (acc("cross_validation", lang) + acc("single_step_reasoning", lang)) / 2,
        "reid": acc("reidentification", lang),
        "chained": acc("chained_reasoning", lang),
        "cross": acc("cross_modal_association", lang),
    }


def check(cell: Any, value: float | None, n: int, u: int = 0) -> None:
    assert isinstance(cell, Cell)
    assert cell.value == (None if value is None else pytest.approx(value))
    assert (cell.n, cell.unparseable) == (n, u)


def test_tables_3_and_4_match_hand_computation(log_dir: Path) -> None:
    report = build_report([log_dir])
    assert report.default_tables == ["multipriv-perception", "multipriv-reasoning"]
    en, zh = expected_columns("en"), expected_columns("zh")
    iou = fmean([1.0, 0.5, 0.5, 0.5])

    (row,) = report.tables["multipriv-perception"].rows  # vlm-2 ran no perception task
    assert row["model"] == "mockllm/vlm-1"
    for lang, cols in (("en", en), ("zh", zh)):
        for key in ("direct", "indirect", "iea"):
            check(row[f"{lang}_{key}"], cols[key], PER_CELL, int(lang == "en" and key == "direct"))
    en_mean = fmean([en["direct"], en["indirect"], en["iea"]])
    zh_mean = fmean([zh["direct"], zh["indirect"], zh["iea"]])
    check(row["en_mean"], en_mean, 3 * PER_CELL, 1)
    check(row["zh_mean"], zh_mean, 3 * PER_CELL)
    check(row["iou"], iou, 4)
    check(row["overall"], fmean([en_mean, zh_mean, iou]), 6 * PER_CELL + 4, 1)

    reasoning = {r["model"]: r for r in report.tables["multipriv-reasoning"].rows}
    row = reasoning["mockllm/vlm-1"]
    keys = ("single", "reid", "chained", "cross")
    for lang, cols in (("en", en), ("zh", zh)):
        for key in keys:
            check(row[f"{lang}_{key}"], cols[key], PER_CELL * (2 if key == "single" else 1))
    means = [fmean(en[k] for k in keys), fmean(zh[k] for k in keys)]
    check(row["en_mean"], means[0], 5 * PER_CELL)
    check(row["overall"], fmean(means), 10 * PER_CELL)

    partial = reasoning["mockllm/vlm-2"]  # English only: no Chinese figures, no overall
    check(partial["en_chained"], en["chained"], PER_CELL)
    check(partial["zh_chained"], None, 0)
    check(partial["overall"], None, 5 * PER_CELL)


def test_cli_formats(log_dir: Path) -> None:
    result = CliRunner().invoke(main, ["report", str(log_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    rows = doc["tables"]["multipriv-reasoning"]["rows"]
    partial = next(r for r in rows if r["model"] == "mockllm/vlm-2")
    assert partial["overall"]["value"] is None and partial["zh_mean"]["value"] is None
    assert partial["overall"]["stderr"] is None and partial["overall"]["ci95"] is None
    for key, cell in partial.items():
        one_task = key.endswith(("_reid", "_chained", "_cross"))  # single: a mean of two
        if one_task and cell["value"] is not None:
            p, n = cell["value"], cell["n"]
            assert cell["stderr"] == pytest.approx(math.sqrt(p * (1 - p) / (n - 1))), key
            low, high = cell["ci95"]
            assert low == pytest.approx(max(0.0, p - 1.959964 * cell["stderr"]), abs=1e-6)
            assert high == pytest.approx(min(1.0, p + 1.959964 * cell["stderr"]), abs=1e-6)
    result = CliRunner().invoke(main, ["report", str(log_dir), "--format", "markdown"])
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("| mockllm/vlm-2 |"))
    cells = [c.strip() for c in line.strip("|").split("|")]
    # model, model args, solver, judge, data, then the figures
    assert cells[1:5] == [
        "",
        "generate",
        "grader:mockllm/grader",
        str(log_dir.parent / "records.jsonl"),
    ]
    assert cells[5] == f"(n={5 * PER_CELL}, u=0)"  # overall: empty figure, counts kept
    p = expected_columns("en")["chained"]
    se = math.sqrt(p * (1 - p) / (PER_CELL - 1))  # one sample per item: the binomial SE
    assert cells[8] == f"{p:.3f} ± {se:.3f} (n={PER_CELL}, u=0)"
    assert rows[0]["judge"] == "grader:mockllm/grader" and rows[0]["data"].endswith("records.jsonl")


def test_shards_give_exactly_the_unsplit_run(log_dir: Path, tmp_path: Path) -> None:
    """``multipriv/perception`` run in three ``--limit`` shards, one of them missing at
    first: the union of all three equals the unsplit run (vlm-1 in ``log_dir``)."""
    data = str(log_dir.parent / "records.jsonl")
    roles = {"grader": named("grader", grader)}
    shards = tmp_path / "shards"
    locations = []
    size = None
    for span in ((0, 10), (10, 20), (20, None)):
        if span[1] is None:
            assert size is not None
            span = (20, size)
        (log,) = eval(tasks_module.perception(data=data), model=named("vlm-1", answer),
                      model_roles=roles, display="none", log_dir=str(shards), limit=span)  # fmt: skip
        size = log.eval.dataset.samples
        locations.append(Path(log.location))
    whole = {r["model"]: r for r in build_report([log_dir]).tables["multipriv-perception"].rows}
    middle = locations[1]
    parked = tmp_path / middle.name
    middle.rename(parked)
    report = build_report([shards])
    notes = "\n".join(report.notes)
    assert "no shard has --limit 11-20" in notes and f"{size - 10} of the dataset's {size}" in notes
    (partial,) = report.tables["multipriv-perception"].rows
    assert partial["overall"].n < whole["mockllm/vlm-1"]["overall"].n

    parked.rename(middle)
    report = build_report([shards])
    (union,) = report.tables["multipriv-perception"].rows
    for key, cell in whole["mockllm/vlm-1"].items():
        if isinstance(cell, Cell):
            assert (union[key].value, union[key].n, union[key].unparseable) == (
                cell.value, cell.n, cell.unparseable
            ), key  # fmt: skip
    assert union["data"] == data and union["judge"] == "grader:mockllm/grader"
    notes = "\n".join(report.notes)
    assert "multipriv/perception has 3 logs" in notes and f"whole dataset ({size} samples)" in notes
    assert all(location.name in notes for location in locations)


def test_judges_and_data_sources_are_separate_rows(log_dir: Path, tmp_path: Path) -> None:
    """vlm-1's reasoning judged by the grader (in ``log_dir``) and by the offline judge: two
    rows, each naming its judge; the data source is named and explained."""
    data = str(log_dir.parent / "records.jsonl")
    offline = tmp_path / "offline"
    eval(tasks_module.reasoning(data=data, judge="offline"), model=named("vlm-1", answer),
         display="none", log_dir=str(offline))  # fmt: skip
    report = build_report([log_dir, offline])
    rows = [r for r in report.tables["multipriv-reasoning"].rows if r["model"] == "mockllm/vlm-1"]
    assert sorted(r["judge"] for r in rows) == ["grader:mockllm/grader", "offline"]
    assert {r["data"] for r in rows} == {data}
    by_judge = {r["judge"]: r for r in rows}
    assert by_judge["offline"]["en_chained"].n == by_judge["grader:mockllm/grader"]["en_chained"].n
    caption = report.tables["multipriv-reasoning"].caption
    assert "Other data sources: the user's records" in caption and "Scale 0-1" in caption
    assert "Single = mean" in caption
    assert "Single = mean" not in report.tables["multipriv-perception"].caption


def test_data_source_labels_and_captions() -> None:
    from multipriv.report import source_caption

    label = tasks_module.data_source_label
    assert label() == "synthetic"
    assert label(seed=1) == "synthetic (seed=1, profiles=40)"
    assert label(source="multipriv-pii") == "multipriv-pii"
    assert label(source="synthetic", data="/d/records.jsonl", language="en") == "/d/records.jsonl"
    assert "not comparable with the project page's Tables 3/4" in source_caption(["synthetic"])
    pii = source_caption(["multipriv-pii"])
    assert "folder labels" in pii and "Table 3 either" in pii


def _samples(correct: list[int], first_id: int = 0) -> list:
    from inspect_ai.scorer import Score

    from vlm_privacy.report.logs import ReportSample

    return [
        ReportSample(
            id=f"item-{first_id + i}",
            epoch=1,
            metadata={"task": "chained_reasoning", "language": "en"},
            scores={
                "multipriv_scorer": Score(
                    value={"correct": float(c), "refused": 0.0}, metadata={"verdict": "respond"}
                )
            },
        )
        for i, c in enumerate(correct)
    ]


def test_compare_is_paired_over_shared_items() -> None:
    from multipriv.report import _Run, compare_runs

    a = [1, 1, 1, 0, 0, 1]
    b = [1, 0, 0, 0, 1]
    from vlm_privacy.report.rows import RowId

    runs = {
        RowId("m-a", "", "generate", "offline"): _Run(
            _samples(a[:5]) + _samples([1], first_id=10)  # item-10: A only
        ),
        RowId("m-b", "", "generate", "offline"): _Run(_samples(b)),
    }
    (table,) = compare_runs(runs, "m-a", "m-b")
    row = next(r for r in table.rows if r["metric"] == "Reasoning: English Chained")
    d = [x - y for x, y in zip(a[:5], b, strict=True)]
    mean = sum(d) / 5
    se = math.sqrt(sum((v - mean) ** 2 for v in d) / 4) / math.sqrt(5)
    assert row["a"].value == pytest.approx(3 / 5) and row["b"].value == pytest.approx(2 / 5)
    assert row["difference"].value == pytest.approx(mean)
    assert row["difference"].stderr == pytest.approx(se)
    assert row["difference"].n == 5
    assert compare_runs(runs, "m-a", "nobody") is None


def test_cli_with_paper_adds_the_project_page_tables(log_dir: Path) -> None:
    from multipriv.report import load_paper_tables

    shipped = load_paper_tables()
    assert len(shipped["table3"]["rows"]) == 30 and len(shipped["table4"]["rows"]) == 18
    for table, keys in (("table3", ("direct", "indirect", "iea")),
                        ("table4", ("single", "reid", "chained", "cross"))):  # fmt: skip
        for row in shipped[table]["rows"]:  # each language mean is the mean of its columns
            for lang in ("en", "zh"):
                mean = fmean(row[f"{lang}_{k}"] for k in keys)
                assert row[f"{lang}_mean"] == pytest.approx(mean, abs=0.0015), row["model"]
    result = CliRunner().invoke(main, ["report", str(log_dir), "--with-paper", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    perception = doc["tables"]["multipriv-perception"]["rows"]
    assert [r["source"] for r in perception] == ["logs"] * 1 + ["paper"] * 30
    gpt = next(r for r in perception if r["model"] == "GPT-4o")
    assert gpt["overall"]["value"] == 0.342 and gpt["iou"]["value"] == 0.20
    assert "Table 3" in gpt["reference"]
    reasoning = doc["tables"]["multipriv-reasoning"]["rows"]
    assert sum(r["source"] == "paper" for r in reasoning) == 18
    claude = next(r for r in reasoning if r["model"] == "Claude-Sonnet 4")
    assert claude["zh_chained"]["value"] == 0.683
