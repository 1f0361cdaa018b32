"""Pillow drawing of the synthetic documents, keeping every text's exact box.

Each document is drawn on a :class:`Doc`, which records what it wrote: every text item with
its field name, its string and its pixel box (from ``ImageDraw.textbbox``), and named regions
(the face photo, the license plate, ...). The generator saves this *render manifest* next to
the images, so that gold answers and boxes can be checked against what was actually drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw

from multipriv.fonts import get_font

INK = (25, 25, 35)
MUTED = (95, 100, 110)
MARGIN = 6
"""Texts are shrunk until they end at least this many pixels before the right edge."""
MIN_SIZE = 8
REGION_PAD = 3
"""Pixels added around a text's ink box when it becomes a localization region."""


@dataclass
class Doc:
    """A document being drawn: the image plus the manifest of what is on it."""

    width: int
    height: int
    background: tuple[int, int, int]
    cjk_font: str | None = None
    doc_type: str = ""
    texts: list[dict[str, Any]] = field(default_factory=list)
    regions: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.image = Image.new("RGB", (self.width, self.height), self.background)
        self.draw = ImageDraw.Draw(self.image)

    def font(self, size: int):  # noqa: ANN201 - a Pillow font
        return get_font(size, self.cjk_font)

    def text(
        self,
        xy: tuple[int, int],
        text: str,
        *,
        size: int = 14,
        field: str | None = None,
        fill: tuple[int, int, int] = INK,
        value: Any = None,
        row: int | None = None,
        region: str | None = None,
    ) -> list[int]:
        """Draw ``text`` with its top-left at ``xy``; record it; return its box."""
        font = self.font(size)
        box = [int(v) for v in self.draw.textbbox(xy, text, font=font)]
        while box[2] > self.width - MARGIN and size > MIN_SIZE:
            size -= 1  # shrink long values (addresses) until they fit
            font = self.font(size)
            box = [int(v) for v in self.draw.textbbox(xy, text, font=font)]
        self.draw.text(xy, text, font=font, fill=fill)
        if box[0] < 0 or box[1] < 0 or box[2] > self.width or box[3] > self.height:
            raise ValueError(f"text {text!r} overflows the {self.doc_type} image: {box}")
        item: dict[str, Any] = {"text": text, "bbox": box}
        if field is not None:
            item["field"] = field
        if value is not None:
            item["value"] = value
        if row is not None:
            item["row"] = row
        self.texts.append(item)
        if region is not None:
            self.regions[region] = self.pad(box)
        return box

    def text_width(self, text: str, size: int) -> int:
        font = self.font(size)
        box = self.draw.textbbox((0, 0), text, font=font)
        return int(box[2] - box[0])

    def label_value(
        self,
        xy: tuple[int, int],
        label: str,
        text: str,
        *,
        size: int = 14,
        field: str | None = None,
        gap: int = 8,
        **kwargs: Any,
    ) -> list[int]:
        """Draw a muted label and, after it, the value (the value carries the field)."""
        label_box = self.text(xy, label, size=size - 1, fill=MUTED)
        return self.text((label_box[2] + gap, xy[1]), text, size=size, field=field, **kwargs)

    def pad(self, box: list[int], pad: int = REGION_PAD) -> list[int]:
        return [
            max(0, box[0] - pad),
            max(0, box[1] - pad),
            min(self.width, box[2] + pad),
            min(self.height, box[3] + pad),
        ]

    def rect(
        self,
        box: list[int] | tuple[int, ...],
        fill=None,
        outline=None,
        width: int = 1,
        radius: int = 0,
    ) -> None:  # noqa: ANN001
        if radius:
            self.draw.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=width)
        else:
            self.draw.rectangle(box, fill=fill, outline=outline, width=width)

    def manifest(self) -> dict[str, Any]:
        return {
            "doc": self.doc_type,
            "size": [self.width, self.height],
            "texts": self.texts,
            "regions": self.regions,
        }


def draw_face(
    doc: Doc,
    box: list[int],
    skin: tuple[int, int, int],
    hair: tuple[int, int, int],
    shirt: tuple[int, int, int],
) -> None:
    """A simple portrait filling ``box`` (recorded as the ``face`` region)."""
    x1, y1, x2, y2 = box
    w, h = x2 - x1, y2 - y1
    photo = Image.new("RGB", (w, h), (214, 226, 240))
    d = ImageDraw.Draw(photo)
    cx = w // 2
    d.ellipse([w * 0.12, h * 0.72, w * 0.88, h * 1.35], fill=shirt)  # shoulders
    d.rectangle([cx - w * 0.09, h * 0.55, cx + w * 0.09, h * 0.78], fill=skin)  # neck
    head = [cx - w * 0.24, h * 0.18, cx + w * 0.24, h * 0.66]
    d.ellipse(head, fill=skin)
    d.chord([head[0] - 2, head[1] - 4, head[2] + 2, head[3] - h * 0.12], 180, 360, fill=hair)
    ey = h * 0.42
    for ex in (cx - w * 0.09, cx + w * 0.09):
        d.ellipse([ex - 2, ey - 2, ex + 2, ey + 2], fill=INK)
    d.arc([cx - w * 0.08, h * 0.47, cx + w * 0.08, h * 0.57], 20, 160, fill=INK, width=2)
    d.rectangle([0, 0, w - 1, h - 1], outline=MUTED)
    doc.image.paste(photo, (x1, y1))
    doc.regions["face"] = [int(v) for v in box]


def draw_car(doc: Doc, color: tuple[int, int, int]) -> tuple[int, int]:
    """A car seen from behind; returns the top-left corner for its plate."""
    w, h = doc.width, doc.height
    doc.rect([0, int(h * 0.72), w, h], fill=(120, 122, 128))  # road
    body = [int(w * 0.14), int(h * 0.28), int(w * 0.86), int(h * 0.80)]
    roof = [int(w * 0.24), int(h * 0.10), int(w * 0.76), int(h * 0.34)]
    doc.rect(roof, fill=color, radius=14)
    doc.rect(
        [roof[0] + 10, roof[1] + 10, roof[2] - 10, roof[3] - 2], fill=(170, 200, 225), radius=8
    )
    doc.rect(body, fill=color, radius=16)
    for x in (body[0] + 10, body[2] - 50):
        doc.rect([x, body[1] + 18, x + 40, body[1] + 34], fill=(220, 60, 50), radius=4)  # lights
    for x in (body[0] + 6, body[2] - 46):
        doc.rect([x, body[3] - 6, x + 40, body[3] + 20], fill=(30, 30, 30), radius=6)  # tyres
    return (w // 2, int(h * 0.56))
