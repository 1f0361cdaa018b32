"""SPY-Bench (Specify Privacy Yourself, ACM MM 2025) as Inspect AI tasks.

Tasks: ``spy_bench/no_scenario``, ``non_conflict``, ``conflict``, ``with_scenario``, ``full``;
solver ``spy_bench/self_moderation``. See :mod:`spy_bench.tasks`.
"""
