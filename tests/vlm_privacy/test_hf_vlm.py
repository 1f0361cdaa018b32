"""Tests of the ``hf-vlm`` provider and the tiny offline VLM, on real CPU forward passes.

The tiny LLaVA model (built once per session by the ``tiny_vlm_path`` fixture) has random
weights, so its answers are gibberish; its output rows for the special tokens are zeroed, so
it never ends a turn by itself and always writes until ``max_tokens`` or a stop sequence.
"""

from __future__ import annotations

import asyncio
import base64
import filecmp
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from inspect_ai import Task, eval  # noqa: E402
from inspect_ai.dataset import Sample  # noqa: E402
from inspect_ai.log import read_eval_log  # noqa: E402
from inspect_ai.model import (  # noqa: E402
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageUser,
    ContentAudio,
    ContentImage,
    ContentText,
    GenerateConfig,
    Model,
    ModelOutput,
    get_model,
)
from inspect_ai.solver import generate, system_message  # noqa: E402
from inspect_ai.tool import ToolInfo, ToolParams  # noqa: E402
from PIL import Image  # noqa: E402

from vlm_privacy.errors import VlmPrivacyError  # noqa: E402
from vlm_privacy.providers.hf_vlm import (  # noqa: E402
    MODEL_INFO_LOOKUP_API_KEY,
    ChatTemplateError,
    GenerationRequest,
    GenerationResult,
    GenerationSettings,
    HfVlmAPI,
    HfVlmError,
    ImageLoadError,
    MissingDependencyError,
    ModelArgError,
    RequestBatcher,
    UnsupportedInputError,
    require_local_dependencies,
    truncate_at_stop,
)
from vlm_privacy.testing.tiny_vlm import IMAGE_SIZE, PATCH_SIZE, build_tiny_llava  # noqa: E402

