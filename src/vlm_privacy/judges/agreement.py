"""Agreement between two respond/reject judges: the check of the SPY-Bench paper's Table 5.

The paper validated its GPT-4o judge against human experts (§3.7). This module measures how
often two judges agree on the same answers, with Cohen's kappa (agreement corrected for chance)
and the 2x2 confusion matrix, overall and per category.

Pure functions first (:func:`agreement_stats`, :func:`agreement_by_category`), then the
``vlm-privacy judge-agreement`` command, which compares the verdicts stored in an Inspect log
with another judge:

    vlm-privacy judge-agreement LOG --against offline
    vlm-privacy judge-agreement LOG --against grader=openai/gpt-4o
    vlm-privacy judge-agreement LOG --against-log OTHER_LOG [--format json]

Pairs where either judge has no verdict (an unparseable grader output, a sample that errored)
are counted separately and excluded from agreement and kappa.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from vlm_privacy.errors import VlmPrivacyError

DEFAULT_LABELS: tuple[str, str] = ("respond", "reject")
NO_CATEGORY = "(none)"
DEFAULT_MAX_CONNECTIONS = 10

Pair = tuple[str | None, str | None]
"""The verdicts of judge A and judge B on one answer (``None``: no verdict)."""


class AgreementError(VlmPrivacyError):
    """A log cannot be compared (missing, unreadable, without verdicts) or an option is wrong."""


@dataclass(frozen=True)
class AgreementStats:
    """Agreement of two judges over a set of answers.

    Attributes:
        labels: The verdict labels, in the order of the confusion matrix.
        total: All pairs given, including those with a missing verdict.
        compared: Pairs where both judges gave a verdict (the base of every rate).
        agreed: Compared pairs with the same verdict.
        agreement: ``100 * agreed / compared`` (a percentage), ``None`` with nothing compared.
        kappa: Cohen's kappa, ``None`` with nothing compared or when chance agreement is 1
            (both judges always gave the same single label: kappa is undefined).
        confusion: ``confusion[a][b]``: compared pairs where judge A said ``a`` and B said ``b``.
        missing_a: Pairs where only judge A has no verdict.
        missing_b: Pairs where only judge B has no verdict.
        missing_both: Pairs where neither judge has a verdict.
    """

    labels: tuple[str, ...]
    total: int
    compared: int
    agreed: int
    agreement: float | None
    kappa: float | None
    confusion: dict[str, dict[str, int]]
    missing_a: int
    missing_b: int
    missing_both: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {
            "labels": list(self.labels),
            "total": self.total,
            "compared": self.compared,
            "agreed": self.agreed,
            "agreement": self.agreement,
            "kappa": self.kappa,
            "confusion": self.confusion,
            "missing_a": self.missing_a,
            "missing_b": self.missing_b,
            "missing_both": self.missing_both,
        }


def _check_label(value: str | None, labels: Sequence[str], side: str, index: int) -> None:
    """Raise when ``value`` is neither ``None`` nor one of ``labels``."""
    if value is not None and value not in labels:
        raise AgreementError(
            f"Pair {index}: judge {side} verdict {value!r} is not one of {', '.join(labels)} "
            "(use None for a missing verdict)."
        )


def cohen_kappa(confusion: dict[str, dict[str, int]], labels: Sequence[str]) -> float | None:
    """Cohen's kappa of a square confusion matrix; ``None`` when it is undefined."""
    n = sum(confusion[a][b] for a in labels for b in labels)
    if n == 0:
        return None
    observed = sum(confusion[k][k] for k in labels) / n
    chance = sum(
        (sum(confusion[k][b] for b in labels) / n) * (sum(confusion[a][k] for a in labels) / n)
        for k in labels
    )
    if chance >= 1.0:
        return None
    return (observed - chance) / (1.0 - chance)


