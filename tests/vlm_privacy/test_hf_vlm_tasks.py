"""The benchmarks' registered tasks through the real Inspect CLI and a real (tiny) VLM.

This is the newcomer's path: `inspect eval <task> --model hf-vlm/<local model>` with the offline
judge, no API key and no GPU. The tiny model's answers are gibberish; what is checked is that
images, chat templates, generation, judges and metrics work on a real forward pass and that the
log reads back with scores.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from inspect_ai.log import list_eval_logs, read_eval_log

from spy_bench.synthetic import write_synthetic_spy_bench

INSPECT = str(Path(sys.executable).parent / "inspect")


def run_cli(args: list[str], log_dir: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "NO_COLOR": "1",
        "VLM_PRIVACY_CACHE": str(log_dir.parent / "cache"),
    }
    return subprocess.run(
        [INSPECT, "eval", *args, "--log-dir", str(log_dir), "--display", "plain"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def read_single_log(log_dir: Path):
    (info,) = list_eval_logs(str(log_dir))
    return read_eval_log(info)


@pytest.mark.slow
def test_spy_bench_no_scenario_cli(tiny_vlm_path: Path, tmp_path: Path) -> None:
    data = write_synthetic_spy_bench(tmp_path / "spy", n_items=4)
    result = run_cli(
        [
            "spy_bench/no_scenario",
            "--model", f"hf-vlm/{tiny_vlm_path}",
            "-M", "device=cpu",
            "-T", f"data_dir={data}",
            "-T", "distractors=true",
            "--limit", "4",
            "--max-tokens", "8",
        ],
        tmp_path / "logs",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    log = read_single_log(tmp_path / "logs")
    assert log.status == "success"
    assert log.eval.task == "spy_bench/no_scenario"
    assert len(log.samples) == 4
    for sample in log.samples:
        meta = sample.scores["privacy_judge"].metadata
        assert meta["judge"] == "offline"
        assert meta["verdict"] in ("respond", "reject")
    names = set(log.results.scores[0].metrics)
    assert {"ics", "ics_absolute", "unparseable"} <= names


@pytest.mark.slow
def test_multipriv_task_cli(tiny_vlm_path: Path, tmp_path: Path) -> None:
    result = run_cli(
        [
            "multipriv/direct_identifier",
            "--model", f"hf-vlm/{tiny_vlm_path}",
            "-M", "device=cpu",
            "-T", "language=en",
            "-T", "judge=offline",
            "-T", "profiles=4",
            "--limit", "3",
            "--max-tokens", "8",
        ],
        tmp_path / "logs",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    log = read_single_log(tmp_path / "logs")
    assert log.status == "success"
    assert log.eval.task == "multipriv/direct_identifier"
    assert len(log.samples) == 3
    assert all(sample.scores for sample in log.samples)
    assert log.results.scores[0].metrics
