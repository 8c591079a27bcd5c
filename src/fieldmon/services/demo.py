"""Realistic demo data: real regions and districts, Kazakh and Russian names, the kinds of
sites and findings that project reports describe. Deterministic for a given seed."""

from __future__ import annotations

import io
import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Loan, Place, Training, Visit
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.loans import BorrowerKind, LoanFields, Method, Product, Sex, schedule
from fieldmon.domain.money import Currency
from fieldmon.domain.people import PersonFields
from fieldmon.domain.trainings import Category, TrainingFields, TrainingKind
from fieldmon.domain.visits import VisitFields
from fieldmon.services import evidence, loans, places, trainings, visits
from fieldmon.services.loans import BorrowerInput
from fieldmon.services.places import PlaceInput
from fieldmon.services.trainings import ParticipantInput
from fieldmon.services.visits import SiteInput

OFFICERS = [
    "Айгерим Нурланова",
    "Ерлан Сапаров",
    "Ольга Ким",
    "Дмитрий Петренко",
    "Гульнара Абенова",
    "Бауыржан Қасымов",
]

# region key → (district, [settlements], rough latitude, longitude)
GEOGRAPHY: dict[str, list[tuple[str, list[str], float, float]]] = {
    "east-kazakhstan": [
        ("Шемонаихинский район", ["Верх-Уба", "Убинка", "Первомайский"], 50.63, 81.91),
        ("Глубоковский район", ["Глубокое", "Бобровка", "Тарханка"], 50.14, 82.31),
        ("Катон-Карагайский район", ["Улкен Нарын", "Катон-Карагай"], 49.17, 85.61),
    ],
    "abai": [("Бескарагайский район", ["Бескарагай", "Канонерка"], 50.89, 79.48)],
    "turkistan": [
        ("Сайрамский район", ["Аксукент", "Карабулак"], 42.42, 69.83),
        ("Толебийский район", ["Ленгер", "Каскасу"], 42.23, 69.88),
    ],
    "kyzylorda": [("Аральский район", ["Аральск", "Жалаңаш", "Бөген"], 46.78, 61.67)],
    "almaty-region": [("Енбекшиказахский район", ["Есик", "Шелек", "Түрген"], 43.36, 77.45)],
    "jetisu": [("Панфиловский район", ["Жаркент", "Көктал"], 44.16, 80.0)],
    "north-kazakhstan": [("Кызылжарский район", ["Бишкуль", "Якорь"], 54.76, 69.12)],
    "west-kazakhstan": [("Бурлинский район", ["Аксай", "Кызылтал"], 51.17, 52.99)],
    "mangystau": [("Мунайлинский район", ["Мангистау", "Баскудук"], 43.75, 51.3)],
    "karaganda": [("Абайский район", ["Топар", "Южный"], 49.64, 72.85)],
}

SITES: list[tuple[SiteType, list[str]]] = [
    (
        SiteType.MICROCREDIT_BUSINESS,
        ["Мини-пекарня «Нан»", "Швейный цех «Айару»", "Теплица ИП Сейткали", "Сыроварня «Ақ сүт»"],
    ),
    (
        SiteType.MICROLEASING_EQUIPMENT,
        [
            "Трактор МТЗ-82 (КХ «Береке»)",
            "Капельное орошение КХ «Жанар»",
            "Холодильное оборудование ИП Ахметова",
        ],
    ),
    (SiteType.SMALL_GRANT_PROJECT, ["Проект «Чистая вода» ИГ «Болашақ»", "Центр ремёсел «Шебер»"]),
    (SiteType.HEALTH_FACILITY, ["Врачебная амбулатория", "Фельдшерско-акушерский пункт"]),
    (SiteType.CHILD_DEVELOPMENT_ROOM, ["Кабинет развития ребёнка при ЦРБ"]),
    (SiteType.NGO_COMMUNITY_CENTRE, ["ОФ «Жаңа өмір»", "Ресурсный центр НПО"]),
]

FINDINGS = [
    "Средства использованы по назначению; оборудование приобретено и работает.",
    "All the grant funds were used by its purpose and the project is sustainable.",
    "Оборудование установлено, но простаивает из-за отсутствия сырья.",
    "Бизнес работает, наняты 2 сотрудника из числа местных жителей.",
    "Equipment acquired and serves for the benefit of the entrepreneurs.",
    "Часть средств направлена на ремонт помещения, согласовано с комитетом.",
]
FOLLOW_UPS = [
    "Проверить книгу продаж",
    "Предоставить копии накладных",
    "Repeat visit after the harvest",
    "Обучить персонал работе с оборудованием",
]


