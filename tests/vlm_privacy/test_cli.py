"""The vlm-privacy command line: every command is reachable, tasks are listed by their names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from huggingface_hub.errors import HFValidationError

from vlm_privacy import cli
from vlm_privacy.cli import COMMAND_HELP, COMMANDS, main
from vlm_privacy.compat import PrerequisiteError

PUBLIC_COMMANDS = {
    "download",
    "judge-agreement",
    "multipriv",
    "report",
    "shards",
    "spy-bench",
    "tasks",
    "tiny-vlm",
    "tune",
}
"""The commands the README promises as public API (written out here, not read from the CLI)."""


def help_commands(output: str) -> dict[str, str]:
    """Command name -> first line of its description, from the "Commands:" section of --help."""
    section = output.split("Commands:", 1)[1]
    listed = {}
    for line in section.splitlines():
        if line.startswith("  ") and not line.startswith("   "):  # "  name  description"
            name, _, description = line.strip().partition(" ")
            listed[name] = description.strip()
    return listed


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    listed = help_commands(result.output)
    assert PUBLIC_COMMANDS <= set(listed), result.output
    assert all(listed[name] for name in PUBLIC_COMMANDS)  # each with its description


def test_every_command_loads() -> None:
    for name in PUBLIC_COMMANDS:
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert result.output.startswith("Usage: main " + name) or f" {name} " in result.output


def test_download_includes_benchmark_sources() -> None:
    result = CliRunner().invoke(main, ["download", "--help"])
    assert "spy-bench" in result.output and "multipriv-pii" in result.output


def test_tasks_are_listed_with_their_inspect_names() -> None:
    result = CliRunner().invoke(main, ["tasks"])
    assert result.exit_code == 0
    names = {line.split()[0] for line in result.output.splitlines()}
    assert {"spy_bench/full", "spy_bench/conflict", "multipriv/perception"} <= names


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from click.testing import CliRunner; from vlm_privacy.cli import main; "
        "CliRunner().invoke(main, ['--help']); "
        "print(sorted(m for m in ('torch', 'trl', 'transformers', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parent
    )
    assert out.stdout.strip() == "[]", out.stderr


def _failing_command(error: Exception) -> click.Command:
    @click.command(name="boom")
    def boom() -> None:
        raise error

    return boom


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ImportError("No module named 'vllm'", name="vllm"), "pip install 'vlm-privacy[vllm]'"),
        (ImportError("No module named 'trl'", name="trl"), "pip install 'vlm-privacy[tune]'"),
        (
            PrerequisiteError(
                "[bold]ERROR[/bold]: needs anthropic:\n\n[bold]pip install anthropic[/bold]"
            ),
            "needs anthropic: pip install anthropic (or pip install 'vlm-privacy[api]')",
        ),
        (
            ValueError("Model API foo of model 'foo/bar' not recognized."),
            "not recognized. Model names are PROVIDER/MODEL, e.g. openai/gpt-4o",
        ),
        (
            HFValidationError("Repo id must be in the form 'namespace/repo_name'"),
            "Hugging Face Hub: Repo id",
        ),
    ],
)
def test_user_errors_are_one_rendered_line(
    error: Exception, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(COMMANDS, "boom", "tests_boom:boom")
    monkeypatch.setitem(COMMAND_HELP, "boom", "fails")
    monkeypatch.setattr(cli, "load_object", lambda spec: _failing_command(error))
    result = CliRunner().invoke(main, ["boom"])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert expected in line and "[bold]" not in line and "ERROR" not in line


@pytest.mark.parametrize(
    "error", [KeyError("x"), ImportError("cannot import name", name="spy_bench.nothing")]
)
def test_bugs_are_not_hidden(error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(COMMANDS, "boom", "tests_boom:boom")
    monkeypatch.setattr(cli, "load_object", lambda spec: _failing_command(error))
    result = CliRunner().invoke(main, ["boom"])
    assert result.exception is error


def test_synthetic_spy_bench_and_tiny_vlm_commands(tmp_path: Path) -> None:
    from spy_bench.dataset import spy_bench_dataset

    result = CliRunner().invoke(
        main, ["spy-bench", "synthetic", "--out", str(tmp_path / "d"), "--items", "5"]
    )
    assert result.exit_code == 0, result.output
    assert f"-T data_dir={tmp_path / 'd'}" in result.output
    assert len(spy_bench_dataset(situations=[1], data_dir=tmp_path / "d")) == 5
    again = CliRunner().invoke(main, ["spy-bench", "synthetic", "--out", str(tmp_path / "d")])
    assert again.exit_code == 1 and "not an empty folder" in again.output

    result = CliRunner().invoke(main, ["tiny-vlm", "--out", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "m" / "config.json").is_file()
    assert f"hf-vlm/{(tmp_path / 'm').resolve()}" in result.output
