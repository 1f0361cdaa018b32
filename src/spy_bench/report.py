"""SPY-Bench part of the report: Table 4, the Table 6 view, Figures 4 and 5.

Metrics are recomputed from the judged samples with :func:`spy_bench.metrics.compute_metrics`
(the one definition of every metric), not read from the logs' aggregates: this is what lets
the report combine slices run as separate tasks (``no_scenario`` + ``with_scenario``, or
``full``) and give the number of answers and unparseable verdicts behind each figure.

A *run* is one report row (:mod:`vlm_privacy.report.rows`: model, distinguishing model args,
solver, judge) at one distractor setting (``n_distractors`` K = 0...5; the paper's "w/o
distractors" is K = 0 and "w/ distractors" K = 5). Its logs (slices, shards, reruns) are
unioned per sample id (:mod:`vlm_privacy.report.merge`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from spy_bench.plots import CategoryData
from vlm_privacy.report.base import Figure, SectionResult, claims_by_name
from vlm_privacy.report.logs import LogRecord, ReportSample
from vlm_privacy.report.merge import merge_samples
from vlm_privacy.report.rows import JUDGE_CAPTION, RowId, escalated, judge_text, row_id
from vlm_privacy.report.tables import Cell, Column, Table

SCORER = "privacy_judge"
WITHOUT, WITH = 0, 5
SETTINGS: dict[int, tuple[str, str]] = {
    WITHOUT: ("wo", "w/o distractors"),
    WITH: ("w", "w/ distractors"),
}
"""Table 4's two settings: K -> (column key prefix, group header)."""

Record = dict[str, Any]


def _none(r: Record) -> bool:
    return r["scenario"] == "none"


def _compatible(r: Record) -> bool:
    return r["scenario"] == "compatible"


def _compatible_private(r: Record) -> bool:
    return r["scenario"] == "compatible" and bool(r["private"])


def _compatible_non_private(r: Record) -> bool:
    return r["scenario"] == "compatible" and not r["private"]


def _conflict(r: Record) -> bool:
    return r["scenario"] == "conflict"


def _hms_inputs(r: Record) -> bool:
    return _compatible_private(r) or _conflict(r)


@dataclass(frozen=True)
class MetricSpec:
    """A Table 4 column: the metric key, its headers, the answers that feed it.

    ``count_keys`` name the entries of ``compute_metrics(...)["counts"]`` whose sum is the
    cell's ``n``; ``selects`` picks the records the metric is computed over (so that the
    cell's unparseable count is that of its own answers).
    """

    key: str
    header: str
    short: str
    count_keys: tuple[str, ...]
    selects: Callable[[Record], bool]


METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("ics", "ICS (w/o scenario)", "w/o scen.\nICS", ("ics_pairs",), _none),
    MetricSpec("rta", "RtA (non-conflict)", "non-confl\nRtA", ("rta",), _compatible_private),
    MetricSpec("ata", "AtA (non-conflict)", "non-confl\nAtA", ("ata",), _compatible_non_private),
    MetricSpec(
        "ics_scenario",
        "ICS (non-conflict)",
        "non-confl\nICS",
        ("ics_scenario_pairs",),
        _compatible,
    ),
    MetricSpec("ata_conflict", "AtA (conflict)", "conflict\nAtA", ("ata_conflict",), _conflict),
    MetricSpec("hms", "HMS", "w/ scen.\nHMS", ("rta", "ata_conflict"), _hms_inputs),
)
METRIC_BY_KEY = {m.key: m for m in METRICS}
SUMMARY_KEYS = ("ics", "hms")
"""Table 6's view: ICS without scenario and HMS, w/o and w/ distractors."""


def metric_cell(records: Sequence[Record], spec: MetricSpec) -> Cell:
    """One figure with its clustered SE and 95% CI, and its counts; empty (``None``) when no
    answer feeds it."""
    from spy_bench.metrics import compute_metrics, metric_estimates

    subset = [r for r in records if spec.selects(r)]
    if not subset:
        return Cell(None, 0, 0)
    values = compute_metrics(subset)
    counts = values["counts"]
    cell = Cell(
        values[spec.key],
        n=sum(int(counts[k]) for k in spec.count_keys),
        unparseable=int(counts["unparseable"]),
    )
    return cell.with_error(metric_estimates(subset)[spec.key])


