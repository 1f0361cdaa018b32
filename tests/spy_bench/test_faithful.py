"""Paper-faithful settings in real evaluations: reasoning models get no token cap, the log
records what was sent, and an unusual distractor count is noticed once."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from inspect_ai import eval
from inspect_ai.log import read_eval_log
from inspect_ai.model import (
    ChatMessage,
    ContentImage,
    ContentText,
    GenerateConfig,
    ModelInfo,
    ModelOutput,
    get_model,
    set_model_info,
)
from spy_testlib import write_data_dir

from spy_bench.faithful import (
    QWEN_EVAL_PIXELS,
    generate_config,
    hf_vlm_model_args,
    is_qwen_vl,
    is_reasoning_model,
    parse_max_tokens,
    vllm_model_args,
)
from spy_bench.solvers import self_moderation
from vlm_privacy.errors import ParameterError
from vlm_privacy.testing.scripted import scripted_output

REASONER = "mockllm/spy-test-reasoner"


@pytest.fixture(scope="module", autouse=True)
def reasoner_info() -> None:
    """Inspect's model database marks the mock model as a reasoning model."""
    set_model_info(REASONER, ModelInfo(organization="test", model="reasoner", reasoning=True))


def recording_model(name: str, sent: list[GenerateConfig]):
    """A mock model that answers "OK" and records each request's generate config."""

    def outputs(messages: list[ChatMessage], tools, tool_choice, config) -> ModelOutput:
        sent.append(config)
        return scripted_output("I cannot help with that.")

    return get_model(name, custom_outputs=outputs)


def run(model, data_dir: Path, log_dir: Path, **task_args):
    (log,) = eval(
        "spy_bench/no_scenario",
        task_args={"data_dir": str(data_dir), "judge": "offline", **task_args},
        model=model,
        limit=2,
        display="none",
        log_dir=str(log_dir),
    )
    assert log.status == "success", log.error
    return read_eval_log(log.location)


def model_event_configs(log) -> list[GenerateConfig]:
    return [e.config for s in log.samples for e in s.events if e.event == "model"]


def test_reasoning_model_is_not_capped(synthetic_dir: Path, tmp_path: Path) -> None:
    assert is_reasoning_model(REASONER) and not is_reasoning_model("mockllm/model")
    sent: list[GenerateConfig] = []
    log = run(recording_model(REASONER, sent), synthetic_dir, tmp_path)
    assert sent and all(c.max_tokens is None and c.temperature == 1.0 for c in sent)
    # the log records what was sent: per request, and the run's generate config
    configs = model_event_configs(log)
    assert configs and all(c.max_tokens is None and c.temperature == 1.0 for c in configs)
    assert log.plan.config.max_tokens is None and log.plan.config.temperature == 1.0


def test_other_models_keep_the_authors_cap(synthetic_dir: Path, tmp_path: Path) -> None:
    sent: list[GenerateConfig] = []
    log = run(recording_model("mockllm/model", sent), synthetic_dir, tmp_path)
    assert sent and all(c.max_tokens == 512 and c.temperature == 0.0 for c in sent)
    assert log.plan.config.max_tokens == 512 and log.plan.config.temperature == 0.0


@pytest.mark.parametrize(("value", "cap"), [("none", None), (64, 64)])
def test_max_tokens_override(synthetic_dir: Path, tmp_path: Path, value, cap) -> None:
    sent: list[GenerateConfig] = []
    log = run(recording_model("mockllm/model", sent), synthetic_dir, tmp_path, max_tokens=value)
    assert sent and all(c.max_tokens == cap and c.temperature == 0.0 for c in sent)
    assert log.eval.task_args["max_tokens"] == value
    assert all(c.max_tokens == cap for c in model_event_configs(log))
    assert log.plan.config.max_tokens == cap


def test_max_tokens_values() -> None:
    assert parse_max_tokens("auto") == "auto"
    assert parse_max_tokens("None") is None and parse_max_tokens(None) is None
    assert parse_max_tokens("1024") == 1024 and parse_max_tokens(7) == 7
    for bad in (0, -5, "many", 1.5, True):
        with pytest.raises(ParameterError, match="-T max_tokens=.*max_tokens must be auto"):
            parse_max_tokens(bad)
    # a task built before the evaluation (no active model) keeps the cap
    assert generate_config("auto").max_tokens == 512
    assert generate_config("auto", REASONER).max_tokens is None