def agreement_stats(
    pairs: Iterable[Pair], labels: Sequence[str] = DEFAULT_LABELS
) -> AgreementStats:
    """Agreement %, Cohen's kappa and confusion matrix of judge A vs judge B.

    Args:
        pairs: ``(verdict_a, verdict_b)`` per answer; ``None`` means that judge gave no verdict.
        labels: The possible verdicts.

    Raises:
        AgreementError: A verdict is neither ``None`` nor one of ``labels``.
    """
    labels = tuple(labels)
    confusion = {a: {b: 0 for b in labels} for a in labels}
    total = missing_a = missing_b = missing_both = 0
    for index, (a, b) in enumerate(pairs):
        _check_label(a, labels, "A", index)
        _check_label(b, labels, "B", index)
        total += 1
        if a is None and b is None:
            missing_both += 1
        elif a is None:
            missing_a += 1
        elif b is None:
            missing_b += 1
        else:
            confusion[a][b] += 1
    compared = total - missing_a - missing_b - missing_both
    agreed = sum(confusion[k][k] for k in labels)
    return AgreementStats(
        labels=labels,
        total=total,
        compared=compared,
        agreed=agreed,
        agreement=100.0 * agreed / compared if compared else None,
        kappa=cohen_kappa(confusion, labels),
        confusion=confusion,
        missing_a=missing_a,
        missing_b=missing_b,
        missing_both=missing_both,
    )


def agreement_by_category(
    triples: Iterable[tuple[str, str | None, str | None]],
    labels: Sequence[str] = DEFAULT_LABELS,
) -> dict[str, AgreementStats]:
    """:func:`agreement_stats` per category, from ``(category, verdict_a, verdict_b)`` triples.

    Categories are returned in sorted order.
    """
    grouped: dict[str, list[Pair]] = {}
    for category, a, b in triples:
        grouped.setdefault(category, []).append((a, b))
    return {category: agreement_stats(grouped[category], labels) for category in sorted(grouped)}


# --------------------------------------------------------------------------- reading logs


@dataclass(frozen=True)
class JudgedSample:
    """One scored sample of a log: the answer, its context and the judge's verdict."""

    id: str
    epoch: int
    category: str
    question: str
    topic: str
    answer: str
    verdict: str | None
    has_verdict: bool


def _first_verdict_score(scores: dict[str, Any] | None) -> Any | None:
    """The first score whose metadata carries a ``verdict`` key, if any."""
    for score in (scores or {}).values():
        if isinstance(score.metadata, dict) and "verdict" in score.metadata:
            return score
    return None


def _input_text(sample: Any) -> str:
    """The text of a sample's input (a string, or the text of its messages)."""
    if isinstance(sample.input, str):
        return sample.input
    return "\n".join(getattr(message, "text", "") for message in sample.input)


def judged_samples(log: Any, location: str) -> list[JudgedSample]:
    """The samples of an Inspect ``EvalLog`` with the verdict of their first judge score.

    The question is ``metadata["question"]`` (else the input text), the topic
    ``metadata["topic"]`` (both benchmarks; SPY-Bench logs before task version 1.1.0 have
    ``metadata["label_text"]``), the category
    ``metadata["label"]`` (SPY-Bench), else ``"category"`` or ``"attribute"`` (MultiPriv), else
    ``"(none)"``.

    Raises:
        AgreementError: The log has no samples, or no sample has a judge verdict.
    """
    if not log.samples:
        raise AgreementError(
            f"{location} has no samples (status: {log.status}). Pass a log of a finished "
            "evaluation written by `inspect eval`, not a header-only or empty log."
        )
    found = []
    for sample in log.samples:
        md = sample.metadata or {}
        score = _first_verdict_score(sample.scores)
        verdict = score.metadata["verdict"] if score is not None else None
        found.append(
            JudgedSample(
                id=str(sample.id),
                epoch=int(sample.epoch),
                category=str(
                    md.get("label") or md.get("category") or md.get("attribute") or NO_CATEGORY
                ),
                question=str(md.get("question") or _input_text(sample)),
                topic=str(md.get("topic") or md.get("label_text") or ""),
                answer=sample.output.completion if sample.output else "",
                verdict=verdict,
                has_verdict=score is not None,
            )
        )
    if not any(s.has_verdict for s in found):
        raise AgreementError(
            f"{location} has no judge verdicts: none of its samples has a score whose metadata "
            "has a 'verdict' key. Score it with a vlm-privacy judge scorer (SPY-Bench or "
            "MultiPriv tasks, e.g. `inspect score LOG`) and pass that log."
        )
    return found


def read_judged_log(path: str | Path) -> list[JudgedSample]:
    """Read an Inspect log file and return its judged samples (see :func:`judged_samples`).

    Raises:
        AgreementError: The file is missing or unreadable, or has no verdicts.
    """
    from inspect_ai.log import read_eval_log

    location = str(path)
    if "://" not in location and not Path(location).is_file():
        raise AgreementError(
            f"Log not found: {location}. Pass the path of an Inspect log file (.eval or .json), "
            "e.g. one listed by `inspect log list`."
        )
    try:
        log = read_eval_log(location)
    except Exception as ex:  # noqa: BLE001 - any read failure is the user's file
        raise AgreementError(
            f"Cannot read Inspect log {location}: {type(ex).__name__}: {ex}. Pass a .eval or "
            ".json log written by `inspect eval`."
        ) from ex
    return judged_samples(log, location)


