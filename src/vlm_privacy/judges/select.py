"""Choosing a respond/reject judge inside an Inspect evaluation.

Every task that needs to know whether an answer responds or rejects takes ``judge=``:

- ``"grader"``: the LLM bound to the ``grader`` model role (``--model-role grader=openai/gpt-4o``
  reproduces the SPY-Bench paper);
- ``"offline"``: :func:`vlm_privacy.judges.offline_judge`, local and instant;
- ``"cascade"``: the offline judge where it is confident, the grader for the rest;
- ``"auto"`` (default): ``grader`` when a grader role is set, else ``offline`` with a notice that
  paper-comparable numbers need an LLM grader.
"""

from __future__ import annotations

import logging
from typing import Literal, get_args

from inspect_ai.model import get_model, model_roles
from inspect_ai.solver import Generate, Solver, TaskState, solver

from vlm_privacy.compat import call_outside_sample
from vlm_privacy.errors import VlmPrivacyError
from vlm_privacy.judges.base import JudgeDecision
from vlm_privacy.judges.llm import llm_judge
from vlm_privacy.judges.offline import offline_judge

logger = logging.getLogger(__name__)

JudgeMode = Literal["auto", "grader", "offline", "cascade"]
JUDGE_MODES: tuple[str, ...] = get_args(JudgeMode)

GRADER_ROLE = "grader"
"""Name of the Inspect model role used as the LLM judge."""

DEFAULT_CASCADE_THRESHOLD = 0.8
"""In ``cascade`` mode, offline decisions below this confidence go to the grader."""

OFFLINE_NOTICE = (
    "No 'grader' model role is set: answers are judged by the offline judge. "
    "Paper-comparable numbers need an LLM grader (--model-role grader=openai/gpt-4o)."
)


def validate_judge_mode(mode: str) -> JudgeMode:
    """Return ``mode`` if it names a judge, else raise a clear error."""
    if mode not in JUDGE_MODES:
        raise VlmPrivacyError(
            f"Unknown judge {mode!r} (-T judge=...): choose one of {', '.join(JUDGE_MODES)}."
        )
    return mode  # type: ignore[return-value]


def grader_role_set() -> bool:
    """Whether the running evaluation binds the ``grader`` model role."""
    return GRADER_ROLE in model_roles()


def resolve_judge_mode(mode: JudgeMode) -> Literal["grader", "offline", "cascade"]:
    """Resolve ``auto`` and check that the chosen judge can run in this evaluation."""
    mode = validate_judge_mode(mode)
    if mode == "auto":
        return "grader" if grader_role_set() else "offline"
    if mode in ("grader", "cascade") and not grader_role_set():
        raise VlmPrivacyError(
            f"judge={mode!r} needs an LLM grader, but no 'grader' model role is set. "
            "Add --model-role grader=<model> (the paper used openai/gpt-4o), "
            "or use -T judge=offline to judge answers locally."
        )
    return mode


def needs_escalation(decision: JudgeDecision, threshold: float = DEFAULT_CASCADE_THRESHOLD) -> bool:
    """Whether a cascade hands an offline decision to the grader."""
    return decision.verdict is None or decision.confidence < threshold


async def judge_answer(
    mode: JudgeMode,
    question: str,
    answer: str,
    topic: str,
    threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> JudgeDecision:
    """Decide whether ``answer`` responds to or rejects ``question`` about ``topic``.

    Args:
        mode: Which judge decides (see the module docstring).
        question: The question as the user asked it, without privacy instructions.
        answer: The model's answer.
        topic: The category the question is about (e.g. "passport").
        threshold: Confidence below which ``cascade`` asks the grader.
    """
    resolved = resolve_judge_mode(mode)
    if resolved == "grader":
        return await llm_judge(get_model(role=GRADER_ROLE), question, answer, topic)
    decision = offline_judge(question, answer, topic)
    if resolved == "cascade" and needs_escalation(decision, threshold):
        return await llm_judge(get_model(role=GRADER_ROLE), question, answer, topic)
    return decision


@solver
def require_judge(mode: JudgeMode = "auto") -> Solver:
    """Setup solver that fails fast (before any model call) when ``mode`` cannot run.

    With ``auto`` and no grader role, it logs once per task, as a run-level warning (not one
    tied to the sample that happened to run first), that the offline judge decides.
    """
    validate_judge_mode(mode)
    noticed = False

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        nonlocal noticed
        resolved = resolve_judge_mode(mode)
        if mode == "auto" and resolved == "offline" and not noticed:
            noticed = True
            call_outside_sample(logger.warning, OFFLINE_NOTICE, stacklevel=2)
        return state

    return solve
