"""NcaPTrainer on the tiny VLM: batch layout, and its loss against TRL's NCA and by hand.

The policy is the tiny model with perturbed weights and the reference the unperturbed one,
so that rewards are not zero. Log-probabilities for the hand computation come from a plain
forward pass (logits → log-softmax), not from TRL's fused LM head.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # real (tiny) training runs: about a minute on 2 CPU cores

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import torch  # noqa: E402
from transformers import AutoModelForImageTextToText, AutoProcessor  # noqa: E402
from trl import DPOConfig, DPOTrainer  # noqa: E402

from spy_bench.dataset import packaged_label2text  # noqa: E402
from spy_bench.tune.data import (  # noqa: E402
    build_dataset,
    item_pairs,
    load_tune_items,
    pair_rows,
    preference_rows,
)
from spy_bench.tune.synthetic import write_synthetic_spy_tune  # noqa: E402
from spy_bench.tune.trainers import NcaPTrainer  # noqa: E402

BETA = 0.5


@pytest.fixture(scope="module")
def pairs(tmp_path_factory: pytest.TempPathFactory) -> tuple[list, Path]:
    root = tmp_path_factory.mktemp("spy_tune")
    data = write_synthetic_spy_tune(root, n_items=2, seed=3)
    items = load_tune_items(data, images_dir=root)
    labels = packaged_label2text()
    # the no-scenario pair of each item, one distractor to keep sequences short
    return [item_pairs(item, labels, n_distractors=1)[0] for item in items], root


def perturbed_policy(path: Path) -> torch.nn.Module:
    model = AutoModelForImageTextToText.from_pretrained(path, dtype=torch.float32)
    generator = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for param in model.parameters():
            param.add_(0.05 * torch.randn(param.shape, generator=generator))
    return model


def config(tmp_path: Path, **kwargs) -> DPOConfig:
    return DPOConfig(
        output_dir=str(tmp_path),
        beta=BETA,
        bf16=False,
        max_length=None,
        gradient_checkpointing=False,
        per_device_train_batch_size=2,
        report_to="none",
        **kwargs,
    )


def first_batch(trainer) -> dict:
    rows = [trainer.train_dataset[i] for i in range(len(trainer.train_dataset))]
    return trainer._prepare_inputs(trainer.data_collator(rows))


def sequence_logps(model: torch.nn.Module, batch: dict) -> torch.Tensor:
    """Sum of completion-token log-probabilities per row, from the model's logits."""
    with torch.no_grad():
        logits = model(
            input_ids=batch["input_ids"],
            attention_mask=batch["attention_mask"],
            pixel_values=batch["pixel_values"],
        ).logits
    logprobs = torch.log_softmax(logits[:, :-1].float(), dim=-1)
    labels = batch["input_ids"][:, 1:]
    token = logprobs.gather(-1, labels.unsqueeze(-1)).squeeze(-1)
    return (token * batch["completion_mask"][:, 1:]).sum(dim=1)


def log_sigmoid(x: float) -> float:
    return -math.log1p(math.exp(-x))


def nca(w: float, l: float) -> float:  # noqa: E741
    return -(log_sigmoid(w) + 0.5 * log_sigmoid(-w) + 0.5 * log_sigmoid(-l))


def test_paired_batch_layout(pairs, tiny_vlm_path: Path, tmp_path: Path) -> None:
    pair_list, root = pairs
    processor = AutoProcessor.from_pretrained(tiny_vlm_path)
    trainer = NcaPTrainer(
        model=perturbed_policy(tiny_vlm_path),
        args=config(tmp_path),
        train_dataset=build_dataset(pair_rows(pair_list, root)),
        processing_class=processor,
    )
    batch = first_batch(trainer)
    assert batch["input_ids"].shape[0] == 8  # 2 elements x (chosen, rejected) x (p, n)
    decode = processor.tokenizer.decode
    texts = [decode(row, skip_special_tokens=True) for row in batch["input_ids"]]
    completions = [
        decode(row[mask.bool()], skip_special_tokens=True)
        for row, mask in zip(batch["input_ids"], batch["completion_mask"], strict=True)
    ]
    expected = (
        [(p.private, "chosen") for p in pair_list]
        + [(p.non_private, "chosen") for p in pair_list]
        + [(p.private, "rejected") for p in pair_list]
        + [(p.non_private, "rejected") for p in pair_list]
    )
    for text, completion, (example, side) in zip(texts, completions, expected, strict=True):
        assert example.prompt.split("\n\n")[0] in text  # the right instruction
        assert getattr(example, side) in completion  # the right answer
        assert example.prompt not in completion  # the prompt is not trained on


