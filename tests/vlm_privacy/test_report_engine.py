"""The report engine's units: table names of the sections, cell text."""

from __future__ import annotations

from vlm_privacy.report.command import TABLE_CHOICES
from vlm_privacy.report.core import table_names
from vlm_privacy.report.render import cell_text
from vlm_privacy.report.tables import Cell


def test_table_choices_match_sections() -> None:
    assert tuple(table_names()) == TABLE_CHOICES


def test_cell_text() -> None:
    assert cell_text(Cell(None, 0, 0)) == ""
    assert cell_text(Cell(0.0, 4, 1)) == "0.00 (n=4, u=1)"
    assert cell_text(Cell(None, 0, 3)) == "(n=0, u=3)"
    assert cell_text(Cell(12.345, 7, None), digits=1) == "12.3 (n=7)"
    assert cell_text(Cell(12.345, 7, 0), counts=False) == "12.35"
