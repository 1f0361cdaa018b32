"""Fixtures for SPY-Bench tests: the official 3-item sample and synthetic data, both on disk."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from spy_testlib import write_data_dir

from spy_bench.synthetic import write_synthetic_spy_bench

REFERENCE = Path(__file__).resolve().parents[2] / "src" / "spy_bench" / "data"
SAMPLE_ITEMS = Path(__file__).parent / "data" / "reference_items.json"


@pytest.fixture()
def reference_items() -> list[dict]:
    """The 3 official-schema items of the reference sample (benchmark fields only)."""
    return copy.deepcopy(json.loads(SAMPLE_ITEMS.read_text())["benchmark_list"])


@pytest.fixture()
def reference_dir(tmp_path: Path, reference_items: list[dict]) -> Path:
    return write_data_dir(tmp_path / "spy", reference_items)


@pytest.fixture(scope="session")
def synthetic_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic data: 14 items over 10 images, including absolute-privacy categories."""
    return write_synthetic_spy_bench(tmp_path_factory.mktemp("syn"), n_items=14, n_images=10)


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory):
    """Point the vlm-privacy cache (image-check memos among others) at a temporary folder."""
    import os

    old = os.environ.get("VLM_PRIVACY_CACHE")
    os.environ["VLM_PRIVACY_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("VLM_PRIVACY_CACHE", None)
    else:
        os.environ["VLM_PRIVACY_CACHE"] = old
