"""NCA-P on TRL (a ``DPOTrainer`` subclass and its collator), and the image-token mask of SFT.

NCA-P (SPY paper eq. 7) puts, for one image and question, the preference pair under the
instruction marking the category *private* and the pair under the instruction marking it
*non-private* into one loss. Each dataset row therefore holds both pairs
(:data:`spy_bench.tune.data.PAIR_COLUMNS` plus ``images``).

- :class:`DataCollatorForPairedVisionPreference` flattens the rows into 2·B ordinary
  preference examples (the B private pairs, then the B non-private pairs) and hands them to
  TRL's ``DataCollatorForVisionPreference``; the batch therefore holds 4·B sequences in the
  order ``[chosen_p, chosen_n, rejected_p, rejected_n]``, one forward pass for all of them.
- :class:`NcaPTrainer` overrides ``compute_loss``: policy log-probabilities come from the model
  call with TRL's fused LM head, reference ones from ``compute_ref_log_probs`` (a separate
  reference model, or the adapter disabled under PEFT), and the loss is
  :func:`spy_bench.tune.losses.nca_p_losses`. It logs TRL's reward metrics plus per-pair
  ones (``rewards/chosen_p`` ...).

- :class:`ImageTokenMasking` wraps TRL's SFT collator so that the full-sequence loss of the
  authors' SFT leaves image tokens out, as it leaves out padding.

Written against TRL 1.16 (pinned in the ``tune`` extra): TRL 1.x has no ``dpo_loss`` hook,
and the fused-LM-head forward (``fused_lm_head=True``) and ``compute_ref_log_probs(model,
inputs)`` are its internals.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import torch
from transformers import ProcessorMixin
from transformers.data.data_collator import DataCollatorMixin
from trl import DPOConfig, DPOTrainer
from trl.trainer.dpo_trainer import DataCollatorForVisionPreference

from spy_bench.tune.data import PAIR_COLUMNS
from spy_bench.tune.losses import log_ratio_rewards, nca_p_losses
from vlm_privacy.errors import DataValidationError


@dataclass
class DataCollatorForPairedVisionPreference(DataCollatorMixin):
    """Collate NCA-P rows into one preference batch of 4·B sequences.

    Each example holds ``prompt_p``/``chosen_p``/``rejected_p`` (private instruction),
    ``prompt_n``/``chosen_n``/``rejected_n`` (non-private instruction) and ``images``. The
    output is TRL's vision preference batch (``input_ids``, ``attention_mask``,
    ``completion_mask``, ``pixel_values``, ...) over the 2·B flattened pairs, private first.

    Args:
        processor: The VLM processor (tokenizer with a pad token, image processor).
        max_length: Truncate sequences to this length; keep ``None`` for VLMs, since
            truncating image tokens breaks the forward pass.
    """

    processor: ProcessorMixin
    max_length: int | None = None
    return_tensors: str = "pt"

    def torch_call(self, examples: list[dict[str, Any]]) -> dict[str, Any]:
        flat = [
            {
                "prompt": ex[f"prompt_{side}"],
                "chosen": ex[f"chosen_{side}"],
                "rejected": ex[f"rejected_{side}"],
                "images": ex["images"],
            }
            for side in ("p", "n")
            for ex in examples
        ]
        inner = DataCollatorForVisionPreference(
            processor=self.processor, max_length=self.max_length, return_tensors=self.return_tensors
        )
        return inner.torch_call(flat)


UNSUPPORTED_OPTIONS: dict[str, Any] = {
    "ld_alpha": None,
    "f_divergence_type": "reverse_kl",
    "use_weighting": False,
    "precompute_ref_log_probs": False,
}
"""DPOConfig options NCA-P does not implement, with the values it accepts."""


SPY_PAPER: dict[str, Any] = {
    "title": (
        "Specify Privacy Yourself: Assessing Inference-Time Personalized Privacy Preservation "
        "Ability of Large Vision-Language Models"
    ),
    "citation": (
        "@inproceedings{wang2025specify,\n"
        "    title     = {Specify Privacy Yourself: Assessing Inference-Time Personalized "
        "Privacy Preservation Ability of Large Vision-Language Models},\n"
        "    author    = {Wang and Yi and Xie and Jia},\n"
        "    booktitle = {Proceedings of the 33rd ACM International Conference on Multimedia "
        "(ACM MM)},\n"
        "    year      = {2025},\n"
        "    url       = {https://github.com/achernarwang/specify-privacy-yourself},\n"
        "}"
    ),
}
"""The SPY paper (NCA-P and SPY-Tune), for the model cards TRL writes."""

NCA_PAPER: dict[str, Any] = {
    "title": "Noise Contrastive Alignment of Language Models with Explicit Rewards",
    "id": "2402.05369",
    "citation": (
        "@inproceedings{chen2024noise,\n"
        "    title     = {Noise Contrastive Alignment of Language Models with Explicit "
        "Rewards},\n"
        "    author    = {Chen, Huayu and He, Guande and Yuan, Lifan and Cui, Ganqu and Su, Hang "
        "and Zhu, Jun},\n"
        "    booktitle = {Advances in Neural Information Processing Systems (NeurIPS)},\n"
        "    year      = {2024},\n"
        "}\n\n" + SPY_PAPER["citation"]
    ),
}
"""NCA (TRL's ``nca_pair`` loss), cited with the SPY paper whose SPY-Tune recipe uses it."""


class NcaTrainer(DPOTrainer):
    """TRL ``DPOTrainer`` for SPY-Tune's NCA recipe (``loss_type="nca_pair"``).

    Training is ``DPOTrainer``'s; only the model card differs: it names NCA and cites the NCA
    and SPY papers instead of DPO.
    """

    _tag_names = ["trl", "nca", "spy-tune"]
    _name = "NCA"
    _paper = NCA_PAPER


class NcaPTrainer(DPOTrainer):
    """TRL ``DPOTrainer`` with the NCA-P loss over paired private/non-private rows.

    Takes the same arguments as ``DPOTrainer``; ``processing_class`` must be the VLM's
    processor and the dataset must have :data:`~spy_bench.tune.data.PAIR_COLUMNS` and
    ``images``. ``args.loss_type`` is not used. ``args.beta`` is the β of the rewards.
    """

    _tag_names = ["trl", "nca-p", "spy-tune"]
    _name = "NCA-P"
    _paper = SPY_PAPER

    def __init__(
        self,
        model: Any,
        ref_model: Any = None,
        args: DPOConfig | None = None,
        data_collator: Any = None,
        train_dataset: Any = None,
        eval_dataset: Any = None,
        processing_class: Any = None,
        **kwargs: Any,
    ) -> None:
        if args is not None:
            unsupported = [
                name
                for name, default in UNSUPPORTED_OPTIONS.items()
                if getattr(args, name) != default
            ]
            if unsupported:
                raise ValueError(
                    f"NcaPTrainer does not support {', '.join(unsupported)}: leave them at "
                    "their DPOConfig defaults."
                )
        if data_collator is None:
            if not isinstance(processing_class, ProcessorMixin):
                raise TypeError(
                    "NcaPTrainer needs processing_class=<the VLM's processor> (from "
                    "AutoProcessor.from_pretrained) or an explicit data_collator."
                )
            data_collator = DataCollatorForPairedVisionPreference(
                processor=processing_class,
                max_length=args.max_length if args is not None else None,
            )
        super().__init__(
            model,
            ref_model,
            args=args,
            data_collator=data_collator,
            train_dataset=train_dataset,
            eval_dataset=eval_dataset,
            processing_class=processing_class,
            **kwargs,
        )

    def _set_signature_columns_if_needed(self) -> None:
        if self._signature_columns is None:
            self._signature_columns = [*PAIR_COLUMNS, "images", "image"]

    def compute_loss(
        self,
        model: Any,
        inputs: dict[str, Any],
        return_outputs: bool = False,
        num_items_in_batch: Any = None,
    ) -> Any:
        """NCA-P loss of a paired batch (see the module docstring for the batch layout)."""
        try:
            return self._nca_p_loss(model, inputs, return_outputs)
        except ValueError as ex:
            if "Image features and image tokens do not match" in str(ex):
                raise ValueError(
                    f"Image tokens were truncated (max_length={self.args.max_length}): set "
                    "max_length=None for vision-language models."
                ) from ex
            raise

    def _nca_p_loss(self, model: Any, inputs: dict[str, Any], return_outputs: bool) -> Any:
        mode = "train" if self.model.training else "eval"
        model_kwargs = {k: v for k, v in inputs.items() if k != "completion_mask"}
        model_kwargs["use_cache"] = False
        if self.aux_loss_enabled:
            model_kwargs["output_router_logits"] = True
        completion_mask = inputs["completion_mask"]
        shift_mask = completion_mask[..., 1:]
        labels = inputs["input_ids"].masked_fill(completion_mask == 0, -100)
        outputs = model(**model_kwargs, labels=labels, fused_lm_head=True)
        # Log-probs are zero outside the completion; prompt-learning PEFT may prepend tokens.
        logps = outputs.log_probs[:, -shift_mask.size(1) :].sum(dim=1)
        chosen_logps, rejected_logps = logps.chunk(2, dim=0)

        ref_model = self.ref_model if self.ref_model is not None else self.model
        ref_chosen_logps, ref_rejected_logps = self.compute_ref_log_probs(ref_model, inputs)

        chosen_rewards = log_ratio_rewards(chosen_logps, ref_chosen_logps, self.beta)
        rejected_rewards = log_ratio_rewards(rejected_logps, ref_rejected_logps, self.beta)
        chosen_p, chosen_n = chosen_rewards.chunk(2, dim=0)
        rejected_p, rejected_n = rejected_rewards.chunk(2, dim=0)
        loss = nca_p_losses(chosen_p, rejected_p, chosen_n, rejected_n).mean()
        if self.aux_loss_enabled:
            loss = loss + self.router_aux_loss_coef * outputs.aux_loss

        self._log_nca_p_metrics(
            mode, inputs, chosen_logps, rejected_logps, chosen_rewards, rejected_rewards
        )
        if return_outputs:
            warnings.warn(
                "return_outputs=True recomputes the logits with an extra forward pass.",
                stacklevel=2,
            )
            with torch.no_grad():
                outputs = model(**model_kwargs)
            return loss, outputs
        return loss

    def _log_nca_p_metrics(
        self,
        mode: str,
        inputs: dict[str, Any],
        chosen_logps: torch.Tensor,
        rejected_logps: torch.Tensor,
        chosen_rewards: torch.Tensor,
        rejected_rewards: torch.Tensor,
    ) -> None:
        """Append TRL's reward metrics, plus per-pair ones, to ``self._metrics[mode]``."""
        metrics = self._metrics[mode]
        gather = self.accelerator.gather_for_metrics
        chosen_rewards = chosen_rewards.detach()
        rejected_rewards = rejected_rewards.detach()
        if mode == "train":
            tokens = gather(inputs["attention_mask"].sum()).sum().item()
            self._total_train_tokens += tokens // self._tp_size
        metrics["num_tokens"] = [self._total_train_tokens]
        cp, cn = chosen_rewards.chunk(2, dim=0)
        rp, rn = rejected_rewards.chunk(2, dim=0)
        values = {
            "rewards/chosen": chosen_rewards,
            "rewards/rejected": rejected_rewards,
            "rewards/accuracies": (chosen_rewards > rejected_rewards).float(),
            "rewards/margins": chosen_rewards - rejected_rewards,
            "rewards/chosen_p": cp,
            "rewards/rejected_p": rp,
            "rewards/chosen_n": cn,
            "rewards/rejected_n": rn,
            "rewards/accuracies_p": (cp > rp).float(),
            "rewards/accuracies_n": (cn > rn).float(),
            "logps/chosen": chosen_logps.detach(),
            "logps/rejected": rejected_logps.detach(),
        }
        for name, value in values.items():
            metrics[name].append(gather(value).mean().item())


IMAGE_TOKEN_ATTRIBUTES = ("image_token", "video_token", "boi_token", "eoi_token")
"""Processor attributes naming the tokens that stand for image content (placeholders, and the
begin/end-of-image markers of processors that have them)."""


def image_token_ids(processor: Any) -> list[int]:
    """Ids of the processor's image tokens (:data:`IMAGE_TOKEN_ATTRIBUTES` that it defines)."""
    tokenizer = getattr(processor, "tokenizer", processor)
    unknown = getattr(tokenizer, "unk_token_id", None)
    ids = set()
    for name in IMAGE_TOKEN_ATTRIBUTES:
        token = getattr(processor, name, None)
        if isinstance(token, str) and token:
            token_id = tokenizer.convert_tokens_to_ids(token)
            if isinstance(token_id, int) and token_id != unknown:
                ids.add(token_id)
    return sorted(ids)


class ImageTokenMasking:
    """Wrap a collator so that image tokens carry no label (``-100``), like padding.

    TRL's SFT collator with ``completion_only_loss=False`` labels every non-padding token,
    the image placeholders included; the authors' full-sequence SFT does not train on them.

    Args:
        collator: The trainer's collator (returns ``input_ids`` and ``labels``).
        processor: The VLM processor, whose image tokens are masked.
    """

    def __init__(self, collator: Any, processor: Any) -> None:
        self.collator = collator
        self.token_ids = torch.tensor(image_token_ids(processor), dtype=torch.long)
        if not len(self.token_ids):
            raise DataValidationError(
                f"{type(processor).__name__} names no image token, so the full-sequence SFT "
                "loss cannot leave image tokens out. Use --sft-loss completion."
            )

    def __call__(self, examples: list[dict[str, Any]]) -> dict[str, Any]:
        batch = self.collator(examples)
        image = torch.isin(batch["input_ids"], self.token_ids.to(batch["input_ids"].device))
        batch["labels"] = batch["labels"].masked_fill(image, -100)
        return batch
