"""Session-wide fixtures shared by every test folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tiny_vlm_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny real LLaVA checkpoint (about 0.3 MB), built offline once per session.

    Load it with ``get_model(f"hf-vlm/{tiny_vlm_path}", device="cpu")``; its answers are
    gibberish, but images, chat templates and generation run a real forward pass.
    """
    from vlm_privacy.testing.tiny_vlm import build_tiny_llava

    return build_tiny_llava(tmp_path_factory.mktemp("tiny_vlm") / "tiny-llava", seed=0)


@pytest.fixture
def server():
    """A local HTTP file server (see :mod:`vlm_privacy.testing.http`) for one test."""
    from vlm_privacy.testing.http import serve_files

    with serve_files() as files:
        yield files
