"""SPY-Bench (Specify Privacy Yourself, ACM MM 2025) as Inspect AI tasks.

Tasks: ``spy_bench/no_scenario``, ``non_conflict``, ``conflict``, ``with_scenario``, ``full``;
solver ``spy_bench/self_moderation``. See :mod:`spy_bench.tasks`. Also here: the report section
(:mod:`spy_bench.report`, :mod:`spy_bench.plots`), ``vlm-privacy download spy-bench``
(:mod:`spy_bench.cli`), SPY-Tune (:mod:`spy_bench.tune`) and lm-evaluation-harness configs
(:mod:`spy_bench.lm_eval`).
"""
