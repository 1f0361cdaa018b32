"""MultiPriv: benchmarking individual-level privacy reasoning in vision-language models.

"MultiPriv: Benchmarking Individual-Level Privacy Reasoning in Vision-Language Models"
(ICML 2026, https://openreview.net/forum?id=E4CNyyUDSD); images and synthetic profiles at
https://github.com/CyberChangAn/MultiPriv-PII (CC BY-NC-SA 4.0).

Nine tasks in English and Chinese; higher scores mean more privacy risk. Perception:
``direct_identifier``, ``indirect_identifier``, ``information_extraction``,
``region_localization``. Reasoning: ``cross_validation``, ``single_step_reasoning``,
``chained_reasoning``, ``reidentification``, ``cross_modal_association``. The
``perception`` and ``reasoning`` bundles run four and five of them in one log.

# synthetic data (default, offline, generated on first use), both languages
inspect eval multipriv/reasoning --model openai/gpt-4o --model-role grader=openai/gpt-4o

# one task, one language, the offline refusal judge, 0-1000 box coordinates
inspect eval multipriv/region_localization -T language=zh -T bbox_format=norm1000 \
    -T judge=offline --model vllm/Qwen/Qwen2.5-VL-7B-Instruct

# the authors' public images (downloaded on first use): folder-label perception items
inspect eval multipriv/perception -T source=multipriv-pii --model ...

# your own records (schema in src/multipriv/README.md)
inspect eval multipriv/chained_reasoning -T data=my_items.jsonl --model ...
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from inspect_ai import Task, task
from inspect_ai.model import GenerateConfig, get_model
from inspect_ai.solver import Generate, Solver, TaskState, solver

from multipriv.dataset import (
    BBOX_FORMATS,
    PERCEPTION_TASKS,
    REASONING_TASKS,
    BboxFormat,
    LanguageChoice,
    MultiPrivRecord,
    language_filter,
    load_records,
    records_to_dataset,
)
from multipriv.scorers import multipriv_scorer
from vlm_privacy import params
from vlm_privacy.compat import active_generate_config
from vlm_privacy.errors import VlmPrivacyError
from vlm_privacy.judges import DEFAULT_CASCADE_THRESHOLD, JudgeMode, require_judge
from vlm_privacy.naming import qualified

logger = logging.getLogger(__name__)

TASK_VERSION = "1.5.0"
"""Bumped whenever a prompt, the data generator, the scoring, a metric or a generation setting
changes (1.1.0: per-answer-type default max_tokens, bundle tasks interleaved; 1.2.0: also
multipriv-pii negative items for direct_identifier, data source and scale in task metadata; 1.3.0: the
judge contract: shared score metadata keys, cascade_threshold; 1.4.0: unparseable metric,
refusal figures over judged answers only, standard errors; 1.5.0: the offline judge is rules
plus a learned layer (``data/judge-eval/README.md``), with shorter explanations and no
``judge_raw``)."""

MAX_TOKENS: dict[str, int] = {"yes_no": 64, "multiple_choice": 64, "bbox": 128, "free_text": 256}
"""Default ``max_tokens`` per answer type, room for the expected answer or a refusal; used
unless ``--max-tokens`` (or the model's config) sets one."""

GENERATE_CONFIG = GenerateConfig(temperature=0.0)
"""Greedy decoding, so that runs are comparable; override with --temperature."""

SOURCES = ("synthetic", "multipriv-pii", "data")


DEFAULT_SEED = 0
DEFAULT_PROFILES = 40
"""The synthetic source's default seed and profile count (the task parameters' defaults)."""


def data_source_label(
    source: str = "synthetic",
    data: str | None = None,
    seed: int = DEFAULT_SEED,
    profiles: int = DEFAULT_PROFILES,
    **_: object,
) -> str:
    """The data source a report row names: ``synthetic`` (with seed and profile count when
    they are not the defaults), ``multipriv-pii``, or the user's ``-T data=PATH``.

    Recorded in the task metadata as ``data_source``; extra keyword arguments (other task
    arguments) are ignored, so a log's task arguments can be passed as they are.
    """
    if data:
        return str(data)
    if source != "synthetic":
        return str(source)
    if (int(seed), int(profiles)) == (DEFAULT_SEED, DEFAULT_PROFILES):
        return "synthetic"
    return f"synthetic (seed={seed}, profiles={profiles})"


def _records(
    tasks: Sequence[str],
    languages: Sequence[str],
    *,
    source: str,
    data: str | None,
    seed: int,
    profiles: int,
    font: str | None,
    pii_source: str | None,
) -> tuple[list[MultiPrivRecord], list[str], str]:
    """Records from the chosen source, the tasks it can serve, and a description of it."""
    if source not in SOURCES:
        raise VlmPrivacyError(
            f"Unknown source {source!r} (-T source=...): use synthetic, multipriv-pii, or "
            "-T data=PATH for your own records."
        )
    if data is not None:
        if source == "multipriv-pii":
            raise VlmPrivacyError(
                "-T data=PATH and -T source=multipriv-pii exclude each other: drop one."
            )
        return load_records(data), list(tasks), str(data)
    if source == "data":
        raise VlmPrivacyError("-T source=data needs -T data=PATH (a .jsonl or .json of records).")
    if source == "multipriv-pii":
        from multipriv.download import PII_TASKS, ensure_multipriv_pii, pii_records

        served = [t for t in tasks if t in PII_TASKS]
        if not served:
            raise VlmPrivacyError(
                f"source=multipriv-pii provides only {' and '.join(PII_TASKS)}: the authors' "
                "repository has images and profiles but no per-task questions. Use "
                "-T source=synthetic, or -T data=PATH with the official files when they appear."
            )
        if len(served) < len(tasks):
            logger.warning(
                "source=multipriv-pii provides only %s; skipping %s.",
                ", ".join(served),
                ", ".join(t for t in tasks if t not in served),
            )
        root = ensure_multipriv_pii(source=pii_source)
        return pii_records(root), served, f"MultiPriv-PII images in {root}"
    from multipriv.synthetic import synthetic_records

    records = synthetic_records(seed=seed, profiles=profiles, languages=languages, font=font)
    return records, list(tasks), f"synthetic data (seed {seed}, {profiles} profiles)"


@solver(name=qualified("multipriv", "generate"))
def generate_answer() -> Solver:
    """``generate()`` with a ``max_tokens`` that fits the sample's answer type (:data:`MAX_TOKENS`)
    when neither ``--max-tokens`` nor the model's config sets one.

    Registered as ``multipriv/generate``: reports read it as the plain ``generate`` solver.
    """

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        configured = active_generate_config().max_tokens or get_model().config.max_tokens
        if configured is None:
            answer_type = str(state.metadata.get("answer_type"))
            return await generate(state, max_tokens=MAX_TOKENS.get(answer_type, 256))
        return await generate(state)

    return solve


def multipriv_task(
    tasks: Sequence[str],
    *,
    name: str,
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    bbox_format: BboxFormat = "pixel",
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    pii_source: str | None = None,
) -> Task:
    """A MultiPriv task over ``tasks``; the public tasks below wrap it.

    Every parameter is checked (type and range) before any data is read or generated
    (``language``, ``source`` and ``judge`` by the functions that use them).
    """
    data = params.text("data", data, hint="the path of a .jsonl or .json file of records")
    params.integer("seed", seed)
    params.integer("profiles", profiles, low=1)
    font = params.text("font", font, hint="the path of a CJK font file")
    params.choice("bbox_format", bbox_format, BBOX_FORMATS)
    pii_source = params.text("pii_source", pii_source, hint="a URL or the path of an archive")
    languages = language_filter(language)
    setup = require_judge(judge)  # validates the judge name before any data work
    records, served, where = _records(
        tasks,
        languages,
        source=source,
        data=data,
        seed=seed,
        profiles=profiles,
        font=font,
        pii_source=pii_source,
    )
    dataset = records_to_dataset(
        records,
        tasks=served,
        languages=languages,
        bbox_format=bbox_format,
        name=f"multipriv-{name}",
        where=where,
    )
    return Task(
        dataset=dataset,
        setup=setup,
        solver=generate_answer(),
        scorer=multipriv_scorer(judge, cascade_threshold),
        config=GENERATE_CONFIG,
        version=TASK_VERSION,
        metadata={
            "multipriv_tasks": served,
            "languages": list(languages),
            "source": where,
            "data_source": data_source_label(source, data, seed, profiles),
            "scale": "0-1",
        },
    )


@task(name=qualified("multipriv", "direct_identifier"))
def direct_identifier(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    pii_source: str | None = None,
) -> Task:
    """Direct identifier recognition: does the image show a face, name or ID number?

    Args:
        language: "en", "zh" or "both".
        source: "synthetic" (generated offline), "multipriv-pii" (the authors' images) or
            "data" (with ``data``).
        data: Path of your own records (.jsonl/.json), see the README's schema.
        seed: Synthetic data seed.
        profiles: Synthetic profiles per language.
        font: CJK font file for the Chinese synthetic documents (default: found on the system).
        judge: Refusal judge: "auto", "grader", "offline" or "cascade".
        cascade_threshold: Offline confidence below which "cascade" asks the grader.
        pii_source: URL or local path of the MultiPriv-PII archive (source=multipriv-pii).
    """
    return multipriv_task(["direct_identifier"], name="direct_identifier", **locals())


@task(name=qualified("multipriv", "indirect_identifier"))
def indirect_identifier(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    pii_source: str | None = None,
) -> Task:
    """Indirect identifier recognition: which sensitive attribute does the image reveal?

    Args: as for :func:`direct_identifier`.
    """
    return multipriv_task(["indirect_identifier"], name="indirect_identifier", **locals())


@task(name=qualified("multipriv", "information_extraction"))
def information_extraction(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> Task:
    """Privacy information extraction: read ID, card, phone or plate numbers and addresses.

    Args: as for :func:`direct_identifier`.
    """
    return multipriv_task(["information_extraction"], name="information_extraction", **locals())


@task(name=qualified("multipriv", "region_localization"))
def region_localization(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    bbox_format: BboxFormat = "pixel",
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> Task:
    """Privacy region localization: the box of a face, ID number, card number or plate.

    Args:
        bbox_format: Coordinates the prompt asks for and the scorer reads: "pixel" or
            "norm1000" (0-1000 normalized, as Qwen-VL models answer).
        others: as for :func:`direct_identifier`.
    """
    return multipriv_task(["region_localization"], name="region_localization", **locals())


@task(name=qualified("multipriv", "cross_validation"))
def cross_validation(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> Task:
    """Single-step cross-validation: do two documents belong to the same person?

    Args: as for :func:`direct_identifier`.
    """
    return multipriv_task(["cross_validation"], name="cross_validation", **locals())


@task(name=qualified("multipriv", "single_step_reasoning"))
def single_step_reasoning(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> Task:
    """Single-step reasoning: infer one private attribute from another (drug -> condition).

    Args: as for :func:`direct_identifier`.
    """
    return multipriv_task(["single_step_reasoning"], name="single_step_reasoning", **locals())


@task(name=qualified("multipriv", "chained_reasoning"))
def chained_reasoning(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> Task:
    """Chained reasoning: car -> plate owner -> home address across three images.

    Args: as for :func:`direct_identifier`.
    """
    return multipriv_task(["chained_reasoning"], name="chained_reasoning", **locals())


@task(name=qualified("multipriv", "reidentification"))
def reidentification(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> Task:
    """Re-identification: which of several name-masked records is the known person's?

    Args: as for :func:`direct_identifier`.
    """
    return multipriv_task(["reidentification"], name="reidentification", **locals())


@task(name=qualified("multipriv", "cross_modal_association"))
def cross_modal_association(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> Task:
    """Cross-modal association: link a text profile to an image to find an address.

    Args: as for :func:`direct_identifier`.
    """
    return multipriv_task(["cross_modal_association"], name="cross_modal_association", **locals())


@task(name=qualified("multipriv", "perception"))
def perception(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    bbox_format: BboxFormat = "pixel",
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
    pii_source: str | None = None,
) -> Task:
    """The four perception tasks in one log (Table 3).

    Args: as for :func:`region_localization`; with source=multipriv-pii only the two
    identifier tasks run.
    """
    return multipriv_task(
        PERCEPTION_TASKS,
        name="perception",
        language=language,
        source=source,
        data=data,
        seed=seed,
        profiles=profiles,
        font=font,
        bbox_format=bbox_format,
        judge=judge,
        cascade_threshold=cascade_threshold,
        pii_source=pii_source,
    )


@task(name=qualified("multipriv", "reasoning"))
def reasoning(
    language: LanguageChoice = "both",
    source: str = "synthetic",
    data: str | None = None,
    seed: int = 0,
    profiles: int = 40,
    font: str | None = None,
    judge: JudgeMode = "auto",
    cascade_threshold: float = DEFAULT_CASCADE_THRESHOLD,
) -> Task:
    """The five reasoning tasks in one log (Table 4).

    Args: as for :func:`direct_identifier`.
    """
    return multipriv_task(
        REASONING_TASKS,
        name="reasoning",
        language=language,
        source=source,
        data=data,
        seed=seed,
        profiles=profiles,
        font=font,
        judge=judge,
        cascade_threshold=cascade_threshold,
    )
