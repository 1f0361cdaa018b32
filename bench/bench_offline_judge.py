"""Benchmark the offline respond/reject judge on the shipped labeled set (run by hand).

Prints throughput (answers per second) over the labeled set repeated, the share of the set that
``cascade`` would send to the LLM grader, and accuracy, overall and per language/kind.

    python bench/bench_offline_judge.py [--repeat 50] [--rounds 5] [--threshold 0.8]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections import defaultdict
from pathlib import Path

from vlm_privacy.judges import DEFAULT_CASCADE_THRESHOLD, needs_escalation, offline_judge

DATA = (
    Path(__file__).resolve().parents[1] / "tests" / "vlm_privacy" / "data" / "judge_labeled.jsonl"
)


def load(path: Path) -> list[dict]:
    """Labeled rows from a JSONL file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def throughput(rows: list[dict], repeat: int, rounds: int) -> tuple[list[float], list[float]]:
    """Answers per second of each round, judging ``rows`` ``repeat`` times per round.

    Returns wall-clock rates and CPU-time rates (the latter are steadier on a busy machine).
    """
    items = [(r["question"], r["answer"], r["topic"]) for r in rows] * repeat
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        for question, answer, topic in items:
            offline_judge(question, answer, topic)
        wall.append(len(items) / (time.perf_counter() - start))
        cpu.append(len(items) / max(time.process_time() - start_cpu, 1e-9))
    return wall, cpu


def quality(rows: list[dict], threshold: float) -> None:
    """Print accuracy and cascade escalation, overall and per group."""
    groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for row in rows:
        decision = offline_judge(row["question"], row["answer"], row["topic"])
        outcome = (decision.verdict == row["label"], needs_escalation(decision, threshold))
        for key in ("all", f"lang={row['lang']}", f"hard={row['hard']}", f"kind={row['kind']}"):
            groups[key].append(outcome)
    print(f"{'group':34s} {'n':>4s} {'accuracy':>9s} {'escalated':>10s}")
    for key, outcomes in sorted(groups.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        n = len(outcomes)
        accuracy = sum(right for right, _ in outcomes) / n
        escalated = sum(esc for _, esc in outcomes) / n
        print(f"{key:34s} {n:4d} {accuracy:9.1%} {escalated:10.1%}")
    kept = [right for right, esc in groups["all"] if not esc]
    print(f"accuracy of the decisions cascade keeps offline: {sum(kept) / len(kept):.1%}")


def main() -> None:
    """Parse arguments and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--repeat", type=int, default=50, help="copies of the set per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=DEFAULT_CASCADE_THRESHOLD)
    args = parser.parse_args()
    rows = load(args.data)
    print(f"{len(rows)} labeled answers, Python {platform.python_version()}, {platform.machine()}")
    wall, cpu = throughput(rows, args.repeat, args.rounds)
    print(f"{args.rounds} rounds of {len(rows) * args.repeat:,} answers, one process:")
    for name, rates in (("wall clock", wall), ("CPU time", cpu)):
        print(
            f"  throughput ({name}): best {max(rates):,.0f} answers/s, "
            f"median {statistics.median(rates):,.0f}"
        )
    print(f"cascade threshold {args.threshold}")
    quality(rows, args.threshold)


if __name__ == "__main__":
    main()
