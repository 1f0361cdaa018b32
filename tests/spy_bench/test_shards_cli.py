"""The sharding recipe of ``docs/local-models.md``, run as a user runs it.

``vlm-privacy shards spy_bench/full -k 2 -- ...`` prints two ``inspect eval --limit A-B``
commands; they run through the real ``inspect eval`` CLI on the tiny local VLM; one shard
fails part-way and is resumed with ``inspect eval-retry``; ``vlm-privacy report`` over the
shared log directory then gives exactly the figures of the unsplit run.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from inspect_ai.log import list_eval_logs, read_eval_log, write_eval_log

from spy_bench.synthetic import write_synthetic_spy_bench
from vlm_privacy.cli import main
from vlm_privacy.report.core import build_report
from vlm_privacy.shards import shard_ranges

BIN = Path(sys.executable).parent
KEYS = ("ics", "rta", "ata", "ics_scenario", "ata_conflict", "hms")


def run(line: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """One printed command line, run as a shell would split it (``inspect`` from this venv)."""
    argv = shlex.split(line)
    assert argv[0] == "inspect"
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "NO_COLOR": "1",
        "VLM_PRIVACY_CACHE": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [str(BIN / "inspect"), *argv[1:], "--display", "plain"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def figures(log_dir: Path) -> dict[str, tuple[float | None, int, int | None]]:
    (row,) = build_report([log_dir]).tables["spy-main"].rows
    out = {key: (row[f"wo_{key}"].value, row[f"wo_{key}"].n, row[f"wo_{key}"].unparseable)
           for key in KEYS}  # fmt: skip
    out["missing"] = row["wo_missing"]
    return out


def test_shard_ranges() -> None:
    assert shard_ranges(10, 3) == [(1, 4), (5, 7), (8, 10)]
    assert shard_ranges(5, 5) == [(i, i) for i in range(1, 6)]
    with pytest.raises(Exception, match="--shards"):
        shard_ranges(2, 3)


@pytest.mark.slow
def test_documented_shard_commands(tiny_vlm_path: Path, tmp_path: Path) -> None:
    data = write_synthetic_spy_bench(tmp_path / "spy", n_items=4, n_images=4, seed=2)
    args = ["--model", f"hf-vlm/{tiny_vlm_path}", "-M", "device=cpu", "-T", f"data_dir={data}",
            "--max-tokens", "8"]  # fmt: skip
    shards_dir, whole_dir = tmp_path / "shared-logs", tmp_path / "unsplit"
    result = CliRunner().invoke(
        main, ["shards", "spy_bench/full", "-k", "2", "--", *args, "--log-dir", str(shards_dir)]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and all(" --limit " in line for line in lines)
    for line in lines:
        run(line, tmp_path)
    run(shlex.join(["inspect", "eval", "spy_bench/full", *args, "--log-dir", str(whole_dir)]),
        tmp_path)  # fmt: skip
    whole = figures(whole_dir)
    assert whole["ics"][1] > 0
    assert figures(shards_dir) == whole

    # shard 1 failed part-way: the report says what is missing; eval-retry finishes it
    logs = sorted(
        (read_eval_log(i) for i in list_eval_logs(str(shards_dir))),
        key=lambda log: log.eval.config.limit[0],
    )
    failed = logs[0]
    assert failed.samples and len(failed.samples) > 2
    failed.samples = failed.samples[:2]
    failed.status = "error"
    failed.results = None
    write_eval_log(failed, failed.location)
    notes = "\n".join(build_report([shards_dir]).notes)
    assert f"{Path(failed.location).name} is incomplete (status error)" in notes
    assert figures(shards_dir) != whole
    run(shlex.join(["inspect", "eval-retry", failed.location, "--log-dir", str(shards_dir)]),
        tmp_path)  # fmt: skip
    assert figures(shards_dir) == whole
