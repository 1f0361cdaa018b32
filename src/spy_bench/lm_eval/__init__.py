"""SPY-Bench as lm-evaluation-harness tasks (``lm_eval --include_path``).

This folder holds lm-eval YAML task configs whose documents, prompts and metrics come from
SPY-Bench's own code: :func:`spy_bench.dataset.spy_bench_dataset` builds the documents (the
same samples as the Inspect tasks), the offline judge or an LLM grader decides respond/reject,
and :func:`spy_bench.metrics.compute_metrics` aggregates over all documents (paired ICS needs
them all). See ``docs/lm-eval.md``; the task code is in :mod:`spy_bench.lm_eval.utils`.

lm_eval --model hf-multimodal \\
    --model_args pretrained=Qwen/Qwen2-VL-2B-Instruct \\
    --include_path "$(python -m spy_bench.lm_eval --path)" \\
    --tasks spy_bench_full --apply_chat_template --batch_size 4

Importing this package does not import ``lm_eval``.
"""

from __future__ import annotations

from pathlib import Path

TASK_DIR = Path(__file__).resolve().parent
"""The folder to pass to ``lm_eval --include_path`` (or ``TaskManager(include_path=...)``)."""

SLICES: dict[str, tuple[int, ...]] = {
    "spy_bench_no_scenario": (1, 2),
    "spy_bench_non_conflict": (3, 4),
    "spy_bench_conflict": (5,),
    "spy_bench_with_scenario": (3, 4, 5),
    "spy_bench_full": (1, 2, 3, 4, 5),
}
"""Task name (without distractors) -> the situations it evaluates, as the Inspect tasks."""

TASK_NAMES: tuple[str, ...] = tuple(
    name + suffix for name in SLICES for suffix in ("", "_distractors")
)
"""All lm-eval task names: each slice without and with every stored distractor instruction."""

TAG = "spy_bench"
"""lm-eval tag naming ``spy_bench_full`` and ``spy_bench_full_distractors`` (Table 4)."""


def include_path() -> str:
    """The folder holding the SPY-Bench lm-eval task configs."""
    return str(TASK_DIR)


__all__ = ["SLICES", "TAG", "TASK_DIR", "TASK_NAMES", "include_path"]
