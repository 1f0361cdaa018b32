"""Checking image files before a run: regular files only, decoded, named in every message.

Both benchmarks check every image of a task when the task is built, so that a missing, corrupt
or hostile file is reported by name before any model is loaded or called:

- only regular files are opened (a FIFO or a device at an image path would block the reader
  forever, or stream without end); the check does not follow the path twice, it opens without
  blocking and looks at what it opened;
- the bytes are decoded with Pillow (JPEGs at 1/8 scale, which still reads every byte), so a
  file with valid magic bytes and garbage after them is caught, not only a wrong header;
- :class:`ImageCheckMemo` remembers, per data folder, which files already decoded, so that
  only the first build of a task pays for decoding.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import stat
from pathlib import Path

MAX_IMAGE_BYTES = 256 * 1024 * 1024
"""Larger image files are refused (no photo in either benchmark comes near)."""


def file_kind(mode: int) -> str:
    """A readable name for the file type in ``mode`` (from ``os.stat``)."""
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def read_regular_file(path: str | os.PathLike[str], max_bytes: int = MAX_IMAGE_BYTES) -> bytes:
    """The bytes of ``path``, which must be a regular file (symlinks to one are followed).

    Raises:
        OSError: The file cannot be opened or read; ``FileNotFoundError`` when it is missing,
            ``IsADirectoryError``-like ``OSError`` with a readable ``strerror`` when it is a
            folder, FIFO, device or socket, or larger than ``max_bytes``.
    """
    return read_regular_file_stat(path, max_bytes)[0]


def read_regular_file_stat(
    path: str | os.PathLike[str], max_bytes: int = MAX_IMAGE_BYTES
) -> tuple[bytes, os.stat_result]:
    """:func:`read_regular_file`, with the ``os.fstat`` of the file that was read (the one
    opened, so that :meth:`ImageCheckMemo.known_good` vouches for these very bytes)."""
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, f"{file_kind(info.st_mode)}, not an image file", str(path))
        if info.st_size > max_bytes:
            raise OSError(0, f"larger than {max_bytes // (1024 * 1024)} MiB", str(path))
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as f:
            fd = -1
            return f.read(max_bytes + 1), info
    finally:
        if fd >= 0:
            os.close(fd)


def image_data_problem(data: bytes) -> str | None:
    """Why ``data`` is not a decodable image, or ``None`` when it is.

    The image is decoded (JPEGs at 1/8 scale, which still reads every byte), so truncated files
    are caught, not only wrong headers.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
    except UnidentifiedImageError:
        return "not an image file Pillow can read"
    except Image.DecompressionBombError as ex:
        return f"image too large to decode ({ex})"
    except (OSError, ValueError, SyntaxError, EOFError) as ex:  # truncated / corrupt data
        return f"corrupt image data ({ex})"
    return None


def image_file_problem(path: str | os.PathLike[str]) -> str | None:
    """What is wrong with the image file at ``path`` (read and decoded), or ``None``.

    The phrase names the path; it starts with ``image not found``, ``image unreadable`` or
    ``image is not a regular file``.
    """
    shown = Path(path).absolute()
    try:
        data = read_regular_file(path)
    except FileNotFoundError:
        return f"image not found: {shown}"
    except OSError as ex:
        if ex.errno == 0:
            return f"image is not a regular file ({ex.strerror}): {shown}"
        return f"image unreadable: {shown} ({ex.strerror or ex})"
    problem = image_data_problem(data)
    if problem:
        return f"image unreadable ({problem}): {shown}"
    return None


class ImageCheckMemo:
    """The images of one data folder that already decoded without a problem, remembered in the
    vlm-privacy cache by size, modification time and inode.

    Decoding costs ~5 ms per photo (~13 s of CPU for SPY-Bench's 2,725 VISPR images), which
    every task build would otherwise pay again; with the memo only the first build decodes and
    later ones ``stat`` each file. A file that changed since (size, time or inode) is decoded
    again; problems are never remembered. Without a writable cache the memo stays in memory.
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        key = hashlib.sha256(os.path.realpath(root).encode("utf-8", "surrogateescape"))
        self._file: Path | None = None
        self._ok: dict[str, list[int]] = {}
        self._changed = False
        try:
            from vlm_privacy.cache import cache_dir

            self._file = cache_dir("image-checks") / f"{key.hexdigest()[:24]}.json"
            if self._file.is_file():
                loaded = json.loads(self._file.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self._ok = loaded
        except (OSError, ValueError):
            pass

    def known_good(self, name: str, info: os.stat_result) -> bool:
        """Whether the file remembered as ``name`` decoded when it had ``info``'s size,
        modification time and inode (so its bytes need not be decoded again)."""
        return self._ok.get(name) == [info.st_size, info.st_mtime_ns, info.st_ino]

    def problem(self, path: str | os.PathLike[str], name: str) -> str | None:
        """:func:`image_file_problem` of ``path`` (remembered under ``name`` when there is none)."""
        try:
            info = os.stat(path)
        except OSError:
            info = None
        signature = [info.st_size, info.st_mtime_ns, info.st_ino] if info else None
        if info is not None and stat.S_ISREG(info.st_mode) and self._ok.get(name) == signature:
            return None
        problem = image_file_problem(path)
        if problem is None and signature is not None:
            self._ok[name] = signature
            self._changed = True
        return problem

    def save(self) -> None:
        """Write the memo back to the cache (atomically; errors are ignored)."""
        if not self._changed or self._file is None:
            return
        from vlm_privacy.files import write_text_atomic

        with contextlib.suppress(OSError):
            write_text_atomic(self._file, json.dumps(self._ok, separators=(",", ":")))
        self._changed = False
