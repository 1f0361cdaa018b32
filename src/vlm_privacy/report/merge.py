"""Combine the logs of one run (one model, solver and setting) into one set of samples.

Rules, each reported in a note:

- two logs of the same slice (same task and selection): the newest wins, the other is ignored;
- logs of different slices are combined (e.g. ``no_scenario`` and ``with_scenario``); where
  they share samples (``full`` and ``no_scenario``), the newer log's answers are used;
- an incomplete log (cancelled, errored, or samples without a score) contributes the samples
  it has, and the number missing is counted.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from vlm_privacy.report.logs import LogRecord, ReportSample


def newest_first(logs: Sequence[LogRecord]) -> list[LogRecord]:
    """Logs sorted newest first (creation time, then file time)."""
    return sorted(logs, key=lambda log: log.order, reverse=True)


def drop_duplicates(
    logs: Sequence[LogRecord],
    slice_key: Callable[[LogRecord], Hashable],
    what: str,
    notes: list[str],
) -> list[LogRecord]:
    """Keep the newest log of each slice (newest first); note each log left out."""
    kept: dict[Hashable, LogRecord] = {}
    for log in newest_first(logs):
        key = slice_key(log)
        if key in kept:
            notes.append(
                f"{what}: {log.name} and {kept[key].name} cover the same slice "
                f"({log.short_task}); the newer {kept[key].name} is used, {log.name} is ignored."
            )
        else:
            kept[key] = log
    return list(kept.values())


@dataclass
class Merged:
    """The samples of a run, each with the log it came from, and the count of missing ones."""

    samples: list[tuple[LogRecord, ReportSample]]
    logs: list[LogRecord]
    planned: int
    missing: int


def merge_samples(
    logs: Sequence[LogRecord],
    is_present: Callable[[ReportSample], bool],
    what: str,
    notes: list[str],
) -> Merged:
    """Union of the logs' scored samples, newest log first on shared (id, epoch) keys."""
    seen: dict[tuple[str, int], LogRecord] = {}
    samples: list[tuple[LogRecord, ReportSample]] = []
    ordered = newest_first(logs)
    for log in ordered:
        present = 0
        shadowed: dict[str, int] = {}
        for sample in log.samples():
            if not is_present(sample):
                continue
            present += 1
            key = (sample.id, sample.epoch)
            if key in seen:
                shadowed[seen[key].name] = shadowed.get(seen[key].name, 0) + 1
                continue
            seen[key] = log
            samples.append((log, sample))
        for newer, count in shadowed.items():
            notes.append(
                f"{what}: {count} samples of {log.name} are also in the newer {newer}; "
                "the newer answers are used."
            )
        if log.status != "success" or present < log.planned:
            why = f"status {log.status}" + (f" ({log.error})" if log.error else "")
            notes.append(
                f"{what}: {log.name} is incomplete ({why}): {present} of {log.planned} samples "
                f"scored, {max(0, log.planned - present)} missing; the figures use the samples "
                "that are there."
            )
    if all(log.planned_ids is not None for log in ordered):
        planned_keys = {key for log in ordered for key in log.planned_ids or []}
        planned = len(planned_keys)
        missing = len(planned_keys - seen.keys())
    else:
        planned = sum(log.planned for log in ordered)
        missing = max(0, planned - len(seen))
    return Merged(samples=samples, logs=ordered, planned=planned, missing=missing)
