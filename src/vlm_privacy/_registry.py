"""Inspect entry point of the ``vlm_privacy`` package.

Inspect imports this module (``[project.entry-points.inspect_ai]`` in pyproject.toml) when it
looks up a name it does not know, e.g. the provider of ``--model hf-vlm/...``. Importing it
registers vlm-privacy's model providers; it imports neither torch nor transformers.
"""

from vlm_privacy.providers import hf_vlm_provider

__all__ = ["hf_vlm_provider"]
