"""Every private Inspect AI name this project uses, in one place.

Inspect's ``_util`` and ``_``-prefixed modules are not public API and may move between
releases. The rest of the project imports them from here only, so that a change in Inspect
is mended in this one file. Names used only by some commands are imported when first
called, so importing this module stays as cheap as importing ``inspect_ai._util.error``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from inspect_ai._util.error import PrerequisiteError

__all__ = [
    "PrerequisiteError",
    "file_as_data",
    "get_installed_package_name",
    "model_info_lookup_api_key",
    "registry_info",
    "registry_lookup",
]


def get_installed_package_name(module: ModuleType) -> str | None:
    """Inspect's ``get_installed_package_name`` (raises ImportError where Inspect moved it)."""
    from inspect_ai._util.package import get_installed_package_name as _impl

    return _impl(module)


def registry_info(obj: object) -> Any:
    """Inspect's ``registry_info``: the registered name and type of a task, solver, ..."""
    from inspect_ai._util.registry import registry_info as _impl

    return _impl(obj)


def registry_lookup(kind: str, name: str) -> Any:
    """Inspect's ``registry_lookup``: the object registered as ``name`` (e.g. a task), or None."""
    from inspect_ai._util.registry import registry_lookup as _impl

    return _impl(kind, name)  # type: ignore[arg-type]


async def file_as_data(file: str) -> tuple[bytes, str]:
    """Inspect's ``file_as_data``: the bytes and MIME type of a path, URL or data URI."""
    from inspect_ai._util.images import file_as_data as _impl

    return await _impl(file)


def model_info_lookup_api_key() -> str:
    """Inspect's placeholder API key for ``get_model_info()`` lookups (private, so guarded)."""
    try:
        from inspect_ai.model._model_info import MODEL_INFO_LOOKUP_API_KEY
    except ImportError:  # pragma: no cover - older or newer Inspect
        return "__inspect_model_info_lookup__"
    return MODEL_INFO_LOOKUP_API_KEY
