"""``python -m spy_bench.lm_eval --path``: print the lm-eval include path (or the task names)."""

from __future__ import annotations

import argparse
import sys

from spy_bench.lm_eval import TAG, TASK_NAMES, include_path


def main(argv: list[str] | None = None) -> int:
    """Print the folder to pass to ``lm_eval --include_path``, or the task names."""
    parser = argparse.ArgumentParser(
        prog="python -m spy_bench.lm_eval",
        description="SPY-Bench tasks for lm-evaluation-harness. Use: lm_eval --include_path "
        '"$(python -m spy_bench.lm_eval --path)" --tasks spy_bench_full ...',
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--path", action="store_true", help="print the include path (default)")
    group.add_argument("--tasks", action="store_true", help="print the task names, one a line")
    args = parser.parse_args(argv)
    if args.tasks:
        print("\n".join((*TASK_NAMES, f"{TAG} (tag: spy_bench_full + spy_bench_full_distractors)")))
    else:
        print(include_path())
    return 0


if __name__ == "__main__":
    sys.exit(main())
