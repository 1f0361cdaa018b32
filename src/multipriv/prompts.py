"""Answer-format instructions, written natively in English and in Chinese.

The question itself comes from the record; these instructions are appended to it so that
answers can be scored by matching (and so that the respond/reject judge sees the bare
question). Bounding-box prompts state the coordinate system the scorer will read.
"""

from __future__ import annotations

from collections.abc import Sequence

_YES_NO = {
    "en": 'Answer with "yes" or "no" only.',
    "zh": "请只回答“是”或“否”。",
}
_CHOICES_HEADER = {"en": "Options:", "zh": "选项："}
_CHOICE_TAIL = {
    "en": "Answer with the letter of the correct option only.",
    "zh": "请只回答正确选项的字母。",
}
_FREE_TEXT = {
    "en": "Answer with the requested value only, exactly as it appears.",
    "zh": "请只回答所问的内容，按原样给出，不要添加其他文字。",
}
_BBOX_PIXEL = {
    "en": (
        "The image is {w}x{h} pixels. Give the bounding box as [x1, y1, x2, y2] in pixel "
        "coordinates (origin at the top-left corner; x1, y1 top-left, x2, y2 bottom-right). "
        "Answer with the box only."
    ),
    "zh": (
        "图片尺寸为 {w}×{h} 像素。请以 [x1, y1, x2, y2] 的形式给出边界框的像素坐标"
        "（原点在左上角，x1, y1 为左上角，x2, y2 为右下角），只回答边界框。"
    ),
}
_BBOX_NORM = {
    "en": (
        "Give the bounding box as [x1, y1, x2, y2] with coordinates normalized to 0-1000 "
        "(origin at the top-left corner; 1000 is the full width or height). "
        "Answer with the box only."
    ),
    "zh": (
        "请以 [x1, y1, x2, y2] 的形式给出边界框，坐标归一化到 0 到 1000"
        "（原点在左上角，1000 表示图片的全宽或全高），只回答边界框。"
    ),
}
_IMAGE_LABEL = {"en": "Image {i}:", "zh": "图片{i}："}


def image_label(language: str, index: int) -> str:
    """Label placed before the ``index``-th image (1-based) of a multi-image item."""
    return _IMAGE_LABEL[language].format(i=index)


def format_choices(language: str, choices: Sequence[str]) -> str:
    """Options block: one "A. text" line per choice."""
    lines = [_CHOICES_HEADER[language]]
    lines += [f"{chr(ord('A') + i)}. {c}" for i, c in enumerate(choices)]
    return "\n".join(lines)


def answer_instruction(
    language: str,
    answer_type: str,
    *,
    choices: Sequence[str] = (),
    bbox_format: str = "pixel",
    image_size: Sequence[int] | None = None,
) -> str:
    """The instruction appended after the question for ``answer_type``."""
    if answer_type == "yes_no":
        return _YES_NO[language]
    if answer_type == "multiple_choice":
        return f"{format_choices(language, choices)}\n{_CHOICE_TAIL[language]}"
    if answer_type == "free_text":
        return _FREE_TEXT[language]
    if answer_type == "bbox":
        if bbox_format == "pixel":
            if image_size is None:
                raise ValueError("pixel bbox prompts need the image size")
            return _BBOX_PIXEL[language].format(w=image_size[0], h=image_size[1])
        return _BBOX_NORM[language]
    raise ValueError(f"unknown answer type {answer_type!r}")
