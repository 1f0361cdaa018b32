"""Shared code for the vlm-privacy benchmarks (SPY-Bench and MultiPriv).

Downloads and cache, respond/reject judges, reports and the ``vlm-privacy`` CLI live here;
each benchmark is its own top-level package (``spy_bench``, ``multipriv``) so that Inspect
names its tasks ``spy_bench/<task>`` and ``multipriv/<task>``.
"""

__version__ = "0.1.0"
