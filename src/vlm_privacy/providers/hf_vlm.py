"""``hf-vlm``: Inspect model provider for local vision-language models through transformers.

Inspect's built-in ``hf/`` provider takes text only. This provider loads a VLM checkpoint (a
Hugging Face Hub id or a local folder) with ``AutoProcessor`` and
``AutoModelForImageTextToText``, renders Inspect chat messages (text and images, system
prompts, multi-turn conversations) with the processor's chat template, and generates with
Inspect's :class:`~inspect_ai.model.GenerateConfig`. Concurrent requests that arrive within a
short window are generated together as one left-padded batch, and each gets its own answer
back.

Usage::

    inspect eval TASK --model hf-vlm/Qwen/Qwen2-VL-2B-Instruct -M torch_dtype=bfloat16
    inspect eval TASK --model hf-vlm//path/to/checkpoint -M device=cpu -M adapter=/path/to/lora

Model args (``-M name=value`` on the command line, keyword arguments of ``get_model``):

- ``device``: where to put the model (``cuda:0``, ``mps``, ``cpu``). Default: ``cuda:0`` when
  CUDA is available, else ``mps`` when available, else ``cpu``.
- ``device_map``: passed to ``from_pretrained`` instead of ``device`` (e.g. ``auto`` to shard
  a large model over all visible GPUs with accelerate).
- ``torch_dtype`` (or ``dtype``): ``auto`` (default: the checkpoint's dtype), ``float32``,
  ``bfloat16`` or ``float16``.
- ``model_class``: transformers auto class used to load the model. Default:
  ``AutoModelForImageTextToText``.
- ``processor``: load the processor from this hub id or folder instead of the model's.
- ``min_pixels``, ``max_pixels``: image size bounds passed to the processor's
  ``from_pretrained`` (Qwen2-VL and Qwen2.5-VL resize every image to a pixel count between
  them, which sets its number of image tokens). The SPY-Bench authors evaluated with
  ``-M min_pixels=200704 -M max_pixels=2007040``. A processor that ignores them (most
  non-Qwen ones) gets a warning in the log.
- ``adapter``: a PEFT adapter folder or hub id, loaded with ``PeftModel.from_pretrained``;
  ``merge_adapter=true`` merges it into the weights after loading.
- ``chat_template``: a Jinja chat template (the template itself or a path to a file) that
  replaces the checkpoint's; ``chat_template_kwargs``: extra template variables (a dict).
- ``batch_size``: most requests generated together (default 16; also Inspect's default
  ``max_connections`` for this provider). ``batch_window``: seconds to wait for more
  requests after the first one of a batch arrives (default 0.05).
- ``trust_remote_code``: allow checkpoint code (default false). ``revision``: hub revision.
- Anything else is passed on to the model's ``from_pretrained`` (e.g.
  ``attn_implementation=sdpa``).

Generation: ``temperature`` 0 or unset means greedy decoding; otherwise sampling with
``temperature``, ``top_p`` and ``top_k``. ``max_tokens`` caps new tokens, ``seed`` seeds
sampling (per batch: seeded requests are batched only with requests of the same seed),
``stop_seqs`` stop generation and are cut from the answer (the stop sequence itself is not
returned). Other ``GenerateConfig`` fields (logprobs, penalties, several choices) are ignored.
Tool calling is not supported.

torch and transformers are imported when the provider is first used, so this module imports
without them.
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import binascii
import copy
import gc
import io
import queue
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from logging import getLogger
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

import anyio
from inspect_ai.model import (
    ChatCompletionChoice,
    ChatMessage,
    ChatMessageAssistant,
    ContentAudio,
    ContentDocument,
    ContentImage,
    ContentReasoning,
    ContentText,
    ContentVideo,
    GenerateConfig,
    ModelAPI,
    ModelCall,
    ModelOutput,
    ModelUsage,
    StopReason,
)
from inspect_ai.tool import ToolChoice, ToolInfo
from PIL import Image, UnidentifiedImageError

from vlm_privacy.compat import file_as_data, model_info_lookup_api_key
from vlm_privacy.errors import VlmPrivacyError

MODEL_INFO_LOOKUP_API_KEY = model_info_lookup_api_key()
"""Inspect's placeholder key for get_model_info() lookups."""

logger = getLogger(__name__)

HF_TOKEN = "HF_TOKEN"
"""Environment variable with a Hugging Face token (for gated or private checkpoints)."""

DEFAULT_MODEL_CLASS = "AutoModelForImageTextToText"
DEFAULT_BATCH_SIZE = 16
DEFAULT_BATCH_WINDOW = 0.05
DEFAULT_MAX_TOKENS = 2048
"""Default ``max_tokens`` when neither the task nor the command line sets it (as ``hf/``)."""

LOCAL_EXTRA_HINT = "pip install 'vlm-privacy[local]'"


class HfVlmError(VlmPrivacyError):
    """Base class for errors of the ``hf-vlm`` provider that users can fix."""


class MissingDependencyError(HfVlmError):
    """torch, transformers or peft is not installed."""


class ModelArgError(HfVlmError, ValueError):
    """A model arg (``-M name=value``) has an unusable value."""


class ModelLoadError(HfVlmError):
    """The checkpoint, processor or adapter could not be loaded."""


