"""SPY-Tune recipes: ``train(method=...)`` fine-tunes a VLM with SFT, DPO, NCA or NCA-P on TRL.

- ``sft``: TRL ``SFTTrainer`` on the chosen answers, with the loss over the whole sequence
  except padding and image tokens, as the authors' SFT (``sft_loss="full"``), or over the
  answer only (``sft_loss="completion"``).
- ``dpo``: TRL ``DPOTrainer`` with the sigmoid loss (SPY eq. 5).
- ``nca``: TRL ``DPOTrainer`` with the ``nca_pair`` loss (SPY eq. 6).
- ``nca-p``: :class:`~spy_bench.tune.trainers.NcaPTrainer` (SPY eq. 7) on paired rows.

Defaults are the authors' training scripts (``train/scripts/train_*.sh`` in
achernarwang/specify-privacy-yourself): 3 epochs, cosine schedule, warmup ratio 0.1, weight
decay 0.05, 4 examples per device (32 on their 8 GPUs), bf16 with gradient checkpointing on a
GPU, and per method: NCA and NCA-P β 0.01, lr 3e-6; DPO β 0.5, lr 1e-6; SFT lr 6e-6.
Prompts carry the target instruction plus every distractor the item stores (five in the
authors' data), as the paper trains; Qwen2/2.5-VL processors get the authors' training image
bounds (:data:`spy_bench.faithful.QWEN_TRAIN_PIXELS`).

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

from spy_bench.faithful import QWEN_TRAIN_PIXELS, hf_vlm_model_args, is_qwen_vl
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

SFT_LOSSES = ("full", "completion")
"""``--sft-loss`` choices: the whole sequence (the authors' SFT) or the answer only."""

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
    qwen_vl: bool = False
    """The base model is Qwen2-VL or Qwen2.5-VL (evaluated with the authors' pixel bounds)."""

    @property
    def inspect_model(self) -> str:
        """The ``--model`` to evaluate the result with the ``hf-vlm`` provider."""
        return f"hf-vlm/{self.base_model if self.adapter else self.out_dir}"

    @property
    def inspect_model_args(self) -> dict[str, str]:
        """The ``-M`` model args that go with :attr:`inspect_model`: the adapter, and for Qwen
        models the authors' evaluation pixel bounds (the saved processor keeps the training
        bounds, :data:`spy_bench.faithful.QWEN_TRAIN_PIXELS`)."""
        args = {"adapter": str(self.out_dir)} if self.adapter else {}
        if self.qwen_vl:
            args.update({key: str(value) for key, value in hf_vlm_model_args().items()})
        return args


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


# --------------------------------------------------------------------------- steps


@dataclass
class TrainingData:
    """The items read for a run and the rows built from them."""

    items: list[dict[str, Any]]
    rows: list[dict[str, Any]]
    dataset: Any
    """The ``datasets.Dataset`` of :attr:`rows` (images decoded on access)."""
    images_dir: Path


def _check_arguments(
    method: str,
    sft_loss: str,
    lora: LoraSettings | None,
    merge_lora: bool,
    images: str | Path | None,
    download_images: bool,
) -> None:
    """Refuse unusable arguments before anything is loaded."""
    if method not in METHODS:
        raise DataValidationError(f"Unknown method {method!r}: choose one of {', '.join(METHODS)}.")
    if sft_loss not in SFT_LOSSES:
        raise DataValidationError(
            f"Unknown sft_loss {sft_loss!r} (--sft-loss): choose full (the authors' loss over "
            "the whole sequence) or completion (the answer only)."
        )
    if merge_lora and lora is None:
        raise DataValidationError("merge_lora needs LoRA training (--lora).")
    if images is None and not download_images:
        raise DataValidationError(
            "Pass --images DIR (the folder holding images/train2017/...) or --download-images "
            "to fetch the VISPR train images."
        )


def _base_model(model: str | Path) -> str:
    """A local folder as an absolute path, anything else as given (a hub id)."""
    local_model = Path(model).expanduser()
    return str(local_model.resolve()) if local_model.exists() else str(model)


def _training_data(
    state: Any,
    method: str,
    data: str | Path,
    *,
    images: str | Path | None,
    download_images: bool,
    images_archive: str,
    labels: str | Path | None,
    limit: int | None,
    n_distractors: int | None,
) -> TrainingData:
    """Read and check the items, fetch missing images, build the method's rows.

    Every process builds the same rows; the trainer shards them.
    """
    label2text = resolve_label2text(labels)
    items = load_tune_items(data, label2text=label2text, limit=limit)
    if download_images:
        with state.main_process_first():
            images = ensure_images(
                items, images, archive=images_archive, progress=state.is_main_process
            )
    assert images is not None  # checked by _check_arguments
    images_dir = Path(images).expanduser().resolve()
    validate_tune_items(items, label2text, source=Path(data), images_dir=images_dir)
    rows = method_rows(method, items, label2text, images_dir, n_distractors=n_distractors)
    return TrainingData(items, rows, build_dataset(rows), images_dir)


def _precision(bf16: bool | None, gradient_checkpointing: bool | None) -> tuple[bool, bool]:
    """bf16 and gradient checkpointing, defaulting to on with a (bf16-capable) GPU."""
    import torch

    on_gpu = torch.cuda.is_available()
    if bf16 is None:
        bf16 = on_gpu and torch.cuda.is_bf16_supported()
    if gradient_checkpointing is None:
        gradient_checkpointing = on_gpu
    return bool(bf16), bool(gradient_checkpointing)


def _hyperparameters(
    method: str, learning_rate: float | None, beta: float | None
) -> dict[str, float]:
    """The method's defaults (:data:`METHOD_DEFAULTS`) with the given overrides."""
    return {
        **METHOD_DEFAULTS[method],
        **({"learning_rate": learning_rate} if learning_rate is not None else {}),
        **({"beta": beta} if beta is not None else {}),
    }


def _common_config(
    out: Path,
    hyper: Mapping[str, float],
    *,
    epochs: float,
    max_steps: int,
    batch_size: int,
    grad_accum: int,
    lr_scheduler: str,
    warmup_ratio: float,
    weight_decay: float,
    seed: int,
    bf16: bool,
    gradient_checkpointing: bool,
    save_strategy: str,
    logging_steps: int,
    report_to: str | Sequence[str],
) -> dict[str, Any]:
    """The fields every method's TRL config shares (checkpoints go to ``<out>/checkpoints``)."""
    import torch
    import transformers

    on_gpu = torch.cuda.is_available()
    return {
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


def _trainer_config(
    method: str,
    common: dict[str, Any],
    hyper: Mapping[str, float],
    sft_loss: str,
    trainer_args: Mapping[str, Any] | None,
) -> tuple[Any, Any]:
    """The TRL config and trainer class of ``method``; ``trainer_args`` are applied last.

    Built before the model: under DeepSpeed ZeRO-3 the config makes ``from_pretrained`` load
    the weights already partitioned.
    """
    if method == "sft":
        from trl import SFTConfig, SFTTrainer

        sft = {"completion_only_loss": sft_loss == "completion"}
        return SFTConfig(**{**common, **sft, **dict(trainer_args or {})}), SFTTrainer
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
    return args, {"nca-p": NcaPTrainer, "nca": NcaTrainer}.get(method, DPOTrainer)


def default_processor_kwargs(
    base_model: str, processor_kwargs: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Processor arguments for ``base_model``: the given ones, over the authors' training
    pixel bounds (:data:`spy_bench.faithful.QWEN_TRAIN_PIXELS`) for Qwen2/2.5-VL checkpoints.

    The checkpoint's ``config.json`` decides (``model_type``); when it cannot be read, the
    name does.
    """
    defaults = QWEN_TRAIN_PIXELS if is_qwen_checkpoint(base_model) else {}
    return {**defaults, **dict(processor_kwargs or {})}


def is_qwen_checkpoint(base_model: str) -> bool:
    """Whether ``base_model`` is Qwen2-VL or Qwen2.5-VL: its ``config.json``'s ``model_type``
    decides, or its name when the config cannot be read."""
    from transformers import AutoConfig

    try:
        model_type = getattr(AutoConfig.from_pretrained(base_model), "model_type", None)
    except (OSError, ValueError):
        model_type = None
    return is_qwen_vl(base_model, model_type)


def _load_model(
    base_model: str,
    dtype: str,
    bf16: bool,
    model_kwargs: Mapping[str, Any] | None,
    processor_kwargs: Mapping[str, Any],
) -> tuple[Any, Any]:
    """The processor and the policy model."""
    from transformers import AutoModelForImageTextToText, AutoProcessor

    processor = AutoProcessor.from_pretrained(base_model, **dict(processor_kwargs))
    policy = AutoModelForImageTextToText.from_pretrained(
        base_model, dtype=_torch_dtype(dtype, bf16), **dict(model_kwargs or {})
    )
    return processor, policy


def _make_trainer(
    trainer_class: Any,
    method: str,
    sft_loss: str,
    policy: Any,
    args: Any,
    dataset: Any,
    processor: Any,
    lora: LoraSettings | None,
) -> Any:
    """The trainer; for SFT over the full sequence, image tokens are kept out of the loss."""
    trainer = trainer_class(
        model=policy,
        args=args,
        train_dataset=dataset,
        processing_class=processor,
        peft_config=_lora_config(lora) if lora is not None else None,
    )
    if method == "sft" and sft_loss == "full":
        from spy_bench.tune.trainers import ImageTokenMasking

        trainer.data_collator = ImageTokenMasking(trainer.data_collator, processor)
    return trainer


def _save_model(trainer: Any, staging: Path, lora: LoraSettings | None, merge_lora: bool) -> bool:
    """Save the trained model (or adapter) into ``staging``; return whether it is an adapter."""
    accelerator = trainer.accelerator
    if accelerator.is_main_process:
        shutil.rmtree(staging, ignore_errors=True)
    accelerator.wait_for_everyone()
    if merge_lora:
        if accelerator.is_main_process:
            merged = accelerator.unwrap_model(trainer.model).merge_and_unload()
            merged.save_pretrained(staging)
    else:
        trainer.save_model(str(staging))  # every process: ZeRO-3 gathers the weights
    return lora is not None and not merge_lora


def _hyperparameter_record(
    hyper: Mapping[str, float], common: Mapping[str, Any], world_size: int
) -> dict[str, Any]:
    """The manifest's ``hyperparameters``: the method's, the shared config's, the world size."""
    return {
        **hyper,
        "epochs": common["num_train_epochs"],
        "max_steps": common["max_steps"],
        "batch_size_per_device": common["per_device_train_batch_size"],
        "grad_accum": common["gradient_accumulation_steps"],
        "world_size": world_size,
        "lr_scheduler": common["lr_scheduler_type"],
        "warmup_ratio": common["warmup_steps"],
        "weight_decay": common["weight_decay"],
        "seed": common["seed"],
        "bf16": common["bf16"],
    }


def _versions() -> dict[str, str]:
    import torch
    import transformers
    import trl

    return {
        "trl": trl.__version__,
        "transformers": transformers.__version__,
        "torch": torch.__version__,
    }


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
    n_distractors: int | None = None,
    sft_loss: str = "full",
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
        n_distractors: Distractor instructions per prompt: ``None`` (default) every stored
            ``other_labels`` entry, as the paper trains; K the first K of them.
        sft_loss: For ``sft``: ``full`` (default, the authors' SFT) computes the loss over the
            whole sequence (system prompt, instructions, question and answer) except padding
            and image tokens; ``completion`` over the answer only.
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
            processor. Qwen2/2.5-VL checkpoints get the authors' training bounds
            ``min_pixels=200704, max_pixels=1003520`` unless these set them.
        trainer_args: Extra ``DPOConfig`` / ``SFTConfig`` fields, applied last.
    """
    _check_arguments(method, sft_loss, lora, merge_lora, images, download_images)
    _require_tune_deps()
    from accelerate import PartialState

    state = PartialState()
    out = Path(out).expanduser().resolve()
    base_model = _base_model(model)
    if state.is_main_process:
        _check_out_dir(out, overwrite)
    training = _training_data(
        state,
        method,
        data,
        images=images,
        download_images=download_images,
        images_archive=images_archive,
        labels=labels,
        limit=limit,
        n_distractors=n_distractors,
    )
    bf16, gradient_checkpointing = _precision(bf16, gradient_checkpointing)
    hyper = _hyperparameters(method, learning_rate, beta)
    common = _common_config(
        out,
        hyper,
        epochs=epochs,
        max_steps=max_steps,
        batch_size=batch_size,
        grad_accum=grad_accum,
        lr_scheduler=lr_scheduler,
        warmup_ratio=warmup_ratio,
        weight_decay=weight_decay,
        seed=seed,
        bf16=bf16,
        gradient_checkpointing=gradient_checkpointing,
        save_strategy=save_strategy,
        logging_steps=logging_steps,
        report_to=report_to,
    )
    args, trainer_class = _trainer_config(method, common, hyper, sft_loss, trainer_args)
    processor_kwargs = default_processor_kwargs(base_model, processor_kwargs)
    processor, policy = _load_model(base_model, dtype, bf16, model_kwargs, processor_kwargs)
    trainer = _make_trainer(
        trainer_class, method, sft_loss, policy, args, training.dataset, processor, lora
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
    adapter = _save_model(trainer, staging, lora, merge_lora)
    accelerator = trainer.accelerator
    manifest = {
        "method": method,
        "base_model": base_model,
        "adapter": adapter,
        "merged_lora": merge_lora,
        "data": str(Path(data).expanduser().resolve()),
        "images": str(training.images_dir),
        "items": len(training.items),
        "rows": len(training.rows),
        "n_distractors": n_distractors,
        "sft_loss": sft_loss if method == "sft" else None,
        "hyperparameters": _hyperparameter_record(hyper, common, accelerator.num_processes),
        "lora": asdict(lora) if lora is not None else None,
        "processor_kwargs": processor_kwargs,
        "global_step": result.global_step,
        "train_loss": result.training_loss,
        "versions": _versions(),
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
        qwen_vl=is_qwen_checkpoint(base_model),
    )