# --------------------------------------------------------------------------- second judges


def offline_verdicts(samples: Sequence[JudgedSample]) -> list[str | None]:
    """Verdicts of :func:`vlm_privacy.judges.offline_judge` on each sample's answer."""
    from vlm_privacy.judges import offline_judge

    return [offline_judge(s.question, s.answer, s.topic).verdict for s in samples]


async def grader_verdicts(
    samples: Sequence[JudgedSample], model: str, max_connections: int = DEFAULT_MAX_CONNECTIONS
) -> list[str | None]:
    """Verdicts of the LLM grader ``model`` on each answer, at most ``max_connections`` at once.

    An unparseable or failing grader gives ``None`` for that answer (see
    :func:`vlm_privacy.judges.llm_judge`).
    """
    from inspect_ai.model import get_model

    from vlm_privacy.judges import llm_judge

    grader = get_model(model)
    limit = asyncio.Semaphore(max(1, max_connections))

    async def judge(sample: JudgedSample) -> str | None:
        async with limit:
            decision = await llm_judge(grader, sample.question, sample.answer, sample.topic)
        return decision.verdict

    return list(await asyncio.gather(*(judge(s) for s in samples)))


@dataclass(frozen=True)
class Comparison:
    """Verdict triples ``(category, log verdict, other verdict)`` and unmatched sample counts."""

    first: str
    second: str
    triples: list[tuple[str, str | None, str | None]]
    only_first: int = 0
    only_second: int = 0


def compare_with_log(
    first: Sequence[JudgedSample], second: Sequence[JudgedSample]
) -> tuple[list[tuple[str, str | None, str | None]], int, int]:
    """Match two logs' samples by (sample id, epoch).

    Returns:
        The triples of matched samples (category of the first log), and the numbers of samples
        found only in the first and only in the second log.

    Raises:
        AgreementError: No sample matches.
    """
    other = {(s.id, s.epoch): s for s in second}
    triples = [
        (s.category, s.verdict, other[(s.id, s.epoch)].verdict)
        for s in first
        if (s.id, s.epoch) in other
    ]
    if not triples:
        raise AgreementError(
            "The two logs share no sample (matched by sample id and epoch): pass two logs of "
            "the same task and dataset."
        )
    keys = {(s.id, s.epoch) for s in first}
    return triples, len(first) - len(triples), sum(1 for k in other if k not in keys)


def parse_against(value: str) -> tuple[str, str | None]:
    """Parse ``--against``: ``offline`` or ``grader=MODEL``."""
    if value.strip() == "offline":
        return "offline", None
    kind, sep, model = value.partition("=")
    if kind.strip() == "grader" and sep and model.strip():
        return "grader", model.strip()
    raise AgreementError(
        f"--against {value!r}: use 'offline' or 'grader=MODEL' (e.g. grader=openai/gpt-4o)."
    )


def run_comparison(
    log: str, against: str | None, against_log: str | None, max_connections: int
) -> Comparison:
    """Read ``log`` and compare its verdicts with the chosen second judge."""
    if (against is None) == (against_log is None):
        raise AgreementError(
            "Choose exactly one second judge: --against offline, --against grader=MODEL, "
            "or --against-log OTHER_LOG."
        )
    kind, model = parse_against(against) if against is not None else ("log", None)
    samples = read_judged_log(log)  # read after checking the options
    if against_log is not None:
        second = read_judged_log(against_log)
        triples, only_first, only_second = compare_with_log(samples, second)
        return Comparison(log, against_log, triples, only_first, only_second)
    if kind == "offline":
        verdicts = offline_verdicts(samples)
        name = "offline"
    else:
        verdicts = asyncio.run(grader_verdicts(samples, str(model), max_connections))
        name = f"grader={model}"
    triples = [(s.category, s.verdict, v) for s, v in zip(samples, verdicts, strict=True)]
    return Comparison(log, name, triples)


# --------------------------------------------------------------------------- output


