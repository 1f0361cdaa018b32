"""The ``vlm-privacy report`` command.

Heavy imports (Inspect, matplotlib) happen when the command runs, so that the rest of the
CLI stays quick to start.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from vlm_privacy.errors import VlmPrivacyError
from vlm_privacy.files import write_text_atomic

FORMAT_CHOICES = ("table", "markdown", "csv", "json")
TABLE_CHOICES = (
    "spy-main",
    "spy-summary",
    "spy-distractors",
    "spy-categories",
    "spy-paper-diff",
    "multipriv-perception",
    "multipriv-reasoning",
    "multipriv-perception-paper-diff",
    "multipriv-reasoning-paper-diff",
)
"""Every table a report can have (kept equal to ``core.table_names()`` by a test)."""


def select_tables(report, requested: Sequence[str], notes: list[str]) -> list[str]:  # noqa: ANN001
    """The tables to show: requested ones that have data ('all': every one), else defaults."""
    if not requested:
        return [n for n in report.default_tables if n in report.tables]
    if "all" in requested:
        return list(report.tables)
    chosen = []
    for name in dict.fromkeys(requested):
        if name in report.tables:
            chosen.append(name)
        else:
            notes.append(f"Table {name}: no log covers it, so it is left out.")
    return chosen


MANIFEST = "report-manifest.json"
"""The file in ``--out`` that lists what the report wrote there (see :func:`write_outputs`)."""


def _earlier_outputs(out: Path, notes: list[str]) -> list[str]:
    """The file names an earlier report listed in ``out``'s manifest (none if there is none).

    Only plain names directly in ``out`` count: a manifest naming anything else (a path, a
    folder, ``..``) was not written by us, and its entries are ignored.
    """
    path = out / MANIFEST
    if not path.is_file():
        return []
    try:
        files = json.loads(path.read_text(encoding="utf-8"))["files"]
        if not isinstance(files, list):
            raise TypeError("'files' is not a list")
    except (OSError, ValueError, KeyError, TypeError) as ex:
        notes.append(
            f"{path} is not a report manifest ({type(ex).__name__}: {ex}), so no file of an "
            f"earlier report was removed from {out}."
        )
        return []
    return [
        name
        for name in files
        if isinstance(name, str)
        and name not in ("", ".", "..")
        and "/" not in name
        and "\\" not in name
        and name != MANIFEST
    ]


def write_outputs(
    report, names: Sequence[str], out: Path, digits: int | None, counts: bool
) -> dict[str, str]:  # noqa: ANN001
    """Write report.md, report.json, one CSV per table and the figures' PNGs into ``out``.

    The files written are listed in ``out/report-manifest.json`` (:data:`MANIFEST`). Files
    that the previous report's manifest lists and this report does not write (a table or
    figure it no longer has) are removed, so that ``out`` holds one report; no other file in
    ``out`` is ever touched.
    """
    from vlm_privacy.report import render

    out.mkdir(parents=True, exist_ok=True)
    earlier = _earlier_outputs(out, report.notes)
    written: list[str] = []
    figures: dict[str, str] = {}
    for figure in report.figures:
        path = out / f"{figure.name}.png"
        figure.draw(path)
        figures[figure.name] = str(path)
        written.append(path.name)
    for name in names:
        path = out / f"{name.replace('-', '_')}.csv"
        write_text_atomic(path, render.table_csv(report.tables[name]))
        written.append(path.name)
    write_text_atomic(out / "report.md", render.report_markdown(report, names, digits, counts))
    write_text_atomic(out / "report.json", render.report_json(report, names, figures))
    written += ["report.md", "report.json"]
    for stale in sorted(set(earlier) - set(written)):
        path = out / stale
        if path.is_file() or path.is_symlink():
            path.unlink()
    manifest = {"written_by": "vlm-privacy report", "files": written}
    write_text_atomic(out / MANIFEST, json.dumps(manifest, indent=2) + "\n")
    return figures


@click.command("report")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default="table",
    show_default=True,
    help="Output on stdout: a terminal table, Markdown, CSV or JSON.",
)
@click.option(
    "--table",
    "tables",
    multiple=True,
    type=click.Choice((*TABLE_CHOICES, "all")),
    help="Table(s) to show (repeatable); 'all' for every table with data. Default: "
    "spy-main (plus spy-distractors when other K were run) and the MultiPriv tables.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write report.md, report.json, one CSV per table and the figures (PNG) here, "
    "listed in report-manifest.json; files an earlier report listed there are replaced.",
)
@click.option(
    "--digits", type=click.IntRange(0, 10), help="Decimals (default: 2 SPY, 3 MultiPriv)."
)
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    help="Processes reading logs (default: one per CPU when the logs are big).",
)
@click.option(
    "--with-paper",
    is_flag=True,
    help="Add the published rows (SPY-Bench Tables 4 and 6, MultiPriv Tables 3 and 4) to the "
    "same tables, marked Source 'paper', and a table of your figure minus the paper's for "
    "models whose names match.",
)
@click.option(
    "--compare",
    nargs=2,
    metavar="ROW_A ROW_B",
    help="Show the paired difference A - B of every figure, with its standard error and 95% "
    "CI, over the items both rows answered. Rows are named as the report names them: the "
    "model, or 'model + solver' (e.g. --compare 'vllm/m + nca-p' 'vllm/m + dpo').",
)
@click.option(
    "--counts/--no-counts",
    default=True,
    show_default=True,
    help="Show n (answers) and u (unparseable verdicts) beside each figure.",
)
def report_command(
    paths: tuple[Path, ...],
    fmt: str,
    tables: tuple[str, ...],
    out: Path | None,
    digits: int | None,
    counts: bool,
    workers: int | None,
    compare: tuple[str, str] | None = None,
    with_paper: bool = False,
) -> None:
    """Paper-style tables and figures from Inspect logs (.eval files or directories).

    SPY-Bench: Table 4 (w/o and w/ distractors side by side, one row per model and solver),
    the Table 6 view, ICS/HMS by number of distractors (Figure 4) and ICS per category
    (Figure 5). MultiPriv: Tables 3 and 4. Logs of the same model and solver are combined
    across tasks; for two logs of the same slice the newest wins. PATHS default to
    $INSPECT_LOG_DIR or ./logs.

    \b
    vlm-privacy report logs/
    vlm-privacy report logs/ --format markdown --out report/
    vlm-privacy report a.eval b.eval --table spy-summary --format csv
    vlm-privacy report logs/ --with-paper --format json
    vlm-privacy report logs/ --compare "vllm/m + nca_p" "vllm/m + dpo"
    """
    from vlm_privacy.report import render
    from vlm_privacy.report.core import build_report

    sources = list(paths) or [Path(os.environ.get("INSPECT_LOG_DIR", "./logs"))]
    try:
        report = build_report(sources, workers=workers, with_paper=with_paper)
    except VlmPrivacyError as ex:
        raise click.ClickException(str(ex)) from ex
    names = select_tables(report, tables, report.notes)
    if compare:
        try:
            compared = report.compare(*compare)
        except VlmPrivacyError as ex:
            raise click.ClickException(str(ex)) from ex
        for table in compared:
            report.tables[table.name] = table
        names = [t.name for t in compared] + (names if tables else [])
    figures: dict[str, str] = {}
    if out is not None:
        try:
            figures = write_outputs(report, names, out, digits, counts)
        except OSError as ex:
            raise click.ClickException(
                f"Could not write the report into --out {out}: {ex}. Choose a writable folder."
            ) from ex
    if fmt == "json":
        click.echo(render.report_json(report, names, figures), nl=False)
    elif fmt == "markdown":
        click.echo(render.report_markdown(report, names, digits, counts), nl=False)
    elif fmt == "csv":
        click.echo(render.report_csv(report, names), nl=False)
    else:
        from rich.console import Console

        render.print_rich(report, names, Console(file=sys.stdout), digits, counts)
    if fmt in ("table", "csv") and report.notes:
        click.echo("Notes:", err=True)
        for note in report.notes:
            click.echo(f"- {note}", err=True)
    if out is not None:
        click.echo(f"Wrote {len(names)} table(s) and {len(figures)} figure(s) to {out}", err=True)
