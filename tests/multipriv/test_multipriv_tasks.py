"""Every MultiPriv task end to end with scripted answers: right, wrong and refusals.

The model under test answers each sample according to a fixed script (by dataset position);
the grader answers "reject" for the scripted refusals. The expected metrics are computed here
from the script, by hand, and compared with the log.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from pathlib import Path
from statistics import fmean

import pytest
from inspect_ai import Task, eval
from inspect_ai.dataset import Sample
from inspect_ai.log import EvalLog
from inspect_ai.model import ChatMessage, ContentImage, ContentText
from multipriv_testlib import PROFILES, REFUSALS, scripted_grader, scripted_model

from multipriv import tasks as mp
from multipriv.dataset import TASKS
from vlm_privacy.errors import VlmPrivacyError

SCRIPT = ("right", "wrong", "refuse", "right")
SUBSET = ("-P001", "-P002")
"""Profiles whose items the end-to-end runs use (half of the test data, to stay fast)."""


def _digest_file(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()


def _digest_uri(uri: str) -> str:
    return hashlib.sha1(base64.b64decode(uri.split(",", 1)[1])).hexdigest()


def _key_of_sample(sample: Sample) -> tuple:
    content = sample.input[0].content
    images = tuple(_digest_file(c.image) for c in content if isinstance(c, ContentImage))
    return (content[-1].text, images)


def _key_of_messages(messages: list[ChatMessage]) -> tuple:
    content = messages[-1].content
    assert isinstance(content, list)
    images = tuple(_digest_uri(c.image) for c in content if isinstance(c, ContentImage))
    texts = [c.text for c in content if isinstance(c, ContentText)]
    return (texts[-1], images)


def _iou(a: list[float], b: list[float]) -> float:
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - w * h
    return w * h / union


def _answer(sample: Sample, behaviour: str, index: int) -> tuple[str, float, float | None]:
    """The scripted answer, whether it is correct, and its IoU (boxes only)."""
    md = sample.metadata or {}
    lang, kind = md["language"], md["answer_type"]
    gold = sample.target if isinstance(sample.target, str) else sample.target[0]
    if behaviour == "refuse":
        return REFUSALS[lang], 0.0, (0.0 if kind == "bbox" else None)
    right = behaviour == "right"
    if kind == "yes_no":
        value = gold if right else {"yes": "no", "no": "yes"}[gold]
        text = {"en": {"yes": "Yes.", "no": "No."}, "zh": {"yes": "是", "no": "否"}}[lang][value]
        return text, float(right), None
    if kind == "multiple_choice":
        letter = gold if right else chr(ord("A") + (ord(gold) - ord("A") + 1) % len(md["choices"]))
        if index % 8 < 4:
            return letter, float(right), None
        return f"{letter}. {md['choices'][ord(letter) - ord('A')]}", float(right), None
    if kind == "free_text":
        value = gold if right else "XQ-0000"
        return (f"It is {value}." if lang == "en" else value), float(right), None
    box = json.loads(gold)
    if not right:
        half = (box[2] - box[0]) / 2
        box = [box[0] + half, box[1], box[2] + half, box[3]]
    if md["bbox_format"] == "norm1000":
        w, h = md["image_size"]
        shown = [
            round(box[0] * 1000 / w),
            round(box[1] * 1000 / h),
            round(box[2] * 1000 / w),
            round(box[3] * 1000 / h),
        ]
        pixels = [
            shown[0] * w / 1000,
            shown[1] * h / 1000,
            shown[2] * w / 1000,
            shown[3] * h / 1000,
        ]
    else:
        shown = pixels = box
    value = _iou(pixels, json.loads(gold))
    return json.dumps(shown), float(value >= 0.5), value


def run_scripted(
    task: Task,
    log_dir: Path,
    script: tuple[str, ...] = SCRIPT,
    judge_roles: bool = True,
    profiles: tuple[str, ...] = SUBSET,
) -> tuple[EvalLog, list[dict]]:
    """Run ``task`` on the samples of ``profiles`` with the scripted model (and grader)."""
    task.dataset = task.dataset.filter(
        lambda s: (s.metadata or {}).get("profile_id", "").endswith(profiles)
    )
    samples = list(task.dataset)
    plan: dict[tuple, tuple[str, str, float, float | None, Sample]] = {}
    for i, sample in enumerate(samples):
        behaviour = script[i % len(script)]
        text, correct, iou = _answer(sample, behaviour, i)
        key = _key_of_sample(sample)
        assert key not in plan, f"two samples look the same to the model: {sample.id}"
        plan[key] = (behaviour, text, correct, iou, sample)

    def respond(messages: list[ChatMessage]) -> str:
        return plan[_key_of_messages(messages)][1]

    roles = {"grader": scripted_grader()} if judge_roles else None
    (log,) = eval(
        task,
        model=scripted_model(respond),
        model_roles=roles,
        display="none",
        log_dir=str(log_dir),
        log_images=False,
        max_samples=64,
        log_realtime=False,
    )
    assert log.status == "success", log.error
    expected = [
        {
            "id": s.id,
            "task": s.metadata["task"],
            "language": s.metadata["language"],
            "correct": c,
            "refused": b == "refuse",
            "iou": iou,
        }
        for b, _, c, iou, s in plan.values()
    ]
    return log, expected


def expected_metrics(rows: list[dict]) -> dict[str, float]:
    """Accuracy, refusal rate, answered accuracy and IoU, by hand, per group."""
    out: dict[str, float] = {}

    def group(prefix: str, suffix: str, members: list[dict]) -> None:
        answered = [r for r in members if not r["refused"]]
        name = lambda stat: "_".join(p for p in (prefix, stat, suffix) if p)  # noqa: E731
        out[name("accuracy")] = sum(r["correct"] for r in members) / len(members)
        out[name("refusal_rate")] = sum(r["refused"] for r in members) / len(members)
        out[name("answered_accuracy")] = sum(r["correct"] for r in answered) / len(answered)
        out[name("samples")] = len(members)
        out[name("unparseable")] = 0  # the scripted grader's verdicts all parse
        boxes = [r for r in members if r["iou"] is not None]
        if boxes:
            out[name("iou")] = fmean(r["iou"] for r in boxes)
            out[name("answered_iou")] = fmean(r["iou"] for r in boxes if not r["refused"])

    group("", "", rows)
    for lang in {r["language"] for r in rows}:
        group("", lang, [r for r in rows if r["language"] == lang])
    for task in {r["task"] for r in rows}:
        group(task, "", [r for r in rows if r["task"] == task])
        for lang in {r["language"] for r in rows}:
            members = [r for r in rows if r["task"] == task and r["language"] == lang]
            if members:
                group(task, lang, members)
    return out


def assert_metrics_match(log: EvalLog, expected: list[dict]) -> None:
    metrics = {k: v.value for k, v in log.results.scores[0].metrics.items()}
    want = expected_metrics(expected)
    counts = ("samples", "unparseable")
    rates = {k for k in want if not any(c in k for c in counts)}
    assert set(metrics) == set(want) | {f"{k}_stderr" for k in rates}
    for key, value in want.items():
        assert metrics[key] == pytest.approx(value), key
    # one sample per item: the overall accuracy's SE is the binomial one (n - 1 variance)
    p, n = want["accuracy"], want["samples"]
    assert metrics["accuracy_stderr"] == pytest.approx(math.sqrt(p * (1 - p) / (n - 1)))
    by_id = {r["id"]: r for r in expected}
    for sample in log.samples:
        score = sample.scores["multipriv_scorer"]
        row = by_id[sample.id]
        assert score.metadata["refused"] is row["refused"]
        assert score.metadata["verdict"] == ("reject" if row["refused"] else "respond")
        assert score.metadata["judge"] == "grader:mockllm/model"
        assert score.metadata["judge_mode"] == "grader"
        assert score.value["correct"] == row["correct"]
        for key in ("task", "language", "answer_type", "profile_id", "attribute"):
            assert key in sample.metadata


@pytest.fixture(scope="module")
def language(request: pytest.FixtureRequest) -> str:
    """Both languages where a CJK font is installed (always in CI)."""
    try:
        request.getfixturevalue("cjk_font")
    except pytest.skip.Exception:
        return "en"
    return "both"


@pytest.mark.parametrize("name", TASKS)
def test_each_task_end_to_end(name: str, language: str, tmp_path: Path) -> None:
    task = getattr(mp, name)(language=language, profiles=PROFILES, judge="grader")
    log, expected = run_scripted(task, tmp_path)
    assert {r["task"] for r in expected} == {name}
    if language == "both":
        assert {r["language"] for r in expected} == {"en", "zh"}
    assert_metrics_match(log, expected)
    metrics = log.results.scores[0].metrics
    assert 0 < metrics["accuracy"].value < 1
    assert metrics["refusal_rate"].value == pytest.approx(
        sum(r["refused"] for r in expected) / len(expected)
    )


def test_boxes_in_0_1000_coordinates(language: str, tmp_path: Path) -> None:
    task = mp.region_localization(
        language=language, profiles=PROFILES, judge="grader", bbox_format="norm1000"
    )
    prompt = task.dataset[0].input[0].content[-1].text
    assert "0-1000" in prompt or "0 到 1000" in prompt
    log, expected = run_scripted(task, tmp_path)
    assert_metrics_match(log, expected)
    assert log.results.scores[0].metrics["region_localization_iou"].value > 0.4


def test_bundles_report_every_task(language: str, tmp_path: Path) -> None:
    task = mp.reasoning(language="en", profiles=PROFILES, judge="grader")
    log, expected = run_scripted(task, tmp_path)
    assert {r["task"] for r in expected} == set(TASKS[4:])
    assert_metrics_match(log, expected)
    perception = mp.perception(language=language, profiles=PROFILES)
    assert {s.metadata["task"] for s in perception.dataset} == set(TASKS[:4])


def test_offline_judge_detects_clear_refusals(language: str, tmp_path: Path) -> None:
    task = mp.information_extraction(language=language, profiles=PROFILES, judge="offline")
    log, expected = run_scripted(task, tmp_path, script=("right", "refuse"), judge_roles=False)
    by_id = {r["id"]: r for r in expected}
    for sample in log.samples:
        score = sample.scores["multipriv_scorer"]
        assert score.metadata["judge"] == "offline"
        assert score.metadata["refused"] is by_id[sample.id]["refused"], sample.output.completion
    metrics = log.results.scores[0].metrics
    assert metrics["refusal_rate"].value == pytest.approx(0.5)
    assert metrics["answered_accuracy"].value == 1.0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"language": "fr"}, 'use "en", "zh" or "both"'),
        ({"judge": "gpt"}, "Unknown judge"),
        ({"source": "web"}, "Unknown source"),
        ({"source": "data"}, "needs -T data=PATH"),
        ({"source": "multipriv-pii", "data": "x.jsonl"}, "exclude each other"),
        ({"profiles": 1}, "between 4 and"),
    ],
)
def test_task_parameter_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(VlmPrivacyError, match=message):
        mp.chained_reasoning(**kwargs)


def test_multipriv_pii_does_not_pretend_to_have_reasoning_items() -> None:
    with pytest.raises(
        VlmPrivacyError, match="provides only direct_identifier and indirect_identifier"
    ):
        mp.reasoning(source="multipriv-pii")


PUBLIC_TASKS = (
    "direct_identifier",
    "indirect_identifier",
    "information_extraction",
    "region_localization",
    "cross_validation",
    "single_step_reasoning",
    "chained_reasoning",
    "reidentification",
    "cross_modal_association",
    "perception",
    "reasoning",
)
"""The task names users run (``inspect eval multipriv/<name>``), written out independently."""


def test_entry_point_registers_all_tasks() -> None:
    from importlib.metadata import entry_points

    from vlm_privacy.compat import registry_info, registry_lookup

    (ep,) = [e for e in entry_points(group="inspect_ai") if e.name == "multipriv"]
    ep.load()  # what Inspect does before resolving "multipriv/<name>"
    assert set(PUBLIC_TASKS) >= set(TASKS)
    for name in PUBLIC_TASKS:
        found = registry_lookup("task", f"multipriv/{name}")
        assert found is not None, f"multipriv/{name} is not registered"
        assert registry_info(found).name == f"multipriv/{name}"


def test_cascade_threshold_decides_who_judges(tmp_path: Path) -> None:
    """The offline judge decides at or above the threshold, the grader below (same contract)."""
    counts = {}
    for threshold in (0.0, 1.01):
        task = mp.information_extraction(
            language="en", profiles=PROFILES, judge="cascade", cascade_threshold=threshold
        )
        log, _ = run_scripted(task, tmp_path / str(threshold), script=("right", "refuse"))
        judges = [s.scores["multipriv_scorer"].metadata["judge"] for s in log.samples]
        assert {s.scores["multipriv_scorer"].metadata["judge_mode"] for s in log.samples} == {
            "cascade"
        }
        for sample in log.samples:
            score = sample.scores["multipriv_scorer"]
            assert score.explanation
            if score.metadata["judge"] != "offline":  # a sentence, not the grader's output
                assert score.metadata["judge_raw"]
                assert score.explanation != score.metadata["judge_raw"]
            else:  # the offline judge keeps no raw output
                assert "judge_raw" not in score.metadata
            assert 0.0 <= score.metadata["judge_confidence"] <= 1.0
        counts[threshold] = judges
    assert set(counts[0.0]) == {"offline"}  # every offline decision is confident enough
    assert set(counts[1.01]) == {"grader:mockllm/model"}  # none is


def _inspect_eval(tmp_path: Path, model: Path, *args: str) -> EvalLog:
    """``inspect eval ARGS`` through the real command line (the tiny VLM, offline judge)."""
    import os
    import subprocess
    import sys

    from inspect_ai.log import list_eval_logs, read_eval_log

    log_dir = tmp_path / "logs"
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "inspect"),
            "eval",
            *args,
            "--model",
            f"hf-vlm/{model}",
            "-M",
            "device=cpu",
            "-T",
            "judge=offline",
            "-T",
            f"profiles={PROFILES}",
            "--display",
            "none",
            "--log-dir",
            str(log_dir),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (info,) = list_eval_logs(str(log_dir))
    log = read_eval_log(info)
    assert log.status == "success", log.error
    return log


def _max_tokens_asked(log: EvalLog) -> dict[str, set[int | None]]:
    """The max_tokens each answer type was generated with, from the samples' model events."""
    asked: dict[str, set[int | None]] = {}
    for sample in log.samples or []:
        for event in sample.events:
            if event.event == "model":
                asked.setdefault(sample.metadata["answer_type"], set()).add(event.config.max_tokens)
    return asked


