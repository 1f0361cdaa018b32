"""SPY-Tune recipes end to end on the tiny VLM: each method trains 2 steps on a 4-item fixture,
changes the weights, and the output evaluates through ``--model hf-vlm/<out>`` on a SPY-Bench
task (offline judge). Also LoRA (adapter and merged), the CLI and the packaged configs.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # real (tiny) training runs: about a minute on 2 CPU cores

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import yaml  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from inspect_ai import eval  # noqa: E402
from inspect_ai.log import read_eval_log  # noqa: E402
from safetensors.torch import load_file  # noqa: E402

from spy_bench.synthetic import write_synthetic_spy_bench  # noqa: E402
from spy_bench.tasks import no_scenario  # noqa: E402
from spy_bench.tune.recipes import MANIFEST, LoraSettings, TuneResult, config_path, train  # noqa: E402
from spy_bench.tune.synthetic import write_synthetic_spy_tune  # noqa: E402
from vlm_privacy.cli import main  # noqa: E402
from vlm_privacy.errors import DataValidationError  # noqa: E402

METHODS = ("sft", "dpo", "nca", "nca-p")
FAST = {
    "max_steps": 2,
    "batch_size": 2,
    "save_strategy": "no",
    "learning_rate": 1e-3,
    "logging_steps": 1,
}


@pytest.fixture(scope="module")
def tune_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(train_data.json, images dir) of a 4-item synthetic SPY-Tune fixture."""
    root = tmp_path_factory.mktemp("spy_tune")
    return write_synthetic_spy_tune(root, n_items=4, seed=0), root


@pytest.fixture(scope="module")
def bench_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_synthetic_spy_bench(tmp_path_factory.mktemp("spy_bench"), n_items=2, seed=1)


@pytest.fixture(scope="module")
def runs(
    tiny_vlm_path: Path, tune_data: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, TuneResult]:
    """One 2-step run of each method (trained once per module)."""
    data, images = tune_data
    out = tmp_path_factory.mktemp("runs")
    return {
        method: train(method, tiny_vlm_path, data, out / method, images=images, **FAST)
        for method in METHODS
    }


def changed_tensors(before: Path, after: Path) -> list[str]:
    old, new = load_file(before), load_file(after)
    assert old.keys() == new.keys()
    return [name for name in old if not (old[name] == new[name]).all()]


def evaluate(model: str, bench_dir: Path, log_dir: Path, **model_args: str):
    (log,) = eval(
        no_scenario(data_dir=str(bench_dir), judge="offline"),
        model=model,
        model_args={"device": "cpu", **model_args},
        limit=2,
        max_tokens=8,
        log_dir=str(log_dir),
        display="none",
    )
    return read_eval_log(log.location)


@pytest.mark.parametrize("method", METHODS)
def test_two_steps_change_the_weights(
    method: str, runs: dict[str, TuneResult], tiny_vlm_path: Path
) -> None:
    result = runs[method]
    assert result.global_step == 2 and not result.adapter
    assert math.isfinite(result.train_loss)
    changed = changed_tensors(
        tiny_vlm_path / "model.safetensors", result.out_dir / "model.safetensors"
    )
    assert any("language_model" in name for name in changed)
    manifest = json.loads((result.out_dir / MANIFEST).read_text())
    assert manifest["method"] == method and manifest["items"] == 4
    assert manifest["hyperparameters"]["learning_rate"] == 1e-3
    assert manifest["n_distractors"] is None  # every stored distractor, as the paper
    assert manifest["sft_loss"] == ("full" if method == "sft" else None)
    assert not (result.out_dir / ".spy-tune-final.tmp").exists()
    assert not (result.out_dir / "checkpoints").exists()  # --save-strategy no: no empty folder
    losses = [h["loss"] for h in result.log_history if "loss" in h]
    assert len(losses) == 2 and all(math.isfinite(x) for x in losses)


def test_preference_methods_log_rewards(runs: dict[str, TuneResult]) -> None:
    for method in ("dpo", "nca", "nca-p"):
        assert any("rewards/margins" in h for h in runs[method].log_history), method
    assert any("rewards/chosen_p" in h for h in runs["nca-p"].log_history)
    # at the first step the policy is the reference: NCA-P loss is 4·log 2, NCA 2·log 2
    first = {m: next(h["loss"] for h in runs[m].log_history if "loss" in h) for m in METHODS}
    assert first["nca-p"] == pytest.approx(4 * math.log(2), rel=1e-4)
    assert first["nca"] == pytest.approx(2 * math.log(2), rel=1e-4)
    assert first["dpo"] == pytest.approx(math.log(2), rel=1e-4)