# --------------------------------------------------------------------------- runs


def sample_score(sample: ReportSample) -> Any:
    """The sample's ``privacy_judge`` score, or ``None`` (errored or unscored sample)."""
    for name, score in sample.scores.items():
        if name.split("/")[-1] == SCORER:
            return score
    return None


def sample_record(sample: ReportSample) -> Record | None:
    """A ``compute_metrics`` record from a sample (epochs beyond the first kept apart)."""
    from inspect_ai.scorer import SampleScore

    from spy_bench.metrics import score_record

    score = sample_score(sample)
    if score is None:
        return None
    record = score_record(
        SampleScore(score=score, sample_id=sample.id, sample_metadata=sample.metadata)
    )
    record["cluster"] = str(record["benchmark_id"])  # every epoch of an item: one cluster
    if sample.epoch != 1:  # pair answers within an epoch: each epoch counts as a repeat
        record["benchmark_id"] = f"{record['benchmark_id']}#epoch{sample.epoch}"
    md = sample.metadata  # "topic"; logs before Task version 1.1.0 call it "label_text"
    record["label_text"] = md.get("topic") or md.get("label_text") or record["label"]
    return record


def n_distractors(log: LogRecord) -> int:
    """The log's distractor setting K (task metadata, else task arguments)."""
    value = log.metadata.get("n_distractors")
    if value is None:
        value = log.task_args.get("n_distractors")
    if value is None:
        value = WITH if log.task_args.get("distractors") in (True, "true", "True", 1) else WITHOUT
    return int(value)


def _categories(log: LogRecord) -> tuple[str, ...] | None:
    raw = log.task_args.get("categories")
    if raw is None:
        return None
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    return tuple(sorted(str(c).strip() for c in items if str(c).strip()))


def run_label(row: RowId, rows: Sequence[RowId] = ()) -> str:
    """How a row is named in figures (with its judge when rows differ in judge)."""
    return row.label(with_judge=len({r.judge for r in rows}) > 1)


def setting_label(k: int) -> str:
    """``w/o distractors``, ``w/ distractors`` or ``3 distractors``."""
    return SETTINGS[k][1] if k in SETTINGS else f"{k} distractor{'' if k == 1 else 's'}"


@dataclass
class SpyRun:
    """The combined samples of one report row at one distractor setting."""

    row: RowId
    n_distractors: int
    records: list[Record]
    logs: list[LogRecord]
    planned: int
    missing: int
    unscored: int = 0
    graded: int = 0
    """Answers the grader decided (a cascade's escalations)."""
    replaced: int = 0
    shards: list[dict[str, Any]] | None = None

    @property
    def model(self) -> str:
        return self.row.model

    @property
    def solver(self) -> str:
        return self.row.solver

    def cell(self, key: str) -> Cell:
        return metric_cell(self.records, METRIC_BY_KEY[key])


def collect_runs(logs: Sequence[LogRecord], notes: list[str]) -> list[SpyRun]:
    """Group SPY-Bench logs into runs (one per row and setting), unioning their samples."""
    groups: dict[RowId, list[LogRecord]] = defaultdict(list)
    for log in logs:
        groups[row_id(log, sample_score, n_distractors(log))].append(log)
    runs = []
    for key, group in sorted(groups.items(), key=lambda kv: kv[0].sort_key()):
        k = int(key.setting)  # type: ignore[call-overload]
        what = f"SPY-Bench {key.label(with_judge=True)}, {setting_label(k)}"
        merged = merge_samples(
            group,
            lambda s: sample_score(s) is not None,
            what,
            notes,
            slice_key=lambda log: (log.short_task, _categories(log)),
        )
        records = [r for _, s in merged.samples if (r := sample_record(s)) is not None]
        graded, _ = escalated((s for _, s in merged.samples), sample_score)
        runs.append(
            SpyRun(
                row=key.row,
                n_distractors=k,
                records=records,
                logs=merged.logs,
                planned=merged.planned,
                missing=merged.missing,
                graded=graded,
                replaced=merged.replaced,
                shards=merged.shards,
            )
        )
    return runs


