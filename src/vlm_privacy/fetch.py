"""Downloads and safe archive extraction shared by the benchmarks (the cache is
:mod:`vlm_privacy.cache`).

- :func:`download_file` streams a URL to a file: into a temporary file next to the destination,
  checking the byte count against ``Content-Length``, then renaming it into place
  (:func:`vlm_privacy.files.atomic_open`). A file at the destination name is therefore always
  complete. (Nothing pins SHA-256 hashes: the upstream sources are not versioned files.)
- :func:`fetch_file` does the same for a source that may also be a local path, so users who
  downloaded a file by hand can pass it instead of a URL.
- :func:`safe_extract` extracts ``.tar``, ``.tar.gz``/``.tgz`` and ``.zip`` archives, refusing
  absolute paths, paths that escape the destination, links and device files. Files are staged
  and renamed into place only once the whole archive has been read.
- :func:`removed_on_failure` removes what a failed download added to its destination.
- :data:`download_command`: the ``vlm-privacy download`` click group. Each dataset is one small
  subcommand that imports its module lazily so that the CLI starts fast; the benchmarks
  define them (``spy_bench.cli``, ``multipriv.cli``) and :mod:`vlm_privacy.cli` adds them.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import lzma
import os
import posixpath
import re
import shutil
import stat
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Literal
from urllib.parse import unquote, urlparse

import click

from vlm_privacy.cache import CACHE_ENV
from vlm_privacy.errors import DownloadError, UnsafeArchiveError
from vlm_privacy.files import atomic_open

if TYPE_CHECKING:
    import httpx

CHUNK_SIZE = 1 << 16
"""Bytes read and written at a time while streaming."""

DEFAULT_LOCAL_HINT = "download it by hand and pass its local path instead"
"""Default advice, in error messages, on how to use a file downloaded by hand."""


# --------------------------------------------------------------------------------------------
# Downloads
# --------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _progress_bar(
    enabled: bool, description: str, total: int | None
) -> Iterator[Callable[[int], None]]:
    """Yield a function that advances a rich byte progress bar (a no-op when disabled)."""
    if not enabled:
        yield lambda _n: None
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    with Progress(
        TextColumn("[bold blue]{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    ) as progress:
        task = progress.add_task(escape(description), total=total)  # a file name, not markup
        yield lambda n: progress.advance(task, n)


def _content_length(response: httpx.Response) -> int | None:
    """Return the response's ``Content-Length`` as an int, or None if absent or invalid."""
    value = response.headers.get("content-length")
    if value is None:
        return None
    try:
        length = int(value)
    except ValueError:
        return None
    return length if length >= 0 else None


def _http_error(url: str, response: httpx.Response, local_hint: str) -> DownloadError:
    """Build the error for an unsuccessful HTTP status."""
    status = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
    if response.status_code in (404, 410):
        advice = f"The file may have moved: check the URL, or {local_hint}."
    elif response.status_code in (401, 403):
        advice = f"The server refused access: check the URL, or {local_hint}."
    else:
        advice = f"Retry later; or {local_hint}."
    return DownloadError(f"Could not download {url}: {status}. {advice}")


def download_file(
    url: str,
    dest: Path,
    *,
    progress: bool = True,
    timeout: float = 60,
    local_hint: str = DEFAULT_LOCAL_HINT,
) -> Path:
    """Download ``url`` to ``dest`` and return ``dest``.

    The body is streamed into a temporary file in ``dest``'s directory
    (:func:`vlm_privacy.files.atomic_open`) and its size checked against ``Content-Length``
    (when the server sent one). Only then is it renamed to ``dest``, so a file at ``dest`` is
    always complete; on any failure the temporary file is removed and
    :class:`~vlm_privacy.errors.DownloadError` is raised. ``local_hint`` completes error
    messages with how to use a copy downloaded by hand.
    """
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as ex:
        raise DownloadError(
            f"Could not write into {dest.parent} to download {url}: {ex}. "
            f"Make the directory writable or set {CACHE_ENV} to another one."
        ) from ex
    try:
        with atomic_open(dest) as out:
            _stream_to(
                url,
                out,
                progress=progress,
                timeout=timeout,
                description=dest.name,
                local_hint=local_hint,
            )
    except OSError as ex:
        raise DownloadError(
            f"Could not save {url} to {dest}: {ex}. Free disk space or set {CACHE_ENV} to "
            "another directory, then retry."
        ) from ex
    return dest


