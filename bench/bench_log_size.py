"""Benchmark: bytes per sample of the ``.eval`` log of ``spy_bench/full``, images logged or not.

Runs ``spy_bench/full`` (scripted ``mockllm`` model, offline judge) on ``--limit`` samples
twice, with Inspect's ``log_images`` on and off, on two fixtures with the official ratio of
items to images (6,700 / 2,725):

- ``tiny``: the synthetic generator's 64x48 JPEGs (~1.5 KB);
- ``photo``: photo-like 1024x768 JPEGs (~150 KB; VISPR photos are of that order), also with
  the Self-Moderation solver (three model calls per sample, the image in each request).

It prints bytes per sample, the size projected to a full run (32,740 samples), how long the log
takes to open (header, then the sample list the viewer loads first, then one sample), and how
many times one image's bytes are stored across the samples that share it.

    python bench/bench_log_size.py [--limit 1000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import full_fixture, machine, mean_image_bytes, photo_fixture, run_python  # noqa: E402

FULL_SAMPLES = 32740

CHILD = r"""
import json, os, sys, time
args = json.loads(sys.argv[1])
from inspect_ai import eval
from inspect_ai.log import read_eval_log, read_eval_log_sample, read_eval_log_sample_summaries
from spy_bench.tasks import full
from vlm_privacy.testing.scripted import scripted_model

def answer(messages):
    prompt = messages[-1].text
    return "Sorry, I can't share that." if "as private information" in prompt.split("\n\n")[0] else "It is 42."

solver = None
if args["solver"] == "self_moderation":
    from spy_bench.solvers import self_moderation
    solver = self_moderation()
(log,) = eval(full(data_dir=args["data_dir"], judge="offline"), model=scripted_model(answer),
              solver=solver, limit=args["n"], display="none", log_dir=args["log_dir"],
              log_images=args["log_images"])
t0 = time.perf_counter(); header = read_eval_log(log.location, header_only=True)
header_s = time.perf_counter() - t0
t0 = time.perf_counter(); summaries = read_eval_log_sample_summaries(log.location)
summaries_s = time.perf_counter() - t0
t0 = time.perf_counter()
sample = read_eval_log_sample(log.location, id=summaries[-1].id, epoch=1)
sample_s = time.perf_counter() - t0
# how many logged samples carry the first image's bytes
import zipfile
first_image = None
with zipfile.ZipFile(log.location) as z:
    names = [n for n in z.namelist() if n.startswith("samples/")]
stored = 0
if args["log_images"]:
    import base64
    from pathlib import Path
    rel = sample.metadata["image_path"]
    data = base64.b64encode((Path(args["data_dir"]) / rel).read_bytes()).decode()[:64]
    for s in summaries:
        if s.metadata.get("image_path") == rel:
            full_sample = read_eval_log_sample(log.location, id=s.id, epoch=1)
            blob = json.dumps(full_sample.attachments) + full_sample.model_dump_json(
                exclude={"attachments"})
            stored += blob.count(data)
print(json.dumps({"status": log.status, "samples": len(summaries),
                  "bytes": os.path.getsize(log.location), "header_s": header_s,
                  "summaries_s": summaries_s, "sample_s": sample_s,
                  "samples_sharing_image": sum(
                      s.metadata.get("image_path") == sample.metadata["image_path"]
                      for s in summaries),
                  "image_copies_stored": stored}))
"""


def measure(
    data_dir: Path, n: int, log_images: bool, log_dir: Path, solver: str = "generate"
) -> dict:
    spec = {
        "data_dir": str(data_dir),
        "n": n,
        "log_images": log_images,
        "log_dir": str(log_dir),
        "solver": solver,
    }
    proc = run_python(CHILD, json.dumps(spec))
    if proc.returncode != 0:
        sys.exit(f"run failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=1000, help="samples per run (default 1000)")
    args = parser.parse_args()

    # photo fixture: enough items for --limit samples (about 4.9 samples per item)
    items = max(50, args.limit // 4 + 10)
    fixtures = {
        "tiny": full_fixture(),
        "photo": photo_fixture(items, max(1, round(items * 2725 / 6700))),
    }
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-logsize-") as tmp:
        for name, root in fixtures.items():
            image_kb = mean_image_bytes(root) / 1024
            runs = [("generate", True), ("generate", False)]
            if name == "photo":
                runs.append(("self_moderation", True))  # three model calls per sample
            for solver, log_images in runs:
                r = measure(
                    root,
                    args.limit,
                    log_images,
                    Path(tmp) / f"{name}-{solver}-{log_images}",
                    solver,
                )
                per_sample = r["bytes"] / r["samples"]
                rows.append((name, image_kb, log_images, r, per_sample))
                print(
                    f"{name:>5} images (mean {image_kb:6.1f} KB), {solver}, "
                    f"log_images={log_images!s:5}: "
                    f"{per_sample / 1024:7.1f} KB/sample -> full run "
                    f"~{per_sample * FULL_SAMPLES / 2**20:7.0f} MB; open: header "
                    f"{r['header_s']:.2f} s, sample list {r['summaries_s']:.2f} s, one sample "
                    f"{r['sample_s']:.2f} s"
                    + (
                        f"; image stored {r['image_copies_stored']}x for "
                        f"{r['samples_sharing_image']} samples sharing it"
                        if log_images
                        else ""
                    ),
                    flush=True,
                )
    print(f"\nmachine: {machine()}")
    print(f"samples per run: {args.limit}")


if __name__ == "__main__":
    main()
