"""Benchmark: harness overhead of ``spy_bench/full`` against a bare Inspect task.

Both runs use Inspect's ``mockllm/model`` with scripted answers (token usage filled in, so
nothing is fetched), ``display="none"`` and a fresh log directory, each in a fresh
interpreter, one after the other:

- **floor**: a bare task with the same number of text-only samples, ``generate()`` and the
  trivial ``match()`` scorer;
- **spy_bench/full**: the real task on the synthetic full-scale fixture (image per sample,
  judge-selection setup, image check, offline judge, the paper's metrics).

Throughput is samples / wall time of ``eval()`` (task construction is timed separately). The
ratio floor_rate / spy_rate is how much slower our task is than Inspect itself; target <= 1.5.
Both are CPU-bound, so on a shared machine single runs vary by +-25%: use ``--repeat`` (the
pairs are interleaved; the median ratio is the figure) and compare the CPU-time ratio too.

    python bench/bench_harness_overhead.py                 # all 32,740 samples (slow)
    python bench/bench_harness_overhead.py --limit 2000    # quick look

It also opens each log as ``inspect view`` does (the header, then the sample list through
``read_eval_log_sample_summaries``, best of ``--reads``) and prints how much longer our sample
list takes than the floor's; target <= 3.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import full_fixture, machine, run_python  # noqa: E402

CHILD = r"""
import json, os, sys, time
args = json.loads(sys.argv[1])
t0 = time.perf_counter()
from inspect_ai import Task, eval
from inspect_ai.dataset import Sample
from inspect_ai.scorer import match
from inspect_ai.solver import generate
from vlm_privacy.testing.scripted import scripted_model

REFUSAL = "Sorry, I can't share that information."

def answer(messages):
    prompt = messages[-1].text
    return REFUSAL if "as private information" in prompt.split("\n\n")[0] else "It is 42."

def grader(messages):
    return "reject" if "Sorry" in messages[-1].text.split("Answer: ")[-1] else "respond"

import_s = time.perf_counter() - t0
t0 = time.perf_counter()
roles = None
if args["kind"] == "floor":
    task = Task(
        dataset=[Sample(id=i, input=f"What is {i} times 2?", target="42")
                 for i in range(args["n"])],
        solver=generate(),
        scorer=match(),
    )
else:
    from spy_bench.tasks import full
    task = full(data_dir=args["data_dir"], judge=args["judge"])
    if args["judge"] == "grader":
        roles = {"grader": scripted_model(grader)}
build_s = time.perf_counter() - t0
t0, c0 = time.perf_counter(), time.process_time()
(log,) = eval(
    task,
    model=scripted_model(answer),
    model_roles=roles,
    limit=args["n"] if args["kind"] != "floor" else None,
    display="none",
    log_dir=args["log_dir"],
    log_images=args["log_images"],
)
eval_s, cpu_s = time.perf_counter() - t0, time.process_time() - c0
n = log.results.completed_samples if log.results else 0
# opening the log as a viewer does: header, then the sample list (best of a few reads, wall
# and CPU time: the CPU time is what the reader itself costs on a busy machine). The run's
# leftovers are moved out of the collector's sight first: otherwise a read pays for full
# collections over whatever heap the run left (more in one process than the other, e.g. the
# floor's dataset is not frozen), which is not what opening the log costs a viewer.
import gc
from inspect_ai.log import read_eval_log, read_eval_log_sample_summaries
gc.collect()
gc.freeze()
t0 = time.perf_counter(); read_eval_log(log.location, header_only=True)
header_s = time.perf_counter() - t0
reads = []
for _ in range(args["reads"]):
    t0, c0 = time.perf_counter(), time.process_time()
    summaries = read_eval_log_sample_summaries(log.location)
    reads.append((time.perf_counter() - t0, time.process_time() - c0))
summaries_s = min(r[0] for r in reads)
summaries_cpu_s = min(r[1] for r in reads)
print(json.dumps({"kind": args["kind"], "status": log.status, "samples": n,
                  "import_s": import_s, "build_s": build_s, "eval_s": eval_s, "cpu_s": cpu_s,
                  "log_bytes": os.path.getsize(log.location), "log": log.location,
                  "open_header_s": header_s, "open_summaries_s": summaries_s,
                  "open_summaries_cpu_s": summaries_cpu_s,
                  "summaries": len(summaries)}))
