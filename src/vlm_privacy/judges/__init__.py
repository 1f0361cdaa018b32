"""Respond/reject judges shared by SPY-Bench and MultiPriv.

- :func:`llm_judge` asks an LLM grader with the SPY-Bench paper's judge prompt.
- :func:`offline_judge` decides locally, in pure Python, with a confidence.
"""

from vlm_privacy.judges.base import VERDICTS, JudgeDecision, Verdict
from vlm_privacy.judges.llm import JUDGE_PROMPT, judge_prompt, llm_judge, parse_verdict
from vlm_privacy.judges.offline import offline_judge

__all__ = [
    "JUDGE_PROMPT",
    "VERDICTS",
    "JudgeDecision",
    "Verdict",
    "judge_prompt",
    "llm_judge",
    "offline_judge",
    "parse_verdict",
]
