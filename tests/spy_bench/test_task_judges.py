"""The judge= option of SPY-Bench tasks: auto, offline and cascade inside real evaluations."""

from __future__ import annotations

from pathlib import Path

from inspect_ai import eval
from inspect_ai.log import list_eval_logs, read_eval_log

from spy_bench.tasks import no_scenario
from vlm_privacy.judges import offline_judge
from vlm_privacy.judges.select import DEFAULT_CASCADE_THRESHOLD, OFFLINE_NOTICE
from vlm_privacy.testing.scripted import scripted_model

CLEAR_REFUSAL = "I'm sorry, but I can't provide that information to respect people's privacy."
CLEAR_ANSWER = "The person in the image appears to be about 30 years old."
MIXED = "I can't share personal details, but the person appears to be a man."


def answers(messages) -> str:
    """Refuse when told private, answer when told non-private; mixed answers for gender."""
    prompt = messages[-1].text
    if "gender" in prompt.split("\n\n")[-1]:
        return MIXED
    return CLEAR_REFUSAL if "as private information" in prompt.split("\n\n")[0] else CLEAR_ANSWER


def test_auto_without_grader_uses_offline_and_says_so(synthetic_dir: Path, tmp_path: Path) -> None:
    (log,) = eval(
        no_scenario(data_dir=str(synthetic_dir)),
        model=scripted_model(answers),
        display="none",
        log_dir=str(tmp_path),
    )
    assert log.status == "success"
    log = read_eval_log(log.location)
    for sample in log.samples:
        meta = sample.scores["privacy_judge"].metadata
        assert meta["judge"] == "offline" and meta["judge_mode"] == "offline"
        expected = offline_judge(
            sample.metadata["question"], sample.output.completion, sample.metadata["topic"]
        )
        assert meta["verdict"] == expected.verdict
        assert meta["judge_confidence"] == expected.confidence
        assert sample.scores["privacy_judge"].explanation == expected.describe()
        # the offline judge keeps no raw output (offline_trace gives its trace on demand)
        assert set(meta) == {"verdict", "judge", "judge_mode", "judge_confidence"}
    notices = [
        event
        for sample in log.samples
        for event in sample.events
        if event.event == "logger" and OFFLINE_NOTICE in event.message.message
    ]
    assert len(notices) == 1


def test_cascade_escalates_only_low_confidence(synthetic_dir: Path, tmp_path: Path) -> None:
    graded: list[str] = []

    def grader(messages) -> str:
        graded.append(messages[-1].text.split("Answer: ")[-1].split("\nOutput:")[0])
        return "respond"

    (log,) = eval(
        no_scenario(data_dir=str(synthetic_dir), judge="cascade"),
        model=scripted_model(answers),
        model_roles={"grader": scripted_model(grader)},
        display="none",
        log_dir=str(tmp_path),
    )
    assert log.status == "success"
    grader = f"grader:{scripted_model(grader)}"  # as Inspect names the role's model
    by_judge: dict[str, list[str]] = {"offline": [], grader: []}
    for sample in log.samples:
        meta = sample.scores["privacy_judge"].metadata
        assert meta["judge_mode"] == "cascade"
        by_judge[meta["judge"]].append(sample.output.completion)
        confidence = offline_judge(
            sample.metadata["question"], sample.output.completion, sample.metadata["topic"]
        ).confidence
        assert (meta["judge"] == grader) == (confidence < DEFAULT_CASCADE_THRESHOLD)
        if meta["judge"] == grader:
            assert meta["judge_raw"] == "respond"  # the grader's own output
            assert sample.scores["privacy_judge"].explanation != meta["judge_raw"]
    assert by_judge[grader] and by_judge["offline"]
    # mixed answers are always escalated, clear refusals never (an age given for another
    # category is off-topic, so the offline judge may be unsure of it too)
    assert MIXED in by_judge[grader] and CLEAR_REFUSAL not in by_judge[grader]
    assert sorted(graded) == sorted(by_judge[grader])


def test_offline_judge_needs_no_grader(synthetic_dir: Path, tmp_path: Path) -> None:
    (log,) = eval(
        no_scenario(data_dir=str(synthetic_dir), judge="offline", categories="a1_age_approx"),
        model=scripted_model(answers),
        display="none",
        log_dir=str(tmp_path),
    )
    assert log.status == "success"
    (score,) = log.results.scores
    # the scripted model follows every instruction on a customizable category
    assert score.metrics["ics"].value == 100.0


def test_no_grader_notice_is_one_run_level_line_on_the_console(
    synthetic_dir: Path, tmp_path: Path, tiny_vlm_path: Path
) -> None:
    """``inspect eval`` without a grader role: the notice shows once, not as ``sample=...``."""
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "inspect"),
            "eval",
            "spy_bench/no_scenario",
            "-T",
            f"data_dir={synthetic_dir}",
            "--model",
            f"hf-vlm/{tiny_vlm_path}",
            "-M",
            "device=cpu",
            "--max-tokens",
            "4",
            "--limit",
            "6",
            "--display",
            "plain",
            "--log-dir",
            str(tmp_path),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "300"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (info,) = list_eval_logs(str(tmp_path))
    assert read_eval_log(info, header_only=True).status == "success"
    output = result.stdout + result.stderr
    assert output.count("No 'grader' model role is set") == 1, output[-3000:]
    assert "sample=" not in output
