"""MultiPriv part of the report: the project page's Tables 3 (perception) and 4 (reasoning).

Per report row (:mod:`vlm_privacy.report.rows`: model, distinguishing model args, solver,
judge) and data source, the samples of all ``multipriv/<task>`` logs (slices, shards, reruns)
are unioned per sample id (:mod:`vlm_privacy.report.merge`) and summarized with
:mod:`multipriv.metrics` (``summarize``, ``table_columns``, ``perception_overall``,
``reasoning_overall``): the one definition of every figure. Scores are accuracies in 0-1, as
on the project page (higher = more privacy risk); each cell carries the number of samples
behind it and how many refusal verdicts were unparseable. Every row names its data source:
``synthetic`` numbers are not comparable with the page's Tables 3/4.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from multipriv import metrics as mp
from vlm_privacy.report.base import SectionResult, claims_by_name
from vlm_privacy.report.logs import LogRecord, ReportSample
from vlm_privacy.report.merge import merge_samples
from vlm_privacy.report.rows import JUDGE_CAPTION, RowId, escalated, judge_text, row_id
from vlm_privacy.report.tables import Cell, Column, Table

SCORER = "multipriv_scorer"
LANGS = (("en", "English"), ("zh", "Chinese"))
HEADERS = {
    "direct": "Direct",
    "indirect": "Indirect",
    "iea": "IEA",
    "single": "Single",
    "reid": "Re-ID",
    "chained": "Chained",
    "cross": "Cross",
}


def sample_score(sample: ReportSample) -> Any:
    """The sample's MultiPriv score (a dict value), or ``None`` (errored or unscored)."""
    for name, score in sample.scores.items():
        if name.split("/")[-1] == SCORER and isinstance(score.value, dict):
            return score
    return None


def data_source(log: LogRecord) -> str:
    """Where a log's items came from: ``synthetic``, ``multipriv-pii`` or the user's data path
    (task metadata ``data_source``, else the task arguments of an older log)."""
    from multipriv.tasks import data_source_label

    recorded = log.metadata.get("data_source")
    if recorded:
        return str(recorded)
    return data_source_label(**{k: v for k, v in log.task_args.items() if v is not None})


def source_caption(sources: Sequence[str]) -> str:
    """What the data sources of a table mean for comparing its numbers with the page's."""
    parts = []
    if any(s.startswith("synthetic") for s in sources):
        parts.append(
            "synthetic: generated offline for testing the pipeline; these numbers are not "
            "comparable with the project page's Tables 3/4."
        )
    if "multipriv-pii" in sources:
        parts.append(
            "multipriv-pii: the authors' MultiPriv-PII images with items derived from their "
            "folder labels (direct_identifier with added negatives, indirect_identifier), not "
            "the paper's per-task items, so not comparable with the page's Table 3 either; "
            "see src/multipriv/README.md."
        )
    if any(not s.startswith("synthetic") and s != "multipriv-pii" for s in sources):
        parts.append("Other data sources: the user's records (-T data=PATH).")
    return " ".join(parts)


class _Run:
    """One row: summarized metrics and per-(task, language) counts."""

    def __init__(self, samples: Sequence[ReportSample]) -> None:
        from inspect_ai.scorer import SampleScore

        rows = []
        self.unparseable: dict[tuple[str, str], int] = defaultdict(int)
        for sample in samples:
            score = sample_score(sample)
            row = mp.row_from_sample_score(
                SampleScore(score=score, sample_id=sample.id, sample_metadata=sample.metadata)
            )
            rows.append(row)
            if (score.metadata or {}).get("verdict", "") is None:
                self.unparseable[(row.task, row.language)] += 1
        self.rows = rows
        self.metrics: Mapping[str, float] = mp.summarize(rows)
        self.estimates = mp.table_estimates(rows)

    def _tasks(self, column: str) -> list[str]:
        return [t for t, c in mp.TASK_KEYS.items() if c == column]

    def count(self, tasks: Sequence[str], langs: Sequence[str]) -> tuple[int, int]:
        key = mp.metric_key
        n = sum(int(self.metrics.get(key("samples", t, lang), 0)) for t in tasks for lang in langs)
        u = sum(self.unparseable.get((t, lang), 0) for t in tasks for lang in langs)
        return n, u

    def columns(self, lang: str) -> dict[str, float]:
        key = mp.metric_key
        scores = {
            task: self.metrics[key("accuracy", task, lang)]
            for task in mp.TASK_KEYS
            if key("accuracy", task, lang) in self.metrics
        }
        return mp.table_columns(scores)

    def iou(self) -> float | None:
        return self.metrics.get(mp.metric_key("iou", mp.IOU_TASK))


