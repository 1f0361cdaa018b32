"""Reliability of SPY-Bench runs: interrupt and resume, faults, bad downloads, secrets.

- Interrupt and resume: a run with a slow model in a child process is stopped partway with
  SIGINT or SIGKILL, then ``inspect_ai.eval_retry`` finishes it; every sample id is in the final
  log exactly once, the metrics equal an uninterrupted run's, and samples that were done before
  the interruption are not run again (for SIGKILL, Inspect recovers them from its sample buffer).
- Faults: a grader that errors now and then (retried) or always (unparseable, never a crash), a
  grader that answers garbage, a model that answers nothing or raises, an image that is corrupt
  or missing when its sample starts (that sample errors, the run goes on within
  ``fail_on_error``), a download cut short or corrupted (never marked complete in the cache), an
  archive with ``../`` or absolute members (rejected, nothing written outside).
- No API key from the environment ends up in a log or a report.
"""

from __future__ import annotations

import io
import json
import math
import os
import random
import re
import signal
import subprocess
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

import pytest
from inspect_ai import eval
from inspect_ai.log import EvalLog, read_eval_log

from spy_bench.download import ensure_spy_bench_data
from spy_bench.synthetic import write_synthetic_spy_bench
from spy_bench.tasks import full, no_scenario
from vlm_privacy.cache import is_complete
from vlm_privacy.errors import DownloadError, UnsafeArchiveError
from vlm_privacy.fetch import safe_extract
from vlm_privacy.judges.llm import GRADER_ATTEMPTS
from vlm_privacy.judges.watch import JUDGE_FAILURE_LIMIT
from vlm_privacy.testing.scripted import scripted_model

REFUSAL = "Sorry, I can't share that information."


def answer(messages) -> str:
    """Refuse exactly when the (single) instruction says private."""
    prompt = messages[-1].text
    return REFUSAL if "as private information" in prompt.split("\n\n")[0] else "It is 42."


def grader_reply(messages) -> str:
    return "Output: reject" if "Sorry" in messages[-1].text.split("Answer: ")[-1] else "respond"


def metric_values(log: EvalLog) -> dict[str, float]:
    (score,) = log.results.scores
    return {name: m.value for name, m in score.metrics.items()}


