"""Find Inspect logs and read what the report needs from them.

Headers are read first (``header_only``), so that logs of other tasks and superseded
duplicates cost almost nothing; samples are read only for the logs a section uses, from the
log's sample summaries (metadata and scores, no transcripts), falling back to full samples
when a log has no summaries.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspect_ai.log import (
    EvalLog,
    list_eval_logs,
    read_eval_log,
    read_eval_log_sample_summaries,
)
from inspect_ai.scorer import Score

from vlm_privacy.errors import VlmPrivacyError

SETUP_SOLVERS = frozenset({"vlm_privacy/require_judge", "require_judge"})
"""Known set-up steps (never a run's solver, even when a plan has nothing else)."""

BASE_SOLVER = "generate"
"""The plain solver (the paper's base models); other solvers are methods such as Self-Mod."""


@dataclass(frozen=True)
class ReportSample:
    """The parts of one sample the report reads."""

    id: str
    epoch: int
    metadata: dict[str, Any]
    scores: dict[str, Score]


@dataclass
class LogRecord:
    """One log file: its header fields, and its samples once read (:meth:`samples`)."""

    location: str
    task: str
    model: str
    solver: str
    created: str
    mtime: float
    status: str
    task_args: dict[str, Any]
    metadata: dict[str, Any]
    scorers: list[str]
    planned_ids: list[tuple[str, int]] | None
    planned: int
    error: str | None = None
    unreadable: str | None = None
    """Why the samples could not be read (set by :func:`prefetch_samples`), else None."""
    model_args: dict[str, Any] = field(default_factory=dict)
    model_roles: dict[str, str] = field(default_factory=dict)
    dataset_samples: int | None = None
    """Size of the task's dataset before ``--limit`` / ``--sample-id`` (the log header's
    ``eval.dataset.samples``)."""
    limit: tuple[int, int] | None = None
    """The ``--limit`` range as 0-based ``(start, stop)`` (``--limit 20`` is ``(0, 20)``)."""
    _samples: list[ReportSample] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The log's file name, for notes."""
        return os.path.basename(self.location.rstrip("/"))

    @property
    def short_task(self) -> str:
        """Task name without its package (``spy_bench/full`` -> ``full``)."""
        return self.task.split("/")[-1]

    @property
    def order(self) -> tuple[str, float, str]:
        """Sort key: creation time, then file modification time, then location."""
        return (self.created, self.mtime, self.location)

    def samples(self) -> list[ReportSample]:
        """The log's samples (read once, then cached)."""
        if self._samples is None:
            self._samples = read_samples(self.location)
        return self._samples


def solver_name(log: EvalLog) -> str:
    """The run's solver: ``--solver`` if given, else the plan's last step (as Inspect names
    a plan's agent); task set-up steps come first in a plan and are not part of the name."""
    spec = log.eval
    if spec.solver:
        return spec.solver.split("/")[-1]
    plan = log.plan
    steps = list(plan.steps) if plan else []
    if plan and plan.finish and steps:
        steps = steps[:-1]
    names = [s.solver for s in steps if s.solver not in SETUP_SOLVERS]
    return names[-1].split("/")[-1] if names else BASE_SOLVER


def _planned(log: EvalLog) -> tuple[list[tuple[str, int]] | None, int]:
    spec = log.eval
    epochs = (spec.config.epochs if spec.config and spec.config.epochs else 1) or 1
    ids = spec.dataset.sample_ids
    if ids:
        planned_ids = [(str(i), e) for e in range(1, epochs + 1) for i in ids]
        return planned_ids, len(planned_ids)
    count = spec.dataset.samples or 0
    limit = spec.config.limit if spec.config else None
    if isinstance(limit, int):
        count = min(count, limit)
    elif isinstance(limit, (tuple, list)) and len(limit) == 2:
        count = max(0, min(count, limit[1]) - limit[0])
    return None, count * epochs


def _limit(log: EvalLog) -> tuple[int, int] | None:
    limit = log.eval.config.limit if log.eval.config else None
    if isinstance(limit, int):
        return (0, limit)
    if isinstance(limit, (tuple, list)) and len(limit) == 2:
        return (int(limit[0]), int(limit[1]))
    return None


def _roles(log: EvalLog) -> dict[str, str]:
    roles: dict[str, str] = {}
    for role, config in (log.eval.model_roles or {}).items():
        first = config[0] if isinstance(config, list) else config
        if first is not None and getattr(first, "model", None):
            roles[role] = str(first.model)
    return roles


def header_record(location: str, mtime: float = 0.0) -> LogRecord:
    """Read a log's header into a :class:`LogRecord` (samples are read later, on demand)."""
    log = read_eval_log(location, header_only=True)
    spec = log.eval
    planned_ids, planned = _planned(log)
    error = None
    if log.error is not None:
        error = (log.error.message or "").strip().splitlines()[0] if log.error.message else None
    return LogRecord(
        location=location,
        task=spec.task_registry_name or spec.task,
        model=spec.model,
        solver=solver_name(log),
        created=str(spec.created),
        mtime=mtime,
        status=log.status,
        task_args=dict(spec.task_args or {}),
        metadata=dict(spec.metadata or {}),
        scorers=[s.name for s in (spec.scorers or [])],
        planned_ids=planned_ids,
        planned=planned,
        error=error,
        model_args=dict(spec.model_args or {}),
        model_roles=_roles(log),
        dataset_samples=spec.dataset.samples,
        limit=_limit(log),
    )


def read_samples(location: str) -> list[ReportSample]:
    """Metadata and scores of every sample in a log (summaries when the log has them)."""
    try:
        summaries = read_eval_log_sample_summaries(location)
        return [
            ReportSample(str(s.id), s.epoch, dict(s.metadata or {}), dict(s.scores or {}))
            for s in summaries
        ]
    except Exception:  # no summaries (e.g. an old or JSON log): read the samples in full
        log = read_eval_log(location)
        return [
            ReportSample(str(s.id), s.epoch, dict(s.metadata or {}), dict(s.scores or {}))
            for s in log.samples or []
        ]


PARALLEL_MIN_SAMPLES = 50_000
"""Read logs in worker processes when those to read hold at least this many samples."""


def prefetch_samples(logs: Sequence[LogRecord], workers: int | None = None) -> None:
    """Read the samples of many logs at once, in worker processes when that pays off.

    Inspect validates every sample summary (about half a millisecond each); a paper-scale
    SPY-Bench ``full`` log has about 33,500 samples. ``workers=None`` uses one process per
    CPU (at most one per log) once the logs hold :data:`PARALLEL_MIN_SAMPLES` samples, else
    reads them here; ``workers=1`` always reads here. If worker processes cannot be started,
    the logs are read here. A log whose samples cannot be read gets the reason in
    :attr:`LogRecord.unreadable` instead of raising.
    """
    todo = [log for log in logs if log._samples is None]
    if workers is None:
        big = sum(log.planned for log in todo) >= PARALLEL_MIN_SAMPLES
        workers = min(len(todo), os.cpu_count() or 1) if big else 1
    if workers > 1 and len(todo) > 1:
        try:
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                results = list(pool.map(_try_read_samples, [log.location for log in todo]))
        except (OSError, BrokenProcessPool):
            results = None
        if results is not None:
            for log, result in zip(todo, results, strict=True):
                if isinstance(result, str):
                    log.unreadable = result
                else:
                    log._samples = result
    for log in todo:
        if log._samples is None and log.unreadable is None:
            result = _try_read_samples(log.location)
            if isinstance(result, str):
                log.unreadable = result
            else:
                log._samples = result


def _try_read_samples(location: str) -> list[ReportSample] | str:
    """:func:`read_samples`, or the reason it failed (its first line), so that one damaged log
    (a header that reads but corrupt samples) is skipped and does not end the report."""
    try:
        return read_samples(location)
    except Exception as ex:
        text = str(ex).strip()
        first = text.splitlines()[0] if text else ""
        return f"{type(ex).__name__}: {first}" if first else type(ex).__name__


def _mtime(location: str) -> float:
    try:
        return os.path.getmtime(location)
    except OSError:
        return 0.0


def find_logs(paths: Sequence[str | Path]) -> list[tuple[str, float]]:
    """Log files (location, modification time) given as files or directories (recursive).

    Raises:
        VlmPrivacyError: A path does not exist.
    """
    found: list[tuple[str, float]] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            entries: Iterable[tuple[str, float]] = [
                (info.name.removeprefix("file://"), (info.mtime or 0.0) / 1000.0)
                for info in list_eval_logs(str(path), recursive=True)
            ]
        elif path.is_file():
            entries = [(str(path), _mtime(str(path)))]
        else:
            raise VlmPrivacyError(
                f"{path} does not exist. Pass the .eval/.json log files or the log directory "
                "that 'inspect eval' wrote (--log-dir, default ./logs)."
            )
        for location, mtime in entries:
            key = os.path.realpath(location)
            if key not in seen:
                seen.add(key)
                found.append((location, mtime))
    return found


def read_headers(paths: Sequence[str | Path], notes: list[str]) -> list[LogRecord]:
    """Headers of all logs under ``paths``; unreadable files are skipped with a note."""
    records = []
    for location, mtime in find_logs(paths):
        try:
            records.append(header_record(location, mtime))
        except Exception as ex:  # a log file we cannot read must not hide the others
            first = str(ex).strip().splitlines()[0] if str(ex).strip() else type(ex).__name__
            notes.append(f"Skipped {location}: not a readable Inspect log ({first}).")
    return records