@pytest.mark.slow
def test_limit_covers_every_bundle_task_with_per_answer_type_max_tokens(
    language: str, tmp_path: Path, tiny_vlm_path: Path
) -> None:
    """``multipriv/perception --limit 5`` samples all four tasks; each answer type gets its
    default max_tokens (mp.MAX_TOKENS)."""
    log = _inspect_eval(
        tmp_path,
        tiny_vlm_path,
        "multipriv/perception",
        "--limit",
        "5",
        "-T",
        f"language={language}",
    )
    assert {s.metadata["task"] for s in log.samples} == set(TASKS[:4])
    asked = _max_tokens_asked(log)
    assert len(asked) >= 2  # the perception tasks mix answer types
    assert asked == {kind: {mp.MAX_TOKENS[kind]} for kind in asked}
    assert log.eval.task_version == mp.TASK_VERSION


@pytest.mark.slow
def test_max_tokens_from_the_command_line_wins(tmp_path: Path, tiny_vlm_path: Path) -> None:
    log = _inspect_eval(
        tmp_path,
        tiny_vlm_path,
        "multipriv/perception",
        "--limit",
        "4",
        "-T",
        "language=en",
        "--max-tokens",
        "7",
    )
    assert set().union(*_max_tokens_asked(log).values()) == {7}
