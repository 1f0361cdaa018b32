"""SPY-Tune recipes: ``train(method=...)`` fine-tunes a VLM with SFT, DPO, NCA or NCA-P on TRL.

- ``sft``: TRL ``SFTTrainer`` on the chosen answers (loss on the completion only).
- ``dpo``: TRL ``DPOTrainer`` with the sigmoid loss (SPY eq. 5).
- ``nca``: TRL ``DPOTrainer`` with the ``nca_pair`` loss (SPY eq. 6).
- ``nca-p``: :class:`~spy_bench.tune.trainers.NcaPTrainer` (SPY eq. 7) on paired rows.

Defaults are the authors' training scripts (``train/scripts/train_*.sh`` in
achernarwang/specify-privacy-yourself): 3 epochs, cosine schedule, warmup ratio 0.1, weight
decay 0.05, 4 examples per device (32 on their 8 GPUs), bf16 with gradient checkpointing on a
GPU, and per method: NCA and NCA-P β 0.01, lr 3e-6; DPO β 0.5, lr 1e-6; SFT lr 6e-6.
Prompts carry the target instruction plus five distractors, as the paper trains.

Multi-GPU runs go through ``accelerate launch`` with the DeepSpeed configs in
``spy_bench/tune/configs`` (see :func:`config_path`); this module never writes a training
loop of its own.

Output (``out``): the model (or, with LoRA, the adapter) and the processor, loadable by the
``hf-vlm`` provider (``--model hf-vlm/<out>``, or ``--model hf-vlm/<base> -M adapter=<out>``)
and by vLLM, plus ``spy_tune.json`` (method, data, hyperparameters, final loss) written last:
a directory with that file is complete. Per-epoch checkpoints go to ``<out>/checkpoints``.

torch, transformers, trl, peft and datasets (the ``tune`` extra) are imported inside the
functions, so importing this module needs none of them.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from spy_bench.dataset import MAX_DISTRACTORS
from spy_bench.tune.data import (
    METHODS,
    VISPR_TRAIN_URL,
    build_dataset,
    ensure_images,
    load_tune_items,
    method_rows,
    resolve_label2text,
    validate_tune_items,
)
from vlm_privacy.errors import DataValidationError, VlmPrivacyError
from vlm_privacy.files import write_text_atomic

MANIFEST = "spy_tune.json"
"""Written last into the output directory: its presence marks a complete run."""

CHECKPOINTS_DIR = "checkpoints"
"""Subdirectory of the output directory for intermediate checkpoints."""

TRL_VERSION = "1.16"
"""The TRL minor version the trainers are written against (pinned in the ``tune`` extra)."""

METHOD_DEFAULTS: dict[str, dict[str, float]] = {
    "sft": {"learning_rate": 6e-6},
    "dpo": {"learning_rate": 1e-6, "beta": 0.5},
    "nca": {"learning_rate": 3e-6, "beta": 0.01},
    "nca-p": {"learning_rate": 3e-6, "beta": 0.01},
}
"""Per-method learning rate and β from the authors' training scripts."""

LOSS_TYPES: dict[str, str] = {"dpo": "sigmoid", "nca": "nca_pair", "nca-p": "nca_pair"}
"""TRL ``loss_type`` of the preference methods (NCA-P computes its own loss)."""

DEFAULT_LORA_TARGETS = (
    r".*language_model.*\.(q_proj|k_proj|v_proj|o_proj|gate_proj|up_proj|down_proj)"
)
"""LoRA targets: the language model's attention and MLP projections (not the vision tower,
which vLLM cannot load adapters for)."""

ACCELERATE_CONFIGS: dict[str, str] = {
    "zero2": "deepspeed_zero2.yaml",
    "zero2-offload": "deepspeed_zero2_offload.yaml",
    "zero3": "deepspeed_zero3.yaml",
}
"""Packaged ``accelerate launch --config_file`` files, by name."""


@dataclass(frozen=True)
class LoraSettings:
    """LoRA hyperparameters (peft ``LoraConfig``)."""

    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: str | Sequence[str] = DEFAULT_LORA_TARGETS
    """A regular expression matched against module names, a list of names, or
    ``"all-linear"``."""


@dataclass
class TuneResult:
    """What :func:`train` produced."""

    out_dir: Path
    method: str
    base_model: str
    adapter: bool
    """The output is a LoRA adapter (load it on ``base_model``)."""
    global_step: int
    train_loss: float | None
    manifest: dict[str, Any] = field(default_factory=dict)
    log_history: list[dict[str, Any]] = field(default_factory=list)
    """The trainer's logged metrics (loss, learning rate, rewards/... for preference methods)."""

    @property
    def inspect_model(self) -> str:
        """The ``--model`` to evaluate the result with the ``hf-vlm`` provider."""
        return f"hf-vlm/{self.base_model if self.adapter else self.out_dir}"

    @property
    def inspect_model_args(self) -> dict[str, str]:
        """The ``-M`` model args that go with :attr:`inspect_model`."""
        return {"adapter": str(self.out_dir)} if self.adapter else {}


