"""Property-based tests of the MultiPriv record loader: bad input gives a clear validation error.

Hypothesis mutates valid records of every answer type (a field deleted, replaced by arbitrary
JSON or by a value chosen to trip the loader, or an unknown field added) and writes arbitrary
``.jsonl`` / ``.json`` files. Whatever it makes, :func:`multipriv.dataset.load_records` either
returns records that :func:`~multipriv.dataset.record_to_sample` turns into samples, or raises
:class:`~vlm_privacy.errors.DataValidationError` naming the file, the line and the field; no
other exception gets out. Each test prints how many cases it generated (``-rA`` or ``-s``).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from multipriv.dataset import OPTIONAL_FIELDS, REQUIRED_FIELDS, load_records, record_to_sample
from vlm_privacy.errors import DataValidationError

EXAMPLES = 400
"""Hypothesis examples per property."""

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

FIELDS = (*REQUIRED_FIELDS, *OPTIONAL_FIELDS)

BASE: list[dict[str, Any]] = [
    {
        "id": "yn-1",
        "task": "direct_identifier",
        "language": "en",
        "images": ["img/a.png"],
        "question": "Is there a passport in the image?",
        "answer_type": "yes_no",
        "answer": "yes",
        "category": "identity_document",
        "attribute": "passport",
    },
    {
        "id": "mc-1",
        "task": "cross_validation",
        "language": "zh",
        "images": ["img/a.png", "img/b.png"],
        "question": "两张图片里是同一个人吗？",
        "answer_type": "multiple_choice",
        "choices": ["是", "不是", "无法判断"],
        "answer": "B",
        "context": "资料：张三，30 岁。",
        "metadata": {"source": "fuzz"},
    },
    {
        "id": "ft-1",
        "task": "information_extraction",
        "language": "en",
        "images": ["img/b.png"],
        "question": "What is the card number?",
        "answer_type": "free_text",
        "answer": "4111 1111 1111 1111",
        "aliases": ["4111111111111111"],
        "profile_id": "p-7",
    },
    {
        "id": "bb-1",
        "task": "region_localization",
        "language": "en",
        "images": ["img/a.png"],
        "question": "Where is the face?",
        "answer_type": "bbox",
        "answer": [4, 6, 20, 30],
        "image_size": [32, 40],
    },
]

TRICKY: list[Any] = [
    "",
    " ",
    "yes",
    "B",
    "Z",
    "bbox",
    "free_text",
    "zh",
    "fr",
    "direct_identifier",
    "identity_document",
    "img/missing.png",
    "~no_such_user_xyz/a.png",
    "a\x00b",
    "/",
    "..",
    "line\u2028break",
    "tab\tand\x85next",
    0,
    -1,
    1.5,
    float("nan"),
    1e308,
    True,
    None,
    [],
    {},
    [0, 0, 0, 0],
    [5, 5, 1, 1],
    [0, 0, 32, 40],
    [0, 0, 33, 41],
    [1, 2],
    [True, 3],
    ["img/a.png"],
    ["img/a.png", "img/a.png"],
    ["a"],
    ["a", "b"],
    [""],
    {"nested": {"deep": [1, 2]}},
]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
values = st.sampled_from(TRICKY) | json_values


def _paths(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Every field, and every element of a list field, of ``record``; plus every optional field."""
    out: list[tuple[Any, ...]] = [(k,) for k in FIELDS]
    for key, value in record.items():
        if isinstance(value, list):
            out += [(key, i) for i in range(len(value))]
    return out


@st.composite
def broken_records(draw: st.DrawFn) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """A valid record with one field deleted, replaced or added; returns it and the path."""
    record = copy.deepcopy(draw(st.sampled_from(BASE)))
    action = draw(st.sampled_from(["replace", "delete", "unknown"]))
    if action == "unknown":
        name = draw(st.text(min_size=1, max_size=10).filter(lambda n: n not in FIELDS))
        record[name] = draw(values)
        return record, (name,)
    path = draw(st.sampled_from(_paths(record)))
    parent: Any = record
    for key in path[:-1]:
        parent = parent[key]
    if action == "delete" and not isinstance(path[-1], int):
        parent.pop(path[-1], None)
    else:
        parent[path[-1]] = draw(values)
    return record, path


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mp-fuzz")
    (root / "img").mkdir()
    Image.new("RGB", (32, 40), (10, 20, 30)).save(root / "img" / "a.png")
    Image.new("RGB", (24, 24), (200, 20, 30)).save(root / "img" / "b.png")
    return root


def _write_jsonl(path: Path, records: list[Any]) -> None:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def test_base_records_are_valid(data_dir: Path) -> None:
    _write_jsonl(data_dir / "base.jsonl", BASE)
    records = load_records(data_dir / "base.jsonl")
    assert [r.id for r in records] == [b["id"] for b in BASE]


