"""``vlm-privacy report`` with damaged logs and reused ``--out`` folders (issue 15).

The logs are real: SPY-Bench runs of scripted mockllm models, written by Inspect. The damaged
one is a copy whose header still reads but whose samples (zstd-compressed zip members) are
corrupt, as a disk error or an interrupted copy leaves them.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from inspect_ai import eval
from inspect_ai.log import read_eval_log
from inspect_ai.model import get_model

from spy_bench.synthetic import write_synthetic_spy_bench
from spy_bench.tasks import no_scenario
from vlm_privacy.cli import main
from vlm_privacy.report.command import MANIFEST
from vlm_privacy.testing.scripted import scripted_output


def _run(data: Path, model: str, answer: str, log_dir: Path) -> Path:
    """One no_scenario run of ``mockllm/<model>`` always answering ``answer``."""
    mock = get_model(f"mockllm/{model}", custom_outputs=lambda *_: scripted_output(answer))
    (log,) = eval(no_scenario(data_dir=str(data)), model=mock, display="none", log_dir=str(log_dir))
    assert log.status == "success"
    return Path(log.location)


def damage_samples(log: Path) -> None:
    """Garble the compressed data of every sample and summary member, in place."""
    raw = bytearray(log.read_bytes())
    with zipfile.ZipFile(log) as zf:
        members = [
            i
            for i in zf.infolist()
            if i.filename.startswith(("samples/", "summaries", "_journal/summaries"))
        ]
    assert members
    for info in members:
        name_len, extra_len = struct.unpack(
            "<HH", raw[info.header_offset + 26 : info.header_offset + 30]
        )
        start = info.header_offset + 30 + name_len + extra_len
        # keep the zstd magic number; garble the frame and first block headers after it
        raw[start + 4 : start + 36] = bytes(b ^ 0xA5 for b in raw[start + 4 : start + 36])
    log.write_bytes(bytes(raw))


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(log folder, good log, damaged log): model-good answers, model-bad refuses."""
    root = tmp_path_factory.mktemp("faults")
    data = write_synthetic_spy_bench(root / "data", n_items=4, n_images=3, seed=0)
    log_dir = root / "logs"
    good = _run(data, "model-good", "It is 42.", log_dir)
    bad = _run(data, "model-bad", "Sorry, I can't share that information.", log_dir)
    damage_samples(bad)
    read_eval_log(str(bad), header_only=True)  # the header still reads
    return log_dir, good, bad


def test_damaged_log_is_skipped_by_name_and_the_rest_reported(logs, tmp_path: Path) -> None:
    log_dir, good, bad = logs
    results = tmp_path / "results.md"
    with open(results, "wb") as stdout:  # what `vlm-privacy report ... > results.md` does
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "vlm_privacy.cli",
                "report",
                str(log_dir),
                "--format",
                "markdown",
            ],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            timeout=300,
        )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    text = results.read_text(encoding="utf-8")
    assert "model-good" in text
    assert "model-bad" not in text.replace(str(bad), "")  # only named in the note
    assert f"Skipped {bad}" in text and "cannot be read" in text


def test_only_damaged_logs_is_an_error_naming_them(logs, tmp_path: Path) -> None:
    _, _, bad = logs
    result = CliRunner().invoke(main, ["report", str(bad), "--format", "markdown"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert str(bad) in result.output and "could be read" in result.output


def test_out_removes_only_files_the_earlier_report_wrote(logs, tmp_path: Path) -> None:
    log_dir, good, _ = logs
    out = tmp_path / "report"
    first = CliRunner().invoke(main, ["report", str(good), "--table", "all", "--out", str(out)])
    assert first.exit_code == 0, first.output
    manifest = json.loads((out / MANIFEST).read_text())["files"]
    assert {"report.md", "report.json", "spy_summary.csv"} <= set(manifest)
    assert sorted(p.name for p in out.iterdir()) == sorted([*manifest, MANIFEST])
    (out / "my_notes.txt").write_text("mine")  # the user's own file, never listed
    shutil.copy(out / "report.md", out / "copy.md")

    second = CliRunner().invoke(
        main, ["report", str(good), "--table", "spy-main", "--out", str(out)]
    )
    assert second.exit_code == 0, second.output
    now = json.loads((out / MANIFEST).read_text())["files"]
    assert "spy_summary.csv" not in now and "spy_main.csv" in now
    assert not (out / "spy_summary.csv").exists()  # written by the earlier report only
    assert (out / "my_notes.txt").read_text() == "mine"
    assert (out / "copy.md").exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*now, MANIFEST, "my_notes.txt", "copy.md"]
    )


def test_out_ignores_manifest_entries_outside_the_folder(logs, tmp_path: Path) -> None:
    _, good, _ = logs
    out = tmp_path / "report"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    (out / "sub").mkdir()
    (out / "sub" / "x.csv").write_text("keep")
    (out / MANIFEST).write_text(
        json.dumps({"files": ["../victim.txt", str(victim), "sub/x.csv", "sub"]})
    )
    result = CliRunner().invoke(main, ["report", str(good), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert victim.read_text() == "keep"
    assert (out / "sub" / "x.csv").read_text() == "keep"
