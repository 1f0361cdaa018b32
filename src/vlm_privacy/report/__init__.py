"""Paper-style reports from Inspect logs: ``vlm-privacy report``.

Given ``.eval`` logs (files or directories) of SPY-Bench and MultiPriv tasks, build the
papers' tables (SPY-Bench Table 4 and the Table 6 view, MultiPriv Tables 3 and 4) and
figures (SPY-Bench Figures 4 and 5), recomputing every figure from the judged samples with
the benchmarks' own metric functions.

Modules: :mod:`~vlm_privacy.report.logs` (find and read logs),
:mod:`~vlm_privacy.report.merge` (combine slices, newest duplicate wins),
:mod:`~vlm_privacy.report.core` (hand each log to its section),
:mod:`~vlm_privacy.report.render` (terminal table, Markdown, CSV, JSON),
:mod:`~vlm_privacy.report.command` (the CLI). This package is the engine only: each benchmark
brings its section (see :class:`~vlm_privacy.report.base.Section`): :mod:`spy_bench.report`
(with :mod:`spy_bench.plots`, the PNG figures) and :mod:`multipriv.report`, named in
:data:`vlm_privacy.cli.REPORT_SECTIONS`.
"""

from vlm_privacy.report.command import report_command

__all__ = ["report_command"]
