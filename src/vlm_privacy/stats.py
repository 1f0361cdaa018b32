"""Standard errors and 95% confidence intervals clustered by benchmark item.

Every figure both benchmarks report is a ratio of sums (correct answers over answers, correct
pairs over pairs, IoU sum over boxes) or a smooth function of such ratios (HMS, the table
means, a difference between two runs). The answers of one benchmark item (all situations of
one image-question item) are not independent, so the item, not the answer, is the unit of
resampling.

Method: the **delta method** (linearization, the "sandwich" estimator of survey statistics).
Each estimate keeps its *influence* per cluster; for a ratio ``R = sum(num) / sum(den)`` it is
``z_c = (num_c - R * den_c) / sum(den)``, and a function of several estimates combines their
influences with its partial derivatives. Then

    SE = sqrt(C / (C - 1) * sum_c z_c ** 2)

over the ``C`` clusters that feed the estimate, and the 95% interval is ``value +- 1.96 SE``,
clipped to the scale's bounds. Why not a bootstrap: the same numbers come out for a ratio of
sums over hundreds of clusters (the benchmarks have thousands), the result is deterministic
with no seed to record, and it costs one pass over the clusters, which matters because
Inspect recomputes the metrics for its live display during a run. Where it is not exact
enough: a handful of clusters, or a proportion at 0 or 100 (the interval then collapses to a
point); the report shows ``n`` beside every figure for that reason.

With one answer per cluster a proportion's SE is ``sqrt(p (1 - p) / (n - 1))``, the binomial
SE with the unbiased variance (Inspect's own ``stderr()`` uses the same ``n - 1``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

Z95 = 1.959963984540054
"""The standard normal quantile of a two-sided 95% interval."""


@dataclass(frozen=True)
class Estimate:
    """A figure with its per-cluster influence values (see the module docstring).

    Attributes:
        value: The figure, or ``None`` where it is undefined (no data).
        influence: ``cluster -> z_c``; clusters that feed the figure and are not listed have
            zero influence only if they are counted in ``clusters``.
        clusters: The clusters that feed the figure (``C`` of the formula).
        bounds: The scale's bounds, used to clip the interval (e.g. ``(0, 100)``).
    """

    value: float | None
    influence: Mapping[Hashable, float] = field(default_factory=dict)
    clusters: frozenset[Hashable] = frozenset()
    bounds: tuple[float, float] | None = None

    @property
    def stderr(self) -> float | None:
        """The clustered standard error; ``None`` when undefined (no value, one cluster)."""
        c = len(self.clusters)
        if self.value is None or math.isnan(self.value) or c < 2:
            return None
        total = math.fsum(z * z for z in self.influence.values())
        return math.sqrt(c / (c - 1) * total)

    @property
    def ci95(self) -> tuple[float, float] | None:
        """``(low, high)``: ``value +- 1.96 SE``, clipped to :attr:`bounds`; or ``None``."""
        se = self.stderr
        if se is None or self.value is None:
            return None
        low, high = self.value - Z95 * se, self.value + Z95 * se
        if self.bounds is not None:
            low, high = max(low, self.bounds[0]), min(high, self.bounds[1])
        return (low, high)


def ratio(
    parts: Mapping[Hashable, tuple[float, float]],
    scale: float = 1.0,
    bounds: tuple[float, float] | None = None,
) -> Estimate:
    """``scale * sum(num) / sum(den)`` over clusters given as ``cluster -> (num, den)``.

    ``value`` is ``None`` when the denominators sum to 0.
    """
    num = math.fsum(n for n, _ in parts.values())
    den = math.fsum(d for _, d in parts.values())
    if den == 0:
        return Estimate(None, bounds=bounds)
    r = num / den
    influence = {c: scale * (n - r * d) / den for c, (n, d) in parts.items()}
    return Estimate(scale * num / den, influence, frozenset(parts), bounds)


def combine(
    estimates: Sequence[Estimate],
    fn: Callable[..., float | None],
    gradient: Callable[..., Sequence[float]],
    bounds: tuple[float, float] | None = None,
) -> Estimate:
    """``fn(*values)`` with the influence ``sum_i d fn / d x_i * z_i`` (the delta method).

    ``None`` when any input is ``None`` or ``fn`` gives ``None``.
    """
    values = [e.value for e in estimates]
    if any(v is None for v in values):
        return Estimate(None, bounds=bounds)
    value = fn(*values)
    if value is None:
        return Estimate(None, bounds=bounds)
    grads = gradient(*values)
    influence: dict[Hashable, float] = {}
    for g, e in zip(grads, estimates, strict=True):
        for c, z in e.influence.items():
            influence[c] = influence.get(c, 0.0) + g * z
    clusters = frozenset().union(*(e.clusters for e in estimates))
    return Estimate(value, influence, clusters, bounds)


def harmonic_mean_estimate(
    a: Estimate, b: Estimate, bounds: tuple[float, float] | None = None
) -> Estimate:
    """``2ab / (a + b)`` (0 when both are 0) of two estimates, with its influence."""

    def fn(x: float, y: float) -> float:
        return 0.0 if x + y == 0 else 2 * x * y / (x + y)

    def grad(x: float, y: float) -> tuple[float, float]:
        if x + y == 0:
            return (0.0, 0.0)
        return (2 * y * y / (x + y) ** 2, 2 * x * x / (x + y) ** 2)

    return combine([a, b], fn, grad, bounds)


def mean_estimate(
    estimates: Sequence[Estimate], bounds: tuple[float, float] | None = None
) -> Estimate:
    """The plain mean of several estimates (e.g. a table's language mean)."""
    k = len(estimates)
    return combine(
        estimates, lambda *xs: math.fsum(xs) / k, lambda *xs: [1.0 / k] * k, bounds=bounds
    )


def paired_difference(a: Estimate, b: Estimate) -> Estimate:
    """``a - b`` with the SE of paired clusters (the caller restricts both to shared items)."""
    return combine([a, b], lambda x, y: x - y, lambda x, y: (1.0, -1.0))


def summary(estimate: Estimate) -> dict[str, float | list[float] | None]:
    """``{"value", "stderr", "ci95": [low, high]}`` (``None`` where undefined)."""
    ci = estimate.ci95
    return {
        "value": estimate.value,
        "stderr": estimate.stderr,
        "ci95": None if ci is None else [ci[0], ci[1]],
    }


def group_parts(
    rows: Iterable[tuple[Hashable, float, float]],
) -> dict[Hashable, tuple[float, float]]:
    """Sum ``(cluster, num, den)`` rows into ``cluster -> (num, den)``."""
    out: dict[Hashable, list[float]] = {}
    for cluster, num, den in rows:
        acc = out.setdefault(cluster, [0.0, 0.0])
        acc[0] += num
        acc[1] += den
    return {c: (n, d) for c, (n, d) in out.items()}