def _row_keys(runs: Sequence[SpyRun]) -> list[RowId]:
    return sorted({r.row for r in runs}, key=RowId.sort_key)


def _by_key(runs: Sequence[SpyRun]) -> dict[tuple[RowId, int], SpyRun]:
    return {(r.row, r.n_distractors): r for r in runs}


def row_cells(row: RowId, runs: Sequence[SpyRun]) -> dict[str, Any]:
    """The text columns of a row: model, model args, solver and judge (a cascade's share of
    answers sent to the grader over all of the row's runs)."""
    mine = [r for r in runs if r.row == row]
    graded = sum(r.graded for r in mine)
    total = sum(len(r.records) for r in mine)
    return {
        "model": row.model,
        "model_args": row.model_args,
        "solver": row.solver,
        "judge": judge_text(row.judge, graded, total),
    }


# --------------------------------------------------------------------------- tables

ID_COLUMNS = [
    Column("model", "Model", kind="text", short="Model"),
    Column("model_args", "Model args", kind="text", short="Model args"),
    Column("solver", "Solver", kind="text", short="Solver"),
    Column("judge", "Judge", kind="text", short="Judge"),
]


def settings_table(
    runs: Sequence[SpyRun],
    keys: Sequence[str],
    *,
    name: str,
    title: str,
    caption: str,
    with_missing: bool,
) -> Table:
    """One row per (model, solver), the given metrics for w/o and w/ distractors."""
    columns = list(ID_COLUMNS)
    for prefix, group in SETTINGS.values():
        for key in keys:
            spec = METRIC_BY_KEY[key]
            columns.append(Column(f"{prefix}_{key}", spec.header, group, "metric", spec.short))
        if with_missing:
            columns.append(
                Column(f"{prefix}_missing", "missing samples", group, "int", "missing\nsamples")
            )
    index = _by_key(runs)
    rows = []
    for row_key in _row_keys(runs):
        if not any((row_key, k) in index for k in SETTINGS):
            continue
        row: dict[str, Any] = row_cells(row_key, runs)
        for k, (prefix, _) in SETTINGS.items():
            run = index.get((row_key, k))
            for key in keys:
                row[f"{prefix}_{key}"] = run.cell(key) if run else Cell(None, 0, 0)
            if with_missing:
                row[f"{prefix}_missing"] = run.missing if run else None
        rows.append(row)
    return Table(
        name=name,
        title=title,
        columns=columns,
        rows=rows,
        caption=caption,
        split_groups=len(keys) > 2,
    )


COUNTS_CAPTION = (
    "Scores 0-100, as in the paper, ± one standard error clustered by benchmark item (all "
    "situations of an image-question item together; 95% CI = ± 1.96 SE, in CSV and JSON). "
    "n: answers behind each figure (answer pairs for ICS; RtA + AtA(conflict) answers for "
    "HMS); u: of those answers, how many verdicts were unparseable (excluded). Empty: no log "
    "covers it. " + JUDGE_CAPTION
)


def main_table(runs: Sequence[SpyRun]) -> Table:
    """SPY-Bench Table 4 (plus the missing-sample count of each setting)."""
    return settings_table(
        runs,
        [m.key for m in METRICS],
        name="spy-main",
        title="SPY-Bench results (Table 4)",
        caption=COUNTS_CAPTION,
        with_missing=True,
    )


def summary_table(runs: Sequence[SpyRun]) -> Table:
    """The Table 6 view: ICS (w/o scenario) and HMS, w/o and w/ distractors."""
    return settings_table(
        runs,
        SUMMARY_KEYS,
        name="spy-summary",
        title="SPY-Bench summary (Table 6 view)",
        caption=COUNTS_CAPTION,
        with_missing=False,
    )


