"""Checking task parameters (``inspect eval ... -T name=value``) when the task is built.

Inspect parses each ``-T`` value as YAML and passes it on as is: ``-T distractors=maybe``
arrives as the string ``"maybe"``, ``-T n_distractors=2.5`` as a float. Without a check, such
values are taken for something else (``"maybe"`` is true) or fail much later with a
``TypeError``. Each helper returns the value when it has the documented type and range, and
otherwise raises :class:`~vlm_privacy.errors.ParameterError` naming the parameter, the value
and the accepted values, before any data is read or any model is called.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vlm_privacy.errors import ParameterError


def _fail(name: str, value: Any, accepted: str) -> ParameterError:
    shown = repr(value) if not isinstance(value, str) else value
    return ParameterError(f"-T {name}={shown}: {name} must be {accepted}.")


def boolean(name: str, value: Any) -> bool:
    """``value`` if it is ``true`` or ``false``."""
    if isinstance(value, bool):
        return value
    raise _fail(name, value, "true or false")


def integer(
    name: str,
    value: Any,
    *,
    low: int | None = None,
    high: int | None = None,
    optional: bool = False,
) -> int | None:
    """``value`` if it is a whole number within ``[low, high]`` (``None`` when ``optional``)."""
    if value is None and optional:
        return None
    if low is not None and high is not None:
        accepted = f"a whole number from {low} to {high}"
    elif low is not None:
        accepted = f"a whole number of at least {low}"
    else:
        accepted = "a whole number"
    if optional:
        accepted += " (or unset)"
    if not isinstance(value, int) or isinstance(value, bool):
        raise _fail(name, value, accepted)
    if (low is not None and value < low) or (high is not None and value > high):
        raise _fail(name, value, accepted)
    return value


def number(name: str, value: Any, *, low: float, high: float) -> float:
    """``value`` as a float if it is a number within ``[low, high]``."""
    accepted = f"a number from {low:g} to {high:g}"
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not math.isfinite(value)
        or not low <= value <= high
    ):
        raise _fail(name, value, accepted)
    return float(value)


def text(name: str, value: Any, *, optional: bool = True, hint: str = "a path or text") -> Any:
    """``value`` if it is a non-empty string or a path (or ``None`` when ``optional``); a whole
    number is taken as text (YAML reads ``-T data_dir=2024`` as a number)."""
    if value is None and optional:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Path) or (isinstance(value, str) and value.strip()):
        return value
    raise _fail(name, value, hint + (" (or unset)" if optional else ""))


def choice(name: str, value: Any, choices: Sequence[str]) -> str:
    """``value`` if it is one of ``choices``."""
    if isinstance(value, str) and value in choices:
        return value
    raise _fail(name, value, "one of " + ", ".join(choices))


def names(name: str, value: Any, *, hint: str) -> Any:
    """A comma-separated string or a list of non-empty strings (or ``None``)."""
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    if (
        isinstance(value, list | tuple)
        and value
        and all(isinstance(v, str) and v.strip() for v in value)
    ):
        return value
    raise _fail(name, value, hint)
