"""SPY-Tune alignment recipes (SPY paper §4): SFT, DPO, NCA and NCA-P on TRL.

- :mod:`vlm_privacy.tune.data`: SPY-Tune records → SFT, preference and NCA-P rows, built with
  SPY-Bench's own prompt code.
- :mod:`vlm_privacy.tune.losses`: the NCA and NCA-P losses on tensors.
- :mod:`vlm_privacy.tune.trainers`: :class:`~vlm_privacy.tune.trainers.NcaPTrainer`, a TRL
  ``DPOTrainer`` subclass.
- :mod:`vlm_privacy.tune.recipes`: :func:`~vlm_privacy.tune.recipes.train`, the one entry
  point, and the packaged accelerate/DeepSpeed configs.
- :mod:`vlm_privacy.tune.cli`: ``vlm-privacy tune`` (also ``python -m vlm_privacy.tune``, for
  ``accelerate launch -m vlm_privacy.tune``).

Importing this package needs no torch; the ``tune`` extra is needed to train.
"""

from __future__ import annotations

from typing import Any

__all__ = ["METHOD_DEFAULTS", "LoraSettings", "TuneResult", "config_path", "train"]


def __getattr__(name: str) -> Any:
    # Lazy, so that ``vlm-privacy --help`` does not import the recipes and their dependencies.
    if name in __all__:
        from vlm_privacy.tune import recipes

        return getattr(recipes, name)
    raise AttributeError(f"module 'vlm_privacy.tune' has no attribute {name!r}")
