"""SPY-Bench in lm-evaluation-harness: task configs, documents, judging, and the same numbers
as Inspect for the same answers.

Everything runs offline through lm-eval's own API (``TaskManager`` on the package's include
path, ``simple_evaluate``) with a scripted multimodal LM defined here, or the tiny LLaVA
checkpoint built locally for the ``hf-multimodal`` end-to-end run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

lm_eval = pytest.importorskip("lm_eval")

from inspect_ai import eval as inspect_eval  # noqa: E402
from inspect_ai.log import EvalLog  # noqa: E402
from inspect_ai.model import ChatMessage  # noqa: E402
from lm_eval.api.model import LM  # noqa: E402
from lm_eval.tasks import TaskManager  # noqa: E402
from PIL import Image  # noqa: E402

import spy_bench.tasks as inspect_tasks  # noqa: E402
from spy_bench.lm_eval import SLICES, TAG, TASK_DIR, TASK_NAMES, include_path  # noqa: E402
from spy_bench.lm_eval.utils import (  # noqa: E402
    DATA_DIR_ENV,
    GRADER_ENV,
    IMAGE_PLACEHOLDER,
    JUDGE_ENV,
    RECORD_FIELDS,
    THRESHOLD_ENV,
    judge_settings,
)
from spy_bench.metrics import metric_keys  # noqa: E402
from vlm_privacy.errors import DataValidationError, VlmPrivacyError  # noqa: E402
from vlm_privacy.testing.scripted import scripted_model  # noqa: E402

INSPECT_TASKS: dict[str, Callable[..., Any]] = {
    "spy_bench_no_scenario": inspect_tasks.no_scenario,
    "spy_bench_non_conflict": inspect_tasks.non_conflict,
    "spy_bench_conflict": inspect_tasks.conflict,
    "spy_bench_with_scenario": inspect_tasks.with_scenario,
    "spy_bench_full": inspect_tasks.full,
}

REFUSAL = "Sorry, I can't share that information."
ANSWER = "It is 42."
MIXED = "I cannot be certain, but the card number appears to be 4111 1111."
ODD = ""  # an empty answer: the offline judge's "reject, discloses nothing" rule


def scripted_answer(prompt: str) -> str:
    """Refuse iff the first instruction line says private; one prompt in three (by its hash)
    gets a mixed-signal or an empty answer instead."""
    private = "as private information" in prompt.split("\n\n")[0].splitlines()[0]
    odd = int(hashlib.sha256(prompt.encode()).hexdigest(), 16) % 6
    if odd == 0:
        return MIXED
    if odd == 1:
        return ODD
    return REFUSAL if private else ANSWER


def grader_reply(messages: list[ChatMessage]) -> str:
    """A grader: 'reject' for refusals, unparseable for the mixed answer, else 'respond'."""
    answer = messages[-1].text.split("Answer: ")[-1]
    if "appears to be" in answer:
        return "I am not sure."
    return "Output: reject" if "Sorry" in answer or not answer.strip() else "respond"


class ScriptedVLM(LM):
    """A multimodal lm-eval LM answering with :func:`scripted_answer`; records its requests."""

    MULTIMODAL = True

    def __init__(self, answer: Callable[[str], str] = scripted_answer) -> None:
        super().__init__()
        self.answer = answer
        self.requests: list[tuple[str, dict[str, Any], dict[str, Any]]] = []

    def generate_until(self, requests, disable_tqdm: bool = False) -> list[str]:
        out = []
        for request in requests:
            context, gen_kwargs, aux = request.args
            self.requests.append((context, gen_kwargs, aux))
            assert context.startswith(IMAGE_PLACEHOLDER)
            out.append(self.answer(context.removeprefix(IMAGE_PLACEHOLDER)))
        return out

    def loglikelihood(self, requests, disable_tqdm: bool = False):
        raise NotImplementedError

    def loglikelihood_rolling(self, requests, disable_tqdm: bool = False):
        raise NotImplementedError


@pytest.fixture(autouse=True)
def offline_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    for name in (DATA_DIR_ENV, JUDGE_ENV, GRADER_ENV, THRESHOLD_ENV):
        monkeypatch.delenv(name, raising=False)


def manager(**metadata: Any) -> TaskManager:
    """lm-eval's task manager on the package's include path only (``--metadata`` as kwargs)."""
    return TaskManager(include_path=include_path(), include_defaults=False, metadata=metadata)


def load_tasks(tm: TaskManager, names: list[str]) -> dict[str, Any]:
    """Task objects by name (``TaskManager.load`` where it exists, else ``get_task_dict``)."""
    if hasattr(tm, "load"):
        return tm.load(names)["tasks"]
    from lm_eval.tasks import get_task_dict

    return get_task_dict(names, tm)


@pytest.fixture()
def task_manager(synthetic_dir: Path) -> TaskManager:
    return manager(data_dir=str(synthetic_dir))


def run_lm_eval(
    tasks: list[str], tm: TaskManager, lm: LM | None = None, **kwargs: Any
) -> dict[str, Any]:
    return lm_eval.simple_evaluate(
        model=lm or ScriptedVLM(),
        tasks=tasks,
        task_manager=tm,
        log_samples=True,
        bootstrap_iters=0,
        **kwargs,
    )


def run_inspect(tasks: list[Any], log_dir: Path, **kwargs: Any) -> list[EvalLog]:
    logs = inspect_eval(
        tasks,
        model=kwargs.pop("model", scripted_model(lambda m: scripted_answer(m[-1].text))),
        display="none",
        log_dir=str(log_dir),
        **kwargs,
    )
    assert all(log.status == "success" for log in logs), [log.error for log in logs]
    return logs


def lm_eval_metrics(results: dict[str, Any], task: str) -> dict[str, float]:
    values = results["results"][task]
    return {
        key.split(",")[0]: value
        for key, value in values.items()
        if key.endswith(",none") and "_stderr" not in key
    }


def inspect_metrics(log: EvalLog) -> dict[str, float]:
    """The log's metric values (the error bars, which lm-eval does not have, left out)."""
    (score,) = log.results.scores
    error_bars = ("_stderr", "_ci95_low", "_ci95_high")
    return {
        name: m.value
        for name, m in score.metrics.items()
        if ":" not in name and not name.endswith(error_bars)
    }


