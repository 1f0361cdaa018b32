"""Train the offline judge's learned layer (``src/vlm_privacy/judges/offline_weights.json``).

Reads the development sets below (never a held-out set before it has been measured: see
README.md), computes each answer's features with the current rules
(:func:`vlm_privacy.judges.learned.features`), and fits an L2-regularised logistic regression
by full-batch gradient descent (numpy, deterministic). Then:

- **cross-author check**: for each author's sets, a model trained on all the other authors'
  sets predicts them; the accuracy per author is printed and stored in the weights file
  (development figures: the rules were written with these sets in view);
- **temperature**: fitted on those cross-author predictions, so that confidences are those of
  answers by an author the model has not seen.

    python data/judge-eval/train_offline.py            # writes the weights file
    python data/judge-eval/train_offline.py --check    # prints only, writes nothing
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vlm_privacy.judges.learned import FEATURES_VERSION, WEIGHTS_FILE, features  # noqa: E402
from vlm_privacy.judges.offline import rule_view  # noqa: E402

AUTHORS: dict[str, list[str]] = {
    "legacy": ["legacy.jsonl"],
    "author1": ["dev.jsonl", "heldout.jsonl"],
    "author2": ["v2/heldout2.jsonl"],
    "author3": ["v3/heldout3.jsonl"],
    "author4": ["v4/heldout4.jsonl"],
    "author5": ["v5/heldout5.jsonl"],
    "author6": ["v6/heldout6.jsonl"],
    "train1": ["train/t1/train1.jsonl"],
    "train2": ["train/t2/train2.jsonl"],
    "train3": ["train/t3/train3.jsonl"],
    "train4": ["train/t4/train4.jsonl"],
    "train5": ["train/t5/train5.jsonl"],
    "train6": ["train/t6/train6.jsonl"],
    "train7": ["train/t7/train7.jsonl"],
    "train8": ["train/t8/train8.jsonl"],
    "train9": ["train/t9/train9.jsonl"],
}
"""Development sets by author (a held-out set joins only after it has been measured)."""

RULES_UNSEEN = (
    "author5",
    "author6",
    *(f"train{i}" for i in range(1, 10)),
)
"""Authors whose sets came after the rules were written (a few rule fixes were made with them
in view): the temperature is fitted on the cross-author predictions of these alone (those of
the earlier authors are optimistic: the rules were written against them)."""

MIN_COUNT = 2
"""A feature must occur in at least this many training answers to get a weight."""

L2 = 0.1
"""Regularisation: ``L2 / n * ||w||^2 / 2`` added to the mean log-loss."""

STEPS = 600
LEARNING_RATE = 0.05


def load() -> list[tuple[str, dict]]:
    """``(author, row)`` for every row of every development set present."""
    rows = []
    for author, files in AUTHORS.items():
        for name in files:
            path = HERE / name
            if not path.exists():
                print(f"(missing, skipped: {name})")
                continue
            with path.open(encoding="utf-8") as f:
                rows.extend((author, json.loads(line)) for line in f if line.strip())
    return rows


def featurize(rows: list[tuple[str, dict]]) -> tuple[list[set[str]], np.ndarray]:
    """Each answer's features, and whether the rules alone said respond."""
    out, said = [], []
    for _, r in rows:
        view = rule_view(r["question"], r["answer"], r.get("topic"))
        out.append(features(r["question"], r["answer"], view) if view.clauses else set())
        said.append(1.0 if view.verdict == "respond" else 0.0)
    return out, np.array(said)


def fit(feats: list[set[str]], labels: np.ndarray) -> tuple[float, dict[str, float]]:
    """Logistic regression weights for ``feats`` (features seen >= MIN_COUNT times)."""
    counts: dict[str, int] = {}
    for names in feats:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    vocab = sorted(name for name, c in counts.items() if c >= MIN_COUNT)
    index = {name: i for i, name in enumerate(vocab)}
    rows, cols = [], []
    for r, names in enumerate(feats):
        for name in names:
            i = index.get(name)
            if i is not None:
                rows.append(r)
                cols.append(i)
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    n, d = len(feats), len(vocab)
    w, b = np.zeros(d), 0.0
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        z = b + np.bincount(rows_a, weights=w[cols_a], minlength=n)
        p = 1.0 / (1.0 + np.exp(-z))
        g = (p - labels) / n
        grad_w = np.bincount(cols_a, weights=g[rows_a], minlength=d) + (L2 / n) * w
        grad_b = float(g.sum())
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w**2
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        corr1, corr2 = 1 - beta1**step, 1 - beta2**step
        w -= LEARNING_RATE * (m_w / corr1) / (np.sqrt(v_w / corr2) + eps)
        b -= LEARNING_RATE * (m_b / corr1) / (math.sqrt(v_b / corr2) + eps)
    return b, {name: float(w[i]) for name, i in index.items()}


