"""The README's offline "try it" section, run line by line exactly as written, with no network.

The commands are parsed from README.md between the ``offline-try`` markers, so the README and
this test cannot drift apart. The Hugging Face Hub and any proxy point at a closed loopback
port, and ``HF_HUB_OFFLINE`` is unset: a command that tried the network would fail or stall.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from inspect_ai.log import list_eval_logs, read_eval_log

README = Path(__file__).resolve().parents[1] / "README.md"
BIN = Path(sys.executable).parent


def readme_block(marker: str) -> list[str]:
    """The shell lines of the fenced block between ``<!-- marker:begin/end -->`` in README.md."""
    text = README.read_text(encoding="utf-8")
    match = re.search(rf"<!-- {marker}:begin -->(.*?)<!-- {marker}:end -->", text, re.S)
    assert match, f"README.md has no {marker} markers"
    block = re.search(r"```bash\n(.*?)```", match.group(1), re.S)
    assert block, f"README.md's {marker} section has no ```bash block"
    joined = block.group(1).replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip()]


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def offline_env(tmp_path: Path) -> dict[str, str]:
    dead = f"http://127.0.0.1:{closed_port()}"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    }
    env.update(
        HF_ENDPOINT=dead,
        HTTP_PROXY=dead,
        HTTPS_PROXY=dead,
        http_proxy=dead,
        https_proxy=dead,
        NO_COLOR="1",
        HF_HOME=str(tmp_path / "hf-home"),
        VLM_PRIVACY_CACHE=str(tmp_path / "cache"),
        INSPECT_DISPLAY="plain",
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
    )
    return env


def run_lines(lines: list[str], cwd: Path, env: dict[str, str]) -> list[str]:
    """Run each line (its first word from this Python's bin folder); return their outputs."""
    outputs = []
    for line in lines:
        argv = shlex.split(line)
        assert argv[0] in ("vlm-privacy", "inspect"), f"unexpected README command: {line}"
        result = subprocess.run(
            [str(BIN / argv[0]), *argv[1:]],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, (line, result.stdout[-3000:], result.stderr[-3000:])
        outputs.append(result.stdout + result.stderr)
    return outputs


@pytest.mark.slow
def test_readme_offline_section_runs_as_written(tmp_path: Path) -> None:
    lines = readme_block("offline-try")
    assert [line.split()[:2] for line in lines] == [
        ["vlm-privacy", "spy-bench"],
        ["vlm-privacy", "tiny-vlm"],
        ["inspect", "eval"],
        ["vlm-privacy", "report"],
    ]
    outputs = run_lines(lines, tmp_path, offline_env(tmp_path))

    (info,) = list_eval_logs(str(tmp_path / "try" / "logs"))
    log = read_eval_log(info)
    assert log.status == "success"
    assert log.eval.task == "spy_bench/no_scenario"
    assert log.samples and all(s.scores for s in log.samples)
    judges = {s.scores["privacy_judge"].metadata["judge"] for s in log.samples}
    assert judges == {"offline"}
    report = outputs[-1]
    assert "SPY-Bench" in report and "hf-vlm/try/tiny-vlm" in report


def test_provider_extras_exist_and_the_paper_commands_name_them() -> None:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    pyproject = tomllib.loads((README.parent / "pyproject.toml").read_text(encoding="utf-8"))
    extras = pyproject["project"]["optional-dependencies"]
    assert set(extras["api"]) == {"openai", "anthropic", "google-genai"}
    assert extras["vllm"] == ["vllm"]
    text = README.read_text(encoding="utf-8")
    paper = text[text.index("Paper-faithful") :]
    paper = paper[: paper.index("```bash")]
    assert '.[vllm,api]"' in paper


OTHER_SUITE = """
from inspect_ai import Task, task
from inspect_ai.dataset import Sample
from inspect_ai.scorer import includes
from inspect_ai.solver import generate


@task
def other_arithmetic():
    return Task(dataset=[Sample(input="What is 1+1?", target="2")], solver=generate(), scorer=includes())
"""


@pytest.mark.slow
def test_readme_eval_set_with_another_suite(tmp_path: Path) -> None:
    """The README's eval-set example: ours and a third task file in one log folder; the report
    shows ours and names the other log as ignored."""
    setup = readme_block("offline-try")[:2]  # synthetic data and the tiny VLM
    lines = readme_block("eval-set")
    assert [line.split()[:2] for line in lines] == [
        ["inspect", "eval-set"],
        ["vlm-privacy", "report"],
    ]
    assert "other_suite.py" in lines[0].split()
    (tmp_path / "other_suite.py").write_text(OTHER_SUITE, encoding="utf-8")
    outputs = run_lines(setup + lines, tmp_path, offline_env(tmp_path))

    logs = [read_eval_log(info) for info in list_eval_logs(str(tmp_path / "try" / "suite"))]
    by_task = {log.eval.task: log for log in logs}
    assert set(by_task) == {"spy_bench/no_scenario", "multipriv/perception", "other_arithmetic"}
    assert all(log.status == "success" for log in logs)
    report = " ".join(outputs[-1].split())
    assert "SPY-Bench results" in report and "MultiPriv privacy perception risk" in report
    assert report.count("hf-vlm/try/tiny-vlm") >= 2  # a row in each of our tables
    other = Path(by_task["other_arithmetic"].location).name
    assert (
        f"Ignored {other}: task 'other_arithmetic' is not a SPY-Bench or MultiPriv task" in report
    )
