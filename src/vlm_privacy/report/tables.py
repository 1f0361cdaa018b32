"""The report's table model: cells with their sample counts, columns, tables.

Every benchmark section builds :class:`Table` objects; :mod:`vlm_privacy.report.render` turns
them into a terminal table, Markdown, CSV or JSON. A figure that no log covers is a
:class:`Cell` whose ``value`` is ``None``: it is rendered empty (``""`` / ``null``), never 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Cell:
    """One reported figure and what it rests on.

    Attributes:
        value: The metric (0-100 for SPY-Bench), or ``None`` where it is undefined or no log
            covers it.
        n: The number of answers (or answer pairs, for ICS) the value is computed over.
        unparseable: Answers that feed this figure but whose judge verdict could not be
            parsed (left out of ``n``); ``None`` where the notion does not apply.
        stderr: The standard error, clustered by benchmark item, in the scale of ``value``
            (see :mod:`vlm_privacy.stats`); ``None`` where unknown.
        ci95: The 95% confidence interval ``(low, high)`` in the scale of ``value``.
    """

    value: float | None
    n: int = 0
    unparseable: int | None = 0
    stderr: float | None = None
    ci95: tuple[float, float] | None = None

    @classmethod
    def estimated(cls, estimate: Any, n: int = 0, unparseable: int | None = 0) -> Cell:
        """A cell from a :class:`vlm_privacy.stats.Estimate` (value, SE and interval)."""
        return cls(estimate.value, n, unparseable, estimate.stderr, estimate.ci95)

    def with_error(self, estimate: Any) -> Cell:
        """This cell with the SE and interval of ``estimate`` (its value is kept)."""
        if estimate is None or self.empty:
            return self
        return Cell(self.value, self.n, self.unparseable, estimate.stderr, estimate.ci95)

    @property
    def empty(self) -> bool:
        """No value (undefined, or no log covers this figure)."""
        return self.value is None or (isinstance(self.value, float) and math.isnan(self.value))

    def to_json(self) -> dict[str, Any]:
        """``{"value", "n", "unparseable", "stderr", "ci95"}``; ``None`` (JSON null) where
        empty or unknown; ``ci95`` is ``[low, high]``."""
        return {
            "value": None if self.empty else self.value,
            "n": self.n,
            "unparseable": self.unparseable,
            "stderr": None if self.empty else self.stderr,
            "ci95": None if self.empty or self.ci95 is None else list(self.ci95),
        }


ColumnKind = Literal["text", "metric", "int"]


@dataclass(frozen=True)
class Column:
    """A table column.

    Attributes:
        key: Machine name, used in JSON rows (e.g. ``"wo_ics"``).
        header: Full header (e.g. ``"ICS (w/o scenario)"``).
        group: Spanning group it belongs to (e.g. ``"w/o distractors"``), or ``""``.
        kind: ``"text"`` (model, solver), ``"metric"`` (a :class:`Cell`) or ``"int"``.
        short: Compact header for the terminal table (may contain newlines).
    """

    key: str
    header: str
    group: str = ""
    kind: ColumnKind = "metric"
    short: str = ""

    @property
    def title(self) -> str:
        """Header with its group, for formats without spanning headers."""
        return f"{self.group}: {self.header}" if self.group else self.header


@dataclass
class Table:
    """A named table: columns, rows (``key -> str | int | Cell | None``) and notes."""

    name: str
    title: str
    columns: list[Column]
    rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    caption: str = ""
    digits: int = 2
    """Decimals shown in text formats unless the user asks for others."""
    split_groups: bool = False
    """In the terminal, print one table per column group (too wide side by side)."""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict; metric cells become ``{"value", "n", "unparseable", "stderr",
        "ci95"}``; every row has ``source``: ``"logs"`` (the user's runs) or ``"paper"`` (then also
        ``reference``: where the published values come from)."""

        def cell(value: Any) -> Any:
            if isinstance(value, Cell):
                return value.to_json()
            return value

        return {
            "name": self.name,
            "title": self.title,
            "caption": self.caption,
            "columns": [
                {"key": c.key, "header": c.header, "group": c.group, "kind": c.kind}
                for c in self.columns
            ],
            "rows": [
                {
                    **{c.key: cell(row.get(c.key)) for c in self.columns},
                    "source": row.get("source", "logs"),
                    **({"reference": row["reference"]} if "reference" in row else {}),
                }
                for row in self.rows
            ],
            "notes": list(self.notes),
        }
