"""Fetch the official SPY-Bench data into the vlm-privacy cache.

Source
    SPY-Bench, from "Specify Privacy Yourself: Assessing Inference-Time Personalized Privacy
    Preservation Ability of Large Vision-Language Models" (Wang et al., ACM MM 2025),
    https://github.com/achernarwang/specify-privacy-yourself, pinned at commit
    ``3743ea16c612185a6b102fb2d707bcd760354103``: ``benchmark/data/questions.json`` and
    ``benchmark/data/label2text.json`` (MIT License, copyright 2025 Xingqi Wang).

    Images come from the test split of VISPR (Orekondy et al., "Towards a Visual Privacy
    Advisor", ICCV 2017), https://datasets.d2.mpi-inf.mpg.de/orekondy17iccv/test2017.tar.gz.
    Only the images that ``questions.json`` references are extracted; the archive is deleted
    afterwards.

License note
    VISPR images are Flickr photos that the VISPR authors distribute for research use only;
    several show personal information. Do not redistribute them, and use them only for
    research, under the terms of https://tribhuvanesh.github.io/vpa/.

Layout
    The data directory follows the authors' layout::

        questions.json
        label2text.json
        images/test2017/2017_10000580.jpg ...

Using a local copy
    If you already have the data in that layout, pass it to the tasks with
    ``-T data_dir=PATH`` and nothing is downloaded. If you downloaded the image archive by
    hand, run ``vlm-privacy download spy-bench --images-url /path/to/test2017.tar.gz``
    (``--questions-url`` and ``--label2text-url`` take local paths too).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spy_bench.schema import item_problems
from vlm_privacy.cache import cache_dir, clear_complete, is_complete, mark_complete
from vlm_privacy.errors import DataValidationError, DownloadError
from vlm_privacy.fetch import extract_by_name, fetch_file, removed_on_failure
from vlm_privacy.files import relative_inside

SPY_BENCH_REPO = "achernarwang/specify-privacy-yourself"
"""GitHub repository of the official SPY-Bench release."""

SPY_BENCH_COMMIT = "3743ea16c612185a6b102fb2d707bcd760354103"
"""Pinned revision of :data:`SPY_BENCH_REPO`."""

RAW_BASE_URL = (
    f"https://raw.githubusercontent.com/{SPY_BENCH_REPO}/{SPY_BENCH_COMMIT}/benchmark/data"
)
QUESTIONS_URL = f"{RAW_BASE_URL}/questions.json"
LABEL2TEXT_URL = f"{RAW_BASE_URL}/label2text.json"
IMAGES_URL = "https://datasets.d2.mpi-inf.mpg.de/orekondy17iccv/test2017.tar.gz"
"""The VISPR test archive holding the images SPY-Bench uses."""

QUESTIONS_FILE = "questions.json"
LABEL2TEXT_FILE = "label2text.json"
MISSING_SHOWN = 5
"""How many missing images an error message lists."""


def default_data_dir() -> Path:
    """Return the cache directory that holds the pinned SPY-Bench data (created if needed)."""
    return cache_dir("spy_bench", SPY_BENCH_COMMIT[:12])


def _local_hint(option: str) -> str:
    """Advice, for error messages, on using a file downloaded by hand."""
    return (
        f"download it by hand and pass its local path (vlm-privacy download spy-bench "
        f"{option} PATH), or give the tasks a ready data directory with -T data_dir=PATH"
    )


def _load_json(path: Path, source: str) -> Any:
    """Parse the JSON file at ``path``, downloaded from ``source``."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as ex:
        raise DataValidationError(
            f"{source} (saved as {path}) is not valid JSON: {ex}. Check that the URL points to "
            "the raw file (not an HTML page), then run again with --force."
        ) from ex


def referenced_images(questions: Any, source: str) -> list[str]:
    """Return the image paths that a parsed ``questions.json`` references, sorted, unique.

    Paths are ``benchmark_list[*].question_item.image_path``, relative to the data directory
    (``images/test2017/<name>.jpg``). Each item is checked against
    :class:`spy_bench.schema.SpyItem` (labels are checked when the task loads the data): an
    item that does not follow it, such as an image path that is absolute or climbs out with
    ``..``, raises :class:`~vlm_privacy.errors.DataValidationError` naming ``source``.
    """
    items = questions.get("benchmark_list") if isinstance(questions, dict) else None
    if not isinstance(items, list):
        raise DataValidationError(
            f"{source} has no 'benchmark_list' list: it is not a SPY-Bench questions.json. "
            "Check the questions URL or path."
        )
    paths: set[str] = set()
    for index, item in enumerate(items):
        problems = item_problems(item, None)
        if problems:
            raise DataValidationError(
                f"{source}: benchmark_list[{index}] is not a SPY-Bench item: "
                f"{'; '.join(problems)}. Check the questions URL or path."
            )
        paths.add(relative_inside(item["question_item"]["image_path"]))  # type: ignore[arg-type]
    return sorted(paths)