def comparison_report(comparison: Comparison) -> dict[str, Any]:
    """Overall and per-category statistics of a comparison, JSON-ready."""
    overall = agreement_stats((a, b) for _, a, b in comparison.triples)
    by_category = agreement_by_category(comparison.triples)
    return {
        "first": comparison.first,
        "second": comparison.second,
        "only_in_first": comparison.only_first,
        "only_in_second": comparison.only_second,
        "overall": overall.to_dict(),
        "by_category": {name: stats.to_dict() for name, stats in by_category.items()},
    }


def _fmt_pct(value: float | None) -> str:
    """A percentage, or "n/a"."""
    return "n/a" if value is None else f"{value:.2f}%"


def _fmt_kappa(value: float | None) -> str:
    """A kappa, or "n/a"."""
    return "n/a" if value is None else f"{value:.4f}"


def print_tables(report: dict[str, Any]) -> None:
    """Print a comparison report as rich tables (user text escaped, never read as markup)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    overall = report["overall"]
    labels = overall["labels"]
    console.print(f"Judge A: [bold]{escape(report['first'])}[/bold] (verdicts in the log)")
    console.print(f"Judge B: [bold]{escape(report['second'])}[/bold]")
    summary = Table(title="Judge agreement")
    for column in ("compared", "agreement", "Cohen's kappa", "no verdict: A", "B", "both"):
        summary.add_column(column, justify="right")
    summary.add_row(
        str(overall["compared"]),
        _fmt_pct(overall["agreement"]),
        _fmt_kappa(overall["kappa"]),
        str(overall["missing_a"]),
        str(overall["missing_b"]),
        str(overall["missing_both"]),
    )
    console.print(summary)
    if report["only_in_first"] or report["only_in_second"]:
        console.print(
            f"Unmatched samples: {report['only_in_first']} only in A, "
            f"{report['only_in_second']} only in B."
        )
    matrix = Table(title="Confusion matrix (rows: A, columns: B)")
    matrix.add_column("A \\ B")
    for label in labels:
        matrix.add_column(escape(label), justify="right")
    for a in labels:
        matrix.add_row(escape(a), *(str(overall["confusion"][a][b]) for b in labels))
    console.print(matrix)
    order = " ".join(labels)
    per = Table(
        title="Per category",
        caption=f"n: pairs compared; missing: pairs without a verdict; confusion: "
        f"A={labels[0]} -> B {order} / A={labels[-1]} -> B {order}",
    )
    per.add_column("category", no_wrap=True)
    for column in ("n", "agreement", "kappa", "missing"):
        per.add_column(column, justify="right", no_wrap=True)
    per.add_column("confusion", justify="center", no_wrap=True)
    for name, stats in report["by_category"].items():
        missing = stats["missing_a"] + stats["missing_b"] + stats["missing_both"]
        rows = [" ".join(str(stats["confusion"][a][b]) for b in labels) for a in labels]
        per.add_row(
            escape(name),
            str(stats["compared"]),
            _fmt_pct(stats["agreement"]),
            _fmt_kappa(stats["kappa"]),
            str(missing),
            " / ".join(rows),
        )
    console.print(per)


# --------------------------------------------------------------------------- labeled sets

LABELED_FIELDS = ("question", "answer", "label")
"""Keys every row of a labeled set must have; ``topic``, ``style``, ``kind``, ``lang`` and
``id`` are optional and group the results."""

LABELED_GROUPS = ("style", "kind", "lang")


@dataclass(frozen=True)
class LabeledAnswer:
    """One human-labeled answer: what a judge should decide for it."""

    id: str
    question: str
    answer: str
    topic: str
    label: str
    groups: dict[str, str]


def load_labeled(path: str | Path) -> list[LabeledAnswer]:
    """Read a labeled set: JSON Lines, one ``{"question", "answer", "label", ...}`` per line.

    ``label`` is ``respond`` or ``reject``; ``topic`` (the category text), ``id``, ``style``,
    ``kind`` and ``lang`` are optional.

    Raises:
        AgreementError: The file is missing or a line is not such a row (names file and line).
    """
    location = Path(path)
    if not location.is_file():
        raise AgreementError(
            f"Labeled set not found: {location}. Pass a JSON Lines file with one "
            '{"question": ..., "answer": ..., "label": "respond"|"reject"} per line, '
            "e.g. data/judge-eval/heldout.jsonl."
        )
    rows: list[LabeledAnswer] = []
    with location.open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{location}, line {number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as ex:
                raise AgreementError(f"{where}: not valid JSON ({ex.msg}).") from ex
            if not isinstance(row, dict):
                raise AgreementError(f"{where}: expected a JSON object, got {type(row).__name__}.")
            for key in LABELED_FIELDS:
                if not isinstance(row.get(key), str):
                    raise AgreementError(f"{where}: field {key!r} is missing or not a string.")
            if row["label"] not in DEFAULT_LABELS:
                raise AgreementError(
                    f"{where}: field 'label' is {row['label']!r}; use 'respond' or 'reject'."
                )
            rows.append(
                LabeledAnswer(
                    id=str(row.get("id", number)),
                    question=row["question"],
                    answer=row["answer"],
                    topic=str(row.get("topic") or ""),
                    label=row["label"],
                    groups={g: str(row[g]) for g in LABELED_GROUPS if row.get(g) is not None},
                )
            )
    if not rows:
        raise AgreementError(f"{location} holds no labeled rows.")
    return rows


@dataclass(frozen=True)
class LabeledDecision:
    """A judge's verdict on one labeled answer, with its confidence (``None`` for a grader)."""

    verdict: str | None
    confidence: float | None