def test_distractor_notice_is_logged_once(tmp_path: Path, reference_items: list[dict]) -> None:
    reference_items[0]["other_labels"]["a4_gender"] = 1  # six stored distractors
    data_dir = write_data_dir(tmp_path / "six", reference_items)
    sent: list[GenerateConfig] = []
    (log,) = eval(
        "spy_bench/no_scenario",
        task_args={"data_dir": str(data_dir), "judge": "offline", "distractors": True},
        model=recording_model("mockllm/model", sent),
        display="none",
        log_dir=str(tmp_path / "logs"),
    )
    log = read_eval_log(log.location)
    notices = [
        e.message.message
        for s in log.samples
        for e in s.events
        if e.event == "logger" and "distractor instructions" in e.message.message
    ]
    assert len(notices) == 1 and "1 of 3 items" in notices[0]
    assert len(log.samples) == 6
    assert log.eval.metadata["n_distractors"] is None  # every stored one
    assert {s.metadata["n_distractors"] for s in log.samples} == {5, 6}


def test_qwen_pixel_bounds_and_model_args() -> None:
    assert is_qwen_vl("Qwen/Qwen2-VL-7B-Instruct") and is_qwen_vl("Qwen/Qwen2.5-VL-3B-Instruct")
    assert is_qwen_vl("/ckpt/anything", "qwen2_5_vl")
    assert not is_qwen_vl("Qwen/Qwen2-VL-7B-Instruct", "llava")
    assert not is_qwen_vl("llava-hf/llava-1.5-7b-hf") and not is_qwen_vl("Qwen/Qwen2-7B")
    assert vllm_model_args() == {
        "mm_processor_kwargs.min_pixels": 200704,
        "mm_processor_kwargs.max_pixels": 2007040,
    }
    assert hf_vlm_model_args() == QWEN_EVAL_PIXELS


def test_vllm_pixel_bounds_reach_vllm_serve(tmp_path: Path) -> None:
    """The README's ``-M mm_processor_kwargs.*`` args become ``vllm serve`` flags.

    The two Inspect steps between the command line and the server, run for real: ``inspect
    eval`` parses ``-M`` with ``parse_cli_args``, and the vLLM provider launches the server
    with ``start_local_server`` (the provider itself needs the ``openai`` package, which the
    test environment lacks). A stand-in ``vllm`` executable records its arguments and exits.
    """
    from inspect_ai._util.config import parse_cli_args
    from inspect_ai._util.local_server import start_local_server

    bin_dir, argv_file = tmp_path / "bin", tmp_path / "argv.txt"
    bin_dir.mkdir()
    fake = bin_dir / "vllm"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {argv_file}\nexit 3\n')
    fake.chmod(0o755)
    cli = [f"{key}={value}" for key, value in vllm_model_args().items()]
    server_args = parse_cli_args(cli)
    assert server_args == vllm_model_args()
    path = os.environ["PATH"]
    os.environ["PATH"] = f"{bin_dir}{os.pathsep}{path}"
    try:
        with pytest.raises(RuntimeError, match="Failed to start vLLM server"):
            start_local_server(
                ["vllm", "serve", "Qwen/Qwen2-VL-7B-Instruct"],
                host="127.0.0.1",
                api_key="test",
                server_type="vLLM",
                timeout=30,
                server_args=server_args,
            )
    finally:
        os.environ["PATH"] = path
    argv = argv_file.read_text().split("\n")
    assert argv[:2] == ["serve", "Qwen/Qwen2-VL-7B-Instruct"]
    i = argv.index("--mm-processor-kwargs.min_pixels")
    assert argv[i + 1] == "200704"
    j = argv.index("--mm-processor-kwargs.max_pixels")
    assert argv[j + 1] == "2007040"


@pytest.mark.parametrize("image_first", [True, False])
def test_content_order(synthetic_dir: Path, tmp_path: Path, image_first: bool) -> None:
    seen: list[list[str]] = []
    images: dict[str, str] = {}

    def outputs(messages: list[ChatMessage], tools, tool_choice, config) -> ModelOutput:
        seen.append([content.type for content in messages[-1].content])
        (image,) = [c for c in messages[-1].content if isinstance(c, ContentImage)]
        (text,) = [c for c in messages[-1].content if isinstance(c, ContentText)]
        images[text.text] = image.image
        return scripted_output("I cannot help with that.")

    model = get_model("mockllm/model", custom_outputs=outputs)
    log = run(model, synthetic_dir, tmp_path, image_first=image_first)
    expected = ["image", "text"] if image_first else ["text", "image"]
    assert seen and all(kinds == expected for kinds in seen)
    assert log.eval.metadata["image_first"] is image_first
    for sample in log.samples:
        # the model got the sample's own image file, inlined (attach_image, setup step)
        sent = images[sample.input]
        header, payload = sent.split(",", 1)
        assert header == "data:image/jpeg;base64"
        assert (
            base64.b64decode(payload)
            == (synthetic_dir / sample.metadata["image_path"]).read_bytes()
        )
        # the transcript keeps the same order, and the image itself (inspect view shows it)
        user = sample.messages[0]
        assert [c.type for c in user.content] == expected
        (logged,) = [c.image for c in user.content if isinstance(c, ContentImage)]
        assert sample.attachments[logged.removeprefix("attachment://")] == sent


