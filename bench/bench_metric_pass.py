"""Benchmark: one SPY-Bench metric pass over a full run's scores (what each live update costs).

Inspect recomputes a task's metrics for its live display (throttled to ~10% of the run) and
once at the end. This times :func:`spy_bench.metrics.spy_bench_metrics` (values, clustered
standard errors and 95% CIs, unparseable count, per-category view) on 32,740 synthetic scores
(6,548 items x 5 situations, seeded), against the values alone (records, ``compute_metrics``
and the per-category ICS, as before error bars were added). Minimum of 5 runs each.

    python bench/bench_metric_pass.py
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable

from inspect_ai.scorer import SampleScore, Score

import spy_bench.metrics as m
from spy_bench.dataset import ABSOLUTE_CATEGORIES, sample_id_of

SITUATIONS = [
    ("none", False),
    ("none", True),
    ("compatible", True),
    ("compatible", False),
    ("conflict", True),
]


def make_scores(items: int = 6548, seed: int = 0) -> list[SampleScore]:
    rng = random.Random(seed)
    labels = [f"a{i}_x" for i in range(30)] + sorted(ABSOLUTE_CATEGORIES)[:3]
    scores = []
    for i in range(items):
        label = rng.choice(labels)
        for k, (scenario, private) in enumerate(SITUATIONS, 1):
            verdicts = (
                ["respond", "reject", "respond", None] if i % 50 == 0 else ["respond", "reject"]
            )
            scores.append(
                SampleScore(
                    score=Score(value="C", metadata={"verdict": rng.choice(verdicts)}),
                    # as task version 1.4.0 logs a sample: benchmark id and scenario kind
                    # are derived from the sample id and situation
                    sample_id=sample_id_of(f"{i:08d}", k, None if scenario == "none" else "s1"),
                    sample_metadata={
                        "label": label,
                        "private": private,
                        "situation": k,
                        "scenario_id": None if scenario == "none" else "s1",
                    },
                )
            )
    return scores


def best_of(fn: Callable[[], object], n: int = 5) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def values_only(scores: list[SampleScore]) -> None:
    records = [m.score_record(s) for s in scores]
    m.compute_metrics(records)
    groups: dict[str, list] = defaultdict(list)
    for r in records:
        groups[r["label"]].append(r)
    {label: m.compute_metrics(recs)["ics"] for label, recs in groups.items()}


def main() -> None:
    scores = make_scores()
    metric = m.spy_bench_metrics([1, 2, 3, 4, 5])
    with_errors = best_of(lambda: metric(scores))
    plain = best_of(lambda: values_only(scores))
    print(f"{len(scores)} scores")
    print(f"spy_bench_metrics (values + SE + CI + categories): {with_errors * 1000:.0f} ms")
    print(f"values only (records + compute_metrics + categories): {plain * 1000:.0f} ms")


if __name__ == "__main__":
    main()