"""

TARGET_RATIO = 1.5
TARGET_SUMMARY_RATIO = 3.0
"""Reading the sample list of our log against the floor's (what ``inspect view`` opens)."""


def run_one(kind: str, n: int, data_dir: Path, log_dir: Path, args: argparse.Namespace) -> dict:
    spec = {
        "kind": kind,
        "n": n,
        "data_dir": str(data_dir),
        "judge": args.judge,
        "log_dir": str(log_dir / kind),
        "log_images": not args.no_log_images,
        "reads": args.reads,
    }
    proc = run_python(CHILD, json.dumps(spec))
    if proc.returncode != 0:
        sys.exit(f"{kind} run failed:\n{proc.stderr[-4000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if result["status"] != "success" or result["samples"] != n:
        sys.exit(f"{kind} run did not complete: {result}")
    result["rate"] = result["samples"] / result["eval_s"]
    print(
        f"  {kind:>5}: {result['samples']} samples in {result['eval_s']:.1f} s "
        f"= {result['rate']:.1f} samples/s, CPU {1000 * result['cpu_s'] / result['samples']:.1f} "
        f"ms/sample (task build {result['build_s']:.2f} s, "
        f"log {result['log_bytes'] / 1e6:.1f} MB, opened in {result['open_header_s']:.2f} s "
        f"+ sample list {result['open_summaries_s']:.2f} s, "
        f"CPU {result['open_summaries_cpu_s']:.2f} s)",
        flush=True,
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="samples (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="floor/spy pairs (default 1)")
    parser.add_argument("--judge", choices=["offline", "grader"], default="offline")
    parser.add_argument("--no-log-images", action="store_true", help="run with log_images off")
    parser.add_argument(
        "--reads", type=int, default=3, help="sample-list reads per log, best kept (default 3)"
    )
    args = parser.parse_args()

    data_dir = full_fixture()
    from spy_bench.dataset import spy_bench_dataset

    total = len(spy_bench_dataset(data_dir))
    n = min(args.limit or total, total)
    print(f"{n} samples per run, judge={args.judge}, log_images={not args.no_log_images}")
    pairs = []
    with tempfile.TemporaryDirectory(prefix="bench-overhead-") as tmp:
        for i in range(args.repeat):
            print(f"pair {i + 1}:", flush=True)
            floor = run_one("floor", n, data_dir, Path(tmp) / str(i), args)
            spy = run_one("spy", n, data_dir, Path(tmp) / str(i), args)
            pairs.append((floor, spy))
    ratios = [f["rate"] / s["rate"] for f, s in pairs]
    cpu_ratios = [s["cpu_s"] / f["cpu_s"] for f, s in pairs]
    ratio = statistics.median(ratios)
    print(f"\nmachine: {machine()}")
    print(f"floor: {statistics.median(f['rate'] for f, _ in pairs):.1f} samples/s (median)")
    print(
        f"spy_bench/full: {statistics.median(s['rate'] for _, s in pairs):.1f} samples/s (median)"
    )
    print(
        f"ratio floor/spy, wall: median {ratio:.2f} of {len(ratios)} "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f})  [target <= {TARGET_RATIO}]"
    )
    print(
        f"ratio spy/floor, CPU time: median {statistics.median(cpu_ratios):.2f} "
        f"(min {min(cpu_ratios):.2f}, max {max(cpu_ratios):.2f})"
    )
    list_ratios = [s["open_summaries_s"] / f["open_summaries_s"] for f, s in pairs]
    list_cpu = [s["open_summaries_cpu_s"] / f["open_summaries_cpu_s"] for f, s in pairs]
    list_ratio = statistics.median(list_ratios)
    print(
        f"sample list spy/floor: wall median {list_ratio:.2f}, CPU median "
        f"{statistics.median(list_cpu):.2f}  [target <= {TARGET_SUMMARY_RATIO}]"
    )
    ok = ratio <= TARGET_RATIO and list_ratio <= TARGET_SUMMARY_RATIO
    print("result:", "PASS" if ok else "OVER TARGET")


if __name__ == "__main__":
    main()
