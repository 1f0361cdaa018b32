"""Benchmark the offline respond/reject judge's throughput (run by hand).

Judges the answers of the labeled sets in ``data/judge-eval/`` (development, held-out and the
legacy set, long and short answers mixed), repeated, in one process, and prints answers per
second. Accuracy is not measured here: ``vlm-privacy judge-agreement --labeled PATH`` prints it
(see ``data/judge-eval/README.md``). Target: 5,000 answers/s or more.

    python bench/bench_offline_judge.py [--repeat 20] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from vlm_privacy.judges import offline_judge

DATA = Path(__file__).resolve().parents[1] / "data" / "judge-eval"


def load(folder: Path) -> list[dict]:
    """Labeled rows of every ``*.jsonl`` file under ``folder``."""
    rows = []
    for path in sorted(folder.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def throughput(rows: list[dict], repeat: int, rounds: int) -> tuple[list[float], list[float]]:
    """Answers per second of each round, judging ``rows`` ``repeat`` times per round.

    Returns wall-clock rates and CPU-time rates (the latter are steadier on a busy machine).
    """
    items = [(r["question"], r["answer"], r.get("topic")) for r in rows] * repeat
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        for question, answer, topic in items:
            offline_judge(question, answer, topic)
        wall.append(len(items) / (time.perf_counter() - start))
        cpu.append(len(items) / max(time.process_time() - start_cpu, 1e-9))
    return wall, cpu


def main() -> None:
    """Parse arguments and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of labeled .jsonl sets")
    parser.add_argument("--repeat", type=int, default=20, help="copies of the sets per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rows = load(args.data)
    mean_chars = statistics.fmean(len(r["answer"]) for r in rows)
    print(
        f"{len(rows)} answers (mean {mean_chars:.0f} characters), "
        f"Python {platform.python_version()}, {platform.machine()}"
    )
    wall, cpu = throughput(rows, args.repeat, args.rounds)
    print(f"{args.rounds} rounds of {len(rows) * args.repeat:,} answers, one process:")
    for name, rates in (("wall clock", wall), ("CPU time", cpu)):
        print(
            f"  throughput ({name}): best {max(rates):,.0f} answers/s, "
            f"median {statistics.median(rates):,.0f}"
        )


if __name__ == "__main__":
    main()