def _mean(overall: Any, cols: Mapping[str, float], keys: Sequence[str], *extra: Any) -> Any:
    """Language mean via the page's aggregate (the same columns given for both languages)."""
    if not all(k in cols for k in keys):
        return None
    return overall(cols, cols, *extra)["en_mean"]


def _table(runs: Mapping[RowId, _Run], kind: str, judges: Mapping[RowId, str]) -> Table:
    perception = kind == "perception"
    keys = mp.PERCEPTION_KEYS if perception else mp.REASONING_KEYS
    overall_fn = mp.perception_overall if perception else mp.reasoning_overall
    columns = [
        Column("model", "Model", kind="text", short="Model"),
        Column("model_args", "Model args", kind="text", short="Model args"),
        Column("solver", "Solver", kind="text", short="Solver"),
        Column("judge", "Judge", kind="text", short="Judge"),
        Column("data", "Data", kind="text", short="Data"),
        Column("overall", "Overall risk", short="Overall\nrisk"),
    ]
    for lang, lang_name in LANGS:
        for k in keys:
            columns.append(
                Column(f"{lang}_{k}", HEADERS[k], lang_name, short=f"{lang}\n{HEADERS[k]}")
            )
        columns.append(Column(f"{lang}_mean", "Mean", lang_name, short=f"{lang}\nMean"))
    if perception:
        columns.append(Column("iou", "Bounding IoU", short="Bounding\nIoU"))
    rows = []
    for key, run in sorted(runs.items(), key=lambda kv: kv[0].sort_key()):
        row: dict[str, Any] = {
            "model": key.model,
            "model_args": key.model_args,
            "solver": key.solver,
            "judge": judges[key],
            "data": str(key.setting),
        }
        cols = {lang: run.columns(lang) for lang, _ in LANGS}
        all_tasks: list[str] = []
        for lang, _ in LANGS:
            lang_tasks: list[str] = []
            for k in keys:
                tasks = run._tasks(k)
                lang_tasks += tasks
                n, u = run.count(tasks, [lang])
                row[f"{lang}_{k}"] = Cell(cols[lang].get(k), n, u).with_error(
                    run.estimates["columns"][lang].get(k)
                )
            extra = (run.iou() or 0.0,) if perception else ()
            n, u = run.count(lang_tasks, [lang])
            row[f"{lang}_mean"] = Cell(
                _mean(overall_fn, cols[lang], keys, *extra), n, u
            ).with_error(run.estimates["means"].get((kind, lang)))
            all_tasks = lang_tasks
        iou = run.iou()
        iou_n, iou_u = run.count([mp.IOU_TASK], [lang for lang, _ in LANGS])
        if perception:
            row["iou"] = Cell(iou, iou_n, iou_u).with_error(run.estimates["iou"])
        complete = all(k in cols[lang] for lang, _ in LANGS for k in keys)
        value = None
        if complete and (iou is not None or not perception):
            value = overall_fn(cols["en"], cols["zh"], iou)["overall"] if perception else (
                overall_fn(cols["en"], cols["zh"])["overall"]
            )  # fmt: skip
        n, u = run.count(all_tasks, [lang for lang, _ in LANGS])
        if perception:
            n, u = n + iou_n, u + iou_u
        row["overall"] = Cell(value, n, u).with_error(run.estimates["overall"].get(kind))
        if n:  # leave out models with no sample for this table
            rows.append(row)
    name = "multipriv-perception" if perception else "multipriv-reasoning"
    title = (
        "MultiPriv privacy perception risk (Table 3)"
        if perception
        else "MultiPriv privacy reasoning risk (Table 4)"
    )
    caption = (
        "Scale 0-1 (accuracy, as on the project page), higher = more privacy risk, ± one "
        "standard error clustered by item (95% CI = ± 1.96 SE, in CSV and JSON). "
        + ("" if perception else "Single = mean of cross-validation and single-step reasoning. ")
        + "n: samples; u: refusal verdicts that could not be parsed. A language's Mean is "
        "empty until all of its columns"
        + (" and the Bounding IoU" if perception else "")
        + " have samples, Overall until every column of both languages"
        + (" and the IoU" if perception else "")
        + " has (it averages them), so a partial run shows n without a value there. "
        + JUDGE_CAPTION
        + " Data: "
        + source_caption(sorted({str(k.setting) for k in runs}))
    )
    return Table(name=name, title=title, columns=columns, rows=rows, caption=caption, digits=3)


