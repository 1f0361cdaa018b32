"""Inspect model providers shipped with vlm-privacy.

- ``hf-vlm``: local vision-language models through transformers (``--model hf-vlm/<hub id or
  folder>``); see :mod:`vlm_privacy.providers.hf_vlm` and docs/local-models.md.

Providers are registered with Inspect's ``@modelapi`` when this package is imported (the
``vlm_privacy`` entry point does so), while torch and transformers are imported only when a
provider is first used.
"""

from inspect_ai.model import ModelAPI, modelapi

HF_VLM = "hf-vlm"
"""Name of the local-VLM provider: ``--model hf-vlm/<hub id or local folder>``."""


@modelapi(name=HF_VLM)
def hf_vlm_provider() -> type[ModelAPI]:
    """Provider for local vision-language models run with transformers (``hf-vlm/...``)."""
    from vlm_privacy.providers.hf_vlm import HfVlmAPI, require_local_dependencies

    require_local_dependencies()
    return HfVlmAPI


__all__ = ["HF_VLM", "hf_vlm_provider"]
