"""Clustered standard errors (vlm_privacy.stats), checked against hand computations."""

from __future__ import annotations

import math

import pytest

from spy_bench.metrics import compute_metrics, metric_estimates
from vlm_privacy.stats import (
    Z95,
    harmonic_mean_estimate,
    mean_estimate,
    paired_difference,
    ratio,
)


def conflict(bid: str, ok: bool) -> dict:
    """A situation-5 answer of item ``bid`` (customizable category): respond is right."""
    return {
        "benchmark_id": bid,
        "label": "a4_gender",
        "private": True,
        "scenario": "conflict",
        "scenario_id": None,
        "verdict": "respond" if ok else "reject",
    }


def test_binomial_case_one_answer_per_item() -> None:
    # 10 items, one answer each, 7 right: clustering changes nothing, SE is the binomial one
    records = [conflict(str(i), i < 7) for i in range(10)]
    est = metric_estimates(records)["ata_conflict"]
    p, n = 0.7, 10
    assert est.value == compute_metrics(records)["ata_conflict"] == pytest.approx(70.0)
    assert est.stderr == pytest.approx(100 * math.sqrt(p * (1 - p) / (n - 1)))
    # the same as the unclustered sample standard error of the 0/100 values
    xs = [100.0 if i < 7 else 0.0 for i in range(10)]
    mean = sum(xs) / n
    sample_sd = math.sqrt(sum((x - mean) ** 2 for x in xs) / (n - 1))
    assert est.stderr == pytest.approx(sample_sd / math.sqrt(n))
    low, high = est.ci95
    assert low == pytest.approx(70 - Z95 * est.stderr)
    assert high == pytest.approx(70 + Z95 * est.stderr)


def test_clustering_widens_the_interval() -> None:
    # 4 items with 3 answers each (3 conflict scenarios), all answers of an item alike:
    # 12 answers, but only 4 independent ones
    records = [conflict(str(i), i < 2) for i in range(4) for _ in range(3)]
    est = metric_estimates(records)["ata_conflict"]
    assert est.value == pytest.approx(50.0)
    # by hand: cluster totals num = 3,3,0,0, den = 3 each; R = .5; z_c = 100 (num - R den) / 12
    z = [100 * (3 - 1.5) / 12] * 2 + [100 * (0 - 1.5) / 12] * 2
    by_hand = math.sqrt(4 / 3 * sum(v * v for v in z))
    assert est.stderr == pytest.approx(by_hand) == pytest.approx(100 * math.sqrt(1 / 12))
    # treating the 12 answers as independent would give a narrower interval
    independent = [conflict(f"{i}-{j}", i < 2) for i in range(4) for j in range(3)]
    narrow = metric_estimates(independent)["ata_conflict"].stderr
    assert narrow == pytest.approx(100 * math.sqrt(0.25 / 11))
    assert est.stderr > 1.6 * narrow
    ci = est.ci95
    assert ci[1] - ci[0] > 1.6 * (2 * Z95 * narrow)


def test_ics_pairs_are_clustered_by_item_and_hms_by_delta_method() -> None:
    rta = ratio({"a": (1.0, 2.0), "b": (2.0, 2.0), "c": (0.0, 1.0)}, 100.0)
    # R = 3/5; z = 100 (num - .6 den) / 5
    z = [100 * (1 - 1.2) / 5, 100 * (2 - 1.2) / 5, 100 * (0 - 0.6) / 5]
    assert rta.value == pytest.approx(60.0)
    assert rta.stderr == pytest.approx(math.sqrt(3 / 2 * sum(v * v for v in z)))
    ata = ratio({"a": (2.0, 2.0), "b": (1.0, 2.0), "c": (1.0, 1.0)}, 100.0)
    hms = harmonic_mean_estimate(rta, ata)
    a, b = 60.0, 80.0
    assert hms.value == pytest.approx(2 * a * b / (a + b))
    ga, gb = 2 * b * b / (a + b) ** 2, 2 * a * a / (a + b) ** 2
    za = rta.influence
    zb = ata.influence
    combined = [ga * za[c] + gb * zb[c] for c in "abc"]
    assert hms.stderr == pytest.approx(math.sqrt(3 / 2 * sum(v * v for v in combined)))
    mean = mean_estimate([rta, ata])
    assert mean.value == pytest.approx(70.0)
    diff = paired_difference(ata, rta)
    assert diff.value == pytest.approx(20.0)
    paired = [zb[c] - za[c] for c in "abc"]
    assert diff.stderr == pytest.approx(math.sqrt(3 / 2 * sum(v * v for v in paired)))


def test_interval_is_clipped_and_undefined_without_data() -> None:
    est = ratio({"a": (1.0, 1.0), "b": (0.0, 1.0)}, 100.0, (0.0, 100.0))
    low, high = est.ci95
    assert low == 0.0 and high == 100.0
    assert ratio({}, 100.0).value is None and ratio({}, 100.0).stderr is None
    assert ratio({"a": (1.0, 2.0)}).stderr is None  # one cluster: no SE
