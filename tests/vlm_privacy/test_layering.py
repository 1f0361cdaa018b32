"""The layering of ``src/``: the shared package imports no benchmark, and no import circles.

Both checks read the source with :mod:`ast` (nothing is imported), so they also catch imports
that run late, inside functions or under ``if TYPE_CHECKING:``.

- No module of ``vlm_privacy`` imports ``spy_bench`` or ``multipriv``, nor loads them by name
  (``importlib.import_module("spy_bench...")``). Only ``vlm_privacy/cli.py`` names them, as
  strings that it loads lazily.
- There is no circle among the modules of ``src/``, counting every import statement: at module
  level, under ``if TYPE_CHECKING:`` and inside functions.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
BENCHMARKS = ("spy_bench", "multipriv")
NAMES_BENCHMARKS = ("vlm_privacy.cli",)
"""The modules of vlm_privacy allowed to name the benchmarks (as strings only)."""


def module_name(path: Path, src: Path) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(src: Path) -> dict[str, Path]:
    """Every module under ``src`` by dotted name."""
    return {module_name(p, src): p for p in sorted(src.rglob("*.py"))}


def imported_names(name: str, path: Path, known: set[str]) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in the file, anywhere in it.

    ``from a import b`` counts as importing ``a.b`` when that is a module, else ``a``.
    """
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                yield node.lineno, candidate if candidate in known else base


def dynamic_imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, name) for ``import_module("...")`` / ``__import__("...")`` with a constant name."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__"):
                yield node.lineno, node.args[0].value


def _is_benchmark(module: str) -> bool:
    return module.split(".")[0] in BENCHMARKS


def layering_violations(src: Path) -> list[str]:
    """``file:line imports module`` for every place where vlm_privacy reaches a benchmark."""
    found = modules(src)
    known = set(found)
    problems = []
    for name, path in found.items():
        if name.split(".")[0] != "vlm_privacy":
            continue
        where = path.relative_to(src)
        for line, module in sorted(set(imported_names(name, path, known))):
            if _is_benchmark(module):
                problems.append(f"{where}:{line} imports {module}")
        if name in NAMES_BENCHMARKS:
            continue
        for line, module in dynamic_imports(path):
            if _is_benchmark(module):
                problems.append(f"{where}:{line} loads {module}")
    return problems


def import_graph(src: Path) -> dict[str, set[str]]:
    """Module -> the modules of ``src`` it imports (anywhere in its file)."""
    found = modules(src)
    known = set(found)
    graph: dict[str, set[str]] = {}
    for name, path in found.items():
        targets = {m for _, m in imported_names(name, path, known) if m in known and m != name}
        graph[name] = targets
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return cycles


def test_vlm_privacy_imports_no_benchmark() -> None:
    assert layering_violations(SRC) == []


def test_no_import_cycles() -> None:
    assert import_cycles(import_graph(SRC)) == []


def test_the_checks_see_what_they_should(tmp_path: Path) -> None:
    """A reach up and a circle, in a tiny tree: both are found."""
    pkg = tmp_path / "vlm_privacy"
    (pkg / "sub").mkdir(parents=True)
    (tmp_path / "spy_bench").mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "a.py").write_text("def f():\n    from . import b\n")
    (pkg / "sub" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from vlm_privacy.sub.a import f\n"
    )
    (pkg / "c.py").write_text(
        "import importlib\ndef g():\n    import spy_bench.x\n"
        "    importlib.import_module('multipriv.y')\n"
    )
    (pkg / "cli.py").write_text("import importlib\nimportlib.import_module('spy_bench.cli')\n")
    (tmp_path / "spy_bench" / "__init__.py").write_text("import vlm_privacy.c\n")
    assert layering_violations(tmp_path) == [
        "vlm_privacy/c.py:3 imports spy_bench.x",
        "vlm_privacy/c.py:4 loads multipriv.y",
    ]
    assert import_cycles(import_graph(tmp_path)) == [["vlm_privacy.sub.a", "vlm_privacy.sub.b"]]
