"""SPY-Tune data: load the authors' training records and expand them into training rows.

SPY-Tune (Wang et al., "Specify Privacy Yourself", ACM MM 2025, §4) uses the SPY-Bench item
schema with answers instead of a ground truth: ``{"data_list": [item, ...]}`` where each item
has ``benchmark_id``, ``label``, ``other_labels`` (the target flagged ``0.5`` plus five
unrelated categories flagged 0/1), ``question_item`` (``question_id``, ``image_path``,
``question``, ``respond_ans``, ``reject_ans``), ``non_privacy_scenarios`` (conflict),
``privacy_scenarios`` (compatible) and ``chosen_scenarios``. Images come from the VISPR
*train* split and are looked up at ``<images_dir>/<question_item.image_path>``.

Each item is expanded with SPY-Bench's own code (:func:`spy_bench.dataset.item_situations`,
:func:`spy_bench.dataset.build_prompt`, :func:`spy_bench.dataset.expected_verdict`), so the
training prompts are exactly the benchmark's: instruction lines (by default the target plus
every distractor the item stores, five in the authors' data, as the paper trains), a blank
line, then the question or the scenario's ``2nd_person_template``. The expected behaviour decides the answers: ``reject`` → chosen is
``reject_ans`` and rejected is ``respond_ans``; ``respond`` → the other way round.

- :func:`item_examples` gives one :class:`TuneExample` per situation (SFT, DPO, NCA). As in
  the authors' ``prepare_preference_dataset``, situation 4 (compatible scenario, category
  non-private) uses the item's ``chosen_scenarios`` when the item has that field.
- :func:`item_pairs` gives one :class:`TunePair` per private situation (1, 3 and 5) with
  its non-private twin (same image, question and scenario), as the authors'
  ``prepare_our_dataset`` builds NCA-P rows; the twin of situation 5 (conflict scenario,
  category non-private) is not a benchmark situation and is expected to respond.
- :func:`sft_rows`, :func:`preference_rows` and :func:`pair_rows` turn them into the
  conversational rows TRL expects; :func:`build_dataset` makes the ``datasets.Dataset``.
- :func:`ensure_images` extracts the referenced images from the VISPR train archive.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import field_validator

from spy_bench.dataset import (
    ScenarioKind,
    build_prompt,
    check_n_distractors,
    expected_verdict,
    item_situations,
    load_items,
    load_label2text,
    packaged_label2text,
    validate_items,
)
from spy_bench.schema import SpyItem, SpyQuestion, nonempty_text
from vlm_privacy.errors import DataValidationError, DownloadError
from vlm_privacy.files import relative_inside
from vlm_privacy.schema import FIELD

if TYPE_CHECKING:
    from datasets import Dataset

Method = Literal["sft", "dpo", "nca", "nca-p"]
METHODS: tuple[str, ...] = ("sft", "dpo", "nca", "nca-p")
"""Training methods: supervised fine-tuning, DPO, NCA and the paper's NCA-P."""

LIST_KEY = "data_list"
"""Key of the item list in SPY-Tune files (SPY-Bench files use ``benchmark_list``)."""

VISPR_TRAIN_URL = "https://datasets.d2.mpi-inf.mpg.de/orekondy17iccv/train2017.tar.gz"
"""The VISPR train archive holding the SPY-Tune images."""

MISSING_SHOWN = 5
"""How many missing images an error message lists."""


@dataclass(frozen=True)
class TuneExample:
    """One training sample: an item in one situation, with its two answers ordered."""

    benchmark_id: str
    question_id: str
    label: str
    situation: int | None
    """SPY-Bench situation (1-5); ``None`` for the non-private twin of a conflict scenario."""
    private: bool
    scenario: ScenarioKind
    scenario_id: str | None
    prompt: str
    expected: str
    """``"respond"`` or ``"reject"``."""
    chosen: str
    rejected: str
    image_path: str
    """Relative to the images directory, as in the item."""


@dataclass(frozen=True)
class TunePair:
    """The private and non-private versions of one image, question and scenario (NCA-P)."""

    private: TuneExample
    non_private: TuneExample


