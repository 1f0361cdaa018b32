"""MultiPriv metrics: the page's table aggregates, and per-group statistics by hand."""

from __future__ import annotations

import math

import pytest

from multipriv.metrics import (
    ScoreRow,
    metric_key,
    perception_overall,
    reasoning_overall,
    summarize,
    table_columns,
    tables_from_metrics,
)
from vlm_privacy.errors import DataValidationError

# Rows of the project page's Table 3: model, overall, English Direct, Indirect, IEA, Mean,
# Chinese Direct, Indirect, IEA, Mean, Bounding IoU (as printed: 3 decimals, IoU 2).
# Rows of Table 4: model, overall, English Single, Re-ID, Chained, Cross, Mean, and Chinese.
TABLE3 = [
    ("QvQ-72B-Preview", 0.454, 0.645, 0.499, 0.561, 0.568, 0.599, 0.560, 0.561, 0.573, 0.22),
    ("Llama-4-Maverick", 0.447, 0.493, 0.470, 0.484, 0.482, 0.378, 0.458, 0.485, 0.440, 0.42),
    ("Qwen3-VL-8B", 0.381, 0.340, 0.341, 0.457, 0.379, 0.435, 0.372, 0.498, 0.435, 0.33),
    ("Qwen3-VL-32B", 0.380, 0.377, 0.383, 0.532, 0.431, 0.409, 0.497, 0.530, 0.479, 0.23),
    ("Llama-4-Scout", 0.377, 0.442, 0.509, 0.480, 0.477, 0.374, 0.453, 0.507, 0.445, 0.21),
    ("InternVL3.5-38B", 0.372, 0.413, 0.312, 0.454, 0.393, 0.413, 0.395, 0.519, 0.442, 0.28),
    ("InternVL3.5-8B", 0.358, 0.390, 0.373, 0.447, 0.403, 0.401, 0.360, 0.501, 0.421, 0.25),
    ("InternVL3.5-14B", 0.356, 0.394, 0.340, 0.442, 0.392, 0.411, 0.367, 0.497, 0.425, 0.25),
    ("Qwen3-VL-30B-A3B", 0.353, 0.333, 0.300, 0.339, 0.324, 0.355, 0.393, 0.407, 0.385, 0.35),
    ("Qwen3-VL-4B", 0.345, 0.453, 0.297, 0.473, 0.408, 0.503, 0.356, 0.486, 0.448, 0.18),
    ("Phi-4-multimodal", 0.332, 0.404, 0.369, 0.384, 0.386, 0.413, 0.380, 0.433, 0.409, 0.20),
    ("MiniCPM-V-4.5", 0.291, 0.410, 0.368, 0.474, 0.417, 0.428, 0.409, 0.531, 0.456, 0.00),
    ("Llama-3.2-11B-Vision", 0.274, 0.414, 0.292, 0.313, 0.340, 0.349, 0.319, 0.298, 0.322, 0.16),
    ("Llava-v1.6-Vicuna-13B", 0.265, 0.413, 0.335, 0.241, 0.330, 0.416, 0.336, 0.223, 0.325, 0.14),
    ("GLM-4.1V-9B", 0.252, 0.342, 0.120, 0.009, 0.157, 0.294, 0.329, 0.008, 0.210, 0.39),
    ("Phi-3.5-vision", 0.238, 0.359, 0.329, 0.297, 0.328, 0.497, 0.188, 0.145, 0.277, 0.11),
    ("deepseek-vl2-small", 0.222, 0.365, 0.205, 0.350, 0.307, 0.311, 0.305, 0.457, 0.358, 0.00),
    ("deepseek-vl2-tiny", 0.222, 0.365, 0.205, 0.350, 0.307, 0.311, 0.305, 0.457, 0.358, 0.00),
    (
        "instructblip-flan-t5-xl",
        0.216,
        0.795,
        0.327,
        0.052,
        0.391,
        0.534,
        0.208,
        0.032,
        0.258,
        0.00,
    ),
    ("Llava-v1.6-Vicuna-7B", 0.195, 0.362, 0.307, 0.260, 0.310, 0.419, 0.267, 0.136, 0.274, 0.00),
    ("Llava-v1.6-Mistral-7B", 0.194, 0.405, 0.247, 0.259, 0.304, 0.378, 0.265, 0.195, 0.279, 0.00),
    (
        "instructblip-flan-t5-xxl",
        0.192,
        0.833,
        0.283,
        0.013,
        0.376,
        0.418,
        0.151,
        0.027,
        0.199,
        0.00,
    ),
    ("instructblip-vicuna-7b", 0.139, 0.519, 0.137, 0.010, 0.222, 0.330, 0.244, 0.012, 0.195, 0.00),
    (
        "instructblip-vicuna-13b",
        0.113,
        0.161,
        0.146,
        0.020,
        0.109,
        0.539,
        0.124,
        0.026,
        0.230,
        0.00,
    ),
    ("Gemini-2.5-Pro", 0.579, 0.775, 0.614, 0.431, 0.607, 0.788, 0.602, 0.443, 0.611, 0.52),
    ("GPT-5", 0.505, 0.428, 0.607, 0.484, 0.506, 0.606, 0.650, 0.542, 0.599, 0.41),
    ("Gemini-2.5-Flash", 0.466, 0.467, 0.492, 0.454, 0.471, 0.473, 0.465, 0.527, 0.488, 0.44),
    ("Claude-Sonnet-4", 0.401, 0.425, 0.555, 0.478, 0.486, 0.419, 0.607, 0.465, 0.497, 0.22),
    ("GPT-4o", 0.342, 0.432, 0.418, 0.420, 0.423, 0.399, 0.370, 0.440, 0.403, 0.20),
]
TABLE4 = [
    (
        "Qwen3-VL-32B-Thinking",
        0.874,
        0.841,
        0.889,
        0.878,
        0.963,
        0.893,
        0.885,
        0.859,
        0.731,
        0.944,
        0.855,
    ),
    (
        "Qwen3-VL-4B-Thinking",
        0.871,
        0.872,
        0.843,
        0.858,
        0.963,
        0.884,
        0.859,
        0.859,
        0.771,
        0.944,
        0.858,
    ),
    (
        "Qwen3-VL-8B-Thinking",
        0.868,
        0.874,
        0.900,
        0.728,
        0.963,
        0.866,
        0.871,
        0.867,
        0.798,
        0.944,
        0.870,
    ),
    ("InternVL3.5-8B", 0.858, 0.845, 0.878, 0.856, 0.926, 0.876, 0.783, 0.817, 0.787, 0.972, 0.840),
    (
        "InternVL3.5-38B",
        0.857,
        0.818,
        0.889,
        0.858,
        0.963,
        0.882,
        0.738,
        0.850,
        0.765,
        0.972,
        0.831,
    ),
    (
        "Llama-4-Maverick",
        0.842,
        0.724,
        0.878,
        0.867,
        0.926,
        0.849,
        0.766,
        0.859,
        0.769,
        0.944,
        0.835,
    ),
    (
        "InternVL3.5-14B",
        0.834,
        0.809,
        0.866,
        0.803,
        0.963,
        0.860,
        0.768,
        0.850,
        0.698,
        0.917,
        0.808,
    ),
    ("Llama-4-Scout", 0.813, 0.734, 0.889, 0.756, 0.963, 0.836, 0.762, 0.859, 0.590, 0.944, 0.789),
    ("MiniCPM-v-4.5", 0.807, 0.748, 0.866, 0.808, 0.815, 0.809, 0.822, 0.834, 0.646, 0.917, 0.805),
    (
        "GLM-4.1v-9B-Thinking",
        0.795,
        0.802,
        0.866,
        0.622,
        0.926,
        0.804,
        0.800,
        0.867,
        0.558,
        0.917,
        0.786,
    ),
    (
        "Phi-4-multimodal",
        0.794,
        0.790,
        0.832,
        0.808,
        0.963,
        0.848,
        0.728,
        0.759,
        0.635,
        0.833,
        0.739,
    ),
    (
        "QvQ-72B-Preview",
        0.632,
        0.667,
        0.787,
        0.642,
        0.852,
        0.737,
        0.473,
        0.583,
        0.185,
        0.861,
        0.526,
    ),
    ("deepseek-vl2", 0.388, 0.447, 0.662, 0.289, 0.556, 0.489, 0.240, 0.650, 0.119, 0.139, 0.287),
    (
        "Gemini-2.5-Flash",
        0.825,
        0.773,
        0.889,
        0.783,
        0.963,
        0.852,
        0.785,
        0.842,
        0.673,
        0.889,
        0.797,
    ),
    (
        "Claude-Sonnet 4",
        0.807,
        0.586,
        0.866,
        0.819,
        0.963,
        0.809,
        0.768,
        0.825,
        0.683,
        0.944,
        0.805,
    ),
    ("GPT-4o", 0.555, 0.443, 0.695, 0.403, 0.741, 0.571, 0.445, 0.600, 0.331, 0.778, 0.539),
    ("GPT-5", 0.459, 0.293, 0.559, 0.328, 0.889, 0.517, 0.348, 0.467, 0.175, 0.611, 0.400),
    ("Gemini-2.5-Pro", 0.456, 0.454, 0.821, 0.317, 0.593, 0.546, 0.356, 0.667, 0.108, 0.333, 0.366),
]

