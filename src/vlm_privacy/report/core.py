"""Build a report from log files or directories: find logs, hand each to its section.

Every log is read header-first; a log that no section claims (another task in the same log
directory) is left out with a note. Sections are listed in :func:`default_sections`; each
claims its benchmark's logs and builds its tables and figures.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vlm_privacy.errors import VlmPrivacyError
from vlm_privacy.report.base import Comparer, Figure, Section
from vlm_privacy.report.logs import LogRecord, prefetch_samples, read_headers
from vlm_privacy.report.tables import Table


def load_sections(specs: Iterable[str]) -> list[Section]:
    """Sections from ``"module:Class"`` strings, in order (each class made without arguments)."""
    sections = []
    for spec in specs:
        module, _, attr = spec.partition(":")
        sections.append(getattr(importlib.import_module(module), attr)())
    return sections


def default_sections() -> list[Section]:
    """The benchmark sections of the report, in output order.

    The benchmarks are named in one place, :data:`vlm_privacy.cli.REPORT_SECTIONS`; the engine
    itself imports no benchmark.
    """
    from vlm_privacy.cli import REPORT_SECTIONS

    return load_sections(REPORT_SECTIONS)


def table_names(sections: Sequence[Section] | None = None) -> list[str]:
    """Every table name a report can have (``--table`` choices)."""
    return [name for s in sections or default_sections() for name in s.table_names]


@dataclass
class Report:
    """Everything the report shows: tables by name, figures, notes and the logs read."""

    tables: dict[str, Table] = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    default_tables: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    logs: list[dict[str, Any]] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    comparers: dict[str, Comparer] = field(default_factory=dict)
    row_names: dict[str, list[str]] = field(default_factory=dict)

    def compare(self, row_a: str, row_b: str) -> list[Table]:
        """Paired differences of two rows (named as the report names them), per metric.

        Raises:
            VlmPrivacyError: No section has both rows; the message lists the row names.
        """
        for compare in self.comparers.values():
            tables = compare(row_a, row_b)
            if tables is not None:
                return tables
        known = "; ".join(
            f"{section}: {', '.join(repr(n) for n in names)}"
            for section, names in self.row_names.items()
        )
        raise VlmPrivacyError(
            f"--compare {row_a!r} {row_b!r}: no benchmark of this report has both rows. "
            f"Rows are named as the report names them ({known or 'none'})."
        )


def _log_info(log: LogRecord, section: str | None) -> dict[str, Any]:
    return {
        "location": log.location,
        "task": log.task,
        "benchmark": section,
        "model": log.model,
        "solver": log.solver,
        "status": log.status,
        "created": log.created,
        "planned_samples": log.planned,
    }


def _drop_unreadable(
    claimed: dict[str, list[LogRecord]], notes: list[str], paths: Sequence[str | Path]
) -> None:
    """Leave out, with a note naming each, the logs whose samples could not be read.

    Raises:
        VlmPrivacyError: No log is left.
    """
    skipped = 0
    for name, group in claimed.items():
        for log in group:
            if log.unreadable is not None:
                skipped += 1
                notes.append(
                    f"Skipped {log.location}: its samples cannot be read ({log.unreadable}); "
                    "the file is damaged. Re-run that evaluation (inspect eval-retry) or "
                    "restore the file."
                )
        claimed[name] = [log for log in group if log.unreadable is None]
    if skipped and not any(claimed.values()):
        raise VlmPrivacyError(
            f"No log under {', '.join(str(p) for p in paths)} could be read:\n"
            + "\n".join(f"- {note}" for note in notes[-skipped:])
        )


def build_report(
    paths: Sequence[str | Path],
    sections: Sequence[Section] | None = None,
    workers: int | None = None,
    with_paper: bool = False,
) -> Report:
    """Read the logs under ``paths`` and build every section's tables and figures.

    ``workers``: processes reading samples (None: one per CPU for big reports, see
    :func:`~vlm_privacy.report.logs.prefetch_samples`; 1: none). ``with_paper``: each section
    that has a ``with_paper(result, notes)`` method adds its published rows
    (:mod:`vlm_privacy.report.paper`).

    A log whose header reads but whose samples do not (a damaged file) is left out with a
    note, and the report is built from the others.

    Raises:
        VlmPrivacyError: A path does not exist, no log under the paths belongs to a
            benchmark the report knows, or none of those logs can be read.
    """
    sections = list(sections) if sections is not None else default_sections()
    report = Report()
    logs = read_headers(paths, report.notes)
    claimed: dict[str, list[LogRecord]] = {s.name: [] for s in sections}
    for log in logs:
        owner = next((s for s in sections if s.claims(log)), None)
        report.logs.append(_log_info(log, owner.name if owner else None))
        if owner is None:
            report.notes.append(
                f"Ignored {log.name}: task {log.task!r} is not a "
                f"{' or '.join(s.label for s in sections)} task."
            )
        else:
            claimed[owner.name].append(log)
    if not any(claimed.values()):
        where = ", ".join(str(p) for p in paths)
        raise VlmPrivacyError(
            f"No {' or '.join(s.label for s in sections)} logs found in {where} "
            f"({len(logs)} log file(s) read). Pass the directory or .eval files written by "
            "'inspect eval spy_bench/...' (or multipriv/...)."
        )
    prefetch_samples([log for group in claimed.values() for log in group], workers)
    _drop_unreadable(claimed, report.notes, paths)
    for section in sections:
        if not claimed[section.name]:
            continue
        result = section.build(claimed[section.name], report.notes)
        if with_paper and hasattr(section, "with_paper"):
            section.with_paper(result, report.notes)
        for table in result.tables:
            report.tables[table.name] = table
        report.figures += result.figures
        report.default_tables += result.default_tables
        if result.data:
            report.data[section.name] = result.data
        if result.compare is not None:
            report.comparers[section.name] = result.compare
            report.row_names[section.name] = list(result.row_names)
    return report
