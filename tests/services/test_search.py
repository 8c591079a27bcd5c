"""Every list's text search folds case for Cyrillic, Kazakh and Latin — the same on SQLite
and PostgreSQL (FIELDMON_TESTS_ON_POSTGRES=1) — and `search.find` finds each kind with the
lists' own queries."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Borrower, Participation, Training, Visit
from fieldmon.domain.loans import Sex
from fieldmon.services import loans, people, search, trainings, visits
from fieldmon.services.places import PlaceInput
from fieldmon.services.visits import VisitFilter
from tests.conftest import OFFICER
from tests.factories import (
    borrower_input,
    loan_fields,
    participant,
    person_fields,
    site_input,
    training_fields,
    visit_fields,
)

TODAY = date(2026, 11, 21)


@pytest.fixture
def records(db: Database, east: uuid.UUID) -> dict[str, uuid.UUID]:
    """A visit, a group loan «Береке», a Latin-titled and a Cyrillic training, a participant."""
    visit = visits.save_visit(
        db,
        visit_fields(findings="Оборудование ӨНДІРІС цехында ОРНАТЫЛҒАН, жұмыс істейді."),
        site_input(east, name="Шаруа қожалығы «Ақбота»", settlement="Үлкен Нарын"),
        OFFICER,
    )
    group = borrower_input(
        east,
        person_fields(full_name="Әсел Нұрланқызы", sex=Sex.FEMALE, birth_year=1990),
        person_fields(full_name="Жанар Серікова", sex=Sex.FEMALE, birth_year=1988),
        group_name="Береке",
    )
    loan = loans.save_loan(db, loan_fields(loan_no="GR-2026/007"), group, OFFICER, today=TODAY)
    finance = trainings.save_training(
        db,
        training_fields(code="TR-2026-11", title="Финансовая грамотность", topic="Қаржы сауаты"),
        PlaceInput(east, "Усть-Каменогорск"),
        OFFICER,
    )
    latin = trainings.save_training(
        db,
        training_fields(code="TR-2026-12", title="abc of bookkeeping", topic="Accounting"),
        PlaceInput(east, "Усть-Каменогорск"),
        OFFICER,
    )
    registered = trainings.add_participant(
        db, finance, OFFICER, participant=participant(full_name="Өмірбек Қайрат"), today=TODAY
    )
    with db.read_session() as session:
        person = session.get_one(Participation, registered).person_id
    return {"visit": visit, "loan": loan, "finance": finance, "latin": latin, "person": person}


def training_codes(db: Database, text: str) -> list[str]:
    with db.read_session() as session:
        return [r.code for r in trainings.list_trainings(session, text)]


def loan_numbers(db: Database, text: str) -> list[str]:
    with db.read_session() as session:
        rows = loans.list_loans(session, loans.LoanFilter(text=text), today=TODAY)
        assert loans.count_loans(session, loans.LoanFilter(text=text), TODAY) == len(rows)
        return [r.loan_no for r in rows]


def visit_ids(db: Database, text: str, *, findings: bool = False) -> list[uuid.UUID]:
    flt = VisitFilter(text=text, findings=findings)
    with db.read_session() as session:
        rows = visits.list_visits(session, flt)
        assert visits.count_visits(session, flt) == len(rows)
        return [r.id for r in rows]


def test_trainings_are_found_by_title_topic_and_code_in_any_case(
    db: Database, records: dict[str, uuid.UUID]
) -> None:
    assert training_codes(db, "финансовая") == ["TR-2026-11"]
    assert training_codes(db, "ФИНАНСОВАЯ  ГРАМОТНОСТЬ") == ["TR-2026-11"]
    assert training_codes(db, "қаржы") == ["TR-2026-11"]  # the topic, Kazakh letters
    assert training_codes(db, "ҚАРЖЫ САУАТЫ") == ["TR-2026-11"]
    assert training_codes(db, "ABC") == ["TR-2026-12"]  # Latin, folded too
    assert training_codes(db, "tr-2026-1") == ["TR-2026-11", "TR-2026-12"]
    # a match never runs from one field into the next
    assert training_codes(db, "грамотность қаржы") == []
    assert training_codes(db, "%") == []


def test_a_changed_title_is_found_by_its_new_words(
    db: Database, records: dict[str, uuid.UUID], east: uuid.UUID
) -> None:
    trainings.save_training(
        db,
        training_fields(code="TR-2026-11", title="Цифровая грамотность", topic=""),
        PlaceInput(east, "Усть-Каменогорск"),
        OFFICER,
        training_id=records["finance"],
    )
    assert training_codes(db, "финансовая") == []
    assert training_codes(db, "цифровая") == ["TR-2026-11"]


def test_loans_are_found_by_group_name_and_member_in_any_case(
    db: Database, records: dict[str, uuid.UUID]
) -> None:
    assert loan_numbers(db, "береке") == ["GR-2026/007"]
    assert loan_numbers(db, "БЕРЕКЕ") == ["GR-2026/007"]
    assert loan_numbers(db, "ӘСЕЛ") == ["GR-2026/007"]  # a member, Kazakh capital letter
    assert loan_numbers(db, "gr-2026/007") == ["GR-2026/007"]
    assert loan_numbers(db, "берекет") == []


def test_visits_are_found_by_site_settlement_and_findings_in_any_case(
    db: Database, records: dict[str, uuid.UUID]
) -> None:
    visit = records["visit"]
    assert visit_ids(db, "АҚБОТА") == [visit]
    assert visit_ids(db, "үлкен нарын") == [visit]  # the settlement
    assert visit_ids(db, "ШЕМОНАИХИНСКИЙ") == [visit]  # the settlement's district
    assert visit_ids(db, "ШЕМОНАИХИНСКИЙ", findings=True) == [visit]
    # the findings, when asked for (the list does not: it would read every visit)
    assert visit_ids(db, "өндіріс цехында орнатылған", findings=True) == [visit]
    assert visit_ids(db, "өндіріс цехында орнатылған") == []
    assert visit_ids(db, "Equipment installed", findings=True) == []


def test_people_are_found_by_name_in_any_case(db: Database, records: dict[str, uuid.UUID]) -> None:
    with db.read_session() as session:
        names = [r.full_name for r in people.list_people(session, "ӘСЕЛ")]
        assert names == ["Әсел Нұрланқызы"]
        names = [r.full_name for r in people.list_people(session, "өмірбек")]
        assert names == ["Өмірбек Қайрат"]


def test_keys_follow_every_write(db: Database, records: dict[str, uuid.UUID]) -> None:
    with db.read_session() as session:
        training = session.get(Training, records["finance"])
        assert training is not None
        assert training.search_key == "tr-2026-11\nфинансовая грамотность\nқаржы сауаты"
        names = set(session.scalars(select(Borrower.name_key)))
        assert "береке" in names
        visit = session.get(Visit, records["visit"])
        assert visit is not None and visit.findings_key.startswith("оборудование өндіріс")


def test_find_searches_every_kind_with_the_lists_queries(
    db: Database, records: dict[str, uuid.UUID]
) -> None:
    found = search.find(db, "береке", today=TODAY)
    assert [f.id for f in found.loans.items] == [records["loan"]]
    assert found.loans.total == 1
    assert found.loans.items[0].text.startswith("GR-2026/007 Береке")
    assert found.visits.total == found.trainings.total == found.people.total == 0

    found = search.find(db, "ӘСЕЛ", today=TODAY)
    assert found.loans.total == 1 and found.people.total == 1
    assert found.people.items[0].text.startswith("Әсел Нұрланқызы, 1990")

    found = search.find(db, "ФИНАНСОВАЯ", today=TODAY)
    assert [f.id for f in found.trainings.items] == [records["finance"]]
    assert "Финансовая грамотность" in found.trainings.items[0].text

    found = search.find(db, "орнатылған", today=TODAY)
    assert [f.id for f in found.visits.items] == [records["visit"]]
    assert "Шаруа қожалығы «Ақбота»" in found.visits.items[0].text

    found = search.find(db, "өмірбек", today=TODAY)
    assert [f.id for f in found.people.items] == [records["person"]]


def test_find_limits_each_kind_and_counts_all(db: Database, records: dict[str, uuid.UUID]) -> None:
    found = search.find(db, "tr-2026", limit=1, today=TODAY)
    assert len(found.trainings.items) == 1 and found.trainings.total == 2
    assert not found.empty
    assert search.find(db, "   ", today=TODAY).empty
    assert search.find(db, "жоқ-мұндай-сөз", today=TODAY).empty
