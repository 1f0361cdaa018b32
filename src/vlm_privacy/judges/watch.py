"""Stop a run whose grader never works, instead of publishing its "refusal rate 0".

A grader that answers 401, times out on every call, or replies with text that names no
verdict gives unparseable verdicts (``verdict=None``). One such verdict is counted and left out
of the metrics; a grader that has never produced a parseable verdict is broken, and every
figure of the run would be NaN (SPY-Bench) or silently miss its refusals (MultiPriv).
:class:`JudgeWatch` turns that case into sample errors, which Inspect's ``--fail-on-error``
governs: by default the run stops at once; ``--fail-on-error 0.1`` stops it once a tenth of
the samples have failed; ``--no-fail-on-error`` lets it finish with the errors logged.
"""

from __future__ import annotations

import logging

from vlm_privacy.errors import VlmPrivacyError
from vlm_privacy.judges.base import JudgeDecision

logger = logging.getLogger(__name__)

JUDGE_FAILURE_LIMIT = 10
"""Unparseable grader verdicts, with no parseable verdict before them, that mark the grader
broken (a few unparseable verdicts at the start of a healthy run are left alone)."""


class JudgeFailedError(VlmPrivacyError):
    """The grader has not produced one parseable verdict in this run."""


class JudgeWatch:
    """Counts a scorer's verdicts; raises :class:`JudgeFailedError` while the grader is broken.

    One watch per scorer instance (per task run). Once any verdict parses, the watch never
    raises again: later unparseable verdicts are counted by the metrics as usual.
    """

    def __init__(self, benchmark: str, limit: int = JUDGE_FAILURE_LIMIT) -> None:
        self.benchmark = benchmark
        self.limit = limit
        self.parsed = 0
        self.failed = 0

    def check(self, decision: JudgeDecision) -> None:
        """Record ``decision``; raise when it adds to a grader that has never parsed."""
        if decision.verdict is not None:
            self.parsed += 1
            return
        if not str(decision.judge).startswith("grader"):
            return
        self.failed += 1
        if self.parsed == 0 and self.failed >= self.limit:
            message = (
                f"{self.benchmark}: the grader's first {self.failed} verdicts could not be "
                "parsed and none could: the grader is failing (an API error such as 401, or "
                "output that names neither 'respond' nor 'reject'; see judge_raw in the "
                "scores). Fix --model-role grader=... (model name, API key) or use "
                "-T judge=offline. This sample is marked as an error so that --fail-on-error "
                "stops the run."
            )
            if self.failed == self.limit:
                logger.warning(message)
            raise JudgeFailedError(message)
