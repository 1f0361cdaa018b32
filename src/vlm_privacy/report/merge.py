"""Combine the logs of one report row into one set of samples: shards and slices unioned.

The logs of a row (:mod:`vlm_privacy.report.rows`: same model, model args, solver, judge and
setting) are unioned per sample id; each rule is reported in a note:

- logs of the same slice (same task and selection) are *shards* of one run, e.g.
  ``--limit 1-150`` and ``--limit 151-300``: their samples are combined; the note names the
  shards and says whether their union covers the task's whole dataset (the size in the log
  header), naming the ``--limit`` ranges no shard has, and the dataset samples no shard has
  count as missing (a single ``--limit`` run is a chosen subset: nothing is missing, but a
  note says how much of the dataset it covers);
- where logs share a sample id (overlapping shards, a rerun, ``full`` and ``no_scenario``), the
  newest log's answer is used and the note counts the answers replaced; a log whose every
  answer was replaced is named as ignored. A sample only one log has is always kept;
- an incomplete log (cancelled, errored, or samples without a score) contributes the samples
  it has, and the number missing is counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from vlm_privacy.report.logs import LogRecord, ReportSample


def newest_first(logs: Sequence[LogRecord]) -> list[LogRecord]:
    """Logs sorted newest first (creation time, then file time)."""
    return sorted(logs, key=lambda log: log.order, reverse=True)


def limit_text(span: tuple[int, int]) -> str:
    """A 0-based ``(start, stop)`` range as Inspect's 1-based ``--limit A-B``."""
    return f"--limit {span[0] + 1}-{span[1]}"


def _gaps(spans: Sequence[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The parts of ``[0, size)`` no span covers."""
    gaps, at = [], 0
    for start, stop in sorted(spans):
        if start > at:
            gaps.append((at, min(start, size)))
        at = max(at, stop)
    if at < size:
        gaps.append((at, size))
    return [g for g in gaps if g[0] < g[1]]


@dataclass
class Merged:
    """The samples of a row, each with the log it came from, and what the union did.

    Attributes:
        samples: The (log, sample) pairs used, one per (sample id, epoch).
        logs: The row's logs, newest first.
        planned: Samples the logs set out to score (distinct ids and epochs), plus the
            samples of a sharded task's dataset that no shard has.
        missing: Planned samples that no log scored (so a missing shard counts).
        replaced: Answers of older logs replaced by a newer log's answer to the same sample.
        shards: Per slice run in two or more logs: the task, its logs, the dataset size, the
            samples the union covers and the ``--limit`` ranges no shard has.
    """

    samples: list[tuple[LogRecord, ReportSample]]
    logs: list[LogRecord]
    planned: int
    missing: int
    replaced: int = 0
    shards: list[dict[str, Any]] = field(default_factory=list)


def _shard_notes(
    ordered: Sequence[LogRecord],
    slice_key: Callable[[LogRecord], Hashable],
    what: str,
    notes: list[str],
) -> list[dict[str, Any]]:
    slices: dict[Hashable, list[LogRecord]] = defaultdict(list)
    for log in ordered:
        slices[slice_key(log)].append(log)
    out = []
    for group in slices.values():
        if len(group) < 2:
            (log,) = group
            size = log.dataset_samples or 0
            if log.limit is not None and size and log.planned < size:
                notes.append(
                    f"{what}: {log.task} in {log.name} covers {log.planned} of the dataset's "
                    f"{size} samples ({limit_text(log.limit)}); the figures are for that subset."
                )
            continue
        group = sorted(group, key=lambda log: (log.limit or (0, 0), log.order))
        size = max((log.dataset_samples or 0) for log in group)
        ids: set[str] = set()
        exact = True
        for log in group:
            if log.planned_ids is not None:
                ids |= {i for i, _ in log.planned_ids}
            else:
                exact = False
        spans = [log.limit for log in group if log.limit is not None]
        gaps = _gaps(spans, size) if size and len(spans) == len(group) else []
        covered = len(ids) if exact else None
        names = ", ".join(
            log.name + (f" ({limit_text(log.limit)})" if log.limit else "") for log in group
        )
        text = (
            f"{what}: {group[0].task} has {len(group)} logs (shards or reruns: {names}), "
            "combined per sample id"
        )
        if covered is not None and size:
            if covered >= size:
                text += f"; together they cover the whole dataset ({size} samples)."
            else:
                text += f"; together they cover {covered} of the dataset's {size} samples"
                text += (
                    f", no shard has {', '.join(limit_text(g) for g in gaps)}."
                    if gaps
                    else f", {size - covered} samples are in no shard."
                )
        else:
            text += "."
        notes.append(text)
        out.append(
            {
                "task": group[0].task,
                "logs": [log.location for log in group],
                "dataset_samples": size or None,
                "covered": covered,
                "not_covered": [limit_text(g) for g in gaps],
                "uncovered_samples": max(0, size - covered) if covered is not None else 0,
            }
        )
    return out


def merge_samples(
    logs: Sequence[LogRecord],
    is_present: Callable[[ReportSample], bool],
    what: str,
    notes: list[str],
    slice_key: Callable[[LogRecord], Hashable] | None = None,
) -> Merged:
    """Union of the logs' scored samples, the newest log's answer on shared (id, epoch) keys.

    ``slice_key`` says which logs are shards of the same slice (default: the task name);
    shards are named in a note with the share of the dataset they cover.
    """
    seen: dict[tuple[str, int], LogRecord] = {}
    samples: list[tuple[LogRecord, ReportSample]] = []
    ordered = newest_first(logs)
    replaced = 0
    incomplete: list[tuple[LogRecord, int]] = []
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
        replaced += sum(shadowed.values())
        if present and sum(shadowed.values()) == present:
            newer = ", ".join(sorted(shadowed))
            notes.append(
                f"{what}: {log.name} is ignored: all {present} of its answers are replaced by "
                f"the newer {newer} (newest answer per sample id)."
            )
        else:
            for newer, count in shadowed.items():
                notes.append(
                    f"{what}: {count} answers of {log.name} are replaced by the newer {newer} "
                    "(same sample ids; newest answer per sample id); its other answers are used."
                )
        if log.status != "success" or present < log.planned:
            incomplete.append((log, present))
    for log, present in incomplete:
        why = f"status {log.status}" + (f" ({log.error})" if log.error else "")
        text = (
            f"{what}: {log.name} is incomplete ({why}): {present} of {log.planned} samples "
            f"scored, {max(0, log.planned - present)} missing"
        )
        if log.planned_ids is not None and all(key in seen for key in log.planned_ids):
            text += "; other logs (a retry or another shard) have every one of them."
        else:
            text += "; the figures use the samples that are there."
        notes.append(text)
    shards = _shard_notes(ordered, slice_key or (lambda log: log.task), what, notes)
    if all(log.planned_ids is not None for log in ordered):
        planned_keys = {key for log in ordered for key in log.planned_ids or []}
        planned = len(planned_keys)
        missing = len(planned_keys - seen.keys())
    else:
        planned = sum(log.planned for log in ordered)
        missing = max(0, planned - len(seen))
    uncovered = sum(s["uncovered_samples"] for s in shards)  # a shard that never ran
    planned, missing = planned + uncovered, missing + uncovered
    return Merged(
        samples=samples,
        logs=ordered,
        planned=planned,
        missing=missing,
        replaced=replaced,
        shards=shards,
    )
