"""MultiPriv: individual-level privacy perception and reasoning of VLMs, as Inspect tasks.

Nine tasks in English and Chinese (``multipriv/<task>``), on synthetic data generated offline,
on the authors' public images (``source=multipriv-pii``) or on your own records
(``data=PATH``). See ``src/multipriv/README.md``.
"""