def test_defaults_per_method(runs: dict[str, TuneResult]) -> None:
    assert runs["nca-p"].manifest["hyperparameters"]["beta"] == 0.01
    assert runs["dpo"].manifest["hyperparameters"]["beta"] == 0.5
    assert "beta" not in runs["sft"].manifest["hyperparameters"]
    hyper = runs["nca"].manifest["hyperparameters"]
    assert (hyper["epochs"], hyper["lr_scheduler"], hyper["warmup_ratio"]) == (3.0, "cosine", 0.1)


@pytest.mark.parametrize("method", METHODS)
def test_checkpoint_evaluates_through_hf_vlm(
    method: str, runs: dict[str, TuneResult], bench_dir: Path, tmp_path: Path
) -> None:
    result = runs[method]
    assert result.inspect_model == f"hf-vlm/{result.out_dir}"
    log = evaluate(result.inspect_model, bench_dir, tmp_path)
    assert log.status == "success", log.error
    assert log.eval.model == f"hf-vlm/{result.out_dir}"
    assert log.samples is not None and len(log.samples) == 2
    for sample in log.samples:
        score = sample.scores["privacy_judge"]
        assert score.metadata["judge"] == "offline"
        assert sample.target in ("respond", "reject")
        assert sample.output.usage is not None and sample.output.usage.output_tokens > 0
    (scores,) = log.results.scores
    assert "ics" in scores.metrics


def test_lora_adapter_and_merged(
    tiny_vlm_path: Path, tune_data: tuple[Path, Path], bench_dir: Path, tmp_path: Path
) -> None:
    data, images = tune_data
    lora = LoraSettings(r=4, alpha=8, dropout=0.0)
    adapter = train(
        "nca-p", tiny_vlm_path, data, tmp_path / "lora", images=images, lora=lora, **FAST
    )
    assert adapter.adapter and adapter.global_step == 2
    assert (adapter.out_dir / "adapter_config.json").is_file()
    assert not (adapter.out_dir / "model.safetensors").exists()
    weights = load_file(adapter.out_dir / "adapter_model.safetensors")
    lora_b = [w for name, w in weights.items() if "lora_B" in name]
    assert lora_b and any(w.abs().sum() > 0 for w in lora_b)  # B starts at zero
    assert all("language_model" in name for name in weights)
    assert adapter.inspect_model == f"hf-vlm/{tiny_vlm_path}"
    assert adapter.inspect_model_args == {"adapter": str(adapter.out_dir)}
    log = evaluate(
        adapter.inspect_model, bench_dir, tmp_path / "logs", **adapter.inspect_model_args
    )
    assert log.status == "success", log.error
    assert log.eval.model_args["adapter"] == str(adapter.out_dir)

    merged = train(
        "dpo",
        tiny_vlm_path,
        data,
        tmp_path / "merged",
        images=images,
        lora=lora,
        merge_lora=True,
        **FAST,
    )
    assert not merged.adapter
    assert not (merged.out_dir / "adapter_config.json").exists()
    changed = changed_tensors(
        tiny_vlm_path / "model.safetensors", merged.out_dir / "model.safetensors"
    )
    assert changed and all("language_model" in name for name in changed)


def test_output_directory_is_not_overwritten_by_default(
    runs: dict[str, TuneResult], tiny_vlm_path: Path, tune_data: tuple[Path, Path]
) -> None:
    data, images = tune_data
    with pytest.raises(DataValidationError, match="--overwrite"):
        train("sft", tiny_vlm_path, data, runs["sft"].out_dir, images=images, **FAST)


def test_arguments_are_checked_before_training(
    tiny_vlm_path: Path, tune_data, tmp_path: Path
) -> None:
    data, images = tune_data
    with pytest.raises(DataValidationError, match="--images"):
        train("nca", tiny_vlm_path, data, tmp_path / "a")
    with pytest.raises(DataValidationError, match="Unknown method"):
        train("ppo", tiny_vlm_path, data, tmp_path / "b", images=images)
    with pytest.raises(DataValidationError, match="--lora"):
        train("dpo", tiny_vlm_path, data, tmp_path / "c", images=images, merge_lora=True)
    assert not any(tmp_path.iterdir())


