"""Fonts for the synthetic documents.

English documents use Pillow's built-in scalable font (``ImageFont.load_default(size=...)``),
so they render identically everywhere. Chinese documents need a CJK font: the ``font``
parameter, else ``$MULTIPRIV_CJK_FONT``, else a font found on the system (common Noto CJK,
WenQuanYi, macOS and Windows paths, then ``fc-list :lang=zh``). Without one,
:class:`CjkFontError` says how to install one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from vlm_privacy.errors import VlmPrivacyError

CJK_FONT_ENV = "MULTIPRIV_CJK_FONT"

KNOWN_CJK_FONTS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)
"""Paths tried, in order, when no font is given."""

INSTALL_HINT = (
    "Install one (Debian/Ubuntu: `sudo apt-get install fonts-wqy-microhei` or "
    "`fonts-noto-cjk`; Fedora: `sudo dnf install google-noto-sans-cjk-fonts`; macOS and "
    "Windows ship one), or pass a .ttf/.otf/.ttc font that covers Chinese with "
    f"-T font=PATH (CLI: --font PATH) or ${CJK_FONT_ENV}=PATH, or use -T language=en."
)


class CjkFontError(VlmPrivacyError):
    """No usable font for Chinese text."""


def _simplified_index(path: Path) -> int:
    """Index of the Simplified Chinese face in a collection (0 if none is named SC)."""
    for index in range(12):
        try:
            face = ImageFont.truetype(str(path), 16, index=index)
        except OSError:
            break
        family = " ".join(face.getname()).lower()
        if " sc" in family or "micro hei" in family or "zen hei" in family:
            return index
    return 0


@lru_cache(maxsize=16)
def _check(path: str) -> int:
    """Validate a font file; return the face index to use."""
    p = Path(path)
    if not p.is_file():
        raise CjkFontError(f"CJK font {path} does not exist. {INSTALL_HINT}")
    index = _simplified_index(p) if p.suffix.lower() == ".ttc" else 0
    try:
        font = ImageFont.truetype(path, 20, index=index)
    except OSError as ex:
        raise CjkFontError(f"{path} is not a font Pillow can read ({ex}). {INSTALL_HINT}") from ex
    if not _font_has_cjk(font):
        raise CjkFontError(f"{path} has no Chinese glyphs. {INSTALL_HINT}")
    return index


def _font_has_cjk(font: ImageFont.FreeTypeFont) -> bool:
    try:
        han = font.getmask("汉字")
        pua = font.getmask("\ue000\ue001")
    except Exception:  # noqa: BLE001
        return False
    return bool(han.getbbox()) and bytes(han) != bytes(pua)


def _fc_list() -> list[str]:
    if shutil.which("fc-list") is None:
        return []
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({line.split(":")[0].strip() for line in out.splitlines() if line.strip()})


def find_cjk_font(font: str | os.PathLike[str] | None = None) -> Path:
    """The CJK font to use: ``font``, ``$MULTIPRIV_CJK_FONT``, a known path, or fc-list."""
    explicit = font or os.environ.get(CJK_FONT_ENV)
    if explicit:
        path = Path(explicit).expanduser()
        _check(str(path))
        return path
    for candidate in (*KNOWN_CJK_FONTS, *_fc_list()):
        try:
            _check(candidate)
        except CjkFontError:
            continue
        return Path(candidate)
    raise CjkFontError(f"Chinese (zh) documents need a CJK font and none was found. {INSTALL_HINT}")


def font_tag(path: Path) -> str:
    """A short, stable tag naming a font file (for cache keys)."""
    digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:8]
    return f"{path.stem}-{digest}"


@lru_cache(maxsize=64)
def get_font(
    size: int, cjk_font: str | None = None
) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The font for ``size`` px text: the CJK font if given, else Pillow's built-in font."""
    if cjk_font is not None:
        return ImageFont.truetype(cjk_font, size, index=_check(cjk_font))
    return ImageFont.load_default(size=size)