def make_demo(
    db: Database, n_visits: int = 200, *, seed: int = 2026, today: date | None = None
) -> int:
    """Adds `n_visits` visits over the last two years; returns how many were added."""
    rng = random.Random(seed)
    today = today or date.today()
    with db.session() as session:
        sites: list[tuple[SiteInput, float, float]] = []
        for key, districts in GEOGRAPHY.items():
            region = session.get(Place, places.registry_id(key))
            assert region is not None
            for district, settlements, lat, lon in districts:
                for settlement in settlements:
                    site_type, names = rng.choice(SITES)
                    for name in rng.sample(names, k=min(2, len(names))):
                        where = PlaceInput(region.id, district, settlement)
                        sites.append((SiteInput(name, site_type, where), lat, lon))
        for _ in range(n_visits):
            site, lat, lon = rng.choice(sites)
            visit_date = today - timedelta(days=rng.randint(0, 730))
            rating = rng.choices(list(Rating), weights=(7, 2, 1))[0]
            follow_up = rng.choice(FOLLOW_UPS) if rating != Rating.ON_TRACK else ""
            due = visit_date + timedelta(days=rng.randint(14, 90)) if follow_up else None
            closed = None
            if due and rng.random() < 0.5:
                closed = min(today, visit_date + timedelta(days=rng.randint(1, 60)))
            fields_ = VisitFields(
                visit_date=visit_date,
                officer=rng.choice(OFFICERS),
                purpose=rng.choice(list(Purpose)),
                funds_used=rng.choices(list(FundsUsed), weights=(8, 2, 1, 1))[0],
                equipment_ok=rng.choice([True, True, True, False, None]),
                beneficiaries=rng.randint(1, 80),
                rating=rating,
                findings=rng.choice(FINDINGS),
                follow_up=follow_up,
                follow_up_due=due,
                follow_up_closed_on=closed,
                latitude=Decimal(f"{lat + rng.uniform(-0.05, 0.05):.5f}"),
                longitude=Decimal(f"{lon + rng.uniform(-0.05, 0.05):.5f}"),
            )
            visits.write_visit(session, fields_, site, fields_.officer, today=today)
    return n_visits


FIRST_NAMES = {
    Sex.FEMALE: ["Гульнар", "Айгуль", "Жанар", "Сауле", "Ольга", "Динара", "Әсел", "Ақмарал"],
    Sex.MALE: ["Болат", "Ерлан", "Серик", "Нурлан", "Сергей", "Қайрат", "Дәурен", "Асхат"],
}
SURNAMES = ["Ахметов", "Сапаров", "Жумабаев", "Касымов", "Петренко", "Оспанов", "Нұрланов"]
PURPOSES = {
    Product.MICROCREDIT: ["Мини-пекарня", "Швейный цех", "Закуп скота", "Теплица", "Магазин"],
    Product.MICROLEASING: [
        "Трактор МТЗ-82",
        "Капельное орошение",
        "Холодильная камера",
        "Пекарная печь",
        "Доильный аппарат",
    ],
}


def _surname(base: str, sex: Sex) -> str:
    return base + "а" if sex == Sex.FEMALE and base.endswith(("ов", "ев", "ин")) else base