PHI3_ROW = (
    "Phi-3-vision-128k",
    0.073,
    0.049,
    0.256,
    0.002,
    0.102,
    0.000,
    0.260,
    0.068,
    0.109,
    0.07,
)

# Printed means have 3 decimals and are computed from unrounded scores: a mean of rounded
# inputs may differ by up to 0.0005 (inputs) + 0.0005 (output). The IoU is printed with 2
# decimals, which moves the perception overall by up to 0.005 / 3.
MEAN_TOL = 0.001
PERCEPTION_TOL = 0.001 + 0.005 / 3
REASONING_TOL = 0.001


@pytest.mark.parametrize("row", TABLE3, ids=[r[0] for r in TABLE3])
def test_perception_overall_reproduces_table_3(row: tuple) -> None:
    _, overall, ed, ei, ea, emean, zd, zi, za, zmean, iou = row
    result = perception_overall(
        {"direct": ed, "indirect": ei, "iea": ea}, {"direct": zd, "indirect": zi, "iea": za}, iou
    )
    assert result["en_mean"] == pytest.approx(emean, abs=MEAN_TOL)
    assert result["zh_mean"] == pytest.approx(zmean, abs=MEAN_TOL)
    assert result["iou"] == iou
    assert result["overall"] == pytest.approx(overall, abs=PERCEPTION_TOL)


