"""Which row of a report a log belongs to: the one definition of a report row.

A row is a model and everything that changes its answers or their verdicts:

- the model (``--model``) and its *distinguishing* model args (``-M adapter=...``,
  ``-M min_pixels=...``: anything but the device and batching settings in
  :data:`NON_DISTINGUISHING_MODEL_ARGS`);
- the solver (``generate`` for the base model, ``self_moderation`` ...);
- the judge that decided: ``offline``, ``grader:<model>`` or ``cascade:<model>``;
- a benchmark setting (SPY-Bench's distractor count, MultiPriv's data source), given by the
  section.

Logs that differ in any of these are separate rows, never merged; logs identical in all are
shards or slices of one run and are unioned per sample id (:mod:`vlm_privacy.report.merge`).
Both benchmark sections group their logs with :func:`row_id`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from inspect_ai.scorer import Score

from vlm_privacy.judges.select import GRADER_ROLE
from vlm_privacy.report.logs import BASE_SOLVER, LogRecord, ReportSample

NON_DISTINGUISHING_MODEL_ARGS = frozenset(
    {
        "device",
        "device_map",
        "batch_size",
        "max_batch_size",
        "max_connections",
        "gpu_memory_utilization",
        "tensor_parallel_size",
        "pipeline_parallel_size",
        "data_parallel_size",
        "host",
        "port",
        "base_url",
        "api_key",
        "timeout",
        "is_mistral",
        "low_cpu_mem_usage",
        "max_num_seqs",
        "max_num_batched_tokens",
        "enforce_eager",
        "enable_prefix_caching",
        "swap_space",
        "download_dir",
        "disable_log_stats",
    }
)
"""Model args that change where or how fast a model runs, not what it answers."""

JUDGE_CAPTION = (
    "Judge: who decided respond/reject (offline; grader:<model>; cascade:<model>, the offline "
    "judge with the share of answers escalated to the grader). Runs that differ in model "
    "args, solver or judge are separate rows; shards of one run are combined (see the notes)."
)
"""The sentence every table's caption carries about its Judge and row identity."""
ScoreOf = Callable[[ReportSample], Score | None]


@dataclass(frozen=True)
class RowId:
    """One report row: model, distinguishing model args, solver, judge and setting.

    Attributes:
        model: The model as Inspect names it (``vllm/Qwen/Qwen2-VL-7B-Instruct``).
        model_args: Distinguishing model args as ``key=value`` text, ``""`` when none.
        solver: ``generate`` for the base model, else the solver's name.
        judge: ``offline``, ``grader:<model>`` or ``cascade:<model>`` (``unknown`` for a log
            with neither a scored sample nor a judge in its header).
        setting: The section's setting (SPY-Bench: distractor count; MultiPriv: data source).
    """

    model: str
    model_args: str
    solver: str
    judge: str
    setting: Hashable = None

    @property
    def row(self) -> RowId:
        """The same row without its setting (SPY-Bench puts settings side by side)."""
        return RowId(self.model, self.model_args, self.solver, self.judge)

    def sort_key(self) -> tuple[Any, ...]:
        """Model, base solver first, then solver, model args, judge."""
        return (
            self.model,
            self.solver != BASE_SOLVER,
            self.solver,
            self.model_args,
            self.judge,
            str(self.setting),
        )

    def label(self, with_judge: bool = False) -> str:
        """How a row is named in figures and notes: ``model [args] + solver (judge)``."""
        text = self.model
        if self.model_args:
            text += f" [{self.model_args}]"
        if self.solver != BASE_SOLVER:
            text += f" + {self.solver}"
        if with_judge:
            text += f" ({self.judge})"
        return text


def model_args_text(log: LogRecord) -> str:
    """The log's distinguishing model args, sorted, as ``key=value, ...`` (``""``: none)."""
    items = sorted(
        (k, v)
        for k, v in log.model_args.items()
        if k not in NON_DISTINGUISHING_MODEL_ARGS and v is not None
    )
    return ", ".join(f"{k}={v}" for k, v in items)


def _score_metadata(samples: Iterable[ReportSample], score_of: ScoreOf) -> dict[str, Any] | None:
    for sample in samples:
        score = score_of(sample)
        if score is not None and score.metadata:
            return score.metadata
    return None


def judge_mode(log: LogRecord, score_of: ScoreOf) -> str:
    """The log's resolved judge: ``offline``, ``grader`` or ``cascade`` (``unknown``: none).

    Read from the score metadata ``judge_mode``; older logs fall back to the task argument
    ``judge`` and the log's model roles (``auto`` is the grader when a ``grader`` role is
    bound), then to the sample's ``judge`` key.
    """
    metadata = _score_metadata(log.samples(), score_of) or {}
    mode = metadata.get("judge_mode")
    if mode in ("offline", "grader", "cascade"):
        return str(mode)
    arg = str(log.task_args.get("judge", "auto"))
    if arg in ("offline", "grader", "cascade"):
        return arg
    if arg == "auto":
        return "grader" if GRADER_ROLE in log.model_roles else "offline"
    judge = str(metadata.get("judge") or "")
    if judge == "offline":
        return "offline"
    if judge.startswith("grader"):
        return "grader"
    return "unknown"


def grader_model(log: LogRecord, score_of: ScoreOf) -> str | None:
    """The grader model bound to the log's ``grader`` role (else named in a sample's score)."""
    if GRADER_ROLE in log.model_roles:
        return log.model_roles[GRADER_ROLE]
    for sample in log.samples():
        score = score_of(sample)
        judge = str((score.metadata or {}).get("judge") or "") if score else ""
        if judge.startswith("grader:"):
            return judge.removeprefix("grader:")
    return None


def judge_name(log: LogRecord, score_of: ScoreOf) -> str:
    """``offline``, ``grader:<model>``, ``cascade:<model>`` or ``unknown`` for a log."""
    mode = judge_mode(log, score_of)
    if mode in ("grader", "cascade"):
        return f"{mode}:{grader_model(log, score_of) or 'unknown'}"
    return mode


def row_id(log: LogRecord, score_of: ScoreOf, setting: Hashable = None) -> RowId:
    """The report row of a log (its samples are read for the judge)."""
    return RowId(
        model=log.model,
        model_args=model_args_text(log),
        solver=log.solver,
        judge=judge_name(log, score_of),
        setting=setting,
    )


def escalated(samples: Iterable[ReportSample], score_of: ScoreOf) -> tuple[int, int]:
    """``(answers the grader decided, answers judged)`` of a cascade run."""
    graded = total = 0
    for sample in samples:
        score = score_of(sample)
        if score is None:
            continue
        total += 1
        judge = str((score.metadata or {}).get("judge") or "")
        graded += judge.startswith("grader")
    return graded, total


def judge_text(judge: str, graded: int = 0, total: int = 0) -> str:
    """A row's judge as shown: a cascade adds the share of answers sent to the grader."""
    if judge.startswith("cascade:") and total:
        return f"{judge} ({100 * graded / total:.0f}% escalated, {graded} of {total})"
    return judge