def test_self_moderation_sees_the_image(synthetic_dir: Path, tmp_path: Path) -> None:
    """The image is attached by the setup step, so any --solver gets it in every request."""
    requests: list[list[str]] = []

    def outputs(messages: list[ChatMessage], tools, tool_choice, config) -> ModelOutput:
        requests.append(
            [c.type for m in messages if not isinstance(m.content, str) for c in m.content]
        )
        return scripted_output("I cannot help with that.")

    (log,) = eval(
        "spy_bench/no_scenario",
        task_args={"data_dir": str(synthetic_dir), "judge": "offline"},
        solver=self_moderation(),
        model=get_model("mockllm/model", custom_outputs=outputs),
        limit=1,
        display="none",
        log_dir=str(tmp_path),
    )
    assert log.status == "success", log.error
    assert len(requests) == 3  # answer, re-check, "are you sure"
    assert all(kinds.count("image") == 1 for kinds in requests)


def test_no_log_images_keeps_the_image_out_of_the_log(synthetic_dir: Path, tmp_path: Path) -> None:
    (log,) = eval(
        "spy_bench/no_scenario",
        task_args={"data_dir": str(synthetic_dir), "judge": "offline"},
        model=recording_model("mockllm/model", []),
        limit=2,
        display="none",
        log_dir=str(tmp_path),
        log_images=False,
    )
    assert log.status == "success", log.error
    for sample in log.samples:
        assert isinstance(sample.input, str)
        (image,) = [c for c in sample.messages[0].content if isinstance(c, ContentImage)]
        # Inspect's placeholder, and no image bytes anywhere in the sample's record
        assert image.image == "<base64-data-removed>"
        assert not any("base64," in value for value in sample.attachments.values())
        assert sample.metadata["image_path"]  # still names the file


def test_content_order_must_be_a_flag(synthetic_dir: Path) -> None:
    from spy_bench.tasks import no_scenario

    with pytest.raises(ParameterError, match="image_first"):
        no_scenario(data_dir=str(synthetic_dir), image_first="text")


@pytest.mark.parametrize("image_first", [True, False])
def test_own_task_from_the_dataset_with_attach_image(
    synthetic_dir: Path, tmp_path: Path, image_first: bool
) -> None:
    """The README's recipe: spy_bench_dataset + attach_image in a Task of one's own."""
    from inspect_ai import Task
    from inspect_ai.solver import generate

    from spy_bench.dataset import spy_bench_dataset
    from spy_bench.scorers import privacy_judge
    from spy_bench.solvers import attach_image

    sent: list[list[str]] = []

    def outputs(messages: list[ChatMessage], tools, tool_choice, config) -> ModelOutput:
        sent.append([c.type for c in messages[-1].content])
        return scripted_output("I cannot help with that.")

    task = Task(
        dataset=spy_bench_dataset(synthetic_dir, situations=(1, 2)),
        setup=attach_image(str(synthetic_dir), image_first=image_first),
        solver=generate(),
        scorer=privacy_judge(judge="offline"),
    )
    (log,) = eval(
        task,
        model=get_model("mockllm/model", custom_outputs=outputs),
        limit=3,
        display="none",
        log_dir=str(tmp_path),
    )
    assert log.status == "success", log.error
    assert sent == [["image", "text"] if image_first else ["text", "image"]] * 3


def test_attach_image_needs_the_image_path(tmp_path: Path, synthetic_dir: Path) -> None:
    from inspect_ai import Task
    from inspect_ai.dataset import Sample

    from spy_bench.solvers import attach_image

    (log,) = eval(
        Task(dataset=[Sample(id="x", input="hi")], setup=attach_image(str(synthetic_dir))),
        model=recording_model("mockllm/model", []),
        display="none",
        log_dir=str(tmp_path),
    )
    (sample,) = log.samples
    assert "no image_path metadata" in sample.error.message and "x" in sample.error.message
