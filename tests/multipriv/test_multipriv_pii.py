"""The multipriv-pii source, on a tiny archive in the authors' folder layout (no network)."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from inspect_ai import eval
from multipriv_testlib import scripted_grader, scripted_model
from PIL import Image

from multipriv import download as pii
from multipriv import tasks as mp
from multipriv.cli import multipriv_pii_command
from vlm_privacy.errors import DataValidationError, UnsafeArchiveError

TOP = "MultiPriv-PII-main"
IMAGES = {
    # member name -> kept as
    f"{TOP}/VLM/A/en/face_01.png": "VLM/A/en/face_01.png",
    f"{TOP}/VLM/A/zh/face_01.png": "VLM/A/zh/face_01.png",
    f"{TOP}/VLM/B/en/sub/passport.jpg": "VLM/B/en/sub/passport.jpg",
    f"{TOP}/VLM/C/en/report.png": "VLM/C/en/report.png",
    f"{TOP}/VLM/E/zh/ticket.jpeg": "VLM/E/zh/ticket.jpeg",
    f"{TOP}/VLM/G/en/social.png": "VLM/G/en/social.png",
}
SKIPPED = [
    f"{TOP}/VLM/A/ALL/face_01.png",  # the ALL folders duplicate en/zh
    f"{TOP}/VLM/C/en/notes.txt",
    f"{TOP}/VLM/H/en/other.png",
    f"{TOP}/LLM/data_person_1000.json",
    f"{TOP}/README.md",
]


def _png(color: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 12), color).save(buf, format="PNG")
    return buf.getvalue()


def make_archive(path: Path, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{TOP}/", b"")
        for i, name in enumerate([*IMAGES, *SKIPPED]):
            z.writestr(
                name,
                _png((i * 30 % 255, 80, 120))
                if not name.endswith((".md", ".json", ".txt"))
                else b"{}",
            )
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def test_select_member() -> None:
    for member, kept in IMAGES.items():
        assert pii.select_member(member) == kept
    for member in SKIPPED:
        assert pii.select_member(member) is None
    assert pii.select_member("top/VLM/A_biometric/EN/x.PNG") == "VLM/A/en/x.PNG"
    assert pii.select_member("top/VLM/Ab/en/x.png") is None
    # the repository's other layout: long folder names and <lang>_images
    long_b = "MultiPriv-PII-main/VLM/B Specific identity information_特定身份信息"
    assert pii.select_member(f"{long_b}/zh_images/10.jpg") == "VLM/B/zh/10.jpg"
    assert pii.select_member(f"{long_b}/ALL_images/3.jpg") is None


def test_extract_and_build_records(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "repo.zip")
    root = pii.ensure_multipriv_pii(tmp_path / "pii", source=str(archive), progress=False)
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert files == sorted([*IMAGES.values(), ".complete.json"])
    records = pii.pii_records(root)
    negatives = [r for r in records if "negative_of" in r.metadata]
    by_image = {r.metadata["image"]: r for r in records if r not in negatives}
    assert set(by_image) == set(IMAGES.values())
    # one negative per direct-identifier image (folders A and B), gold "no"
    assert sorted(r.metadata["negative_of"] for r in negatives) == sorted(
        k for k in IMAGES.values() if k.split("/")[1] in "AB"
    )
    for neg in negatives:
        source = root / neg.metadata["negative_of"]
        language = neg.metadata["negative_of"].split("/")[2]
        assert (neg.task, neg.answer, neg.language) == ("direct_identifier", "no", language)
        (image,) = neg.images
        assert not Path(image).is_relative_to(root)  # derived into the cache, not the folder
        with Image.open(image) as img, Image.open(source) as src:
            assert img.size == src.size
            assert len(img.getcolors(10_000) or []) <= pii.NEGATIVE_BLOCKS**2
    again = {r.id: r.images for r in pii.pii_records(root)}
    assert all(
        Path(again[r.id][0]).read_bytes() == Path(r.images[0]).read_bytes() for r in negatives
    )
    face = by_image["VLM/A/zh/face_01.png"]
    assert (face.task, face.language, face.answer_type, face.answer) == (
        "direct_identifier",
        "zh",
        "yes_no",
        "yes",
    )
    assert face.category == "biometric"
    assert by_image["VLM/B/en/sub/passport.jpg"].task == "direct_identifier"
    report = by_image["VLM/C/en/report.png"]
    assert (report.task, report.answer, report.category) == ("indirect_identifier", "C", "medical")
    assert report.choices[ord("C") - ord("A")] == "Medical and health"
    ticket = by_image["VLM/E/zh/ticket.jpeg"]
    assert (ticket.language, ticket.answer, ticket.choices[4]) == ("zh", "E", "出行与位置")
    assert by_image["VLM/G/en/social.png"].answer == "G"
    assert len({r.id for r in records}) == len(records)
    # the archive given as a local path is left alone; a second call uses the complete copy
    assert archive.is_file()
    archive.unlink()
    assert pii.ensure_multipriv_pii(tmp_path / "pii", source=str(archive)) == root


def test_download_goes_through_the_cache(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = make_archive(tmp_path / "repo.zip")
    calls: list[str] = []

    def fake_download(url: str, dest: Path, **kwargs: object) -> Path:
        calls.append(url)
        shutil.copyfile(archive, dest)
        return dest

    monkeypatch.setattr("vlm_privacy.fetch.download_file", fake_download)
    monkeypatch.delenv(pii.MULTIPRIV_PII_URL_ENV, raising=False)
    # another folder's session fixture may have pointed the cache elsewhere since
    monkeypatch.setenv("VLM_PRIVACY_CACHE", str(private_cache))
    root = pii.ensure_multipriv_pii(progress=False)
    assert calls == [pii.archive_url()]
    assert calls[0].startswith("https://github.com/CyberChangAn/MultiPriv-PII/archive/")
    assert root.is_relative_to(private_cache)
    assert not list(root.parent.glob(".*.archive"))  # the downloaded archive is removed
    assert pii.ensure_multipriv_pii(progress=False) == root and len(calls) == 1

    monkeypatch.setenv(pii.MULTIPRIV_PII_URL_ENV, "https://example.org/mirror.zip")
    other = pii.ensure_multipriv_pii(progress=False)
    assert calls[-1] == "https://example.org/mirror.zip" and other != root


def test_unsafe_and_foreign_archives(tmp_path: Path) -> None:
    evil = make_archive(
        tmp_path / "evil.zip", {f"{TOP}/VLM/A/en/../../../../evil.png": _png((0, 0, 0))}
    )
    with pytest.raises(UnsafeArchiveError):
        pii.ensure_multipriv_pii(tmp_path / "x", source=str(evil), progress=False)
    assert not (tmp_path / "evil.png").exists()
    foreign = tmp_path / "foreign.zip"
    with zipfile.ZipFile(foreign, "w") as z:
        z.writestr("project/README.md", b"hi")
    with pytest.raises(DataValidationError, match="no images under VLM"):
        pii.ensure_multipriv_pii(tmp_path / "y", source=str(foreign), progress=False)
    with pytest.raises(DataValidationError, match="does not exist"):
        pii.ensure_multipriv_pii(tmp_path / "z", source=str(tmp_path / "missing.zip"))


def test_task_on_the_tiny_archive(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "repo.zip")
    task = mp.perception(source="multipriv-pii", pii_source=str(archive), judge="grader")
    samples = list(task.dataset)
    assert {s.metadata["task"] for s in samples} == {"direct_identifier", "indirect_identifier"}
    assert len(samples) == len(IMAGES) + 3  # + a negative per folder A/B image
    golds = sorted(s.target for s in samples if s.metadata["task"] == "direct_identifier")
    assert golds == ["no"] * 3 + ["yes"] * 3

    def respond(messages: list) -> str:
        text = messages[-1].content[-1].text
        if "direct identifier" in text or "直接身份标识" in text:
            return "是" if "请只回答" in text else "Yes."
        return "Sorry, I can't help with identifying people."

    (log,) = eval(
        task,
        model=scripted_model(respond),
        model_roles={"grader": scripted_grader()},
        display="none",
        log_dir=str(tmp_path / "logs"),
        log_realtime=False,
    )
    metrics = {k: v.value for k, v in log.results.scores[0].metrics.items()}
    # always "yes" on direct identifiers: right on the 3 positives, wrong on the 3 negatives;
    # 3 category questions refused
    assert metrics["direct_identifier_accuracy"] == 0.5
    assert metrics["indirect_identifier_refusal_rate"] == 1.0
    assert metrics["indirect_identifier_accuracy"] == 0.0
    assert metrics["accuracy"] == pytest.approx(3 / 9)
    assert metrics["refusal_rate"] == pytest.approx(3 / 9)
    assert metrics["answered_accuracy"] == 0.5


def test_cli_downloads_from_a_local_archive(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "repo.zip")
    result = CliRunner().invoke(
        multipriv_pii_command, ["--source", str(archive), "--dest", str(tmp_path / "out"), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert "9 perception items" in result.output and "CC BY-NC-SA" in result.output
    result = CliRunner().invoke(multipriv_pii_command, ["--source", str(tmp_path / "nope.zip")])
    assert result.exit_code != 0 and "does not exist" in result.output


def test_bomb_archive_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    bomb = make_archive(tmp_path / "bomb.zip")
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as z:  # 40 MiB of zeros, ~40 KB
        z.writestr(f"{TOP}/VLM/C/en/zeros.png", bytes(40 << 20))
    dest = tmp_path / "pii"
    with pytest.raises(UnsafeArchiveError, match="50:1"):
        pii.ensure_multipriv_pii(dest, source=str(bomb), progress=False)
    assert not dest.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bomb.zip"]
