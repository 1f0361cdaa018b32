"""Benchmark: wall time and peak memory to build ``spy_bench/full`` with distractors.

Builds the task (load and validate the 6,700 items, check the 2,725 images, expand to the
32,700-odd samples) on the synthetic full-scale fixture, each repeat in a fresh interpreter.
Memory is the peak resident set size above the interpreter's baseline, the baseline being the
process after ``import inspect_ai, spy_bench.tasks`` (what any ``inspect eval`` has loaded
before it builds a task). Targets: <= 3 s and <= 300 MB.

    python bench/bench_dataset_build.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import full_fixture, machine, run_python  # noqa: E402

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
from _common import peak_rss_mb, rss_mb
import inspect_ai, spy_bench.tasks
from spy_bench.tasks import full
baseline = rss_mb()
t0, c0 = time.perf_counter(), time.process_time()
task = full(data_dir=sys.argv[1], distractors=True)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
print(json.dumps({"samples": len(task.dataset), "wall_s": wall, "cpu_s": cpu,
                  "baseline_mb": baseline, "peak_above_mb": peak_rss_mb() - baseline,
                  "held_above_mb": rss_mb() - baseline}))
"""

TARGET_S = 3.0
TARGET_MB = 300.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="fresh-process builds (default 3)")
    args = parser.parse_args()

    root = full_fixture()
    runs = []
    for i in range(args.repeat):
        proc = run_python(CHILD, str(root), str(Path(__file__).resolve().parent))
        if proc.returncode != 0:
            sys.exit(f"build failed:\n{proc.stderr[-3000:]}")
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        r = runs[-1]
        print(
            f"run {i + 1}: {r['samples']} samples, wall {r['wall_s']:.2f} s, "
            f"cpu {r['cpu_s']:.2f} s, peak +{r['peak_above_mb']:.0f} MB "
            f"(baseline {r['baseline_mb']:.0f} MB, held +{r['held_above_mb']:.0f} MB)"
        )
    wall = statistics.median(r["wall_s"] for r in runs)
    cpu = statistics.median(r["cpu_s"] for r in runs)
    peak = max(r["peak_above_mb"] for r in runs)
    print(f"\nmachine: {machine()}")
    print(f"samples: {runs[0]['samples']}")
    print(f"build wall time (median of {len(runs)}): {wall:.2f} s  [target <= {TARGET_S:.0f} s]")
    print(f"build CPU time (median): {cpu:.2f} s")
    print(f"peak RSS above baseline (max): {peak:.0f} MB  [target <= {TARGET_MB:.0f} MB]")
    print(
        "result:",
        "PASS" if wall <= TARGET_S and peak <= TARGET_MB else "OVER TARGET",
    )


if __name__ == "__main__":
    main()
