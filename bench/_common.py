"""Shared helpers for the hand-run benchmarks in ``bench/``: fixtures, machine facts, memory.

Fixtures are generated (never committed) into ``bench/.cache/`` (git-ignored) and reused on
later runs: the generator writes the same bytes for the same arguments, and a fixture is used
only once its ``.complete`` marker exists.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import resource
import shutil
import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = BENCH_DIR / ".cache"

FULL_ITEMS = 6700
"""Items of the official SPY-Bench release."""

FULL_IMAGES = 2725
"""Distinct images of the official release."""


def full_fixture(n_items: int = FULL_ITEMS, n_images: int = FULL_IMAGES) -> Path:
    """The synthetic full-scale SPY-Bench folder (official schema), generated on first use."""
    from spy_bench.synthetic import write_synthetic_spy_bench

    root = CACHE_DIR / f"spy_{n_items}x{n_images}"
    marker = root / ".complete"
    if not marker.exists():
        if root.exists():
            shutil.rmtree(root)
        print(f"generating {n_items} items over {n_images} images into {root} ...", flush=True)
        write_synthetic_spy_bench(root, n_items=n_items, n_images=n_images, seed=0)
        marker.write_text("ok\n")
    return root


def photo_fixture(
    n_items: int, n_images: int, size: tuple[int, int] = (1024, 768), quality: int = 85
) -> Path:
    """Like :func:`full_fixture`, with photo-like JPEGs (textured noise) of ``size``.

    The synthetic generator draws flat rectangles that compress to ~1-2 KB; real VISPR photos
    are ~100-300 KB, and image bytes dominate log size when images are logged.
    """
    from PIL import Image, ImageFilter

    from spy_bench.synthetic import write_synthetic_spy_bench

    root = CACHE_DIR / f"photo_{n_items}x{n_images}_{size[0]}x{size[1]}_q{quality}"
    marker = root / ".complete"
    if not marker.exists():
        if root.exists():
            shutil.rmtree(root)
        print(f"generating {n_items} items over {n_images} photo-like images ...", flush=True)
        write_synthetic_spy_bench(root, n_items=n_items, n_images=n_images, seed=0)
        for i, path in enumerate(sorted((root / "images").rglob("*.jpg"))):
            bands = [
                Image.effect_noise(size, 30 + (7 * i + 13 * b) % 60).filter(
                    ImageFilter.GaussianBlur(1.2)
                )
                for b in range(3)
            ]
            Image.merge("RGB", bands).save(path, format="JPEG", quality=quality)
        marker.write_text("ok\n")
    return root


def mean_image_bytes(root: Path) -> float:
    """Mean size of the JPEGs under ``root/images``."""
    sizes = [p.stat().st_size for p in (root / "images").rglob("*.jpg")]
    return sum(sizes) / len(sizes) if sizes else 0.0


def rss_mb() -> float:
    """Current resident set size of this process in MB (Linux ``/proc``; else peak RSS)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def machine() -> str:
    """One line naming the machine, the software and the load, for published figures."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        pages, page_size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        mem = f", {pages * page_size / 2**30:.0f} GiB RAM"
    except (ValueError, OSError):
        pass
    import inspect_ai

    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load avg {:.1f}/{:.1f}/{:.1f}".format(*os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} CPUs{mem}; Python {platform.python_version()}, "
        f"inspect_ai {inspect_ai.__version__}{load}; "
        f"{_dt.datetime.now(_dt.timezone.utc):%Y-%m-%d %H:%M} UTC"
    )


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (so each measurement starts from a clean process)."""
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )
