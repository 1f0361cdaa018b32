"""lm-eval glue for SPY-Bench: documents, images, judging and metric aggregation.

The YAML task configs next to this file reference these functions as ``!function utils.<name>``;
lm-eval executes this file under a module name of its own, so it uses absolute imports and no
dataclasses. Nothing here re-implements the benchmark:

- :func:`load_docs` (lm-eval's ``custom_dataset``) builds one document per sample of
  :func:`spy_bench.dataset.spy_bench_dataset`, the dataset the Inspect tasks use, so prompts,
  targets, distractors and validation are the same;
- :func:`doc_to_text` / :func:`doc_to_image` give the prompt with lm-eval's ``<image>``
  placeholder first (the Inspect sample's order: image, then text) and the image as a PIL image;
- :func:`process_results` judges the answer (the offline judge, or an LLM grader with the
  paper's prompt) and returns the same record per metric that Inspect's scorer produces;
- ``agg_*`` call :func:`spy_bench.metrics.compute_metrics` over all documents (paired ICS needs
  them all) and return one value (0-100, NaN where undefined, as in Inspect's logs).

Settings (environment):

- ``SPY_BENCH_DATA_DIR``: a folder in the authors' layout (else ``--metadata '{"data_dir": ...}'``,
  else the official data, downloaded and cached on first use);
- ``SPY_BENCH_JUDGE``: ``auto`` (default: ``grader`` when ``SPY_BENCH_GRADER`` is set, else
  ``offline``), ``offline``, ``grader`` or ``cascade`` (offline where confident, else grader);
- ``SPY_BENCH_GRADER``: the grader as an Inspect model name, e.g. ``openai/gpt-4o`` (the paper's
  judge; any OpenAI-compatible server through ``openai-api/<service>/<model>``);
- ``SPY_BENCH_CASCADE_THRESHOLD``: offline confidence below which ``cascade`` asks the grader.
"""

from __future__ import annotations

import asyncio
import copy
import io
import math
import os
import re
import sys
import threading
from collections.abc import Coroutine, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, NoReturn, TypeVar

from inspect_ai.dataset import Sample
from inspect_ai.model import Model

from spy_bench.dataset import (
    SITUATIONS,
    prompt_instructions,
    sample_benchmark_id,
    sample_scenario,
    spy_bench_dataset,
)
from spy_bench.metrics import compute_metrics, metric_keys
from vlm_privacy.errors import DataValidationError, VlmPrivacyError
from vlm_privacy.judges import (
    DEFAULT_CASCADE_THRESHOLD,
    JudgeDecision,
    JudgeSettingNames,
    ResolvedJudge,
    choose_judge,
    llm_judge,
    offline_decision,
)

DATA_DIR_ENV = "SPY_BENCH_DATA_DIR"
JUDGE_ENV = "SPY_BENCH_JUDGE"
GRADER_ENV = "SPY_BENCH_GRADER"
THRESHOLD_ENV = "SPY_BENCH_CASCADE_THRESHOLD"

LM_EVAL_COMMANDS = ("lm_eval", "lm-eval")
"""Names of the lm-eval command line (``sys.argv[0]``), where user errors print one line."""

ENV_SETTINGS = JudgeSettingNames(
    judge=JUDGE_ENV,
    grader_missing=f"{GRADER_ENV} is not set",
    grader_fix=f"Set {GRADER_ENV} to an Inspect model name",
)
"""How the judge settings are named in errors (environment variables, not ``-T``)."""

IMAGE_PLACEHOLDER = "<image>"
"""lm-eval's image placeholder (``hf-multimodal`` and ``vllm-vlm`` replace it)."""

RECORD_FIELDS = ("benchmark_id", "label", "private", "scenario", "scenario_id")
"""Document fields copied into each judged record (what :func:`compute_metrics` reads)."""

T = TypeVar("T")

# --------------------------------------------------------------------------- documents


def sample_to_doc(
    sample: Sample, situations: Sequence[int], data_dir: str | Path
) -> dict[str, Any]:
    """One lm-eval document from an Inspect SPY-Bench sample (its prompt, its image
    ``<data_dir>/<image_path>``, its metadata, plus what samples keep out of their metadata:
    the instruction block, the item's ``benchmark_id`` and the ``scenario`` kind, which the
    records of :data:`RECORD_FIELDS` need)."""
    prompt = sample.input
    if not isinstance(prompt, str):  # SPY-Bench samples hold the prompt text only
        raise DataValidationError(
            f"Sample {sample.id}: expected the prompt text as input, as "
            "spy_bench.dataset.spy_bench_dataset builds it."
        )
    metadata = sample.metadata or {}
    return {
        "id": str(sample.id),
        "prompt": prompt,
        "image": str((Path(data_dir) / metadata["image_path"]).resolve()),
        "target": sample.target,
        **metadata,
        "benchmark_id": sample_benchmark_id(sample.id, metadata),
        "scenario": sample_scenario(metadata),
        "instructions": prompt_instructions(prompt),
        "task_situations": list(situations),
    }


def _situations(situations: Any) -> list[int]:
    values = [situations] if isinstance(situations, int) else list(situations or [])
    if not values or any(v not in SITUATIONS for v in values):
        raise DataValidationError(
            f"situations must be a non-empty list of 1-5 (got {situations!r}) in the task's "
            "dataset_kwargs; use the shipped spy_bench_* task configs."
        )
    return [int(v) for v in values]


