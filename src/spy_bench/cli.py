"""``vlm-privacy download spy-bench`` and ``vlm-privacy spy-bench synthetic``.

The commands import their modules when they run, so that the CLI starts fast.
:mod:`vlm_privacy.cli` adds the download command to the ``vlm-privacy download`` group.
"""

from __future__ import annotations

from pathlib import Path

import click

from vlm_privacy.errors import VlmPrivacyError


@click.command(name="spy-bench")
@click.option(
    "--dest",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory to put the data in (default: the vlm-privacy cache).",
)
@click.option("--force", is_flag=True, help="Download again even if a complete copy is there.")
@click.option("--quiet", "-q", is_flag=True, help="Hide progress bars.")
@click.option("--questions-url", default=None, help="URL or local path of questions.json.")
@click.option("--label2text-url", default=None, help="URL or local path of label2text.json.")
@click.option(
    "--images-url", default=None, help="URL or local path of the VISPR test2017.tar.gz archive."
)
def spy_bench_download_command(
    dest: Path | None,
    force: bool,
    quiet: bool,
    questions_url: str | None,
    label2text_url: str | None,
    images_url: str | None,
) -> None:
    """SPY-Bench: questions, labels and the VISPR test images they use."""
    from spy_bench.download import ensure_spy_bench_data

    try:
        path = ensure_spy_bench_data(
            dest,
            force=force,
            questions_url=questions_url,
            label2text_url=label2text_url,
            images_url=images_url,
            progress=not quiet,
        )
    except VlmPrivacyError as ex:
        raise click.ClickException(str(ex)) from ex
    click.echo(f"SPY-Bench data is in {path}")
    if dest is not None:
        click.echo(f"Use it with: inspect eval spy_bench/... -T data_dir={path}")


@click.group(name="spy-bench")
def spy_bench_command() -> None:
    """SPY-Bench: write synthetic data in the official layout."""


@spy_bench_command.command(name="synthetic")
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write (must not exist or be empty).",
)
@click.option("--items", default=12, show_default=True, type=int, help="Image-question items.")
@click.option("--seed", default=0, show_default=True, type=int, help="Random seed.")
def synthetic_command(out: Path, items: int, seed: int) -> None:
    """Write synthetic SPY-Bench data (questions.json, label2text.json, images) to --out.

    The items use the official schema, categories and scenarios with drawn images, so every
    task runs offline on them; the numbers mean nothing about a model.
    """
    from spy_bench.synthetic import write_synthetic_spy_bench

    if items < 1:
        raise click.BadParameter(f"must be at least 1 (got {items})", param_hint="'--items'")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise click.ClickException(
            f"{out} exists and is not an empty folder; pass a new or empty folder as --out."
        )
    path = write_synthetic_spy_bench(out, n_items=items, seed=seed)
    click.echo(f"Wrote {items} synthetic SPY-Bench items to {path}")
    click.echo(f"Use them with: inspect eval spy_bench/... -T data_dir={path}")