def test_table_3_phi3_row_is_inconsistent_as_printed() -> None:
    """The page prints Phi-3-vision-128k with IoU 0.07 and overall 0.073: its language means
    agree, but they give an overall of 0.094 with IoU 0.07; 0.073 matches an IoU of 0.007.
    This is the only row of Table 3 that the aggregate does not reproduce."""
    _, overall, ed, ei, ea, emean, zd, zi, za, zmean, iou = PHI3_ROW
    en = {"direct": ed, "indirect": ei, "iea": ea}
    zh = {"direct": zd, "indirect": zi, "iea": za}
    printed = perception_overall(en, zh, iou)
    assert printed["en_mean"] == pytest.approx(emean, abs=MEAN_TOL)
    assert printed["zh_mean"] == pytest.approx(zmean, abs=MEAN_TOL)
    assert abs(printed["overall"] - overall) > 0.02
    assert perception_overall(en, zh, 0.007)["overall"] == pytest.approx(overall, abs=MEAN_TOL)


@pytest.mark.parametrize("row", TABLE4, ids=[r[0] for r in TABLE4])
def test_reasoning_overall_reproduces_table_4(row: tuple) -> None:
    _, overall, es, er, ec, ex, emean, zs, zr, zc, zx, zmean = row
    result = reasoning_overall(
        {"single": es, "reid": er, "chained": ec, "cross": ex},
        {"single": zs, "reid": zr, "chained": zc, "cross": zx},
    )
    assert result["en_mean"] == pytest.approx(emean, abs=MEAN_TOL)
    assert result["zh_mean"] == pytest.approx(zmean, abs=MEAN_TOL)
    assert result["overall"] == pytest.approx(overall, abs=REASONING_TOL)


def test_aggregates_name_missing_keys() -> None:
    with pytest.raises(DataValidationError, match="missing iea"):
        perception_overall({"direct": 1, "indirect": 1}, {"direct": 1, "indirect": 1, "iea": 1}, 0)
    with pytest.raises(DataValidationError, match="missing cross"):
        reasoning_overall({"single": 1, "reid": 1, "chained": 1}, {})