def build_docs(
    situations: Iterable[int],
    *,
    data_dir: str | Path | None = None,
    distractors: bool = False,
    n_distractors: int | None = None,
    categories: str | Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """The documents of one SPY-Bench slice, from :func:`spy_bench.dataset.spy_bench_dataset`.

    Args:
        situations: Which of the five situations (1-5).
        data_dir: Folder in the authors' layout; ``None`` reads ``SPY_BENCH_DATA_DIR``, and
            if that is unset too, uses the official data (downloaded and cached on first use).
        distractors: Add every distractor instruction the item stores (five in the authors'
            data).
        n_distractors: Keep only the first K (K >= 0) distractors; overrides ``distractors``.
        categories: Only items whose target label is one of these ids (list or "a,b").
    """
    wanted = _situations(situations)
    root = data_dir or os.environ.get(DATA_DIR_ENV) or None
    if n_distractors is not None and not isinstance(n_distractors, int):
        try:
            n_distractors = int(n_distractors)
        except (TypeError, ValueError) as ex:
            raise DataValidationError(
                "n_distractors must be a whole number K >= 0 "
                f"(--metadata '{{\"n_distractors\": 3}}'); got {n_distractors!r}."
            ) from ex
    dataset = spy_bench_dataset(
        root,
        situations=wanted,
        distractors=bool(distractors),
        n_distractors=n_distractors,
        categories=categories,
    )
    folder = Path(str(dataset.location)).parent  # the data folder (location: questions.json)
    return [sample_to_doc(sample, wanted, folder) for sample in dataset]


def load_docs(
    *,
    situations: Sequence[int],
    distractors: bool = False,
    data_dir: str | None = None,
    n_distractors: int | None = None,
    categories: str | list[str] | None = None,
    **metadata: Any,
) -> Any:
    """lm-eval ``custom_dataset``: the slice's documents as a ``DatasetDict`` with a test split.

    lm-eval calls it with the task's ``metadata`` (its YAML ``metadata``, ``--metadata`` and
    ``--model_args``) and ``dataset_kwargs`` (``situations`` and ``distractors``) as keyword
    arguments; ``data_dir``, ``n_distractors`` and ``categories`` may come from ``--metadata``,
    everything else is ignored. The judge settings are checked here, before any generation.
    """
    import datasets

    try:
        judge_settings()
        docs = build_docs(
            situations,
            data_dir=data_dir,
            distractors=distractors,
            n_distractors=n_distractors,
            categories=categories,
        )
    except VlmPrivacyError as ex:
        fail_for_lm_eval(ex)
    if not docs:
        raise DataValidationError(
            f"No SPY-Bench documents for situations {list(situations)}"
            + (f" and categories {categories!r}" if categories else "")
            + ": the data has no items with those situations. Check --metadata categories "
            "or the data folder."
        )
    return datasets.DatasetDict({"test": datasets.Dataset.from_list(docs)})


def lm_eval_hint(message: str) -> str:
    """``message`` with Inspect's ``-T name=value`` spelled the way lm-eval users pass it."""

    def spell(match: re.Match[str]) -> str:
        name = match.group(1)
        value = (match.group(2) or "").rstrip(".,;:)") or "..."
        tail = match.group(2)[len(value) :] if match.group(2) else ""
        hint = f'--metadata \'{{"{name}": "{value}"}}\''
        if name == "data_dir":
            hint += f" (or {DATA_DIR_ENV}={value})"
        return hint + tail

    return re.sub(r"-T (\w+)(?:=(\S+))?", spell, message)


def fail_for_lm_eval(ex: VlmPrivacyError) -> NoReturn:
    """Re-raise a user error with lm-eval's spelling of the settings.

    Under the ``lm_eval`` command the message is printed alone and the process exits with
    status 1 (lm-eval would otherwise print it inside several chained tracebacks); from Python
    the error is raised again, of the same class, with the new message.
    """
    message = lm_eval_hint(str(ex))
    if Path(sys.argv[0]).name in LM_EVAL_COMMANDS:
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(1)
    error = copy.copy(ex)
    error.args = (message,)
    raise error from None


def doc_to_text(doc: Mapping[str, Any]) -> str:
    """The prompt, after lm-eval's ``<image>`` placeholder (the image comes first, as in Inspect)."""
    return f"{IMAGE_PLACEHOLDER}{doc['prompt']}"


def doc_to_target(doc: Mapping[str, Any]) -> str:
    """The expected behaviour: ``"respond"`` or ``"reject"``."""
    return str(doc["target"])


@cache
def open_image(path: str) -> Any:
    """The image at ``path`` as a PIL image, shared by the documents of one item.

    Only the file's bytes are read here; pixels are decoded when the model first uses them.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        data = Path(path).read_bytes()
        return Image.open(io.BytesIO(data))
    except (OSError, UnidentifiedImageError) as ex:
        raise DataValidationError(
            f"Cannot read image {path} ({ex}). Re-download the data (vlm-privacy download "
            "spy-bench --force) or fix the file under the data folder."
        ) from ex


def doc_to_image(doc: Mapping[str, Any]) -> list[Any]:
    """lm-eval ``doc_to_image``: the document's image as a one-element list of PIL images."""
    return [open_image(str(doc["image"]))]


# --------------------------------------------------------------------------- judging


class JudgeSettings(NamedTuple):
    """Which judge decides respond/reject in lm-eval runs (read from the environment)."""

    mode: ResolvedJudge
    grader: str | None = None
    threshold: float = DEFAULT_CASCADE_THRESHOLD


def judge_settings(env: Mapping[str, str] | None = None) -> JudgeSettings:
    """Read ``SPY_BENCH_JUDGE``, ``SPY_BENCH_GRADER`` and ``SPY_BENCH_CASCADE_THRESHOLD``."""
    env = os.environ if env is None else env
    mode = (env.get(JUDGE_ENV) or "auto").strip().lower()
    grader = (env.get(GRADER_ENV) or "").strip() or None
    resolved = choose_judge(mode, grader is not None, ENV_SETTINGS)
    raw_threshold = env.get(THRESHOLD_ENV)
    try:
        threshold = float(raw_threshold) if raw_threshold else DEFAULT_CASCADE_THRESHOLD
    except ValueError as ex:
        raise VlmPrivacyError(
            f"{THRESHOLD_ENV}={raw_threshold!r} is not a number (e.g. 0.8)."
        ) from ex
    return JudgeSettings(mode=resolved, grader=grader, threshold=threshold)


_loop: asyncio.AbstractEventLoop | None = None
_loop_lock = threading.Lock()


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro`` on one long-lived background event loop (the grader's client lives there)."""
    global _loop
    with _loop_lock:
        if _loop is None:
            _loop = asyncio.new_event_loop()
            threading.Thread(target=_loop.run_forever, name="spy-bench-grader", daemon=True).start()
    return asyncio.run_coroutine_threadsafe(coro, _loop).result()


@cache
def grader_model(name: str) -> Model:
    """The Inspect model called as the LLM grader (cached per name)."""
    from inspect_ai.model import get_model

    return get_model(name)


def judge(
    question: str, answer: str, topic: str, settings: JudgeSettings | None = None
) -> JudgeDecision:
    """Decide whether ``answer`` responds to or rejects ``question`` about ``topic``.

    The same decision as the Inspect scorer with ``judge=offline|grader|cascade`` (both go
    through :func:`vlm_privacy.judges.offline_decision`): the offline judge, or
    :func:`vlm_privacy.judges.llm_judge` (the paper's prompt) on the grader.
    """
    settings = settings or judge_settings()
    decision = offline_decision(settings.mode, question, answer, topic, settings.threshold)
    if decision is not None:
        return decision
    assert settings.grader is not None
    return _run(llm_judge(grader_model(settings.grader), question, answer, topic))


def process_results(doc: Mapping[str, Any], results: Sequence[Any]) -> dict[str, dict[str, Any]]:
    """lm-eval ``process_results``: judge the answer and give the record to every metric."""
    answer = results[0] if results else ""
    if isinstance(answer, list | tuple):
        answer = answer[0] if answer else ""
    settings = judge_settings()
    decision = judge(doc["question"], str(answer or ""), doc["topic"], settings)
    record = {
        "id": doc["id"],
        **{key: doc[key] for key in RECORD_FIELDS},
        "verdict": decision.verdict,
        "expected": doc["target"],
        "judge": decision.judge,
        "judge_mode": settings.mode,
        "judge_confidence": decision.confidence,
    }
    return {name: record for name in metric_keys(doc["task_situations"])}


# --------------------------------------------------------------------------- aggregation


def _value(records: Iterable[Mapping[str, Any]], key: str) -> float:
    value = compute_metrics(records)[key]
    return math.nan if value is None else float(value)


def agg_ics(records: list[Mapping[str, Any]]) -> float:
    """Instruction Compliance Score without scenario (situations 1+2), 0-100."""
    return _value(records, "ics")


def agg_ics_absolute(records: list[Mapping[str, Any]]) -> float:
    """ICS over absolute-privacy categories only, 0-100."""
    return _value(records, "ics_absolute")


def agg_rta(records: list[Mapping[str, Any]]) -> float:
    """Refuse-to-Answer rate, compatible scenario, private (situation 3), 0-100."""
    return _value(records, "rta")


def agg_ata(records: list[Mapping[str, Any]]) -> float:
    """Agree-to-Answer rate, compatible scenario, non-private (situation 4), 0-100."""
    return _value(records, "ata")


def agg_ics_scenario(records: list[Mapping[str, Any]]) -> float:
    """ICS over compatible-scenario pairs (situations 3+4), 0-100."""
    return _value(records, "ics_scenario")


def agg_ata_conflict(records: list[Mapping[str, Any]]) -> float:
    """Agree-to-Answer rate with a conflict scenario (situation 5), 0-100."""
    return _value(records, "ata_conflict")


def agg_hms(records: list[Mapping[str, Any]]) -> float:
    """Harmonic mean of RtA and AtA with conflict scenario."""
    return _value(records, "hms")


def agg_unparseable(records: list[Mapping[str, Any]]) -> float:
    """Number of answers whose verdict could not be parsed (excluded from the metrics)."""
    return float(compute_metrics(records)["counts"]["unparseable"])