def make_demo_loans(
    db: Database, n_loans: int = 60, *, seed: int = 2026, today: date | None = None
) -> int:
    """Adds `n_loans` loans disbursed over the last two years (a sixth of them to groups),
    with repayments: most on time, some late, some stopped. Returns how many were added."""
    rng = random.Random(seed)
    today = today or date.today()
    officer = OFFICERS[0]
    with db.session() as session:
        start = int(session.scalar(select(func.count()).select_from(Loan)) or 0)
        for n in range(start, start + n_loans):
            key = rng.choice(list(GEOGRAPHY))
            district, settlements, _lat, _lon = rng.choice(GEOGRAPHY[key])
            where = PlaceInput(places.registry_id(key), district, rng.choice(settlements))
            size = rng.choice([2, 3]) if n % 6 == 0 else 1
            members = []
            for _ in range(size):
                sex = rng.choice(list(Sex))
                name = f"{_surname(rng.choice(SURNAMES), sex)} {rng.choice(FIRST_NAMES[sex])}"
                members.append(
                    PersonFields(
                        name,
                        sex,
                        rng.randint(1965, 2000),
                        "",
                        f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} "
                        f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                    )
                )
            product = rng.choice(list(Product))
            currency = (
                Currency.USD
                if product == Product.MICROLEASING and rng.random() < 0.4
                else Currency.KZT
            )
            principal = (
                Decimal(rng.randrange(1000, 8000, 100))
                if currency == Currency.USD
                else Decimal(rng.randrange(300_000, 3_000_000, 50_000))
            )
            disbursed = today - timedelta(days=rng.randint(20, 720))
            prefix = "MC" if product == Product.MICROCREDIT else "ML"
            fields = LoanFields(
                loan_no=f"{prefix}-{disbursed.year}/{n + 1:03d}",
                product=product,
                purpose=rng.choice(PURPOSES[product]),
                principal=principal,
                currency=currency,
                annual_rate_pct=Decimal(rng.choice([0, 7, 12, 18])),
                method=rng.choice(list(Method)),
                term_months=rng.choice([6, 12, 18, 24]),
                disbursed_on=disbursed,
                approved_on=disbursed - timedelta(days=rng.randint(3, 20)),
            )
            borrower = BorrowerInput(
                BorrowerKind.GROUP if size > 1 else BorrowerKind.INDIVIDUAL,
                tuple(members),
                where,
                f"Группа «{rng.choice(PURPOSES[product])}» {n + 1}" if size > 1 else "",
            )
            loan = loans.write_loan(session, fields, borrower, officer, today=today)
            habit = rng.random()  # 0.75 on time, 0.15 late, 0.10 stop paying
            for inst in schedule(fields.terms()):
                if habit > 0.9 and inst.seq > 2:
                    break
                day = inst.due_on + timedelta(days=rng.randint(5, 40) if habit > 0.75 else 0)
                if day > today:
                    break
                loans.write_repayment(
                    session, loan.id, day, inst.total, f"{n + 1}-{inst.seq}", officer, today=today
                )
    return n_loans


TRAINING_TOPICS: list[tuple[TrainingKind, str, Category]] = [
    (TrainingKind.MASTER_CLASS, "Эффективный перинатальный уход", Category.HEALTH_PROFESSIONAL),
    (TrainingKind.WORKSHOP, "Волонтёрская помощь семьям с детьми", Category.VOLUNTEER),
    (TrainingKind.SEMINAR, "Основы бизнес-планирования", Category.ENTREPRENEUR),
    (TrainingKind.SEMINAR, "Капельное орошение и теплицы", Category.FARMER),
    (
        TrainingKind.ROUND_TABLE,
        "Местное самоуправление и бюджет участия",
        Category.LOCAL_GOVERNMENT,
    ),
    (TrainingKind.COURSE, "Управление проектами для НПО", Category.NGO),
    (TrainingKind.CONSULTATION, "Финансовая грамотность", Category.UNEMPLOYED),
]


def make_demo_trainings(
    db: Database, n_events: int = 12, *, seed: int = 2026, today: date | None = None
) -> int:
    """Adds `n_events` events over the last year, 8–30 participants each, drawn from a pool
    of people so that many attend more than one event; most are present every day."""
    rng = random.Random(seed)
    today = today or date.today()
    officer = OFFICERS[0]
    pool: list[ParticipantInput] = []
    for _ in range(max(20, n_events * 10)):
        sex = rng.choice(list(Sex))
        pool.append(
            ParticipantInput(
                PersonFields(
                    f"{_surname(rng.choice(SURNAMES), sex)} {rng.choice(FIRST_NAMES[sex])}",
                    sex,
                    rng.randint(1958, 2008),
                ),
                rng.choice(list(Category)),
                rng.choice(["", "Поликлиника № 3", "ОФ «Жария»", "Акимат сельского округа"]),
            )
        )
    with db.session() as session:
        start = int(session.scalar(select(func.count()).select_from(Training)) or 0)
        for n in range(start, start + n_events):
            key = rng.choice(list(GEOGRAPHY))
            district = rng.choice(GEOGRAPHY[key])[0]
            kind, title, category = rng.choice(TRAINING_TOPICS)
            begins = today - timedelta(days=rng.randint(5, 360))
            days = rng.choice([1, 2, 3, 3, 5])
            event = trainings.write_training(
                session,
                TrainingFields(
                    code=f"TR-{begins.year}-{n + 1:03d}",
                    title=title,
                    topic="",
                    kind=kind,
                    start_date=begins,
                    days=days,
                    venue=rng.choice(["Акимат", "Районная больница", "Дом культуры"]),
                    organizer="Проект ПРООН",
                    min_days=days - 1 if days >= 3 and rng.random() < 0.3 else None,
                ),
                PlaceInput(places.registry_id(key), district),
                officer,
            )
            chosen = rng.sample(pool, rng.randint(8, min(30, len(pool))))
            for who in chosen:
                if rng.random() < 0.5:  # half of each group is from the event's own field
                    who = ParticipantInput(who.person, category, who.organization)
                person = trainings.write_person(session, who, officer, today)
                row = trainings.enrol(session, event, person, officer, strict=False)
                marks = "".join("1" if rng.random() < 0.9 else "0" for _ in range(days))
                trainings.write_marks(session, row, marks, officer)
    return n_events