def run_label(key: RowId, keys: Sequence[RowId] = ()) -> str:
    """How a row is named (``--compare``): ``model [args] + solver``, with the judge when
    rows differ in judge."""
    return key.label(with_judge=len({k.judge for k in keys}) > 1)


def compare_runs(runs: Mapping[RowId, _Run], row_a: str, row_b: str) -> list[Table] | None:
    """Paired differences ``row_a - row_b`` of every Table 3/4 figure, over shared items.

    Both runs are restricted to the items (sample ids) both answered; the SE of each
    difference is clustered by item and paired. ``None`` when either row is not in ``runs``.
    """
    from vlm_privacy.stats import paired_difference

    named = {run_label(key, list(runs)): run for key, run in runs.items()}
    if row_a not in named or row_b not in named:
        return None
    a_rows, b_rows = named[row_a].rows, named[row_b].rows
    shared = {r.item for r in a_rows} & {r.item for r in b_rows}
    est_a = mp.table_estimates([r for r in a_rows if r.item in shared])
    est_b = mp.table_estimates([r for r in b_rows if r.item in shared])
    figures: list[tuple[str, Any, Any]] = []
    for kind, keys, label in (
        ("perception", mp.PERCEPTION_KEYS, "Perception"),
        ("reasoning", mp.REASONING_KEYS, "Reasoning"),
    ):
        figures.append(
            (f"{label}: overall risk", est_a["overall"].get(kind), est_b["overall"].get(kind))
        )
        for lang, lang_name in LANGS:
            for k in keys:
                figures.append(
                    (
                        f"{label}: {lang_name} {HEADERS[k]}",
                        est_a["columns"][lang].get(k),
                        est_b["columns"][lang].get(k),
                    )
                )
            figures.append(
                (
                    f"{label}: {lang_name} mean",
                    est_a["means"].get((kind, lang)),
                    est_b["means"].get((kind, lang)),
                )
            )
        if kind == "perception":
            figures.append(("Perception: bounding IoU", est_a["iou"], est_b["iou"]))
    rows = []
    for name, a, b in figures:
        if a is None or b is None or a.value is None or b.value is None:
            continue
        diff = paired_difference(a, b)
        rows.append(
            {
                "metric": name,
                "a": Cell.estimated(a, len(a.clusters), None),
                "b": Cell.estimated(b, len(b.clusters), None),
                "difference": Cell.estimated(diff, len(diff.clusters), None),
            }
        )
    if not rows:
        return None
    columns = [
        Column("metric", "Figure", kind="text", short="Figure"),
        Column("a", row_a, short="A"),
        Column("b", row_b, short="B"),
        Column("difference", "A - B", short="A - B"),
    ]
    return [
        Table(
            name="multipriv-compare",
            title=f"MultiPriv: {row_a} vs {row_b} (paired, {len(shared)} shared items)",
            columns=columns,
            rows=rows,
            caption="A - B over the items both runs answered, ± the paired standard error "
            "clustered by item (95% CI = ± 1.96 SE, in CSV and JSON); n: items. A and B are "
            "recomputed over those items only. An interval that excludes 0 is a difference "
            "at the 5% level.",
            digits=3,
        )
    ]


