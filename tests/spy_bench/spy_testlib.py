"""Helpers the SPY-Bench tests import (a module of its own: ``conftest`` is not importable by
name when several test folders each have one)."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from spy_bench.dataset import packaged_label2text


def write_data_dir(root: Path, items: list[dict], label2text: dict | None = None) -> Path:
    """Write items in the authors' layout with a small JPEG for every image path."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "questions.json").write_text(json.dumps({"benchmark_list": items}))
    (root / "label2text.json").write_text(json.dumps(label2text or packaged_label2text()))
    for item in items:
        path = root / item["question_item"]["image_path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            Image.new("RGB", (32, 24), (120, 30, 200)).save(path, format="JPEG")
    return root
