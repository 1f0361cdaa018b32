"""Types shared by every respond/reject judge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Verdict = Literal["respond", "reject"]
"""Whether an answer responds to the question or rejects (evades) it."""

VERDICTS: tuple[Verdict, ...] = ("respond", "reject")


@dataclass(frozen=True)
class JudgeDecision:
    """One judge's decision on one answer.

    Attributes:
        verdict: ``"respond"`` or ``"reject"``; ``None`` when the judge's output could not
            be parsed (such answers are counted and excluded from metrics).
        confidence: How sure the judge is, from 0 to 1 (1 for an LLM grader's parsed verdict).
        judge: Which judge decided: ``"offline"``, or ``"grader:<model>"`` with the grader's
            Inspect model name (e.g. ``"grader:openai/gpt-4o"``).
        raw: The judge's raw output (the grader's text; for the offline judge a short trace:
            its probability of respond and the rules' reason).
        signals: Optional names of the cues that decided (offline judge only).
        explanation: One short sentence a person understands, e.g. "respond: specific
            content, no refusal". Scorers show it as the score's explanation; a grader's
            ``raw`` goes to the score metadata (``judge_raw``).
    """

    verdict: Verdict | None
    confidence: float
    judge: str
    raw: str = ""
    signals: tuple[str, ...] = field(default_factory=tuple)
    explanation: str = ""

    def describe(self) -> str:
        """The explanation sentence, or the raw output when the judge gave none."""
        return self.explanation or self.raw