def test_summarize_by_hand() -> None:
    rows = [
        ScoreRow("direct_identifier", "en", 1.0, False),
        ScoreRow("direct_identifier", "en", 0.0, False),
        ScoreRow("direct_identifier", "en", 0.0, True),
        ScoreRow("direct_identifier", "zh", 1.0, False),
        ScoreRow("region_localization", "en", 1.0, False, iou=0.8),
        ScoreRow("region_localization", "en", 0.0, True, iou=0.0),
        ScoreRow("region_localization", "zh", 0.0, False, iou=0.2),
    ]
    m = summarize(rows)
    assert m["accuracy"] == pytest.approx(3 / 7)
    assert m["refusal_rate"] == pytest.approx(2 / 7)
    assert m["answered_accuracy"] == pytest.approx(3 / 5)
    assert m["samples"] == 7
    assert m["accuracy_en"] == pytest.approx(2 / 5)
    assert m["answered_accuracy_en"] == pytest.approx(2 / 3)
    assert m["direct_identifier_accuracy_en"] == pytest.approx(1 / 3)
    assert m["direct_identifier_refusal_rate_en"] == pytest.approx(1 / 3)
    assert m["direct_identifier_answered_accuracy_en"] == pytest.approx(1 / 2)
    assert m["direct_identifier_accuracy_zh"] == 1.0
    assert m["region_localization_iou"] == pytest.approx((0.8 + 0.0 + 0.2) / 3)
    assert m["region_localization_answered_iou"] == pytest.approx(0.5)
    assert m["region_localization_iou_en"] == pytest.approx(0.4)
    assert "direct_identifier_iou" not in m
    assert m["iou"] == pytest.approx(1.0 / 3)


def test_answered_accuracy_is_nan_when_everything_is_refused() -> None:
    m = summarize([ScoreRow("chained_reasoning", "zh", 0.0, True)])
    assert math.isnan(m["answered_accuracy"])
    assert m["refusal_rate"] == 1.0


def test_metric_keys() -> None:
    assert metric_key("accuracy") == "accuracy"
    assert metric_key("accuracy", language="zh") == "accuracy_zh"
    assert metric_key("refusal_rate", "reidentification") == "reidentification_refusal_rate"
    assert metric_key("iou", "region_localization", "en") == "region_localization_iou_en"


def test_single_column_averages_the_two_single_step_tasks() -> None:
    columns = table_columns(
        {"cross_validation": 0.6, "single_step_reasoning": 0.8, "chained_reasoning": 0.5}
    )
    assert columns == {"single": pytest.approx(0.7), "chained": 0.5}


def test_tables_from_metrics() -> None:
    metrics: dict[str, float] = {"region_localization_iou": 0.3}
    values = {
        "direct_identifier": (0.5, 0.4),
        "indirect_identifier": (0.6, 0.5),
        "information_extraction": (0.7, 0.6),
        "cross_validation": (0.9, 0.7),
        "single_step_reasoning": (0.7, 0.5),
        "reidentification": (0.8, 0.8),
        "chained_reasoning": (0.6, 0.4),
        "cross_modal_association": (1.0, 0.9),
    }
    for task, (en, zh) in values.items():
        metrics[metric_key("accuracy", task, "en")] = en
        metrics[metric_key("accuracy", task, "zh")] = zh
    tables = tables_from_metrics(metrics)
    assert tables["perception"]["en_mean"] == pytest.approx(0.6)
    assert tables["perception"]["zh_mean"] == pytest.approx(0.5)
    assert tables["perception"]["overall"] == pytest.approx((0.6 + 0.5 + 0.3) / 3)
    assert tables["reasoning"]["en"]["single"] == pytest.approx(0.8)
    assert tables["reasoning"]["en_mean"] == pytest.approx((0.8 + 0.8 + 0.6 + 1.0) / 4)
    assert tables["reasoning"]["zh_mean"] == pytest.approx((0.6 + 0.8 + 0.4 + 0.9) / 4)
    del metrics["region_localization_iou"]
    assert "perception" not in tables_from_metrics(metrics)
