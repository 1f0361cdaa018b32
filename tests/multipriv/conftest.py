"""Fixtures for the MultiPriv tests: a private cache, small synthetic data, scripted models."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from multipriv_testlib import PROFILES

from multipriv.fonts import CjkFontError, find_cjk_font
from multipriv.synthetic import generate

CJK_PACKAGE = "fonts-wqy-microhei"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the vlm-privacy cache at a temporary folder for the whole session."""
    root = tmp_path_factory.mktemp("cache")
    old = os.environ.get("VLM_PRIVACY_CACHE")
    os.environ["VLM_PRIVACY_CACHE"] = str(root)
    yield root
    if old is None:
        os.environ.pop("VLM_PRIVACY_CACHE", None)
    else:
        os.environ["VLM_PRIVACY_CACHE"] = old


@pytest.fixture(scope="session")
def cjk_font() -> Path:
    """A CJK font for Chinese rendering. CI must have one: there a missing font fails."""
    try:
        return find_cjk_font()
    except CjkFontError as ex:
        message = f"Chinese rendering needs a CJK font (apt-get install {CJK_PACKAGE}): {ex}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def synthetic_en(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """English synthetic data written by the generator (Pillow's built-in font)."""
    return generate(tmp_path_factory.mktemp("syn_en"), seed=0, profiles=PROFILES, languages=["en"])


@pytest.fixture(scope="session")
def synthetic_zh(tmp_path_factory: pytest.TempPathFactory, cjk_font: Path) -> Path:
    """Chinese synthetic data (needs the CJK font)."""
    return generate(
        tmp_path_factory.mktemp("syn_zh"),
        seed=0,
        profiles=PROFILES,
        languages=["zh"],
        font=cjk_font,
    )
