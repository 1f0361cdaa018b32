"""SPY-Tune alignment recipes (SPY paper §4): SFT, DPO, NCA and NCA-P on TRL.

- :mod:`spy_bench.tune.data`: SPY-Tune records → SFT, preference and NCA-P rows, built with
  SPY-Bench's own prompt code.
- :mod:`spy_bench.tune.losses`: the NCA and NCA-P losses on tensors.
- :mod:`spy_bench.tune.trainers`: :class:`~spy_bench.tune.trainers.NcaPTrainer`, a TRL
  ``DPOTrainer`` subclass.
- :mod:`spy_bench.tune.recipes`: :func:`~spy_bench.tune.recipes.train`, the one entry
  point, and the packaged accelerate/DeepSpeed configs.
- :mod:`spy_bench.tune.cli`: ``vlm-privacy tune`` (also ``python -m spy_bench.tune``, for
  ``accelerate launch -m spy_bench.tune``).

Importing this package needs no torch; the ``tune`` extra is needed to train.
"""

from __future__ import annotations

from typing import Any

__all__ = ["METHOD_DEFAULTS", "LoraSettings", "TuneResult", "config_path", "train"]


def __getattr__(name: str) -> Any:
    # Lazy, so that ``vlm-privacy --help`` does not import the recipes and their dependencies.
    if name in __all__:
        from spy_bench.tune import recipes

        return getattr(recipes, name)
    raise AttributeError(f"module 'spy_bench.tune' has no attribute {name!r}")
