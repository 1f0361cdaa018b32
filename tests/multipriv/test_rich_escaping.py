"""Errors printed through rich keep their bracketed text (issue 15, item 11).

Inspect prints a ``PrerequisiteError``'s message with rich, which reads ``[x1, y1, x2, y2]``
as a markup tag and drops it.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image
from rich.console import Console

from vlm_privacy.errors import DataValidationError

BBOX_RECORD = {
    "id": "r1",
    "task": "region_localization",
    "language": "en",
    "images": ["a.png"],
    "question": "Where is the plate?",
    "answer_type": "bbox",
    "answer": [1, 2, 3],
    "image_size": [40, 30],
}


def test_message_prints_literally_through_rich() -> None:
    error = DataValidationError('need "image_size": [width, height]; [bold]not markup[/bold]')
    out = io.StringIO()
    Console(file=out, width=200).print(f"\n{error.message}\n")  # as Inspect's excepthook does
    assert out.getvalue().strip() == str(error)
    assert str(error) == 'need "image_size": [width, height]; [bold]not markup[/bold]'


def test_inspect_eval_prints_bbox_error_in_full(tmp_path: Path) -> None:
    Image.new("RGB", (40, 30), "white").save(tmp_path / "a.png")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(BBOX_RECORD) + "\n")
    bin_dir = Path(sys.executable).parent
    done = subprocess.run(
        [
            str(bin_dir / "inspect"),
            "eval",
            "multipriv/region_localization",
            "-T",
            f"data={records}",
            "--model",
            "mockllm/model",
            "--log-dir",
            str(tmp_path / "logs"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "COLUMNS": "300"},
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "Traceback" not in output
    assert "[x1, y1, x2, y2]" in output, output
