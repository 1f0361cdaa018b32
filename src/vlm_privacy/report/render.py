"""Render report tables as a terminal table (rich), Markdown, CSV or JSON.

Cells show the figure with its clustered standard error (``38.30 ± 6.10``) and, unless counts
are turned off, ``n`` (answers behind it) and ``u`` (unparseable verdicts among them). CSV has
a standard error and 95% interval column per figure; JSON cells carry ``stderr`` and ``ci95``.
Empty figures stay empty: ``""`` in text formats and CSV, ``null`` in JSON.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence
from typing import Any

from vlm_privacy.report.core import Report
from vlm_privacy.report.tables import Cell, Column, Table

FORMATS = ("table", "markdown", "csv", "json")


def _number(value: float, digits: int) -> str:
    return f"{value:.{digits}f}"


def figure_text(cell: Cell, digits: int) -> str:
    """The figure and its standard error: ``"38.30 ± 6.10"`` (``""`` when empty)."""
    if cell.empty:
        return ""
    text = _number(float(cell.value), digits)  # type: ignore[arg-type]
    if cell.stderr is not None and not math.isnan(cell.stderr):
        text += f" ± {_number(cell.stderr, digits)}"
    return text


def _has_counts(cell: Cell) -> bool:
    """Whether a cell has counts to show (a published figure, ``n=0, u=None``, has none)."""
    if cell.n or cell.unparseable:
        return True
    return not cell.empty and cell.unparseable is not None


def cell_text(value: Any, digits: int = 2, counts: bool = True, sep: str = " ") -> str:
    """A cell as text: ``"12.34 ± 1.20 (n=40, u=2)"``; ``""`` when empty and nothing counted."""
    if value is None:
        return ""
    if not isinstance(value, Cell):
        return str(value)
    text = figure_text(value, digits)
    if counts and _has_counts(value):
        parts = [f"n={value.n}"]
        if value.unparseable is not None:
            parts.append(f"u={value.unparseable}")
        text = f"{text}{sep}({', '.join(parts)})" if text else f"({', '.join(parts)})"
    return text


# --------------------------------------------------------------------------- markdown


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_markdown(table: Table, digits: int | None = None, counts: bool = True) -> str:
    """One table in GitHub Markdown, with its title, caption and notes."""
    digits = table.digits if digits is None else digits
    head = [_md_escape(c.title) for c in table.columns]
    lines = [f"### {table.title}", ""]
    if table.caption:
        lines += [table.caption, ""]
    lines.append("| " + " | ".join(head) + " |")
    lines.append(
        "| " + " | ".join("---" if c.kind == "text" else "---:" for c in table.columns) + " |"
    )
    for row in table.rows:
        cells = [_md_escape(cell_text(row.get(c.key), digits, counts)) for c in table.columns]
        lines.append("| " + " | ".join(cells) + " |")
    if not table.rows:
        lines += ["", "_No data._"]
    for note in table.notes:
        lines += ["", f"- {note}"]
    return "\n".join(lines) + "\n"


def report_markdown(
    report: Report, names: Sequence[str], digits: int | None = None, counts: bool = True
) -> str:
    """The chosen tables in Markdown, then the report's notes."""
    parts = [table_markdown(report.tables[n], digits, counts) for n in names]
    if report.notes:
        parts.append("### Notes\n\n" + "\n".join(f"- {_md_escape(n)}" for n in report.notes) + "\n")
    return "\n".join(parts)


# --------------------------------------------------------------------------- csv


def _csv_columns(table: Table) -> list[tuple[str, Column, str]]:
    out = []
    for c in table.columns:
        if c.kind == "metric":
            out += [(c.title, c, "value"), (f"{c.title} stderr", c, "stderr")]
            out += [(f"{c.title} ci95 low", c, "low"), (f"{c.title} ci95 high", c, "high")]
            out += [(f"{c.title} n", c, "n"), (f"{c.title} unparseable", c, "unparseable")]
        else:
            out.append((c.title, c, "text"))
    return out


def table_csv(table: Table) -> str:
    """One table as CSV: each figure with its standard error, 95% interval, ``n`` and
    ``unparseable`` columns; empty = ""."""
    columns = _csv_columns(table)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([title for title, _, _ in columns])
    for row in table.rows:
        out = []
        for _, column, part in columns:
            value = row.get(column.key)
            if part == "text":
                out.append("" if value is None else value)
            elif not isinstance(value, Cell):
                out.append("")
            elif part == "value":
                out.append("" if value.empty else repr(round(float(value.value), 6)))  # type: ignore[arg-type]
            elif part in ("stderr", "low", "high"):
                number = {
                    "stderr": value.stderr,
                    "low": value.ci95[0] if value.ci95 else None,
                    "high": value.ci95[1] if value.ci95 else None,
                }[part]
                empty = value.empty or number is None or math.isnan(number)
                out.append("" if empty else repr(round(float(number), 6)))
            elif part == "n":
                out.append(value.n)
            else:
                out.append("" if value.unparseable is None else value.unparseable)
        writer.writerow(out)
    return buf.getvalue()


