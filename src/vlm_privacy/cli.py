"""The ``vlm-privacy`` command line.

Each feature module defines its own click command or group; this module only collects them.
"""

from __future__ import annotations

import click

from vlm_privacy import __version__


@click.group()
@click.version_option(__version__, prog_name="vlm-privacy")
def main() -> None:
    """vlm-privacy: SPY-Bench and MultiPriv for Inspect AI."""


def _add_commands() -> None:
    from vlm_privacy.download import download_command

    main.add_command(download_command)

    from vlm_privacy.report import report_command

    main.add_command(report_command)

    from vlm_privacy.agreement import judge_agreement_command

    main.add_command(judge_agreement_command)

    from multipriv.cli import multipriv_command

    main.add_command(multipriv_command)

    from vlm_privacy.tune.cli import tune_command

    main.add_command(tune_command)


_add_commands()

if __name__ == "__main__":
    main()
