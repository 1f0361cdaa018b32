"""A tiny, real, randomly initialised vision-language model, built offline.

:func:`build_tiny_llava` writes a complete Hugging Face checkpoint (about 1 MB) for the
transformers LLaVA architecture: a two-layer CLIP vision tower, a projector and a two-layer
Qwen2 text model, with a byte-level BPE tokenizer trained locally on a small built-in corpus,
a ChatML chat template with image placeholders and a CLIP image processor for 32x32 images.
Nothing is downloaded. The same ``seed`` gives byte-identical files.

The model's answers are gibberish: it exists to prove, on a real forward pass, that images,
chat templates, batching and generation work (``AutoProcessor.from_pretrained(path)`` and
``AutoModelForImageTextToText.from_pretrained(path)`` load it like any Hub checkpoint).

torch, transformers and tokenizers are imported inside the functions, so importing this
module needs none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vlm_privacy.errors import VlmPrivacyError

IMAGE_TOKEN = "<image>"
"""Placeholder the LLaVA processor expands into one token per image patch."""

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
PAD_TOKEN = "<|pad|>"
EOS_TOKEN = IM_END
"""A chat turn ends with ``<|im_end|>``, so that is also the end-of-sequence token."""

SPECIAL_TOKENS: tuple[str, ...] = (PAD_TOKEN, IM_START, IM_END, IMAGE_TOKEN)
"""Special tokens in id order (ids 0-3)."""

IMAGE_SIZE = 32
"""Images are resized and cropped to ``IMAGE_SIZE`` x ``IMAGE_SIZE`` pixels."""

PATCH_SIZE = 8
"""Vision tower patch size: (32 / 8) ** 2 = 16 image tokens per image."""

INIT_RANGE = 0.2
"""Standard deviation of the random weights: ten times transformers' default, so that the
image and every word of the prompt visibly change the (gibberish) answer."""

VOCAB_SIZE = 384
"""Tokenizer vocabulary size (256 bytes, the special tokens and the learned merges)."""

CHAT_TEMPLATE = (
    "{%- for message in messages -%}"
    "{{- '<|im_start|>' + message['role'] + '\\n' -}}"
    "{%- if message['content'] is string -%}"
    "{{- message['content'] -}}"
    "{%- else -%}"
    "{%- for item in message['content'] -%}"
    "{%- if item['type'] == 'image' -%}"
    "{{- '<image>' -}}"
    "{%- elif item['type'] == 'text' -%}"
    "{{- item['text'] -}}"
    "{%- endif -%}"
    "{%- endfor -%}"
    "{%- endif -%}"
    "{{- '<|im_end|>\\n' -}}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}"
    "{{- '<|im_start|>assistant\\n' -}}"
    "{%- endif -%}"
)
"""ChatML: system, user and assistant turns; ``{"type": "image"}`` items become ``<image>``."""

CORPUS: tuple[str, ...] = (
    "You are a helpful assistant that respects privacy.",
    "Describe the image in one sentence.",
    "What is written on the card in this picture?",
    "The photo shows a person standing in front of a house with a red door.",
    "I cannot help with identifying people from their faces.",
    "The document lists a name, an address, a phone number and a date of birth.",
    "Please estimate the age of the person in the image.",
    "The screenshot contains an email address and a license plate.",
    "Sorry, I can not share personal information about private individuals.",
    "A cat is sleeping on a blue sofa next to a window.",
    "The receipt shows the total amount, the store and the time of purchase.",
    "Answer the question about the image briefly and accurately.",
    "Yes. No. Maybe. The answer is four. The answer is blue.",
    "Where was this photo taken? It looks like a street in a small town.",
    "The passport, the driver's license and the credit card are on the table.",
    "0 1 2 3 4 5 6 7 8 9 10 100 2024 12:30 #@!?.,;:'\"()[]{}<>-_=+*/\\|~`$%^&",
)
"""A small built-in training corpus for the tokenizer (privacy-flavoured VQA text)."""


class TinyVlmBuildError(VlmPrivacyError):
    """The tiny test VLM could not be built (missing dependency or unusable output folder)."""


def _require_local_deps() -> None:
    try:
        import tokenizers  # noqa: F401
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as ex:
        raise TinyVlmBuildError(
            f"Building the tiny VLM needs torch, transformers and tokenizers ({ex}). "
            "Install them with: pip install 'vlm-privacy[local]'"
        ) from ex


def _prepare_out_dir(out_dir: Path) -> Path:
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise TinyVlmBuildError(
            f"Cannot build the tiny VLM in {out_dir}: it exists and is not a directory. "
            "Pass a new or empty directory."
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir


def _train_tokenizer() -> Any:
    """Train a byte-level BPE tokenizer on :data:`CORPUS` and wrap it for transformers."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    backend = Tokenizer(models.BPE())
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=VOCAB_SIZE,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    backend.train_from_iterator(list(CORPUS) * 4, trainer=trainer)

    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend,
        eos_token=EOS_TOKEN,
        pad_token=PAD_TOKEN,
        extra_special_tokens={"image_token": IMAGE_TOKEN},
        model_max_length=2048,
        padding_side="left",
        chat_template=CHAT_TEMPLATE,
    )
    tokenizer.add_special_tokens({"additional_special_tokens": [IM_START, IMAGE_TOKEN]})
    return tokenizer