def logits(bias: float, weights: dict[str, float], feats: list[set[str]]) -> np.ndarray:
    return np.array([bias + sum(weights.get(f, 0.0) for f in names) for names in feats])


CASCADE_THRESHOLD = 0.8
"""The default cascade threshold (``vlm_privacy.judges.DEFAULT_CASCADE_THRESHOLD``)."""

CONFIDENT_TARGET = 0.985
"""Cross-author accuracy wanted of decisions at or above :data:`CASCADE_THRESHOLD`."""


def fit_temperature(z: np.ndarray, labels: np.ndarray) -> float:
    """The temperature (0.5-8) for the cross-author logits ``z``: the log-loss optimum, raised
    if needed until decisions with confidence >= :data:`CASCADE_THRESHOLD` are right at least
    :data:`CONFIDENT_TARGET` of the time (so that ``cascade`` sends the doubtful ones on)."""
    grid = np.round(np.arange(0.5, 8.0001, 0.05), 2)
    losses = []
    for t in grid:
        p = np.clip(1.0 / (1.0 + np.exp(-z / t)), 1e-9, 1 - 1e-9)
        losses.append(float(-np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p))))
    best = float(grid[int(np.argmin(losses))])
    for t in grid[grid >= best]:
        p = 1.0 / (1.0 + np.exp(-z / t))
        confident = np.maximum(p, 1 - p) >= CASCADE_THRESHOLD
        if not confident.any() or np.mean((p[confident] >= 0.5) == (labels[confident] == 1)) >= (
            CONFIDENT_TARGET
        ):
            return float(t)
    return float(grid[-1])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cross_author(
    feats: list[set[str]], labels: np.ndarray, authors: np.ndarray, rules: np.ndarray
) -> tuple[dict[str, dict], float]:
    """Per-author accuracy of models trained on the other authors, and the temperature."""
    cross = np.zeros(len(feats))
    per_author = {}
    for author in dict.fromkeys(authors):
        test = authors == author
        train_idx = np.where(~test)[0]
        bias, weights = fit([feats[i] for i in train_idx], labels[train_idx])
        test_idx = np.where(test)[0]
        cross[test_idx] = logits(bias, weights, [feats[i] for i in test_idx])
        acc = float(np.mean((cross[test_idx] > 0) == (labels[test_idx] == 1)))
        rule_acc = float(np.mean(rules[test_idx] == labels[test_idx]))
        per_author[author] = {
            "answers": int(test.sum()),
            "accuracy": round(acc, 4),
            "rules_accuracy": round(rule_acc, 4),
        }
        print(
            f"{author:>8}: {test.sum():5d} answers, other authors' model {acc:.3f} "
            f"(rules alone {rule_acc:.3f})"
        )
    unseen = np.isin(authors, RULES_UNSEEN)
    temperature = fit_temperature(cross[unseen], labels[unseen])
    p = 1.0 / (1.0 + np.exp(-cross / temperature))
    for name, part in (("all authors", np.ones(len(feats), bool)), ("unseen by rules", unseen)):
        q, y = p[part], labels[part]
        confident = np.maximum(q, 1 - q) >= 0.8
        print(
            f"cross-author, {name}: accuracy {np.mean((q >= 0.5) == (y == 1)):.3f}, "
            f"confident (>= 0.8) {confident.mean():.1%} of answers, "
            f"{np.mean((q[confident] >= 0.5) == (y[confident] == 1)):.3f} correct"
        )
    print(f"temperature {temperature}")
    return per_author, temperature


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="print only, write nothing")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE, help="weights file")
    parser.add_argument(
        "--weights-only",
        action="store_true",
        help="fit the final weights only (no cross-author check; keeps the shipped temperature "
        "and figures): what the tests use to check that the shipped weights are reproducible",
    )
    args = parser.parse_args()

    rows = load()
    feats, rules = featurize(rows)
    labels = np.array([1.0 if r["label"] == "respond" else 0.0 for _, r in rows])
    authors = np.array([a for a, _ in rows])
    if args.weights_only:
        shipped = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        per_author, temperature = shipped["cross_author"], shipped["temperature"]
    else:
        per_author, temperature = cross_author(feats, labels, authors, rules)
    bias, weights = fit(feats, labels)
    kept = {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-3}
    data = {
        "features_version": FEATURES_VERSION,
        "trained_on": {
            name: sha256(HERE / name)
            for files in AUTHORS.values()
            for name in files
            if (HERE / name).exists()
        },
        "answers": len(rows),
        "l2": L2,
        "min_count": MIN_COUNT,
        "steps": STEPS,
        "cross_author": per_author,
        "temperature": temperature,
        "bias": round(bias, 4),
        "weights": kept,
    }
    print(f"{len(kept)} weights from {len(rows)} answers")
    if args.check:
        return
    fd, tmp = tempfile.mkstemp(dir=args.out.parent, prefix=".weights-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=0, sort_keys=False)
        f.write("\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