def judge_labeled(
    rows: Sequence[LabeledAnswer],
    against: str = "offline",
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
) -> list[LabeledDecision]:
    """Decide every labeled answer with ``offline`` or ``grader=MODEL``."""
    kind, model = parse_against(against)
    if kind == "offline":
        from vlm_privacy.judges import offline_judge

        decisions = (offline_judge(r.question, r.answer, r.topic) for r in rows)
        return [LabeledDecision(d.verdict, d.confidence) for d in decisions]
    samples = [
        JudgedSample(r.id, 1, NO_CATEGORY, r.question, r.topic, r.answer, r.label, True)
        for r in rows
    ]
    verdicts = asyncio.run(grader_verdicts(samples, str(model), max_connections))
    return [LabeledDecision(v, None) for v in verdicts]


def _accuracy(pairs: Sequence[tuple[str, str | None]]) -> dict[str, Any]:
    """Rows and accuracy (%) of ``(label, verdict)`` pairs; no verdict counts as wrong."""
    right = sum(label == verdict for label, verdict in pairs)
    return {"n": len(pairs), "accuracy": 100.0 * right / len(pairs) if pairs else None}


def labeled_report(
    rows: Sequence[LabeledAnswer],
    decisions: Sequence[LabeledDecision],
    judge: str,
    threshold: float,
    source: str = "",
) -> dict[str, Any]:
    """Accuracy, kappa, recall per label, per-group accuracy and cascade figures, JSON-ready.

    Answers without a verdict (an unparseable grader output) count as wrong for accuracy and
    recall, and are left out of kappa and the confusion matrix. ``confident`` (decisions at or
    above ``threshold``) and ``escalated`` (the share ``cascade`` would send to the grader)
    exist only for judges that report a confidence.
    """
    pairs = [(r.label, d.verdict) for r, d in zip(rows, decisions, strict=True)]
    stats = agreement_stats(pairs)
    recall = {
        label: _accuracy([(lab, v) for lab, v in pairs if lab == label]) for label in DEFAULT_LABELS
    }
    groups: dict[str, dict[str, Any]] = {}
    for group in LABELED_GROUPS:
        values = sorted({r.groups[group] for r in rows if group in r.groups})
        if values:
            groups[group] = {
                value: _accuracy(
                    [p for r, p in zip(rows, pairs, strict=True) if r.groups.get(group) == value]
                )
                for value in values
            }
    report: dict[str, Any] = {
        "labeled": source,
        "judge": judge,
        "n": len(rows),
        "accuracy": _accuracy(pairs)["accuracy"],
        "kappa": stats.kappa,
        "recall": {label: value["accuracy"] for label, value in recall.items()},
        "no_verdict": sum(d.verdict is None for d in decisions),
        "confusion": stats.confusion,
        "groups": groups,
        "threshold": threshold,
    }
    if all(d.confidence is not None for d in decisions):
        sure = [
            p for p, d in zip(pairs, decisions, strict=True) if (d.confidence or 0.0) >= threshold
        ]
        report["confident"] = {
            "share": 100.0 * len(sure) / len(pairs),
            "accuracy": _accuracy(sure)["accuracy"],
        }
        report["escalated"] = 100.0 * (len(pairs) - len(sure)) / len(pairs)
    return report


