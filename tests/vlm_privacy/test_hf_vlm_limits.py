"""hf-vlm refuses inputs longer than the model's context, per sample (issue 15, item 10).

The tiny VLM's context is 2,048 tokens (its config and tokenizer say so).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from inspect_ai import Task, eval
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.model import GenerateConfig, Model, get_model
from inspect_ai.scorer import includes

from vlm_privacy.providers.hf_vlm import InputTooLongError


@pytest.fixture(scope="module")
def model(tiny_vlm_path: Path) -> Iterator[Model]:
    m = get_model(f"hf-vlm/{tiny_vlm_path}", device="cpu", batch_size=4, memoize=False)
    yield m
    m.api.close()


def test_context_length_comes_from_the_checkpoint(model: Model) -> None:
    assert model.api.context_length == 2048


def test_input_longer_than_context_is_refused_with_its_length(model: Model) -> None:
    text = "word " * 3000  # over 2,048 tokens, under the pre-check's character bound
    with pytest.raises(InputTooLongError) as info:
        asyncio.run(model.generate(text, config=GenerateConfig(max_tokens=2)))
    message = str(info.value)
    assert "2,048-token context" in message
    tokens = int(message.split("input is ")[1].split(" tokens")[0].replace(",", ""))
    assert tokens > 2048


def test_huge_input_is_refused_before_tokenizing(model: Model) -> None:
    text = "x" * (2048 * 64 + 1)
    with pytest.raises(InputTooLongError, match=r"input is 131,\d{3} characters"):  # + template
        asyncio.run(model.generate(text, config=GenerateConfig(max_tokens=2)))


def test_only_the_long_sample_fails_in_a_run(model: Model, tmp_path: Path) -> None:
    samples = [
        Sample(id="short", input="Hello there", target="x"),
        Sample(id="long", input="word " * 3000, target="x"),
    ]
    task = Task(dataset=MemoryDataset(samples), scorer=includes())
    (log,) = eval(
        task,
        model=model,
        max_tokens=2,
        fail_on_error=False,
        display="none",
        log_dir=str(tmp_path),
    )
    by_id = {s.id: s for s in log.samples}
    assert by_id["short"].error is None and by_id["short"].output.completion is not None
    assert by_id["long"].error is not None
    assert "2,048-token context" in by_id["long"].error.message