def config_path(name: str) -> Path:
    """Path of a packaged accelerate config: ``zero2``, ``zero2-offload`` or ``zero3``."""
    if name not in ACCELERATE_CONFIGS:
        raise DataValidationError(
            f"Unknown accelerate config {name!r}: choose one of {', '.join(ACCELERATE_CONFIGS)}."
        )
    return Path(
        str(resources.files("spy_bench.tune").joinpath("configs", ACCELERATE_CONFIGS[name]))
    )


# --------------------------------------------------------------------------- helpers


def _checkpointing_arg(transformers: Any) -> str:
    """The TrainingArguments name of the activation-checkpointing switch.

    transformers 5.24 renamed ``gradient_checkpointing`` to ``activation_checkpointing`` and
    warns on the old name; older releases only know the old one.
    """
    names = {f.name for f in dataclasses.fields(transformers.TrainingArguments)}
    return (
        "activation_checkpointing"
        if "activation_checkpointing" in names
        else "gradient_checkpointing"
    )


def _remove_if_empty(folder: Path) -> None:
    """Remove ``folder`` if it exists and holds nothing (the trainer creates it up front)."""
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


def _require_tune_deps() -> None:
    try:
        import datasets  # noqa: F401
        import peft  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
        import trl
    except ImportError as ex:
        raise VlmPrivacyError(
            f"SPY-Tune needs torch, transformers, trl, peft and datasets ({ex}). Install them "
            "with: pip install 'vlm-privacy[tune]'"
        ) from ex
    if not trl.__version__.startswith(TRL_VERSION + "."):
        raise VlmPrivacyError(
            f"SPY-Tune is written against TRL {TRL_VERSION} (its trainer internals change "
            f"between versions); found trl {trl.__version__}. Install the pinned version with: "
            f"pip install 'trl=={TRL_VERSION}.*'"
        )


def _model_files(out: Path) -> list[Path]:
    """Top-level files of an existing output directory (a previous model)."""
    if not out.is_dir():
        return []
    return [p for p in out.iterdir() if p.is_file()]


def _check_out_dir(out: Path, overwrite: bool) -> None:
    if out.exists() and not out.is_dir():
        raise DataValidationError(f"--out {out} exists and is not a directory.")
    files = _model_files(out)
    if files and not overwrite:
        raise DataValidationError(
            f"--out {out} already holds files ({', '.join(sorted(p.name for p in files)[:3])}"
            f"{', ...' if len(files) > 3 else ''}). Choose a new directory or pass --overwrite "
            "to replace them."
        )


