"""MultiPriv data: the record schema, loading and validation, and Inspect samples.

Every MultiPriv item, whatever its source (``-T data=PATH``, the synthetic generator or the
authors' ``multipriv-pii`` images), is a *record* in the schema below; records become Inspect
samples through the pure :func:`record_to_sample`, which never opens an image.

Record fields (one JSON object per record; JSONL, a JSON list, or ``{"records": [...]}``):

=============== ========== ===============================================================
field           required   meaning
=============== ========== ===============================================================
id              yes        unique string
task            yes        one of :data:`TASKS`
language        yes        ``"en"`` or ``"zh"`` (the language of the question and prompt)
images          yes        list of image paths (relative to the data file's folder, or
                           absolute); at least one; exactly one for ``bbox``
question        yes        the question, without answer-format instructions (those are
                           added from ``answer_type``, in the record's language)
answer_type     yes        ``yes_no``, ``multiple_choice``, ``free_text`` or ``bbox``
answer          yes        the gold answer: ``"yes"``/``"no"``; the option letter (``"B"``);
                           the text; or ``[x1, y1, x2, y2]`` in pixels of the image
choices         MC only    list of 2-26 option texts, lettered A, B, C, ... in order
aliases         no         other accepted answers (``free_text`` only)
image_size      bbox only  ``[width, height]`` of the image in pixels
context         no         text shown before the question (e.g. a text profile)
profile_id      no         the synthetic person the item is about (null if none)
attribute       no         the private attribute asked about (e.g. ``id_number``)
category        no         privacy category (one of :data:`CATEGORIES`)
metadata        no         any JSON object, copied into the sample's metadata
=============== ========== ===============================================================
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.model import ChatMessageUser, Content, ContentImage, ContentText

from multipriv.prompts import answer_instruction, image_label
from vlm_privacy.errors import DataValidationError
from vlm_privacy.files import write_text_atomic

Task = Literal[
    "direct_identifier",
    "indirect_identifier",
    "information_extraction",
    "region_localization",
    "cross_validation",
    "single_step_reasoning",
    "chained_reasoning",
    "reidentification",
    "cross_modal_association",
]
TASKS: tuple[str, ...] = get_args(Task)
"""The nine MultiPriv tasks, in the page's order (Figure 3)."""

PERCEPTION_TASKS: tuple[str, ...] = TASKS[:4]
"""Privacy perception: attribute-level exposure (Table 3)."""

REASONING_TASKS: tuple[str, ...] = TASKS[4:]
"""Privacy reasoning: individual-level linkage (Table 4)."""

Language = Literal["en", "zh"]
LANGUAGES: tuple[str, ...] = get_args(Language)

LanguageChoice = Literal["en", "zh", "both"]
"""The ``language`` task parameter."""

AnswerType = Literal["yes_no", "multiple_choice", "free_text", "bbox"]
ANSWER_TYPES: tuple[str, ...] = get_args(AnswerType)

BboxFormat = Literal["pixel", "norm1000"]
BBOX_FORMATS: tuple[str, ...] = get_args(BboxFormat)
"""Coordinates asked for in ``bbox`` prompts: pixels, or 0-1000 normalized (Qwen-VL style)."""

CATEGORIES: tuple[str, ...] = (
    "biometric",
    "identity_document",
    "medical",
    "financial",
    "location",
    "property",
    "identity",
)
"""Privacy categories, in the order of the authors' image folders ``VLM/A`` ... ``VLM/G``."""

MAX_CHOICES = 26
REQUIRED_FIELDS = ("id", "task", "language", "images", "question", "answer_type", "answer")
OPTIONAL_FIELDS = (
    "choices",
    "aliases",
    "image_size",
    "context",
    "profile_id",
    "attribute",
    "category",
    "metadata",
)
SCHEMA_HINT = "See the record schema in src/multipriv/README.md."


