"""``-M min_pixels=... -M max_pixels=...`` of the ``hf-vlm`` provider reach the processor."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import transformers  # noqa: E402
from inspect_ai import Task, eval  # noqa: E402
from inspect_ai.dataset import Sample  # noqa: E402
from inspect_ai.model import ChatMessageUser, ContentImage, ContentText  # noqa: E402
from PIL import Image  # noqa: E402

from vlm_privacy.providers.hf_vlm import ModelArgError, pixel_bounds  # noqa: E402

BOUNDS = {"min_pixels": 200704, "max_pixels": 2007040}


@pytest.fixture
def processor_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every ``AutoProcessor.from_pretrained`` call's keyword arguments (the call goes on)."""
    calls: list[dict[str, Any]] = []
    original = transformers.AutoProcessor.from_pretrained

    def spy(source: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return original(source, **kwargs)

    monkeypatch.setattr(transformers.AutoProcessor, "from_pretrained", spy)
    return calls


def image_task(tmp_path: Path) -> Task:
    image = tmp_path / "red.png"
    Image.new("RGB", (40, 30), (200, 20, 20)).save(image)
    content = [ContentImage(image=str(image)), ContentText(text="What is this?")]
    return Task(dataset=[Sample(input=[ChatMessageUser(content=content)], target="x")])


def test_pixel_bounds_reach_the_processor(
    tiny_vlm_path: Path,
    tmp_path: Path,
    processor_calls: list[dict[str, Any]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        (log,) = eval(
            image_task(tmp_path),
            model=f"hf-vlm/{tiny_vlm_path}",
            model_args={"device": "cpu", **BOUNDS},
            max_tokens=4,
            display="none",
            log_dir=str(tmp_path / "logs"),
        )
    assert log.status == "success", log.error
    assert any(
        call.get("min_pixels") == 200704 and call.get("max_pixels") == 2007040
        for call in processor_calls
    )
    # the tiny model's CLIP processor has no pixel bounds: the user is told
    assert "does not apply min_pixels=200704, max_pixels=2007040" in caplog.text


def test_no_bounds_no_processor_kwargs(
    tiny_vlm_path: Path, tmp_path: Path, processor_calls: list[dict[str, Any]]
) -> None:
    (log,) = eval(
        image_task(tmp_path),
        model=f"hf-vlm/{tiny_vlm_path}",
        model_args={"device": "cpu"},
        max_tokens=4,
        display="none",
        log_dir=str(tmp_path / "logs"),
    )
    assert log.status == "success", log.error
    assert processor_calls and not any("min_pixels" in call for call in processor_calls)


def test_bad_bound_names_the_model_arg(tiny_vlm_path: Path) -> None:
    from vlm_privacy.providers.hf_vlm import HfVlmAPI

    with pytest.raises(ModelArgError, match="max_pixels"):
        HfVlmAPI(str(tiny_vlm_path), device="cpu", max_pixels="lots")


def test_qwen_image_processor_applies_the_bounds(tmp_path: Path) -> None:
    """What the warning checks: a Qwen2-VL image processor loaded with the bounds uses them."""
    from transformers.models.qwen2_vl import Qwen2VLImageProcessorPil

    Qwen2VLImageProcessorPil().save_pretrained(tmp_path)
    loaded = transformers.AutoImageProcessor.from_pretrained(tmp_path, **BOUNDS)
    assert pixel_bounds(loaded) == BOUNDS
    assert pixel_bounds(transformers.AutoImageProcessor.from_pretrained(tmp_path)) != BOUNDS