def _publish(staging: Path, out: Path, manifest: dict[str, Any]) -> None:
    """Move the staged model files into ``out``, then write the manifest atomically."""
    for old in _model_files(out):
        old.unlink()
    for item in sorted(staging.iterdir()):
        os.replace(item, out / item.name)
    shutil.rmtree(staging, ignore_errors=True)
    write_text_atomic(out / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n")


def _torch_dtype(dtype: str, bf16: bool) -> Any:
    import torch

    if dtype == "auto":
        return torch.bfloat16 if bf16 else torch.float32
    try:
        return {"bfloat16": torch.bfloat16, "float32": torch.float32, "float16": torch.float16}[
            dtype
        ]
    except KeyError:
        raise DataValidationError(
            f"Unknown dtype {dtype!r}: choose auto, bfloat16, float16 or float32."
        ) from None


def _lora_config(lora: LoraSettings) -> Any:
    from peft import LoraConfig

    targets = lora.target_modules
    if not isinstance(targets, str):
        targets = list(targets)
    return LoraConfig(
        r=lora.r,
        lora_alpha=lora.alpha,
        lora_dropout=lora.dropout,
        target_modules=targets,
        task_type="CAUSAL_LM",
    )


# --------------------------------------------------------------------------- train


def train(
    method: str,
    model: str | Path,
    data: str | Path,
    out: str | Path,
    *,
    images: str | Path | None = None,
    download_images: bool = False,
    images_archive: str = VISPR_TRAIN_URL,
    labels: str | Path | None = None,
    n_distractors: int = MAX_DISTRACTORS,
    limit: int | None = None,
    beta: float | None = None,
    learning_rate: float | None = None,
    epochs: float = 3.0,
    max_steps: int = -1,
    batch_size: int = 4,
    grad_accum: int = 1,
    lr_scheduler: str = "cosine",
    warmup_ratio: float = 0.1,
    weight_decay: float = 0.05,
    seed: int = 42,
    dtype: str = "auto",
    bf16: bool | None = None,
    gradient_checkpointing: bool | None = None,
    lora: LoraSettings | None = None,
    merge_lora: bool = False,
    save_strategy: str = "epoch",
    logging_steps: int = 10,
    report_to: str | Sequence[str] = "none",
    overwrite: bool = False,
    model_kwargs: Mapping[str, Any] | None = None,
    processor_kwargs: Mapping[str, Any] | None = None,
    trainer_args: Mapping[str, Any] | None = None,
) -> TuneResult:
    """Fine-tune ``model`` on SPY-Tune with ``method`` and save the result to ``out``.

    Args:
        method: ``sft``, ``dpo``, ``nca`` or ``nca-p``.
        model: Hub id or local folder of the VLM (loads with ``AutoProcessor`` and
            ``AutoModelForImageTextToText``).
        data: SPY-Tune file (``{"data_list": [...]}``, e.g. the authors' ``train_data.json``).
        out: Output directory (must be new or empty unless ``overwrite``).
        images: Folder the items' ``question_item.image_path`` are relative to.
        download_images: Extract missing images from the VISPR train archive into ``images``
            (default: the vlm-privacy cache).
        images_archive: URL or local path of that archive.
        labels: ``label2text.json`` (default: the taxonomy packaged with ``spy_bench``).
        n_distractors: Distractor instructions per prompt (0-5; the paper trains with 5).
        limit: Use only the first ``limit`` items.
        beta: β of the preference losses (default per method, see :data:`METHOD_DEFAULTS`).
        learning_rate: Peak learning rate (default per method).
        epochs: Training epochs.
        max_steps: Stop after this many optimizer steps (``-1``: run all epochs).
        batch_size: Examples per device per step (an NCA-P example holds both pairs).
        grad_accum: Gradient accumulation steps.
        lr_scheduler: transformers scheduler name.
        warmup_ratio: Share of the steps spent warming up.
        weight_decay: AdamW weight decay.
        seed: Seed for initialisation and data order.
        dtype: Weights dtype: ``auto`` (bfloat16 when training in bf16, else float32),
            ``bfloat16``, ``float16`` or ``float32``.
        bf16: Mixed precision (default: on when a bf16-capable GPU is present; must be off
            on CPU).
        gradient_checkpointing: Default: on with a GPU, off on CPU.
        lora: Train a LoRA adapter with these settings instead of all weights.
        merge_lora: Merge the adapter into the weights and save a full model (for vLLM).
        save_strategy: ``epoch``, ``steps`` or ``no`` (checkpoints in ``<out>/checkpoints``).
        logging_steps: Log every this many steps.
        report_to: transformers integrations (``none``, ``tensorboard``, ``wandb``...).
        overwrite: Replace the files of an existing output directory.
        model_kwargs: Extra model ``from_pretrained`` arguments (e.g. ``attn_implementation``).
        processor_kwargs: Extra processor ``from_pretrained`` arguments, saved with the
            processor (the authors used ``min_pixels=200704, max_pixels=1003520`` for Qwen2-VL).
        trainer_args: Extra ``DPOConfig`` / ``SFTConfig`` fields, applied last.
    """
    if method not in METHODS:
        raise DataValidationError(f"Unknown method {method!r}: choose one of {', '.join(METHODS)}.")
    if merge_lora and lora is None:
        raise DataValidationError("merge_lora needs LoRA training (--lora).")
    if images is None and not download_images:
        raise DataValidationError(
            "Pass --images DIR (the folder holding images/train2017/...) or --download-images "
            "to fetch the VISPR train images."
        )
    _require_tune_deps()
    import torch
    import transformers
    import trl
    from accelerate import PartialState
    from transformers import AutoModelForImageTextToText, AutoProcessor

    state = PartialState()
    out = Path(out).expanduser().resolve()
    local_model = Path(model).expanduser()
    base_model = str(local_model.resolve()) if local_model.exists() else str(model)
    if state.is_main_process:
        _check_out_dir(out, overwrite)

    # Data (every process builds the same rows; the trainer shards them).
    label2text = resolve_label2text(labels)
    items = load_tune_items(data, label2text=label2text, limit=limit)
    if download_images:
        with state.main_process_first():
            images = ensure_images(
                items, images, archive=images_archive, progress=state.is_main_process
            )
    images_dir = Path(images).expanduser().resolve()
    validate_tune_items(items, label2text, source=Path(data), images_dir=images_dir)
    rows = method_rows(method, items, label2text, images_dir, n_distractors=n_distractors)
    dataset = build_dataset(rows)

    # Model and processor.
    on_gpu = torch.cuda.is_available()
    if bf16 is None:
        bf16 = on_gpu and torch.cuda.is_bf16_supported()
    if gradient_checkpointing is None:
        gradient_checkpointing = on_gpu
    hyper = {
        **METHOD_DEFAULTS[method],
        **({"learning_rate": learning_rate} if learning_rate is not None else {}),
        **({"beta": beta} if beta is not None else {}),
    }
    common: dict[str, Any] = {
        "output_dir": str(out / CHECKPOINTS_DIR),
        "num_train_epochs": epochs,
        "max_steps": max_steps,
        "per_device_train_batch_size": batch_size,
        "gradient_accumulation_steps": grad_accum,
        "learning_rate": hyper["learning_rate"],
        "lr_scheduler_type": lr_scheduler,
        "warmup_steps": warmup_ratio,
        "weight_decay": weight_decay,
        "seed": seed,
        "bf16": bf16,
        _checkpointing_arg(transformers): gradient_checkpointing,
        "dataloader_pin_memory": on_gpu,  # pinning without an accelerator only warns
        "max_length": None,  # truncating image tokens breaks the forward pass
        "save_strategy": save_strategy,
        "save_only_model": True,
        "logging_steps": logging_steps,
        "report_to": report_to if isinstance(report_to, str) else list(report_to),
    }
    peft_config = _lora_config(lora) if lora is not None else None

    # The config comes before the model: under DeepSpeed ZeRO-3 it makes from_pretrained
    # load the weights already partitioned.
    if method == "sft":
        from trl import SFTConfig, SFTTrainer

        args: Any = SFTConfig(**{**common, **dict(trainer_args or {})})
        trainer_class: Any = SFTTrainer
    else:
        from trl import DPOConfig, DPOTrainer

        from spy_bench.tune.trainers import NcaPTrainer, NcaTrainer

        args = DPOConfig(
            **{
                **common,
                "beta": hyper["beta"],
                "loss_type": [LOSS_TYPES[method]],
                **dict(trainer_args or {}),
            }
        )
        trainer_class = {"nca-p": NcaPTrainer, "nca": NcaTrainer}.get(method, DPOTrainer)
    processor = AutoProcessor.from_pretrained(base_model, **dict(processor_kwargs or {}))
    policy = AutoModelForImageTextToText.from_pretrained(
        base_model, dtype=_torch_dtype(dtype, bf16), **dict(model_kwargs or {})
    )
    trainer = trainer_class(
        model=policy,
        args=args,
        train_dataset=dataset,
        processing_class=processor,
        peft_config=peft_config,
    )

    with warnings.catch_warnings():
        # TRL 1.16 reads model.is_gradient_checkpointing, which transformers 5.24 deprecates
        warnings.filterwarnings(
            "ignore", message="`is_gradient_checkpointing` is deprecated", category=FutureWarning
        )
        result = trainer.train()
    if save_strategy == "no" and trainer.accelerator.is_main_process:
        _remove_if_empty(out / CHECKPOINTS_DIR)

    # Save into a staging folder, then publish into `out` with the manifest last.
    staging = out / ".spy-tune-final.tmp"
    accelerator = trainer.accelerator
    if accelerator.is_main_process:
        shutil.rmtree(staging, ignore_errors=True)
    accelerator.wait_for_everyone()
    adapter = lora is not None and not merge_lora
    if merge_lora:
        if accelerator.is_main_process:
            merged = accelerator.unwrap_model(trainer.model).merge_and_unload()
            merged.save_pretrained(staging)
    else:
        trainer.save_model(str(staging))  # every process: ZeRO-3 gathers the weights
    manifest = {
        "method": method,
        "base_model": base_model,
        "adapter": adapter,
        "merged_lora": merge_lora,
        "data": str(Path(data).expanduser().resolve()),
        "images": str(images_dir),
        "items": len(items),
        "rows": len(rows),
        "n_distractors": n_distractors,
        "hyperparameters": {
            **hyper,
            "epochs": epochs,
            "max_steps": max_steps,
            "batch_size_per_device": batch_size,
            "grad_accum": grad_accum,
            "world_size": accelerator.num_processes,
            "lr_scheduler": lr_scheduler,
            "warmup_ratio": warmup_ratio,
            "weight_decay": weight_decay,
            "seed": seed,
            "bf16": bf16,
        },
        "lora": asdict(lora) if lora is not None else None,
        "processor_kwargs": dict(processor_kwargs or {}),
        "global_step": result.global_step,
        "train_loss": result.training_loss,
        "versions": {
            "trl": trl.__version__,
            "transformers": transformers.__version__,
            "torch": torch.__version__,
        },
    }
    if accelerator.is_main_process:
        processor.save_pretrained(staging)
        _publish(staging, out, manifest)
    accelerator.wait_for_everyone()
    return TuneResult(
        out_dir=out,
        method=method,
        base_model=base_model,
        adapter=adapter,
        global_step=result.global_step,
        train_loss=result.training_loss,
        manifest=manifest,
        log_history=list(trainer.state.log_history),
    )