@dataclass(frozen=True)
class MultiPrivRecord:
    """One validated MultiPriv item; image paths are absolute."""

    id: str
    task: str
    language: str
    images: tuple[str, ...]
    question: str
    answer_type: str
    answer: str | tuple[float, float, float, float]
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    image_size: tuple[int, int] | None = None
    context: str | None = None
    profile_id: str | None = None
    attribute: str | None = None
    category: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self, base_dir: Path | None = None) -> dict[str, Any]:
        """The record as a JSON object; image paths relative to ``base_dir`` if given."""
        images = [
            Path(p).relative_to(base_dir).as_posix() if base_dir is not None else p
            for p in self.images
        ]
        out: dict[str, Any] = {
            "id": self.id,
            "task": self.task,
            "language": self.language,
            "images": images,
            "question": self.question,
            "answer_type": self.answer_type,
            "answer": list(self.answer) if isinstance(self.answer, tuple) else self.answer,
        }
        if self.choices:
            out["choices"] = list(self.choices)
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.image_size is not None:
            out["image_size"] = list(self.image_size)
        for key in ("context", "profile_id", "attribute", "category"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.metadata:
            out["metadata"] = dict(self.metadata)
        return out


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------


class _Invalid(Exception):
    """One problem with one record field (collected, then reported together)."""


def _string(raw: Mapping[str, Any], key: str, *, required: bool = True) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f'field "{key}" must be a non-empty string, got {value!r}')
    return value


