"""The ``vlm-privacy`` command line.

The one module of :mod:`vlm_privacy` that names the benchmarks: their commands, download
sources, report sections and task modules, as ``"module:attribute"`` strings. Each feature
module defines its own click command or group; this module imports it only when that command
runs, so ``vlm-privacy --help`` stays fast and
the base install works without the optional extras (``tune`` needs ``vlm-privacy[tune]``).
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from vlm_privacy import __version__

COMMANDS: dict[str, str] = {
    "download": "vlm_privacy.fetch:download_command",
    "judge-agreement": "vlm_privacy.judges.agreement:judge_agreement_command",
    "multipriv": "multipriv.cli:multipriv_command",
    "report": "vlm_privacy.report:report_command",
    "shards": "vlm_privacy.shards:shards_command",
    "tasks": "vlm_privacy.cli:tasks_command",
    "tune": "spy_bench.tune.cli:tune_command",
}
"""Command name -> ``"module:attribute"`` of its click command."""

DOWNLOAD_SOURCES: dict[str, str] = {
    "spy-bench": "spy_bench.cli:spy_bench_download_command",
    "multipriv-pii": "multipriv.cli:multipriv_pii_command",
}
"""``vlm-privacy download`` subcommands, each defined by its benchmark package."""

REPORT_SECTIONS: tuple[str, ...] = (
    "spy_bench.report:SpySection",
    "multipriv.report:MultiPrivSection",
)
"""``vlm-privacy report`` sections (:class:`vlm_privacy.report.base.Section`), in output order."""

TASK_MODULES: tuple[str, ...] = ("spy_bench.tasks", "multipriv.tasks")
"""Modules whose Inspect tasks ``vlm-privacy tasks`` lists."""

COMMAND_HELP = {
    "download": "Download benchmark data into the cache (or a directory of your choice).",
    "judge-agreement": "Agreement between a log's judge and a second judge (kappa, confusion).",
    "multipriv": "MultiPriv utilities (build the synthetic data set).",
    "report": "Paper-style tables and plots from Inspect logs.",
    "shards": "Print the commands that run one evaluation in K parallel shards (--limit A-B).",
    "tasks": "List the Inspect tasks this package registers.",
    "tune": "SPY-Tune alignment recipes: SFT, DPO, NCA, NCA-P (needs vlm-privacy[tune]).",
}


def load_object(spec: str) -> Any:
    """The object named by ``"package.module:attribute"`` (the module is imported now)."""
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        try:
            command = load_object(COMMANDS[cmd_name])
        except ImportError as ex:
            raise click.ClickException(
                f"'vlm-privacy {cmd_name}' needs a package that is not installed ({ex.name}). "
                "Install the extra it needs, e.g. pip install 'vlm-privacy[tune]'."
            ) from ex
        if cmd_name == "download" and isinstance(command, click.Group):
            for name, target in DOWNLOAD_SOURCES.items():
                if name not in command.commands:
                    command.add_command(load_object(target), name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMAND_HELP[name]) for name in self.list_commands(ctx)])


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="vlm-privacy")
def main() -> None:
    """vlm-privacy: SPY-Bench and MultiPriv for Inspect AI."""


@click.command(name="tasks")
def tasks_command() -> None:
    """List the Inspect tasks this package registers (run them with inspect eval NAME)."""
    import inspect as pyinspect

    from vlm_privacy.compat import registry_info

    for module_name in TASK_MODULES:
        module = importlib.import_module(module_name)
        for _, obj in pyinspect.getmembers(module):
            try:
                info = registry_info(obj)
            except Exception:  # noqa: BLE001 - not a registered object
                continue
            if info.type == "task":
                doc = (pyinspect.getdoc(obj) or "").splitlines()
                click.echo(f"{info.name:40s} {doc[0] if doc else ''}")


if __name__ == "__main__":
    main()
