"""The public API listed in README.md ("Public API"): every name there still exists.

Users and other tools import these; a move or rename that breaks one fails here.
"""

from __future__ import annotations

import importlib

import pytest
from click.testing import CliRunner

from vlm_privacy.compat import registry_info

PUBLIC_NAMES = (
    "spy_bench.tasks:no_scenario",
    "spy_bench.tasks:non_conflict",
    "spy_bench.tasks:conflict",
    "spy_bench.tasks:with_scenario",
    "spy_bench.tasks:full",
    "spy_bench.metrics:compute_metrics",
    "spy_bench.synthetic:write_synthetic_spy_bench",
    "vlm_privacy.judges:offline_judge",
    "multipriv.metrics:perception_overall",
    "multipriv.metrics:reasoning_overall",
)
SPY_TASKS = ("no_scenario", "non_conflict", "conflict", "with_scenario", "full")
MULTIPRIV_TASKS = (
    "direct_identifier",
    "indirect_identifier",
    "information_extraction",
    "region_localization",
    "cross_validation",
    "single_step_reasoning",
    "reidentification",
    "chained_reasoning",
    "cross_modal_association",
    "perception",
    "reasoning",
)
COMMANDS = (
    "download",
    "judge-agreement",
    "multipriv",
    "report",
    "shards",
    "spy-bench",
    "tasks",
    "tiny-vlm",
    "tune",
)
DOWNLOAD_SOURCES = ("spy-bench", "multipriv-pii")


@pytest.mark.parametrize("spec", PUBLIC_NAMES)
def test_public_name_imports(spec: str) -> None:
    module, _, name = spec.partition(":")
    assert callable(getattr(importlib.import_module(module), name))


@pytest.mark.parametrize(
    ("module", "name", "registered"),
    [("spy_bench.tasks", t, f"spy_bench/{t}") for t in SPY_TASKS]
    + [("multipriv.tasks", t, f"multipriv/{t}") for t in MULTIPRIV_TASKS],
)
def test_task_names(module: str, name: str, registered: str) -> None:
    task = getattr(importlib.import_module(module), name)
    assert registry_info(task).name == registered


def test_vlm_privacy_commands() -> None:
    from vlm_privacy.cli import main

    runner = CliRunner()
    for command in COMMANDS:
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0, (command, result.output)
    result = runner.invoke(main, ["download", "--help"])
    for source in DOWNLOAD_SOURCES:
        assert source in result.output
        assert runner.invoke(main, ["download", source, "--help"]).exit_code == 0
