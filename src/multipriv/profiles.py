"""Synthetic MultiPriv people: the vocabulary they are drawn from, and :func:`make_profiles`.

Faker ``en_US`` / ``zh_CN`` gives names, addresses and employers, a seeded ``random.Random``
everything else (numbers with valid check digits, dates, drugs and conditions, trips, cars,
looks); the same seed and count give the same people.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from faker import Faker

from vlm_privacy.errors import VlmPrivacyError

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

CONDITIONS = {
    "en": [
        ("Type 2 diabetes", "Metformin 500 mg, twice daily"),
        ("Hypertension", "Amlodipine 5 mg, once daily"),
        ("Asthma", "Salbutamol inhaler, as needed"),
        ("Hypothyroidism", "Levothyroxine 50 mcg, every morning"),
        ("Gout", "Allopurinol 100 mg, once daily"),
        ("Depression", "Sertraline 50 mg, once daily"),
        ("Epilepsy", "Levetiracetam 500 mg, twice daily"),
    ],
    "zh": [
        ("2型糖尿病", "二甲双胍片 0.5g 每日两次"),
        ("高血压", "氨氯地平片 5mg 每日一次"),
        ("哮喘", "沙丁胺醇气雾剂 按需使用"),
        ("甲状腺功能减退", "左甲状腺素钠片 50μg 每日晨服"),
        ("痛风", "别嘌醇片 0.1g 每日一次"),
        ("抑郁症", "舍曲林片 50mg 每日一次"),
        ("癫痫", "左乙拉西坦片 0.5g 每日两次"),
    ],
}
"""(condition, prescription) pairs: the prescription names the drug, never the condition."""

NETWORKS = {
    "en": [
        ("Visa", "4", 16),
        ("Mastercard", "5", 16),
        ("American Express", "37", 15),
        ("Discover", "6011", 16),
    ],
    "zh": [("银联", "62", 16), ("Visa", "4", 16), ("万事达", "5", 16), ("美国运通", "37", 15)],
}
PLACES = {
    "en": [
        ("New York", "JFK"),
        ("Los Angeles", "LAX"),
        ("Chicago", "ORD"),
        ("Seattle", "SEA"),
        ("Boston", "BOS"),
        ("Denver", "DEN"),
        ("Miami", "MIA"),
        ("Atlanta", "ATL"),
        ("San Francisco", "SFO"),
        ("Dallas", "DFW"),
    ],
    "zh": [
        ("北京", "北京南"),
        ("上海", "上海虹桥"),
        ("广州", "广州南"),
        ("深圳", "深圳北"),
        ("杭州", "杭州东"),
        ("南京", "南京南"),
        ("武汉", "武汉"),
        ("成都", "成都东"),
        ("西安", "西安北"),
        ("长沙", "长沙南"),
    ],
}
BANKS = {
    "en": ["First Harbor Bank", "Union Trust Bank", "Summit Savings", "Prairie Credit Union"],
    "zh": ["华夏储蓄银行", "长城商业银行", "东方联合银行", "江南农商银行"],
}
AIRLINES = [("UA", "United"), ("DL", "Delta"), ("AA", "American"), ("AS", "Alaska")]
VEHICLES = {
    "en": ["Toyota Camry", "Honda Civic", "Ford F-150", "Tesla Model 3", "Subaru Outback"],
    "zh": ["丰田凯美瑞", "本田思域", "比亚迪汉", "大众帕萨特", "吉利星瑞"],
}
COLORS = [
    (("Red", "红色"), (178, 34, 34)),
    (("Blue", "蓝色"), (40, 80, 160)),
    (("Silver", "银色"), (170, 172, 178)),
    (("Black", "黑色"), (35, 35, 40)),
    (("White", "白色"), (236, 236, 236)),
    (("Green", "绿色"), (46, 110, 70)),
]
ZH_REGIONS = ["110101", "310104", "440106", "330106", "320102", "420106", "510104", "610113"]
ZH_PLATE_PREFIX = "京沪粤浙苏鄂川陕"
SKINS = [(241, 205, 170), (224, 180, 140), (198, 145, 105), (150, 105, 75), (250, 220, 195)]
HAIRS = [(40, 30, 25), (90, 60, 35), (160, 120, 60), (20, 20, 20), (120, 120, 120)]
SHIRTS = [(60, 90, 150), (150, 60, 60), (60, 130, 90), (90, 90, 90), (200, 160, 60)]

# --------------------------------------------------------------------------------------------
# Profiles
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """One fictional person (all fields are synthetic)."""

    profile_id: str
    language: str
    name: str
    masked_name: str
    sex: str  # "M" / "F"
    birth_date: str  # ISO
    id_number: str
    address: str
    phone: str
    employer: str
    bank: str
    card_network: str
    card_number: str
    card_expiry: str
    hospital: str
    doctor: str
    condition: str
    prescription: str
    visit_date: str
    origin: str
    origin_code: str
    destination: str
    destination_code: str
    travel_no: str
    travel_date: str
    seat: str
    plate: str
    vehicle: str
    color: str
    color_rgb: tuple[int, int, int]
    skin: tuple[int, int, int]
    hair: tuple[int, int, int]
    shirt: tuple[int, int, int]


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return digits + str((10 - total % 10) % 10)


def _group_card(number: str) -> str:
    if len(number) == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def _zh_id_number(region: str, birth: date, sex: str, rng: random.Random) -> str:
    seq = rng.randint(0, 49) * 2 + (1 if sex == "M" else 0) + 100
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]
    return body + check


def _mask(name: str, language: str) -> str:
    if language == "zh":
        return name[0] + "*" * (len(name) - 1)
    return " ".join(part[0] + "*" * (len(part) - 1) for part in name.split())


def _random_date(rng: random.Random, start: date, end: date) -> date:
    return date.fromordinal(rng.randint(start.toordinal(), end.toordinal()))


def _make_profile(i: int, language: str, fake: Faker, rng: random.Random) -> Profile:
    sex = rng.choice("MF")
    birth = _random_date(rng, date(1955, 1, 1), date(2003, 12, 31))
    network, prefix, length = rng.choice(NETWORKS[language])
    condition, prescription = rng.choice(CONDITIONS[language])
    (origin, origin_code), (dest, dest_code) = rng.sample(PLACES[language], 2)
    travel_date = _random_date(rng, date(2025, 7, 1), date(2025, 12, 20))
    visit = _random_date(rng, date(2025, 1, 5), date(2025, 5, 25))
    (color_en, color_zh), rgb = rng.choice(COLORS)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if language == "en":
        first = fake.first_name_male() if sex == "M" else fake.first_name_female()
        name = f"{first} {fake.last_name()}"
        address = (
            f"{rng.randint(10, 9899)} {fake.street_name()}, {fake.city()}, "
            f"{fake.state_abbr(include_territories=False)} {rng.randint(10000, 99899)}"
        )
        phone = f"({rng.randint(201, 989)}) {rng.randint(200, 989)}-{rng.randint(0, 9999):04d}"
        id_number = f"{rng.choice(letters)}{rng.randint(0, 9999999):07d}"
        hospital = f"{fake.last_name()} Memorial Hospital"
        doctor = f"Dr. {fake.first_name()} {fake.last_name()}"
        airline, _ = rng.choice(AIRLINES)
        travel_no = f"{airline}{rng.randint(100, 2999)}"
        seat = f"{rng.randint(3, 38)}{rng.choice('ABCDEF')}"
        plate = f"{rng.randint(1, 9)}{''.join(rng.choice(letters) for _ in range(3))}{rng.randint(0, 999):03d}"
        color = color_en
        employer = fake.company()
    else:
        name = fake.name_male() if sex == "M" else fake.name_female()
        address = (
            f"{fake.province()}{fake.city_name()}市{fake.district()}区{fake.street_name()}"
            f"{rng.randint(1, 299)}号"
        )
        phone = f"1{rng.choice('3578')}{rng.randint(0, 999999999):09d}"
        id_number = _zh_id_number(rng.choice(ZH_REGIONS), birth, sex, rng)
        hospital = f"{fake.city_name()}市第{rng.choice('一二三四五')}人民医院"
        doctor = fake.name()
        travel_no = f"G{rng.randint(1, 1999)}"
        seat = f"{rng.randint(1, 16):02d}车{rng.randint(1, 18):02d}{rng.choice('ABCDF')}号"
        tail = "".join(rng.choice(letters + "0123456789") for _ in range(4))
        plate = f"{rng.choice(ZH_PLATE_PREFIX)}{rng.choice(letters)}·{rng.randint(0, 9)}{tail}"
        color = color_zh
        employer = fake.company()
    number = _luhn_complete(prefix, length, rng)
    return Profile(
        profile_id=f"{language}-P{i + 1:03d}",
        language=language,
        name=name,
        masked_name=_mask(name, language),
        sex=sex,
        birth_date=birth.isoformat(),
        id_number=id_number,
        address=address,
        phone=phone,
        employer=employer,
        bank=rng.choice(BANKS[language]),
        card_network=network,
        card_number=_group_card(number),
        card_expiry=f"{rng.randint(1, 12):02d}/{rng.randint(27, 32)}",
        hospital=hospital,
        doctor=doctor,
        condition=condition,
        prescription=prescription,
        visit_date=visit.isoformat(),
        origin=origin,
        origin_code=origin_code,
        destination=dest,
        destination_code=dest_code,
        travel_no=travel_no,
        travel_date=travel_date.isoformat(),
        seat=seat,
        plate=plate,
        vehicle=rng.choice(VEHICLES[language]),
        color=color,
        color_rgb=rgb,
        skin=rng.choice(SKINS),
        hair=rng.choice(HAIRS),
        shirt=rng.choice(SHIRTS),
    )


UNIQUE_FIELDS = (
    "name",
    "masked_name",
    "birth_date",
    "id_number",
    "address",
    "phone",
    "plate",
    "card_number",
)


def make_profiles(seed: int, n: int, language: str) -> list[Profile]:
    """``n`` profiles for ``language``, with distinct names, birth dates, numbers and addresses."""
    fake = Faker("en_US" if language == "en" else "zh_CN")
    fake.seed_instance(f"multipriv-{seed}-{language}")
    rng = random.Random(f"multipriv-{seed}-{language}-profiles")
    profiles: list[Profile] = []
    seen: dict[str, set[str]] = {f: set() for f in UNIQUE_FIELDS}
    attempts = 0
    while len(profiles) < n:
        attempts += 1
        if attempts > n * 50:
            raise VlmPrivacyError(f"Could not generate {n} distinct {language} profiles.")
        p = _make_profile(len(profiles), language, fake, rng)
        if any(getattr(p, f) in seen[f] for f in UNIQUE_FIELDS):
            continue
        for f in UNIQUE_FIELDS:
            seen[f].add(getattr(p, f))
        profiles.append(p)
    return profiles
