"""SPY-Bench after a grader 401: the run fails, or (--no-fail-on-error) says so loudly."""

from __future__ import annotations

import math
from pathlib import Path

from inspect_ai import eval
from inspect_ai.model import get_model

from spy_bench.tasks import conflict
from vlm_privacy.judges.watch import JUDGE_FAILURE_LIMIT
from vlm_privacy.testing.scripted import scripted_model


def unauthorized(*args: object) -> None:
    raise PermissionError("Error code: 401 - invalid api key")


def run(data_dir: Path, log_dir: Path, **kwargs):
    task = conflict(data_dir=str(data_dir), judge="grader")
    assert len(task.dataset) > JUDGE_FAILURE_LIMIT
    grader = get_model("mockllm/model", custom_outputs=unauthorized, memoize=False)
    (log,) = eval(
        task,
        model=scripted_model(lambda messages: "It is 42."),
        model_roles={"grader": grader},
        display="none",
        log_dir=str(log_dir),
        max_connections=1,
        **kwargs,
    )
    return log


def test_grader_401_fails_the_run(synthetic_dir: Path, tmp_path: Path) -> None:
    log = run(synthetic_dir, tmp_path)
    assert log.status == "error"
    assert "SPY-Bench: the grader's first" in log.error.message


def test_grader_401_without_fail_on_error_warns(synthetic_dir: Path, tmp_path: Path) -> None:
    log = run(synthetic_dir, tmp_path, fail_on_error=False)
    assert log.status == "success"
    metrics = {k: v.value for k, v in log.results.scores[0].metrics.items()}
    assert math.isnan(metrics["ata_conflict"])
    assert metrics["unparseable"] == JUDGE_FAILURE_LIMIT - 1
    warnings = [
        e.message.message
        for s in log.samples
        for e in s.events
        if e.event == "logger" and e.message.level == "warning"
    ]
    assert any("the grader is failing" in w for w in warnings)