class ChatTemplateError(HfVlmError):
    """The checkpoint has no chat template, or its template rejected the conversation."""


class ImageLoadError(HfVlmError):
    """An input image is missing or could not be decoded."""


class InputTooLongError(HfVlmError):
    """A sample's input is longer than the model's context window."""


MAX_CHARS_PER_TOKEN = 64
"""Characters one token covers at most in practice; a prompt longer than the context times
this is refused without tokenizing it (a 200 MB question would take gigabytes to tokenize)."""


class UnsupportedInputError(HfVlmError):
    """The input uses something this provider cannot give a local VLM (tools, audio, video)."""


def require_local_dependencies() -> None:
    """Raise :class:`MissingDependencyError` unless torch and transformers are importable."""
    missing = []
    for package in ("torch", "transformers"):
        try:
            __import__(package)
        except ImportError:
            missing.append(package)
    if missing:
        raise MissingDependencyError(
            f"The hf-vlm provider needs {' and '.join(missing)}, which "
            f"{'is' if len(missing) == 1 else 'are'} not installed. Install the local extra: "
            f"{LOCAL_EXTRA_HINT}"
        )


# --------------------------------------------------------------------------------------
# Requests, batching
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GenerationSettings:
    """Generation settings of one request; requests with equal settings share a batch."""

    max_new_tokens: int
    do_sample: bool
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    seed: int | None = None
    stop_seqs: tuple[str, ...] = ()

    @classmethod
    def from_config(cls, config: GenerateConfig) -> GenerationSettings:
        """Map Inspect's generate config to transformers settings (greedy when temperature is 0/None)."""
        max_new_tokens = config.max_tokens if config.max_tokens is not None else DEFAULT_MAX_TOKENS
        if max_new_tokens < 1:
            raise ModelArgError(f"max_tokens must be at least 1 (got {max_new_tokens}).")
        do_sample = bool(config.temperature)
        return cls(
            max_new_tokens=max_new_tokens,
            do_sample=do_sample,
            temperature=config.temperature if do_sample else None,
            top_p=config.top_p if do_sample else None,
            top_k=config.top_k if do_sample else None,
            seed=config.seed,
            stop_seqs=tuple(s for s in (config.stop_seqs or []) if s),
        )


@dataclass
class GenerationRequest:
    """One rendered prompt with its images, waiting for a batch."""

    prompt: str
    images: list[Image.Image]
    settings: GenerationSettings


@dataclass
class GenerationResult:
    """The answer to one request."""

    text: str
    stop_reason: StopReason
    input_tokens: int
    output_tokens: int
    time: float
    batch_size: int
    raw_text: str = ""


@dataclass
class _Pending:
    request: GenerationRequest
    future: Future[GenerationResult] = field(default_factory=Future)


_STOP = object()

SHUTDOWN_TIMEOUT = 30.0
"""Seconds the process waits at exit for a batch worker to stop (a generation in progress
stops at its next token, so this is one forward pass at most in practice)."""

_LIVE_BATCHERS: weakref.WeakSet[RequestBatcher] = weakref.WeakSet()


class ShuttingDownError(HfVlmError):
    """The process is exiting (Ctrl-C or an error ended the run); the request was dropped."""


