"""Shared code for the vlm-privacy benchmarks (SPY-Bench and MultiPriv).

Downloads and cache, respond/reject judges, the report engine, the ``hf-vlm`` provider and the
``vlm-privacy`` CLI live here; each benchmark is its own top-level package (``spy_bench``,
``multipriv``) so that Inspect names its tasks ``spy_bench/<task>`` and ``multipriv/<task>``.
This package imports neither benchmark: only :mod:`vlm_privacy.cli` names them, as strings
loaded lazily.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vlm-privacy")
except PackageNotFoundError:  # pragma: no cover - run from a source tree, not installed
    __version__ = "0+unknown"
