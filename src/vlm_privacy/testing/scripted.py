"""Scripted stand-ins for models and graders, for offline tests and dry runs.

Inspect's ``mockllm/model`` counts tokens with tiktoken when an output carries no usage, and
tiktoken downloads its encoding on first use; the outputs made here carry usage so that
scripted runs stay fully offline.
"""

from __future__ import annotations

from collections.abc import Callable

from inspect_ai.model import ChatMessage, GenerateConfig, Model, ModelOutput, ModelUsage, get_model
from inspect_ai.tool import ToolChoice, ToolInfo


def scripted_output(text: str) -> ModelOutput:
    """A ``ModelOutput`` with ``text`` and token usage already filled in."""
    output = ModelOutput.from_content(model="mockllm", content=text)
    words = max(1, len(text.split()))
    output.usage = ModelUsage(input_tokens=1, output_tokens=words, total_tokens=words + 1)
    return output


def message_text(messages: list[ChatMessage]) -> str:
    """All the text of a conversation, one message per line."""
    return "\n".join(m.text for m in messages)


def scripted_model(respond: Callable[[list[ChatMessage]], str]) -> Model:
    """A mockllm model whose answer is ``respond(messages)`` for each request."""

    def outputs(
        messages: list[ChatMessage],
        tools: list[ToolInfo],
        tool_choice: ToolChoice,
        config: GenerateConfig,
    ) -> ModelOutput:
        return scripted_output(respond(messages))

    return get_model("mockllm/model", custom_outputs=outputs)
