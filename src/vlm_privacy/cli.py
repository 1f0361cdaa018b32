"""The ``vlm-privacy`` command line.

The one module of :mod:`vlm_privacy` that names the benchmarks: their commands, download
sources, report sections and task modules, as ``"module:attribute"`` strings. Each feature
module defines its own click command or group; this module imports it only when that command
runs, so ``vlm-privacy --help`` stays fast and
the base install works without the optional extras (``tune`` needs ``vlm-privacy[tune]``).
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import click

from vlm_privacy import __version__

COMMANDS: dict[str, str] = {
    "download": "vlm_privacy.fetch:download_command",
    "judge-agreement": "vlm_privacy.judges.agreement:judge_agreement_command",
    "multipriv": "multipriv.cli:multipriv_command",
    "report": "vlm_privacy.report:report_command",
    "shards": "vlm_privacy.shards:shards_command",
    "spy-bench": "spy_bench.cli:spy_bench_command",
    "tasks": "vlm_privacy.cli:tasks_command",
    "tiny-vlm": "vlm_privacy.cli:tiny_vlm_command",
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
    "spy-bench": "SPY-Bench utilities (write synthetic data in the official layout).",
    "tasks": "List the Inspect tasks this package registers.",
    "tiny-vlm": "Build a tiny random local VLM (offline, under 1 MB) for trying hf-vlm.",
    "tune": "SPY-Tune alignment recipes: SFT, DPO, NCA, NCA-P (needs vlm-privacy[tune]).",
}


EXTRAS: dict[str, str] = {
    "openai": "api",
    "anthropic": "api",
    "google": "api",
    "google-genai": "api",
    "vllm": "vllm",
    "torch": "local",
    "transformers": "local",
    "accelerate": "local",
    "peft": "local",
    "tokenizers": "local",
    "trl": "tune",
    "datasets": "tune",
    "lm_eval": "lm-eval",
}
"""Optional package (import name or pip name) -> the ``vlm-privacy`` extra that installs it."""


UNKNOWN_MODEL = re.compile(r"Model API \S+ of model '.*' not recognized")
"""Inspect's ValueError for a model name whose provider it does not know."""

OWN_PACKAGES = frozenset({"vlm_privacy", "spy_bench", "multipriv"})
"""This project's top-level packages (an ImportError naming one of them is a bug)."""


def extra_hint(package: str | None) -> str:
    """``Install it with: pip install 'vlm-privacy[EXTRA]'`` for a known optional package."""
    top = (package or "").split(".")[0]
    extra = EXTRAS.get(top) or EXTRAS.get((package or "").replace("_", "-"))
    if extra is None:
        return f"Install it with: pip install {top}" if top else ""
    return f"Install it with: pip install 'vlm-privacy[{extra}]'"


def one_line(message: str) -> str:
    """``message`` with rich markup rendered as plain text and its lines joined into one."""
    from rich.errors import MarkupError
    from rich.text import Text

    try:
        message = Text.from_markup(message).plain
    except MarkupError:
        pass
    message = " ".join(message.split())
    return message[len("ERROR:") :].lstrip() if message.upper().startswith("ERROR:") else message


def user_error(ex: BaseException) -> click.ClickException | None:
    """The one-line error to show for an exception a user can fix (``None``: a bug, re-raise)."""
    from vlm_privacy.compat import PrerequisiteError

    if isinstance(ex, ImportError) and ex.name:
        if ex.name.split(".")[0] in OWN_PACKAGES:
            return None  # a broken import of our own: a bug, keep the traceback
        return click.ClickException(
            f"A package this command needs is not installed ({ex.name}). {extra_hint(ex.name)}"
        )
    if isinstance(ex, PrerequisiteError):
        message = one_line(str(ex))
        for package, extra in EXTRAS.items():
            if f"pip install {package}" in message:
                message += f" (or pip install 'vlm-privacy[{extra}]')"
                break
        return click.ClickException(message)
    if isinstance(ex, ValueError) and UNKNOWN_MODEL.match(str(ex)):
        return click.ClickException(
            f"{one_line(str(ex))} Model names are PROVIDER/MODEL, e.g. openai/gpt-4o, "
            "vllm/Qwen/Qwen2-VL-7B-Instruct or hf-vlm/<hub id or local folder>."
        )
    try:
        from huggingface_hub.errors import HfHubHTTPError, HFValidationError
    except ImportError:
        return None
    if isinstance(ex, (HfHubHTTPError, HFValidationError)):
        return click.ClickException(f"Hugging Face Hub: {one_line(str(ex))}")
    return None


def load_object(spec: str) -> Any:
    """The object named by ``"package.module:attribute"`` (the module is imported now)."""
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; errors users can fix print one line (see :func:`user_error`)."""
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as ex:  # noqa: BLE001 - re-raised unless it is a user error
            error = user_error(ex)
            if error is None:
                raise
            raise error from ex

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        try:
            command = load_object(COMMANDS[cmd_name])
        except ImportError as ex:
            raise click.ClickException(
                f"'vlm-privacy {cmd_name}' needs a package that is not installed ({ex.name}). "
                f"{extra_hint(ex.name) or 'Install the extra it needs.'}"
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


@click.command(name="tiny-vlm")
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the checkpoint to (created).",
)
@click.option("--seed", default=0, show_default=True, type=int, help="Seed for the random weights.")
def tiny_vlm_command(out: Path, seed: int) -> None:
    """Build the tiny offline VLM (random weights, gibberish answers) for trying hf-vlm.

    Nothing is downloaded; the same seed gives byte-identical files. Needs vlm-privacy[local].
    """
    from vlm_privacy.errors import VlmPrivacyError
    from vlm_privacy.testing.tiny_vlm import build_tiny_llava

    try:
        path = build_tiny_llava(out, seed=seed)
    except VlmPrivacyError as ex:
        raise click.ClickException(str(ex)) from ex
    size = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
    click.echo(f"Built the tiny LLaVA VLM in {path} ({size / 1e6:.1f} MB)")
    click.echo(f"Use it with: inspect eval TASK --model hf-vlm/{path.resolve()} -M device=cpu")


if __name__ == "__main__":
    main()