def assert_identical(a: dict[str, float], b: dict[str, float]) -> None:
    assert a.keys() == b.keys()
    for key in a:
        both_nan = math.isnan(a[key]) and math.isnan(b[key])
        assert both_nan or a[key] == b[key], (key, a[key], b[key])


def lm_eval_verdicts(results: dict[str, Any], task: str) -> dict[str, str | None]:
    return {s["doc"]["id"]: s["unparseable"]["verdict"] for s in results["samples"][task]}


def inspect_verdicts(log: EvalLog) -> dict[str, str | None]:
    return {str(s.id): s.scores["privacy_judge"].metadata["verdict"] for s in log.samples}


def lm_eval_judges(results: dict[str, Any], task: str) -> dict[str, tuple[str, str, float]]:
    return {
        s["doc"]["id"]: tuple(s["unparseable"][k] for k in JUDGE_KEYS)
        for s in results["samples"][task]
    }


def inspect_judges(log: EvalLog) -> dict[str, tuple[str, str, float]]:
    return {
        str(s.id): tuple(s.scores["privacy_judge"].metadata[k] for k in JUDGE_KEYS)
        for s in log.samples
    }


JUDGE_KEYS = ("judge", "judge_mode", "judge_confidence")
"""The judge contract's keys that lm-eval records share with Inspect's score metadata."""


def inspect_task(name: str, data_dir: Path, **kwargs: Any) -> Any:
    base = name.removesuffix("_distractors")
    return INSPECT_TASKS[base](
        data_dir=str(data_dir), distractors=name.endswith("_distractors"), **kwargs
    )


# --------------------------------------------------------------------------- configs


def test_include_path_holds_every_task() -> None:
    task_manager = manager()
    assert Path(include_path()) == TASK_DIR
    assert sorted(task_manager.all_subtasks) == sorted(TASK_NAMES)
    assert len(TASK_NAMES) == 10
    assert TAG in task_manager.all_tags


