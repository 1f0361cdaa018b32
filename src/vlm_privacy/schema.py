"""Turning pydantic validation errors into the project's error phrases.

The benchmarks declare their data records as pydantic models (the SPY-Bench item, the
MultiPriv record, the SPY-Tune row). Pydantic reports problems as a list of errors with a
location (``("question_item", "image_path")``) and a type; users should see what they saw
before the schemas were models: the file, the line or item, the field and how to fix it. Each
benchmark wraps the phrases from :func:`problems` into its
:class:`~vlm_privacy.errors.DataValidationError` with the file and line.

Validators in the models raise ``ValueError`` with a phrase that may hold :data:`FIELD`, which
is replaced here by the quoted field location (``'privacy_scenarios[0].scenario'``), so one
validator serves every place its field occurs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

FIELD = "@FIELD"
"""Placeholder for the quoted field location in validator messages."""


@dataclass(frozen=True)
class Problem:
    """One validation problem: its pydantic error type, field location and phrase."""

    kind: str
    """``"missing"``, ``"extra_forbidden"``, ``"value_error"`` or another pydantic type."""
    field: str
    """Dotted location, list indices in brackets (``privacy_scenarios[0].scenario``)."""
    message: str


def field_name(loc: Sequence[Any]) -> str:
    """``("a", 0, "b")`` as ``a[0].b``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def problems(ex: ValidationError, *, quote: str = "'") -> list[Problem]:
    """The errors of ``ex`` as :class:`Problem` phrases, in pydantic's (field) order.

    Args:
        ex: The error from ``Model.model_validate``.
        quote: Quote put around field names (SPY-Bench ``'``, MultiPriv ``"``).
    """
    out: list[Problem] = []
    for error in ex.errors(include_url=False):
        kind = error["type"]
        name = field_name(error["loc"])
        quoted = f"{quote}{name}{quote}"
        if kind == "value_error":
            raw = str(error.get("ctx", {}).get("error", error["msg"]))
            message = raw.replace(FIELD, quoted)
        elif kind == "missing":
            message = f"missing field {quoted}"
        elif kind == "extra_forbidden":
            message = f"unknown field {quoted}"
        else:
            shown = repr(error.get("input"))
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            message = f"field {quoted}: {error['msg'].lower()}, got {shown}"
        out.append(Problem(kind=kind, field=name, message=message))
    return out