def _string_list(raw: Mapping[str, Any], key: str, *, min_len: int = 0) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _Invalid(f'field "{key}" must be a list of non-empty strings, got {value!r}')
    if len(value) < min_len:
        raise _Invalid(f'field "{key}" needs at least {min_len} item(s), got {len(value)}')
    return tuple(value)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def validate_record(raw: Any, base_dir: Path, *, check_files: bool = True) -> MultiPrivRecord:
    """Validate one raw record and return it with absolute image paths.

    Raises:
        _Invalid: naming the first field at fault (the caller adds file and line).
    """
    if not isinstance(raw, dict):
        raise _Invalid(f"a record must be a JSON object, got {type(raw).__name__}")
    missing = [k for k in REQUIRED_FIELDS if k not in raw]
    if missing:
        raise _Invalid(f"missing required field(s) {', '.join(missing)}")
    unknown = sorted(set(raw) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS))
    if unknown:
        raise _Invalid(f'unknown field(s) {", ".join(unknown)} (put extra data under "metadata")')
    rid = _string(raw, "id")
    task = _string(raw, "task")
    if task not in TASKS:
        raise _Invalid(f'field "task" is {task!r}; use one of {", ".join(TASKS)}')
    language = _string(raw, "language")
    if language not in LANGUAGES:
        raise _Invalid(f'field "language" is {language!r}; use "en" or "zh"')
    question = _string(raw, "question")
    answer_type = _string(raw, "answer_type")
    if answer_type not in ANSWER_TYPES:
        raise _Invalid(
            f'field "answer_type" is {answer_type!r}; use one of {", ".join(ANSWER_TYPES)}'
        )

    images = _string_list(raw, "images", min_len=1)
    resolved = []
    for image in images:
        try:
            path = Path(image).expanduser()
        except RuntimeError as ex:  # "~user/..." for an unknown user
            raise _Invalid(f'image "{image}": {ex}; use a path relative to the data file') from ex
        path = path if path.is_absolute() else base_dir / path
        if check_files and not path.is_file():
            raise _Invalid(
                f'image "{image}" not found at {path} (paths are relative to the data file\'s folder)'
            )
        resolved.append(str(path))

    choices = _string_list(raw, "choices") if "choices" in raw else ()
    aliases = _string_list(raw, "aliases") if "aliases" in raw else ()
    answer = raw["answer"]
    image_size = None
    if answer_type == "yes_no":
        if not isinstance(answer, str) or answer.strip().lower() not in ("yes", "no"):
            raise _Invalid(f'field "answer" must be "yes" or "no" for yes_no, got {answer!r}')
        answer = answer.strip().lower()
    elif answer_type == "multiple_choice":
        if not 2 <= len(choices) <= MAX_CHOICES:
            raise _Invalid(
                f'multiple_choice needs "choices": a list of 2 to {MAX_CHOICES} option texts'
            )
        letters = [chr(ord("A") + i) for i in range(len(choices))]
        if not isinstance(answer, str) or answer.strip().upper() not in letters:
            raise _Invalid(
                f'field "answer" must be the letter of the correct choice ({letters[0]}-'
                f"{letters[-1]}), got {answer!r}"
            )
        answer = answer.strip().upper()
    elif answer_type == "free_text":
        if not isinstance(answer, str) or not answer.strip():
            raise _Invalid(f'field "answer" must be a non-empty string, got {answer!r}')
    else:  # bbox
        if len(images) != 1:
            raise _Invalid(f"bbox records take exactly one image, got {len(images)}")
        size = raw.get("image_size")
        if (
            not isinstance(size, list)
            or len(size) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in size)
        ):
            raise _Invalid(
                f'bbox records need "image_size": [width, height] in pixels, got {size!r}'
            )
        image_size = (size[0], size[1])
        if not isinstance(answer, list) or len(answer) != 4 or not all(map(_number, answer)):
            raise _Invalid(
                f'field "answer" must be [x1, y1, x2, y2] in pixels for bbox, got {answer!r}'
            )
        x1, y1, x2, y2 = (float(v) for v in answer)
        if not (0 <= x1 < x2 <= image_size[0] and 0 <= y1 < y2 <= image_size[1]):
            raise _Invalid(
                f"bbox answer {answer} must satisfy 0 <= x1 < x2 <= width and "
                f"0 <= y1 < y2 <= height for image_size {list(image_size)}"
            )
        answer = (x1, y1, x2, y2)
    if choices and answer_type != "multiple_choice":
        raise _Invalid('"choices" is only allowed with answer_type multiple_choice')
    if aliases and answer_type != "free_text":
        raise _Invalid('"aliases" is only allowed with answer_type free_text')
    if "image_size" in raw and image_size is None:
        size = raw["image_size"]
        if not (
            isinstance(size, list) and len(size) == 2 and all(isinstance(v, int) for v in size)
        ):
            raise _Invalid(f'"image_size" must be [width, height], got {size!r}')
        image_size = (size[0], size[1])

    category = _string(raw, "category", required=False)
    if category is not None and category not in CATEGORIES:
        raise _Invalid(f'field "category" is {category!r}; use one of {", ".join(CATEGORIES)}')
    metadata = raw.get("metadata", {})
    if not isinstance(metadata, dict):
        raise _Invalid(f'field "metadata" must be a JSON object, got {type(metadata).__name__}')
    return MultiPrivRecord(
        id=rid,  # type: ignore[arg-type]
        task=task,
        language=language,  # type: ignore[arg-type]
        images=tuple(resolved),
        question=question,  # type: ignore[arg-type]
        answer_type=answer_type,
        answer=answer,
        choices=choices,
        aliases=aliases,
        image_size=image_size,
        context=_string(raw, "context", required=False),
        profile_id=_string(raw, "profile_id", required=False),
        attribute=_string(raw, "attribute", required=False),
        category=category,
        metadata=metadata,
    )


