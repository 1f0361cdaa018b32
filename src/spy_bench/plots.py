"""The report's figures as PNG files (matplotlib, Agg backend: no display needed).

- :class:`CategoryData` (built by :func:`spy_bench.report.category_data`) and
  :func:`category_heatmap`: SPY-Bench Figure 5, ICS per category (rows) and model (columns),
  absolute-privacy categories in red.
- :func:`distractor_lines`: SPY-Bench Figure 4, ICS and HMS versus the number of distractors.

Files are written through a temporary file in the same directory, then renamed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vlm_privacy.files import atomic_path
from vlm_privacy.report.tables import Cell

if TYPE_CHECKING:
    from matplotlib.figure import Figure as MplFigure


ABSOLUTE_COLOR = "#c00000"


@dataclass
class CategoryData:
    """Figure 5's data: ICS per category (rows) and run (columns), for one setting."""

    n_distractors: int
    labels: list[str]
    label_texts: dict[str, str]
    absolute: set[str]
    runs: list[str]
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def save_png(fig: MplFigure, path: Path) -> None:
    """Save a figure as PNG at ``path`` through a temporary file, then close it."""
    try:
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format="png", dpi=150, bbox_inches="tight")
    finally:
        _pyplot().close(fig)


def category_heatmap(data: CategoryData, path: Path) -> None:
    """Figure 5: ICS per category and model as a heatmap (NaN cells grey)."""
    import numpy as np

    plt = _pyplot()
    values = np.array(
        [
            [
                math.nan if (c := data.cells.get((label, run))) is None or c.empty else c.value
                for run in data.runs
            ]
            for label in data.labels
        ],
        dtype=float,
    )
    height = max(3.0, 0.28 * len(data.labels) + 1.5)
    width = max(4.0, 0.9 * len(data.runs) + 3.0)
    fig, ax = plt.subplots(figsize=(width, height))
    cmap = plt.get_cmap("viridis").with_extremes(bad="#dddddd")
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=0, vmax=100, aspect="auto")
    ax.set_xticks(range(len(data.runs)), data.runs, rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(data.labels)), [data.label_texts[lb] for lb in data.labels], fontsize=8)
    for tick, label in zip(ax.get_yticklabels(), data.labels, strict=True):
        if label in data.absolute:
            tick.set_color(ABSOLUTE_COLOR)
    if len(data.labels) * len(data.runs) <= 400:
        for i in range(len(data.labels)):
            for j in range(len(data.runs)):
                if not math.isnan(values[i, j]):
                    ax.text(
                        j, i, f"{values[i, j]:.0f}", ha="center", va="center", fontsize=6,
                        color="white" if values[i, j] < 50 else "black",
                    )  # fmt: skip
    setting = "w/ distractors" if data.n_distractors == 5 else (
        "w/o distractors" if data.n_distractors == 0 else f"{data.n_distractors} distractors"
    )  # fmt: skip
    ax.set_title(f"ICS per category ({setting}); absolute categories in red", fontsize=9)
    fig.colorbar(image, ax=ax, label="ICS", shrink=0.5 if len(data.labels) > 20 else 1.0)
    save_png(fig, path)


def distractor_lines(
    series: Mapping[str, Mapping[str, Mapping[int, float | None]]], path: Path
) -> None:
    """Figure 4: ICS and HMS (two panels) versus the number of distractors, one line per run."""
    plt = _pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharex=True)
    for ax, key, title in zip(axes, ("ics", "hms"), ("ICS", "HMS"), strict=True):
        for label, metrics in series.items():
            points = sorted((k, v) for k, v in metrics.get(key, {}).items() if v is not None)
            if points:
                ax.plot([k for k, _ in points], [v for _, v in points], marker="o", label=label)
        ax.set_title(title)
        ax.set_xlabel("number of distractors")
        ax.set_xticks(range(0, 6))
        ax.set_ylim(0, 100)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("score")
    handles, labels = axes[0].get_legend_handles_labels()
    if handles:
        fig.legend(handles, labels, loc="lower center", ncol=min(3, len(labels)), fontsize=8,
                   bbox_to_anchor=(0.5, -0.08 * math.ceil(len(labels) / 3)))  # fmt: skip
    save_png(fig, path)