def exif_block(taken: datetime | None = None, gps: tuple[float, float] | None = None) -> Any:
    """An EXIF block as a phone writes one: the time a photo was taken (DateTimeOriginal,
    local time) and its GPS point, when given."""
    from PIL import Image

    def dms(value: float) -> tuple[float, float, float]:
        value = abs(value)
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        return float(degrees), float(minutes), round(((value - degrees) * 60 - minutes) * 60, 4)

    exif = Image.Exif()
    exif[0x010F] = "fieldmon demo"  # Make
    if taken is not None:
        stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
        exif[0x0132] = stamp
        exif.get_ifd(0x8769)[36867] = stamp
    if gps is not None:
        lat, lon = gps
        exif.get_ifd(0x8825).update(
            {1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W", 4: dms(lon)}
        )
    return exif


def demo_photo(
    rng: random.Random,
    *,
    taken: datetime | None = None,
    gps: tuple[float, float] | None = None,
    size: tuple[int, int] = (1024, 768),
) -> bytes:
    """A made-up photo of a site (sky, steppe, a building or a machine) with its EXIF."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size, (120 + rng.randrange(60), 170 + rng.randrange(50), 230))
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.45, 0.65))
    draw.rectangle((0, horizon, width, height), fill=(150 + rng.randrange(60), 140, 80))
    left = rng.randrange(width // 6, width // 2)
    top = horizon - rng.randrange(height // 6, height // 3)
    colour = (rng.randrange(40, 200), rng.randrange(40, 120), rng.randrange(40, 120))
    draw.rectangle((left, top, left + width // 3, horizon + height // 12), fill=colour)
    draw.ellipse((left, horizon, left + width // 10, horizon + width // 10), fill=(30, 30, 30))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif_block(taken, gps))
    return out.getvalue()


def demo_scan(lines: int) -> bytes:
    """A made-up scanned page (a PDF, as a scanner app writes one) with ruled lines."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (827, 1169), 250)
    draw = ImageDraw.Draw(page)
    for n in range(lines):
        y = 150 + n * 40
        draw.line((60, y, 767, y), fill=90, width=2)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=100.0)
    return out.getvalue()


def make_demo_evidence(db: Database, *, seed: int = 2026, latest: int = 12) -> int:
    """Attaches evidence to the `latest` visits (one or two photos taken on the visit's day
    at its point), to microleasing loans (a scanned contract) and to trainings (a sign-in
    sheet for day 1). Returns how many files were attached."""
    rng = random.Random(seed)
    officer = OFFICERS[0]
    added = 0
    with db.session() as session:
        chosen = session.scalars(
            select(Visit)
            .where(Visit.deleted_at.is_(None))
            .order_by(Visit.visit_date.desc())
            .limit(latest)
        ).all()
        for visit in chosen:
            point = None
            if visit.latitude is not None and visit.longitude is not None:
                point = (float(visit.latitude), float(visit.longitude))
            for n in range(rng.choice([1, 2])):
                taken = datetime.combine(visit.visit_date, time(10 + n, rng.randrange(60)))
                data = demo_photo(rng, taken=taken, gps=point)
                name = f"IMG_{taken:%Y%m%d_%H%M%S}.jpg"
                found = evidence.inspect(data, name)
                owner = evidence.Owner("visit", visit.id)
                evidence.attach(session, owner, data, found, name, officer)
                added += 1
        for loan in session.scalars(
            select(Loan).where(Loan.product == Product.MICROLEASING.value).limit(latest)
        ):
            data = demo_scan(12)
            name = f"Договор {loan.loan_no}.pdf".replace("/", "-")
            found = evidence.inspect(data, name)
            caption = "Договор лизинга"
            owner = evidence.Owner("loan", loan.id)
            evidence.attach(session, owner, data, found, name, officer, caption=caption)
            added += 1
        for event in session.scalars(select(Training).limit(latest)):
            data = demo_scan(20 + rng.randrange(10))
            found = evidence.inspect(data, f"{event.code} day 1.pdf")
            owner = evidence.Owner("training", event.id)
            evidence.attach(session, owner, data, found, f"{event.code} day 1.pdf", officer, day=1)
            added += 1
    return added
