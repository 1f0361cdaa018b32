"""Names under which the benchmarks register their tasks and solvers with Inspect.

Inspect prefixes what an extension registers with the top-level package that defines it
(``spy_bench/full``) when that package sits in site-packages or is installed editable under a
distribution of the *same* name. This project installs three top-level packages from one
distribution (``vlm-privacy``), so after ``pip install -e .`` Inspect would register the bare
name (``full``) and ``inspect eval spy_bench/full`` would find nothing. :func:`qualified`
supplies the prefix exactly when Inspect will not, so the names are the same however the
package is installed.
"""

from __future__ import annotations

import importlib
import os
import site

from vlm_privacy.compat import get_installed_package_name


def _inspect_adds_prefix(package: str) -> bool:
    module = importlib.import_module(package)
    try:
        name = get_installed_package_name(module)
    except ImportError:  # Inspect moved it: fall back to its documented rule
        path = os.path.realpath(getattr(module, "__file__", "") or "")
        return any(path.startswith(os.path.realpath(p)) for p in site.getsitepackages())
    return name == package


def qualified(package: str, name: str) -> str:
    """``name`` as ``@task(name=...)`` / ``@solver(name=...)`` should receive it from ``package``.

    The registered name always ends up as ``"<package>/<name>"``.
    """
    return name if _inspect_adds_prefix(package) else f"{package}/{name}"