def test_broken_records_give_validation_errors_naming_the_field(data_dir: Path) -> None:
    outcome: Counter[str] = Counter()
    path = data_dir / "fuzz.jsonl"

    @SETTINGS
    @given(broken_records())
    def check(case: tuple[dict[str, Any], tuple[Any, ...]]) -> None:
        record, field_path = case
        good = next(b for b in BASE if b["id"] != record.get("id"))
        _write_jsonl(path, [good, record])
        try:
            records = load_records(path)
        except DataValidationError as ex:
            message = str(ex)
            assert f"{path}:2" in message, message  # the broken record, by file and line
            assert "fuzz.jsonl:1" not in message, message  # not the good one
            named = [f for f in (*FIELDS, str(field_path[0])) if f in message]
            assert named or "record must be a JSON object" in message, message
            key = field_path[0]
            if key in FIELDS and key not in ("answer_type", "choices", "image_size", "images"):
                # a field others depend on may be reported through them; the rest by name
                assert key in message or "answer" in message, message
            outcome["rejected"] += 1
            return
        assert len(records) == 2
        for r in records:
            sample = record_to_sample(r)
            assert sample.id == r.id and sample.input[0].text.strip()
        outcome["accepted"] += 1

    check()
    total = sum(outcome.values())
    print(
        f"\nMultiPriv record loader fuzz: {total} generated records, {outcome['rejected']} "
        f"rejected with a DataValidationError naming file, line and field, "
        f"{outcome['accepted']} still valid and built"
    )
    assert outcome["rejected"] > 0 and total >= EXAMPLES // 2


record_files = (
    st.lists(json_values | st.sampled_from(BASE), max_size=3).map(
        lambda rs: ("x.jsonl", "\n".join(json.dumps(r) for r in rs).encode())
    )
    | json_values.map(lambda doc: ("x.json", json.dumps(doc).encode()))
    | st.lists(st.sampled_from(BASE) | json_values, max_size=3).map(
        lambda rs: ("x.json", json.dumps({"records": rs}).encode())
    )
    | st.tuples(st.sampled_from(["x.jsonl", "x.json"]), st.binary(max_size=64))
)


def test_arbitrary_record_files_give_validation_errors(data_dir: Path) -> None:
    outcome: Counter[str] = Counter()

    @SETTINGS
    @given(record_files)
    def check(case: tuple[str, bytes]) -> None:
        name, raw = case
        path = data_dir / name
        path.write_bytes(raw)
        try:
            records = load_records(path)
        except DataValidationError as ex:
            assert str(path) in str(ex), str(ex)
            outcome["rejected"] += 1
            return
        for r in records:
            record_to_sample(r)
        outcome["accepted"] += 1

    check()
    total = sum(outcome.values())
    print(
        f"\nMultiPriv record file fuzz: {total} generated files, {outcome['rejected']} rejected "
        f"with a DataValidationError naming the file, {outcome['accepted']} loaded"
    )
    assert outcome["rejected"] > 0 and total >= EXAMPLES // 2


# Former gaps of the loader (src/multipriv/dataset.py): unknown-user "~" paths, JSON nested
# too deeply for the parser, and JSONL lines holding U+2028/U+0085 inside strings.


def test_image_path_with_unknown_home_is_a_validation_error(data_dir: Path) -> None:
    record = {**copy.deepcopy(BASE[0]), "images": ["~no_such_user_xyz/a.png"]}
    _write_jsonl(data_dir / "tilde.jsonl", [record])
    with pytest.raises(DataValidationError, match="images|image"):
        load_records(data_dir / "tilde.jsonl")


@pytest.mark.parametrize("name", ["deep.jsonl", "deep.json"])
def test_deeply_nested_record_file_is_a_validation_error(name: str, data_dir: Path) -> None:
    (data_dir / name).write_text("[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(DataValidationError, match=name):
        load_records(data_dir / name)


texts = st.text(min_size=1, max_size=30).filter(lambda t: t.strip())


def test_written_records_load_back_unchanged(data_dir: Path) -> None:
    """``write_records`` then ``load_records`` is the identity, whatever the text fields hold."""
    from multipriv.dataset import validate_record, write_records

    count = Counter()

    @SETTINGS
    @given(st.sampled_from(BASE), texts, texts)
    @example(BASE[2], "What is on the card?", "Line one\u2028line two")
    def check(base: dict[str, Any], question: str, context: str) -> None:
        raw = {**copy.deepcopy(base), "question": question, "context": context}
        record = validate_record(raw, data_dir)
        path = data_dir / "roundtrip.jsonl"
        write_records([record], path, data_dir)
        (loaded,) = load_records(path)
        assert loaded == record
        count["cases"] += 1

    check()
    print(f"\nMultiPriv write/load round trip: {count['cases']} generated records")
    assert count["cases"] >= EXAMPLES // 2
