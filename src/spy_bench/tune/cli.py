"""``vlm-privacy tune``: fine-tune a VLM on SPY-Tune with SFT, DPO, NCA or NCA-P.

Single process::

    vlm-privacy tune --method nca-p --model Qwen/Qwen2-VL-7B-Instruct \\
        --data train_data.json --images DIR --out runs/ncap

Several GPUs with DeepSpeed (the same options after ``-m spy_bench.tune``)::

    accelerate launch --config_file "$(vlm-privacy tune --show-config zero2)" \\
        --num_processes 8 -m spy_bench.tune --method nca-p ...

Only :mod:`spy_bench.tune.recipes` needs the ``tune`` extra, and it is imported when a run
starts, so ``--help`` and ``--show-config`` work without torch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from vlm_privacy.errors import VlmPrivacyError

CONFIG_NAMES = ("zero2", "zero2-offload", "zero3")


def _show_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is None or ctx.resilient_parsing:
        return
    from spy_bench.tune.recipes import config_path

    click.echo(str(config_path(value)))
    ctx.exit()


def _key_values(pairs: tuple[str, ...], option: str) -> dict[str, Any]:
    """Parse ``KEY=VALUE`` options; values are JSON when they parse (numbers, booleans)."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint=option)
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


@click.command(name="tune")
@click.option(
    "--method",
    type=click.Choice(["sft", "dpo", "nca", "nca-p"]),
    required=True,
    help="sft: chosen answers (see --sft-loss); dpo: TRL sigmoid loss; nca: TRL nca_pair; "
    "nca-p: the paper's NCA-P (private and non-private pairs in one loss).",
)
@click.option("--model", required=True, help="Hub id or local folder of the VLM to fine-tune.")
@click.option(
    "--data",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help='SPY-Tune file ({"data_list": [...]}, e.g. the authors\' train_data.json).',
)
@click.option(
    "--images",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder the items' question_item.image_path are relative to.",
)
@click.option(
    "--download-images",
    is_flag=True,
    help="Extract missing images from the VISPR train archive into --images (default: cache).",
)
@click.option(
    "--images-archive",
    default=None,
    help="URL or local path of VISPR train2017.tar.gz (for --download-images).",
)
@click.option(
    "--labels",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="label2text.json (default: the official taxonomy shipped with spy_bench).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Output directory for the model (or LoRA adapter), processor and spy_tune.json.",
)
@click.option(
    "--distractors",
    "n_distractors",
    type=click.IntRange(min=0),
    default=None,
    help="Unrelated instructions next to the target one: the first N of each item's "
    "other_labels (default: all of them, five in the authors' data, as the paper trains).",
)
@click.option(
    "--sft-loss",
    type=click.Choice(["full", "completion"]),
    default="full",
    show_default=True,
    help="sft only: full = loss over the whole sequence except padding and image tokens "
    "(the authors' SFT); completion = the answer only.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Use the first N items.")
