"""Imports in the user's words and the user's language: a sheet filled in with Russian (or
Kazakh) labels imports as the codes they stand for, and what a bad sheet is told reads in
Russian from the first word to the last, naming only the columns and the cells as written.

The tests marked "translations" below need the import's own sentences in fieldmon_ru.qm
('row {row}, column {column}: {reason}', "'{value}' is not a real date.", ...)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Loan, Participation, Person, Site, Training, Visit
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import Message, Translator, render, translator, untranslated
from fieldmon.domain.loans import Method, Product, Sex
from fieldmon.domain.trainings import Category, TrainingKind
from fieldmon.services.imports import VISIT_COLUMNS, import_visits
from fieldmon.services.loan_imports import import_loans
from fieldmon.services.training_imports import import_attendance, import_trainings
from fieldmon.services.workbooks import ImportFailed
from tests.conftest import OFFICER
from tests.domain.test_choices import label_languages
from tests.services.test_imports import row, workbook
from tests.services.test_loan_imports import loan_row, loans_file
from tests.services.test_training_imports import attendance_file, event, events_file, person

TODAY = date(2026, 11, 21)
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Names that stay as they are in every language: a program, file types, a command.
PROPER_NAMES = {"Excel", ".xlsx", ".xls", "`fieldmon template`"}


def test_a_sheet_in_russian_words_imports_as_codes(db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "v.xlsx",
        [
            row(
                site="Общественный центр «Жастар»",
                site_type="НПО / общественный центр",
                purpose="Проверка использования средств",
                funds_used="частично",
                equipment_ok="Нет",
                rating="НЕЗНАЧИТЕЛЬНЫЕ ПРОБЛЕМЫ",
            ),
            row(
                site="Амбулатория",
                site_type="медицинское  учреждение",
                purpose="Повторный визит",
                funds_used="Не применимо",
                equipment_ok="Не применимо",
                rating="Серьезные проблемы",  # ё typed as е
            ),
        ],
    )
    assert import_visits(db, path, OFFICER, today=TODAY).visits == 2
    with db.read_session() as session:
        stored = session.execute(
            select(
                Site.site_type, Visit.purpose, Visit.funds_used, Visit.equipment_ok, Visit.rating
            )
            .join(Site, Visit.site_id == Site.id)
            .order_by(Site.name)
        ).all()
    assert [tuple(r) for r in stored] == [
        ("health_facility", "follow_up", "not_applicable", None, "serious_issues"),
        ("ngo_community_centre", "verification", "partly", False, "minor_issues"),
    ]


@pytest.mark.parametrize("lang", label_languages())
def test_a_sheet_of_labels_in_each_language_imports_as_codes(
    db: Database, tmp_path: Path, lang: str
) -> None:
    tr = translator(lang)
    choices = {
        "site_type": SiteType.SMALL_GRANT_PROJECT,
        "purpose": Purpose.FOLLOW_UP,
        "funds_used": FundsUsed.NOT_APPLICABLE,
        "rating": Rating.ON_TRACK,
    }
    values = {column: tr(choice.label) for column, choice in choices.items()}
    assert values["purpose"] != Purpose.FOLLOW_UP.label  # really another language
    path = workbook(
        tmp_path / "v.xlsx", [row(site="Новый объект", equipment_ok=tr("Yes"), **values)]
    )
    assert import_visits(db, path, OFFICER, today=TODAY).visits == 1
    with db.read_session() as session:
        visit = session.scalars(select(Visit)).one()
        site_type = session.scalar(select(Site.site_type))
        assert (site_type, visit.purpose, visit.funds_used, visit.rating) == tuple(
            choice.value for choice in choices.values()
        )
        assert visit.equipment_ok is True


def test_loans_and_attendance_in_russian_words(db: Database, tmp_path: Path) -> None:
    loans = loans_file(
        tmp_path / "l.xlsx",
        [
            loan_row(
                sex="Женский",
                product="Микролизинг",
                method="на остаток (аннуитет)",
                currency="KZT (тенге)",
            )
        ],
    )
    assert import_loans(db, loans, OFFICER, today=TODAY).loans == 1
    events = events_file(tmp_path / "e.xlsx", [event(kind="Мастер-класс")])
    assert import_trainings(db, events, OFFICER).added == 1
    sheet = attendance_file(
        tmp_path / "a.xlsx",
        [
            person(sex="МУЖСКОЙ", full_name="Сейткали Арман", category="Медицинский работник"),
            person(category="НПО/инициативная группа", day_2="Да", day_3="Нет"),
        ],
    )
    assert import_attendance(db, sheet, OFFICER, today=TODAY).rows == 2
    with db.read_session() as session:
        loan = session.scalars(select(Loan)).one()
        assert (loan.product, loan.method, loan.currency) == (
            Product.MICROLEASING,
            Method.DECLINING,
            "KZT",
        )
        assert session.scalar(select(Training.kind)) == TrainingKind.MASTER_CLASS
        people = dict(session.execute(select(Person.full_name, Person.sex)).all())
        assert people["Сейткали Арман"] == Sex.MALE
        assert set(session.scalars(select(Person.category))) >= {
            Category.HEALTH_PROFESSIONAL,
            Category.NGO,
        }
        assert sorted(session.scalars(select(Participation.marks))) == ["110", "111"]


# --- what a bad sheet is told, in Russian (needs the import's sentences translated) -----

BAD_ROWS: list[dict[str, Any]] = [
    row(visit_date="31.02.2026"),
    row(region="Semipalatinsk", rating="great"),
    row(visit_date=None, purpose=None, equipment_ok="maybe"),
    row(beneficiaries="many", follow_up="Check", follow_up_due="01.08.2026"),
    row(site="Новый объект", site_type="ship"),
    row(latitude=43.25, longitude=37.61),
    row(visit_date="yesterday", funds_used="mostly"),
]


def foreign_words(text: str, allowed: set[str]) -> list[str]:
    """Latin words of 3+ letters in `text` once the `allowed` strings (the column names and
    the cells as written) and the PROPER_NAMES are taken out: English that leaked into a
    translated message."""
    for known in sorted(allowed | PROPER_NAMES, key=len, reverse=True):
        if known:
            text = text.replace(known, " ")
    return LATIN_WORD.findall(text)


def cells_of(line: Message) -> set[str]:
    """The column a `row N, column X: reason` line names, and its cell as written."""
    column = str(line.params["column"])
    cell = BAD_ROWS[int(line.params["row"]) - 2].get(column)
    return {column} | ({str(cell)} if cell not in (None, "") else set())


def failure(db: Database, tmp_path: Path) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        import_visits(db, workbook(tmp_path / "v.xlsx", BAD_ROWS), OFFICER, today=TODAY)
    return caught.value


def test_the_check_catches_english(db: Database, tmp_path: Path) -> None:
    """The English lines of the same failure are caught by `foreign_words`, so the Russian
    test below cannot pass with English left in it."""
    failed = failure(db, tmp_path)
    assert len(failed.messages) == 11
    english = [(line.render(untranslated), cells_of(line)) for line in failed.messages]
    assert all(foreign_words(text, cells) for text, cells in english)


def test_a_bad_sheet_is_told_in_russian(db: Database, tmp_path: Path) -> None:
    """Needs translations: the import's sentences in fieldmon_ru.qm."""
    failed = failure(db, tmp_path)
    ru = translator("ru")
    for line in failed.messages:
        text = line.render(ru)
        assert text.startswith("строка "), text
        assert foreign_words(text, cells_of(line)) == [], text
    lines = [line.render(ru) for line in failed.messages]
    assert any("По плану, Незначительные проблемы, Серьёзные проблемы" in t for t in lines)
    summary = render(failed, ru)
    assert "7" in summary and foreign_words(summary, set()) == [], summary


def russian_file_error(path: Path, db: Database, tr: Translator) -> str:
    with pytest.raises(UserError) as caught:
        import_visits(db, path, OFFICER, today=TODAY)
    return render(caught.value, tr)


def test_a_bad_file_is_told_in_russian(db: Database, tmp_path: Path) -> None:
    """Needs translations: the workbook reader's sentences in fieldmon_ru.qm."""
    ru = translator("ru")
    header = [c.name for c in VISIT_COLUMNS]
    short = [name for name in header if name != "longitude"]
    cases = {
        workbook(tmp_path / "empty.xlsx", []): {"empty.xlsx"},
        workbook(tmp_path / "short.xlsx", [row()], header=short): {"longitude"},
        workbook(tmp_path / "odd.xlsx", [row()], header=[*header, "colour"]): {
            "colour",
            *header,
        },
    }
    missing = tmp_path / "missing.xlsx"
    cases[missing] = {str(missing)}
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    cases[broken] = {"broken.xlsx"}
    for path, allowed in cases.items():
        text = russian_file_error(path, db, ru)
        english = russian_file_error(path, db, untranslated)
        assert foreign_words(english, allowed), english  # the check would see English
        assert foreign_words(text, allowed) == [], text
