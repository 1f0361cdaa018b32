"""SPY-Bench: can a VLM follow a user's personal privacy instructions?

Wang, Yi, Xie and Jia, "Specify Privacy Yourself: Assessing Inference-Time Personalized Privacy
Preservation Ability of Large Vision-Language Models", ACM MM 2025.
https://github.com/achernarwang/specify-privacy-yourself

Each image-question item is asked in up to five situations (see :mod:`spy_bench.dataset`); a
judge decides whether each answer responds or evades, and the metrics of §3.4 (ICS, RtA, AtA,
HMS) are computed over the judged answers.

# paper-faithful (GPT-4o judge), w/o and w/ distractors
inspect eval spy_bench/full --model vllm/Qwen/Qwen2-VL-7B-Instruct \
    --model-role grader=openai/gpt-4o
inspect eval spy_bench/full -T distractors=true --model openai/gpt-4o \
    --model-role grader=openai/gpt-4o

# a reasoning model (o1, o3, o4-mini, ...): no token cap and temperature 1, as the authors
# (detected from Inspect's model database; -T max_tokens=none forces it for any model)
inspect eval spy_bench/full --model openai/o4-mini --model-role grader=openai/gpt-4o

# one slice, a local copy of the data, the offline judge
inspect eval spy_bench/conflict -T data_dir=./spy_data -T judge=offline --model ...

# Self-Moderation baseline (§4.1)
inspect eval spy_bench/full --solver spy_bench/self_moderation --model ...

# a full run (32,700 samples): images out of the log (~100 MB instead of ~5 GB with VISPR
# photos), a few bad samples tolerated; after a crash or Ctrl-C, finish what is left
inspect eval spy_bench/full --no-log-images --fail-on-error 0.01 --model ...
inspect eval-retry logs/<that log>.eval

(Figures and reasons: bench/README.md.)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from inspect_ai import Task, task
from inspect_ai.solver import generate

from spy_bench.dataset import SITUATIONS, distractor_notice, spy_bench_dataset
from spy_bench.faithful import MaxTokens, generate_config, parse_max_tokens
from spy_bench.metrics import metrics_for
from spy_bench.scorers import privacy_judge
from spy_bench.solvers import setup_checks
from vlm_privacy import params
from vlm_privacy.judges import DEFAULT_CASCADE_THRESHOLD, JudgeMode
from vlm_privacy.judges.select import validate_judge_mode
from vlm_privacy.naming import qualified

TASK_VERSION = "1.4.0"
"""Bumped whenever a prompt, the judge, a metric or what a sample holds changes (1.1.0: the
judge contract shared with MultiPriv, slimmer sample metadata; 1.2.0: one metric pass with
standard errors and 95% CIs; 1.3.0: a sample's input is its prompt text and the setup step
attaches the image (:func:`spy_bench.solvers.attach_image`): what the model receives is
unchanged, but logs store the input as a string, a missing image fails its sample with our
message, and the log's sample list reads faster: bench/README.md; 1.4.0: samples no longer
store what other fields give, read back by :func:`spy_bench.metrics.score_record`: the
``benchmark_id`` (the sample id's prefix), the ``scenario`` kind (a function of the
situation) and the ``situation_name`` (in the task metadata, ``situation_names``, once per
log), and the score no longer repeats its verdict as ``answer``; logs of earlier versions
report the same; the per-category standard errors are no longer logged as metrics, since
Inspect rewrites every live metric value with each event it buffers: ``vlm-privacy report``
gives them; the offline judge is rules plus a learned layer (``data/judge-eval/README.md``),
its explanations are shorter and it writes no ``judge_raw``)."""


def spy_bench_task(
    situations: Sequence[int],
    *,
    data_dir: str | None = None,
    distractors: bool = False,
    n_distractors: int | None = None,
    categories: str | list[str] | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    max_tokens: MaxTokens = "auto",
    image_first: bool = True,
    name: str = "spy_bench",
) -> Task:
    """A SPY-Bench task over the given situations (1-5); the public tasks below wrap it.

    Every parameter is checked (type and range) before any data is read.
    """
    data_dir = params.text("data_dir", data_dir, hint="a folder path")
    distractors = params.boolean("distractors", distractors)
    n_distractors = params.integer("n_distractors", n_distractors, low=0, optional=True)
    categories = params.names(
        "categories", categories, hint="label ids, comma-separated (e.g. a4_gender,a31_passport)"
    )
    validate_judge_mode(judge)
    cascade_threshold = params.number("cascade_threshold", cascade_threshold, low=0.0, high=1.0)
    image_first = params.boolean("image_first", image_first)
    # the authors' generation settings: see spy_bench.faithful.generate_config
    config = generate_config(parse_max_tokens(max_tokens))
    # None: every stored distractor (the paper's "w/ distractors"), K: the first K
    wanted = n_distractors if n_distractors is not None else (None if distractors else 0)
    dataset = spy_bench_dataset(
        data_dir,
        situations=situations,
        distractors=distractors,
        n_distractors=n_distractors,
        categories=categories,
        name=name,
    )
    root = Path(str(dataset.location)).parent  # the data folder (location: its questions.json)
    notice = distractor_notice(dataset, wanted)
    return Task(
        dataset=dataset,
        setup=setup_checks(judge, str(root), [notice] if notice else None, image_first),
        solver=generate(),
        scorer=privacy_judge(judge=judge, cascade_threshold=cascade_threshold),
        metrics=metrics_for(situations),
        config=config,
        version=TASK_VERSION,
        metadata={
            "benchmark": "spy_bench",
            "situations": list(situations),
            # what each situation number is, once per log (samples carry only the number)
            "situation_names": {str(n): SITUATIONS[n].name for n in situations},
            "distractors": wanted != 0,
            "n_distractors": wanted,
            "image_first": image_first,
            "scale": "0-100",
        },
    )


@task(name=qualified("spy_bench", "no_scenario"))
def no_scenario(
    data_dir: str | None = None,
    distractors: bool = False,
    n_distractors: int | None = None,
    categories: str | list[str] | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    max_tokens: MaxTokens = "auto",
    image_first: bool = True,
) -> Task:
    """Situations 1+2: no scenario, category private / non-private (ICS).

    Args:
        data_dir: Local copy in the authors' layout; unset = official data, fetched on first use.
        distractors: Add every distractor instruction the item stores (the paper's "w/
            distractors"; five per item in the authors' data).
        n_distractors: Keep only the first K distractors (Figure 4); overrides distractors.
        categories: Only these target categories (comma-separated label ids).
        judge: "auto", "grader", "offline" or "cascade".
        cascade_threshold: Offline confidence below which "cascade" asks the grader.
        max_tokens: "auto": 512 new tokens, greedy, or for a reasoning model (Inspect's model
            info) no cap and temperature 1, as the authors; "none": no cap; or a number.
        image_first: Image before the text (the authors' order for local models); false:
            text first (their order for API models).
    """
    return spy_bench_task((1, 2), name="spy_bench_no_scenario", **locals())


@task(name=qualified("spy_bench", "non_conflict"))
def non_conflict(
    data_dir: str | None = None,
    distractors: bool = False,
    n_distractors: int | None = None,
    categories: str | list[str] | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    max_tokens: MaxTokens = "auto",
    image_first: bool = True,
) -> Task:
    """Situations 3+4: compatible scenario, category private / non-private (RtA, AtA, ICS).

    Args: as for :func:`no_scenario`.
    """
    return spy_bench_task((3, 4), name="spy_bench_non_conflict", **locals())


@task(name=qualified("spy_bench", "conflict"))
def conflict(
    data_dir: str | None = None,
    distractors: bool = False,
    n_distractors: int | None = None,
    categories: str | list[str] | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    max_tokens: MaxTokens = "auto",
    image_first: bool = True,
) -> Task:
    """Situation 5: conflict scenario, category private (AtA with conflict).

    Args: as for :func:`no_scenario`.
    """
    return spy_bench_task((5,), name="spy_bench_conflict", **locals())


@task(name=qualified("spy_bench", "with_scenario"))
def with_scenario(
    data_dir: str | None = None,
    distractors: bool = False,
    n_distractors: int | None = None,
    categories: str | list[str] | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    max_tokens: MaxTokens = "auto",
    image_first: bool = True,
) -> Task:
    """Situations 3+4+5: all scenario samples (RtA, AtA, ICS, AtA conflict, HMS).

    Args: as for :func:`no_scenario`.
    """
    return spy_bench_task((3, 4, 5), name="spy_bench_with_scenario", **locals())


@task(name=qualified("spy_bench", "full"))
def full(
    data_dir: str | None = None,
    distractors: bool = False,
    n_distractors: int | None = None,
    categories: str | list[str] | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    max_tokens: MaxTokens = "auto",
    image_first: bool = True,
) -> Task:
    """All five situations: every Table 4 column for one setting (w/o or w/ distractors).

    Args: as for :func:`no_scenario`.
    """
    return spy_bench_task((1, 2, 3, 4, 5), name="spy_bench_full", **locals())
