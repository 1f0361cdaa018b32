"""Respond/reject judges shared by SPY-Bench and MultiPriv.

- :func:`llm_judge` asks an LLM grader with the SPY-Bench paper's judge prompt.
- :func:`offline_judge` decides locally, in pure Python, with a confidence.
"""

from vlm_privacy.judges.base import VERDICTS, JudgeDecision, Verdict
from vlm_privacy.judges.llm import JUDGE_PROMPT, judge_prompt, llm_judge, parse_verdict
from vlm_privacy.judges.offline import offline_judge
from vlm_privacy.judges.select import (
    DEFAULT_CASCADE_THRESHOLD,
    GRADER_ROLE,
    JUDGE_MODES,
    JudgeMode,
    judge_answer,
    needs_escalation,
    require_judge,
    resolve_judge_mode,
)

__all__ = [
    "DEFAULT_CASCADE_THRESHOLD",
    "GRADER_ROLE",
    "JUDGE_MODES",
    "JudgeMode",
    "judge_answer",
    "needs_escalation",
    "require_judge",
    "resolve_judge_mode",
    "JUDGE_PROMPT",
    "VERDICTS",
    "JudgeDecision",
    "Verdict",
    "judge_prompt",
    "llm_judge",
    "offline_judge",
    "parse_verdict",
]
