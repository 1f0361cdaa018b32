"""The SPY-Bench item schema: one pydantic model per level of the authors' ``questions.json``.

:class:`SpyItem` is the one declaration of a SPY-Bench item; the loader
(:func:`spy_bench.dataset.validate_items`), the downloader (:mod:`spy_bench.download`) and
SPY-Tune (:class:`spy_bench.tune.data.SpyTuneItem` extends it) all check items with it. Items
stay the JSON objects they are (the prompt builders read them as mappings); the models only
check them. Validator messages are the phrases users see inside the loader's error, which adds
the file and the item (:mod:`vlm_privacy.schema`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from vlm_privacy.files import relative_inside
from vlm_privacy.schema import FIELD, problems

SCENARIO_FIELDS = ("scenario", "2nd_person_template")


def _fills_once(template: Any) -> bool:
    """Whether ``template`` is a string that ``str.format`` fills with exactly one value."""
    if not isinstance(template, str) or "{}" not in template:
        return False
    try:
        template.format("")
    except (IndexError, KeyError, ValueError, AttributeError):
        return False
    return True


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_id(value: Any) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or _is_text(value)


def nonempty_text(message: str) -> Any:
    """A before-validator: the value must be a non-empty string, else ``message``."""

    def check(value: Any) -> Any:
        if not _is_text(value):
            raise ValueError(message)
        return value

    return BeforeValidator(check)


def _ident(message: str) -> Any:
    """A before-validator: the value must be an integer or a non-empty string."""

    def check(value: Any) -> Any:
        if not _is_id(value):
            raise ValueError(message)
        return value

    return BeforeValidator(check)


class SpyScenario(BaseModel):
    """One scenario of an item (``privacy_scenarios`` / ``non_privacy_scenarios``)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    scenario: Annotated[str, nonempty_text(f"{FIELD} must be a non-empty string (its id)")]
    """The scenario id (unique within its list)."""
    template: str = Field(alias="2nd_person_template")
    """The question wrapped in the scenario; one ``{}`` where the question goes."""

    @model_validator(mode="before")
    @classmethod
    def _has_fields(cls, value: Any) -> Any:
        if not isinstance(value, dict) or any(f not in value for f in SCENARIO_FIELDS):
            raise ValueError(f"{FIELD} needs fields {list(SCENARIO_FIELDS)}")
        return value

    @field_validator("template", mode="before")
    @classmethod
    def _fills(cls, value: Any) -> Any:
        if not _fills_once(value):
            raise ValueError(
                f"{FIELD} must be a string with one '{{}}' for the question (and no other braces)"
            )
        return value


def _image_path(value: Any) -> Any:
    if not _is_text(value) or "\x00" in value:
        raise ValueError(
            f"{FIELD} must be a file path (relative to the data directory, e.g. "
            "images/test2017/2017_10000580.jpg)"
        )
    if relative_inside(value) is None:
        raise ValueError(
            f"{FIELD} {value!r} must be a relative path inside the data directory (like "
            "images/test2017/x.jpg): absolute paths and '..' are refused, so that no file "
            "outside the data folder is sent to the model"
        )
    return value


class SpyQuestion(BaseModel):
    """An item's ``question_item``: the image and the question."""

    model_config = ConfigDict(extra="allow")

    question_id: Annotated[int | str, _ident(f"{FIELD} must be a string or an integer")]
    image_path: Annotated[str, BeforeValidator(_image_path)]
    """Relative to the data directory; never absolute, never climbing out with ``..``."""
    question: Annotated[str, nonempty_text(f"{FIELD} must be a non-empty string")]


