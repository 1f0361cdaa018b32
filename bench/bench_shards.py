"""Benchmark: one ``spy_bench/full`` run as K=1 process versus K=2 shards side by side.

The model is free (Inspect's ``mockllm`` with scripted answers, token usage filled in so that
nothing is fetched) and the judge is the offline one, so the run is bound by the Python
process that drives it, the ceiling that sharding lifts. Each shard is a fresh interpreter
running ``eval(..., limit=(A, B))`` on its sample range (what ``inspect eval --limit A-B``
does); the K shards start together and the figure is samples / wall time from the first start
to the last finish. The shard logs are then reported together and must give the figures of
the K=1 run.

    python bench/bench_shards.py                    # 400 samples, K=1 then K=2
    python bench/bench_shards.py --samples 1000 --shards 4

On a shared machine, run it when the load is low and read the ratio, not the rates.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CACHE_DIR, machine  # noqa: E402

CHILD = r"""
import json, sys, time
args = json.loads(sys.argv[1])
from inspect_ai import eval
from spy_bench.tasks import full
from vlm_privacy.testing.scripted import scripted_model

def answer(messages):
    prompt = messages[-1].text
    return ("Sorry, I can't share that information."
            if "as private information" in prompt.split("\n\n")[0] else "It is 42.")

task = full(data_dir=args["data_dir"], judge="offline")
t0, c0 = time.perf_counter(), time.process_time()
(log,) = eval(task, model=scripted_model(answer), limit=tuple(args["limit"]), display="none",
              log_dir=args["log_dir"], log_images=False)
print(json.dumps({"status": log.status, "samples": len(log.samples or []),
                  "eval_s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0}))
"""


def fixture(n_items: int) -> Path:
    """A small synthetic SPY-Bench (official layout) in ``bench/.cache``."""
    from spy_bench.synthetic import write_synthetic_spy_bench

    root = CACHE_DIR / f"shards_{n_items}"
    if not (root / ".complete").exists():
        write_synthetic_spy_bench(root, n_items=n_items, n_images=max(2, n_items // 2), seed=0)
        (root / ".complete").write_text("ok\n")
    return root


def run_shards(k: int, n: int, data_dir: Path, log_dir: Path) -> dict:
    """Start K shard processes at once; wall time from first start to last finish."""
    base, extra = divmod(n, k)
    spans, start = [], 0
    for i in range(k):
        size = base + (1 if i < extra else 0)
        spans.append((start, start + size))
        start += size
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                json.dumps({"data_dir": str(data_dir), "limit": span, "log_dir": str(log_dir)}),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for span in spans
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate()
        if proc.returncode != 0:
            sys.exit(f"shard failed:\n{err[-4000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    wall = time.perf_counter() - t0
    samples = sum(r["samples"] for r in results)
    if samples != n or any(r["status"] != "success" for r in results):
        sys.exit(f"shards did not complete: {results}")
    return {
        "k": k,
        "samples": samples,
        "wall_s": wall,
        "rate": samples / wall,
        "eval_s": [round(r["eval_s"], 2) for r in results],
        "cpu_ms_per_sample": 1000 * sum(r["cpu_s"] for r in results) / samples,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=400, help="samples per run (400)")
    parser.add_argument("--shards", type=int, default=2, help="K of the sharded run (2)")
    args = parser.parse_args()

    data_dir = fixture(n_items=max(10, args.samples // 4))
    from spy_bench.dataset import spy_bench_dataset

    n = min(args.samples, len(spy_bench_dataset(data_dir)))
    print(machine())
    print(f"spy_bench/full, {n} samples, mockllm + offline judge, images not logged")
    from vlm_privacy.report.core import build_report

    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-shards-") as tmp:
        for k in (1, args.shards):
            log_dir = Path(tmp) / f"k{k}"
            res = run_shards(k, n, data_dir, log_dir)
            (row,) = build_report([log_dir]).tables["spy-main"].rows
            res["figures"] = {key: (c.value, c.n) for key, c in row.items() if hasattr(c, "n")}
            results[k] = res
            print(
                f"  K={k}: {res['samples']} samples in {res['wall_s']:.1f} s = "
                f"{res['rate']:.1f} samples/s (shards' eval times {res['eval_s']} s, "
                f"CPU {res['cpu_ms_per_sample']:.1f} ms/sample)",
                flush=True,
            )
    one, many = results[1], results[args.shards]
    same = one["figures"] == many["figures"]
    speedup = many["rate"] / one["rate"]
    cpus = os.cpu_count() or 1
    print(f"speed-up K={args.shards} / K=1: {speedup:.2f}x on {cpus} CPUs; report figures "
          f"{'identical' if same else 'DIFFER'}")  # fmt: skip
    print(
        f"per process: {one['rate']:.1f} samples/s; K shards on K free cores reach about "
        f"K x {one['rate']:.0f} samples/s until the model server is the bound"
    )
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
