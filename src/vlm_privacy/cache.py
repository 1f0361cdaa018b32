"""The on-disk cache shared by the benchmarks, and its completeness markers.

- :func:`cache_dir` gives a directory under the cache root (``$VLM_PRIVACY_CACHE``, else the
  platform's user cache directory for ``vlm-privacy``).
- :func:`mark_complete` / :func:`is_complete`: a cache entry is used only once a
  ``.complete.json`` marker has been written into it, after everything else.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from vlm_privacy.errors import VlmPrivacyError
from vlm_privacy.files import relative_inside, write_bytes_atomic

CACHE_ENV = "VLM_PRIVACY_CACHE"
"""Environment variable that overrides the cache root."""

COMPLETE_MARKER = ".complete.json"
"""Name of the file that marks a cache directory as complete."""


# --------------------------------------------------------------------------------------------
# Cache directories and completeness markers
# --------------------------------------------------------------------------------------------


def cache_root() -> Path:
    """Return the cache root: ``$VLM_PRIVACY_CACHE`` if set, else the user cache directory."""
    root = os.environ.get(CACHE_ENV)
    return Path(root).expanduser() if root else Path(user_cache_dir("vlm-privacy"))


def cache_dir(*parts: str) -> Path:
    """Return (and create) the cache directory ``<cache root>/<parts...>``.

    Each part must be a plain relative name: a part that is absolute or contains ``..`` is
    refused so that a cache entry never lies outside the cache root.
    """
    for part in parts:
        if relative_inside(part) is None:
            raise VlmPrivacyError(
                f"Invalid cache directory name {part!r}: use a plain relative name."
            )
    path = cache_root().joinpath(*parts)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as ex:
        raise VlmPrivacyError(
            f"Could not create the cache directory {path}: {ex}. "
            f"Set {CACHE_ENV} to a writable directory."
        ) from ex
    return path


def mark_complete(dir: Path, info: dict[str, Any]) -> Path:
    """Atomically write ``dir/.complete.json`` with ``info``; return the marker's path.

    Call it last, once everything in ``dir`` is in place: :func:`is_complete` then lets later
    runs use the directory without touching the network.
    """
    marker = Path(dir) / COMPLETE_MARKER
    write_bytes_atomic(marker, (json.dumps(info, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    return marker


def read_complete(dir: Path) -> dict[str, Any] | None:
    """Return the info stored by :func:`mark_complete`, or None if ``dir`` is not complete."""
    marker = Path(dir) / COMPLETE_MARKER
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def is_complete(dir: Path) -> bool:
    """Whether ``dir`` holds a valid completeness marker."""
    return read_complete(dir) is not None


def clear_complete(dir: Path) -> None:
    """Remove the completeness marker of ``dir`` (before re-downloading into it)."""
    with contextlib.suppress(FileNotFoundError):
        (Path(dir) / COMPLETE_MARKER).unlink()
