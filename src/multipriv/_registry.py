"""Inspect entry point: importing this registers ``multipriv/<task>`` and the scorer."""

# ruff: noqa: F401
from multipriv.scorers import multipriv_scorer
from multipriv.tasks import (
    chained_reasoning,
    cross_modal_association,
    cross_validation,
    direct_identifier,
    indirect_identifier,
    information_extraction,
    perception,
    reasoning,
    region_localization,
    reidentification,
    single_step_reasoning,
)
