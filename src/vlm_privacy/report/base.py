"""What a benchmark section of the report is: the protocol and its results.

A section claims the logs of its benchmark (from their headers), then turns them into tables
and figures. Adding a benchmark to ``vlm-privacy report`` means naming its section in
:data:`vlm_privacy.cli.REPORT_SECTIONS` (loaded by
:func:`vlm_privacy.report.core.default_sections`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from vlm_privacy.report.logs import LogRecord
from vlm_privacy.report.tables import Table


@dataclass(frozen=True)
class Figure:
    """A plot a section can draw: ``draw(path)`` writes a PNG at ``path``."""

    name: str
    title: str
    draw: Callable[[Path], None]


Comparer = Callable[[str, str], "list[Table] | None"]
"""``compare(row_a, row_b)``: tables of paired differences, or ``None`` if the section does
not have both rows."""


@dataclass
class SectionResult:
    """Tables and figures of one section, and which tables to show by default.

    ``row_names`` and ``compare`` serve ``vlm-privacy report --compare ROW_A ROW_B``: the
    names the section's rows go by, and the function that compares two of them.
    """

    tables: list[Table] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    default_tables: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    row_names: list[str] = field(default_factory=list)
    compare: Comparer | None = None


class Section(Protocol):
    """One benchmark's part of the report."""

    name: str
    """Benchmark name (the task package): ``spy_bench``, ``multipriv``."""

    label: str
    """Human name used in notes: ``SPY-Bench``, ``MultiPriv``."""

    table_names: tuple[str, ...]
    """Every table the section can produce (for ``--table``)."""

    def claims(self, log: LogRecord) -> bool:
        """Whether the log (header only) belongs to this benchmark."""
        ...

    def build(self, logs: list[LogRecord], notes: list[str]) -> SectionResult:
        """Tables and figures from the section's logs; problems go to ``notes``."""
        ...


def claims_by_name(log: LogRecord, benchmark: str, scorer: str) -> bool:
    """The usual test: task metadata ``benchmark``, the registry prefix, or the scorer."""
    if log.metadata.get("benchmark") == benchmark:
        return True
    if log.task.startswith(f"{benchmark}/"):
        return True
    return any(name.split("/")[-1] == scorer for name in log.scorers)