def _stream_to(
    url: str,
    out: IO[bytes],
    *,
    progress: bool,
    timeout: float,
    description: str,
    local_hint: str,
) -> None:
    """Stream ``url`` into ``out``, checking the byte count against ``Content-Length``."""
    import httpx  # imported here so that the CLI starts fast

    try:
        with httpx.stream("GET", url, follow_redirects=True, timeout=timeout) as response:
            if not response.is_success:
                raise _http_error(url, response, local_hint)
            expected = _content_length(response)
            received = 0
            with _progress_bar(progress, description, expected) as advance:
                for chunk in response.iter_bytes(CHUNK_SIZE):
                    out.write(chunk)
                    # Count bytes on the wire, which Content-Length describes.
                    advance(response.num_bytes_downloaded - received)
                    received = response.num_bytes_downloaded
            received = response.num_bytes_downloaded
    except httpx.HTTPError as ex:
        if isinstance(ex, httpx.RemoteProtocolError):
            what = f"was cut off ({ex})"
        elif isinstance(ex, httpx.TimeoutException):
            what = f"timed out after {timeout:g} s without data"
        elif isinstance(ex, httpx.ConnectError):
            what = f"could not connect ({ex})"
        else:
            what = f"failed: {type(ex).__name__}: {ex}"
        raise DownloadError(
            f"Download of {url} {what}. Check your network connection and retry; or {local_hint}."
        ) from ex
    if expected is not None and received != expected:
        raise DownloadError(
            f"Download of {url} was cut off: received {received} of {expected} bytes. "
            f"Retry; or {local_hint}."
        )


def local_source(source: str | os.PathLike[str]) -> Path | None:
    """Return the local path named by ``source`` (a path or ``file://`` URL), else None.

    A ``source`` with another scheme (``http://``, ``https://``) is a URL and gives None.
    """
    if isinstance(source, os.PathLike):
        return Path(source)
    parsed = urlparse(source)
    if parsed.scheme == "file":
        return Path(unquote(parsed.path))
    if parsed.scheme == "" or len(parsed.scheme) == 1:
        # No scheme, or a Windows drive letter ("C:\\...").
        return Path(source)
    return None


def sha256_file(path: Path) -> str:
    """Return the SHA-256 hex digest of the file at ``path``."""
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(CHUNK_SIZE), b""):
            sha.update(chunk)
    return sha.hexdigest()


def fetch_file(
    source: str | os.PathLike[str],
    dest: Path,
    *,
    progress: bool = True,
    timeout: float = 60,
    local_hint: str = DEFAULT_LOCAL_HINT,
) -> Path:
    """Put the file named by ``source`` (a URL or a local path) at ``dest``; return ``dest``.

    URLs go through :func:`download_file`; local files are copied with the same guarantee
    (temporary file, atomic rename).
    """
    path = local_source(source)
    if path is None:
        return download_file(
            str(source), dest, progress=progress, timeout=timeout, local_hint=local_hint
        )
    if not path.is_file():
        raise DownloadError(f"{path} does not exist or is not a file: check the path.")
    dest = Path(dest)
    if path.resolve() == dest.resolve():
        return dest
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as ex:
        raise DownloadError(f"Could not write into {dest.parent} to copy {path}: {ex}.") from ex
    try:
        with atomic_open(dest) as out, open(path, "rb") as src:
            shutil.copyfileobj(src, out, CHUNK_SIZE)
    except OSError as ex:
        raise DownloadError(f"Could not copy {path} to {dest}: {ex}.") from ex
    return dest


# --------------------------------------------------------------------------------------------
# Safe extraction
# --------------------------------------------------------------------------------------------

MemberKind = Literal["file", "dir", "link", "special"]

MAX_EXTRACTED_BYTES = 32 << 30
"""Most bytes :func:`safe_extract` writes from one archive (32 GiB; the VISPR test images
SPY-Bench uses and the MultiPriv-PII images are far below it). Module-level so that tests
and users with larger archives can override it."""

MAX_COMPRESSION_RATIO = 50
"""Most bytes :func:`safe_extract` writes per byte of archive. Image archives hardly compress
(JPEG and PNG are compressed already), so an archive that expands more than about 50:1 is
most likely a decompression bomb (a few hundred KB of zeros that fill the disk)."""

RATIO_CHECKED_AFTER = 32 << 20
"""The ratio is judged only once this many bytes (32 MiB) were written: small archives of text
or tar headers compress well beyond 50:1 and are harmless."""


@dataclass(frozen=True)
class _Member:
    """One archive member, independent of the archive format.

    ``check`` raises :class:`UnsafeArchiveError` for a member that must not be extracted
    (for tar members, the standard library's ``data`` extraction filter).
    """

    name: str
    kind: MemberKind
    open: Callable[[], IO[bytes]]
    check: Callable[[], None] = lambda: None


