"""Tests for spy_bench.download and ``vlm-privacy download spy-bench``, against a local server.

Named test_spy_bench_download.py, not test_download.py: pytest (default import mode) needs
test basenames unique across tests/ folders, and tests/vlm_privacy/test_download.py exists.
"""

from __future__ import annotations

import io
import json
import socket
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from spy_bench.dataset import packaged_label2text, spy_bench_dataset
from spy_bench.download import (
    IMAGES_URL,
    LABEL2TEXT_URL,
    QUESTIONS_URL,
    SPY_BENCH_COMMIT,
    ensure_spy_bench_data,
    referenced_images,
)
from vlm_privacy.cache import COMPLETE_MARKER, is_complete, read_complete
from vlm_privacy.cli import main
from vlm_privacy.errors import DataValidationError, DownloadError, UnsafeArchiveError
from vlm_privacy.testing.http import FileServer, Route

# ---------------------------------------------------------------------------------------------
# A local HTTP server
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Fixture data: official-schema questions, label2text and a VISPR-like archive
# ---------------------------------------------------------------------------------------------

UNREFERENCED = ("2017_00000001.jpg", "2017_00000002.jpg")


def _jpeg(seed: int) -> bytes:
    """A small JPEG whose color depends on ``seed``."""
    buffer = io.BytesIO()
    color = (seed * 40 % 256, seed * 90 % 256, seed * 150 % 256)
    Image.new("RGB", (24, 16), color).save(buffer, format="JPEG")
    return buffer.getvalue()


def _tar_gz(files: dict[str, bytes], extra: list[tarfile.TarInfo] = ()) -> bytes:
    """A tar.gz of ``files`` (name -> data) plus ready-made entries."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for info in extra:
            tar.addfile(info)
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@dataclass
class SpyData:
    """The fixture SPY-Bench release: what the server serves and what should land."""

    items: list[dict]
    images: dict[str, bytes]
    """Referenced image path (``images/test2017/x.jpg``) -> bytes."""
    questions: bytes
    label2text: bytes

    def archive(self, inner: str = "test2017", skip: int = 0) -> bytes:
        """The image archive with its images under ``inner/``, leaving out the first ``skip``."""
        directory = tarfile.TarInfo(inner)
        directory.type = tarfile.DIRTYPE
        files = {f"{inner}/{Path(p).name}": d for p, d in list(self.images.items())[skip:]}
        files.update({f"{inner}/{name}": _jpeg(90 + i) for i, name in enumerate(UNREFERENCED)})
        first = Path(next(iter(self.images))).name
        files[f"__MACOSX/{inner}/._{first}"] = b"resource fork"
        return _tar_gz(files, [directory])


@pytest.fixture
def spy_data(reference_items: list[dict]) -> SpyData:
    """The 3 official reference items plus a 4th that reuses the first item's image."""
    extra = json.loads(json.dumps(reference_items[0]))
    extra["benchmark_id"] = "99999999"
    extra["question_item"]["question_id"] += "_copy"
    items = [*reference_items, extra]
    paths = sorted({item["question_item"]["image_path"] for item in items})
    return SpyData(
        items=items,
        images={path: _jpeg(i) for i, path in enumerate(paths)},
        questions=json.dumps({"benchmark_list": items}).encode(),
        label2text=json.dumps(packaged_label2text()).encode(),
    )


def _serve(server: FileServer, data: SpyData, **archive_options) -> dict[str, str]:
    """Serve ``data`` and return the ``ensure_spy_bench_data`` URL arguments."""
    server.routes["/q/questions.json"] = Route(data.questions)
    server.routes["/q/label2text.json"] = Route(data.label2text)
    server.routes["/img/test2017.tar.gz"] = Route(data.archive(**archive_options))
    return {
        "questions_url": server.url("/q/questions.json"),
        "label2text_url": server.url("/q/label2text.json"),
        "images_url": server.url("/img/test2017.tar.gz"),
    }


def _dead_urls() -> dict[str, str]:
    """URLs on a local port nobody listens on: any request to them fails."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    return {
        "questions_url": f"{base}/questions.json",
        "label2text_url": f"{base}/label2text.json",
        "images_url": f"{base}/test2017.tar.gz",
    }


def _all_files(root: Path) -> set[str]:
    """Every file under ``root``, relative, as posix strings."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def _leftovers(root: Path) -> list[str]:
    """Temporary files or folders that a download might leave behind."""
    return [
        p.name
        for p in root.rglob("*")
        if p.name.endswith((".part", ".tmp", ".tar.gz"))
        or p.name.startswith((".download", ".extract"))
    ]