# -- CLI ---------------------------------------------------------------------------------


def test_cli_trains_and_prints_how_to_evaluate(
    tiny_vlm_path: Path, tune_data: tuple[Path, Path], tmp_path: Path
) -> None:
    data, images = tune_data
    out = tmp_path / "cli"
    args = [
        "tune", "--method", "nca-p", "--model", str(tiny_vlm_path), "--data", str(data),
        "--images", str(images), "--out", str(out), "--max-steps", "1", "--batch-size", "1",
        "--save-strategy", "no", "--distractors", "2", "--beta", "0.1",
        "-P", "num_additional_image_tokens=1",
    ]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"--model hf-vlm/{out}" in result.output
    manifest = json.loads((out / MANIFEST).read_text())
    assert (manifest["method"], manifest["n_distractors"], manifest["global_step"]) == (
        "nca-p",
        2,
        1,
    )
    assert manifest["hyperparameters"]["beta"] == 0.1
    assert manifest["hyperparameters"]["learning_rate"] == 3e-6  # the paper's default
    assert manifest["processor_kwargs"] == {"num_additional_image_tokens": 1}

    again = CliRunner().invoke(main, args)
    assert again.exit_code == 1 and "--overwrite" in again.output
    missing = CliRunner().invoke(main, [*args[:7], "--out", str(tmp_path / "x")])
    assert missing.exit_code == 1 and "--images DIR" in missing.output
    bad = CliRunner().invoke(main, [*args, "-P", "max_pixels"])
    assert bad.exit_code == 2 and "KEY=VALUE" in bad.output


def test_cli_hf_vlm_spelling_model_card_hint_and_quiet_cpu_run(
    tiny_vlm_path: Path, tmp_path: Path
) -> None:
    """``--model hf-vlm/<path>`` (what ``tune`` prints) trains; the TRL model card credits NCA
    and the SPY paper; the Evaluate hint names the SPY-Bench data next to the training data;
    a CPU run shows no pin_memory or checkpointing deprecation warnings."""
    import warnings

    folder = write_synthetic_spy_bench(tmp_path / "data", n_items=2, seed=3)
    data = write_synthetic_spy_tune(folder, n_items=2, seed=0)
    out = tmp_path / "nca"
    args = [
        "tune", "--method", "nca", "--model", f"hf-vlm/{tiny_vlm_path}", "--data", str(data),
        "--images", str(folder), "--out", str(out), "--max-steps", "1", "--batch-size", "1",
        "--save-strategy", "steps", "--distractors", "1",
    ]  # fmt: skip
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"--model hf-vlm/{out} -T data_dir={folder.resolve()}" in result.output
    noisy = [str(w.message) for w in caught if "pin_memory" in str(w.message)]
    noisy += [str(w.message) for w in caught if "checkpointing` is deprecated" in str(w.message)]
    assert noisy == []
    text = (out / "checkpoints" / "README.md").read_text()
    assert "trained with NCA, a method introduced in" in text and "2402.05369" in text
    assert "Specify Privacy Yourself" in text and "trained with DPO" not in text

    missing = CliRunner().invoke(main, [*args[:4], "hf-vlm//no/such/folder", *args[5:]])
    assert missing.exit_code == 1
    assert "'/no/such/folder' (from --model) does not exist" in missing.output
    assert "Traceback" not in missing.output


@pytest.mark.parametrize("name,stage", [("zero2", 2), ("zero2-offload", 2), ("zero3", 3)])
def test_packaged_accelerate_configs(name: str, stage: int) -> None:
    result = CliRunner().invoke(main, ["tune", "--show-config", name])
    assert result.exit_code == 0, result.output
    path = Path(result.output.strip())
    assert path == config_path(name) and path.is_file()
    config = yaml.safe_load(path.read_text())
    assert config["distributed_type"] == "DEEPSPEED"
    assert config["deepspeed_config"]["zero_stage"] == stage
    assert config["mixed_precision"] == "bf16"
    if stage == 3:
        assert config["deepspeed_config"]["zero3_save_16bit_model"] is True