# --------------------------------------------------------------------------- loading


class SpyTuneQuestion(SpyQuestion):
    """A SPY-Tune ``question_item``: SPY-Bench's, plus the two answers."""

    respond_ans: Annotated[str, nonempty_text(f"{FIELD} must be a non-empty string")]
    reject_ans: Annotated[str, nonempty_text(f"{FIELD} must be a non-empty string")]


class SpyTuneItem(SpyItem):
    """One SPY-Tune row (``data_list`` of the authors' ``train_data.json``): a SPY-Bench item
    (:class:`spy_bench.dataset.SpyItem`) whose ``question_item`` carries ``respond_ans`` and
    ``reject_ans``, optionally with the scenarios used for situation 4 (``chosen_scenarios``)."""

    question_item: SpyTuneQuestion
    chosen_scenarios: list[dict[str, Any]] | None = None

    @field_validator("chosen_scenarios", mode="before")
    @classmethod
    def _chosen(cls, value: Any) -> Any:
        if value is not None and (
            not isinstance(value, list)
            or not all(isinstance(sc, dict) and "2nd_person_template" in sc for sc in value)
        ):
            raise ValueError(f"{FIELD} must be a list of scenarios")
        return value


def validate_tune_items(
    items: Sequence[Any],
    label2text: Mapping[str, str],
    *,
    source: Path | str,
    images_dir: Path | None = None,
    max_reported: int = 5,
) -> None:
    """Check items against :class:`SpyTuneItem`; raise one :class:`DataValidationError`.

    The SPY-Bench checks (:func:`spy_bench.dataset.validate_items`: fields, labels, scenarios,
    unique ids and, with ``images_dir``, that every image is there and decodes) with the
    SPY-Tune answers.
    """
    validate_items(
        items,
        label2text,
        source=source,
        data_dir=images_dir,
        max_reported=max_reported,
        schema=SpyTuneItem,
        hint="Each question_item needs 'respond_ans' and 'reject_ans' (the SPY-Tune "
        "train_data.json layout).",
    )