def _read_raw(path: Path) -> list[tuple[str, Any]]:
    """Read raw records with their locations (``file:line`` or ``file[index]``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as ex:
        raise DataValidationError(f"{path} is not UTF-8 text ({ex}): save it as UTF-8.") from ex
    except OSError as ex:
        raise DataValidationError(f"Could not read {path}: {ex}.") from ex
    if path.suffix.lower() == ".jsonl":
        out = []
        # split on "\n" only: str.splitlines() also breaks at U+2028, U+0085 etc. inside strings
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                out.append((f"{path}:{n}", json.loads(line)))
            except json.JSONDecodeError as ex:
                raise DataValidationError(
                    f"{path}:{n} is not valid JSON ({ex.msg} at column {ex.colno}): each line "
                    "of a .jsonl file must be one JSON object."
                ) from ex
            except RecursionError as ex:
                raise DataValidationError(
                    f"{path}:{n} is nested too deeply to be a record."
                ) from ex
        return out
    try:
        data = json.loads(text)
    except json.JSONDecodeError as ex:
        raise DataValidationError(
            f"{path} is not valid JSON ({ex.msg} at line {ex.lineno}, column {ex.colno})."
        ) from ex
    except RecursionError as ex:
        raise DataValidationError(f"{path} is nested too deeply to hold records.") from ex
    if isinstance(data, dict) and isinstance(data.get("records"), list):
        data = data["records"]
    if not isinstance(data, list):
        raise DataValidationError(
            f'{path} must hold a JSON list of records or an object {{"records": [...]}}; '
            f"found {type(data).__name__}. {SCHEMA_HINT}"
        )
    return [(f"{path}[{i}]", item) for i, item in enumerate(data)]


def resolve_data_path(data: str | Path) -> Path:
    """The records file named by ``data``: a .jsonl/.json file, or a folder holding one."""
    path = Path(data).expanduser()
    if path.is_dir():
        for name in ("records.jsonl", "records.json"):
            if (path / name).is_file():
                return path / name
        raise DataValidationError(
            f"{path} is a folder without records.jsonl or records.json: pass the records file "
            "itself (-T data=PATH.jsonl) or a folder written by `vlm-privacy multipriv build`."
        )
    if not path.is_file():
        raise DataValidationError(
            f"MultiPriv data file {path} does not exist: pass -T data=PATH to a .jsonl or .json "
            "file of records, or leave data unset to use the synthetic data."
        )
    if path.suffix.lower() not in (".jsonl", ".json"):
        raise DataValidationError(
            f"{path}: MultiPriv data must be a .jsonl or .json file of records. {SCHEMA_HINT}"
        )
    return path


MAX_REPORTED = 10


def load_records(data: str | Path, *, check_files: bool = True) -> list[MultiPrivRecord]:
    """Load and validate every record of a data file (see the module docstring).

    All problems are reported at once (up to :data:`MAX_REPORTED`), each naming the file and
    line (or list index), the record id and the field.
    """
    path = resolve_data_path(data)
    raw_records = _read_raw(path)
    records: list[MultiPrivRecord] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for where, raw in raw_records:
        rid = raw.get("id") if isinstance(raw, dict) else None
        label = f"{where} (id {rid!r})" if rid is not None else where
        try:
            record = validate_record(raw, path.parent, check_files=check_files)
        except _Invalid as ex:
            problems.append(f"  {label}: {ex}")
            continue
        if record.id in seen:
            problems.append(f"  {label}: duplicate id, first used at {seen[record.id]}")
            continue
        seen[record.id] = where
        records.append(record)
    if problems:
        shown = problems[:MAX_REPORTED]
        more = len(problems) - len(shown)
        raise DataValidationError(
            f"{path}: {len(problems)} invalid record(s):\n"
            + "\n".join(shown)
            + (f"\n  ... and {more} more" if more else "")
            + f"\nFix these records. {SCHEMA_HINT}"
        )
    if not records:
        raise DataValidationError(f"{path} holds no records. {SCHEMA_HINT}")
    return records


def write_records(records: Iterable[MultiPrivRecord], path: Path, base_dir: Path) -> None:
    """Write records as JSONL (image paths relative to ``base_dir``), atomically
    (:func:`vlm_privacy.files.write_text_atomic`)."""
    lines = [json.dumps(r.to_json(base_dir), ensure_ascii=False, sort_keys=True) for r in records]
    write_text_atomic(path, "\n".join(lines) + "\n")


# --------------------------------------------------------------------------------------------
# Samples
# --------------------------------------------------------------------------------------------


def choice_letters(n: int) -> list[str]:
    return [chr(ord("A") + i) for i in range(n)]


def topic_for(record: MultiPrivRecord) -> str:
    """What the question is about, for the respond/reject judge."""
    for value in (record.attribute, record.category):
        if value:
            return value.replace("_", " ")
    return record.task.replace("_", " ")


def record_to_sample(record: MultiPrivRecord, *, bbox_format: BboxFormat = "pixel") -> Sample:
    """Build the Inspect sample for one record (pure: images are referenced, never opened).

    The user message holds each image (labelled "Image 1:", ... when there are several), the
    optional context, the question and the answer-format instruction in the record's language.
    """
    content: list[Content] = []
    several = len(record.images) > 1
    for i, image in enumerate(record.images, start=1):
        if several:
            content.append(ContentText(text=image_label(record.language, i)))
        content.append(ContentImage(image=str(image)))
    parts = []
    if record.context:
        parts.append(record.context)
    parts.append(record.question)
    parts.append(
        answer_instruction(
            record.language,
            record.answer_type,
            choices=record.choices,
            bbox_format=bbox_format,
            image_size=record.image_size,
        )
    )
    content.append(ContentText(text="\n\n".join(parts)))
    target = (
        json.dumps([round(v, 2) for v in record.answer])
        if isinstance(record.answer, tuple)
        else record.answer
    )
    metadata: dict[str, Any] = dict(record.metadata)
    metadata.update(
        task=record.task,
        language=record.language,
        answer_type=record.answer_type,
        question=record.question,
        topic=topic_for(record),
        profile_id=record.profile_id,
        attribute=record.attribute,
        category=record.category,
        choices=list(record.choices),
        aliases=list(record.aliases),
        image_size=list(record.image_size) if record.image_size else None,
        bbox_format=bbox_format if record.answer_type == "bbox" else None,
    )
    return Sample(
        id=record.id,
        input=[ChatMessageUser(content=content)],
        target=target,
        metadata=metadata,
    )


def language_filter(language: str) -> tuple[str, ...]:
    """The languages selected by the ``language`` task parameter."""
    if language == "both":
        return LANGUAGES
    if language in LANGUAGES:
        return (language,)
    raise DataValidationError(
        f'Unknown language {language!r} (-T language=...): use "en", "zh" or "both".'
    )


def select_records(
    records: Sequence[MultiPrivRecord], tasks: Sequence[str], languages: Sequence[str]
) -> list[MultiPrivRecord]:
    """Records of the given tasks and languages, in task order then source order."""
    order = {t: i for i, t in enumerate(tasks)}
    chosen = [r for r in records if r.task in order and r.language in languages]
    return sorted(chosen, key=lambda r: (order[r.task], languages.index(r.language)))


def records_to_dataset(
    records: Sequence[MultiPrivRecord],
    *,
    tasks: Sequence[str],
    languages: Sequence[str],
    bbox_format: BboxFormat = "pixel",
    name: str,
    where: str,
) -> MemoryDataset:
    """The dataset of the selected records, or a clear error if none are selected."""
    if bbox_format not in BBOX_FORMATS:
        raise DataValidationError(
            f'Unknown bbox_format {bbox_format!r} (-T bbox_format=...): use "pixel" or "norm1000".'
        )
    chosen = select_records(records, tasks, languages)
    if not chosen:
        raise DataValidationError(
            f"{where} has no records for task(s) {', '.join(tasks)} in language(s) "
            f'{", ".join(languages)}: check the records\' "task" and "language" fields or '
            "pick another task or -T language=..."
        )
    return MemoryDataset([record_to_sample(r, bbox_format=bbox_format) for r in chosen], name=name)
