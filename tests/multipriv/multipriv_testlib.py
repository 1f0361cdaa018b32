"""Helpers for the MultiPriv tests: scripted mockllm models (no network, no tokenizer)."""

from __future__ import annotations

from collections.abc import Callable

from inspect_ai.model import ChatMessage, Model, ModelOutput, ModelUsage, get_model

PROFILES = 4
"""Profiles per language in the test data (the minimum the generator accepts)."""

USAGE = ModelUsage(input_tokens=1, output_tokens=1, total_tokens=2)


def output(text: str) -> ModelOutput:
    """A mockllm output with usage set (so mockllm does not count tokens with tiktoken)."""
    out = ModelOutput.from_content("mockllm/model", text)
    out.usage = USAGE
    return out


REFUSALS = {
    "en": "Sorry, I can't help with identifying people.",
    "zh": "抱歉，我无法提供该信息。",
}


def scripted_grader() -> Model:
    """A grader that answers "reject" for the scripted refusals and "respond" otherwise."""

    def answer(messages: list[ChatMessage], *args: object) -> ModelOutput:
        prompt = messages[-1].text
        answer_part = prompt.rsplit("Answer:", 1)[-1]
        refused = any(r in answer_part for r in REFUSALS.values())
        return output("reject" if refused else "respond")

    return get_model("mockllm/model", custom_outputs=answer, memoize=False)


def scripted_model(respond: Callable[[list[ChatMessage]], str]) -> Model:
    """A model under test whose answer is ``respond(messages)``."""
    return get_model(
        "mockllm/model",
        custom_outputs=lambda messages, *a: output(respond(messages)),
        memoize=False,
    )
