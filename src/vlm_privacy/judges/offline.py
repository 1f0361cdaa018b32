"""Offline respond/reject judge (work in progress: see issue 3)."""

from __future__ import annotations

from vlm_privacy.judges.base import JudgeDecision


def offline_judge(question: str, answer: str, topic: str | None = None) -> JudgeDecision:
    """Classify ``answer`` as respond or reject without a model."""
    raise NotImplementedError("the offline judge is not written yet")