def load_tune_items(
    path: str | Path,
    *,
    label2text: Mapping[str, str] | None = None,
    images_dir: str | Path | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Load and validate a SPY-Tune file (``{"data_list": [...]}``).

    Args:
        path: The training file (e.g. the authors' ``train_data.json``).
        label2text: Label taxonomy; default: the one packaged with ``spy_bench``.
        images_dir: When given, every referenced image must exist under it.
        limit: Keep only the first ``limit`` items.
    """
    path = Path(path).expanduser()
    items = load_items(path, list_key=LIST_KEY)
    if limit is not None:
        items = items[:limit]
    if not items:
        raise DataValidationError(f"{path} has an empty '{LIST_KEY}': nothing to train on.")
    labels = dict(label2text) if label2text is not None else packaged_label2text()
    validate_tune_items(
        items,
        labels,
        source=path,
        images_dir=Path(images_dir).expanduser() if images_dir is not None else None,
    )
    return items


def resolve_label2text(path: str | Path | None) -> dict[str, str]:
    """The label taxonomy from ``path`` (a ``label2text.json``), else the packaged one."""
    return load_label2text(Path(path).expanduser()) if path else dict(packaged_label2text())


# --------------------------------------------------------------------------- expansion


def _example(
    item: Mapping[str, Any],
    label2text: Mapping[str, str],
    *,
    situation: int | None,
    private: bool,
    kind: ScenarioKind,
    scenario: Mapping[str, Any] | None,
    n_distractors: int | None,
) -> TuneExample:
    qi = item["question_item"]
    expected = expected_verdict(item["label"], private, kind)
    respond, reject = qi["respond_ans"], qi["reject_ans"]
    chosen, rejected = (reject, respond) if expected == "reject" else (respond, reject)
    return TuneExample(
        benchmark_id=str(item["benchmark_id"]),
        question_id=str(qi["question_id"]),
        label=item["label"],
        situation=situation,
        private=private,
        scenario=kind,
        scenario_id=scenario["scenario"] if scenario else None,
        prompt=build_prompt(item, label2text, private, scenario, n_distractors),
        expected=expected,
        chosen=chosen,
        rejected=rejected,
        image_path=str(qi["image_path"]),
    )


def item_examples(
    item: Mapping[str, Any],
    label2text: Mapping[str, str],
    *,
    n_distractors: int | None = None,
) -> list[TuneExample]:
    """One example per situation of the item, in SPY-Bench's order.

    Situation 4 (compatible scenario, non-private) keeps only the scenarios listed in the
    item's ``chosen_scenarios`` when that field is present, as the authors train.
    """
    if n_distractors is not None:
        check_n_distractors(n_distractors)
    chosen = item.get("chosen_scenarios")
    chosen_ids = {sc.get("scenario") for sc in chosen} if isinstance(chosen, list) else None
    out = []
    for situation, scenario in item_situations(item):
        if (
            situation.number == 4
            and chosen_ids is not None
            and scenario is not None
            and scenario.get("scenario") not in chosen_ids
        ):
            continue
        out.append(
            _example(
                item,
                label2text,
                situation=situation.number,
                private=situation.private,
                kind=situation.scenario,
                scenario=scenario,
                n_distractors=n_distractors,
            )
        )
    return out


NON_PRIVATE_TWIN: dict[int, int | None] = {1: 2, 3: 4, 5: None}
"""Situation of the non-private twin of each private situation (none for conflict)."""


def item_pairs(
    item: Mapping[str, Any],
    label2text: Mapping[str, str],
    *,
    n_distractors: int | None = None,
) -> list[TunePair]:
    """NCA-P pairs: each private situation (1, 3, 5) with its non-private twin."""
    if n_distractors is not None:
        check_n_distractors(n_distractors)
    pairs = []
    for situation, scenario in item_situations(item):
        if not situation.private:
            continue
        common = {"kind": situation.scenario, "scenario": scenario, "n_distractors": n_distractors}
        pairs.append(
            TunePair(
                private=_example(
                    item, label2text, situation=situation.number, private=True, **common
                ),
                non_private=_example(
                    item,
                    label2text,
                    situation=NON_PRIVATE_TWIN[situation.number],
                    private=False,
                    **common,
                ),
            )
        )
    return pairs


# --------------------------------------------------------------------------- rows


def _user(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def _assistant(text: str) -> list[dict[str, str]]:
    return [{"role": "assistant", "content": text}]


def _image(images_dir: Path, image_path: str) -> list[str]:
    return [str(images_dir / image_path)]


def sft_rows(examples: Iterable[TuneExample], images_dir: Path) -> list[dict[str, Any]]:
    """Conversational prompt-completion rows (the chosen answer only) for ``SFTTrainer``."""
    return [
        {
            "prompt": _user(ex.prompt),
            "completion": _assistant(ex.chosen),
            "images": _image(images_dir, ex.image_path),
        }
        for ex in examples
    ]


def preference_rows(examples: Iterable[TuneExample], images_dir: Path) -> list[dict[str, Any]]:
    """Conversational preference rows (``prompt``/``chosen``/``rejected``/``images``)."""
    return [
        {
            "prompt": _user(ex.prompt),
            "chosen": _assistant(ex.chosen),
            "rejected": _assistant(ex.rejected),
            "images": _image(images_dir, ex.image_path),
        }
        for ex in examples
    ]


PAIR_COLUMNS: tuple[str, ...] = (
    "prompt_p",
    "chosen_p",
    "rejected_p",
    "prompt_n",
    "chosen_n",
    "rejected_n",
)
"""Text columns of NCA-P rows (``_p``: private instruction, ``_n``: non-private)."""


def pair_rows(pairs: Iterable[TunePair], images_dir: Path) -> list[dict[str, Any]]:
    """NCA-P rows: both preference pairs of one image and question, plus ``images``."""
    rows = []
    for pair in pairs:
        p, n = pair.private, pair.non_private
        rows.append(
            {
                "prompt_p": _user(p.prompt),
                "chosen_p": _assistant(p.chosen),
                "rejected_p": _assistant(p.rejected),
                "prompt_n": _user(n.prompt),
                "chosen_n": _assistant(n.chosen),
                "rejected_n": _assistant(n.rejected),
                "images": _image(images_dir, p.image_path),
            }
        )
    return rows


def method_rows(
    method: str,
    items: Sequence[Mapping[str, Any]],
    label2text: Mapping[str, str],
    images_dir: str | Path,
    *,
    n_distractors: int | None = None,
) -> list[dict[str, Any]]:
    """The training rows of ``method`` for ``items`` (see the module docstring)."""
    images_dir = Path(images_dir).expanduser().resolve()
    if method == "nca-p":
        pairs = [
            p for item in items for p in item_pairs(item, label2text, n_distractors=n_distractors)
        ]
        return pair_rows(pairs, images_dir)
    examples = [
        ex for item in items for ex in item_examples(item, label2text, n_distractors=n_distractors)
    ]
    if method == "sft":
        return sft_rows(examples, images_dir)
    if method in ("dpo", "nca"):
        return preference_rows(examples, images_dir)
    raise DataValidationError(f"Unknown method {method!r}: choose one of {', '.join(METHODS)}.")


def build_dataset(rows: Sequence[Mapping[str, Any]], *, shuffle_seed: int | None = None) -> Dataset:
    """A ``datasets.Dataset`` of ``rows`` whose ``images`` column decodes to PIL images."""
    from datasets import Dataset, Image, List

    rows = list(rows)
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(rows)
    return Dataset.from_list(rows).cast_column("images", List(Image()))


# --------------------------------------------------------------------------- images


def referenced_images(items: Iterable[Mapping[str, Any]]) -> list[str]:
    """The image paths the items reference, sorted and unique; unsafe paths are refused."""
    paths: set[str] = set()
    for item in items:
        image = item["question_item"]["image_path"]
        relative = relative_inside(str(image))
        if relative is None:
            raise DataValidationError(
                f"question_item.image_path {image!r} (benchmark_id {item.get('benchmark_id')}) "
                "must be a relative path inside the images directory (like images/train2017/x.jpg)."
            )
        paths.add(relative)
    return sorted(paths)


def default_images_dir() -> Path:
    """Cache directory for the SPY-Tune images (created if needed)."""
    from vlm_privacy.cache import cache_dir

    return cache_dir("spy_tune", "images")


def ensure_images(
    items: Sequence[Mapping[str, Any]],
    images_dir: str | Path | None = None,
    *,
    archive: str = VISPR_TRAIN_URL,
    progress: bool = True,
) -> Path:
    """Put every image the items reference under ``images_dir`` (default: the cache).

    Images already there are kept; the others are extracted from the VISPR train archive
    (``archive``: its URL or a local copy), matched by file name whatever folder the archive
    puts them in. A downloaded archive lives in a temporary folder and is deleted after.

    Raises:
        DownloadError: the download failed, or images are still missing afterwards.
    """
    from vlm_privacy.fetch import extract_by_name

    root = Path(images_dir).expanduser() if images_dir is not None else default_images_dir()
    root.mkdir(parents=True, exist_ok=True)
    wanted = [p for p in referenced_images(items) if not (root / p).is_file()]
    if not wanted:
        return root
    extract_by_name(
        archive,
        root,
        wanted,
        option="--images-archive",
        default_name="train2017.tar.gz",
        progress=progress,
        local_hint="download train2017.tar.gz by hand and pass it with --images-archive PATH",
    )
    missing = [p for p in wanted if not (root / p).is_file()]
    if missing:
        shown = ", ".join(missing[:MISSING_SHOWN])
        more = f" and {len(missing) - MISSING_SHOWN} more" if len(missing) > MISSING_SHOWN else ""
        raise DownloadError(
            f"{len(missing)} referenced image(s) are not in {archive}: {shown}{more}. Check that "
            f"it is the VISPR train2017.tar.gz archive, or put the images at "
            f"{root}/<image_path> yourself and pass --images {root}."
        )
    return root
