"""Inspect entry point: importing this registers ``spy_bench/<task>`` and the solver."""

# ruff: noqa: F401
from spy_bench.scorers import privacy_judge
from spy_bench.solvers import self_moderation
from spy_bench.tasks import conflict, full, no_scenario, non_conflict, with_scenario