@dataclass
class _Budget:
    """What :func:`safe_extract` may still write from one archive (see the limits above)."""

    archive: Path
    archive_size: int
    max_bytes: int
    max_ratio: float
    ratio_after: int
    written: int = 0

    def spend(self, member: str, n: int) -> None:
        """Count ``n`` more bytes written for ``member``; raise when a limit is passed."""
        self.written += n
        if self.written > self.max_bytes:
            problem = (
                f"would write more than {self.max_bytes:,} bytes "
                "(vlm_privacy.fetch.MAX_EXTRACTED_BYTES)"
            )
        elif self.written > self.ratio_after and self.written > self.max_ratio * max(
            self.archive_size, 1
        ):
            problem = (
                f"expands more than {self.max_ratio:g}:1 ({self.written:,} bytes from a "
                f"{self.archive_size:,}-byte archive; vlm_privacy.fetch.MAX_COMPRESSION_RATIO)"
            )
        else:
            return
        raise UnsafeArchiveError(
            f"Refusing to extract {self.archive}: it {problem} by member {member!r}. Image "
            "archives hardly compress, so this looks like a decompression bomb; delete it and "
            "get the archive from a trusted source. Nothing was extracted."
        )


_DRIVE = re.compile(r"^[A-Za-z]:")


def _safe_relative(archive: Path, member: str, path: str, what: str) -> PurePosixPath:
    """Normalize ``path`` (a member name or its output path) and check it stays inside.

    Raises :class:`UnsafeArchiveError` if it is absolute, has a drive letter or NUL byte, or
    has ``..`` components that climb above the destination.
    """
    text = path.replace("\\", "/")
    problem = None
    if text.startswith("/") or _DRIVE.match(text):
        problem = "is an absolute path"
    elif "\x00" in text:
        problem = "contains a NUL byte"
    else:
        norm = posixpath.normpath(text) if text else "."
        if norm == ".." or norm.startswith("../"):
            problem = "climbs out of the destination with '..'"
    if problem is not None:
        raise UnsafeArchiveError(
            f"Refusing to extract {archive}: member {member!r} {what} {path!r} {problem}. "
            "The archive may be malicious; delete it and get it from a trusted source."
        )
    return PurePosixPath(norm)


def _tar_kind(info: tarfile.TarInfo) -> MemberKind:
    """Classify a tar member."""
    if info.isreg():
        return "file"
    if info.isdir():
        return "dir"
    if info.issym() or info.islnk():
        return "link"
    return "special"


def _zip_kind(info: zipfile.ZipInfo) -> MemberKind:
    """Classify a zip member, using the Unix mode bits where the archive stores them."""
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "link"
    if info.is_dir() or stat.S_ISDIR(mode):
        return "dir"
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        return "special"
    return "file"


_TAR_SUFFIXES = (".tar", ".tgz", ".gz", ".bz2", ".tbz2", ".xz", ".txz")


def _is_zip(archive: Path) -> bool:
    """Whether ``archive`` is a zip: by its suffix, else by its content."""
    suffix = archive.suffix.lower()
    if suffix == ".zip":
        return True
    return suffix not in _TAR_SUFFIXES and zipfile.is_zipfile(archive)


def _tar_filter(archive: Path, info: tarfile.TarInfo, root: Path) -> None:
    """Run the standard library's ``data`` extraction filter on a tar member.

    It refuses names that climb out of ``root``, device files and FIFOs, and links that point
    outside; absolute names (which the filter would strip and accept) are refused before it
    by :func:`_safe_relative`, and links inside by :func:`_select_output`.
    """
    try:
        tarfile.data_filter(info, str(root))
    except tarfile.FilterError as ex:
        raise UnsafeArchiveError(
            f"Refusing to extract {archive}: member {info.name!r} is refused by the tar 'data' "
            f"filter ({type(ex).__name__}: {ex}). The archive may be malicious; delete it and "
            "get it from a trusted source."
        ) from ex


@contextlib.contextmanager
def _members(archive: Path, root: Path) -> Iterator[Iterator[_Member]]:
    """Open ``archive`` (zip, or tar with any compression) and yield its members in order.

    ``root`` is the folder tar members are checked against (see :func:`_tar_filter`).
    """
    if _is_zip(archive):
        with zipfile.ZipFile(archive) as zf:
            yield (
                _Member(info.filename, _zip_kind(info), lambda info=info: zf.open(info))
                for info in zf.infolist()
            )
        return
    with tarfile.open(archive, mode="r|*") as tar:

        def _open(info: tarfile.TarInfo) -> IO[bytes]:
            f = tar.extractfile(info)
            if f is None:  # pragma: no cover - regular files always have data
                raise tarfile.ReadError(f"no data for {info.name}")
            return f

        yield (
            _Member(
                info.name,
                _tar_kind(info),
                lambda info=info: _open(info),
                lambda info=info: _tar_filter(archive, info, root),
            )
            for info in tar
        )


