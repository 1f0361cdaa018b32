"""Keep credentials out of the text this project stores (logs, reports).

Exception text from a model provider can echo the request that failed, headers included;
stored verbatim as a grader's output, it would put an API key into the ``.eval`` log, which
users share. :func:`redact` replaces, in any text:

- the values of the API-key environment variables of every Inspect provider
  (:data:`KEY_ENV_VARS`, taken from ``inspect_ai/model/_providers``), and of any other
  environment variable whose name says it holds a secret (:data:`SECRET_NAME`);
- the values of ``Authorization``, ``Proxy-Authorization``, ``api-key``, ``x-api-key`` and
  ``x-goog-api-key`` headers, and ``key=`` / ``api_key=`` / ``access_token=`` URL parameters;
- tokens shaped like provider keys (``sk-...``, ``hf_...``);
- any ``extra`` values the caller knows (a key passed with ``--model-args api_key=...``).

Every place that stores exception text calls it (today: :func:`vlm_privacy.judges.llm_judge`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

REDACTED = "[REDACTED]"
"""What a secret is replaced with."""

KEY_ENV_VARS: tuple[str, ...] = (
    "ANTHROPIC_API_KEY",
    "ANTHROPIC_AUTH_TOKEN",
    "AWS_ACCESS_KEY_ID",
    "AWS_BEARER_TOKEN_BEDROCK",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AZUREAI_ANTHROPIC_API_KEY",
    "AZUREAI_API_KEY",
    "AZUREAI_MISTRAL_API_KEY",
    "AZUREAI_OPENAI_API_KEY",
    "AZURE_ANTHROPIC_API_KEY",
    "AZURE_API_KEY",
    "AZURE_MISTRAL_API_KEY",
    "AZURE_OPENAI_API_KEY",
    "BEDROCK_OPENAI_API_KEY",
    "CLOUDFLARE_API_KEY",
    "CLOUDFLARE_API_TOKEN",
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "GROK_API_KEY",
    "GROQ_API_KEY",
    "HF_TOKEN",
    "LITELLM_API_KEY",
    "LITELLM_PROXY_API_KEY",
    "META_API_KEY",
    "MISTRAL_API_KEY",
    "MODEL_API_KEY",
    "OPENAI_API_KEY",
    "OPENROUTER_API_KEY",
    "PERPLEXITY_API_KEY",
    "SGLANG_API_KEY",
    "TOGETHER_API_KEY",
    "VERTEX_API_KEY",
    "VLLM_API_KEY",
    "XAI_API_KEY",
)
"""Environment variables that hold the API keys of Inspect's model providers (the
``*_API_KEY``/``*_TOKEN`` names in ``inspect_ai/model/_providers``, plus AWS's)."""

SECRET_NAME = re.compile(r"(API_KEY|_KEY|_TOKEN|_SECRET|_PASSWORD|_CREDENTIALS?)$", re.I)
"""Other environment variable names whose values are treated as secrets."""

MIN_SECRET_LENGTH = 8
"""Shorter values are not replaced (``1``, ``true`` would blank out ordinary words)."""

_HEADER = re.compile(
    r"(?i)(\b(?:proxy-)?authorization|\bx-goog-api-key|\bx-api-key|\bapi[-_]key)"
    r"(\W{0,4}?[:=]\s*['\"]?)"
    r"((?:bearer|basic|token)\s+)?"
    r"(?!\[REDACTED\])(?!(?:bearer|basic|token)\s)([^\s'\",;}\]]+)"
)
_URL_PARAM = re.compile(r"(?i)([?&](?:key|api_key|apikey|access_token|token)=)([^&\s'\"]+)")
_KEY_SHAPED = re.compile(r"\b(?:sk-[A-Za-z0-9_\-]{16,}|hf_[A-Za-z0-9]{20,})")


def secret_values(environ: Mapping[str, str] | None = None) -> list[str]:
    """The values of :data:`KEY_ENV_VARS` and other secret-named variables in ``environ``
    (default: ``os.environ``), longest first, at least :data:`MIN_SECRET_LENGTH` long."""
    env = os.environ if environ is None else environ
    names = set(KEY_ENV_VARS) | {name for name in env if SECRET_NAME.search(name)}
    values = {env[n].strip() for n in names if env.get(n)}
    return sorted((v for v in values if len(v) >= MIN_SECRET_LENGTH), key=len, reverse=True)


def redact(
    text: str, extra: Iterable[str | None] = (), environ: Mapping[str, str] | None = None
) -> str:
    """``text`` with every credential it shows replaced by :data:`REDACTED` (see the module
    docstring); ``extra`` adds known secret values (``None`` and short ones are ignored)."""
    values = secret_values(environ)
    values += sorted((v for v in extra if v and len(v) >= MIN_SECRET_LENGTH), key=len, reverse=True)
    for value in values:
        text = text.replace(value, REDACTED)
    text = _HEADER.sub(lambda m: f"{m[1]}{m[2]}{m[3] or ''}{REDACTED}", text)
    text = _URL_PARAM.sub(lambda m: f"{m[1]}{REDACTED}", text)
    return _KEY_SHAPED.sub(REDACTED, text)
