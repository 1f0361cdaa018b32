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
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.model import ChatMessageUser, Content, ContentImage, ContentText
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from multipriv.prompts import answer_instruction, image_label
from vlm_privacy.errors import DataValidationError
from vlm_privacy.files import write_text_atomic
from vlm_privacy.images import ImageCheckMemo, image_file_problem
from vlm_privacy.schema import FIELD, problems

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


def _nonempty(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _string(value: Any, info: ValidationInfo) -> Any:
    if value is None and info.field_name not in REQUIRED_FIELDS:
        return None
    if not _nonempty(value):
        raise ValueError(f"field {FIELD} must be a non-empty string, got {value!r}")
    return value


def _one_of(allowed: Sequence[str], hint: str) -> Any:
    def check(value: Any) -> Any:
        if not _nonempty(value):
            raise ValueError(f"field {FIELD} must be a non-empty string, got {value!r}")
        if value not in allowed:
            raise ValueError(f"field {FIELD} is {value!r}; use {hint}")
        return value

    return BeforeValidator(check)


def _string_list(min_len: int = 0) -> Any:
    def check(value: Any) -> Any:
        if not isinstance(value, list | tuple) or not all(_nonempty(v) for v in value):
            raise ValueError(f"field {FIELD} must be a list of non-empty strings, got {value!r}")
        if len(value) < min_len:
            raise ValueError(f"field {FIELD} needs at least {min_len} item(s), got {len(value)}")
        return tuple(value)

    return BeforeValidator(check)


Text = Annotated[str, BeforeValidator(_string)]
OptionalText = Annotated[str | None, BeforeValidator(_string)]


class MultiPrivRecord(BaseModel):
    """One MultiPriv item in the record schema (module docstring); image paths are absolute.

    The one declaration of a record: :func:`validate_record` checks raw JSON against it (with
    the data file's folder and whether to check the image files in the validation context),
    and the generators build records with it directly.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Text
    task: Annotated[str, _one_of(TASKS, f"one of {', '.join(TASKS)}")]
    language: Annotated[str, _one_of(LANGUAGES, '"en" or "zh"')]
    images: Annotated[tuple[str, ...], _string_list(min_len=1)]
    question: Text
    answer_type: Annotated[str, _one_of(ANSWER_TYPES, f"one of {', '.join(ANSWER_TYPES)}")]
    choices: Annotated[tuple[str, ...], _string_list()] = ()
    aliases: Annotated[tuple[str, ...], _string_list()] = ()
    image_size: tuple[int, int] | None = None
    answer: str | tuple[float, float, float, float]
    context: OptionalText = None
    profile_id: OptionalText = None
    attribute: OptionalText = None
    category: Annotated[str | None, BeforeValidator(_string)] = None
    metadata: dict[str, Any] = {}

    @field_validator("images")
    @classmethod
    def _resolve_images(cls, images: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        """Paths relative to the data file's folder become absolute; with ``check_files``
        each must exist and, with ``decode``, be an image file (read and decoded)."""
        context = info.context or {}
        base_dir = context.get("base_dir")
        resolved = []
        for image in images:
            try:
                path = Path(image).expanduser()
            except RuntimeError as ex:  # "~user/..." for an unknown user
                raise ValueError(
                    f'image "{image}": {ex}; use a path relative to the data file'
                ) from ex
            if not path.is_absolute() and base_dir is not None:
                path = Path(base_dir) / path
            if context.get("check_files"):
                if not os.path.lexists(path):
                    raise ValueError(
                        f'image "{image}" not found at {path} (paths are relative to the data '
                        "file's folder)"
                    )
                memo = context.get("memo")
                if not context.get("decode"):
                    problem = None
                elif memo is not None:
                    problem = memo.problem(path, str(path))
                else:
                    problem = image_file_problem(path)
                if problem:
                    raise ValueError(f'image "{image}": {problem}')
            resolved.append(str(path))
        return tuple(resolved)

    @field_validator("image_size", mode="before")
    @classmethod
    def _size(cls, size: Any) -> Any:
        if size is not None and not (
            isinstance(size, list | tuple)
            and len(size) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in size)
        ):
            raise ValueError(f'"image_size" must be [width, height], got {size!r}')
        return size

    @field_validator("category", mode="after")
    @classmethod
    def _category(cls, category: str | None) -> str | None:
        if category is not None and category not in CATEGORIES:
            raise ValueError(f"field {FIELD} is {category!r}; use one of {', '.join(CATEGORIES)}")
        return category

    @field_validator("metadata", mode="before")
    @classmethod
    def _metadata(cls, metadata: Any) -> Any:
        if not isinstance(metadata, dict):
            raise ValueError(f"field {FIELD} must be a JSON object, got {type(metadata).__name__}")
        return metadata

    @field_validator("answer", mode="before")
    @classmethod
    def _answer(cls, answer: Any, info: ValidationInfo) -> Any:
        """The gold answer, checked and normalized for the record's ``answer_type``."""
        answer_type = info.data.get("answer_type")
        if answer_type == "yes_no":
            if not isinstance(answer, str) or answer.strip().lower() not in ("yes", "no"):
                raise ValueError(f'field {FIELD} must be "yes" or "no" for yes_no, got {answer!r}')
            return answer.strip().lower()
        if answer_type == "multiple_choice":
            choices = info.data.get("choices", ())
            if not 2 <= len(choices) <= MAX_CHOICES:
                raise ValueError(
                    f'multiple_choice needs "choices": a list of 2 to {MAX_CHOICES} option texts'
                )
            letters = choice_letters(len(choices))
            if not isinstance(answer, str) or answer.strip().upper() not in letters:
                raise ValueError(
                    f"field {FIELD} must be the letter of the correct choice ({letters[0]}-"
                    f"{letters[-1]}), got {answer!r}"
                )
            return answer.strip().upper()
        if answer_type == "bbox":
            images = info.data.get("images")
            if images is not None and len(images) != 1:
                raise ValueError(f"bbox records take exactly one image, got {len(images)}")
            size = info.data.get("image_size")
            if size is None or not all(v > 0 for v in size):
                raise ValueError(
                    f'bbox records need "image_size": [width, height] in pixels, got '
                    f"{list(size) if size else size!r}"
                )
            if (
                not isinstance(answer, list | tuple)
                or len(answer) != 4
                or not all(map(_number, answer))
            ):
                raise ValueError(
                    f"field {FIELD} must be [x1, y1, x2, y2] in pixels for bbox, got {answer!r}"
                )
            x1, y1, x2, y2 = (float(v) for v in answer)
            if not (0 <= x1 < x2 <= size[0] and 0 <= y1 < y2 <= size[1]):
                raise ValueError(
                    f"bbox answer {list(answer)} must satisfy 0 <= x1 < x2 <= width and "
                    f"0 <= y1 < y2 <= height for image_size {list(size)}"
                )
            return (x1, y1, x2, y2)
        if not _nonempty(answer):  # free_text (or an answer_type already reported)
            raise ValueError(f"field {FIELD} must be a non-empty string, got {answer!r}")
        return answer

    @model_validator(mode="after")
    def _type_specific_fields(self) -> MultiPrivRecord:
        if self.choices and self.answer_type != "multiple_choice":
            raise ValueError('"choices" is only allowed with answer_type multiple_choice')
        if self.aliases and self.answer_type != "free_text":
            raise ValueError('"aliases" is only allowed with answer_type free_text')
        return self

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


def validate_record(
    raw: Any,
    base_dir: Path,
    *,
    check_files: bool = True,
    decode_images: bool = True,
    memo: ImageCheckMemo | None = None,
) -> MultiPrivRecord:
    """Validate one raw record against :class:`MultiPrivRecord`; image paths become absolute.

    Args:
        raw: The parsed JSON object.
        base_dir: Folder relative image paths are resolved against (the data file's).
        check_files: Each image must exist.
        decode_images: With ``check_files``, each image must also be a regular file that
            decodes as an image (checked when the task is built, not at the first sample).
        memo: Images already decoded (see :class:`~vlm_privacy.images.ImageCheckMemo`).

    Raises:
        DataValidationError: naming every field at fault (the caller adds file and line).
    """
    if not isinstance(raw, dict):
        raise DataValidationError(f"a record must be a JSON object, got {type(raw).__name__}")
    context = {
        "base_dir": base_dir,
        "check_files": check_files,
        "decode": decode_images,
        "memo": memo,
    }
    try:
        return MultiPrivRecord.model_validate(raw, context=context)
    except ValidationError as ex:
        found = problems(ex, quote='"')
    missing = [p.field for p in found if p.kind == "missing"]
    unknown = sorted(p.field for p in found if p.kind == "extra_forbidden")
    phrases = []
    if missing:
        phrases.append(f"missing required field(s) {', '.join(missing)}")
    if unknown:
        phrases.append(f'unknown field(s) {", ".join(unknown)} (put extra data under "metadata")')
    phrases += [p.message for p in found if p.kind not in ("missing", "extra_forbidden")]
    raise DataValidationError("; ".join(phrases))


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


def load_records(
    data: str | Path, *, check_files: bool = True, decode_images: bool = True
) -> list[MultiPrivRecord]:
    """Load and validate every record of a data file (see the module docstring).

    With ``check_files`` every image must exist and, with ``decode_images``, be a regular file
    that decodes as an image; paths may be absolute (user data may point anywhere it likes).

    All problems are reported at once (up to :data:`MAX_REPORTED`), each naming the file and
    line (or list index), the record id and the field.
    """
    path = resolve_data_path(data)
    raw_records = _read_raw(path)
    records: list[MultiPrivRecord] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    memo = ImageCheckMemo(path.parent) if check_files and decode_images else None
    for where, raw in raw_records:
        rid = raw.get("id") if isinstance(raw, dict) else None
        label = f"{where} (id {rid!r})" if rid is not None else where
        try:
            record = validate_record(
                raw, path.parent, check_files=check_files, decode_images=decode_images, memo=memo
            )
        except DataValidationError as ex:
            problems.append(f"  {label}: {ex}")
            continue
        if record.id in seen:
            problems.append(f"  {label}: duplicate id, first used at {seen[record.id]}")
            continue
        seen[record.id] = where
        records.append(record)
    if memo is not None:
        memo.save()
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
    """Records of the given tasks and languages, interleaved so that any prefix (``--limit N``)
    covers every task, then every language, as evenly as N allows.

    Round-robin: the first record of each task (in ``tasks`` order), then the second of each,
    ...; within a task the languages alternate (in ``languages`` order), each in source order.
    """
    by_task: dict[str, list[MultiPrivRecord]] = {}
    for task in tasks:
        per_language = [
            [r for r in records if r.task == task and r.language == language]
            for language in languages
        ]
        by_task[task] = _round_robin(per_language)
    return _round_robin(list(by_task.values()))


def _round_robin(groups: Sequence[Sequence[MultiPrivRecord]]) -> list[MultiPrivRecord]:
    """The first item of each group, then the second of each, ... (empty groups skipped)."""
    out: list[MultiPrivRecord] = []
    for i in range(max((len(g) for g in groups), default=0)):
        out.extend(g[i] for g in groups if i < len(g))
    return out


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