@click.option("--beta", type=float, default=None, help="β (default: nca/nca-p 0.01, dpo 0.5).")
@click.option(
    "--lr",
    "learning_rate",
    type=float,
    default=None,
    help="Learning rate (default: nca/nca-p 3e-6, dpo 1e-6, sft 6e-6).",
)
@click.option("--epochs", type=float, default=3.0, show_default=True)
@click.option(
    "--max-steps", type=int, default=-1, show_default=True, help="Stop after N steps (-1: off)."
)
@click.option(
    "--batch-size", type=click.IntRange(min=1), default=4, show_default=True, help="Per device."
)
@click.option("--grad-accum", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--scheduler", "lr_scheduler", default="cosine", show_default=True)
@click.option(
    "--warmup-ratio", type=click.FloatRange(0, 1, max_open=True), default=0.1, show_default=True
)
@click.option("--weight-decay", type=float, default=0.05, show_default=True)
@click.option("--seed", type=int, default=42, show_default=True)
@click.option(
    "--dtype",
    type=click.Choice(["auto", "bfloat16", "float16", "float32"]),
    default="auto",
    show_default=True,
    help="Weights dtype (auto: bfloat16 when training in bf16, else float32).",
)
@click.option(
    "--bf16/--no-bf16", default=None, help="Mixed precision (default: on with a bf16 GPU)."
)
@click.option(
    "--gradient-checkpointing/--no-gradient-checkpointing",
    default=None,
    help="Default: on with a GPU, off on CPU.",
)
@click.option("--lora", is_flag=True, help="Train a LoRA adapter instead of all weights.")
@click.option("--lora-r", type=click.IntRange(min=1), default=16, show_default=True)
@click.option("--lora-alpha", type=click.IntRange(min=1), default=32, show_default=True)
@click.option("--lora-dropout", type=click.FloatRange(0, 1), default=0.05, show_default=True)
@click.option(
    "--lora-targets",
    default=None,
    help="Module-name regex, comma-separated names or all-linear "
    "(default: the language model's attention and MLP projections).",
)
@click.option(
    "--merge-lora",
    is_flag=True,
    help="Merge the adapter and save a full model (loads in vLLM without LoRA support).",
)
@click.option(
    "--save-strategy",
    type=click.Choice(["epoch", "steps", "no"]),
    default="epoch",
    show_default=True,
    help="Intermediate checkpoints, under OUT/checkpoints.",
)
@click.option("--logging-steps", type=click.IntRange(min=1), default=10, show_default=True)
@click.option(
    "--report-to", default="none", show_default=True, help="tensorboard, wandb, ... or none."
)
@click.option(
    "--attn-implementation",
    default=None,
    help="Attention kernel passed to from_pretrained (sdpa, flash_attention_2, eager).",
)
@click.option(
    "--processor-arg",
    "-P",
    "processor_args",
    multiple=True,
    metavar="KEY=VALUE",
    help="Processor from_pretrained argument, repeatable (e.g. -P max_pixels=1003520). "
    "Qwen2/2.5-VL default to the authors' min_pixels=200704, max_pixels=1003520.",
)
@click.option("--overwrite", is_flag=True, help="Replace the files of an existing --out.")
@click.option(
    "--show-config",
    type=click.Choice(CONFIG_NAMES),
    callback=_show_config,
    expose_value=False,
    is_eager=True,
    help="Print the path of a packaged accelerate/DeepSpeed config and exit.",
)
def tune_command(
    method: str,
    model: str,
    data: Path,
    images: Path | None,
    download_images: bool,
    images_archive: str | None,
    labels: Path | None,
    out: Path,
    n_distractors: int | None,
    sft_loss: str,
    limit: int | None,
    beta: float | None,
    learning_rate: float | None,
    epochs: float,
    max_steps: int,
    batch_size: int,
    grad_accum: int,
    lr_scheduler: str,
    warmup_ratio: float,
    weight_decay: float,
    seed: int,
    dtype: str,
    bf16: bool | None,
    gradient_checkpointing: bool | None,
    lora: bool,
    lora_r: int,
    lora_alpha: int,
    lora_dropout: float,
    lora_targets: str | None,
    merge_lora: bool,
    save_strategy: str,
    logging_steps: int,
    report_to: str,
    attn_implementation: str | None,
    processor_args: tuple[str, ...],
    overwrite: bool,
) -> None:
    """Fine-tune a VLM on SPY-Tune (SPY paper §4) with TRL.

    Defaults follow the authors' scripts: 3 epochs, cosine schedule, warmup 0.1, weight decay
    0.05, 4 examples per device, every stored distractor instruction, SFT loss over the whole
    sequence, Qwen2/2.5-VL images between 200704 and 1003520 pixels; NCA and NCA-P use β 0.01
    and lr 3e-6. Evaluate the result with: inspect eval spy_bench/full --model hf-vlm/OUT
    """
    from spy_bench.tune.data import VISPR_TRAIN_URL
    from spy_bench.tune.recipes import DEFAULT_LORA_TARGETS, LoraSettings, train
    from vlm_privacy.hub import hub_load_args

    # `tune` prints the evaluation spelling hf-vlm/MODEL; accept it back as the model to tune
    model = model.removeprefix("hf-vlm/")
    try:
        hub_load_args(model, option="--model")
    except VlmPrivacyError as ex:
        raise click.ClickException(str(ex)) from ex

    lora_settings = None
    if lora or merge_lora:
        targets: str | list[str] = lora_targets or DEFAULT_LORA_TARGETS
        if lora_targets and "," in lora_targets:
            targets = [t.strip() for t in lora_targets.split(",") if t.strip()]
        lora_settings = LoraSettings(
            r=lora_r, alpha=lora_alpha, dropout=lora_dropout, target_modules=targets
        )
    try:
        result = train(
            method,
            model,
            data,
            out,
            images=images,
            download_images=download_images,
            images_archive=images_archive or VISPR_TRAIN_URL,
            labels=labels,
            n_distractors=n_distractors,
            sft_loss=sft_loss,
            limit=limit,
            beta=beta,
            learning_rate=learning_rate,
            epochs=epochs,
            max_steps=max_steps,
            batch_size=batch_size,
            grad_accum=grad_accum,
            lr_scheduler=lr_scheduler,
            warmup_ratio=warmup_ratio,
            weight_decay=weight_decay,
            seed=seed,
            dtype=dtype,
            bf16=bf16,
            gradient_checkpointing=gradient_checkpointing,
            lora=lora_settings,
            merge_lora=merge_lora,
            save_strategy=save_strategy,
            logging_steps=logging_steps,
            report_to=report_to,
            overwrite=overwrite,
            model_kwargs={"attn_implementation": attn_implementation}
            if attn_implementation
            else None,
            processor_kwargs=_key_values(processor_args, "--processor-arg"),
        )
    except VlmPrivacyError as ex:
        raise click.ClickException(str(ex)) from ex

    from accelerate import PartialState

    if PartialState().is_main_process:
        margs = "".join(f" -M {k}={v}" for k, v in result.inspect_model_args.items())
        click.echo(
            f"{result.method}: {result.global_step} steps, train loss "
            f"{result.train_loss:.4f}. Saved {'adapter' if result.adapter else 'model'} "
            f"to {result.out_dir}"
        )
        bench = _bench_data_dir(data, images)
        targs = f" -T data_dir={bench}" if bench else ""
        click.echo(
            f"Evaluate: inspect eval spy_bench/full --model {result.inspect_model}{margs}{targs}"
        )
        if not bench:
            click.echo(
                "(add -T data_dir=PATH for a local SPY-Bench copy; without it the official "
                "test data is downloaded on first use)"
            )


def _bench_data_dir(data: Path, images: Path | None) -> Path | None:
    """The folder next to the training data that holds SPY-Bench data (``questions.json``), if
    any: a dry run keeps synthetic SPY-Bench and SPY-Tune data side by side."""
    for folder in (images, data.parent):
        if folder is not None and (folder / "questions.json").is_file():
            return folder.expanduser().resolve()
    return None