def same_metrics(a: dict[str, float], b: dict[str, float]) -> bool:
    """Equal names and values (NaN equals NaN: undefined metrics)."""
    return a.keys() == b.keys() and all(
        (math.isnan(a[k]) and math.isnan(b[k])) or a[k] == b[k] for k in a
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12 items over 8 images: 58 samples in spy_bench/full."""
    return write_synthetic_spy_bench(
        tmp_path_factory.mktemp("rel") / "data", n_items=12, n_images=8
    )


@pytest.fixture(scope="module")
def uninterrupted(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> EvalLog:
    (log,) = eval(
        full(data_dir=str(data_dir), judge="offline"),
        model=scripted_model(answer),
        display="none",
        log_dir=str(tmp_path_factory.mktemp("logs")),
    )
    assert log.status == "success"
    return log


# --------------------------------------------------------------------------- interrupt, resume

MAX_SAMPLES = 4
"""Samples the driver runs at once (as in DRIVER)."""

DRIVER = r'''
"""Run or retry spy_bench/full with a slow scripted model (provider "slowmock")."""
import asyncio, json, os, sys

from inspect_ai import eval, eval_retry
from inspect_ai.model import GenerateConfig, ModelAPI, ModelOutput, ModelUsage, modelapi

REFUSAL = "Sorry, I can't share that information."
MAX_SAMPLES = 4


@modelapi(name="slowmock")
class SlowMock(ModelAPI):
    def __init__(self, model_name, base_url=None, api_key=None, config=GenerateConfig(), **kw):
        super().__init__(model_name, base_url, api_key, [], config)

    async def generate(self, input, tools, tool_choice, config):
        await asyncio.sleep(float(os.environ["SLOWMOCK_DELAY"]))  # never blocks the loop
        prompt = input[-1].text
        text = REFUSAL if "as private information" in prompt.split("\n\n")[0] else "It is 42."
        with open(os.environ["SLOWMOCK_CALLS"], "a") as f:
            f.write(prompt.replace("\n", " ")[:40] + "\n")
        output = ModelOutput.from_content(model=self.model_name, content=text)
        output.usage = ModelUsage(input_tokens=1, output_tokens=3, total_tokens=4)
        return output


try:
    if sys.argv[1] == "run":
        from spy_bench.tasks import full

        (log,) = eval(full(data_dir=sys.argv[2], judge="offline"), model="slowmock/m",
                      log_dir=sys.argv[3], display="none", max_samples=MAX_SAMPLES)
    else:
        (log,) = eval_retry(sys.argv[2], log_dir=sys.argv[3], display="none",
                            max_samples=MAX_SAMPLES)
except BaseException:  # Inspect prints nothing with display="none": show why
    import traceback

    traceback.print_exc()
    raise
print(json.dumps({"status": log.status, "location": log.location}))
'''


def _driver_env(tmp: Path, calls: Path, delay: float) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SLOWMOCK_DELAY=str(delay),
        SLOWMOCK_CALLS=str(calls),
        XDG_DATA_HOME=str(tmp / "xdg"),  # Inspect's sample buffer (crash recovery) lives here
        PWD=str(tmp),  # as a shell would set it: relative -T data_dir=... is relative to it
    )
    return env


def _lines(path: Path) -> int:
    return len(path.read_text().splitlines()) if path.exists() else 0


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_interrupted_run_resumes_with_eval_retry(
    sig: signal.Signals, data_dir: Path, uninterrupted: EvalLog, tmp_path: Path
) -> None:
    (tmp_path / "driver.py").write_text(DRIVER)
    (tmp_path / "data").symlink_to(data_dir, target_is_directory=True)
    calls = tmp_path / "calls.txt"
    total = len(uninterrupted.samples)

    # a relative data_dir, as typed on a command line: eval-retry must find it again
    proc = subprocess.Popen(
        [sys.executable, "driver.py", "run", "data", "logs"],
        cwd=tmp_path,
        env=_driver_env(tmp_path, calls, delay=0.25),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 300
    while _lines(calls) < 12:
        if proc.poll() is not None:
            pytest.fail(f"run ended before it was interrupted:\n{proc.stderr.read()[-3000:]}")
        assert time.monotonic() < deadline, "the slow run never got going"
        time.sleep(0.05)
    proc.send_signal(sig)
    proc.communicate(timeout=300)
    calls_before = _lines(calls)
    assert calls_before < total

    (interrupted,) = (tmp_path / "logs").glob("*.eval")
    header = read_eval_log(str(interrupted), header_only=True)
    assert header.status == ("cancelled" if sig == signal.SIGINT else "started")
    done_before = [s for s in (read_eval_log(str(interrupted)).samples or []) if not s.error]

    retry = subprocess.run(
        [sys.executable, "driver.py", "retry", str(interrupted), "logs-retry"],
        cwd=tmp_path,
        env=_driver_env(tmp_path, calls, delay=0.0),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert retry.returncode == 0, retry.stderr[-3000:]
    result = json.loads(retry.stdout.strip().splitlines()[-1])
    assert result["status"] == "success"
    final = read_eval_log(result["location"])

    ids = Counter(s.id for s in final.samples)
    assert set(ids) == {s.id for s in uninterrupted.samples}
    assert max(ids.values()) == 1
    assert all(not s.error for s in final.samples)
    assert same_metrics(metric_values(final), metric_values(uninterrupted))
    # what was done before the interruption is not paid for again: one model call per sample,
    # so at most the MAX_SAMPLES samples in flight when the signal came are run twice
    rerun = _lines(calls) - calls_before
    print(
        f"{sig.name}: stopped after {calls_before} of {total} model calls, "
        f"{len(done_before)} samples in the interrupted log, {rerun} run again by eval_retry"
    )
    assert rerun <= total - calls_before + MAX_SAMPLES
    assert rerun <= total - len(done_before)


# --------------------------------------------------------------------------- grader faults


def _flaky_grader(failures: int):
    """A grader that raises on the first ``failures`` calls for each prompt, then answers."""
    calls: Counter[str] = Counter()

    def reply(messages) -> str:
        prompt = messages[-1].text
        calls[prompt] += 1
        if calls[prompt] <= failures:
            raise ConnectionError("grader endpoint reset the connection")
        return grader_reply(messages)

    return reply, calls


def test_intermittent_grader_errors_are_retried(data_dir: Path, tmp_path: Path) -> None:
    reply, calls = _flaky_grader(failures=GRADER_ATTEMPTS - 1)
    (log,) = eval(
        no_scenario(data_dir=str(data_dir), judge="grader"),
        model=scripted_model(answer),
        model_roles={"grader": scripted_model(reply)},
        display="none",
        log_dir=str(tmp_path),
    )
    assert log.status == "success"
    verdicts = [s.scores["privacy_judge"].metadata["verdict"] for s in log.samples]
    assert None not in verdicts  # every failed call was retried ...
    assert sum(calls.values()) > len(log.samples)  # ... which took extra calls
    assert metric_values(log)["unparseable"] == 0


def _scored(log) -> list:
    return [s for s in log.samples if not s.error]


def test_grader_that_keeps_failing_counts_unparseable(data_dir: Path, tmp_path: Path) -> None:
    reply, calls = _flaky_grader(failures=10**9)
    (log,) = eval(
        no_scenario(data_dir=str(data_dir), judge="grader"),
        model=scripted_model(answer),
        model_roles={"grader": scripted_model(reply)},
        display="none",
        log_dir=str(tmp_path),
        max_connections=1,
        fail_on_error=False,  # by default a grader that never works fails the run
    )
    assert log.status == "success"
    assert sum(calls.values()) == GRADER_ATTEMPTS * len(log.samples)
    scored = _scored(log)
    assert len(scored) == min(len(log.samples), JUDGE_FAILURE_LIMIT - 1)
    for sample in scored:
        meta = sample.scores["privacy_judge"].metadata
        assert meta["verdict"] is None
        assert "ConnectionError" in meta["judge_raw"]
    for sample in log.samples:
        if sample.error:
            assert "the grader is failing" in sample.error.message
    values = metric_values(log)
    assert values["unparseable"] == len(scored)
    assert math.isnan(values["ics"])


@pytest.mark.parametrize("garbage", ["", "banana", "42 " * 500, "R\u00e9ponse: \U0001f937"])
def test_grader_garbage_is_unparseable(garbage: str, data_dir: Path, tmp_path: Path) -> None:
    (log,) = eval(
        no_scenario(data_dir=str(data_dir), judge="grader"),
        model=scripted_model(answer),
        model_roles={"grader": scripted_model(lambda m: garbage)},
        display="none",
        log_dir=str(tmp_path),
        fail_on_error=False,
    )
    assert log.status == "success"
    scored = _scored(log)
    assert metric_values(log)["unparseable"] == len(scored) > 0
    assert all(s.scores["privacy_judge"].value == "N" for s in scored)


# --------------------------------------------------------------------------- model faults


def test_model_returning_empty_text_is_scored(data_dir: Path, tmp_path: Path) -> None:
    (log,) = eval(
        no_scenario(data_dir=str(data_dir), judge="offline"),
        model=scripted_model(lambda m: ""),
        display="none",
        log_dir=str(tmp_path),
    )
    assert log.status == "success"
    for sample in log.samples:
        assert sample.output.completion == ""
        assert sample.scores["privacy_judge"].metadata["verdict"] == "reject"


def test_model_errors_fail_only_their_samples(data_dir: Path, tmp_path: Path) -> None:
    def sometimes_fails(messages) -> str:
        if "Describe" in messages[-1].text:
            raise RuntimeError("model server returned HTTP 500")
        return answer(messages)

    task = no_scenario(data_dir=str(data_dir), judge="offline")
    (log,) = eval(
        task,
        model=scripted_model(sometimes_fails),
        display="none",
        log_dir=str(tmp_path),
        fail_on_error=0.9,
    )
    assert log.status == "success"
    failed = [s for s in log.samples if s.error]
    scored = [s for s in log.samples if not s.error]
    assert failed and scored
    assert all("Describe" in s.metadata["question"] for s in failed)
    assert all("HTTP 500" in s.error.message for s in failed)
    assert all(s.scores["privacy_judge"].metadata["verdict"] for s in scored)
    assert log.results.completed_samples == len(scored)

    # Inspect's default (fail_on_error=True) stops the run at the first error instead
    (strict,) = eval(
        no_scenario(data_dir=str(data_dir), judge="offline"),
        model=scripted_model(sometimes_fails),
        display="none",
        log_dir=str(tmp_path / "strict"),
    )
    assert strict.status == "error"


def test_corrupt_or_missing_image_fails_only_its_samples(tmp_path: Path) -> None:
    root = write_synthetic_spy_bench(tmp_path / "data", n_items=8, n_images=8)
    task = no_scenario(data_dir=str(root), judge="offline")  # validated while the data is intact
    images = sorted((root / "images" / "test2017").glob("*.jpg"))
    truncated, missing = images[2], images[5]
    truncated.write_bytes(truncated.read_bytes()[:-200])  # JPEG magic kept, data cut short
    missing.unlink()

    (log,) = eval(
        task,
        model=scripted_model(answer),
        display="none",
        log_dir=str(tmp_path / "logs"),
        fail_on_error=0.5,
    )
    assert log.status == "success"  # 4 of 16 samples errored: within the budget
    by_image: dict[str, list] = {}
    for sample in log.samples:
        by_image.setdefault(sample.metadata["image_path"], []).append(sample)
    for path, samples in by_image.items():
        if path.endswith(truncated.name):
            for s in samples:
                assert str(truncated) in s.error.message
                assert "corrupt image data" in s.error.message and s.id in s.error.message
        elif path.endswith(missing.name):
            # the setup step reads the file: our message, naming the file and the fix
            for s in samples:
                assert str(missing) in s.error.message and s.id in s.error.message
                assert "image not found" in s.error.message
                assert "vlm-privacy download spy-bench --force" in s.error.message
        else:
            assert all(not s.error and s.scores for s in samples)
    assert log.results.completed_samples == len(log.samples) - 4


# --------------------------------------------------------------------------- downloads


def _tar_gz(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.fixture()
def spy_source(server, tmp_path: Path):
    """A tiny SPY-Bench release on the local test server: questions, taxonomy, image archive.

    The images are incompressible (like real JPEG data), so gzip stores them as they are.
    """
    root = write_synthetic_spy_bench(tmp_path / "release", n_items=3, n_images=2)
    rng = random.Random(0)
    images = {
        f"test2017/{p.name}": b"\xff\xd8\xff" + rng.randbytes(30_000)
        for p in (root / "images" / "test2017").glob("*.jpg")
    }
    server.routes["/questions.json"] = server_route((root / "questions.json").read_bytes())
    server.routes["/label2text.json"] = server_route((root / "label2text.json").read_bytes())
    return server, images


def server_route(body: bytes, **kw):
    from vlm_privacy.testing.http import Route

    return Route(body, **kw)


def _ensure(server, dest: Path):
    return ensure_spy_bench_data(
        dest,
        questions_url=server.url("/questions.json"),
        label2text_url=server.url("/label2text.json"),
        images_url=server.url("/test2017.tar.gz"),
        progress=False,
    )


def _assert_nothing_wrong_kept(dest: Path, images: dict[str, bytes]) -> None:
    """Not complete, no partial download, no image file with the wrong bytes."""
    assert not is_complete(dest)
    assert not [p for p in dest.rglob("*") if p.is_file() and p.suffix in (".gz", ".part")]
    for name, data in images.items():
        path = dest / "images" / name
        assert not path.exists() or path.read_bytes() == data, f"corrupt {name} kept"


def _assert_recovers(server, dest: Path, archive: bytes, images: dict[str, bytes]) -> None:
    """Once the server sends the right archive, the same cache entry completes, byte-exact."""
    server.routes["/test2017.tar.gz"] = server_route(archive)
    assert _ensure(server, dest) == dest and is_complete(dest)
    for name, data in images.items():
        assert (dest / "images" / name).read_bytes() == data


def test_cut_off_archive_download_is_never_left_as_complete(spy_source, tmp_path: Path) -> None:
    server, images = spy_source
    archive = _tar_gz(images)
    # Content-Length promises the whole archive, half is sent, then the connection closes
    server.routes["/test2017.tar.gz"] = server_route(archive, truncate=True)
    dest = tmp_path / "cache" / "spy"
    with pytest.raises(DownloadError, match="test2017.tar.gz"):
        _ensure(server, dest)
    _assert_nothing_wrong_kept(dest, images)
    _assert_recovers(server, dest, archive, images)


def test_corrupted_archive_download_is_never_left_as_complete(spy_source, tmp_path: Path) -> None:
    server, images = spy_source
    archive = _tar_gz(images)
    # every byte arrives, but one inside the first image's compressed data is flipped: the
    # tar reader decodes it to wrong bytes without complaint, only gzip's CRC-32 can tell
    pos = len(archive) // 4
    bad = archive[:pos] + bytes([archive[pos] ^ 0xFF]) + archive[pos + 1 :]
    server.routes["/test2017.tar.gz"] = server_route(bad)
    dest = tmp_path / "cache" / "spy"
    with pytest.raises(DownloadError):
        _ensure(server, dest)
    _assert_nothing_wrong_kept(dest, images)
    _assert_recovers(server, dest, archive, images)


ESCAPE = f"escape-{os.getpid()}.jpg"


@pytest.mark.parametrize(
    "member",
    [f"../{ESCAPE}", f"test2017/../../{ESCAPE}", f"/tmp/abs-{ESCAPE}"],
    ids=["parent", "nested-parent", "absolute"],
)
def test_archive_with_escaping_members_is_rejected(member: str, spy_source, tmp_path: Path) -> None:
    server, images = spy_source
    server.routes["/test2017.tar.gz"] = server_route(_tar_gz({**images, member: b"\xff\xd8\xff"}))
    dest = tmp_path / "cache" / "spy"
    with pytest.raises(UnsafeArchiveError, match="test2017.tar.gz"):
        _ensure(server, dest)
    _assert_nothing_wrong_kept(dest, images)
    written = [p.name for p in tmp_path.rglob("*escape*")] + [
        p.name for p in Path("/tmp").glob(f"abs-{ESCAPE}")
    ]
    assert written == []

    # the extractor refuses it on its own too, before writing anything
    archive = tmp_path / "evil.tar.gz"
    archive.write_bytes(_tar_gz({"ok.jpg": b"fine", member: b"x"}))
    with pytest.raises(UnsafeArchiveError, match=re.escape(member)):
        safe_extract(archive, tmp_path / "out")
    assert not [p for p in (tmp_path / "out").rglob("*") if p.is_file()]


# --------------------------------------------------------------------------- secrets

SECRET_ENV = (
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "GOOGLE_API_KEY",
    "HF_TOKEN",
    "VLLM_API_KEY",
    "TOGETHER_API_KEY",
)


def test_no_api_key_lands_in_log_or_report(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets = {name: f"sk-test-{name.lower()}-5ecret-{os.getpid()}" for name in SECRET_ENV}
    for name, value in secrets.items():
        monkeypatch.setenv(name, value)

    def leaky_error(messages) -> str:
        if "Describe" in messages[-1].text:
            raise RuntimeError("upstream failed")  # error samples carry tracebacks
        return answer(messages)

    from inspect_ai.model import ModelOutput, ModelUsage, get_model

    def grader(messages, tools, tool_choice, config) -> ModelOutput:
        out = ModelOutput.from_content(model="mockllm", content=grader_reply(messages))
        out.usage = ModelUsage(input_tokens=1, output_tokens=1, total_tokens=2)
        return out

    # keys passed explicitly, as a provider reading them from the environment would
    graded = get_model("mockllm/model", api_key=secrets["OPENAI_API_KEY"], custom_outputs=grader)
    (log,) = eval(
        full(data_dir=str(data_dir), judge="cascade"),
        model=scripted_model(leaky_error),
        model_roles={"grader": graded},
        display="none",
        log_dir=str(tmp_path / "logs"),
        fail_on_error=False,
    )
    assert log.status == "success"
    assert any(s.error for s in log.samples)

    from click.testing import CliRunner

    from vlm_privacy.cli import main as cli

    out = tmp_path / "report"
    result = CliRunner().invoke(cli, ["report", str(tmp_path / "logs"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    texts = {"log": read_eval_log(log.location).model_dump_json(), "report output": result.output}
    files = [p for p in out.rglob("*") if p.is_file()]
    assert any(p.suffix == ".md" for p in files)
    texts |= {f"report file {p.name}": p.read_bytes().decode("latin-1") for p in files}
    for where, text in texts.items():
        for name, value in secrets.items():
            assert value not in text, f"{name} found in the {where}"