def distractor_table(runs: Sequence[SpyRun]) -> Table:
    """ICS and HMS for every distractor count K that was run (Figure 4's data)."""
    ks = sorted({r.n_distractors for r in runs})
    columns = list(ID_COLUMNS)
    for k in ks:
        for key in SUMMARY_KEYS:
            spec = METRIC_BY_KEY[key]
            columns.append(Column(f"k{k}_{key}", spec.header, f"K={k}", "metric", spec.short))
    index = _by_key(runs)
    rows = []
    for row_key in _row_keys(runs):
        row: dict[str, Any] = row_cells(row_key, runs)
        for k in ks:
            run = index.get((row_key, k))
            for key in SUMMARY_KEYS:
                row[f"k{k}_{key}"] = run.cell(key) if run else Cell(None, 0, 0)
        rows.append(row)
    return Table(
        name="spy-distractors",
        title="SPY-Bench ICS and HMS by number of distractors (Figure 4)",
        columns=columns,
        rows=rows,
        caption="K: number of distractor instructions (-T n_distractors=K). " + COUNTS_CAPTION,
    )


def _label_order(label: str) -> tuple[int, str]:
    match = re.match(r"a(\d+)_", label)
    return (int(match.group(1)) if match else 10**6, label)


def category_data(runs: Sequence[SpyRun]) -> CategoryData | None:
    """Per-category ICS, w/ distractors where any run has it, else w/o (None: no data)."""
    from spy_bench.dataset import ABSOLUTE_CATEGORIES

    def has_ics(run: SpyRun) -> bool:
        return any(_none(r) for r in run.records)

    chosen = None
    for k in (WITH, WITHOUT):
        candidates = [r for r in runs if r.n_distractors == k and has_ics(r)]
        if candidates:
            chosen = (k, candidates)
            break
    if chosen is None:
        return None
    k, candidates = chosen
    candidates.sort(key=lambda r: r.row.sort_key())
    rows = [r.row for r in runs]
    texts: dict[str, str] = {}
    cells: dict[tuple[str, str], Cell] = {}
    names = []
    spec = METRIC_BY_KEY["ics"]
    for run in candidates:
        name = run_label(run.row, rows)
        names.append(name)
        by_label: dict[str, list[Record]] = defaultdict(list)
        for r in run.records:
            if _none(r):
                by_label[str(r["label"])].append(r)
                texts.setdefault(str(r["label"]), str(r.get("label_text") or r["label"]))
        for label, recs in by_label.items():
            cells[(label, name)] = metric_cell(recs, spec)
    labels = sorted(texts, key=_label_order)
    return CategoryData(
        n_distractors=k,
        labels=labels,
        label_texts=texts,
        absolute={label for label in labels if label in ABSOLUTE_CATEGORIES},
        runs=names,
        cells=cells,
    )


def category_table(data: CategoryData) -> Table:
    """Figure 5 as a table: one row per category, one ICS column per run."""
    columns = [
        Column("label", "Category id", kind="text", short="Category id"),
        Column("category", "Category", kind="text", short="Category"),
        Column("absolute", "Absolute", kind="text", short="Abs."),
    ]
    keys = {}
    for i, name in enumerate(data.runs):
        keys[name] = f"run{i}"
        columns.append(Column(f"run{i}", name, "ICS", "metric", name))
    rows = []
    for label in data.labels:
        row: dict[str, Any] = {
            "label": label,
            "category": data.label_texts[label],
            "absolute": "yes" if label in data.absolute else "",
        }
        for name in data.runs:
            row[keys[name]] = data.cells.get((label, name), Cell(None, 0, 0))
        rows.append(row)
    return Table(
        name="spy-categories",
        title=f"SPY-Bench ICS by category, {setting_label(data.n_distractors)} (Figure 5)",
        columns=columns,
        rows=rows,
        caption="ICS without scenario per target category; absolute-privacy categories are "
        "expected to be evaded whatever the instructions say. " + COUNTS_CAPTION,
    )


# --------------------------------------------------------------------------- comparison


def _cluster(record: Record) -> str:
    return str(record.get("cluster", record["benchmark_id"]))


