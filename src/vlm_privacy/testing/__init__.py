"""Test helpers: a tiny, real, offline-built vision-language model.

See :func:`vlm_privacy.testing.tiny_vlm.build_tiny_llava` (and ``vlm-privacy tiny-vlm --out DIR``).
"""

from vlm_privacy.testing.tiny_vlm import TinyVlmBuildError, build_tiny_llava

__all__ = ["TinyVlmBuildError", "build_tiny_llava"]
