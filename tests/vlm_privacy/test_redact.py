"""Credentials never reach stored grader error text (issue 15, item 15)."""

from __future__ import annotations

import asyncio

import pytest

from vlm_privacy.judges import llm_judge
from vlm_privacy.redact import KEY_ENV_VARS, REDACTED, redact, secret_values
from vlm_privacy.testing.scripted import scripted_model

OPENAI_KEY = "sk-proj-Z9y8X7w6V5u4T3s2R1q0"
GOOGLE_KEY = "AIzaSyD-not-a-real-key-0042"
BEARER = "eyJhbGciOi.payload.signature"


@pytest.mark.parametrize(
    "text",
    [
        f"Error code: 401 - invalid key {OPENAI_KEY}",
        f"request headers: {{'Authorization': 'Bearer {BEARER}', 'x-api-key': '{BEARER}'}}",
        f'{{"api-key": "{BEARER}"}}',
        f"Authorization: Basic {BEARER}",
        f"GET https://generativelanguage.googleapis.com/v1/models?key={GOOGLE_KEY}&alt=sse",
        f"x-goog-api-key={GOOGLE_KEY}",
        f"the key {GOOGLE_KEY} is not valid",  # only known from the environment
    ],
)
def test_redact_removes_keys_and_header_values(text: str) -> None:
    out = redact(text, environ={"GOOGLE_API_KEY": GOOGLE_KEY, "OPENAI_API_KEY": OPENAI_KEY})
    for secret in (OPENAI_KEY, GOOGLE_KEY, BEARER):
        assert secret not in out
    assert REDACTED in out
    assert redact(out) == out  # idempotent: nothing left to find, no doubled markers


def test_redact_keeps_ordinary_text() -> None:
    text = "grader failed 3 times: RuntimeError: Authorization header missing, retry later"
    assert redact(text, environ={"DEBUG": "1", "HOME": "/root", "OPENAI_API_KEY": "x"}) == text


def test_key_env_vars_cover_the_common_providers() -> None:
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "MISTRAL_API_KEY"):
        assert name in KEY_ENV_VARS
    env = {"OPENAI_API_KEY": "a" * 30, "MY_SERVICE_TOKEN": "b" * 20, "SHORT_KEY": "abc"}
    assert secret_values(env) == ["a" * 30, "b" * 20]


def test_llm_judge_error_text_is_redacted(monkeypatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-api03-secretsecretsecret")

    def leaky(messages) -> str:  # noqa: ANN001
        raise RuntimeError(
            "401 Unauthorized for POST https://api.example.com with headers "
            "{'authorization': 'Bearer tok_live_1234567890', "
            "'x-api-key': 'sk-ant-api03-secretsecretsecret'}"
        )

    decision = asyncio.run(llm_judge(scripted_model(leaky), "Q?", "A.", "topic", attempts=1))
    assert decision.verdict is None
    for text in (decision.raw, decision.describe()):
        assert "secretsecret" not in text and "tok_live" not in text
        assert "401 Unauthorized" in text and REDACTED in text