def compare_runs(runs: Sequence[SpyRun], row_a: str, row_b: str) -> list[Table] | None:
    """Paired differences ``row_a - row_b`` per Table 4 metric and distractor setting.

    Only the benchmark items both runs answered count (each run restricted to them), and the
    SE of the difference is clustered by item and paired (:func:`vlm_privacy.stats.
    paired_difference`), which is what answers "is A really better than B here?".
    ``None`` when either row is not in ``runs``.
    """
    from spy_bench.metrics import metric_estimates
    from vlm_privacy.stats import paired_difference

    by_row: dict[str, dict[int, SpyRun]] = defaultdict(dict)
    rows_ids = [run.row for run in runs]
    for run in runs:
        by_row[run_label(run.row, rows_ids)][run.n_distractors] = run
    if row_a not in by_row or row_b not in by_row:
        return None
    columns = [
        Column("setting", "Setting", kind="text", short="Setting"),
        Column("metric", "Metric", kind="text", short="Metric"),
        Column("a", row_a, short="A"),
        Column("b", row_b, short="B"),
        Column("difference", "A - B", short="A - B"),
        Column("items", "shared items", kind="int", short="shared\nitems"),
    ]
    rows = []
    for k in sorted(set(by_row[row_a]) & set(by_row[row_b])):
        a, b = by_row[row_a][k], by_row[row_b][k]
        shared = {_cluster(r) for r in a.records} & {_cluster(r) for r in b.records}
        for spec in METRICS:
            recs_a = [r for r in a.records if _cluster(r) in shared and spec.selects(r)]
            recs_b = [r for r in b.records if _cluster(r) in shared and spec.selects(r)]
            cell_a, cell_b = metric_cell(recs_a, spec), metric_cell(recs_b, spec)
            if cell_a.empty and cell_b.empty:
                continue
            diff = paired_difference(
                metric_estimates(recs_a)[spec.key], metric_estimates(recs_b)[spec.key]
            )
            rows.append(
                {
                    "setting": setting_label(k),
                    "metric": spec.header,
                    "a": cell_a,
                    "b": cell_b,
                    "difference": Cell.estimated(diff, n=len(diff.clusters), unparseable=None),
                    "items": len(shared),
                }
            )
    if not rows:
        return None
    return [
        Table(
            name="spy-compare",
            title=f"SPY-Bench: {row_a} vs {row_b} (paired, shared items)",
            columns=columns,
            rows=rows,
            caption="A - B over the benchmark items both runs answered, ± the paired standard "
            "error clustered by item (95% CI = ± 1.96 SE, in CSV and JSON). A and B are "
            "recomputed over those items only, so they can differ from Table 4. An interval "
            "that excludes 0 is a difference at the 5% level.",
        )
    ]


# --------------------------------------------------------------------------- section


def distractor_series(runs: Sequence[SpyRun]) -> dict[str, dict[str, dict[int, float | None]]]:
    """``{run label: {"ics"|"hms": {K: value}}}`` for runs at two or more values of K."""
    by_run: dict[RowId, list[SpyRun]] = defaultdict(list)
    for run in runs:
        by_run[run.row].append(run)
    rows = list(by_run)
    series: dict[str, dict[str, dict[int, float | None]]] = {}
    for key, group in sorted(by_run.items(), key=lambda kv: kv[0].sort_key()):
        if len({r.n_distractors for r in group}) < 2:
            continue
        series[run_label(key, rows)] = {
            key: {
                r.n_distractors: r.cell(key).value
                for r in sorted(group, key=lambda r: r.n_distractors)
            }
            for key in SUMMARY_KEYS
        }
    return series


# --------------------------------------------------------------------------- published rows

PAPER_TABLES = "paper_tables.json"
"""Package data (``spy_bench/data``): the paper's Tables 4 and 6, each value with its source."""


def load_paper_tables() -> dict[str, Any]:
    """The SPY-Bench paper's Table 4 (21 models, w/o and w/ distractors) and Table 6."""
    import json
    from importlib import resources

    text = resources.files("spy_bench").joinpath("data", PAPER_TABLES).read_text("utf-8")
    return json.loads(text)