_COMPRESSED_OPENERS: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\xfd7zXZ\x00", "lzma"),
)


def _verify_compression(archive: Path) -> None:
    """Read a compressed tar to its end so its checksums (gzip CRC-32, bzip2, xz) are checked.

    Streaming tar extraction stops at the tar end marker and never reads the compressed
    stream's trailer, so bytes flipped inside stored data would pass unnoticed. Zip members
    are CRC-checked as they are read.
    """
    with open(archive, "rb") as f:
        magic = f.read(6)
    module = next((name for prefix, name in _COMPRESSED_OPENERS if magic.startswith(prefix)), None)
    if module is None:
        return
    opener = importlib.import_module(module).open
    with opener(archive, "rb") as stream:
        while stream.read(CHUNK_SIZE):
            pass


def _within(path: Path, root: Path) -> bool:
    """Whether resolved ``path`` is ``root`` or lies under it."""
    return path == root or root in path.parents


def safe_extract(
    archive: Path,
    dest: Path,
    *,
    select: Callable[[str], str | None] | None = None,
) -> list[Path]:
    """Extract the regular files of ``archive`` into ``dest``; return their paths.

    ``archive`` is a ``.zip`` or a tar (plain, gzip, bzip2 or xz; read as a stream).
    ``select(member_name)`` gives the output path, relative to ``dest``, of a member to
    extract, or None to skip it; by default every file is extracted under its own name.
    Directory entries are not extracted themselves: directories are created for the files.

    Every member name, and every output path, is checked before anything is written: an
    absolute path or one whose ``..`` climbs out of ``dest`` raises
    :class:`~vlm_privacy.errors.UnsafeArchiveError`, as does a symlink, hard link or
    device/FIFO member that would be extracted (tar members also go through the standard
    library's ``data`` filter). So does an archive that would write more than
    :data:`MAX_EXTRACTED_BYTES` or expand more than :data:`MAX_COMPRESSION_RATIO`:1 (once
    :data:`RATIO_CHECKED_AFTER` bytes were written). Files are written into a staging
    directory inside ``dest`` and renamed to their final names only after the whole archive
    has been read, so on any error no file appears under its final name and the staging
    directory is removed.
    """
    archive, dest = Path(archive), Path(dest)
    if not archive.is_file():
        raise DownloadError(f"Archive {archive} does not exist: download it first.")
    dest.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".extract-", suffix=".tmp", dir=dest))
    outputs: dict[PurePosixPath, None] = {}
    budget = _Budget(
        archive,
        archive.stat().st_size,
        MAX_EXTRACTED_BYTES,
        MAX_COMPRESSION_RATIO,
        RATIO_CHECKED_AFTER,
    )
    try:
        try:
            with _members(archive, staging) as members:
                for member in members:
                    rel = _select_output(archive, member, select)
                    if rel is None:
                        continue
                    staged = staging / rel
                    staged.parent.mkdir(parents=True, exist_ok=True)
                    with member.open() as src, open(staged, "wb") as out:
                        while chunk := src.read(CHUNK_SIZE):
                            budget.spend(member.name, len(chunk))
                            out.write(chunk)
                    outputs[rel] = None
            _verify_compression(archive)
        except (
            tarfile.TarError,
            zipfile.BadZipFile,
            EOFError,
            zlib.error,
            lzma.LZMAError,
            OSError,
        ) as ex:
            raise DownloadError(
                f"Could not extract {archive} into {dest}: {type(ex).__name__}: {ex}. The "
                "archive is probably corrupt or truncated: delete it and download it again "
                "(if the disk is full, free space first)."
            ) from ex
        return _commit(archive, staging, dest, list(outputs))
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _select_output(
    archive: Path, member: _Member, select: Callable[[str], str | None] | None
) -> PurePosixPath | None:
    """Check ``member`` and return its output path relative to dest, or None to skip it."""
    _safe_relative(archive, member.name, member.name, "has name")
    if member.kind == "dir":
        return None
    out = member.name if select is None else select(member.name)
    if out is None:
        return None
    rel = _safe_relative(archive, member.name, out, "maps to output path")
    member.check()
    if member.kind != "file":
        raise UnsafeArchiveError(
            f"Refusing to extract {archive}: member {member.name!r} is a "
            f"{'link' if member.kind == 'link' else 'device or FIFO'}, not a regular file. "
            "The archive may be malicious; delete it and get it from a trusted source."
        )
    if rel == PurePosixPath("."):
        raise UnsafeArchiveError(
            f"Refusing to extract {archive}: member {member.name!r} maps to output path "
            f"{out!r}, which is the destination itself, not a file in it."
        )
    return rel


