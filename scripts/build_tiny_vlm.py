#!/usr/bin/env python
"""Build the tiny offline test VLM (a randomly initialised LLaVA, about 0.3 MB) into OUT_DIR.

Usage (the same as ``vlm-privacy tiny-vlm --out OUT_DIR``, which installed users have)::

    python scripts/build_tiny_vlm.py OUT_DIR [--seed N]
    inspect eval TASK --model hf-vlm/OUT_DIR -M device=cpu --max-tokens 16

Nothing is downloaded; the same seed gives byte-identical files. The model's answers are
gibberish: it is for checking that images, chat templates and generation work end to end.
Needs the ``local`` extra (``pip install 'vlm-privacy[local]'``).
"""

from __future__ import annotations

import sys

from vlm_privacy.errors import VlmPrivacyError
from vlm_privacy.testing.tiny_vlm import main

if __name__ == "__main__":
    try:
        sys.exit(main())
    except VlmPrivacyError as ex:
        print(f"error: {ex}", file=sys.stderr)
        sys.exit(1)
