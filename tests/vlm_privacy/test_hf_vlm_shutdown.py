"""An hf-vlm run that ends while the model generates exits with Inspect's own code
(issue 15, item 8).

Before the fix, the batch worker (a daemon thread) was still inside ``model.generate`` when
the interpreter finalized, and the process aborted: "terminate called without an active
exception", exit code 134 (-6 as a signal). The runs here use the tiny local VLM through
``inspect eval`` in a subprocess, with a task file that marks when generation has started.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

INSPECT = str(Path(sys.executable).parent / "inspect")

TASK_FILE = textwrap.dedent(
    """
    import os
    from pathlib import Path

    import anyio
    from inspect_ai import Task, task
    from inspect_ai.dataset import MemoryDataset, Sample
    from inspect_ai.scorer import includes
    from inspect_ai.solver import solver

    MARKER = Path(os.environ["MARKER"])


    @solver
    def generate_or_fail(model_generates):
        async def solve(state, generate):
            if state.sample_id == "fails":
                while not MARKER.exists():  # until the other sample is generating
                    await anyio.sleep(0.1)
                await anyio.sleep(1.0)
                raise RuntimeError("a solver failed while the model was generating")
            MARKER.write_text("generating")
            if not model_generates:  # the baseline: a long wait without any model thread
                await anyio.sleep(600)
            return await generate(state)

        return solve


    @task
    def long_generation(fail: bool = False, model_generates: bool = True):
        samples = [Sample(id="generates", input="Tell me a very long story.", target="x")]
        if fail:
            samples.append(Sample(id="fails", input="Hi", target="x"))
        return Task(
            dataset=MemoryDataset(samples), solver=generate_or_fail(model_generates), scorer=includes()
        )
    """
)


def _start(model: str, tmp_path: Path, *task_args: str) -> tuple[subprocess.Popen, Path]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "long_task.py").write_text(TASK_FILE)
    marker = tmp_path / "generating"
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "NO_COLOR": "1",
        "MARKER": str(marker),
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    args = [INSPECT, "eval", f"{tmp_path / 'long_task.py'}@long_generation", *task_args]
    args += ["--model", model, "--max-tokens", "1000000"]
    if model.startswith("hf-vlm/"):
        args += ["-M", "device=cpu"]
    args += ["--log-dir", str(tmp_path / "logs"), "--display", "plain"]
    process = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    return process, marker


def _wait_for(marker: Path, process: subprocess.Popen, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while not marker.exists():
        assert process.poll() is None, process.communicate()[0][-3000:]
        assert time.monotonic() < deadline, "generation never started"
        time.sleep(0.2)


def _assert_clean_exit(process: subprocess.Popen) -> str:
    try:
        output, _ = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        pytest.fail(f"the run did not stop within 120 s:\n{output[-3000:]}")
    assert "terminate called" not in output, output[-3000:]
    assert process.returncode not in (134, -signal.SIGABRT), output[-3000:]
    return output


@pytest.mark.slow
def test_ctrl_c_during_generation_exits_cleanly(tiny_vlm_path: Path, tmp_path: Path) -> None:
    process, marker = _start(f"hf-vlm/{tiny_vlm_path}", tmp_path)
    _wait_for(marker, process)
    time.sleep(1.0)  # well inside model.generate
    process.send_signal(signal.SIGINT)
    output = _assert_clean_exit(process)
    assert "interrupted" in output.lower()


@pytest.mark.slow
def test_exception_during_generation_exits_cleanly(tiny_vlm_path: Path, tmp_path: Path) -> None:
    process, _ = _start(f"hf-vlm/{tiny_vlm_path}", tmp_path / "hf", "-T", "fail=true")
    output = _assert_clean_exit(process)
    assert "a solver failed while the model was generating" in output
    # the same run without any model thread gives Inspect's own exit code
    baseline, _ = _start(
        "mockllm/model", tmp_path / "mock", "-T", "fail=true", "-T", "model_generates=false"
    )
    baseline_output = _assert_clean_exit(baseline)
    assert "a solver failed while the model was generating" in baseline_output
    assert process.returncode == baseline.returncode, output[-3000:]
