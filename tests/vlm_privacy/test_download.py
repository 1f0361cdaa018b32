"""Tests for vlm_privacy.cache and vlm_privacy.fetch: cache, markers, downloads, extraction."""

from __future__ import annotations

import io
import os
import socket
import stat
import tarfile
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from vlm_privacy import fetch
from vlm_privacy.cache import (
    COMPLETE_MARKER,
    cache_dir,
    clear_complete,
    is_complete,
    mark_complete,
    read_complete,
)
from vlm_privacy.errors import DownloadError, UnsafeArchiveError, VlmPrivacyError
from vlm_privacy.fetch import download_file, fetch_file, safe_extract
from vlm_privacy.testing.http import FileServer, Route

# ---------------------------------------------------------------------------------------------
# A local HTTP server
# ---------------------------------------------------------------------------------------------


def _entries(directory: Path) -> set[str]:
    """Names of everything directly in ``directory``."""
    return {p.name for p in directory.iterdir()}


# ---------------------------------------------------------------------------------------------
# Cache and markers
# ---------------------------------------------------------------------------------------------


def test_cache_dir_uses_env_root_and_creates_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("VLM_PRIVACY_CACHE", str(tmp_path / "root"))
    path = cache_dir("spy_bench", "abc")
    assert path == tmp_path / "root" / "spy_bench" / "abc"
    assert path.is_dir()


def test_cache_dir_default_root_is_user_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("VLM_PRIVACY_CACHE", raising=False)
    monkeypatch.setattr(
        "vlm_privacy.cache.user_cache_dir", lambda name: str(tmp_path / f"user-{name}")
    )
    assert cache_dir("x") == tmp_path / "user-vlm-privacy" / "x"


@pytest.mark.parametrize("part", ["..", "a/../..", "/etc", ""])
def test_cache_dir_refuses_escaping_parts(tmp_path: Path, monkeypatch, part: str) -> None:
    monkeypatch.setenv("VLM_PRIVACY_CACHE", str(tmp_path / "root"))
    with pytest.raises(VlmPrivacyError, match="cache directory name"):
        cache_dir(part)


def test_markers(tmp_path: Path) -> None:
    assert not is_complete(tmp_path)
    marker = mark_complete(tmp_path, {"files": 3})
    assert marker == tmp_path / COMPLETE_MARKER
    assert is_complete(tmp_path)
    assert read_complete(tmp_path) == {"files": 3}
    assert _entries(tmp_path) == {COMPLETE_MARKER}  # no temporary file left
    clear_complete(tmp_path)
    assert not is_complete(tmp_path)
    clear_complete(tmp_path)  # clearing twice is fine


def test_corrupt_marker_is_not_complete(tmp_path: Path) -> None:
    (tmp_path / COMPLETE_MARKER).write_text("{not json")
    assert not is_complete(tmp_path)
    (tmp_path / COMPLETE_MARKER).write_text("[1, 2]")
    assert not is_complete(tmp_path)


# ---------------------------------------------------------------------------------------------
# Downloads
# ---------------------------------------------------------------------------------------------

BODY = bytes(range(256)) * 1024  # 256 KiB: several chunks


def test_download_complete(server: FileServer, tmp_path: Path) -> None:
    server.routes["/data.bin"] = Route(BODY)
    dest = tmp_path / "sub" / "data.bin"
    assert download_file(server.url("/data.bin"), dest, progress=True) == dest
    assert dest.read_bytes() == BODY
    assert _entries(dest.parent) == {"data.bin"}
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600


def test_download_follows_redirects(server: FileServer, tmp_path: Path) -> None:
    server.routes["/old"] = Route(status=302, headers={"Location": "/new"})
    server.routes["/new"] = Route(BODY)
    dest = download_file(server.url("/old"), tmp_path / "f", progress=False)
    assert dest.read_bytes() == BODY
    assert server.requests == ["/old", "/new"]


def test_download_cut_off_leaves_nothing(server: FileServer, tmp_path: Path) -> None:
    server.routes["/data.bin"] = Route(BODY, truncate=True)
    dest = tmp_path / "data.bin"
    with pytest.raises(DownloadError, match="cut off") as info:
        download_file(server.url("/data.bin"), dest, progress=False)
    assert server.url("/data.bin") in str(info.value)
    assert not dest.exists()
    assert _entries(tmp_path) == set()


