"""``vlm-privacy shards``: print the commands that run one evaluation in K parallel shards.

One Inspect process scores about 25-30 SPY-Bench samples a second (``bench/README.md``), a
ceiling a multi-GPU vLLM server can outrun. Inspect already splits a run by sample range
(``--limit A-B``); this module only computes the K ranges and prints the K ``inspect eval``
commands (or a Slurm job-array script). It starts nothing: run the lines in K terminals, with
``&``, or through the scheduler you have. ``vlm-privacy report`` unions the K logs into one row
and says whether they cover the whole dataset; a failed shard is resumed with
``inspect eval-retry LOG``. See ``docs/local-models.md``.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence

import click


def shard_ranges(samples: int, shards: int) -> list[tuple[int, int]]:
    """``shards`` contiguous 1-based inclusive ranges ``(A, B)`` covering ``1..samples``.

    Sizes differ by at most one sample; no range is empty.

    Raises:
        click.BadParameter: ``samples`` or ``shards`` is not positive, or there are more
            shards than samples.
    """
    if samples < 1:
        raise click.BadParameter(f"--samples must be at least 1, got {samples}.")
    if shards < 1 or shards > samples:
        raise click.BadParameter(
            f"--shards must be between 1 and the number of samples ({samples}), got {shards}."
        )
    base, extra = divmod(samples, shards)
    ranges, start = [], 1
    for i in range(shards):
        size = base + (1 if i < extra else 0)
        ranges.append((start, start + size - 1))
        start += size
    return ranges


def task_args(args: Sequence[str]) -> dict[str, object]:
    """The ``-T key=value`` task arguments among ``inspect eval`` arguments (values read as
    YAML, as Inspect reads them)."""
    import yaml

    out: dict[str, object] = {}
    for flag, value in zip(args, list(args[1:]) + [""], strict=True):
        if flag == "-T" and "=" in value:
            key, _, raw = value.partition("=")
            out[key.strip()] = yaml.safe_load(raw)
    return out


def count_samples(task: str, args: Sequence[str]) -> int:
    """The number of samples of the registered ``task`` made with the ``-T`` arguments in
    ``args`` (this builds the dataset, as ``inspect eval`` would)."""
    from vlm_privacy.compat import create_task

    try:
        made = create_task(task, task_args(args))
    except Exception as ex:  # an unknown task, or data that is not there
        first = str(ex).strip().splitlines()[0] if str(ex).strip() else type(ex).__name__
        raise click.ClickException(
            f"Could not build {task} to count its samples ({first}). Pass --samples N "
            "(a log's header has it: eval.dataset.samples)."
        ) from ex
    return len(made.dataset)


def shard_commands(task: str, samples: int, shards: int, args: Sequence[str] = ()) -> list[str]:
    """The K ``inspect eval TASK --limit A-B ARGS`` lines, shell-quoted."""
    rest = " ".join(shlex.quote(a) for a in args)
    return [
        f"inspect eval {shlex.quote(task)} --limit {a}-{b}" + (f" {rest}" if rest else "")
        for a, b in shard_ranges(samples, shards)
    ]


def slurm_script(task: str, samples: int, shards: int, args: Sequence[str] = ()) -> str:
    """A Slurm job-array script: array task ``i`` runs shard ``i`` (the ranges inline)."""
    ranges = " ".join(f"{a}-{b}" for a, b in shard_ranges(samples, shards))
    rest = " ".join(shlex.quote(a) for a in args)
    return "\n".join(
        [
            "#!/bin/bash",
            f"#SBATCH --array=0-{shards - 1}",
            f"#SBATCH --job-name=shards-{task.replace('/', '-')}",
            "# Each array task runs one shard; start the node's model server (e.g. vLLM) first",
            "# and point every shard at the same shared --log-dir (an S3 URL works too).",
            f"RANGES=({ranges})",
            f'inspect eval {shlex.quote(task)} --limit "${{RANGES[$SLURM_ARRAY_TASK_ID]}}"'
            + (f" {rest}" if rest else ""),
            "",
        ]
    )


@click.command(
    name="shards",
    context_settings={"ignore_unknown_options": True},
)
@click.argument("task")
@click.option("--shards", "-k", type=int, required=True, help="Number of shards K.")
@click.option(
    "--samples",
    "-n",
    type=int,
    default=None,
    help="Samples in the task's dataset (default: build the task with the -T arguments "
    "given after -- and count them).",
)
@click.option("--slurm", is_flag=True, help="Print a Slurm job-array script instead.")
@click.argument("inspect_args", nargs=-1, type=click.UNPROCESSED)
def shards_command(
    task: str, shards: int, samples: int | None, slurm: bool, inspect_args: tuple[str, ...]
) -> None:
    """Print K 'inspect eval TASK --limit A-B ...' commands (arguments after -- are passed on).

    Example: vlm-privacy shards spy_bench/full -k 4 -- --model vllm/Qwen/Qwen2-VL-7B-Instruct
    --log-dir logs/qwen. Run the lines side by side; then vlm-privacy report logs/qwen unions
    the shards into one row. Nothing is started here.
    """
    if samples is None:
        samples = count_samples(task, inspect_args)
    if slurm:
        click.echo(slurm_script(task, samples, shards, inspect_args), nl=False)
        return
    for line in shard_commands(task, samples, shards, inspect_args):
        click.echo(line)