# ---------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------


def test_pinned_sources() -> None:
    base = (
        "https://raw.githubusercontent.com/achernarwang/specify-privacy-yourself/"
        "3743ea16c612185a6b102fb2d707bcd760354103/benchmark/data/"
    )
    assert QUESTIONS_URL == base + "questions.json"
    assert LABEL2TEXT_URL == base + "label2text.json"
    assert IMAGES_URL == "https://datasets.d2.mpi-inf.mpg.de/orekondy17iccv/test2017.tar.gz"


@pytest.mark.parametrize("inner", ["test2017", "vispr/test images"])
def test_complete_download(
    server: FileServer, spy_data: SpyData, tmp_path: Path, inner: str
) -> None:
    urls = _serve(server, spy_data, inner=inner)
    dest = tmp_path / "spy"
    assert ensure_spy_bench_data(dest, progress=False, **urls) == dest

    expected = {"questions.json", "label2text.json", COMPLETE_MARKER, *spy_data.images}
    assert _all_files(dest) == expected  # only the referenced images, no leftovers
    assert (dest / "questions.json").read_bytes() == spy_data.questions
    assert (dest / "label2text.json").read_bytes() == spy_data.label2text
    for path, data in spy_data.images.items():
        assert path.startswith("images/test2017/")
        assert (dest / path).read_bytes() == data
    assert sorted(server.requests) == [
        "/img/test2017.tar.gz",
        "/q/label2text.json",
        "/q/questions.json",
    ]

    info = read_complete(dest)
    assert info is not None
    assert info["commit"] == SPY_BENCH_COMMIT
    assert info["questions"] == len(spy_data.items)
    assert info["images"] == len(spy_data.images)
    assert info["images_url"] == urls["images_url"]

    # The result is in the layout the SPY-Bench tasks read.
    dataset = spy_bench_dataset(dest)
    assert {Path(s.metadata["image_path"]).as_posix() for s in dataset} == set(spy_data.images)


