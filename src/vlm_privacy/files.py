"""Writing files users keep without ever leaving them half-written.

Everything is written to a temporary file in the destination's directory and renamed onto the
final name only when complete (``os.replace`` is atomic on one file system); the temporary
file is removed on failure.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import BinaryIO


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it is renamed onto ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


@contextmanager
def atomic_open(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file open for writing that becomes ``path`` when the block succeeds.

    The file is flushed to disk, closed and renamed onto ``path`` (see :func:`atomic_path`);
    on any error it is removed and ``path`` keeps its earlier content. It gets the usual
    permissions (umask), which ``path`` keeps after the rename.
    """
    with atomic_path(path) as tmp:
        with open(tmp, "xb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (flushed to disk before the rename)."""
    with atomic_open(path) as f:
        f.write(data)


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


def relative_inside(path: str) -> str | None:
    """``path`` as a POSIX relative path (``\\`` read as ``/``), or ``None`` when it is empty,
    absolute or climbs out with ``..`` (so it cannot be joined under a folder safely)."""
    pure = PurePosixPath(path.replace("\\", "/"))
    if not path or pure.is_absolute() or ".." in pure.parts:
        return None
    return pure.as_posix()
