"""Fast, one-line failures for Hugging Face Hub checkpoints.

transformers retries an unreachable Hub for minutes (with a warning line per retry) before it
gives up with an error about the wrong file. :func:`hub_load_args` asks the Hub once, with a
short timeout, before a checkpoint is loaded: a local folder, offline mode or an answering Hub
load as before; an unreachable Hub loads a cached checkpoint from the cache alone, and
otherwise fails at once with :class:`HubUnreachableError`, which says how to fix it.

Used by the ``hf-vlm`` provider and by ``vlm-privacy tune``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from vlm_privacy.errors import VlmPrivacyError

PROBE_TIMEOUT_S = 5.0
"""Seconds to wait for the Hub's answer before it counts as unreachable."""

OFFLINE_HINT = (
    "Set HF_HUB_OFFLINE=1 to use models already in the Hugging Face cache, or pass a local "
    "folder (e.g. --model hf-vlm//abs/path/to/model or hf-vlm/relative/folder)."
)

CACHE_PROBE_FILES = (
    "config.json",
    "processor_config.json",
    "preprocessor_config.json",
    "tokenizer_config.json",
)
"""Files whose presence in the Hugging Face cache means the checkpoint was downloaded before."""


class HubUnreachableError(VlmPrivacyError):
    """A checkpoint is not local or cached and the Hugging Face Hub cannot be reached."""


class LocalModelNotFoundError(VlmPrivacyError):
    """A model name spelled as a path names no folder."""


def looks_like_path(name: str) -> bool:
    """Whether ``name`` is a filesystem path rather than a Hub id (``owner/name``)."""
    return name.startswith(("/", ".", "~")) or name.count("/") > 1 or "\\" in name


def offline_mode() -> bool:
    """Whether ``HF_HUB_OFFLINE`` (or ``TRANSFORMERS_OFFLINE``) is set to a true value."""
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        if os.environ.get(var, "").strip().lower() in ("1", "true", "yes", "on"):
            return True
    return False


def is_cached(name: str, revision: str | None = None) -> bool:
    """Whether the Hugging Face cache holds a download of the Hub checkpoint ``name``."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return False
    for filename in CACHE_PROBE_FILES:
        try:
            found = try_to_load_from_cache(name, filename, revision=revision)
        except Exception:  # noqa: BLE001 - an invalid repo id is simply not cached
            return False
        if isinstance(found, str):
            return True
    return False


def hub_endpoint() -> str:
    """The Hub's address (``HF_ENDPOINT``, else huggingface.co)."""
    try:
        from huggingface_hub import constants

        return str(constants.ENDPOINT).rstrip("/")
    except ImportError:
        return os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/")


def hub_unreachable_reason(timeout: float = PROBE_TIMEOUT_S) -> str | None:
    """Why the Hub cannot be reached (``None`` when it answers, whatever the answer)."""
    import httpx

    try:
        httpx.head(f"{hub_endpoint()}/api/models", timeout=timeout)
    except httpx.TransportError as ex:
        return str(ex) or type(ex).__name__
    return None


def hub_load_args(
    name: str, *, what: str = "model", revision: str | None = None, option: str = "--model"
) -> dict[str, Any]:
    """Extra ``from_pretrained`` arguments for loading ``name``, checking the Hub first.

    Args:
        name: Hub id or local folder.
        what: What is loaded, for the message (``"model"``, ``"processor"``, ...).
        revision: Hub branch, tag or commit.
        option: The option the user named ``name`` with, for the message.

    Returns:
        ``{}`` for a local folder, in offline mode or when the Hub answers;
        ``{"local_files_only": True}`` when the Hub cannot be reached but ``name`` is cached.

    Raises:
        LocalModelNotFoundError: ``name`` is spelled as a path and no such folder exists.
        HubUnreachableError: ``name`` is neither local nor cached and the Hub cannot be reached.
    """
    path = Path(name).expanduser()
    if path.is_dir():
        return {}
    if looks_like_path(name):
        raise LocalModelNotFoundError(
            f"The {what} folder {name!r} (from {option}) does not exist. Check the path; an "
            "absolute path after a provider needs a double slash, e.g. hf-vlm//data/my-model."
        )
    if offline_mode():
        return {}
    reason = hub_unreachable_reason()
    if reason is None:
        return {}
    if is_cached(name, revision):
        return {"local_files_only": True}
    raise HubUnreachableError(
        f"The {what} {name!r} could not be fetched: the Hugging Face Hub ({hub_endpoint()}) "
        f"cannot be reached ({reason}). {OFFLINE_HINT}"
    )