def test_nca_p_loss_is_twice_trls_nca_on_the_split_pairs_and_matches_hand(
    pairs, tiny_vlm_path: Path, tmp_path: Path
) -> None:
    pair_list, root = pairs
    processor = AutoProcessor.from_pretrained(tiny_vlm_path)
    ncap = NcaPTrainer(
        model=perturbed_policy(tiny_vlm_path),
        args=config(tmp_path / "ncap"),
        train_dataset=build_dataset(pair_rows(pair_list, root)),
        processing_class=processor,
    )
    split = [p.private for p in pair_list] + [p.non_private for p in pair_list]
    nca_trainer = DPOTrainer(
        model=perturbed_policy(tiny_vlm_path),
        args=config(tmp_path / "nca", loss_type=["nca_pair"]),
        train_dataset=build_dataset(preference_rows(split, root)),
        processing_class=processor,
    )
    with torch.no_grad():
        ncap_loss = ncap.compute_loss(ncap.model, first_batch(ncap)).item()
        nca_batch = first_batch(nca_trainer)
        nca_loss = nca_trainer.compute_loss(nca_trainer.model, nca_batch).item()
    # NCA-P sums the two pairs' NCA losses per element; TRL averages NCA over the 2B pairs
    assert ncap_loss == pytest.approx(2 * nca_loss, rel=1e-4)

    # by hand, from plain forward passes of the policy and the reference model
    policy = sequence_logps(perturbed_policy(tiny_vlm_path), nca_batch)
    reference = sequence_logps(
        AutoModelForImageTextToText.from_pretrained(tiny_vlm_path, dtype=torch.float32),
        nca_batch,
    )
    rewards = (BETA * (policy - reference)).tolist()
    chosen, rejected = rewards[:4], rewards[4:]
    assert any(abs(r) > 1e-3 for r in rewards)  # the perturbation makes rewards non-zero
    per_element = [
        nca(chosen[i], rejected[i]) + nca(chosen[i + 2], rejected[i + 2]) for i in range(2)
    ]
    assert ncap_loss == pytest.approx(sum(per_element) / 2, rel=1e-4)

    # and the trainer logged the per-pair rewards it used
    metrics = ncap._metrics["eval"]
    assert metrics["rewards/chosen_p"][-1] == pytest.approx((chosen[0] + chosen[1]) / 2, abs=1e-4)
    assert metrics["rewards/rejected_n"][-1] == pytest.approx(
        (rejected[2] + rejected[3]) / 2, abs=1e-4
    )


def test_unsupported_options_and_missing_processor(
    pairs, tiny_vlm_path: Path, tmp_path: Path
) -> None:
    pair_list, root = pairs
    dataset = build_dataset(pair_rows(pair_list, root))
    processor = AutoProcessor.from_pretrained(tiny_vlm_path)
    with pytest.raises(ValueError, match="use_weighting"):
        NcaPTrainer(
            model=perturbed_policy(tiny_vlm_path),
            args=config(tmp_path, use_weighting=True),
            train_dataset=dataset,
            processing_class=processor,
        )
    with pytest.raises(TypeError, match="processor"):
        NcaPTrainer(
            model=perturbed_policy(tiny_vlm_path),
            args=config(tmp_path),
            train_dataset=dataset,
            processing_class=processor.tokenizer,
        )