class RequestBatcher:
    """Collects requests from many coroutines into batches run on one worker thread.

    The worker waits for a request, then for up to ``window`` seconds (or until
    ``batch_size`` requests are queued) for more; requests are grouped by their generation
    settings and each group is run with ``run_batch``. If a batch of several requests fails,
    its requests are retried one by one, so that one bad request does not fail the others.

    When the process exits while the worker generates (a run ended by Ctrl-C or an
    exception), :meth:`shutdown` runs at exit: it sets :attr:`closing` (which stops a
    generation in progress at its next token) and joins the worker. A daemon thread still
    inside torch when the interpreter finalizes aborts the process with
    "terminate called without an active exception" (exit code 134) instead of Inspect's own.
    """

    def __init__(
        self,
        run_batch: Callable[[list[GenerationRequest]], list[GenerationResult]],
        batch_size: int,
        window: float,
    ) -> None:
        self._run_batch = run_batch
        self.batch_size = batch_size
        self.window = window
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.closing = threading.Event()
        """Set when the process exits: generation stops and queued requests are dropped."""
        _LIVE_BATCHERS.add(self)

    async def submit(self, request: GenerationRequest) -> GenerationResult:
        """Queue ``request`` and wait for its result (cancelling the wait drops the request)."""
        self._ensure_worker()
        pending = _Pending(request)
        self._queue.put(pending)
        return await _await_future(pending.future)

    def close(self) -> None:
        """Stop the worker thread after the batches already queued."""
        with self._lock:
            if self._thread is not None:
                self._queue.put(_STOP)
                self._thread = None

    def shutdown(self, timeout: float = SHUTDOWN_TIMEOUT) -> None:
        """Stop now: end the generation in progress at its next token, drop queued requests
        (their callers get :class:`ShuttingDownError`) and wait up to ``timeout`` seconds for
        the worker thread to finish."""
        self.closing.set()
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is not None:
                self._queue.put(_STOP)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _ensure_worker(self) -> None:
        if self.closing.is_set():
            raise ShuttingDownError("hf-vlm is shutting down: the request was not run.")
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="hf-vlm-batcher", daemon=True
                )
                self._thread.start()

    def _work(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            collected: list[_Pending] = [first]
            stop = False
            deadline = time.monotonic() + self.window
            while len(collected) < self.batch_size:
                try:
                    item = self._queue.get(timeout=max(deadline - time.monotonic(), 0.0))
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                collected.append(item)
            for group in _group_by_settings(collected, self.batch_size):
                if self.closing.is_set():
                    self._drop(group)
                else:
                    self._run_group(group)
            if stop or self.closing.is_set():
                self._drop_queued()
                return

    def _drop(self, group: list[_Pending]) -> None:
        for pending in group:
            if pending.future.set_running_or_notify_cancel():
                pending.future.set_exception(
                    ShuttingDownError("hf-vlm is shutting down: the request was not run.")
                )

    def _drop_queued(self) -> None:
        """Fail the requests still queued once the worker stops for shutdown."""
        if not self.closing.is_set():
            return
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not _STOP:
                self._drop([item])

    def _run_group(self, group: list[_Pending]) -> None:
        # drop requests whose caller went away (sample cancelled or timed out)
        group = [p for p in group if p.future.set_running_or_notify_cancel()]
        if not group:
            return
        try:
            results = self._run_batch([p.request for p in group])
        except Exception as ex:
            if len(group) == 1:
                group[0].future.set_exception(ex)
                return
            for pending in group:
                try:
                    pending.future.set_result(self._run_batch([pending.request])[0])
                except Exception as single_ex:
                    pending.future.set_exception(single_ex)
            return
        for pending, result in zip(group, results, strict=True):
            pending.future.set_result(result)


def _shutdown_batchers() -> None:
    """At interpreter exit: stop every batch worker cleanly (see :class:`RequestBatcher`)."""
    for batcher in list(_LIVE_BATCHERS):
        batcher.shutdown()


atexit.register(_shutdown_batchers)


def _on_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _group_by_settings(items: list[_Pending], batch_size: int) -> list[list[_Pending]]:
    groups: dict[GenerationSettings, list[_Pending]] = {}
    for item in items:
        groups.setdefault(item.request.settings, []).append(item)
    batches = []
    for group in groups.values():
        batches.extend(group[i : i + batch_size] for i in range(0, len(group), batch_size))
    return batches


async def _await_future(future: Future[GenerationResult]) -> GenerationResult:
    """Wait for a thread's future without blocking the event loop (asyncio or trio)."""
    try:
        if _on_asyncio():
            return await asyncio.wrap_future(future)
        delay = 0.005
        while not future.done():
            await anyio.sleep(delay)
            delay = min(delay * 2, 0.1)
        return future.result()
    except BaseException:
        # cancelled while waiting: the worker skips a request that has not started
        future.cancel()
        raise


# --------------------------------------------------------------------------------------
# Messages and images
# --------------------------------------------------------------------------------------


def describe_image_ref(ref: str) -> str:
    """A short, loggable description of an image reference (data URIs are abbreviated)."""
    if ref.startswith("data:"):
        header = ref.split(",", 1)[0]
        return f"inline image ({header},... {len(ref)} characters)"
    return ref


def _image_location(message_index: int, content_index: int) -> str:
    return f"message {message_index}, content item {content_index}"


async def load_image(ref: str, where: str = "") -> Image.Image:
    """Decode an image given as a local path, a ``file://`` URL, a data URI or a URL.

    Args:
        ref: The ``ContentImage.image`` value.
        where: Where the image is in the input (for error messages).

    Returns:
        The decoded image in RGB mode.

    Raises:
        ImageLoadError: The file does not exist or the data is not an image.
    """
    located = f" ({where})" if where else ""
    data: bytes
    if ref.startswith("data:"):
        try:
            data = base64.b64decode(ref.split(",", 1)[1], validate=False)
        except (IndexError, binascii.Error, ValueError) as ex:
            raise ImageLoadError(
                f"Could not decode the base64 data of {describe_image_ref(ref)}{located}: {ex}. "
                "Use a data URI of the form data:image/png;base64,<base64 bytes>."
            ) from ex
    elif "://" not in ref or ref.startswith("file://"):
        path = (
            Path(url2pathname(unquote(urlparse(ref).path)))
            if ref.startswith("file://")
            else Path(ref)
        )
        path = path.expanduser()
        if not path.is_file():
            raise ImageLoadError(
                f"Image file not found: {path}{located}. Check the sample's image path "
                "(relative paths are resolved against the current directory)."
            )
        data = path.read_bytes()
    else:
        try:
            data, _ = await file_as_data(ref)
        except Exception as ex:
            raise ImageLoadError(f"Could not fetch image {ref}{located}: {ex}") from ex
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            return opened.convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as ex:
        raise ImageLoadError(
            f"Could not read image {describe_image_ref(ref)}{located}: {ex}. "
            "The file is corrupt or not an image format Pillow can read."
        ) from ex


@dataclass
class ChatInput:
    """Inspect messages converted for a processor chat template."""

    conversation: list[dict[str, Any]]
    image_refs: list[tuple[str, str]]
    """(reference, location) of each image, in the order the template places them."""


def to_chat_input(messages: Sequence[ChatMessage]) -> ChatInput:
    """Convert Inspect chat messages to the processor chat format.

    Text becomes ``{"type": "text", "text": ...}`` items and images ``{"type": "image"}``
    items (the images themselves are passed to the processor separately, in order). Tool
    results become user turns; reasoning blocks are dropped.

    Raises:
        UnsupportedInputError: A message has audio, video or a document.
    """
    conversation: list[dict[str, Any]] = []
    image_refs: list[tuple[str, str]] = []
    for m_index, message in enumerate(messages):
        role = "user" if message.role == "tool" else message.role
        items: list[dict[str, Any]] = []
        if isinstance(message.content, str):
            items.append({"type": "text", "text": message.content})
        else:
            for c_index, content in enumerate(message.content):
                if isinstance(content, ContentText):
                    items.append({"type": "text", "text": content.text})
                elif isinstance(content, ContentImage):
                    items.append({"type": "image"})
                    image_refs.append((content.image, _image_location(m_index, c_index)))
                elif isinstance(content, ContentAudio | ContentVideo | ContentDocument):
                    raise UnsupportedInputError(
                        f"The hf-vlm provider takes text and images only, but "
                        f"{_image_location(m_index, c_index)} is {content.type}. "
                        "Remove it from the sample or use a provider that supports it."
                    )
                elif isinstance(content, ContentReasoning):
                    continue
        if message.role == "tool":
            text = "".join(i.get("text", "") for i in items if i["type"] == "text")
            items = [{"type": "text", "text": f"Tool result: {text}"}] + [
                i for i in items if i["type"] == "image"
            ]
        conversation.append({"role": role, "content": items})
    return ChatInput(conversation=conversation, image_refs=image_refs)


@dataclass
class PreparedInput:
    """A rendered prompt and its decoded images, ready for the processor."""

    prompt: str
    """The chat-template output, with the processor's image placeholders."""
    images: list[Image.Image]
    """The images, in placeholder order."""
    image_refs: list[tuple[str, str]]
    """(reference, location) of each image."""


def _content_as_text(conversation: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flatten content lists to strings (for text-only tokenizers' templates)."""
    return [
        {
            "role": m["role"],
            "content": "".join(i.get("text", "") for i in m["content"] if i["type"] == "text"),
        }
        for m in conversation
    ]


def truncate_at_stop(text: str, stop_seqs: Sequence[str]) -> tuple[str, bool]:
    """Cut ``text`` before the earliest stop sequence; return the text and whether one was found."""
    cut = min((i for i in (text.find(s) for s in stop_seqs) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


# --------------------------------------------------------------------------------------
# Provider
# --------------------------------------------------------------------------------------


class HfVlmAPI(ModelAPI):
    """Inspect ``ModelAPI`` for local vision-language models run with transformers."""

    def __init__(
        self,
        model_name: str,
        base_url: str | None = None,
        api_key: str | None = None,
        config: GenerateConfig | None = None,
        **model_args: Any,
    ) -> None:
        """Load the processor, the model and an optional adapter.

        Args:
            model_name: Hub id or local folder of the checkpoint.
            base_url: Unused (local models have no endpoint).
            api_key: Hugging Face token (defaults to ``HF_TOKEN`` / the cached login).
            config: Default generation config.
            **model_args: See the module docstring.
        """
        super().__init__(
            model_name=model_name,
            base_url=base_url,
            api_key=api_key,
            api_key_vars=[HF_TOKEN],
            config=config or GenerateConfig(),
        )
        self._batcher: RequestBatcher | None = None
        self._model: Any = None
        self._load_weights: Callable[[], Any] | None = None
        self._weights_lock = threading.Lock()
        if api_key == MODEL_INFO_LOOKUP_API_KEY:
            # Inspect's get_model_info() builds a throwaway instance just to read the model's
            # canonical name; loading (a second copy of) the weights for that would be costly.
            self.lookup_only = True
            return
        self.lookup_only = False
        require_local_dependencies()
        import torch
        import transformers

        args = dict(model_args)
        device = args.pop("device", None)
        device_map = args.pop("device_map", None)
        torch_dtype, dtype_alias = args.pop("torch_dtype", None), args.pop("dtype", None)
        dtype_arg = torch_dtype or dtype_alias or "auto"
        model_class_name = args.pop("model_class", None) or DEFAULT_MODEL_CLASS
        processor_path = args.pop("processor", None)
        pixels = {
            key: _as_positive_int(key, args.pop(key))
            for key in PIXEL_ARGS
            if args.get(key) is not None
        }
        adapter = args.pop("adapter", None)
        merge_adapter = _as_bool("merge_adapter", args.pop("merge_adapter", False))
        chat_template = args.pop("chat_template", None)
        self.chat_template_kwargs: dict[str, Any] = args.pop("chat_template_kwargs", None) or {}
        if not isinstance(self.chat_template_kwargs, dict):
            raise ModelArgError(
                "chat_template_kwargs must be a mapping, e.g. "
                "-M chat_template_kwargs='{\"enable_thinking\": false}'."
            )
        trust_remote_code = _as_bool("trust_remote_code", args.pop("trust_remote_code", False))
        revision = args.pop("revision", None)
        batch_size = _as_positive_int("batch_size", args.pop("batch_size", DEFAULT_BATCH_SIZE))
        batch_window = _as_non_negative_float(
            "batch_window", args.pop("batch_window", DEFAULT_BATCH_WINDOW)
        )
        token = self.api_key or None
        hub_args: dict[str, Any] = {"trust_remote_code": trust_remote_code, "token": token}
        if revision is not None:
            hub_args["revision"] = str(revision)

        self.device = str(device) if device else _default_device(torch)
        dtype = _resolve_dtype(torch, dtype_arg)
        model_loader = getattr(transformers, str(model_class_name), None)
        if model_loader is None or not hasattr(model_loader, "from_pretrained"):
            raise ModelArgError(
                f"model_class={model_class_name!r} is not a transformers model class. Use an "
                "auto class such as AutoModelForImageTextToText or AutoModelForVision2Seq, "
                "or a concrete class such as Qwen2VLForConditionalGeneration."
            )

        # fail in seconds, with one line, when the Hub is unreachable or a path names nothing
        processor_source = str(processor_path) if processor_path else model_name
        from vlm_privacy.hub import hub_load_args

        hub_args.update(hub_load_args(model_name, what="model", revision=revision))
        if processor_source != model_name:
            hub_args.update(
                hub_load_args(processor_source, what="processor", option="-M processor")
            )

        # processor (tokenizer + image processor) and chat template
        try:
            self.processor: Any = transformers.AutoProcessor.from_pretrained(
                processor_source, **hub_args, **pixels
            )
        except (OSError, ValueError) as ex:
            raise ModelLoadError(
                f"Could not load a processor from {processor_source!r}: {ex}. Check the hub id "
                "or local folder (it needs the tokenizer and preprocessor files), or pass "
                "-M processor=PATH."
            ) from ex
        _check_pixel_bounds(self.processor, pixels)
        self.tokenizer: Any = getattr(self.processor, "tokenizer", None) or self.processor
        self.accepts_images = hasattr(self.processor, "image_processor")
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.chat_template = self._resolve_chat_template(chat_template, processor_source)

        # model (+ adapter): loaded on first use, so that Inspect builds the task (and reports
        # a missing or broken dataset) before the weights are read, which can take minutes
        load_args: dict[str, Any] = {**hub_args, **args, "dtype": dtype}
        load_args["device_map"] = device_map if device_map is not None else self.device

        def load_weights() -> Any:
            try:
                model = model_loader.from_pretrained(model_name, **load_args)
            except OSError as ex:
                raise ModelLoadError(
                    f"Could not load model {model_name!r} with {model_class_name}: {ex}. Check "
                    "the hub id or local folder, or pick another class with -M model_class=..."
                ) from ex
            except ValueError as ex:
                if "Unrecognized configuration class" in str(ex):
                    raise ModelLoadError(
                        f"{model_class_name} cannot load {model_name!r}: {ex}. Pass the right "
                        "class with -M model_class=... (e.g. AutoModelForCausalLM or the "
                        "model's own class)."
                    ) from ex
                raise
            if adapter:
                model = _load_adapter(model, str(adapter), merge_adapter, hub_args)
            model.eval()
            return model

        self._load_weights = load_weights
        self._stop_criteria: dict[tuple[str, ...], Any | None] = {}
        self._batcher = RequestBatcher(self._generate_batch, batch_size, batch_window)

    @property
    def model(self) -> Any:
        """The transformers model, its weights read on first use (``None`` once closed)."""
        if self._model is None and self._load_weights is not None:
            with self._weights_lock:
                if self._model is None and self._load_weights is not None:
                    self._model = self._load_weights()
                    self._load_weights = None
        return self._model

    @model.setter
    def model(self, value: Any) -> None:
        self._model = value
        if value is None:
            self._load_weights = None

    # -- Inspect ModelAPI hooks ---------------------------------------------------------

    def max_tokens(self) -> int | None:
        """Default ``max_tokens`` (the generation-config default of 16 is too short for evals)."""
        return DEFAULT_MAX_TOKENS

    def max_connections(self) -> int:
        """Concurrent requests Inspect sends (they are batched up to ``batch_size``)."""
        return self._batcher.batch_size if self._batcher else DEFAULT_BATCH_SIZE

    def connection_key(self) -> str:
        """One connection pool per loaded checkpoint."""
        return self.model_name

    def collapse_user_messages(self) -> bool:
        """Merge consecutive user messages (many chat templates require alternating turns)."""
        return True

    def collapse_assistant_messages(self) -> bool:
        """Merge consecutive assistant messages (see :meth:`collapse_user_messages`)."""
        return True

    def close(self) -> None:
        """Stop the batch worker and free the model."""
        if self._batcher is not None:
            self._batcher.close()
        self.model = None
        gc.collect()

    async def generate(
        self,
        input: list[ChatMessage],
        tools: list[ToolInfo],
        tool_choice: ToolChoice,
        config: GenerateConfig,
    ) -> tuple[ModelOutput, ModelCall]:
        """Render the conversation, queue it for a batch and return its answer."""
        if self._model is None and self._load_weights is not None:
            await anyio.to_thread.run_sync(lambda: self.model)  # first call: read the weights
        if self._batcher is None or self.model is None:
            raise HfVlmError(
                f"This hf-vlm instance of {self.model_name!r} has no loaded model (it was "
                "closed or built for a model-info lookup). Create one with get_model()."
            )
        if tools:
            raise UnsupportedInputError(
                "The hf-vlm provider does not support tool calling. Run this task with a "
                "provider that does (e.g. vllm/...) or without tools."
            )
        settings = GenerationSettings.from_config(config)
        prepared = await self.prepare(input)
        self._check_prompt_chars(prepared.prompt)
        request = GenerationRequest(
            prompt=prepared.prompt, images=prepared.images, settings=settings
        )
        result = await self._batcher.submit(request)

        message = ChatMessageAssistant(
            content=result.text, model=self.model_name, source="generate"
        )
        output = ModelOutput(
            model=self.model_name,
            choices=[ChatCompletionChoice(message=message, stop_reason=result.stop_reason)],
            usage=ModelUsage(
                input_tokens=result.input_tokens,
                output_tokens=result.output_tokens,
                total_tokens=result.input_tokens + result.output_tokens,
            ),
            time=result.time,
            metadata={"batch_size": result.batch_size},
        )
        call = ModelCall.create(
            request={
                "prompt": prepared.prompt,
                "images": [describe_image_ref(ref) for ref, _ in prepared.image_refs],
                "generation": _settings_dict(settings),
            },
            response={
                "text": result.raw_text,
                "stop_reason": result.stop_reason,
                "batch_size": result.batch_size,
            },
            time=result.time,
        )
        return output, call

    # -- preparation ----------------------------------------------------------------------

    async def prepare(self, messages: Sequence[ChatMessage]) -> PreparedInput:
        """Render ``messages`` with the chat template and decode their images."""
        chat = to_chat_input(messages)
        if chat.image_refs and not self.accepts_images:
            raise UnsupportedInputError(
                f"The processor of {self.model_name!r} has no image processor, so it cannot "
                "take images. Use a vision-language checkpoint, or pass one with "
                "-M processor=PATH."
            )
        images = [await load_image(ref, where) for ref, where in chat.image_refs]
        return PreparedInput(
            prompt=self.render(chat.conversation), images=images, image_refs=chat.image_refs
        )

    def render(self, conversation: list[dict[str, Any]]) -> str:
        """Apply the chat template (with the generation prompt) to a processor-format chat."""
        import jinja2

        renderer = self.processor if self.accepts_images else self.tokenizer
        if not self.accepts_images:
            conversation = _content_as_text(conversation)
        try:
            prompt = renderer.apply_chat_template(
                conversation,
                chat_template=self.chat_template,
                add_generation_prompt=True,
                tokenize=False,
                **self.chat_template_kwargs,
            )
        except jinja2.TemplateError as ex:
            roles = [m["role"] for m in conversation]
            raise ChatTemplateError(
                f"The chat template of {self.model_name!r} rejected the conversation "
                f"(roles {roles}): {ex}. Adapt the task's messages (e.g. fold the system "
                "message into the user turn) or pass another template with "
                "-M chat_template=PATH."
            ) from ex
        return str(prompt)

    def _resolve_chat_template(self, chat_template: Any, source: str) -> str:
        if chat_template:
            # Inspect's -M parser splits values at commas; a template given inline is rejoined
            if isinstance(chat_template, list | tuple):
                chat_template = ",".join(str(part) for part in chat_template)
            text = str(chat_template)
            if "{" not in text:
                path = Path(text).expanduser()
                if not path.is_file():
                    raise ChatTemplateError(
                        f"chat_template={text!r} is neither a Jinja template nor an existing "
                        "file. Pass the template text or the path of a .jinja file."
                    )
                text = path.read_text(encoding="utf-8")
            return text
        for owner in (self.processor, self.tokenizer):
            template = getattr(owner, "chat_template", None)
            if isinstance(template, dict):
                template = template.get("default")
            if isinstance(template, str) and template.strip():
                return template
        raise ChatTemplateError(
            f"{source!r} has no chat template (neither its processor nor its tokenizer defines "
            "one; base checkpoints often lack it). Use an instruction-tuned checkpoint, add "
            "chat_template.jinja to the folder, or pass -M chat_template=PATH_TO_JINJA."
        )

    # -- input length -------------------------------------------------------------------

    @property
    def context_length(self) -> int | None:
        """The model's context window in tokens (None when neither config nor tokenizer says).

        The smallest of the text model's ``max_position_embeddings`` (``text_config`` for
        VLMs), the model's own, and the tokenizer's ``model_max_length`` (when it is set).
        """
        if not hasattr(self, "_context_length"):
            values: list[int] = []
            config = getattr(self.model, "config", None)
            for owner in (getattr(config, "text_config", None), config):
                value = getattr(owner, "max_position_embeddings", None)
                if isinstance(value, int) and value > 0:
                    values.append(value)
            limit = getattr(self.tokenizer, "model_max_length", None)
            if isinstance(limit, int) and 0 < limit < 10**9:  # unset: a huge sentinel
                values.append(limit)
            self._context_length = min(values) if values else None
        return self._context_length

    def _too_long(self, length: int, unit: str) -> InputTooLongError:
        return InputTooLongError(
            f"This sample's input is {length:,} {unit}, longer than the "
            f"{self.context_length:,}-token context of {self.model_name!r}; it was not "
            "generated. Shorten the question (or the conversation), or use a model with a "
            "longer context."
        )

    def _check_prompt_chars(self, prompt: str) -> None:
        """Refuse, before tokenizing, a prompt that cannot fit the context at any tokenization
        (more than :data:`MAX_CHARS_PER_TOKEN` characters per context token)."""
        context = self.context_length
        if context is not None and len(prompt) > context * MAX_CHARS_PER_TOKEN:
            raise self._too_long(len(prompt), "characters")

    def _check_input_lengths(self, requests: list[GenerationRequest], inputs: Any) -> None:
        """Refuse a batch in which an input (text and image tokens) exceeds the context.

        The batcher then retries its requests one by one, so only the long one fails.
        """
        context = self.context_length
        if context is None:
            return
        mask = inputs.get("attention_mask")
        ids = inputs["input_ids"]
        lengths = mask.sum(dim=1).tolist() if mask is not None else [ids.shape[1]] * len(requests)
        longest = max(int(n) for n in lengths)
        if longest > context:
            raise self._too_long(longest, "tokens")

    # -- generation (runs on the batch worker thread) -------------------------------------

    def _generate_batch(self, requests: list[GenerationRequest]) -> list[GenerationResult]:
        import torch
        import transformers

        start = time.monotonic()
        settings = requests[0].settings
        model = self.model
        if model is None:
            raise HfVlmError("The hf-vlm model was closed; create a new one with get_model().")

        processor_args: dict[str, Any] = {
            "text": [r.prompt for r in requests],
            "padding": True,
            "return_tensors": "pt",
        }
        if self.accepts_images and any(r.images for r in requests):
            processor_args["images"] = _batch_images(requests)
        inputs = (
            self.processor(**processor_args)
            if self.accepts_images
            else self.tokenizer(processor_args["text"], padding=True, return_tensors="pt")
        )
        self._check_input_lengths(requests, inputs)
        model_dtype = getattr(model, "dtype", None)
        inputs = {
            k: (
                v.to(model.device, dtype=model_dtype)
                if torch.is_floating_point(v) and model_dtype is not None
                else v.to(model.device)
            )
            for k, v in inputs.items()
            if isinstance(v, torch.Tensor)
        }

        generation_config = copy.deepcopy(model.generation_config)
        generation_config.update(
            max_new_tokens=settings.max_new_tokens,
            do_sample=settings.do_sample,
            temperature=settings.temperature,
            top_p=settings.top_p,
            top_k=settings.top_k,
            num_return_sequences=1,
        )
        if generation_config.pad_token_id is None:
            generation_config.pad_token_id = self.tokenizer.pad_token_id
        eos_ids = _token_ids(generation_config.eos_token_id)
        if not eos_ids and self.tokenizer.eos_token_id is not None:
            eos_ids = {self.tokenizer.eos_token_id}
            generation_config.eos_token_id = self.tokenizer.eos_token_id
        gen_args: dict[str, Any] = {"generation_config": generation_config}
        criteria = [_closing_criterion(self._batcher.closing)] if self._batcher else []
        criterion = self._stop_criterion(settings.stop_seqs) if settings.stop_seqs else None
        if criterion is not None:
            criteria.append(criterion)
        if criteria:
            gen_args["stopping_criteria"] = transformers.StoppingCriteriaList(criteria)
        if settings.seed is not None:
            transformers.set_seed(settings.seed)

        with torch.inference_mode():
            sequences = model.generate(**inputs, **gen_args)
        if self._batcher is not None and self._batcher.closing.is_set():
            raise ShuttingDownError("hf-vlm is shutting down: generation was stopped.")
        if not isinstance(sequences, torch.Tensor):
            sequences = sequences.sequences
        prompt_length = inputs["input_ids"].shape[1]
        generated = sequences[:, prompt_length:].tolist()
        attention = inputs.get("attention_mask")
        elapsed = time.monotonic() - start

        results = []
        for row, tokens in enumerate(generated):
            count, hit_eos = _generated_length(tokens, eos_ids, generation_config.pad_token_id)
            raw = self.tokenizer.decode(
                tokens[:count], skip_special_tokens=True, clean_up_tokenization_spaces=False
            )
            text, hit_stop = truncate_at_stop(raw, settings.stop_seqs)
            if hit_stop or hit_eos:
                stop_reason: StopReason = "stop"
            elif count >= settings.max_new_tokens:
                stop_reason = "max_tokens"
            else:
                stop_reason = "stop"
            input_tokens = (
                int(attention[row].sum().item()) if attention is not None else prompt_length
            )
            results.append(
                GenerationResult(
                    text=text,
                    stop_reason=stop_reason,
                    input_tokens=input_tokens,
                    output_tokens=count,
                    time=elapsed,
                    batch_size=len(requests),
                    raw_text=raw,
                )
            )
        return results

    def _stop_criterion(self, stop_seqs: tuple[str, ...]) -> Any:
        """A cached ``StopStringCriteria``, or None when the tokenizer cannot support one.

        Stop sequences are always cut from the answer afterwards; the criterion only saves
        generating past them.
        """
        from transformers import StopStringCriteria

        if stop_seqs not in self._stop_criteria:
            try:
                self._stop_criteria[stop_seqs] = StopStringCriteria(self.tokenizer, list(stop_seqs))
            except Exception as ex:  # e.g. a tokenizer without a usable vocabulary mapping
                logger.warning(
                    f"hf-vlm: stop sequences {list(stop_seqs)} cannot stop generation early "
                    f"with this tokenizer ({ex}); they are still cut from the answers."
                )
                self._stop_criteria[stop_seqs] = None
        return self._stop_criteria[stop_seqs]


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------


def _closing_criterion(closing: threading.Event) -> Any:
    """A transformers ``StoppingCriteria`` that ends generation once ``closing`` is set."""
    import torch
    from transformers import StoppingCriteria

    class _Closing(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            return torch.full(
                (input_ids.shape[0],), closing.is_set(), dtype=torch.bool, device=input_ids.device
            )

    return _Closing()


PIXEL_ARGS = ("min_pixels", "max_pixels")
"""Model args passed to the processor as image size bounds (Qwen2/2.5-VL processors)."""


def pixel_bounds(image_processor: Any) -> dict[str, int | None]:
    """The ``min_pixels`` / ``max_pixels`` an image processor applies (``None``: it has none).

    Qwen2-VL image processors keep them as attributes or, in newer transformers, as
    ``size.shortest_edge`` / ``size.longest_edge`` (in pixels, despite the names).
    """
    size = getattr(image_processor, "size", None)

    def from_size(key: str) -> Any:
        return size.get(key) if isinstance(size, dict) else getattr(size, key, None)

    return {
        "min_pixels": getattr(image_processor, "min_pixels", None) or from_size("shortest_edge"),
        "max_pixels": getattr(image_processor, "max_pixels", None) or from_size("longest_edge"),
    }


def _check_pixel_bounds(processor: Any, pixels: dict[str, int]) -> None:
    """Warn when the processor does not apply the ``min_pixels`` / ``max_pixels`` given."""
    if not pixels:
        return
    image_processor = getattr(processor, "image_processor", None)
    applied = pixel_bounds(image_processor) if image_processor is not None else {}
    ignored = [key for key, value in pixels.items() if applied.get(key) != value]
    if ignored:
        logger.warning(
            f"hf-vlm: {type(image_processor or processor).__name__} does not apply "
            f"{', '.join(f'{k}={pixels[k]}' for k in ignored)} (pixel bounds are for Qwen2-VL "
            "and Qwen2.5-VL processors); images are sized by the processor's own settings."
        )


def _batch_images(requests: list[GenerationRequest]) -> list[list[Image.Image]]:
    """Images for the processor: one list per prompt, in placeholder order."""
    return [list(r.images) for r in requests]


def _generated_length(tokens: list[int], eos_ids: set[int], pad_id: int | None) -> tuple[int, bool]:
    """Number of generated tokens of one row (through the first EOS, before trailing pads)."""
    for index, token in enumerate(tokens):
        if token in eos_ids:
            return index + 1, True
        if pad_id is not None and token == pad_id and all(t == pad_id for t in tokens[index:]):
            return index, False
    return len(tokens), False


def _token_ids(value: Any) -> set[int]:
    if value is None:
        return set()
    if isinstance(value, int):
        return {value}
    return {int(v) for v in value}


def _settings_dict(settings: GenerationSettings) -> dict[str, Any]:
    return {k: v for k, v in settings.__dict__.items() if v is not None and v != ()}


def _default_device(torch: Any) -> str:
    if torch.cuda.is_available():
        return "cuda:0"
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def _resolve_dtype(torch: Any, value: Any) -> Any:
    if isinstance(value, torch.dtype):
        return value
    name = str(value).strip().lower().removeprefix("torch.")
    if name == "auto":
        return "auto"
    dtype = getattr(torch, name, None)
    if not isinstance(dtype, torch.dtype):
        raise ModelArgError(
            f"torch_dtype={value!r} is not a torch dtype. Use auto, float32, bfloat16 or float16."
        )
    return dtype


def _as_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", "none", ""):
        return False
    raise ModelArgError(f"{name}={value!r} is not a boolean. Use true or false.")


def _as_positive_int(name: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1 or (isinstance(value, float) and not value.is_integer()):
        raise ModelArgError(f"{name}={value!r} must be a positive whole number, e.g. 8.")
    return number


def _as_non_negative_float(name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if number < 0:
        raise ModelArgError(f"{name}={value!r} must be a number of seconds >= 0, e.g. 0.05.")
    return number


def _load_adapter(model: Any, adapter: str, merge: bool, hub_args: dict[str, Any]) -> Any:
    try:
        from peft import PeftModel
    except ImportError as ex:
        raise MissingDependencyError(
            f"-M adapter={adapter} needs peft, which is not installed. Install the local extra: "
            f"{LOCAL_EXTRA_HINT}"
        ) from ex
    try:
        peft_model = PeftModel.from_pretrained(
            model, adapter, token=hub_args.get("token"), is_trainable=False
        )
    except (OSError, ValueError) as ex:
        raise ModelLoadError(
            f"Could not load the PEFT adapter {adapter!r}: {ex}. Pass the folder that holds "
            "adapter_config.json and the adapter weights (as written by save_pretrained)."
        ) from ex
    return peft_model.merge_and_unload() if merge else peft_model


__all__ = [
    "ChatTemplateError",
    "GenerationSettings",
    "HfVlmAPI",
    "HfVlmError",
    "ImageLoadError",
    "MissingDependencyError",
    "ModelArgError",
    "ModelLoadError",
    "PreparedInput",
    "RequestBatcher",
    "UnsupportedInputError",
    "load_image",
    "require_local_dependencies",
    "to_chat_input",
    "truncate_at_stop",
]