def test_default_dest_is_the_cache(
    server: FileServer, spy_data: SpyData, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("VLM_PRIVACY_CACHE", str(tmp_path / "cache"))
    path = ensure_spy_bench_data(progress=False, **_serve(server, spy_data))
    assert path == tmp_path / "cache" / "spy_bench" / SPY_BENCH_COMMIT[:12]
    assert is_complete(path)


def test_second_run_is_served_from_the_cache(
    server: FileServer, spy_data: SpyData, tmp_path: Path
) -> None:
    dest = ensure_spy_bench_data(tmp_path / "spy", progress=False, **_serve(server, spy_data))
    before = _all_files(dest)
    server.requests.clear()

    assert ensure_spy_bench_data(dest, progress=False, **_serve(server, spy_data)) == dest
    assert server.requests == []
    # Even with every URL unreachable, a complete entry needs no network.
    assert ensure_spy_bench_data(dest, progress=False, **_dead_urls()) == dest
    assert _all_files(dest) == before


def test_force_downloads_again(server: FileServer, spy_data: SpyData, tmp_path: Path) -> None:
    urls = _serve(server, spy_data)
    dest = ensure_spy_bench_data(tmp_path / "spy", progress=False, **urls)
    image = dest / next(iter(spy_data.images))
    image.write_bytes(b"damaged")
    (dest / "questions.json").write_text("{}")
    server.requests.clear()

    assert ensure_spy_bench_data(dest, force=True, progress=False, **urls) == dest
    assert sorted(server.requests) == [
        "/img/test2017.tar.gz",
        "/q/label2text.json",
        "/q/questions.json",
    ]
    assert image.read_bytes() == spy_data.images[next(iter(spy_data.images))]
    assert (dest / "questions.json").read_bytes() == spy_data.questions
    assert is_complete(dest)


def test_archive_cut_off_leaves_no_usable_entry(
    server: FileServer, spy_data: SpyData, tmp_path: Path
) -> None:
    urls = _serve(server, spy_data)
    server.routes["/img/test2017.tar.gz"].truncate = True
    dest = tmp_path / "spy"
    with pytest.raises(DownloadError, match="cut off") as info:
        ensure_spy_bench_data(dest, progress=False, **urls)
    assert urls["images_url"] in str(info.value)
    assert not is_complete(dest)
    assert not dest.exists()  # the failed run created it: nothing is left, not even the JSON

    # A later run with a working server completes the entry.
    server.routes["/img/test2017.tar.gz"].truncate = False
    ensure_spy_bench_data(dest, progress=False, **urls)
    assert is_complete(dest)
    assert _all_files(dest) == {
        "questions.json",
        "label2text.json",
        COMPLETE_MARKER,
        *spy_data.images,
    }


def test_questions_cut_off(server: FileServer, spy_data: SpyData, tmp_path: Path) -> None:
    urls = _serve(server, spy_data)
    server.routes["/q/questions.json"].truncate = True
    dest = tmp_path / "spy"
    with pytest.raises(DownloadError, match="cut off"):
        ensure_spy_bench_data(dest, progress=False, **urls)
    assert _all_files(dest) == set()
    assert _leftovers(dest) == []


def test_previous_complete_entry_is_not_trusted_after_failed_force(
    server: FileServer, spy_data: SpyData, tmp_path: Path
) -> None:
    urls = _serve(server, spy_data)
    dest = ensure_spy_bench_data(tmp_path / "spy", progress=False, **urls)
    server.routes["/q/label2text.json"].truncate = True
    with pytest.raises(DownloadError):
        ensure_spy_bench_data(dest, force=True, progress=False, **urls)
    assert not is_complete(dest)


def test_missing_images_are_listed(server: FileServer, spy_data: SpyData, tmp_path: Path) -> None:
    urls = _serve(server, spy_data, skip=2)
    dest = tmp_path / "spy"
    with pytest.raises(DownloadError) as info:
        ensure_spy_bench_data(dest, progress=False, **urls)
    message = str(info.value)
    missing = list(spy_data.images)[:2]
    assert f"2 of {len(spy_data.images)} images" in message
    for path in missing:
        assert path in message
    assert urls["images_url"] in message
    assert not is_complete(dest)
    assert _leftovers(dest) == []


def test_unsafe_archive_is_refused(server: FileServer, spy_data: SpyData, tmp_path: Path) -> None:
    urls = _serve(server, spy_data)
    name = Path(next(iter(spy_data.images))).name
    link = tarfile.TarInfo(f"test2017/{name}")
    link.type = tarfile.SYMTYPE
    link.linkname = "/etc/passwd"
    server.routes["/img/test2017.tar.gz"] = Route(_tar_gz({}, [link]))
    dest = tmp_path / "spy"
    with pytest.raises(UnsafeArchiveError, match=name):
        ensure_spy_bench_data(dest, progress=False, **urls)
    assert not is_complete(dest)
    assert not dest.exists()


def test_failed_download_removes_only_what_it_added(
    server: FileServer, spy_data: SpyData, tmp_path: Path, monkeypatch
) -> None:
    from vlm_privacy import fetch

    urls = _serve(server, spy_data)
    dest = tmp_path / "spy"
    (dest / "mine").mkdir(parents=True)
    (dest / "mine" / "notes.txt").write_text("keep me")
    monkeypatch.setattr(fetch, "MAX_EXTRACTED_BYTES", 10)  # every image archive is too big now
    with pytest.raises(UnsafeArchiveError, match="MAX_EXTRACTED_BYTES"):
        ensure_spy_bench_data(dest, progress=False, **urls)
    assert _all_files(dest) == {"mine/notes.txt"}
    assert [p.name for p in dest.iterdir()] == ["mine"]


def test_http_404_is_a_clear_error(server: FileServer, spy_data: SpyData, tmp_path: Path) -> None:
    urls = _serve(server, spy_data)
    urls["questions_url"] = server.url("/moved/questions.json")
    with pytest.raises(DownloadError) as info:
        ensure_spy_bench_data(tmp_path / "spy", progress=False, **urls)
    message = str(info.value)
    assert urls["questions_url"] in message
    assert "HTTP 404" in message
    assert "--questions-url" in message and "-T data_dir=PATH" in message


def test_not_a_questions_file(server: FileServer, spy_data: SpyData, tmp_path: Path) -> None:
    urls = _serve(server, spy_data)
    server.routes["/q/questions.json"] = Route(b"<html>rate limited</html>")
    with pytest.raises(DataValidationError, match="not valid JSON"):
        ensure_spy_bench_data(tmp_path / "a", progress=False, **urls)
    server.routes["/q/questions.json"] = Route(b'{"items": []}')
    with pytest.raises(DataValidationError, match="benchmark_list"):
        ensure_spy_bench_data(tmp_path / "b", progress=False, **urls)


@pytest.mark.parametrize("image_path", ["/etc/x.jpg", "../x.jpg", "images/../../x.jpg"])
def test_referenced_images_refuses_escaping_paths(image_path: str) -> None:
    questions = {"benchmark_list": [{"question_item": {"image_path": image_path}}]}
    with pytest.raises(DataValidationError, match="relative path"):
        referenced_images(questions, "q.json")


def test_local_archive(server: FileServer, spy_data: SpyData, tmp_path: Path) -> None:
    archive = tmp_path / "test2017.tar.gz"
    archive.write_bytes(spy_data.archive())
    urls = _serve(server, spy_data)
    del server.routes["/img/test2017.tar.gz"]
    dest = ensure_spy_bench_data(
        tmp_path / "spy", progress=False, **{**urls, "images_url": str(archive)}
    )
    assert archive.exists()  # a local archive is the user's: kept
    assert sorted(server.requests) == ["/q/label2text.json", "/q/questions.json"]
    assert is_complete(dest)


def test_images_already_there_skip_the_archive(
    server: FileServer, spy_data: SpyData, tmp_path: Path
) -> None:
    urls = _serve(server, spy_data)
    dest = ensure_spy_bench_data(tmp_path / "spy", progress=False, **urls)
    (dest / COMPLETE_MARKER).unlink()
    server.requests.clear()
    ensure_spy_bench_data(dest, progress=False, **urls)
    assert sorted(server.requests) == ["/q/label2text.json", "/q/questions.json"]
    assert is_complete(dest)


def test_cli_download_spy_bench(server: FileServer, spy_data: SpyData, tmp_path: Path) -> None:
    urls = _serve(server, spy_data)
    dest = tmp_path / "spy"
    args = ["download", "spy-bench", "--dest", str(dest)]
    args += ["--questions-url", urls["questions_url"], "--label2text-url", urls["label2text_url"]]
    args += ["--images-url", urls["images_url"]]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"SPY-Bench data is in {dest}" in result.output
    assert f"-T data_dir={dest}" in result.output
    assert is_complete(dest)

    server.requests.clear()
    result = CliRunner().invoke(main, [*args, "--force", "--quiet"])
    assert result.exit_code == 0, result.output
    assert len(server.requests) == 3


def test_cli_reports_errors_without_traceback(
    server: FileServer, spy_data: SpyData, tmp_path: Path
) -> None:
    urls = _serve(server, spy_data)
    missing = server.url("/nope.json")
    args = ["download", "spy-bench", "--dest", str(tmp_path / "spy"), "-q"]
    args += ["--questions-url", missing, "--images-url", urls["images_url"]]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert "Error:" in result.output and missing in result.output and "HTTP 404" in result.output
    assert "Traceback" not in result.output


def test_cli_refuses_decompression_bomb_and_leaves_dest_empty(
    server: FileServer, spy_data: SpyData, tmp_path: Path
) -> None:
    urls = _serve(server, spy_data)
    name = Path(next(iter(spy_data.images))).name
    bomb = tmp_path / "test2017.tar.gz"  # 40 MiB of zeros as an image, ~40 KB compressed
    with tarfile.open(bomb, "w:gz") as tar:
        info = tarfile.TarInfo(f"test2017/{name}")
        info.size = 40 << 20
        tar.addfile(info, io.BytesIO(bytes(info.size)))
    dest = tmp_path / "spy"
    args = ["download", "spy-bench", "--dest", str(dest), "-q"]
    args += ["--questions-url", urls["questions_url"], "--label2text-url", urls["label2text_url"]]
    result = CliRunner().invoke(main, [*args, "--images-url", str(bomb)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "50:1" in result.output and "decompression bomb" in result.output
    assert not dest.exists()
