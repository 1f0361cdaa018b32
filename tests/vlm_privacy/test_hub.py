"""Fast, one-line failures for Hub checkpoints (:mod:`vlm_privacy.hub`), down to ``inspect eval``.

The Hub is a closed loopback port: nothing listens, so every request is refused at once, as
on a machine without network. ``HF_HUB_OFFLINE`` is unset where a test needs the Hub asked.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spy_bench.synthetic import write_synthetic_spy_bench
from vlm_privacy import hub
from vlm_privacy.hub import HubUnreachableError, LocalModelNotFoundError, hub_load_args


def closed_port_url() -> str:
    """``http://127.0.0.1:PORT`` for a loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture
def dead_hub(monkeypatch: pytest.MonkeyPatch) -> str:
    """Point the Hub at a closed port and leave offline mode off."""
    url = closed_port_url()
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setattr(hub, "hub_endpoint", lambda: url)
    return url


def fake_cached_checkpoint(cache: Path, repo: str) -> None:
    """The Hugging Face cache layout of a downloaded ``repo`` (refs/main -> one snapshot)."""
    folder = cache / f"models--{repo.replace('/', '--')}"
    commit = "0" * 40
    (folder / "refs").mkdir(parents=True)
    (folder / "refs" / "main").write_text(commit)
    (folder / "snapshots" / commit).mkdir(parents=True)
    (folder / "snapshots" / commit / "config.json").write_text("{}")


def test_local_folder_needs_no_hub(tmp_path: Path, dead_hub: str) -> None:
    assert hub_load_args(str(tmp_path)) == {}


def test_path_that_names_nothing_says_so(tmp_path: Path) -> None:
    with pytest.raises(LocalModelNotFoundError, match=r"does not exist.*double slash"):
        hub_load_args(str(tmp_path / "missing" / "model"), option="--model")


def test_unreachable_hub_and_uncached_model_fail_at_once(dead_hub: str) -> None:
    start = time.monotonic()
    with pytest.raises(HubUnreachableError) as info:
        hub_load_args("nobody/no-such-model")
    assert time.monotonic() - start < hub.PROBE_TIMEOUT_S
    message = str(info.value)
    assert "'nobody/no-such-model' could not be fetched" in message
    assert dead_hub in message and "HF_HUB_OFFLINE=1" in message and "local folder" in message


def test_unreachable_hub_loads_a_cached_model_from_the_cache(
    dead_hub: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path))
    fake_cached_checkpoint(tmp_path, "someone/cached-vlm")
    assert hub_load_args("someone/cached-vlm") == {"local_files_only": True}
    with pytest.raises(HubUnreachableError):
        hub_load_args("someone/other-vlm")


def test_offline_mode_leaves_loading_to_transformers(
    dead_hub: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert hub_load_args("nobody/no-such-model") == {}


@pytest.mark.slow
def test_inspect_eval_with_unreachable_hub_ends_in_seconds_with_one_message(
    tmp_path: Path,
) -> None:
    """The newcomer's first command without network: no retry loop, one message."""
    data = write_synthetic_spy_bench(tmp_path / "spy", n_items=2)
    env = {
        k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    }
    env.update(HF_ENDPOINT=closed_port_url(), HF_HOME=str(tmp_path / "hf"), NO_COLOR="1")
    start = time.monotonic()
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "inspect"),
            "eval",
            "spy_bench/no_scenario",
            "-T",
            f"data_dir={data}",
            "--model",
            "hf-vlm/nobody/no-such-model",
            "-M",
            "device=cpu",
            "--limit",
            "2",
            "--display",
            "plain",
            "--log-dir",
            str(tmp_path / "logs"),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    elapsed = time.monotonic() - start
    output = " ".join((result.stdout + result.stderr).split())
    assert result.returncode != 0
    assert "The model 'nobody/no-such-model' could not be fetched" in output
    assert "HF_HUB_OFFLINE=1" in output
    assert "Retrying" not in output and "Traceback" not in output
    assert elapsed < 60, f"took {elapsed:.0f} s"