def _check_label2text(path: Path, source: str) -> None:
    """Check that ``label2text.json`` maps labels to texts."""
    labels = _load_json(path, source)
    if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
        raise DataValidationError(
            f"{source} is not a label2text.json: expected an object mapping labels to texts. "
            "Check the label2text URL or path."
        )


def _extract_images(source: str, data_dir: Path, wanted: list[str], *, progress: bool) -> None:
    """Extract the ``wanted`` images from the archive at ``source`` into ``data_dir``."""
    extract_by_name(
        source,
        data_dir,
        wanted,
        option="--images-url / images_url",
        default_name="images.tar.gz",
        progress=progress,
        local_hint=_local_hint("--images-url"),
    )


def _missing(data_dir: Path, images: list[str]) -> list[str]:
    """Return the referenced images that are not files under ``data_dir``."""
    return [path for path in images if not (data_dir / path).is_file()]


def ensure_spy_bench_data(
    dest: Path | None = None,
    *,
    force: bool = False,
    questions_url: str | None = None,
    label2text_url: str | None = None,
    images_url: str | None = None,
    progress: bool = True,
) -> Path:
    """Make sure the SPY-Bench data is in ``dest`` (default: the cache); return that directory.

    A directory marked complete is returned at once, without network access, unless
    ``force``. Otherwise ``questions.json`` and ``label2text.json`` are downloaded, then the
    VISPR test archive, from which only the images the questions reference are extracted
    (when every referenced image is already there and not ``force``, the archive is not
    downloaded). The directory is marked complete last; on failure, everything this call
    added to it is removed again (:func:`~vlm_privacy.fetch.removed_on_failure`). The
    ``*_url`` parameters take URLs or local paths and default to the pinned official sources.
    """
    data_dir = Path(dest) if dest is not None else default_data_dir()
    if not force and is_complete(data_dir):
        return data_dir
    with removed_on_failure(data_dir):
        data_dir.mkdir(parents=True, exist_ok=True)
        clear_complete(data_dir)

        questions_src = str(questions_url or QUESTIONS_URL)
        label2text_src = str(label2text_url or LABEL2TEXT_URL)
        images_src = str(images_url or IMAGES_URL)

        questions_path = fetch_file(
            questions_src,
            data_dir / QUESTIONS_FILE,
            progress=progress,
            local_hint=_local_hint("--questions-url"),
        )
        label2text_path = fetch_file(
            label2text_src,
            data_dir / LABEL2TEXT_FILE,
            progress=progress,
            local_hint=_local_hint("--label2text-url"),
        )
        questions = _load_json(questions_path, questions_src)
        images = referenced_images(questions, questions_src)
        _check_label2text(label2text_path, label2text_src)

        wanted = images if force else _missing(data_dir, images)
        if wanted:
            _extract_images(images_src, data_dir, wanted, progress=progress)
        missing = _missing(data_dir, images)
        if missing:
            shown = ", ".join(missing[:MISSING_SHOWN])
            more = (
                f" and {len(missing) - MISSING_SHOWN} more" if len(missing) > MISSING_SHOWN else ""
            )
            raise DownloadError(
                f"{len(missing)} of {len(images)} images referenced by {questions_src} are not in "
                f"the archive {images_src}: {shown}{more}. Check that the images URL points to the "
                f"VISPR test2017.tar.gz archive, or put the images at {data_dir}/<image_path> "
                "yourself and run again."
            )

    mark_complete(
        data_dir,
        {
            "dataset": "spy_bench",
            "repo": SPY_BENCH_REPO,
            "commit": SPY_BENCH_COMMIT,
            "questions_url": questions_src,
            "label2text_url": label2text_src,
            "images_url": images_src,
            "questions": len(questions["benchmark_list"]),
            "images": len(images),
        },
    )
    return data_dir
