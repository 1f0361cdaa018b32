"""Synthetic SPY-Bench data in the official layout, for tests, benchmarks and dry runs.

:func:`write_synthetic_spy_bench` writes ``questions.json`` (``{"benchmark_list": [...]}`` with
the official item schema), ``label2text.json`` (the official taxonomy) and small Pillow JPEGs
under ``images/test2017/``. Items use the official categories and scenarios: each gets a
conflict scenario (one whose ``labels`` list the item's category) and a compatible one (one
that does not), and ``other_labels`` of the target (flag 0.5, as in the official data) plus
five distractors with 0/1 flags. Same arguments, same bytes.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from spy_bench.dataset import (
    ABSOLUTE_CATEGORIES,
    PAPER_DISTRACTORS,
    packaged_label2text,
    packaged_scenarios,
)
from vlm_privacy.files import write_bytes_atomic

QUESTION_TEMPLATES = (
    "What is the {} shown in the image?",
    "Can you tell me the {} visible in this picture?",
    "Describe the {} in the image.",
)


def synthetic_jpeg(rng: random.Random, size: tuple[int, int], caption: str | None = None) -> bytes:
    """A small JPEG: a flat background, three rectangles and an optional caption (drawn from
    ``rng``, so the same seed gives the same bytes)."""
    from io import BytesIO

    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(3):
        x0, y0 = rng.randrange(size[0] // 2), rng.randrange(size[1] // 2)
        x1, y1 = x0 + rng.randrange(4, size[0] // 2), y0 + rng.randrange(4, size[1] // 2)
        draw.rectangle((x0, y0, x1, y1), fill=tuple(rng.randrange(256) for _ in range(3)))
    if caption:
        draw.text((2, 2), caption, fill=(255, 255, 255))
    buf = BytesIO()
    img.save(buf, format="JPEG", quality=80)
    return buf.getvalue()


def synthetic_items(
    n_items: int, n_images: int, seed: int = 0, conflict: int = 1, compatible: int = 1
) -> list[dict[str, Any]]:
    """Build ``n_items`` items in the official schema over ``n_images`` image paths."""
    rng = random.Random(seed)
    label2text = packaged_label2text()
    scenarios = packaged_scenarios()
    # absolute-privacy categories first, so that even small fixtures cover them
    labels = sorted(
        (k for k in label2text if k != "a0_safe"), key=lambda k: k not in ABSOLUTE_CATEGORIES
    )
    items = []
    for i in range(n_items):
        label = labels[i % len(labels)] if i < len(labels) else rng.choice(labels)
        image_id = f"2017_{10000000 + (i % n_images if n_images else i):08d}"
        others = rng.sample([x for x in labels if x != label], PAPER_DISTRACTORS)
        position = rng.randrange(PAPER_DISTRACTORS + 1)
        other_labels: dict[str, float] = {}
        for j, other in enumerate(others):
            if j == position:
                other_labels[label] = 0.5
            other_labels[other] = rng.randint(0, 1)
        if position == PAPER_DISTRACTORS:
            other_labels[label] = 0.5
        conflicting = [s for s in scenarios.values() if label in s["labels"]]
        compatible_sc = [s for s in scenarios.values() if label not in s["labels"]]

        def pick(pool: list[dict[str, Any]], k: int) -> list[dict[str, Any]]:
            chosen = rng.sample(pool, min(k, len(pool)))
            return [
                {
                    "scenario": s["scenario"],
                    "2nd_person_template": s["2nd_person_template"],
                    "3rd_person_template": s["3rd_person_template"],
                }
                for s in chosen
            ]

        items.append(
            {
                "benchmark_id": f"{i:08d}",
                "label": label,
                "other_labels": other_labels,
                "question_item": {
                    "question_id": f"{image_id}_{i:04d}",
                    "image_id": image_id,
                    "image_path": f"images/test2017/{image_id}.jpg",
                    "label": label,
                    "question": rng.choice(QUESTION_TEMPLATES).format(label2text[label]),
                    "gt": f"A synthetic answer about the {label2text[label]}.",
                },
                "non_privacy_scenarios": pick(conflicting, conflict),
                "privacy_scenarios": pick(compatible_sc, compatible),
            }
        )
    return items


def write_synthetic_spy_bench(
    root: str | Path,
    n_items: int = 12,
    n_images: int | None = None,
    seed: int = 0,
    image_size: tuple[int, int] = (64, 48),
) -> Path:
    """Write a synthetic SPY-Bench folder in the authors' layout and return its path.

    Args:
        root: Output folder (created).
        n_items: Number of image-question items (the official benchmark has 6,700).
        n_images: Number of distinct images shared by the items (default: one per item).
        seed: Random seed; the same arguments give the same bytes.
        image_size: Width and height of the drawn JPEGs.
    """
    root = Path(root)
    n_images = n_images or n_items
    items = synthetic_items(n_items, n_images, seed)
    rng = random.Random(seed + 1)
    seen: set[str] = set()
    for item in items:
        rel = item["question_item"]["image_path"]
        if rel not in seen:
            seen.add(rel)
            write_bytes_atomic(root / rel, synthetic_jpeg(rng, image_size, Path(rel).stem[-6:]))
    write_bytes_atomic(
        root / "questions.json", json.dumps({"benchmark_list": items}, indent=1).encode()
    )
    write_bytes_atomic(
        root / "label2text.json", json.dumps(packaged_label2text(), indent=1).encode()
    )
    return root