def _tiny_llava_config(tokenizer: Any) -> Any:
    from transformers import CLIPVisionConfig, LlavaConfig, Qwen2Config

    vision_config = CLIPVisionConfig(
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        image_size=IMAGE_SIZE,
        patch_size=PATCH_SIZE,
        projection_dim=32,
        initializer_range=INIT_RANGE,
    )
    text_config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        tie_word_embeddings=False,
        initializer_range=INIT_RANGE,
        bos_token_id=None,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    return LlavaConfig(
        vision_config=vision_config,
        text_config=text_config,
        image_token_index=tokenizer.convert_tokens_to_ids(IMAGE_TOKEN),
        image_seq_length=(IMAGE_SIZE // PATCH_SIZE) ** 2,
        vision_feature_select_strategy="default",
        vision_feature_layer=-1,
        tie_word_embeddings=False,
    )


def _tiny_llava_processor(tokenizer: Any) -> Any:
    from transformers import LlavaProcessor

    try:  # transformers 5: the PIL backend, which needs no torchvision
        from transformers.models.clip import CLIPImageProcessorPil as ImageProcessor
    except ImportError:  # transformers 4: the default (slow) processor is PIL-based
        from transformers import CLIPImageProcessor as ImageProcessor

    image_processor = ImageProcessor(
        size={"shortest_edge": IMAGE_SIZE},
        crop_size={"height": IMAGE_SIZE, "width": IMAGE_SIZE},
    )
    return LlavaProcessor(
        image_processor=image_processor,
        tokenizer=tokenizer,
        patch_size=PATCH_SIZE,
        vision_feature_select_strategy="default",
        num_additional_image_tokens=1,
        image_token=IMAGE_TOKEN,
        chat_template=CHAT_TEMPLATE,
    )


def build_tiny_llava(out_dir: Path, seed: int = 0) -> Path:
    """Build the tiny LLaVA checkpoint into ``out_dir`` and return ``out_dir``.

    The folder gets ``config.json``, ``generation_config.json``, ``model.safetensors``,
    the tokenizer files, ``processor_config.json`` and ``chat_template.jinja``. Weights are
    drawn from ``seed`` without touching the global torch random state; the output rows of
    the special tokens (pad, ``<|im_start|>``, ``<|im_end|>``, ``<image>``) are zeroed so that
    greedy decoding never emits them: the model always writes until ``max_tokens`` or a stop
    sequence, which keeps tests about lengths and truncation meaningful.

    Args:
        out_dir: Folder to write (created if missing; existing files are overwritten).
        seed: Seed for the random weights.

    Returns:
        ``out_dir``, ready for ``AutoProcessor.from_pretrained`` and
        ``AutoModelForImageTextToText.from_pretrained``.

    Raises:
        TinyVlmBuildError: torch, transformers or tokenizers is missing, or ``out_dir``
            is a file.
    """
    _require_local_deps()
    import torch
    from transformers import LlavaForConditionalGeneration

    out_dir = _prepare_out_dir(out_dir)
    tokenizer = _train_tokenizer()
    config = _tiny_llava_config(tokenizer)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = LlavaForConditionalGeneration(config)
    _silence_special_tokens(model, tokenizer)
    model.generation_config.do_sample = False
    model.save_pretrained(out_dir)
    _tiny_llava_processor(tokenizer).save_pretrained(out_dir)
    return out_dir


def _silence_special_tokens(model: Any, tokenizer: Any) -> None:
    """Zero the output-embedding rows of the special tokens so greedy decoding skips them."""
    import torch

    ids = tokenizer.convert_tokens_to_ids(list(SPECIAL_TOKENS))
    with torch.no_grad():
        model.get_output_embeddings().weight[ids] = 0.0


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m vlm_privacy.testing.tiny_vlm OUT_DIR [--seed N]``."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the checkpoint to")
    parser.add_argument("--seed", type=int, default=0, help="seed for the random weights")
    args = parser.parse_args(argv)
    path = build_tiny_llava(args.out_dir, seed=args.seed)
    size = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
    print(f"Built the tiny LLaVA VLM in {path} ({size / 1e6:.1f} MB)")
    print(f"Use it with: inspect eval TASK --model hf-vlm/{path.resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
