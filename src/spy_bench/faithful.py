"""The authors' settings around the prompts: Qwen2/2.5-VL image resolution, reasoning models.

The prompts, judge and metrics reproduce the authors' code; these are the settings around them
that still change a row's numbers (issue 17, §1):

- **Image resolution of Qwen2-VL and Qwen2.5-VL.** Their processors turn an image into a number
  of tokens that depends on its pixel count, bounded by ``min_pixels`` and ``max_pixels``. The
  authors' vLLM evaluated with :data:`QWEN_EVAL_PIXELS` and trained with
  :data:`QWEN_TRAIN_PIXELS`. ``vlm-privacy tune`` applies the training bounds to Qwen
  checkpoints by default; for evaluation pass them as model args (see
  :func:`vllm_model_args` and :func:`hf_vlm_model_args`, and the README's paper-faithful
  commands).
- **Reasoning models** (o1, o3, o4-mini, Gemini 2.5, ...). The authors sent them no token cap
  and temperature 1; a 512-token cap would also count their hidden reasoning tokens and cut
  answers short or leave them empty. :func:`generate_config` picks the configuration for the
  model under evaluation, using Inspect's model database (``ModelInfo.reasoning``).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from inspect_ai.model import GenerateConfig, Model, get_model_info

from vlm_privacy.compat import active_model
from vlm_privacy.errors import ParameterError

QWEN_EVAL_PIXELS: dict[str, int] = {"min_pixels": 200704, "max_pixels": 2007040}
"""Qwen2/2.5-VL image bounds of the authors' evaluation (256 to 2560 tokens of 28x28 pixels)."""

QWEN_TRAIN_PIXELS: dict[str, int] = {"min_pixels": 200704, "max_pixels": 1003520}
"""Qwen2/2.5-VL image bounds of the authors' SPY-Tune training (256 to 1280 tokens)."""

QWEN_VL_MODEL_TYPES = frozenset({"qwen2_vl", "qwen2_5_vl"})
"""``model_type`` values (``config.json``) of the checkpoints the pixel bounds apply to."""

_QWEN_VL_NAME = re.compile(r"qwen2(\.5)?-?vl", re.IGNORECASE)

MAX_TOKENS = 512
"""The authors' token cap for non-reasoning models (greedy decoding, 512 new tokens)."""

REASONING_TEMPERATURE = 1.0
"""Temperature the authors sent to reasoning models (which most APIs require anyway)."""

MaxTokens = int | Literal["auto", "none"] | None


def is_qwen_vl(name: str, model_type: str | None = None) -> bool:
    """Whether a checkpoint is Qwen2-VL or Qwen2.5-VL, from its ``model_type`` or its name."""
    if model_type is not None:
        return model_type in QWEN_VL_MODEL_TYPES
    return bool(_QWEN_VL_NAME.search(name.replace("_", "-")))


def vllm_model_args(pixels: dict[str, int] = QWEN_EVAL_PIXELS) -> dict[str, int]:
    """``-M`` model args giving a ``vllm/`` server the pixel bounds.

    Inspect's vLLM provider turns each model arg into a ``vllm serve`` flag; a dotted key sets
    one field of a JSON flag, so ``-M mm_processor_kwargs.max_pixels=2007040`` becomes
    ``--mm-processor-kwargs.max_pixels 2007040``.
    """
    return {f"mm_processor_kwargs.{key}": value for key, value in pixels.items()}


def hf_vlm_model_args(pixels: dict[str, int] = QWEN_EVAL_PIXELS) -> dict[str, int]:
    """``-M`` model args giving the ``hf-vlm`` provider's processor the pixel bounds."""
    return dict(pixels)


def is_reasoning_model(model: str | Model | None) -> bool:
    """Whether Inspect's model database marks ``model`` as a reasoning model."""
    if model is None:
        return False
    try:
        info = get_model_info(model)
    except Exception:  # an unknown provider or name is simply not known to reason
        return False
    return bool(info is not None and info.reasoning)


def parse_max_tokens(value: Any) -> int | Literal["auto"] | None:
    """``-T max_tokens=...``: ``auto``, ``none`` (no cap, also ``None``) or a positive integer."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("none", "null"):
            return None
        if text == "auto":
            return "auto"
        if text.isdigit() and int(text) > 0:
            return int(text)
    elif isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    shown = value if isinstance(value, str) else repr(value)
    raise ParameterError(
        f"-T max_tokens={shown}: max_tokens must be auto (512 new tokens, no cap for reasoning "
        "models), none (no cap) or a whole number of at least 1 (-T max_tokens=1024)."
    )


def generate_config(
    max_tokens: MaxTokens = "auto", model: str | Model | None = None
) -> GenerateConfig:
    """The task's generation config for ``model`` (default: the model being evaluated).

    Args:
        max_tokens: ``"auto"``: the authors' settings, greedy with 512 new tokens, or for a
            reasoning model no cap and temperature 1; ``"none"`` / ``None``: greedy, no cap;
            an integer: greedy with that cap.
        model: The model to decide for; unset, the active model of ``inspect eval`` (unknown
            when a task is built before the evaluation starts, which counts as non-reasoning).
    """
    cap = parse_max_tokens(max_tokens)
    if cap == "auto":
        if is_reasoning_model(model if model is not None else active_model()):
            return GenerateConfig(temperature=REASONING_TEMPERATURE)
        return GenerateConfig(temperature=0.0, max_tokens=MAX_TOKENS)
    return GenerateConfig(temperature=0.0, max_tokens=cap)
