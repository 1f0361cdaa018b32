"""The documents of a synthetic MultiPriv person, one ``doc_*`` renderer per kind.

Each renderer draws one document with :mod:`multipriv.render` (an ID card, a bank card, a
boarding pass or train ticket, a prescription, a delivery screenshot, a car, a vehicle
registration, a notice, and the multi-person parking roster and delivery records) and records
every drawn text with its box in the ``Doc``'s manifest, from which :mod:`multipriv.synthetic`
takes the gold answers. Pure drawing: the same profile and font give the same pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from multipriv.profiles import Profile
from multipriv.render import INK, MUTED, Doc, draw_car, draw_face


def fmt_date(iso: str, language: str) -> str:
    """An ISO date as printed on documents: ``MM/DD/YYYY`` or ``YYYY年MM月DD日``."""
    d = date.fromisoformat(iso)
    return (
        f"{d.month:02d}/{d.day:02d}/{d.year}"
        if language == "en"
        else f"{d.year}年{d.month:02d}月{d.day:02d}日"
    )


def sex_text(sex: str, language: str) -> str:
    """``"M"``/``"F"`` as printed on documents, in ``language``."""
    return {"en": {"M": "Male", "F": "Female"}, "zh": {"M": "男", "F": "女"}}[language][sex]


L = {
    "en": {
        "id_title": "IDENTITY CARD",
        "name": "Name",
        "sex": "Sex",
        "born": "Born",
        "address": "Address",
        "id_no": "ID No.",
        "valid": "VALID THRU",
        "bp_title": "BOARDING PASS",
        "passenger": "Passenger",
        "from": "From",
        "to": "To",
        "flight": "Flight",
        "date": "Date",
        "seat": "Seat",
        "rx_title": "OUTPATIENT PRESCRIPTION",
        "patient": "Patient",
        "dob": "Date of birth",
        "dept": "Dept.",
        "dept_value": "General Medicine",
        "rx": "Rx",
        "doctor": "Physician",
        "visit": "Date",
        "del_title": "Order delivered",
        "recipient": "Recipient",
        "phone": "Phone",
        "deliver_to": "Delivered to",
        "courier": "Courier: Li Ming",
        "reg_title": "VEHICLE REGISTRATION",
        "plate": "Plate",
        "owner": "Owner",
        "model": "Model",
        "color": "Color",
        "roster_title": "Resident parking permits",
        "list_title": "Delivery records",
    },
    "zh": {
        "id_title": "居民身份证",
        "name": "姓名",
        "sex": "性别",
        "born": "出生",
        "address": "住址",
        "id_no": "公民身份号码",
        "valid": "有效期",
        "bp_title": "火车票",
        "passenger": "乘客",
        "from": "出发",
        "to": "到达",
        "flight": "车次",
        "date": "日期",
        "seat": "座位",
        "rx_title": "门诊处方笺",
        "patient": "姓名",
        "dob": "出生日期",
        "dept": "科别",
        "dept_value": "全科医学科",
        "rx": "处方",
        "doctor": "医师",
        "visit": "日期",
        "del_title": "订单已送达",
        "recipient": "收件人",
        "phone": "电话",
        "deliver_to": "收货地址",
        "courier": "配送员：李明",
        "reg_title": "机动车行驶证",
        "plate": "号牌号码",
        "owner": "所有人",
        "model": "品牌型号",
        "color": "车身颜色",
        "roster_title": "小区车辆登记表",
        "list_title": "快递签收记录",
    },
}


def doc_id_card(p: Profile, font: str | None) -> Doc:
    lab = L[p.language]
    doc = Doc(480, 300, (232, 240, 236), font, "id_card")
    doc.rect([0, 0, 480, 40], fill=(40, 90, 120))
    doc.text((18, 10), lab["id_title"], size=18, fill=(255, 255, 255))
    draw_face(doc, [360, 54, 462, 184], p.skin, p.hair, p.shirt)
    doc.label_value((20, 62), lab["name"], p.name, size=17, field="name", region="name")
    doc.label_value((20, 98), lab["sex"], sex_text(p.sex, p.language), field="sex")
    doc.label_value(
        (20, 130),
        lab["born"],
        fmt_date(p.birth_date, p.language),
        field="birth_date",
        value=p.birth_date,
    )
    doc.label_value((20, 204), lab["address"], p.address, size=13, field="address")
    doc.label_value(
        (20, 252), lab["id_no"], p.id_number, size=17, field="id_number", region="id_number"
    )
    return doc


def doc_bank_card(p: Profile, font: str | None) -> Doc:
    lab = L[p.language]
    doc = Doc(428, 270, (26, 60, 110), font, "bank_card")
    white = (245, 245, 245)
    doc.text((22, 18), p.bank, size=18, fill=white, field="bank")
    doc.rect([30, 80, 80, 118], fill=(212, 180, 90), radius=6)
    doc.text(
        (26, 140), p.card_number, size=22, fill=white, field="card_number", region="card_number"
    )
    doc.text(
        (240, 184), f"{lab['valid']} {p.card_expiry}", size=12, fill=white, field="card_expiry"
    )
    doc.text(
        (26, 222),
        p.name.upper() if p.language == "en" else p.name,
        size=16,
        fill=white,
        field="name",
    )
    return doc


def doc_ticket(p: Profile, font: str | None) -> Doc:
    lab = L[p.language]
    doc = Doc(520, 230, (250, 248, 240), font, "ticket")
    doc.rect([0, 0, 520, 38], fill=(30, 110, 80) if p.language == "en" else (40, 110, 170))
    doc.text((16, 9), lab["bp_title"], size=18, fill=(255, 255, 255))
    doc.label_value((20, 52), lab["passenger"], p.name, size=16, field="name")
    if p.language == "en":
        origin, dest = f"{p.origin} ({p.origin_code})", f"{p.destination} ({p.destination_code})"
    else:
        origin, dest = f"{p.origin_code}站", f"{p.destination_code}站"
    doc.label_value((20, 88), lab["from"], origin, size=16, field="origin", value=p.origin)
    doc.label_value((270, 88), lab["to"], dest, size=16, field="destination", value=p.destination)
    doc.label_value((20, 126), lab["flight"], p.travel_no, size=16, field="travel_no")
    doc.label_value(
        (270, 126),
        lab["date"],
        fmt_date(p.travel_date, p.language),
        size=15,
        field="travel_date",
        value=p.travel_date,
    )
    doc.label_value((20, 164), lab["seat"], p.seat, size=16, field="seat")
    if p.language == "zh":
        masked_id = p.id_number[:10] + "****" + p.id_number[14:]
        doc.text((20, 198), masked_id, size=13, fill=MUTED, field="masked_id_number")
    return doc


def doc_prescription(
    p: Profile,
    font: str | None,
    *,
    masked: bool = False,
    name: str | None = None,
    doc_type: str = "prescription",
) -> Doc:
    lab = L[p.language]
    doc = Doc(440, 360, (255, 255, 255), font, doc_type)
    doc.text((20, 14), p.hospital, size=17, field="hospital")
    doc.text((20, 42), lab["rx_title"], size=14, fill=MUTED)
    doc.rect([20, 66, 420, 67], fill=MUTED)
    shown = p.masked_name if masked else (name or p.name)
    doc.label_value(
        (20, 80), lab["patient"], shown, size=15, field="masked_name" if masked else "name"
    )
    doc.label_value(
        (250, 80), lab["sex"], sex_text(p.sex, p.language), size=15, field="sex", value=p.sex
    )
    doc.label_value(
        (20, 112),
        lab["dob"],
        fmt_date(p.birth_date, p.language),
        size=15,
        field="birth_date",
        value=p.birth_date,
    )
    doc.label_value((20, 144), lab["dept"], lab["dept_value"], size=14)
    doc.label_value((250, 144), lab["visit"], fmt_date(p.visit_date, p.language), size=14)
    doc.rect([20, 176, 420, 177], fill=MUTED)
    doc.text((20, 190), lab["rx"], size=20, fill=(150, 40, 40))
    doc.text((60, 194), p.prescription, size=15, field="prescription")
    doc.label_value((20, 318), lab["doctor"], p.doctor, size=14, field="doctor")
    return doc


def doc_delivery(p: Profile, font: str | None) -> Doc:
    lab = L[p.language]
    doc = Doc(380, 420, (244, 245, 248), font, "delivery")
    doc.rect([0, 0, 380, 26], fill=(30, 30, 30))
    doc.text((12, 6), "9:41", size=12, fill=(255, 255, 255))
    doc.rect([0, 26, 380, 70], fill=(255, 140, 40))
    doc.text((16, 38), lab["del_title"], size=18, fill=(255, 255, 255))
    doc.rect([12, 86, 368, 300], fill=(255, 255, 255), radius=10)
    doc.label_value((24, 100), lab["recipient"], p.name, size=15, field="name")
    doc.label_value((24, 134), lab["phone"], p.phone, size=15, field="phone")
    doc.text((24, 170), lab["deliver_to"], size=13, fill=MUTED)
    doc.text((24, 192), p.address, size=13, field="address")
    doc.text((24, 236), lab["courier"], size=13, fill=MUTED)
    return doc


def doc_vehicle(p: Profile, font: str | None) -> Doc:
    doc = Doc(360, 260, (200, 220, 235), font, "vehicle")
    cx, top = draw_car(doc, p.color_rgb)
    plate_font = 17
    w = doc.text_width(p.plate, plate_font) + 20
    box = [cx - w // 2, top, cx + w // 2, top + 30]
    plate_bg = (250, 250, 250) if p.language == "en" else (30, 80, 190)
    plate_ink = INK if p.language == "en" else (255, 255, 255)
    doc.rect(box, fill=plate_bg, outline=INK, width=2)
    doc.text((box[0] + 10, top + 5), p.plate, size=plate_font, fill=plate_ink, field="plate")
    doc.regions["plate"] = box
    return doc


def doc_registration(p: Profile, font: str | None) -> Doc:
    lab = L[p.language]
    doc = Doc(440, 250, (240, 236, 226), font, "registration")
    doc.text((20, 14), lab["reg_title"], size=18, fill=(90, 60, 30))
    doc.rect([20, 44, 420, 45], fill=MUTED)
    doc.label_value((20, 60), lab["plate"], p.plate, size=16, field="plate")
    doc.label_value((20, 96), lab["owner"], p.name, size=16, field="name")
    doc.label_value((20, 132), lab["model"], p.vehicle, size=15, field="vehicle")
    doc.label_value((20, 168), lab["color"], p.color, size=15, field="color")
    return doc


def doc_notice(lines: Sequence[str], language: str, font: str | None) -> Doc:
    doc = Doc(400, 220, (255, 252, 235), font, "notice")
    doc.text((20, 16), "NOTICE" if language == "en" else "通知", size=20, fill=(160, 40, 40))
    for k, line in enumerate(lines):
        doc.text((20, 64 + 40 * k), line, size=16 if k == 0 else 14)
    return doc


def doc_roster(entries: Sequence[Profile], language: str, font: str | None) -> Doc:
    lab = L[language]
    doc = Doc(440, 84 + 36 * len(entries), (250, 250, 250), font, "parking_roster")
    doc.text((20, 14), lab["roster_title"], size=17)
    doc.text((20, 48), lab["plate"], size=13, fill=MUTED)
    doc.text((220, 48), lab["owner"], size=13, fill=MUTED)
    for row, p in enumerate(entries):
        y = 78 + 36 * row
        doc.rect([16, y - 6, 424, y - 6], fill=(210, 210, 210))
        doc.text((20, y), p.plate, size=15, field="plate", row=row)
        doc.text((220, y), p.name, size=15, field="name", row=row)
    return doc


def doc_delivery_list(
    entries: Sequence[Profile], language: str, font: str | None, *, masked: bool
) -> Doc:
    lab = L[language]
    doc = Doc(520, 70 + 62 * len(entries), (255, 255, 255), font, "delivery_list")
    doc.text((20, 14), lab["list_title"], size=17)
    for row, p in enumerate(entries):
        y = 52 + 62 * row
        doc.rect([16, y - 4, 504, y - 4], fill=(215, 215, 215))
        doc.text(
            (20, y + 2),
            p.masked_name if masked else p.name,
            size=15,
            field="masked_name" if masked else "name",
            row=row,
        )
        doc.text((250, y + 2), p.phone, size=15, field="phone", row=row)
        doc.text((20, y + 28), p.address, size=13, field="address", row=row)
    return doc
