"""A grader whose errors echo credentials leaves none in the .eval log (issue 15, item 15)."""

from __future__ import annotations

from pathlib import Path

from inspect_ai import eval
from inspect_ai.log import read_eval_log_sample_summaries

from spy_bench.tasks import no_scenario
from vlm_privacy.testing.scripted import scripted_model

KEY = "sk-proj-leakedleakedleaked0123"


def test_grader_error_with_key_is_stored_redacted(
    synthetic_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)

    def grader(messages) -> str:  # noqa: ANN001
        raise RuntimeError(f"Error code: 401 - Incorrect API key provided: {KEY}; api-key: {KEY}")

    (log,) = eval(
        no_scenario(data_dir=str(synthetic_dir), judge="grader", categories="a1_age_approx"),
        model=scripted_model(lambda messages: "It is 42."),
        model_roles={"grader": scripted_model(grader)},
        display="none",
        log_dir=str(tmp_path),
    )
    assert log.samples
    for sample in log.samples:
        score = sample.scores["privacy_judge"]
        assert score.metadata["verdict"] is None
        assert "401" in score.metadata["judge_raw"]
        assert KEY not in score.metadata["judge_raw"]
        assert KEY not in (score.explanation or "")
    # nor in what `inspect view` lists and `vlm-privacy report` reads (Inspect's own model
    # events still record the grader's exception: that is Inspect's transcript, not ours)
    for summary in read_eval_log_sample_summaries(log.location):
        assert KEY not in summary.model_dump_json()
