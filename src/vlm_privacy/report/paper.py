"""Published rows beside the user's: ``vlm-privacy report --with-paper``.

Each benchmark ships its paper's tables as package data (every value with its source) and
adds them to its own report tables through :meth:`Section.with_paper`. The helpers here keep
the rules the same for both: a ``source`` column that says whose row it is (``"logs"`` for the
user's runs, ``"paper"`` for published ones), paper rows after the user's rows and never
merged with them, and a separate table of differences where a user's model matches a
published one by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vlm_privacy.report.tables import Cell, Column, Table

LOGS, PAPER = "logs", "paper"
"""Values of a row's ``source``: the user's logs, or a published table."""

SOURCE_COLUMN = Column("source", "Source", kind="text", short="Source")


def model_key(name: str) -> str:
    """A model name reduced for matching across naming styles.

    The provider and organisation prefixes go (``vllm/Qwen/Qwen2-VL-7B-Instruct`` ->
    ``Qwen2-VL-7B-Instruct``), then case, spaces and punctuation: ``qwen2vl7binstruct`` is
    also what the paper's "Qwen2 VL 7B Instruct" gives.
    """
    last = name.strip().split("/")[-1]
    return re.sub(r"[^0-9a-z]+", "", last.casefold())


def paper_cell(value: float | None) -> Cell:
    """A published figure: no counts (``n=0``, ``unparseable=None``) and no error bars."""
    return Cell(value, 0, None)


def add_source(table: Table, paper_rows: Sequence[dict[str, Any]]) -> None:
    """Mark the user's rows ``"logs"``, append ``paper_rows`` marked ``"paper"``, and add the
    Source column after the text columns."""
    for row in table.rows:
        row.setdefault("source", LOGS)
    for row in paper_rows:
        table.rows.append({**row, "source": PAPER})
    if all(c.key != "source" for c in table.columns):
        at = next((i for i, c in enumerate(table.columns) if c.kind != "text"), 0)
        table.columns.insert(at, SOURCE_COLUMN)


def _difference(user: Any, published: Any) -> Cell:
    if not isinstance(user, Cell) or user.empty or not isinstance(published, Cell):
        return Cell(None, 0, None)
    if published.empty:
        return Cell(None, 0, None)
    delta = float(user.value) - float(published.value)  # type: ignore[arg-type]
    ci = None
    if user.ci95 is not None:
        ci = (user.ci95[0] - published.value, user.ci95[1] - published.value)  # type: ignore[operator]
    return Cell(delta, user.n, user.unparseable, user.stderr, ci)


def difference_table(
    table: Table,
    paper_rows: Sequence[dict[str, Any]],
    *,
    name: str,
    title: str,
    label: Mapping[str, str] | None = None,
) -> Table | None:
    """Yours minus the paper's, for each user row whose model matches a published one.

    The SE and CI are the user's figure's (the published value is taken as a constant);
    ``None`` when no model matches.
    """
    published = {model_key(str(r["model"])): r for r in paper_rows}
    metric_columns = [c for c in table.columns if c.kind == "metric"]
    rows = []
    for row in table.rows:
        if row.get("source", LOGS) != LOGS:
            continue
        match = published.get(model_key(str(row.get("model", ""))))
        if match is None:
            continue
        out: dict[str, Any] = {
            "model": row["model"],
            "solver": row.get("solver", ""),
            "paper_model": match["model"],
        }
        for column in metric_columns:
            out[column.key] = _difference(row.get(column.key), match.get(column.key))
        rows.append(out)
    if not rows:
        return None
    columns = [
        Column("model", "Model", kind="text", short="Model"),
        Column("solver", "Solver", kind="text", short="Solver"),
        Column("paper_model", "Paper's model", kind="text", short="Paper's\nmodel"),
        *metric_columns,
    ]
    return Table(
        name=name,
        title=title,
        columns=columns,
        rows=rows,
        caption="Your figure minus the published one, for models whose names match "
        "(provider prefix, case and punctuation ignored), ± your figure's standard error; "
        "the 95% CI (CSV, JSON) is yours shifted by the published value, which is taken as "
        "exact. n and u are your counts.",
        digits=table.digits,
        split_groups=table.split_groups,
    )


def names(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """The model names of some rows (for notes)."""
    return [str(r["model"]) for r in rows]
