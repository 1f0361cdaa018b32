"""Process-wide performance tricks for building very large datasets, in one named place.

A full SPY-Bench run builds 32,740 Inspect samples that stay alive for the whole evaluation.
Two things make that cheaper; each touches the whole interpreter, not just the dataset, so
datasets call them from here rather than doing it themselves. Measured by ``bench/bench_dataset_build.py`` and
``bench/bench_harness_overhead.py`` (figures in ``bench/README.md``):

- :func:`collector_paused`: the cyclic garbage collector is paused while the samples are
  made. Its repeated scans of the growing heap were about half of the build time (4.2-5.1 s
  before, 1.7-2.3 s after, for 32,740 samples). Cost: nothing is collected cyclically inside
  the block; reference counting still frees everything that is dropped, and the collector is
  switched back on (if it was on) when the block ends, even on an error.
- :func:`freeze_heap`: once a large dataset is built, every live object is moved to the
  collector's permanent generation (:func:`gc.freeze`), so that full collections during the
  run stop rescanning the samples (~0.9 ms CPU per sample over a full run, about a tenth of the
  harness's own time). Cost: cyclic garbage that exists at that moment is never collected
  (frozen objects are still freed by reference counting); no collection is run first, because
  over the freshly built samples it would cost a third of the build time. Applied only from
  :data:`FREEZE_MIN_SAMPLES` samples on, where it pays.

(A third, fast random message ids, went when SPY-Bench samples stopped building messages:
their input is the prompt text, task version 1.3.0.)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

FREEZE_MIN_SAMPLES = 5000
"""From this many samples on, :func:`freeze_heap` moves the built dataset out of the
collector's sight; below it the gain is too small to matter."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small, long-lived objects.

    The collector is switched back on afterwards only if it was on before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def freeze_heap(n_samples: int, min_samples: int | None = None) -> bool:
    """Freeze the heap (:func:`gc.freeze`) after building ``n_samples`` long-lived samples.

    Args:
        n_samples: How many samples were just built.
        min_samples: Threshold; ``None`` reads :data:`FREEZE_MIN_SAMPLES` at call time.

    Returns:
        Whether the heap was frozen (only from ``min_samples`` samples on).
    """
    threshold = FREEZE_MIN_SAMPLES if min_samples is None else min_samples
    if n_samples < threshold:
        return False
    gc.freeze()
    return True