def paper_rows(table: str, keys: Sequence[str]) -> list[dict[str, Any]]:
    """Rows of the paper's ``table`` (``"table4"`` or ``"table6"``) in the shape of
    :func:`settings_table`'s rows: the model (or method) as printed, cells without counts."""
    from vlm_privacy.report.paper import paper_cell

    doc = load_paper_tables()[table]
    rows = []
    for entry in doc["rows"]:
        row: dict[str, Any] = {
            "model": entry.get("model") or entry["method"],
            "solver": "",
            "reference": entry["source"],
        }
        for prefix, _ in SETTINGS.values():
            for key in keys:
                row[f"{prefix}_{key}"] = paper_cell(entry[prefix].get(key))
        rows.append(row)
    return rows


class SpySection:
    """SPY-Bench: Table 4 (spy-main), Table 6 view (spy-summary), Figures 4 and 5."""

    name = "spy_bench"
    label = "SPY-Bench"
    table_names = (
        "spy-main",
        "spy-summary",
        "spy-distractors",
        "spy-categories",
        "spy-paper-diff",
    )

    def with_paper(self, result: SectionResult, notes: list[str]) -> None:
        """Add the paper's Table 4 rows to spy-main and Table 6's to spy-summary (marked
        ``source: paper``), and spy-paper-diff where a model matches a published one."""
        from vlm_privacy.report.paper import add_source, difference_table

        tables = {t.name: t for t in result.tables}
        main = tables.get("spy-main")
        if main is not None:
            published = paper_rows("table4", [m.key for m in METRICS])
            diff = difference_table(
                main,
                published,
                name="spy-paper-diff",
                title="SPY-Bench: your Table 4 minus the paper's (matching models)",
            )
            add_source(main, published)
            main.notes.append(
                "Rows with Source 'paper': the paper's Table 4 (21 models, GPT-4o judge), "
                "values as published, without counts or error bars."
            )
            if diff is not None:
                result.tables.append(diff)
                result.default_tables.append(diff.name)
        summary = tables.get("spy-summary")
        if summary is not None:
            add_source(summary, paper_rows("table6", SUMMARY_KEYS))
            summary.notes.append(
                "Rows with Source 'paper': the paper's Table 6 (Qwen2 VL 7B and its SPY-Tune "
                "methods), values as published."
            )

    def claims(self, log: LogRecord) -> bool:
        return claims_by_name(log, self.name, SCORER)

    def build(self, logs: list[LogRecord], notes: list[str]) -> SectionResult:
        from spy_bench import plots

        runs = collect_runs(logs, notes)
        result = SectionResult()
        if not runs:
            return result
        result.tables += [main_table(runs), summary_table(runs)]
        result.default_tables.append("spy-main")
        if not any(r.n_distractors in SETTINGS for r in runs):
            notes.append(
                "SPY-Bench: no log has 0 or 5 distractors, so Table 4 is empty; see the "
                "spy-distractors table."
            )
        if any(r.n_distractors not in SETTINGS for r in runs):
            result.default_tables.append("spy-distractors")
        result.tables.append(distractor_table(runs))
        categories = category_data(runs)
        if categories is not None:
            result.tables.append(category_table(categories))
            result.figures.append(
                Figure(
                    "spy_figure5_categories",
                    "ICS per category (Figure 5)",
                    partial(plots.category_heatmap, categories),
                )
            )
        series = distractor_series(runs)
        if series:
            result.figures.append(
                Figure(
                    "spy_figure4_distractors",
                    "ICS and HMS vs number of distractors (Figure 4)",
                    partial(plots.distractor_lines, series),
                )
            )
        result.row_names = sorted({run_label(r.row, [x.row for x in runs]) for r in runs})
        result.compare = partial(compare_runs, runs)
        result.data = {
            "runs": [
                {
                    "model": r.model,
                    "model_args": r.row.model_args,
                    "solver": r.solver,
                    "judge": r.row.judge,
                    "n_distractors": r.n_distractors,
                    "answers": len(r.records),
                    "graded": r.graded,
                    "planned": r.planned,
                    "missing": r.missing,
                    "replaced": r.replaced,
                    "shards": r.shards or [],
                    "logs": [log.location for log in r.logs],
                }
                for r in runs
            ],
            "figure4": {
                label: {key: {str(k): v for k, v in vals.items()} for key, vals in s.items()}
                for label, s in series.items()
            },
        }
        return result