class SpyItem(BaseModel):
    """One SPY-Bench item, as in the authors' ``questions.json`` (``benchmark_list``).

    Validate with ``SpyItem.model_validate(item, context={"label2text": labels})`` (the label
    checks need the taxonomy; an item's own ``label2text`` wins). The loaders keep the item as
    the JSON object it is: this model only checks it (:func:`validate_items`).
    """

    model_config = ConfigDict(extra="allow")

    benchmark_id: Annotated[int | str, _ident(f"{FIELD} must be a non-empty string or an integer")]
    """Unique; sample ids are ``<benchmark_id>:<situation>[:<scenario>]``."""
    label: str
    other_labels: dict[str, Any]
    """Label -> 0/1 flag (the target's own flag is ignored), in the order instructions list them."""
    question_item: SpyQuestion
    non_privacy_scenarios: list[SpyScenario] = []
    """Conflict scenarios (situation 5)."""
    privacy_scenarios: list[SpyScenario] = []
    """Compatible scenarios (situations 3 and 4)."""
    instruct_templates: tuple[str, str] | None = None
    """Non-private and private instruction templates (default :data:`INSTRUCT_TEMPLATES`)."""
    label2text: dict[str, str] | None = None
    """The item's own taxonomy (default: the file's ``label2text.json``)."""

    @field_validator("label", mode="before")
    @classmethod
    def _label_type(cls, value: Any) -> Any:
        if not isinstance(value, str):
            raise ValueError(f"{FIELD} must be a label id string, e.g. 'a31_passport'")
        return value

    @field_validator("question_item", mode="before")
    @classmethod
    def _question_item_type(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError(f"{FIELD} must be an object")
        return value

    @field_validator("other_labels", mode="before")
    @classmethod
    def _other_labels_type(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError(f"{FIELD} must be an object of label -> 0/1")
        return value

    @field_validator("non_privacy_scenarios", "privacy_scenarios", mode="before")
    @classmethod
    def _scenario_list(cls, value: Any) -> Any:
        if not isinstance(value, list):
            raise ValueError(f"{FIELD} must be a list")
        return value

    @field_validator("non_privacy_scenarios", "privacy_scenarios")
    @classmethod
    def _unique_scenarios(cls, value: list[SpyScenario], info: ValidationInfo) -> Any:
        seen: set[str] = set()
        for i, sc in enumerate(value):
            if sc.scenario in seen:
                raise ValueError(f"'{info.field_name}[{i}].scenario' repeats {sc.scenario!r}")
            seen.add(sc.scenario)
        return value

    @field_validator("instruct_templates", mode="before")
    @classmethod
    def _templates(cls, value: Any) -> Any:
        if value is not None and (
            not isinstance(value, list | tuple)
            or len(value) != 2
            or not all(_fills_once(t) for t in value)
        ):
            raise ValueError(f"{FIELD} must be two strings, each with one '{{}}' for the category")
        return value

    @field_validator("label2text", mode="before")
    @classmethod
    def _own_labels(cls, value: Any) -> Any:
        if not isinstance(value, dict) or not all(_is_text(v) for v in value.values()):
            raise ValueError(f"{FIELD} must be an object mapping label ids to non-empty texts")
        return value

    @model_validator(mode="after")
    def _labels_known(self, info: ValidationInfo) -> SpyItem:
        labels = self.label2text
        where = " (not in the item's 'label2text')" if labels is not None else ""
        if labels is None:
            labels = (info.context or {}).get("label2text")
        if labels is None:
            return self
        problems = []
        if self.label not in labels:
            problems.append(f"unknown label '{self.label}' (field 'label'){where}")
        unknown = [k for k in self.other_labels if k not in labels]
        if unknown:
            problems.append(f"unknown label(s) {unknown[:3]} in 'other_labels'{where}")
        bad = [k for k, v in self.other_labels.items() if k != self.label and v not in (0, 1)]
        if bad:
            problems.append(f"'other_labels' flags must be 0 or 1 (bad: {bad[:3]})")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def item_problems(
    item: Any, label2text: Mapping[str, str] | None, schema: type[SpyItem] = SpyItem
) -> list[str]:
    """Everything wrong with one item against ``schema``, as short phrases naming the field
    (labels are checked against ``label2text``, or not at all when it is ``None``)."""
    if not isinstance(item, dict):
        return [f"is a {type(item).__name__}, not an object"]
    try:
        schema.model_validate(item, context={"label2text": label2text})
    except ValidationError as ex:
        return [p.message for p in problems(ex)]
    return []