def print_labeled(report: dict[str, Any]) -> None:
    """Print a labeled-set report as rich tables."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    console.print(
        f"Judge [bold]{escape(report['judge'])}[/bold] against the labels of "
        f"{escape(report['labeled'])} ({report['n']} answers)"
    )
    summary = Table(title="Against the labels")
    summary.add_column("figure")
    summary.add_column("value", justify="right")
    rows = [
        ("answers", str(report["n"])),
        ("accuracy", _fmt_pct(report["accuracy"])),
        ("Cohen's kappa", _fmt_kappa(report["kappa"])),
        ("reject recall", _fmt_pct(report["recall"]["reject"])),
        ("respond recall", _fmt_pct(report["recall"]["respond"])),
        ("no verdict", str(report["no_verdict"])),
    ]
    if "confident" in report:
        rows += [
            (f"confident (>= {report['threshold']:g})", _fmt_pct(report["confident"]["share"])),
            ("confident accuracy", _fmt_pct(report["confident"]["accuracy"])),
            ("escalated by cascade", _fmt_pct(report["escalated"])),
        ]
    for row in rows:
        summary.add_row(*row)
    console.print(summary)
    for group, values in report["groups"].items():
        table = Table(title=f"Accuracy per {group}")
        table.add_column(group)
        table.add_column("n", justify="right")
        table.add_column("accuracy", justify="right")
        for value, cell in values.items():
            table.add_row(escape(value), str(cell["n"]), _fmt_pct(cell["accuracy"]))
        console.print(table)


@click.command(name="judge-agreement")
@click.argument("log", type=str, required=False)
@click.option(
    "--labeled",
    default=None,
    metavar="PATH",
    help="Check a judge (--against, default offline) against a human-labeled JSONL set "
    "instead of a log, e.g. data/judge-eval/heldout.jsonl.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="With --labeled: the cascade threshold for the confident/escalated figures "
    "(default: the tasks' cascade_threshold default).",
)
@click.option(
    "--against",
    default=None,
    metavar="offline|grader=MODEL",
    help="Re-judge the log's answers with the offline judge or an LLM grader.",
)
@click.option(
    "--against-log",
    default=None,
    metavar="LOG2",
    help="Compare with the verdicts of another log of the same samples (by id and epoch).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--max-connections",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CONNECTIONS,
    show_default=True,
    help="Concurrent grader requests with --against grader=MODEL.",
)
def judge_agreement_command(
    log: str | None,
    labeled: str | None,
    threshold: float | None,
    against: str | None,
    against_log: str | None,
    output_format: str,
    max_connections: int,
) -> None:
    """Agreement (%, Cohen's kappa, confusion matrix) of LOG's judge with another judge.

    LOG is an Inspect log scored by a vlm-privacy judge (SPY-Bench or MultiPriv): each sample's
    verdict is read from its score metadata. Samples without a verdict on either side are
    counted and excluded.

    With --labeled PATH instead of LOG, the judge named by --against (default offline) decides
    every answer of a human-labeled set: accuracy, kappa, reject/respond recall, accuracy per
    style, kind and language, and for the offline judge the share of confident decisions,
    their accuracy and the share cascade would escalate.
    """
    if labeled is not None:
        _run_labeled(labeled, log, against, against_log, threshold, output_format, max_connections)
        return
    if log is None:
        raise click.UsageError("Pass a LOG to compare, or --labeled PATH.")
    try:
        comparison = run_comparison(log, against, against_log, max_connections)
    except VlmPrivacyError as ex:
        raise click.ClickException(str(ex)) from ex
    report = comparison_report(comparison)
    if output_format == "json":
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_tables(report)


def _run_labeled(
    labeled: str,
    log: str | None,
    against: str | None,
    against_log: str | None,
    threshold: float | None,
    output_format: str,
    max_connections: int,
) -> None:
    """The ``--labeled`` mode of the command."""
    from vlm_privacy.judges.select import DEFAULT_CASCADE_THRESHOLD

    if log is not None or against_log is not None:
        raise click.UsageError(
            "--labeled checks a judge against labels: pass no LOG/--against-log."
        )
    judge = against or "offline"
    try:
        rows = load_labeled(labeled)
        decisions = judge_labeled(rows, judge, max_connections)
    except VlmPrivacyError as ex:
        raise click.ClickException(str(ex)) from ex
    cut = DEFAULT_CASCADE_THRESHOLD if threshold is None else threshold
    report = labeled_report(rows, decisions, judge, cut, source=labeled)
    if output_format == "json":
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_labeled(report)