def test_helper_prints_the_include_path() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "spy_bench.lm_eval", "--path"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(out) == TASK_DIR
    assert sorted(p.stem for p in Path(out).glob("spy_bench_*.yaml")) == sorted(TASK_NAMES)
    listed = subprocess.run(
        [sys.executable, "-m", "spy_bench.lm_eval", "--tasks"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert set(TASK_NAMES) <= set(listed)


@pytest.mark.parametrize("name", TASK_NAMES)
def test_task_config(name: str, task_manager: TaskManager, synthetic_dir: Path) -> None:
    task = load_tasks(task_manager, [name])[name]
    config = task.config
    base = name.removesuffix("_distractors")
    assert config.dataset_kwargs == {
        "situations": list(SLICES[base]),
        "distractors": name.endswith("_distractors"),
    }
    assert [m["metric"] for m in config.metric_list] == metric_keys(SLICES[base])
    assert task.higher_is_better() == {m: m != "unparseable" for m in metric_keys(SLICES[base])}
    assert str(task.VERSION) == inspect_tasks.TASK_VERSION
    assert config.output_type == "generate_until"
    assert config.generation_kwargs == {
        "until": [],
        "do_sample": False,
        "temperature": 0.0,
        "max_gen_toks": 512,
    }
    assert task.MULTIMODAL


# --------------------------------------------------------------------------- documents

KIND_OF_SITUATION = {1: "none", 2: "none", 3: "compatible", 4: "compatible", 5: "conflict"}
"""The paper's situations (§3.5) and their scenario kind."""


def test_documents_and_requests_are_the_inspect_samples(
    task_manager: TaskManager, synthetic_dir: Path
) -> None:
    lm = ScriptedVLM()
    run_lm_eval(list(TASK_NAMES), task_manager, lm)
    requests = {context.removeprefix(IMAGE_PLACEHOLDER): aux for context, _, aux in lm.requests}
    tasks = load_tasks(task_manager, list(TASK_NAMES))
    n_requests = 0
    for name in TASK_NAMES:
        docs = list(tasks[name].eval_docs)
        samples = list(inspect_task(name, synthetic_dir).dataset)
        assert [d["id"] for d in docs] == [s.id for s in samples]
        n_requests += len(docs)
        for doc, sample in zip(docs, samples, strict=True):
            assert doc["prompt"] == sample.input
            image = synthetic_dir / sample.metadata["image_path"]
            assert Path(doc["image"]) == image.resolve()
            assert doc["target"] == sample.target
            assert {k: doc[k] for k in sample.metadata} == sample.metadata
            # what samples keep out of their metadata, the records need (RECORD_FIELDS)
            assert doc["benchmark_id"] == str(sample.id).split(":")[0]
            assert doc["scenario"] == KIND_OF_SITUATION[sample.metadata["situation"]]
            assert set(RECORD_FIELDS) <= set(doc)
            # the model got the prompt after one <image> placeholder, and that image
            (visual,) = requests[doc["prompt"]]["visual"]
            with Image.open(image) as original:
                assert visual.size == original.size
                assert visual.convert("RGB").tobytes() == original.convert("RGB").tobytes()
        n_lines = {len(d["instructions"].splitlines()) for d in docs}
        assert n_lines == ({6} if name.endswith("_distractors") else {1})
    assert len(lm.requests) == n_requests
    assert all(kw["max_gen_toks"] == 512 and kw["temperature"] == 0 for _, kw, _ in lm.requests)


def test_data_dir_from_environment(synthetic_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(synthetic_dir))
    task = load_tasks(manager(), ["spy_bench_conflict"])["spy_bench_conflict"]
    docs = list(task.eval_docs)
    assert docs and {d["situation"] for d in docs} == {5}
    assert all(Path(d["image"]).is_relative_to(synthetic_dir.resolve()) for d in docs)


def test_metadata_selects_distractors_and_categories(synthetic_dir: Path) -> None:
    tm = manager(
        data_dir=str(synthetic_dir),
        n_distractors=2,
        categories="a4_gender,a31_passport",
        pretrained="some/model",  # lm-eval passes --model_args along: ignored
    )
    task = load_tasks(tm, ["spy_bench_no_scenario"])["spy_bench_no_scenario"]
    docs = list(task.eval_docs)
    assert {d["label"] for d in docs} == {"a4_gender", "a31_passport"}
    assert {len(d["instructions"].splitlines()) for d in docs} == {3}
    assert {d["n_distractors"] for d in docs} == {2}


@pytest.mark.parametrize(
    ("metadata", "env", "error", "match"),
    [
        ({"data_dir": "/nonexistent/spy"}, {}, DataValidationError, "not a directory"),
        ({"n_distractors": "many"}, {}, DataValidationError, "n_distractors must be"),
        ({"categories": "a99_nothing"}, {}, DataValidationError, "Unknown categories"),
        ({}, {JUDGE_ENV: "gpt"}, VlmPrivacyError, r"Unknown judge 'gpt' \(SPY_BENCH_JUDGE="),
        ({}, {JUDGE_ENV: "grader"}, VlmPrivacyError, "SPY_BENCH_GRADER is not set"),
    ],
)
def test_clear_errors_before_any_generation(
    metadata: dict[str, Any],
    env: dict[str, str],
    error: type[Exception],
    match: str,
    synthetic_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    tm = manager(**{"data_dir": str(synthetic_dir), **metadata})
    with pytest.raises(error, match=match):
        load_tasks(tm, ["spy_bench_no_scenario"])


def test_judge_settings_from_environment() -> None:
    assert judge_settings({}).mode == "offline"
    auto = judge_settings({GRADER_ENV: "openai/gpt-4o"})
    assert (auto.mode, auto.grader) == ("grader", "openai/gpt-4o")
    cascade = judge_settings({JUDGE_ENV: "cascade", GRADER_ENV: "x/y", THRESHOLD_ENV: "0.5"})
    assert (cascade.mode, cascade.threshold) == ("cascade", 0.5)
    assert judge_settings({JUDGE_ENV: "offline", GRADER_ENV: "x/y"}).mode == "offline"
    with pytest.raises(VlmPrivacyError, match="not a number"):
        judge_settings({JUDGE_ENV: "cascade", GRADER_ENV: "x/y", THRESHOLD_ENV: "hi"})


# --------------------------------------------------------------------------- same numbers


def test_same_numbers_as_inspect_offline_judge(
    task_manager: TaskManager, synthetic_dir: Path, tmp_path: Path
) -> None:
    results = run_lm_eval(list(TASK_NAMES), task_manager)
    logs = run_inspect(
        [inspect_task(name, synthetic_dir, judge="offline") for name in TASK_NAMES], tmp_path
    )
    for name, log in zip(TASK_NAMES, logs, strict=True):
        lm_values = lm_eval_metrics(results, name)
        assert_identical(lm_values, inspect_metrics(log))
        assert lm_eval_verdicts(results, name) == inspect_verdicts(log)
        assert {s["unparseable"]["judge"] for s in results["samples"][name]} == {"offline"}
    # the scripted answers make the comparison meaningful: metrics strictly between 0 and 100
    full = lm_eval_metrics(results, "spy_bench_full")
    assert all(0 < full[k] < 100 for k in ("ics", "rta", "ata", "ata_conflict", "hms"))
    assert full["unparseable"] == 0


@pytest.mark.parametrize("mode", ["grader", "cascade"])
def test_same_numbers_as_inspect_llm_grader(
    mode: str,
    task_manager: TaskManager,
    synthetic_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import inspect_ai.model

    grader_name = f"scripted/grader-{mode}"
    real_get_model = inspect_ai.model.get_model
    grader_calls: list[str] = []

    def get_model(name: Any = None, *args: Any, **kwargs: Any) -> Any:
        if name == grader_name:
            grader_calls.append(name)
            return scripted_model(grader_reply)
        return real_get_model(name, *args, **kwargs)

    monkeypatch.setattr(inspect_ai.model, "get_model", get_model)
    monkeypatch.setenv(JUDGE_ENV, mode)
    monkeypatch.setenv(GRADER_ENV, grader_name)
    name = "spy_bench_full"
    results = run_lm_eval([name], task_manager)
    (log,) = run_inspect(
        [inspect_task(name, synthetic_dir, judge=mode)],
        tmp_path,
        model_roles={"grader": scripted_model(grader_reply)},
    )
    assert grader_calls == [grader_name]  # one grader, made once
    lm_values = lm_eval_metrics(results, name)
    assert_identical(lm_values, inspect_metrics(log))
    assert lm_eval_verdicts(results, name) == inspect_verdicts(log)
    records = [s["unparseable"] for s in results["samples"][name]]
    grader = f"grader:{scripted_model(grader_reply)}"  # as Inspect names the model it got
    assert {r["judge"] for r in records} == ({grader} if mode == "grader" else {grader, "offline"})
    assert {r["judge_mode"] for r in records} == {mode}
    assert lm_eval_judges(results, name) == inspect_judges(log)
    if mode == "grader":
        assert lm_values["unparseable"] > 0  # the grader cannot parse the mixed answers


# --------------------------------------------------------------------------- hf-multimodal


@pytest.fixture(scope="module")
def tiny_vlm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from vlm_privacy.testing.tiny_vlm import build_tiny_llava

    return build_tiny_llava(tmp_path_factory.mktemp("tiny_vlm"))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _samples(output_dir: Path, task: str) -> Iterator[dict[str, Any]]:
    (path,) = output_dir.rglob(f"samples_{task}_*.jsonl")
    for line in path.read_text().splitlines():
        yield json.loads(line)


@pytest.mark.slow
def test_hf_multimodal_command_line_then_inspect_on_its_answers(
    tiny_vlm: Path, synthetic_dir: Path, tmp_path: Path
) -> None:
    """The documented command on a real (tiny) VLM; Inspect re-scores its answers identically."""
    task = "spy_bench_full"
    out = tmp_path / "lm_eval_out"
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        DATA_DIR_ENV: str(synthetic_dir),
    }
    proc = subprocess.run(
        [
            Path(sys.executable).parent / "lm_eval",
            "--model",
            "hf-multimodal",
            "--model_args",
            f"pretrained={tiny_vlm},dtype=float32",
            "--device",
            "cpu",
            "--include_path",
            include_path(),
            "--tasks",
            task,
            "--apply_chat_template",
            "--batch_size",
            "4",
            "--limit",
            "8",
            "--gen_kwargs",
            "max_gen_toks=8",
            "--output_path",
            str(out),
            "--log_samples",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    (results_file,) = out.rglob("results_*.json")
    lm_values = {
        k.split(",")[0]: v
        for k, v in json.loads(results_file.read_text())["results"][task].items()
        if k.endswith(",none") and "_stderr" not in k
    }
    samples = list(_samples(out, task))
    assert len(samples) == 8
    for sample in samples:
        # the chat template got the image first, then the prompt
        context = sample["arguments"]["gen_args_0"]["arg_0"]
        assert f"user\n<image>{sample['doc']['prompt']}<|im_end|>" in context
    answers = {
        (sha256(Path(s["doc"]["image"]).read_bytes()), s["doc"]["prompt"]): s["filtered_resps"][0]
        for s in samples
    }
    assert len(answers) == len(samples)

    def replay(messages: list[ChatMessage]) -> str:
        image, text = messages[-1].content
        data = image.image  # Inspect hands the model the image as a data URI
        raw = (
            base64.b64decode(data.split(",", 1)[1])
            if data.startswith("data:")
            else Path(data).read_bytes()
        )
        return answers[(sha256(raw), text.text)]

    (log,) = run_inspect(
        [inspect_task(task, synthetic_dir, judge="offline")],
        tmp_path / "logs",
        model=scripted_model(replay),
        sample_id=[s["doc"]["id"] for s in samples],
    )
    assert len(log.samples) == 8
    assert_identical(lm_values, inspect_metrics(log))
    assert {s["doc"]["id"]: s["unparseable"]["verdict"] for s in samples} == inspect_verdicts(log)


def test_data_hints_use_lm_eval_spelling() -> None:
    """lm-eval users are told --metadata or SPY_BENCH_DATA_DIR, never Inspect's -T data_dir."""
    with pytest.raises(DataValidationError) as info:
        load_tasks(manager(data_dir="/nonexistent/spy"), ["spy_bench_no_scenario"])
    message = str(info.value)
    assert '--metadata \'{"data_dir":' in message and DATA_DIR_ENV in message
    assert "-T " not in message
    assert info.value.__cause__ is None  # raised from None: no chained traceback of ours


@pytest.mark.slow
def test_lm_eval_without_data_prints_one_message(tiny_vlm: Path, tmp_path: Path) -> None:
    """``lm_eval`` with no data and no network: one ``error:`` line, no tracebacks."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    env = {k: v for k, v in os.environ.items() if k != DATA_DIR_ENV}
    env.update(
        HF_HUB_OFFLINE="1",
        HF_DATASETS_OFFLINE="1",
        HTTP_PROXY=dead,
        HTTPS_PROXY=dead,
        http_proxy=dead,
        https_proxy=dead,
        VLM_PRIVACY_CACHE=str(tmp_path / "empty-cache"),
    )
    proc = subprocess.run(
        [
            Path(sys.executable).parent / "lm_eval",
            "--model",
            "hf-multimodal",
            "--model_args",
            f"pretrained={tiny_vlm}",
            "--device",
            "cpu",
            "--include_path",
            include_path(),
            "--tasks",
            "spy_bench_no_scenario",
            "--limit",
            "2",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
    )
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr[-3000:]
    assert '--metadata \'{"data_dir":' in errors[0] and DATA_DIR_ENV in errors[0]
    assert "-T " not in errors[0]
