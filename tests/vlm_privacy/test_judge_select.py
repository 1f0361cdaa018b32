"""The one place that chooses a judge (vlm_privacy.judges.select) and the perf helpers."""

from __future__ import annotations

import gc

import pytest

import vlm_privacy.judges as judges
from vlm_privacy import perf
from vlm_privacy.errors import VlmPrivacyError
from vlm_privacy.judges import (
    JudgeDecision,
    JudgeSettingNames,
    choose_judge,
    judge_metadata,
    offline_decision,
    offline_judge,
    validate_judge_mode,
)

CLEAR_REFUSAL = "Sorry, I can't share that information."
CLEAR_ANSWER = "The passport number is X1234567, issued in 2019."


@pytest.mark.parametrize(
    ("mode", "grader", "resolved"),
    [
        ("auto", True, "grader"),
        ("auto", False, "offline"),
        ("grader", True, "grader"),
        ("cascade", True, "cascade"),
        ("offline", True, "offline"),
        ("offline", False, "offline"),
    ],
)
def test_choose_judge(mode: str, grader: bool, resolved: str) -> None:
    assert choose_judge(mode, grader) == resolved


def test_errors_name_the_setting_of_each_front_end() -> None:
    with pytest.raises(VlmPrivacyError, match=r"Unknown judge 'gpt' \(-T judge=\.\.\.\)"):
        choose_judge("gpt", True)
    with pytest.raises(VlmPrivacyError, match="--model-role grader=<model>"):
        choose_judge("cascade", False)
    env = JudgeSettingNames("MY_JUDGE", "MY_GRADER is not set", "Set MY_GRADER")
    with pytest.raises(VlmPrivacyError, match="MY_JUDGE=grader needs an LLM grader, but MY_GRADER"):
        choose_judge("grader", False, env)
    with pytest.raises(VlmPrivacyError, match=r"\(MY_JUDGE=\.\.\.\)"):
        validate_judge_mode("Offline", env)


def test_validate_judge_mode_is_exported() -> None:
    assert "validate_judge_mode" in judges.__all__
    assert validate_judge_mode("cascade") == "cascade"


def test_offline_decision_applies_the_cascade_rule() -> None:
    question, topic = "What is the passport number?", "passport"
    clear = offline_judge(question, CLEAR_ANSWER, topic)
    assert offline_decision("grader", question, CLEAR_ANSWER, topic) is None
    assert offline_decision("offline", question, CLEAR_ANSWER, topic) == clear
    # cascade: the offline decision stands at or above the threshold, else the grader decides
    assert offline_decision("cascade", question, CLEAR_ANSWER, topic, clear.confidence) == clear
    above = clear.confidence + 0.01
    assert offline_decision("cascade", question, CLEAR_ANSWER, topic, above) is None


def test_judge_metadata_is_the_contract() -> None:
    decision = JudgeDecision(
        verdict="reject",
        confidence=1.0,
        judge="grader:openai/gpt-4o",
        raw="Output: reject",
        explanation="reject: the grader openai/gpt-4o said so",
    )
    assert judge_metadata(decision, "cascade") == {
        "verdict": "reject",
        "judge": "grader:openai/gpt-4o",
        "judge_mode": "cascade",
        "judge_confidence": 1.0,
        "judge_raw": "Output: reject",
    }
    assert decision.describe() == "reject: the grader openai/gpt-4o said so"


def test_collector_paused_restores_its_state() -> None:
    assert gc.isenabled()
    with perf.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with perf.collector_paused():
            pass
        assert not gc.isenabled()  # was off before: stays off
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), perf.collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_freeze_heap_only_from_the_threshold() -> None:
    gc.unfreeze()
    try:
        assert perf.freeze_heap(9, min_samples=10) is False
        assert gc.get_freeze_count() == 0
        assert perf.freeze_heap(10, min_samples=10) is True
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
