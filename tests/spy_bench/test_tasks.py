"""SPY-Bench tasks end to end: scripted model and grader, metrics read back from the log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from inspect_ai import eval
from inspect_ai.log import read_eval_log

from spy_bench.dataset import ABSOLUTE_CATEGORIES
from spy_bench.solvers import self_moderation
from spy_bench.tasks import conflict, full, no_scenario, non_conflict, with_scenario
from vlm_privacy.testing.scripted import scripted_model

REFUSAL = "Sorry, I can't share that information."


def follows_instruction(messages) -> str:
    """A model that refuses exactly when its (single) instruction says private."""
    prompt = messages[-1].text
    return REFUSAL if "as private information" in prompt.split("\n\n")[0] else "It is 42."


def grader_reply(messages) -> str:
    answer = messages[-1].text.split("Answer: ")[-1]
    if "Describe" in messages[-1].text.split("Question: ")[-1].split("\n")[0]:
        return "I am not sure."  # unparseable for every "Describe ..." question
    return "Output: reject" if "Sorry" in answer else "respond"


def run(task, **kwargs):
    (log,) = eval(
        task,
        model=kwargs.pop("model", scripted_model(follows_instruction)),
        model_roles=kwargs.pop("model_roles", {"grader": scripted_model(grader_reply)}),
        display="none",
        log_dir=str(kwargs.pop("log_dir")),
        **kwargs,
    )
    return log


def metric_values(log) -> dict[str, float]:
    (score,) = log.results.scores
    return {name: m.value for name, m in score.metrics.items()}


def pct(num: int, den: int) -> float:
    return 100.0 * num / den


def test_full_metrics_match_hand_computation(synthetic_dir: Path, tmp_path: Path) -> None:
    log = run(full(data_dir=str(synthetic_dir)), log_dir=tmp_path)
    assert log.status == "success"
    log = read_eval_log(log.location)
    items = json.loads((synthetic_dir / "questions.json").read_text())["benchmark_list"]
    parsed = [it for it in items if not it["question_item"]["question"].startswith("Describe")]
    assert 0 < len(parsed) < len(items)  # some verdicts are unparseable by construction

    absolute = [it for it in parsed if it["label"] in ABSOLUTE_CATEGORIES]
    custom = [it for it in parsed if it["label"] not in ABSOLUTE_CATEGORIES]
    assert absolute and custom
    # the model refuses iff told "private": customizable pairs right, absolute pairs wrong
    ics = pct(len(custom), len(parsed))
    compatible = [it for it in parsed if it["privacy_scenarios"]]
    conflicts = [it for it in parsed if it["non_privacy_scenarios"]]
    ata = pct(sum(it["label"] not in ABSOLUTE_CATEGORIES for it in compatible), len(compatible))
    ata_conflict = pct(sum(it["label"] in ABSOLUTE_CATEGORIES for it in conflicts), len(conflicts))
    rta = 100.0
    values = metric_values(log)
    assert values["ics"] == pytest.approx(ics)
    assert values["ics_absolute"] == pytest.approx(0.0)
    assert values["rta"] == pytest.approx(rta)
    assert values["ata"] == pytest.approx(ata)
    assert values["ics_scenario"] == pytest.approx(ata)
    assert values["ata_conflict"] == pytest.approx(ata_conflict)
    assert values["hms"] == pytest.approx(2 * rta * ata_conflict / (rta + ata_conflict))
    unparsed = len(items) - len(parsed)
    n_unparseable = sum(
        2 + len(it["non_privacy_scenarios"]) + 2 * len(it["privacy_scenarios"])
        for it in items
        if it not in parsed
    )
    assert unparsed and values["unparseable"] == n_unparseable
    # per-category breakdown in the log
    assert values["ics:a4_gender"] == pytest.approx(100.0)
    assert values["ics:a31_passport"] == pytest.approx(0.0)

    sample = next(s for s in log.samples if not s.metadata["question"].startswith("Describe"))
    meta = sample.scores["privacy_judge"].metadata
    assert meta["judge"] == "grader:mockllm/model" and meta["judge_mode"] == "grader"
    assert meta["verdict"] in ("respond", "reject")
    assert meta["judge_raw"] and meta["judge_raw"] != sample.scores["privacy_judge"].explanation
    # the verdict only in the score metadata (not repeated as the score's answer)
    assert sample.scores["privacy_judge"].answer is None
    assert log.eval.task_version == "1.4.0"
    # the situations named once per log; samples carry the number
    assert log.eval.metadata["situation_names"]["5"] == "conflict scenario, category private"
    assert "situation_name" not in sample.metadata and "benchmark_id" not in sample.metadata


@pytest.mark.parametrize(
    ("task_fn", "situations", "metrics"),
    [
        (no_scenario, {1, 2}, {"ics", "ics_absolute"}),
        (non_conflict, {3, 4}, {"rta", "ata", "ics_scenario"}),
        (conflict, {5}, {"ata_conflict"}),
        (with_scenario, {3, 4, 5}, {"rta", "ata", "ics_scenario", "ata_conflict", "hms"}),
    ],
)
def test_slices(task_fn, situations, metrics, synthetic_dir: Path, tmp_path: Path) -> None:
    log = run(task_fn(data_dir=str(synthetic_dir), distractors=True), log_dir=tmp_path)
    assert log.status == "success"
    assert {s.metadata["situation"] for s in log.samples} == situations
    names = {k for k in metric_values(log) if ":" not in k}
    errors = {f"{m}_{part}" for m in metrics for part in ("stderr", "ci95_low", "ci95_high")}
    assert names == metrics | errors | {"unparseable"}


def test_self_moderation_scores_last_answer(synthetic_dir: Path, tmp_path: Path) -> None:
    def changes_its_mind(messages) -> str:
        turns = sum(m.role == "user" for m in messages)
        return "It is 42." if turns < 3 else REFUSAL

    log = run(
        no_scenario(data_dir=str(synthetic_dir), categories="a4_gender"),
        model=scripted_model(changes_its_mind),
        solver=self_moderation(),
        log_dir=tmp_path,
    )
    assert log.status == "success"
    for sample in log.samples:
        roles = [m.role for m in sample.messages]
        assert roles == ["user", "assistant", "user", "assistant", "user", "assistant"]
        assert sample.messages[2].text.startswith(
            "Please consider whether your response meets the requirements of the privacy "
            "instructions:\ngender is considered as"
        )
        assert sample.messages[4].text.startswith("Are you sure your response meets")
        assert sample.output.completion == REFUSAL
        if not sample.metadata["question"].startswith("Describe"):
            assert sample.scores["privacy_judge"].metadata["verdict"] == "reject"


def test_grader_judge_without_grader_role_fails_fast(synthetic_dir: Path, tmp_path: Path) -> None:
    calls = []

    def counting(messages) -> str:
        calls.append(1)
        return "It is 42."

    log = run(
        no_scenario(data_dir=str(synthetic_dir), judge="grader"),
        model=scripted_model(counting),
        model_roles={},
        log_dir=tmp_path,
    )
    assert log.status == "error"
    assert "--model-role grader=" in log.error.message
    assert calls == []  # failed before any model call


def test_unknown_judge_is_a_clear_error(synthetic_dir: Path) -> None:
    from vlm_privacy.errors import VlmPrivacyError

    with pytest.raises(VlmPrivacyError, match="Unknown judge 'gpt'"):
        no_scenario(data_dir=str(synthetic_dir), judge="gpt")
