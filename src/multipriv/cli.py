"""``vlm-privacy multipriv build`` and ``vlm-privacy download multipriv-pii``.

Both commands import their modules lazily so that the CLI starts fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from vlm_privacy.errors import VlmPrivacyError


@click.group(name="multipriv")
def multipriv_command() -> None:
    """MultiPriv: build the synthetic benchmark data."""


@multipriv_command.command(name="build")
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write (must not exist or be empty, unless --overwrite).",
)
@click.option("--seed", default=0, show_default=True, type=int, help="Random seed.")
@click.option(
    "--profiles", default=40, show_default=True, type=int, help="Synthetic people per language."
)
@click.option(
    "--language",
    type=click.Choice(["en", "zh", "both"]),
    default="both",
    show_default=True,
    help="Languages to generate.",
)
@click.option(
    "--font",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="CJK font for the Chinese documents (default: found on the system).",
)
@click.option("--overwrite", is_flag=True, help="Replace the contents of --out.")
def build_command(
    out: Path, seed: int, profiles: int, language: str, font: Path | None, overwrite: bool
) -> None:
    """Write the synthetic MultiPriv data (records.jsonl, images, profiles) to --out."""
    from multipriv.synthetic import build

    languages = ["en", "zh"] if language == "both" else [language]
    try:
        path = build(
            out, seed=seed, profiles=profiles, languages=languages, font=font, overwrite=overwrite
        )
    except VlmPrivacyError as ex:
        raise click.ClickException(str(ex)) from ex
    n = sum(1 for line in (path / "records.jsonl").read_text(encoding="utf-8").splitlines() if line)
    click.echo(f"Wrote {n} MultiPriv records to {path / 'records.jsonl'}")
    click.echo(f"Use them with: inspect eval multipriv/<task> -T data={path / 'records.jsonl'}")


@click.command(name="multipriv-pii")
@click.option(
    "--dest",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to extract the images into (default: the vlm-privacy cache).",
)
@click.option(
    "--source",
    default=None,
    help="URL or local path of the MultiPriv-PII repository archive (.zip or .tar.gz).",
)
@click.option("--force", is_flag=True, help="Download and extract again.")
@click.option("--quiet", "-q", is_flag=True, help="Hide progress bars.")
def multipriv_pii_command(dest: Path | None, source: str | None, force: bool, quiet: bool) -> None:
    """MultiPriv-PII: the authors' images (CC BY-NC-SA 4.0), for -T source=multipriv-pii."""
    from multipriv.download import LICENSE_NOTE, ensure_multipriv_pii, pii_records

    try:
        path = ensure_multipriv_pii(dest, source=source, force=force, progress=not quiet)
        records = pii_records(path)
    except VlmPrivacyError as ex:
        raise click.ClickException(str(ex)) from ex
    click.echo(f"MultiPriv-PII images are in {path} ({len(records)} perception items).")
    click.echo(LICENSE_NOTE)
