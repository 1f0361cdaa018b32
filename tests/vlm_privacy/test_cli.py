"""The vlm-privacy command line: every command is reachable, tasks are listed by their names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from vlm_privacy.cli import main

PUBLIC_COMMANDS = {"download", "judge-agreement", "multipriv", "report", "tasks", "tune"}
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