PAPER_TABLES = "paper_tables.json"
"""Package data (``multipriv/data``): the project page's Tables 3 and 4, with sources."""


def load_paper_tables() -> dict[str, Any]:
    """The project page's Table 3 (30 models) and Table 4 (18 models), values 0-1."""
    import json
    from importlib import resources

    text = resources.files("multipriv").joinpath("data", PAPER_TABLES).read_text("utf-8")
    return json.loads(text)


def paper_rows(table: str) -> list[dict[str, Any]]:
    """Rows of the page's ``table`` (``"table3"``, ``"table4"``) in the report's row shape."""
    from vlm_privacy.report.paper import paper_cell

    doc = load_paper_tables()[table]
    return [
        {
            "model": entry["model"],
            "solver": "",
            "reference": entry["source"],
            **{key: paper_cell(entry[key]) for key in doc["columns"]},
        }
        for entry in doc["rows"]
    ]


class MultiPrivSection:
    """MultiPriv: Table 3 (multipriv-perception) and Table 4 (multipriv-reasoning)."""

    name = "multipriv"
    label = "MultiPriv"
    table_names = (
        "multipriv-perception",
        "multipriv-reasoning",
        "multipriv-perception-paper-diff",
        "multipriv-reasoning-paper-diff",
    )

    def with_paper(self, result: SectionResult, notes: list[str]) -> None:
        """Add the page's Tables 3 and 4 (``source: paper``) and multipriv-paper-diff."""
        from vlm_privacy.report.paper import add_source, difference_table

        for table in list(result.tables):
            which = {"multipriv-perception": "table3", "multipriv-reasoning": "table4"}.get(
                table.name
            )
            if which is None:
                continue
            number = "Table 3" if which == "table3" else "Table 4"
            published = paper_rows(which)
            diff = difference_table(
                table,
                published,
                name=f"{table.name}-paper-diff",
                title=f"MultiPriv: your {number} minus the project page's (matching models)",
            )
            add_source(table, published)
            table.notes.append(
                f"Rows with Source 'paper': the project page's {number}, values as published."
            )
            if diff is not None:
                result.tables.append(diff)
                result.default_tables.append(diff.name)

    def claims(self, log: LogRecord) -> bool:
        return claims_by_name(log, self.name, SCORER)

    def build(self, logs: list[LogRecord], notes: list[str]) -> SectionResult:
        groups: dict[RowId, list[LogRecord]] = defaultdict(list)
        for log in logs:
            groups[row_id(log, sample_score, data_source(log))].append(log)
        runs: dict[RowId, _Run] = {}
        judges: dict[RowId, str] = {}
        data = []
        for key, group in sorted(groups.items(), key=lambda kv: kv[0].sort_key()):
            what = f"MultiPriv {key.label(with_judge=True)}, data {key.setting}"
            merged = merge_samples(
                group,
                lambda s: sample_score(s) is not None,
                what,
                notes,
                slice_key=lambda log: (log.short_task, str(log.task_args.get("language"))),
            )
            runs[key] = _Run([s for _, s in merged.samples])
            graded, total = escalated((s for _, s in merged.samples), sample_score)
            judges[key] = judge_text(key.judge, graded, total)
            data.append(
                {
                    "model": key.model,
                    "model_args": key.model_args,
                    "solver": key.solver,
                    "judge": key.judge,
                    "data": str(key.setting),
                    "samples": len(merged.samples),
                    "graded": graded,
                    "planned": merged.planned,
                    "missing": merged.missing,
                    "replaced": merged.replaced,
                    "shards": merged.shards,
                    "logs": [log.location for log in merged.logs],
                    "metrics": {
                        k: int(v) if "samples" in k.split("_") else v
                        for k, v in runs[key].metrics.items()
                    },
                }
            )
        tables = [_table(runs, "perception", judges), _table(runs, "reasoning", judges)]
        return SectionResult(
            tables=tables,
            default_tables=[t.name for t in tables],
            data={"runs": data},
            row_names=sorted(run_label(key, list(runs)) for key in runs),
            compare=partial(compare_runs, runs),
        )
