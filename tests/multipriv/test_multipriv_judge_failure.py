"""A failing grader (401, garbage) never reads as "refusal_rate 0" (issue 15, item 3)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from inspect_ai import eval
from inspect_ai.log import EvalLog
from inspect_ai.model import ChatMessage, ModelOutput, get_model
from multipriv_testlib import PROFILES, REFUSALS, output, scripted_model

from multipriv import tasks as mp
from vlm_privacy.judges.watch import JUDGE_FAILURE_LIMIT


def unauthorized(messages: list[ChatMessage], *args: object) -> ModelOutput:
    raise PermissionError("Error code: 401 - invalid api key")


def garbage(messages: list[ChatMessage], *args: object) -> ModelOutput:
    return output("<html>502 Bad Gateway</html>")


def half_garbage():
    calls = {"n": 0}

    def reply(messages: list[ChatMessage], *args: object) -> ModelOutput:
        calls["n"] += 1
        prompt = messages[-1].text.rsplit("Answer:", 1)[-1]
        if any(r in prompt for r in REFUSALS.values()):
            return output("reject")
        return output("respond" if calls["n"] % 2 else "no idea")

    return reply


def run(tmp_path: Path, grader_outputs, **kwargs) -> EvalLog:
    task = mp.reasoning(language="en", profiles=PROFILES, judge="grader")
    assert len(task.dataset) > JUDGE_FAILURE_LIMIT
    model = scripted_model(lambda m: REFUSALS["en"] if len(m[-1].text) % 3 == 0 else "yes")
    grader = get_model("mockllm/model", custom_outputs=grader_outputs, memoize=False)
    (log,) = eval(
        task,
        model=model,
        model_roles={"grader": grader},
        display="none",
        log_dir=str(tmp_path),
        max_connections=1,
        **kwargs,
    )
    return log


@pytest.mark.parametrize("grader", [unauthorized, garbage], ids=["401", "garbage"])
def test_failing_grader_fails_the_task(grader, synthetic_en: Path, tmp_path: Path) -> None:
    log = run(tmp_path, grader)
    assert log.status == "error"
    assert "the grader is failing" in log.error.message
    assert "-T judge=offline" in log.error.message


@pytest.mark.parametrize("grader", [unauthorized, garbage], ids=["401", "garbage"])
def test_failing_grader_without_fail_on_error_is_loud(
    grader, synthetic_en: Path, tmp_path: Path
) -> None:
    log = run(tmp_path, grader, fail_on_error=False)
    assert log.status == "success"
    metrics = {k: v.value for k, v in log.results.scores[0].metrics.items()}
    scored = int(metrics["samples"])
    assert scored == JUDGE_FAILURE_LIMIT - 1  # the rest are sample errors
    assert metrics["unparseable"] == scored
    assert math.isnan(metrics["refusal_rate"])  # not 0.000
    assert math.isnan(metrics["answered_accuracy"])
    errors = [s for s in log.samples if s.error is not None]
    assert len(errors) == len(log.samples) - scored
    assert all("the grader is failing" in s.error.message for s in errors)
    warnings = [
        e.message.message
        for s in log.samples
        for e in s.events
        if e.event == "logger" and e.message.level == "warning"
    ]
    assert any("the grader is failing" in w for w in warnings)


def test_unjudged_answers_are_left_out_of_refusal_figures(
    synthetic_en: Path, tmp_path: Path
) -> None:
    log = run(tmp_path, half_garbage())
    assert log.status == "success"
    metrics = {k: v.value for k, v in log.results.scores[0].metrics.items()}
    rows = [s.scores["multipriv_scorer"] for s in log.samples]
    judged = [r for r in rows if r.metadata["verdict"] is not None]
    assert 0 < len(judged) < len(rows)
    assert metrics["unparseable"] == len(rows) - len(judged)
    refused = sum(r.metadata["verdict"] == "reject" for r in judged)
    assert refused > 0
    assert metrics["refusal_rate"] == pytest.approx(refused / len(judged))
    answered = [r for r in judged if r.metadata["verdict"] == "respond"]
    assert metrics["answered_accuracy"] == pytest.approx(
        sum(r.value["correct"] for r in answered) / len(answered)
    )
    assert metrics["accuracy"] == pytest.approx(sum(r.value["correct"] for r in rows) / len(rows))