def report_csv(report: Report, names: Sequence[str]) -> str:
    """One table: plain CSV. Several: each after a ``# <name>: <title>`` line and a blank line."""
    if len(names) == 1:
        return table_csv(report.tables[names[0]])
    return "\n".join(
        f"# {n}: {report.tables[n].title}\n{table_csv(report.tables[n])}" for n in names
    )


# --------------------------------------------------------------------------- json


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def report_json(report: Report, names: Sequence[str], figures: dict[str, str] | None = None) -> str:
    """The chosen tables, notes, logs read, per-section data and written figures as JSON."""
    doc = {
        "format": "vlm-privacy-report",
        "version": 1,
        "tables": {n: report.tables[n].to_json() for n in names},
        "notes": list(report.notes),
        "logs": report.logs,
        "data": report.data,
        "figures": figures or {},
    }
    return json.dumps(_clean(doc), indent=2, allow_nan=False) + "\n"


# --------------------------------------------------------------------------- terminal


def _rich_parts(table: Table) -> list[tuple[str, list[Column]]]:
    """(title, columns) of each terminal table: one per group when the table is split."""
    # text columns empty in every row (e.g. no model args anywhere) are left out here
    text = [c for c in table.columns if c.kind == "text" and any(r.get(c.key) for r in table.rows)]
    if not table.split_groups:
        return [(table.title, text + [c for c in table.columns if c.kind != "text"])]
    groups = list(dict.fromkeys(c.group for c in table.columns if c.kind != "text"))
    return [
        (
            f"{table.title}: {g}" if g else table.title,
            text + [c for c in table.columns if c.kind != "text" and c.group == g],
        )
        for g in groups
    ]


def _has_value(value: Any) -> bool:
    if isinstance(value, Cell):
        return not value.empty or bool(value.n or value.unparseable)
    return value is not None


def _rich_cell(value: Any, places: int, counts: bool) -> Any:
    from rich.text import Text

    if not isinstance(value, Cell):
        return Text("" if value is None else str(value))
    text = Text(figure_text(value, places))
    if counts and _has_counts(value):
        extra = [f"n={value.n}"]
        if value.unparseable is not None:
            extra.append(f"u={value.unparseable}")
        text.append(("\n" if text.plain else "") + "\n".join(extra), style="dim")
    return text


def _wide(console: Any, width: int) -> Any:
    """``console``, or a console on the same file at least ``width`` wide (rich would crop)."""
    from rich.console import Console

    if width <= console.width:
        return console
    return Console(
        file=console.file,
        width=width,
        force_terminal=console.is_terminal,
        no_color=console.no_color,
        color_system=console.color_system or None,
    )


def print_rich(
    report: Report,
    names: Sequence[str],
    console: Any = None,
    digits: int | None = None,
    counts: bool = True,
) -> None:
    """Print the chosen tables with rich (figure first, counts dimmed below it); every text
    is escaped or a ``Text``, so that bracketed names are printed, not read as markup."""
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.measure import Measurement
    from rich.table import Table as RichTable

    console = console or Console()
    for name in names:
        table = report.tables[name]
        places = table.digits if digits is None else digits
        for title, columns in _rich_parts(table):
            rich = RichTable(
                title=escape(title),
                show_lines=counts,
                box=box.SIMPLE_HEAD,
                pad_edge=False,
                padding=(0, 1),
            )
            split = table.split_groups
            for c in columns:
                header = c.short or c.header
                if c.group and not split:
                    header = f"{c.group}\n{header}"
                width = max([len(str(r.get(c.key) or "")) for r in table.rows] + [6])
                rich.add_column(
                    escape(header),
                    justify="left" if c.kind == "text" else "right",
                    min_width=min(width, 12) if c.kind == "text" else 6,
                    overflow="fold",
                )
            rows = table.rows
            if split:  # leave out rows with nothing in this part
                rows = [
                    r
                    for r in rows
                    if any(_has_value(r.get(c.key)) for c in columns if c.kind != "text")
                ]
            if not rows and split:
                console.print(f"{escape(title)}: no logs", style="dim")
                continue
            for row in rows:
                rich.add_row(*[_rich_cell(row.get(c.key), places, counts) for c in columns])
            # never crop figures: a file gets the natural width, a narrow terminal wraps lines
            size = Measurement.get(console, console.options.update(width=10_000), rich)
            width = size.maximum if not console.is_terminal else max(console.width, size.minimum)
            _wide(console, width).print(rich, crop=False)
        if table.caption:
            console.print(escape(table.caption), style="dim")
        console.print()
