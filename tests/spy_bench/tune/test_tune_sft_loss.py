"""``--sft-loss``: the label masks of SPY-Tune's SFT on the tiny VLM.

``full`` (the authors' SFT) labels every token but padding and image tokens; ``completion``
labels the answer only. The trainers are built by the same steps as ``train``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds real (tiny) trainers

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import torch  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from transformers import AutoProcessor  # noqa: E402

from spy_bench.dataset import packaged_label2text  # noqa: E402
from spy_bench.faithful import QWEN_TRAIN_PIXELS  # noqa: E402
from spy_bench.tune.data import build_dataset, load_tune_items, method_rows  # noqa: E402
from spy_bench.tune.recipes import (  # noqa: E402
    TuneResult,
    _load_model,
    _make_trainer,
    _trainer_config,
    default_processor_kwargs,
    train,
)
from spy_bench.tune.synthetic import write_synthetic_spy_tune  # noqa: E402
from spy_bench.tune.trainers import image_token_ids  # noqa: E402
from vlm_privacy.cli import main  # noqa: E402
from vlm_privacy.errors import DataValidationError  # noqa: E402


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    root = tmp_path_factory.mktemp("spy_tune")
    data = write_synthetic_spy_tune(root, n_items=2, seed=5)
    items = load_tune_items(data, images_dir=root)
    # one distractor keeps the sequences short; the first situation of each item
    return method_rows("sft", items, packaged_label2text(), root, n_distractors=1)[:3]


def sft_batch(tiny_vlm_path: Path, tmp_path: Path, rows: list[dict], sft_loss: str) -> dict:
    common = {
        "output_dir": str(tmp_path),
        "per_device_train_batch_size": 3,
        "bf16": False,
        "gradient_checkpointing": False,
        "max_length": None,
        "report_to": "none",
    }
    args, trainer_class = _trainer_config("sft", common, {}, sft_loss, None)
    processor, policy = _load_model(str(tiny_vlm_path), "float32", False, None, {})
    trainer = _make_trainer(
        trainer_class, "sft", sft_loss, policy, args, build_dataset(rows), processor, None
    )
    examples = [trainer.train_dataset[i] for i in range(len(rows))]
    return trainer.data_collator(examples)


def test_full_loss_labels_everything_but_padding_and_image_tokens(
    tiny_vlm_path: Path, tmp_path: Path, rows: list[dict]
) -> None:
    batch = sft_batch(tiny_vlm_path, tmp_path, rows, "full")
    processor = AutoProcessor.from_pretrained(tiny_vlm_path)
    image_ids = torch.tensor(image_token_ids(processor))
    assert len(image_ids) == 1  # the tiny LLaVA's <image>
    ids, labels, mask = batch["input_ids"], batch["labels"], batch["attention_mask"]
    image = torch.isin(ids, image_ids)
    assert image.any() and (mask == 0).any()  # both kinds of excluded tokens occur
    labelled = labels != -100
    assert torch.equal(labelled, (mask == 1) & ~image)
    assert torch.equal(labels[labelled], ids[labelled])
    # the prompt (instructions and question) is trained on, not only the answer
    text = processor.tokenizer.decode(ids[0][labelled[0]])
    question = rows[0]["prompt"][0]["content"]
    assert question.split("\n\n")[0] in text and question.split("\n\n")[-1] in text
    assert rows[0]["completion"][0]["content"] in text


def test_completion_loss_labels_only_the_answer(
    tiny_vlm_path: Path, tmp_path: Path, rows: list[dict]
) -> None:
    batch = sft_batch(tiny_vlm_path, tmp_path, rows, "completion")
    full = sft_batch(tiny_vlm_path, tmp_path / "full", rows, "full")
    processor = AutoProcessor.from_pretrained(tiny_vlm_path)
    ids, labels = batch["input_ids"], batch["labels"]
    labelled = labels != -100
    assert labelled.sum() < (full["labels"] != -100).sum()
    for row, row_ids, row_labelled in zip(rows, ids, labelled, strict=True):
        text = processor.tokenizer.decode(row_ids[row_labelled], skip_special_tokens=True)
        answer = row["completion"][0]["content"]
        assert text.strip() == answer.strip()


def test_unknown_sft_loss_and_cli_choice(tiny_vlm_path: Path, tmp_path: Path) -> None:
    with pytest.raises(DataValidationError, match="sft_loss"):
        train(
            "sft",
            tiny_vlm_path,
            tmp_path / "x.json",
            tmp_path / "out",
            images=tmp_path,
            sft_loss="prompt",
        )
    result = CliRunner().invoke(main, ["tune", "--help"])
    assert "--sft-loss [full|completion]" in result.output
    data = tmp_path / "d.json"
    data.write_text("{}", encoding="utf-8")  # --data must exist for the option to be read
    result = CliRunner().invoke(
        main,
        [
            "tune",
            "--method",
            "sft",
            "--model",
            "m",
            "--data",
            str(data),
            "--out",
            str(tmp_path / "o"),
            "--sft-loss",
            "prompt",
        ],
    )
    assert result.exit_code != 0 and "--sft-loss" in result.output


def test_qwen_checkpoints_train_with_the_authors_pixel_bounds(tiny_vlm_path: Path) -> None:
    assert default_processor_kwargs("Qwen/Qwen2-VL-7B-Instruct") == QWEN_TRAIN_PIXELS
    assert default_processor_kwargs("Qwen/Qwen2.5-VL-7B-Instruct", {"max_pixels": 5}) == {
        "min_pixels": 200704,
        "max_pixels": 5,
    }
    # the tiny checkpoint is a LLaVA (config.json decides, not the folder name)
    assert default_processor_kwargs(str(tiny_vlm_path)) == {}
    qwen_named = tiny_vlm_path.parent / "Qwen2-VL-lookalike"
    if not qwen_named.exists():
        qwen_named.symlink_to(tiny_vlm_path)
    assert default_processor_kwargs(str(qwen_named)) == {}


def test_qwen_results_are_evaluated_with_the_authors_eval_bounds(tmp_path: Path) -> None:
    common = {"method": "sft", "global_step": 1, "train_loss": 0.0}
    qwen = TuneResult(
        tmp_path, base_model="Qwen/Qwen2-VL-7B-Instruct", adapter=True, qwen_vl=True, **common
    )
    assert qwen.inspect_model == "hf-vlm/Qwen/Qwen2-VL-7B-Instruct"
    assert qwen.inspect_model_args == {
        "adapter": str(tmp_path),
        "min_pixels": "200704",
        "max_pixels": "2007040",
    }
    other = TuneResult(tmp_path, base_model="m", adapter=False, **common)
    assert other.inspect_model_args == {}
