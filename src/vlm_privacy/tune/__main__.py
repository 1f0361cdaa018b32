"""``python -m vlm_privacy.tune``: the ``vlm-privacy tune`` command, for ``accelerate launch -m``."""

from vlm_privacy.tune.cli import tune_command

if __name__ == "__main__":
    tune_command(prog_name="vlm-privacy tune")
