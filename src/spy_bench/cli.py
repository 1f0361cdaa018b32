"""``vlm-privacy download spy-bench``.

The command imports :mod:`spy_bench.download` when it runs, so that the CLI starts fast.
:mod:`vlm_privacy.cli` adds it to the ``vlm-privacy download`` group.
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