def _commit(archive: Path, staging: Path, dest: Path, outputs: list[PurePosixPath]) -> list[Path]:
    """Rename staged files to their final names under ``dest``; return the final paths."""
    root = dest.resolve()
    finals: list[Path] = []
    for rel in outputs:
        final = dest / rel
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
        except OSError as ex:
            raise DownloadError(
                f"Could not create {final.parent} to extract {archive}: {ex}."
            ) from ex
        if not _within(final.parent.resolve(), root):
            raise UnsafeArchiveError(
                f"Refusing to extract {archive}: {rel} would be written through a link that "
                f"points outside {dest}. Remove that link or choose another destination."
            )
        try:
            os.replace(staging / rel, final)
        except OSError as ex:
            raise DownloadError(f"Could not move {rel} from {archive} into {dest}: {ex}.") from ex
        finals.append(final)
    return finals


@contextlib.contextmanager
def removed_on_failure(dest: Path) -> Iterator[None]:
    """Remove what the block added under ``dest`` if it fails, so nothing partial is left.

    Files and folders that were there before the block are kept (an earlier complete copy,
    the user's own files); ``dest`` itself is removed when the block created it.
    """
    dest = Path(dest)
    existed = dest.exists() or dest.is_symlink()
    before: set[str] = set()
    if existed and dest.is_dir():
        for root, dirs, files in os.walk(dest):
            before.update(os.path.join(root, name) for name in (*dirs, *files))
    try:
        yield
    except BaseException:
        if not existed:
            shutil.rmtree(dest, ignore_errors=True)
        elif dest.is_dir() and not dest.is_symlink():
            for root, dirs, files in os.walk(dest, topdown=False):
                for name in files:
                    path = os.path.join(root, name)
                    if path not in before:
                        with contextlib.suppress(OSError):
                            os.unlink(path)
                for name in dirs:
                    path = os.path.join(root, name)
                    if path not in before:
                        if os.path.islink(path):
                            with contextlib.suppress(OSError):
                                os.unlink(path)
                        else:
                            shutil.rmtree(path, ignore_errors=True)
        raise


def extract_by_name(
    source: str,
    dest: Path,
    wanted: list[str],
    *,
    option: str,
    default_name: str = "archive.tar.gz",
    progress: bool = True,
    local_hint: str = DEFAULT_LOCAL_HINT,
) -> None:
    """Extract the ``wanted`` paths (relative to ``dest``) from the archive at ``source``.

    ``source`` is a URL or a local path. Archive members are matched by base name, whatever
    folder the archive puts them in (two wanted paths with one base name both get that
    member), through :func:`safe_extract`. A downloaded archive is kept in a temporary folder
    inside ``dest`` and deleted afterwards. ``option`` names the setting that gave ``source``
    (named in the error when a local archive does not exist).
    """
    by_name: dict[str, list[str]] = {}
    for path in wanted:
        by_name.setdefault(PurePosixPath(path).name, []).append(path)

    def select(member: str) -> str | None:
        paths = by_name.get(PurePosixPath(member.replace("\\", "/")).name)
        return paths[0] if paths else None

    local = local_source(source)
    if local is not None:
        if not local.is_file():
            raise DownloadError(f"Image archive {local} does not exist: check {option}.")
        safe_extract(local, dest, select=select)
    else:
        workdir = Path(tempfile.mkdtemp(prefix=".download-", suffix=".tmp", dir=dest))
        try:
            name = PurePosixPath(urlparse(source).path).name or default_name
            archive = download_file(
                source, workdir / name, progress=progress, local_hint=local_hint
            )
            safe_extract(archive, dest, select=select)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    for paths in by_name.values():
        first = dest / paths[0]
        for other in paths[1:]:
            if first.is_file():
                fetch_file(first, dest / other, progress=False)


# --------------------------------------------------------------------------------------------
# CLI: vlm-privacy download ...
# --------------------------------------------------------------------------------------------


@click.group(name="download")
def download_command() -> None:
    """Download benchmark data into the cache (or a directory of your choice)."""
