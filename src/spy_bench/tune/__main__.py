"""``python -m spy_bench.tune``: the ``vlm-privacy tune`` command, for ``accelerate launch -m``."""

from spy_bench.tune.cli import tune_command

if __name__ == "__main__":
    tune_command(prog_name="vlm-privacy tune")
