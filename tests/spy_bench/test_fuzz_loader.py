"""Property-based tests of the SPY-Bench item loader: bad input gives a clear validation error.

Hypothesis mutates valid official-schema items (a field deleted, or replaced by arbitrary JSON
or by a value chosen to trip the prompt builder) and writes arbitrary ``questions.json``
files. Whatever it makes, the loader either builds samples or raises
:class:`~vlm_privacy.errors.DataValidationError` naming the field at fault; no other exception
gets out. Each test prints how many cases it generated (``pytest -rA`` or ``-s`` shows it).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spy_bench.dataset import (
    packaged_label2text,
    record_to_samples,
    spy_bench_dataset,
    validate_items,
)
from spy_bench.synthetic import synthetic_items, write_synthetic_spy_bench
from vlm_privacy.errors import DataValidationError

EXAMPLES = 400
"""Hypothesis examples per property."""

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

BASE = synthetic_items(6, 6, seed=3)
"""Valid items (each with one conflict and one compatible scenario) to start from."""

# Where to break an item; the message must name the first component (and the last, if a name).
PATHS: list[tuple[Any, ...]] = [
    ("benchmark_id",),
    ("label",),
    ("other_labels",),
    ("other_labels", "*"),
    ("question_item",),
    ("question_item", "question_id"),
    ("question_item", "image_path"),
    ("question_item", "question"),
    ("non_privacy_scenarios",),
    ("privacy_scenarios",),
    ("non_privacy_scenarios", 0),
    ("privacy_scenarios", 0),
    ("non_privacy_scenarios", 0, "scenario"),
    ("non_privacy_scenarios", 0, "2nd_person_template"),
    ("privacy_scenarios", 0, "scenario"),
    ("privacy_scenarios", 0, "2nd_person_template"),
    ("instruct_templates",),
    ("label2text",),
]

TRICKY: list[Any] = [
    "",
    " ",
    "{}",
    "{} {}",
    "{0}{1}",
    "{x} {}",
    "{",
    "}",
    "a\x00b",
    "../../etc/passwd",
    "/",
    "a31_passport",
    "a0_safe",
    "00000001",
    0.5,
    2,
    -1,
    True,
    None,
    [],
    {},
    ["{}", "{}"],
    ["{} a", "{}"],
    {"{}": "x"},
    [["nested"]],
    {"a31_passport": "passport"},
    {"a31_passport": 1},
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
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
values = st.sampled_from(TRICKY) | json_values


@st.composite
def broken_items(draw: st.DrawFn) -> tuple[int, dict[str, Any], tuple[Any, ...]]:
    """A valid item with one field deleted or replaced: (base index, item, field path)."""
    index = draw(st.integers(0, len(BASE) - 1))
    item = copy.deepcopy(BASE[index])
    path = draw(
        st.sampled_from(
            [p for p in PATHS if _exists(item, p if isinstance(p[-1], int) else p[:-1])]
        )
    )
    if path[-1] == "*":
        path = (*path[:-1], draw(st.sampled_from(sorted(item["other_labels"]))))
    parent: Any = item
    for key in path[:-1]:
        parent = parent[key]
    if draw(st.booleans()) and not isinstance(path[-1], int):
        parent.pop(path[-1], None)
    else:
        parent[path[-1]] = draw(values)
    return index, item, path


def _exists(item: Any, path: tuple[Any, ...]) -> bool:
    for key in path:
        try:
            item = item[key]
        except (KeyError, IndexError, TypeError):
            return False
    return True


def _field_names(path: tuple[Any, ...]) -> list[str]:
    names = [str(path[0])]
    if len(path) > 1 and isinstance(path[-1], str) and path[0] != "other_labels":
        names.append(path[-1])
    return names


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Images for every base item, in the authors' layout."""
    root = write_synthetic_spy_bench(tmp_path_factory.mktemp("fuzz"), n_items=6, n_images=6)
    assert all((root / it["question_item"]["image_path"]).is_file() for it in BASE)
    return root


def test_broken_items_give_validation_errors_naming_the_field(data_dir: Path) -> None:
    label2text = packaged_label2text()
    outcome: Counter[str] = Counter()

    @SETTINGS
    @given(broken_items())
    def check(case: tuple[int, dict[str, Any], tuple[Any, ...]]) -> None:
        index, item, path = case
        items = [BASE[(index + 1) % len(BASE)], item]  # a good item first, then the broken one
        try:
            validate_items(items, label2text, source="questions.json", data_dir=data_dir)
        except DataValidationError as ex:
            message = str(ex)
            for name in _field_names(path):
                assert name in message, f"{name!r} not named in: {message}"
            assert "item 1 " in message  # the broken item, not the good one
            outcome["rejected"] += 1
            return
        samples = [s for it in items for s in record_to_samples(it, label2text)]
        assert samples
        assert len({s.id for s in samples}) == len(samples)
        for sample in samples:
            assert isinstance(sample.metadata["question"], str)
            assert isinstance(sample.metadata["topic"], str)
            assert isinstance(sample.input, str) and sample.input.strip()
        outcome["accepted"] += 1

    check()
    total = sum(outcome.values())
    print(
        f"\nSPY item loader fuzz: {total} generated items, {outcome['rejected']} rejected with "
        f"a DataValidationError naming the field, {outcome['accepted']} still valid and built"
    )
    assert outcome["rejected"] > 0 and total >= EXAMPLES // 2


questions_documents = (
    json_values
    | st.builds(lambda items: {"benchmark_list": items}, st.lists(json_values, max_size=3))
    | st.builds(
        lambda item, extra: {"benchmark_list": [item, extra]},
        st.sampled_from(BASE),
        json_values | st.dictionaries(st.sampled_from(sorted(BASE[0])), values, max_size=6),
    )
)


def test_arbitrary_questions_files_give_validation_errors(data_dir: Path, tmp_path: Path) -> None:
    outcome: Counter[str] = Counter()
    target = tmp_path / "data"
    target.mkdir()
    (target / "label2text.json").write_text(json.dumps(packaged_label2text()))
    (target / "images").symlink_to(data_dir / "images", target_is_directory=True)

    @SETTINGS
    @given(questions_documents | st.binary(max_size=64))
    def check(document: Any) -> None:
        raw = document if isinstance(document, bytes) else json.dumps(document).encode()
        (target / "questions.json").write_bytes(raw)
        try:
            dataset = spy_bench_dataset(target)
        except DataValidationError as ex:
            assert "questions.json" in str(ex)
            outcome["rejected"] += 1
            return
        assert all(isinstance(s.metadata["question"], str) for s in dataset)
        outcome["accepted"] += 1

    check()
    total = sum(outcome.values())
    print(
        f"\nquestions.json fuzz: {total} generated files, {outcome['rejected']} rejected with a "
        f"DataValidationError naming the file, {outcome['accepted']} loaded"
    )
    assert outcome["rejected"] > 0 and total >= EXAMPLES // 2


def test_deeply_nested_questions_file_is_a_validation_error(tmp_path: Path) -> None:
    (tmp_path / "label2text.json").write_text(json.dumps(packaged_label2text()))
    (tmp_path / "questions.json").write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(DataValidationError, match="questions.json"):
        spy_bench_dataset(tmp_path)
