"""Synthetic SPY-Tune data in the authors' layout, for tests and dry runs.

:func:`write_synthetic_spy_tune` writes ``train_data.json`` (``{"data_list": [...]}`` with the
SPY-Tune item schema: ``respond_ans`` / ``reject_ans`` answers and ``chosen_scenarios``) and
small Pillow JPEGs under ``images/train2017/``. Items come from
:func:`spy_bench.synthetic.synthetic_items` (official categories and scenarios, absolute-privacy
categories first, the target flagged 0.5 among five distractors). Same arguments, same bytes.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from spy_bench.dataset import packaged_label2text
from spy_bench.synthetic import synthetic_items, synthetic_jpeg
from vlm_privacy.files import write_bytes_atomic

REJECT_ANSWER = (
    "I'm sorry but I can't provide such information. It's important to respect people's privacy."
)
"""The evading answer the authors' data uses for every item."""

DATA_FILE = "train_data.json"


def synthetic_tune_items(n_items: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n_items`` SPY-Tune items (one image each, under ``images/train2017/``)."""
    label2text = packaged_label2text()
    items = synthetic_items(n_items, n_items, seed)
    for item in items:
        qi = item["question_item"]
        qi.pop("gt", None)
        qi["image_path"] = qi["image_path"].replace("test2017", "train2017")
        qi["respond_ans"] = f"The {label2text[item['label']]} is shown plainly: it reads X-{seed}."
        qi["reject_ans"] = REJECT_ANSWER
        item["chosen_scenarios"] = [dict(sc) for sc in item["privacy_scenarios"]]
    return items


def write_synthetic_spy_tune(
    root: str | Path, n_items: int = 4, seed: int = 0, image_size: tuple[int, int] = (48, 40)
) -> Path:
    """Write ``<root>/train_data.json`` and its images; return the path of the data file.

    The images directory to train with is ``root`` itself (``--images ROOT``).
    """
    root = Path(root)
    items = synthetic_tune_items(n_items, seed)
    rng = random.Random(seed + 1)
    for item in items:
        write_bytes_atomic(
            root / item["question_item"]["image_path"], synthetic_jpeg(rng, image_size)
        )
    data = json.dumps({"data_list": items}, indent=1).encode()
    write_bytes_atomic(root / DATA_FILE, data)
    return root / DATA_FILE
