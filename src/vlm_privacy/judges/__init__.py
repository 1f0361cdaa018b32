"""Respond/reject judges shared by SPY-Bench and MultiPriv.

- :func:`llm_judge` asks an LLM grader with the SPY-Bench paper's judge prompt.
- :func:`offline_judge` decides locally, in pure Python, with a confidence.
- :func:`choose_judge` / :func:`judge_answer` pick and run the judge of an evaluation, and
  :func:`judge_metadata` is the score metadata every scorer writes about it.
"""

from vlm_privacy.judges.base import VERDICTS, JudgeDecision, Verdict
from vlm_privacy.judges.llm import (
    GRADER_PREFIX,
    JUDGE_PROMPT,
    grader_name,
    judge_prompt,
    llm_judge,
    parse_verdict,
)
from vlm_privacy.judges.offline import offline_judge
from vlm_privacy.judges.select import (
    DEFAULT_CASCADE_THRESHOLD,
    GRADER_ROLE,
    INSPECT_SETTINGS,
    JUDGE_MODES,
    JudgeMode,
    JudgeSettingNames,
    ResolvedJudge,
    choose_judge,
    judge_answer,
    judge_metadata,
    needs_escalation,
    offline_decision,
    require_judge,
    resolve_judge_mode,
    validate_judge_mode,
)

__all__ = [
    "DEFAULT_CASCADE_THRESHOLD",
    "GRADER_ROLE",
    "GRADER_PREFIX",
    "INSPECT_SETTINGS",
    "JUDGE_MODES",
    "JudgeMode",
    "JudgeSettingNames",
    "ResolvedJudge",
    "choose_judge",
    "grader_name",
    "judge_answer",
    "judge_metadata",
    "needs_escalation",
    "offline_decision",
    "require_judge",
    "resolve_judge_mode",
    "validate_judge_mode",
    "JUDGE_PROMPT",
    "VERDICTS",
    "JudgeDecision",
    "Verdict",
    "judge_prompt",
    "llm_judge",
    "offline_judge",
    "parse_verdict",
]