def test_download_cut_off_keeps_previous_file(server: FileServer, tmp_path: Path) -> None:
    dest = tmp_path / "data.bin"
    dest.write_bytes(b"previous complete copy")
    server.routes["/data.bin"] = Route(BODY, truncate=True)
    with pytest.raises(DownloadError):
        download_file(server.url("/data.bin"), dest, progress=False)
    assert dest.read_bytes() == b"previous complete copy"
    assert _entries(tmp_path) == {"data.bin"}


@pytest.mark.parametrize(
    ("status", "advice"), [(404, "check the URL"), (403, "refused"), (503, "Retry")]
)
def test_download_http_error(server: FileServer, tmp_path: Path, status: int, advice: str) -> None:
    server.routes["/x.json"] = Route(b"error page", status=status)
    url = server.url("/x.json")
    with pytest.raises(DownloadError) as info:
        download_file(url, tmp_path / "x.json", progress=False, local_hint="use --x PATH")
    message = str(info.value)
    assert url in message
    assert f"HTTP {status}" in message
    assert advice in message
    assert "use --x PATH" in message
    assert _entries(tmp_path) == set()


def test_download_connection_refused(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x"
    with pytest.raises(DownloadError, match="network") as info:
        download_file(url, tmp_path / "x", progress=False)
    assert url in str(info.value)
    assert _entries(tmp_path) == set()


def test_fetch_file_local_paths(tmp_path: Path) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(BODY)
    out = fetch_file(str(source), tmp_path / "out" / "a.bin")
    assert out.read_bytes() == BODY
    out = fetch_file(source.as_uri(), tmp_path / "out" / "b.bin")
    assert out.read_bytes() == BODY
    with pytest.raises(DownloadError, match="does not exist"):
        fetch_file(str(tmp_path / "missing.bin"), tmp_path / "out" / "c.bin")
    assert _entries(tmp_path / "out") == {"a.bin", "b.bin"}


# ---------------------------------------------------------------------------------------------
# Safe extraction
# ---------------------------------------------------------------------------------------------


def _tar_bytes(members: list[tarfile.TarInfo | tuple[str, bytes]], mode: str = "w:gz") -> bytes:
    """Build a tar archive from (name, data) files and ready-made TarInfo entries."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as tar:
        for member in members:
            if isinstance(member, tarfile.TarInfo):
                tar.addfile(member)
            else:
                name, data = member
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` and return it."""
    path.write_bytes(data)
    return path


def _link(name: str, target: str, kind: bytes = tarfile.SYMTYPE) -> tarfile.TarInfo:
    """A tar link (or device, by ``kind``) entry."""
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info


@pytest.mark.parametrize("suffix", [".tar", ".tar.gz", ".tgz"])
def test_extract_tar_all(tmp_path: Path, suffix: str) -> None:
    mode = "w" if suffix == ".tar" else "w:gz"
    directory = tarfile.TarInfo("top/sub")
    directory.type = tarfile.DIRTYPE
    data = _tar_bytes(
        [directory, ("top/a.txt", b"A"), ("./top/sub/b.txt", b"B"), ("top/x/../c.txt", b"C")],
        mode,
    )
    archive = _write(tmp_path / f"archive{suffix}", data)
    dest = tmp_path / "out"
    extracted = safe_extract(archive, dest)
    assert extracted == [dest / "top/a.txt", dest / "top/sub/b.txt", dest / "top/c.txt"]
    assert [p.read_bytes() for p in extracted] == [b"A", b"B", b"C"]
    assert _entries(dest) == {"top"}  # no staging folder left


def test_extract_zip_all(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("d/", b"")
        zf.writestr("d/one.txt", b"1")
        zf.writestr("two.txt", b"2")
    dest = tmp_path / "out"
    assert safe_extract(archive, dest) == [dest / "d/one.txt", dest / "two.txt"]
    assert (dest / "d/one.txt").read_bytes() == b"1"


def test_extract_select_maps_and_skips(tmp_path: Path) -> None:
    archive = _write(
        tmp_path / "a.tar.gz",
        _tar_bytes([("x/keep.jpg", b"K"), ("x/skip.jpg", b"S"), _link("x/ln", "/etc/passwd")]),
    )
    dest = tmp_path / "out"

    def select(name: str) -> str | None:
        return "images/keep.jpg" if name.endswith("keep.jpg") else None

    assert safe_extract(archive, dest, select=select) == [dest / "images/keep.jpg"]
    assert sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*")) == [
        "images",
        "images/keep.jpg",
    ]


@pytest.mark.parametrize(
    "bad",
    [
        ("../x", b"evil"),
        ("a/../../x", b"evil"),
        ("/abs/x", b"evil"),
        _link("ln", "../../outside"),
        _link("ln", "/etc/passwd"),
        _link("hard", "/etc/passwd", tarfile.LNKTYPE),
        _link("dev", "", tarfile.CHRTYPE),
        _link("fifo", "", tarfile.FIFOTYPE),
    ],
    ids=[
        "dotdot",
        "nested-dotdot",
        "absolute",
        "symlink-rel",
        "symlink-abs",
        "hardlink",
        "dev",
        "fifo",
    ],
)
def test_extract_rejects_unsafe_tar_members(tmp_path: Path, bad) -> None:
    archive = _write(tmp_path / "a.tar.gz", _tar_bytes([("good.txt", b"ok"), bad]))
    dest = tmp_path / "out"
    with pytest.raises(UnsafeArchiveError) as info:
        safe_extract(archive, dest)
    name = bad.name if isinstance(bad, tarfile.TarInfo) else bad[0]
    assert str(archive) in str(info.value)
    assert repr(name) in str(info.value)
    # Nothing at all was extracted, not even the good member before the bad one.
    assert _entries(dest) == set()
    assert _entries(tmp_path) == {"a.tar.gz", "out"}


@pytest.mark.parametrize("name", ["../x", "/abs/x", "..\\x", "C:/x"])
def test_extract_rejects_unsafe_zip_members(tmp_path: Path, name: str) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("good.txt", b"ok")
        zf.writestr(zipfile.ZipInfo(name), b"evil")
    dest = tmp_path / "out"
    with pytest.raises(UnsafeArchiveError, match="a.zip"):
        safe_extract(archive, dest)
    assert _entries(dest) == set()
    assert _entries(tmp_path) == {"a.zip", "out"}


def test_extract_rejects_zip_symlink(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    info = zipfile.ZipInfo("ln")
    info.create_system = 3
    info.external_attr = (0o120777) << 16
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(UnsafeArchiveError, match="link"):
        safe_extract(archive, tmp_path / "out")
    assert _entries(tmp_path / "out") == set()


def test_extract_rejects_unsafe_mapped_path(tmp_path: Path) -> None:
    archive = _write(tmp_path / "a.tar", _tar_bytes([("fine.txt", b"x")], "w"))
    for mapped in ["../escape.txt", "/abs.txt", "."]:
        with pytest.raises(UnsafeArchiveError, match="fine.txt"):
            safe_extract(archive, tmp_path / "out", select=lambda _name, m=mapped: m)
    assert not (tmp_path / "escape.txt").exists()
    assert _entries(tmp_path / "out") == set()


def test_extract_refuses_existing_link_out_of_dest(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "out"
    dest.mkdir()
    (dest / "sub").symlink_to(outside)
    archive = _write(tmp_path / "a.tar", _tar_bytes([("sub/x.txt", b"x")], "w"))
    with pytest.raises(UnsafeArchiveError, match="outside"):
        safe_extract(archive, dest)
    assert _entries(outside) == set()


def test_extract_truncated_archive(tmp_path: Path) -> None:
    data = _tar_bytes([(f"f{i}.bin", bytes(range(256)) * 64) for i in range(20)])
    archive = _write(tmp_path / "a.tar.gz", data[: len(data) // 2])
    dest = tmp_path / "out"
    with pytest.raises(DownloadError, match="corrupt or truncated"):
        safe_extract(archive, dest)
    assert _entries(dest) == set()


def test_extract_not_an_archive(tmp_path: Path) -> None:
    archive = _write(tmp_path / "a.tar.gz", b"<html>not an archive</html>")
    with pytest.raises(DownloadError, match=r"a\.tar\.gz"):
        safe_extract(archive, tmp_path / "out")
    with pytest.raises(DownloadError, match="does not exist"):
        safe_extract(tmp_path / "missing.tar", tmp_path / "out")


def _zeros_tar_gz(path: Path, size: int) -> Path:
    """Write a tar.gz holding one file of ``size`` zero bytes (it compresses about 1000:1)."""
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("images/zeros.jpg")
        info.size = size
        tar.addfile(info, io.BytesIO(bytes(size)))
    return path


def test_extract_refuses_decompression_bomb(tmp_path: Path) -> None:
    # 40 MiB of zeros in a ~40 KB archive, with the default limits: refused by the ratio.
    archive = _zeros_tar_gz(tmp_path / "bomb.tar.gz", 40 << 20)
    assert archive.stat().st_size * fetch.MAX_COMPRESSION_RATIO < 40 << 20
    dest = tmp_path / "out"
    with pytest.raises(UnsafeArchiveError, match=r"expands more than 50:1") as info:
        safe_extract(archive, dest)
    assert "MAX_COMPRESSION_RATIO" in str(info.value)
    assert "'images/zeros.jpg'" in str(info.value)
    assert _entries(dest) == set()  # nor any staging folder


def test_extract_ratio_limit_is_overridable(tmp_path: Path, monkeypatch) -> None:
    archive = _zeros_tar_gz(tmp_path / "zeros.tar.gz", 2 << 20)
    monkeypatch.setattr(fetch, "RATIO_CHECKED_AFTER", 1 << 20)
    with pytest.raises(UnsafeArchiveError, match="50:1"):
        safe_extract(archive, tmp_path / "out")
    monkeypatch.setattr(fetch, "MAX_COMPRESSION_RATIO", 1_000_000)
    assert safe_extract(archive, tmp_path / "out") == [tmp_path / "out/images/zeros.jpg"]


@pytest.mark.parametrize("kind", ["tar", "zip"])
def test_extract_refuses_more_than_max_bytes(tmp_path: Path, monkeypatch, kind: str) -> None:
    payload = os.urandom(300_000)  # incompressible: only the total limit applies
    if kind == "tar":
        archive = _write(
            tmp_path / "a.tar.gz", _tar_bytes([("a.bin", payload), ("b.bin", payload)])
        )
    else:
        archive = tmp_path / "a.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("a.bin", payload)
            zf.writestr("b.bin", payload)
    monkeypatch.setattr(fetch, "MAX_EXTRACTED_BYTES", 500_000)
    dest = tmp_path / "out"
    with pytest.raises(UnsafeArchiveError, match=r"more than 500,000 bytes") as info:
        safe_extract(archive, dest)
    assert "'b.bin'" in str(info.value)
    assert _entries(dest) == set()
    monkeypatch.setattr(fetch, "MAX_EXTRACTED_BYTES", 600_000)
    assert len(safe_extract(archive, dest)) == 2


_SEGMENTS = st.sampled_from(["a", "b", "..", ".", ""])


@settings(max_examples=150, deadline=None)
@given(
    segments=st.lists(_SEGMENTS, min_size=1, max_size=5),
    absolute=st.booleans(),
)
def test_extract_never_writes_outside(segments: list[str], absolute: bool) -> None:
    name = ("/" if absolute else "") + "/".join(segments)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        dest = root / "a" / "b" / "dest"
        archive = _write(root / "x.tar", _tar_bytes([(name, b"data")], "w"))
        try:
            extracted = safe_extract(archive, dest)
        except UnsafeArchiveError:
            extracted = []
        written = [p for p in root.rglob("*") if p.is_file() and p != archive]
        assert sorted(written) == sorted(extracted)
        for path in extracted:
            assert dest.resolve() in path.resolve().parents


# ---------------------------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------------------------


def test_cli_download_group_lists_subcommands() -> None:
    from vlm_privacy.cli import main

    result = CliRunner().invoke(main, ["download", "--help"])
    assert result.exit_code == 0, result.output
    assert "spy-bench" in result.output


@pytest.mark.parametrize("where", ["data", "crc_trailer"])
def test_safe_extract_detects_corruption_the_tar_reader_cannot_see(tmp_path: Path, where) -> None:
    payload = os.urandom(200_000)  # incompressible: deflate stores it, so a flipped byte
    buf = io.BytesIO()  # still decompresses and only the gzip CRC-32 can tell
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        info = tarfile.TarInfo("images/a.bin")
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    data = bytearray(buf.getvalue())
    pos = data.index(payload[100_000:100_016]) if where == "data" else len(data) - 6
    data[pos] ^= 0xFF
    archive = tmp_path / "bad.tar.gz"
    archive.write_bytes(bytes(data))
    dest = tmp_path / "out"
    with pytest.raises(DownloadError, match="corrupt or truncated"):
        safe_extract(archive, dest)
    assert not (dest / "images" / "a.bin").exists()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("images/test2017/a.jpg", "images/test2017/a.jpg"),
        ("images\\test2017\\a.jpg", "images/test2017/a.jpg"),
        ("./a.jpg", "a.jpg"),
        ("", None),
        ("/etc/passwd", None),
        ("\\abs\\a.jpg", None),
        ("images/../../a.jpg", None),
        ("..", None),
    ],
)
def test_relative_inside(path: str, expected: str | None) -> None:
    from vlm_privacy.files import relative_inside

    assert relative_inside(path) == expected
