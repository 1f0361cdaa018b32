"""Report row identity (:mod:`vlm_privacy.report.rows`) on hand-made log records: the judge
from the score metadata of the judge contract (``judge_mode``, ``judge="grader:<model>"``)
and from older logs (task argument ``judge``, model roles, ``judge="grader"``)."""

from __future__ import annotations

from typing import Any

from inspect_ai.scorer import Score

from vlm_privacy.report.logs import LogRecord, ReportSample
from vlm_privacy.report.rows import escalated, judge_text, model_args_text, row_id


def record(
    metadata: list[dict[str, Any]],
    task_args: dict[str, Any] | None = None,
    roles: dict[str, str] | None = None,
    model_args: dict[str, Any] | None = None,
) -> LogRecord:
    log = LogRecord(
        location="/logs/a.eval", task="spy_bench/full", model="vllm/m", solver="generate",
        created="2026-01-01", mtime=0.0, status="success", task_args=task_args or {},
        metadata={}, scorers=["privacy_judge"], planned_ids=None, planned=len(metadata),
        model_args=model_args or {}, model_roles=roles or {},
    )  # fmt: skip
    log._samples = [
        ReportSample(str(i), 1, {}, {"privacy_judge": Score(value="C", metadata=md)})
        for i, md in enumerate(metadata)
    ]
    return log


def score_of(sample: ReportSample) -> Score | None:
    return sample.scores.get("privacy_judge")


def judge(log: LogRecord) -> str:
    return row_id(log, score_of).judge


def test_judge_from_the_contract_keys() -> None:
    new = [{"judge_mode": "cascade", "judge": "offline", "judge_confidence": 0.9},
           {"judge_mode": "cascade", "judge": "grader:openai/gpt-4o"}]  # fmt: skip
    log = record(new, task_args={"judge": "auto"})  # no roles recorded: the sample names it
    assert judge(log) == "cascade:openai/gpt-4o"
    assert escalated(log.samples(), score_of) == (1, 2)
    assert judge_text("cascade:openai/gpt-4o", 1, 2) == (
        "cascade:openai/gpt-4o (50% escalated, 1 of 2)"
    )
    assert judge(record([{"judge_mode": "offline", "judge": "offline"}])) == "offline"
    graded = record([{"judge_mode": "grader", "judge": "grader:openai/gpt-4o"}])
    assert judge(graded) == "grader:openai/gpt-4o"


def test_judge_of_older_logs() -> None:
    old = [{"judge": "grader", "confidence": 1.0}]
    roles = {"grader": "openai/gpt-4o"}
    assert judge(record(old, task_args={"judge": "auto"}, roles=roles)) == "grader:openai/gpt-4o"
    assert judge(record([{"judge": "offline", "confidence": 0.9}])) == "offline"
    assert judge(record(old, task_args={"judge": "cascade"}, roles=roles)) == (
        "cascade:openai/gpt-4o"
    )
    assert judge(record([], task_args={"judge": "auto"})) == "offline"  # nothing scored


def test_distinguishing_model_args() -> None:
    log = record([], model_args={"device": "cuda:0", "adapter": "/a", "max_pixels": 2007040,
                                 "batch_size": 8, "custom_outputs": None})  # fmt: skip
    assert model_args_text(log) == "adapter=/a, max_pixels=2007040"
    assert (
        row_id(log, score_of).row
        == row_id(record([], model_args={"adapter": "/a", "max_pixels": 2007040}), score_of).row
    )
