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
    "active_generate_config",
    "active_model",
    "call_outside_sample",
    "create_task",
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


def active_model() -> Any:
    """Inspect's ``active_model``: the model ``inspect eval`` is evaluating, or ``None``.

    Set while ``inspect eval`` builds its tasks and runs their samples; ``None`` when a task
    is built before an evaluation starts (``eval(my_task(), model=...)``).
    """
    from inspect_ai.model._model import active_model as _impl

    return _impl()


def active_generate_config() -> Any:
    """The running task's GenerateConfig: the task's ``config`` merged with the command line's
    (``--max-tokens`` ...), without the model's own defaults."""
    from inspect_ai.model._generate_config import active_generate_config as _impl

    return _impl()


def call_outside_sample(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call ``fn(*args, **kwargs)`` with Inspect's active sample unset, so that what it logs reads as a
    run-level message (Inspect prefixes records logged inside a sample with ``sample=ID``)."""
    import contextvars

    try:
        from inspect_ai.log._samples import _sample_active
    except ImportError:  # pragma: no cover - Inspect moved it: the prefix stays
        return fn(*args, **kwargs)
    context = contextvars.copy_context()
    context.run(_sample_active.set, None)
    return context.run(fn, *args, **kwargs)


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


def create_task(name: str, args: dict[str, Any]) -> Any:
    """Inspect's ``task_create``: the registered task ``name`` (e.g. ``spy_bench/full``)
    made with ``args``, after loading the installed packages' entry points."""
    from inspect_ai._eval.registry import task_create
    from inspect_ai._util.entrypoints import ensure_entry_points

    ensure_entry_points()
    return task_create(name, **args)