IMAGE_TOKENS = (IMAGE_SIZE // PATCH_SIZE) ** 2


# -- helpers -----------------------------------------------------------------------------


def data_uri(path: Path) -> str:
    mime = "image/png" if path.suffix == ".png" else "image/jpeg"
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode()


def user(*parts: str | Path, as_uri: bool = True) -> ChatMessageUser:
    """A user message: ``str`` parts are text, ``Path`` parts images (inline by default)."""
    content: list[ContentText | ContentImage] = []
    for part in parts:
        if isinstance(part, Path):
            content.append(ContentImage(image=data_uri(part) if as_uri else str(part)))
        else:
            content.append(ContentText(text=part))
    return ChatMessageUser(content=content)


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


async def generate_text(model: Model, messages: list[ChatMessage], **config: object) -> ModelOutput:
    return await model.generate(messages, config=GenerateConfig(**config))  # type: ignore[arg-type]


def api(model: Model) -> HfVlmAPI:
    assert isinstance(model.api, HfVlmAPI)
    return model.api


# -- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Three different small images (PNG and JPEG, not the model's 32x32 size)."""
    root = tmp_path_factory.mktemp("images")
    paths = {
        "gradient": root / "gradient.png",
        "green": root / "green.jpg",
        "stripes": root / "stripes.png",
    }
    Image.radial_gradient("L").convert("RGB").resize((48, 40)).save(paths["gradient"])
    Image.new("RGB", (50, 30), (10, 200, 30)).save(paths["green"])
    stripes = Image.new("RGB", (36, 36), (255, 255, 255))
    for x in range(0, 36, 6):
        stripes.paste((200, 0, 0), (x, 0, x + 3, 36))
    stripes.save(paths["stripes"])
    return paths


@pytest.fixture(scope="module")
def model(tiny_vlm_path: Path) -> Iterator[Model]:
    """The tiny VLM through the provider, on CPU in float32."""
    m = get_model(f"hf-vlm/{tiny_vlm_path}", device="cpu", torch_dtype="float32", memoize=False)
    yield m
    m.api.close()


@pytest.fixture(scope="module")
def batching_model(tiny_vlm_path: Path) -> Iterator[Model]:
    """The tiny VLM with batches of 4 and a long window: a batch runs once 4 requests wait."""
    m = get_model(
        f"hf-vlm/{tiny_vlm_path}", device="cpu", batch_size=4, batch_window=5, memoize=False
    )
    yield m
    m.api.close()


# -- the tiny model ----------------------------------------------------------------------


def test_tiny_vlm_is_small_complete_and_deterministic(tiny_vlm_path: Path, tmp_path: Path) -> None:
    names = {p.name for p in tiny_vlm_path.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "processor_config.json"} <= names
    assert "chat_template.jinja" in names
    assert sum(p.stat().st_size for p in tiny_vlm_path.iterdir()) < 2_000_000

    again = build_tiny_llava(tmp_path / "again", seed=0)
    match, mismatch, errors = filecmp.cmpfiles(tiny_vlm_path, again, sorted(names), shallow=False)
    assert mismatch == [] and errors == [] and sorted(match) == sorted(names)

    other = build_tiny_llava(tmp_path / "other", seed=1)
    assert not filecmp.cmp(
        tiny_vlm_path / "model.safetensors", other / "model.safetensors", shallow=False
    )
    assert filecmp.cmp(tiny_vlm_path / "tokenizer.json", other / "tokenizer.json", shallow=False)


def test_tiny_vlm_loads_with_transformers_auto_classes(tiny_vlm_path: Path) -> None:
    from transformers import AutoModelForImageTextToText, AutoProcessor

    processor = AutoProcessor.from_pretrained(tiny_vlm_path)
    model = AutoModelForImageTextToText.from_pretrained(tiny_vlm_path)
    assert type(model).__name__ == "LlavaForConditionalGeneration"
    conversation = [
        {"role": "system", "content": [{"type": "text", "text": "Be brief."}]},
        {"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "Hi"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "Hello"}]},
        {"role": "user", "content": [{"type": "text", "text": "Again"}]},
    ]
    prompt = processor.apply_chat_template(conversation, add_generation_prompt=True, tokenize=False)
    assert prompt == (
        "<|im_start|>system\nBe brief.<|im_end|>\n"
        "<|im_start|>user\n<image>Hi<|im_end|>\n"
        "<|im_start|>assistant\nHello<|im_end|>\n"
        "<|im_start|>user\nAgain<|im_end|>\n"
        "<|im_start|>assistant\n"
    )
    inputs = processor(
        text=[prompt], images=[Image.new("RGB", (64, 64), (1, 2, 3))], return_tensors="pt"
    )
    image_id = processor.tokenizer.convert_tokens_to_ids("<image>")
    assert int((inputs["input_ids"] == image_id).sum()) == IMAGE_TOKENS
    assert tuple(inputs["pixel_values"].shape) == (1, 3, IMAGE_SIZE, IMAGE_SIZE)
    out = model.generate(**inputs, max_new_tokens=3, do_sample=False)
    assert out.shape[1] == inputs["input_ids"].shape[1] + 3


# -- provider: loading and rendering -----------------------------------------------------


def test_provider_resolves_by_name_and_loads_on_cpu(model: Model, tiny_vlm_path: Path) -> None:
    assert str(model) == f"hf-vlm/{tiny_vlm_path}"
    hf = api(model)
    assert hf.device == "cpu"
    assert str(hf.model.device) == "cpu"
    assert str(hf.model.dtype) == "torch.float32"
    assert hf.tokenizer.padding_side == "left"
    assert model.api.max_connections() == 16


def test_system_image_and_multi_turn_prompt_rendering(
    model: Model, images: dict[str, Path]
) -> None:
    messages: list[ChatMessage] = [
        ChatMessageSystem(content="Answer briefly."),
        user(images["gradient"], "What is this?"),
        ChatMessageAssistant(content="A gradient."),
        user("And this one?", images["green"]),
    ]
    prepared = run(api(model).prepare(messages))
    assert prepared.prompt == (
        "<|im_start|>system\nAnswer briefly.<|im_end|>\n"
        "<|im_start|>user\n<image>What is this?<|im_end|>\n"
        "<|im_start|>assistant\nA gradient.<|im_end|>\n"
        "<|im_start|>user\nAnd this one?<image><|im_end|>\n"
        "<|im_start|>assistant\n"
    )
    assert [img.size for img in prepared.images] == [(48, 40), (50, 30)]
    assert [where for _, where in prepared.image_refs] == [
        "message 1, content item 0",
        "message 3, content item 1",
    ]


# -- provider: generation ----------------------------------------------------------------


def test_generate_with_image_reports_usage_and_respects_max_tokens(
    model: Model, images: dict[str, Path]
) -> None:
    messages: list[ChatMessage] = [user(images["gradient"], "Describe the image.")]
    prompt_tokens = len(api(model).tokenizer(run(api(model).prepare(messages)).prompt)["input_ids"])
    for max_tokens in (1, 6):
        out = run(generate_text(model, messages, max_tokens=max_tokens))
        assert out.completion
        assert out.stop_reason == "max_tokens"
        assert out.usage is not None
        assert out.usage.output_tokens == max_tokens
        # the processor expands the one <image> placeholder into one token per patch
        assert out.usage.input_tokens == prompt_tokens - 1 + IMAGE_TOKENS
        assert out.usage.total_tokens == out.usage.input_tokens + max_tokens
        assert out.choices[0].message.model == model.api.model_name


def test_greedy_is_deterministic_and_default(model: Model, images: dict[str, Path]) -> None:
    messages: list[ChatMessage] = [user(images["green"], "What is written on the card?")]
    first = run(generate_text(model, messages, max_tokens=8))
    second = run(generate_text(model, messages, max_tokens=8, temperature=0.0))
    third = run(generate_text(model, messages, max_tokens=8, temperature=0))
    assert first.completion == second.completion == third.completion


def test_seeded_sampling_is_reproducible(model: Model, images: dict[str, Path]) -> None:
    messages: list[ChatMessage] = [user(images["green"], "What is written on the card?")]
    config = {"max_tokens": 8, "temperature": 1.5, "top_p": 0.95, "top_k": 50, "seed": 7}
    first = run(generate_text(model, messages, **config))
    second = run(generate_text(model, messages, **config))
    assert first.completion == second.completion
    assert first.usage is not None and first.usage.output_tokens == 8


def test_images_and_text_change_the_answer(model: Model, images: dict[str, Path]) -> None:
    answers = {
        (name, question): run(generate_text(model, [user(images[name], question)], max_tokens=8))
        for name in ("gradient", "stripes")
        for question in ("Describe the image.", "Where was this photo taken?")
    }
    completions = [out.completion for out in answers.values()]
    assert len(set(completions)) == len(completions)


def test_file_path_file_url_and_data_uri_give_the_same_image(
    model: Model, images: dict[str, Path]
) -> None:
    path = images["stripes"]
    config = GenerateConfig(max_tokens=8)
    hf = api(model)

    async def direct(ref: str) -> str:
        # Model.generate() requires inline media (Inspect materializes sample images into
        # data URIs); the provider itself also reads paths and file:// URLs.
        message = ChatMessageUser(content=[ContentImage(image=ref), ContentText(text="What?")])
        output, call = await hf.generate([message], [], "none", config)
        if ref.startswith("data:"):
            assert call.request["images"][0].startswith("inline image (data:image/png;base64,")
        else:
            assert call.request["images"] == [ref]
        return output.completion

    via_uri = run(direct(data_uri(path)))
    assert run(direct(str(path))) == via_uri
    assert run(direct(path.as_uri())) == via_uri
    via_model = run(generate_text(model, [user(path, "What?")], max_tokens=8))
    assert via_model.completion == via_uri


def test_system_message_and_multi_turn_generate(model: Model, images: dict[str, Path]) -> None:
    single: list[ChatMessage] = [user(images["gradient"], "What is this?")]
    with_system: list[ChatMessage] = [ChatMessageSystem(content="You respect privacy."), *single]
    multi_turn: list[ChatMessage] = [
        *with_system,
        ChatMessageAssistant(content="I see a gradient."),
        user("Describe it again, briefly."),
    ]
    outs = [run(generate_text(model, m, max_tokens=6)) for m in (single, with_system, multi_turn)]
    assert all(o.completion for o in outs)
    tokens = [o.usage.input_tokens for o in outs if o.usage is not None]
    assert tokens[0] < tokens[1] < tokens[2]
    assert len({o.completion for o in outs}) == 3


def test_stop_seqs_truncate_and_stop_early(model: Model, images: dict[str, Path]) -> None:
    # find a printable stop string that first occurs mid-answer, then ask again with it
    candidates = []
    for name in images:
        for question in ("Describe the image.", "Who is in the photo?"):
            messages: list[ChatMessage] = [user(images[name], question)]
            full = run(generate_text(model, messages, max_tokens=24)).completion
            # in the first half, so that generation visibly stops before max_tokens
            for start in range(2, len(full) // 2):
                stop = full[start : start + 2]
                if stop.isascii() and stop.isalnum() and full.find(stop) == start:
                    candidates.append((messages, full, stop))
                    break
    assert candidates, "no printable two-character stop string found in the tiny model's answers"
    for messages, full, stop in candidates[:2]:
        out = run(generate_text(model, messages, max_tokens=24, stop_seqs=[stop, "never-seen"]))
        assert out.completion == full[: full.find(stop)]
        assert out.stop_reason == "stop"
        assert out.usage is not None and out.usage.output_tokens < 24


def test_truncate_at_stop_picks_the_earliest() -> None:
    assert truncate_at_stop("abc STOP def END", ["END", "STOP"]) == ("abc ", True)
    assert truncate_at_stop("abc", ["x"]) == ("abc", False)
    assert truncate_at_stop("abc", []) == ("abc", False)


# -- provider: batching ------------------------------------------------------------------


def test_concurrent_requests_are_batched_and_each_gets_its_own_answer(
    model: Model, batching_model: Model, images: dict[str, Path]
) -> None:
    requests: list[list[ChatMessage]] = [
        [user(images["gradient"], "Describe the image.")],
        [ChatMessageSystem(content="Be brief."), user("No image in this one, just text.")],
        [user(images["green"], "What is written here?", images["stripes"])],
        [user(images["stripes"], "Is there a person?")],
    ]
    alone = [run(generate_text(model, r, max_tokens=7)).completion for r in requests]
    assert len(set(alone)) == len(alone)

    async def together() -> list[ModelOutput]:
        return await asyncio.gather(
            *(generate_text(batching_model, r, max_tokens=7) for r in requests)
        )

    outputs = run(together())
    assert [o.completion for o in outputs] == alone
    assert all(o.metadata == {"batch_size": 4} for o in outputs)
    # usage counts each request's own tokens, not the padded batch width
    singles = [run(generate_text(model, r, max_tokens=7)).usage for r in requests]
    assert [o.usage.input_tokens for o in outputs if o.usage] == [
        u.input_tokens for u in singles if u
    ]


def test_requests_with_different_settings_run_in_separate_batches(
    model: Model, batching_model: Model, images: dict[str, Path]
) -> None:
    messages: list[ChatMessage] = [user(images["gradient"], "Describe the image.")]
    short, long = (run(generate_text(model, messages, max_tokens=n)) for n in (3, 5))

    async def mixed() -> list[ModelOutput]:
        return await asyncio.gather(
            *(generate_text(batching_model, messages, max_tokens=n) for n in (3, 5, 3, 5))
        )

    outs = run(mixed())
    assert [o.usage.output_tokens for o in outs if o.usage] == [3, 5, 3, 5]
    assert [o.completion for o in outs] == [
        short.completion,
        long.completion,
        short.completion,
        long.completion,
    ]
    # four requests arrived together and were split by settings into two batches of two
    assert all(o.metadata == {"batch_size": 2} for o in outs)


def test_batcher_retries_a_failed_batch_one_by_one() -> None:
    # one bad request must not fail the requests it happened to be batched with
    settings = GenerationSettings(max_new_tokens=1, do_sample=False)
    batch_sizes: list[int] = []

    def run_batch(requests: list[GenerationRequest]) -> list[GenerationResult]:
        batch_sizes.append(len(requests))
        if any(r.prompt == "bad" for r in requests):
            raise ValueError("bad request")
        return [
            GenerationResult(r.prompt.upper(), "stop", 1, 1, 0.0, len(requests)) for r in requests
        ]

    batcher = RequestBatcher(run_batch, batch_size=3, window=5)

    async def submit_all() -> list[GenerationResult | BaseException]:
        prompts = ("a", "bad", "c")
        return await asyncio.gather(
            *(batcher.submit(GenerationRequest(p, [], settings)) for p in prompts),
            return_exceptions=True,
        )

    first, bad, third = run(submit_all())
    batcher.close()
    assert isinstance(first, GenerationResult) and first.text == "A"
    assert isinstance(third, GenerationResult) and third.text == "C"
    assert isinstance(bad, ValueError)
    assert batch_sizes == [3, 1, 1, 1]


# -- provider: adapters ------------------------------------------------------------------


def test_peft_adapter_zero_init_changes_nothing_random_init_does(
    tiny_vlm_path: Path, model: Model, images: dict[str, Path], tmp_path: Path
) -> None:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForImageTextToText

    def save_adapter(out: Path, zero: bool) -> Path:
        base = AutoModelForImageTextToText.from_pretrained(tiny_vlm_path)
        config = LoraConfig(
            r=4,
            lora_alpha=8,
            target_modules=r".*language_model.*\.(q_proj|v_proj)",
            init_lora_weights=True if zero else False,
        )
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(0)
            peft_model = get_peft_model(base, config)
            if not zero:
                with torch.no_grad():
                    for name, param in peft_model.named_parameters():
                        if "lora_" in name:
                            param.normal_(0.0, 0.5)
        peft_model.save_pretrained(out)
        return out

    messages: list[ChatMessage] = [user(images["stripes"], "Describe the image.")]
    base_answer = run(generate_text(model, messages, max_tokens=8)).completion

    answers = {}
    for kind, merge in (("zero", False), ("random", False), ("random", True)):
        adapter = tmp_path / kind
        if not adapter.exists():
            save_adapter(adapter, zero=kind == "zero")
        adapted = get_model(
            f"hf-vlm/{tiny_vlm_path}",
            device="cpu",
            adapter=str(adapter),
            merge_adapter=merge,
            memoize=False,
        )
        loaded = api(adapted).model
        assert (type(loaded).__name__ == "PeftModel") is not merge
        answers[(kind, merge)] = run(generate_text(adapted, messages, max_tokens=8)).completion
        adapted.api.close()

    assert answers[("zero", False)] == base_answer
    assert answers[("random", False)] != base_answer
    assert answers[("random", True)] == answers[("random", False)]


# -- errors ------------------------------------------------------------------------------


def test_model_info_lookup_does_not_load_weights(
    tiny_vlm_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Inspect's get_model_info() (called for model events during an eval) builds a second
    # provider instance just to read the canonical name: it must not load the model again
    import transformers
    from inspect_ai.model import get_model_info

    loads: list[object] = []

    def record(*args: object, **kwargs: object) -> None:
        loads.append(args)
        raise AssertionError("the model-info lookup loaded the checkpoint")

    monkeypatch.setattr(transformers.AutoProcessor, "from_pretrained", record)
    monkeypatch.setattr(transformers.AutoModelForImageTextToText, "from_pretrained", record)
    fresh = tmp_path / "link-to-tiny"  # a name Inspect has not looked up (it caches lookups)
    fresh.symlink_to(tiny_vlm_path, target_is_directory=True)
    assert get_model_info(f"hf-vlm/{fresh}") is None
    assert loads == []
    lookup = get_model(f"hf-vlm/{fresh}", api_key=MODEL_INFO_LOOKUP_API_KEY, memoize=False)
    assert api(lookup).lookup_only and api(lookup).model is None
    assert loads == []
    with pytest.raises(HfVlmError, match="no loaded model"):
        run(lookup.generate("Hi"))


def test_missing_image_file_is_named(model: Model, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "photo.jpg"
    message = ChatMessageUser(content=[ContentText(text="Hi"), ContentImage(image=str(missing))])
    with pytest.raises(ImageLoadError) as info:
        run(api(model).generate([message], [], "none", GenerateConfig(max_tokens=2)))
    assert str(missing) in str(info.value)
    assert "message 0, content item 1" in str(info.value)
    assert isinstance(info.value, VlmPrivacyError)


def test_corrupt_images_are_named(model: Model, tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.png"
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\n this is not really a png")
    message = ChatMessageUser(content=[ContentImage(image=str(corrupt))])
    with pytest.raises(ImageLoadError, match="corrupt.png"):
        run(api(model).generate([message], [], "none", GenerateConfig(max_tokens=2)))

    garbage = "data:image/png;base64," + base64.b64encode(b"definitely not an image").decode()
    with pytest.raises(ImageLoadError, match=r"inline image \(data:image/png;base64"):
        run(model.generate([ChatMessageUser(content=[ContentImage(image=garbage)])]))


def test_model_dir_without_chat_template(tiny_vlm_path: Path, tmp_path: Path) -> None:
    bare = tmp_path / "no-template"
    shutil.copytree(tiny_vlm_path, bare)
    (bare / "chat_template.jinja").unlink()
    with pytest.raises(ChatTemplateError, match="no chat template") as info:
        get_model(f"hf-vlm/{bare}", device="cpu", memoize=False)
    assert "-M chat_template=" in str(info.value)

    template = tmp_path / "template.jinja"
    template.write_text((tiny_vlm_path / "chat_template.jinja").read_text())
    fixed = get_model(f"hf-vlm/{bare}", device="cpu", chat_template=str(template), memoize=False)
    out = run(generate_text(fixed, [ChatMessageUser(content="Hello")], max_tokens=2))
    assert out.usage is not None and out.usage.output_tokens == 2
    fixed.api.close()


def test_bad_model_args(tiny_vlm_path: Path) -> None:
    with pytest.raises(ModelArgError, match="torch_dtype='float99'"):
        get_model(f"hf-vlm/{tiny_vlm_path}", device="cpu", torch_dtype="float99", memoize=False)
    with pytest.raises(ModelArgError, match="model_class='NoSuchAutoClass'"):
        get_model(
            f"hf-vlm/{tiny_vlm_path}", device="cpu", model_class="NoSuchAutoClass", memoize=False
        )
    with pytest.raises(ModelArgError, match="batch_size"):
        get_model(f"hf-vlm/{tiny_vlm_path}", device="cpu", batch_size=0, memoize=False)


def test_tools_and_audio_are_refused(model: Model) -> None:
    tool = ToolInfo(name="lookup", description="Look something up.", parameters=ToolParams())
    hf = api(model)
    with pytest.raises(UnsupportedInputError, match="tool calling"):
        run(hf.generate([ChatMessageUser(content="Hi")], [tool], "auto", GenerateConfig()))
    audio = ChatMessageUser(content=[ContentAudio(audio="clip.wav", format="wav")])
    with pytest.raises(UnsupportedInputError, match="audio"):
        run(hf.generate([audio], [], "none", GenerateConfig()))


def test_missing_dependency_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(MissingDependencyError, match=r"vlm-privacy\[local\]") as info:
        require_local_dependencies()
    assert "transformers" in str(info.value)


def test_package_and_registry_import_without_torch() -> None:
    code = (
        "import sys, vlm_privacy._registry, vlm_privacy.providers.hf_vlm, vlm_privacy.testing\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'peft') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


# -- Inspect end to end ------------------------------------------------------------------


def test_inspect_eval_with_an_image_sample(
    tiny_vlm_path: Path, images: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import transformers

    loads: list[str] = []
    load_model = transformers.AutoModelForImageTextToText.from_pretrained

    def counting(name: str, *args: object, **kwargs: object) -> object:
        loads.append(name)
        return load_model(name, *args, **kwargs)

    monkeypatch.setattr(transformers.AutoModelForImageTextToText, "from_pretrained", counting)
    task = Task(
        dataset=[
            Sample(
                input=[user(images["gradient"], "Describe the image.", as_uri=False)],
                target="gradient",
            )
        ],
        solver=[system_message("Answer in one sentence."), generate()],
    )
    [log] = eval(
        task,
        model=f"hf-vlm/{tiny_vlm_path}",
        model_args={"device": "cpu"},
        max_tokens=5,
        log_dir=str(tmp_path / "logs"),
        display="none",
    )
    assert log.status == "success", log.error
    assert loads == [str(tiny_vlm_path)]  # once: no second copy for Inspect's model-info lookup
    assert log.eval.model == f"hf-vlm/{tiny_vlm_path}"
    assert log.samples is not None
    [sample] = log.samples
    assert sample.output.completion
    assert sample.output.usage is not None and sample.output.usage.output_tokens == 5
    usage = log.stats.model_usage[f"hf-vlm/{tiny_vlm_path}"]
    assert usage.input_tokens > IMAGE_TOKENS and usage.output_tokens == 5
    reread = read_eval_log(log.location)
    assert reread.samples is not None
    assert reread.samples[0].output.completion == sample.output.completion


def test_inspect_cli_eval(tiny_vlm_path: Path, images: dict[str, Path], tmp_path: Path) -> None:
    task_file = tmp_path / "tiny_task.py"
    task_file.write_text(
        textwrap.dedent(
            f"""
            from inspect_ai import Task, task
            from inspect_ai.dataset import Sample
            from inspect_ai.model import ChatMessageUser, ContentImage, ContentText
            from inspect_ai.solver import generate

            @task
            def tiny_image_task():
                image = ContentImage(image={str(images["green"])!r})
                question = ContentText(text="What colour is this?")
                return Task(
                    dataset=[Sample(input=[ChatMessageUser(content=[image, question])])],
                    solver=generate(),
                )
            """
        )
    )
    log_dir = tmp_path / "logs"
    inspect_cli = Path(sys.executable).parent / "inspect"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    result = subprocess.run(
        [
            str(inspect_cli),
            "eval",
            f"{task_file}@tiny_image_task",
            "--model",
            f"hf-vlm/{tiny_vlm_path}",
            "-M",
            "device=cpu",
            "-M",
            "torch_dtype=float32",
            "--max-tokens",
            "4",
            "--limit",
            "1",
            "--log-dir",
            str(log_dir),
            "--display",
            "none",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [log_file] = list(log_dir.glob("*.eval"))
    log = read_eval_log(str(log_file))
    assert log.status == "success"
    assert log.eval.model == f"hf-vlm/{tiny_vlm_path}"
    assert log.eval.model_args == {"device": "cpu", "torch_dtype": "float32"}
    assert log.samples is not None
    output = log.samples[0].output
    assert output.completion and output.usage is not None and output.usage.output_tokens == 4


def test_weights_are_read_on_first_generate_not_when_the_model_is_built(
    tiny_vlm_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Inspect builds its models before the task's dataset: reading the weights up front would
    # make a user with a missing dataset wait for the model before hearing about the data
    import transformers

    loads: list[str] = []
    original = transformers.AutoModelForImageTextToText.from_pretrained

    def record(*args: object, **kwargs: object) -> object:
        loads.append(str(args[0]))
        return original(*args, **kwargs)

    monkeypatch.setattr(transformers.AutoModelForImageTextToText, "from_pretrained", record)
    model = get_model(f"hf-vlm/{tiny_vlm_path}", device="cpu", memoize=False)
    assert loads == [] and api(model)._model is None
    assert run(model.generate("Hi", config=GenerateConfig(max_tokens=2))).completion is not None
    assert loads == [str(tiny_vlm_path)] and api(model).model is not None
    run(model.generate("Hi again", config=GenerateConfig(max_tokens=2)))
    assert len(loads) == 1  # read once


def test_missing_dataset_is_reported_without_reading_the_weights(
    tiny_vlm_path: Path, tmp_path: Path
) -> None:
    probe = tmp_path / "probe.py"  # fails the run if anything reads the model's weights
    probe.write_text(
        textwrap.dedent(
            """
            import sys, transformers
            def refuse(*args, **kwargs):
                raise SystemExit("the weights were read before the dataset")
            transformers.AutoModelForImageTextToText.from_pretrained = refuse
            from inspect_ai._cli.main import main
            sys.argv = ["inspect", *sys.argv[1:]]
            main()
            """
        )
    )
    result = subprocess.run(
        [
            sys.executable,
            str(probe),
            "eval",
            "spy_bench/no_scenario",
            "-T",
            f"data_dir={tmp_path / 'no-such-data'}",
            "--model",
            f"hf-vlm/{tiny_vlm_path}",
            "-M",
            "device=cpu",
            "--log-dir",
            str(tmp_path / "logs"),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "no-such-data" in output, output[-2000:]
    assert "the weights were read before the dataset" not in output
