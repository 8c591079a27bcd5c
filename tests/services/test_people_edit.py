"""Editing a person's details: validation, the duplicate guard, the history, the change log
(so the edit travels to the coordinator) and the names that follow the person's."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Borrower, Change, History, Person
from fieldmon.domain.errors import UserError, ValidationError
from fieldmon.domain.iin import make_iin
from fieldmon.domain.loans import Sex
from fieldmon.domain.people import PersonFields
from fieldmon.domain.trainings import Category
from fieldmon.services import loans, people, trainings
from fieldmon.services.places import PlaceInput
from tests.conftest import OFFICER, Laptops
from tests.factories import borrower_input, loan_fields, participant, person_fields, training_fields

TODAY = date(2026, 11, 21)
EDITOR = "Ерлан Сапаров"
IIN_1984 = make_iin(date(1984, 3, 12), "female", 1)
IIN_1990 = make_iin(date(1990, 6, 1), "female", 7)


def attendee(db: Database, east: uuid.UUID, code: str = "TR-2026-07", **kw: object) -> uuid.UUID:
    """A person registered at a new event (by default Әсел Қасымова, 1984, a health
    professional); their id."""
    tid = trainings.save_training(
        db, training_fields(code=code), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    trainings.add_participant(db, tid, OFFICER, participant=participant(**kw), today=TODAY)  # type: ignore[arg-type]
    return trainings.grid(db, tid)[0].person_id


def edit(
    db: Database,
    person_id: uuid.UUID,
    *,
    category: Category | None = Category.HEALTH_PROFESSIONAL,
    organization: str = "Қалалық №3 емхана",
    namesake_ok: bool = False,
    **changes: object,
) -> bool:
    """Save the stored details with `changes` (PersonFields' fields)."""
    stored = people.load_person(db, person_id).fields
    return people.update_person(
        db,
        person_id,
        dataclasses.replace(stored, **changes),  # type: ignore[arg-type]
        EDITOR,
        category=category,
        organization=organization,
        namesake_ok=namesake_ok,
        today=TODAY,
    )


def history_of(
    db: Database, record_id: uuid.UUID
) -> list[tuple[str, str, dict[str, list[object]]]]:
    with db.read_session() as session:
        return [
            (h.action, h.changed_by, json.loads(h.changes))
            for h in session.scalars(
                select(History).where(History.record_id == record_id).order_by(History.changed_at)
            )
        ]


def test_every_detail_is_saved_with_its_history(db: Database, east: uuid.UUID) -> None:
    pid = attendee(db, east)
    assert edit(
        db,
        pid,
        full_name="  Әсел   Қасымқызы ",
        birth_year=1984,
        iin=IIN_1984,
        phone="8 (701) 555-44-33",
        category=Category.VOLUNTEER,
        organization="«Өркен» қоғамдық бірлестігі",
    )
    record = people.load_person(db, pid)
    assert record.fields == PersonFields(
        "Әсел Қасымқызы", Sex.FEMALE, 1984, IIN_1984, "+7 701 555 44 33"
    )
    assert (record.category, record.organization) == (
        Category.VOLUNTEER,
        "«Өркен» қоғамдық бірлестігі",
    )
    assert record.updated_by == EDITOR
    action, who, changes = history_of(db, pid)[-1]
    assert (action, who) == ("update", EDITOR)
    assert changes == {
        "full_name": ["Әсел Қасымова", "Әсел Қасымқызы"],
        "iin": [None, IIN_1984],
        "phone": ["", "+7 701 555 44 33"],
        "category": ["health_professional", "volunteer"],
        "organization": ["Қалалық №3 емхана", "«Өркен» қоғамдық бірлестігі"],
    }
    # The registry searches by the new name (its key is kept with it).
    assert [r.id for r in people.list_people(db.read_session(), "қасымқызы")] == [pid]
    assert people.list_people(db.read_session(), "қасымова") == []


def test_nothing_changed_writes_nothing(db: Database, east: uuid.UUID) -> None:
    pid = attendee(db, east)
    before = len(history_of(db, pid))
    assert not edit(db, pid, phone="")
    assert len(history_of(db, pid)) == before


def test_the_edit_is_in_the_change_log_so_it_travels_to_the_coordinator(
    laptops: Laptops, east: uuid.UUID
) -> None:
    pid = attendee(laptops.a, east)
    laptops.send(laptops.a, laptops.b)
    with laptops.a.read_session() as session:
        last = session.scalar(select(Change).order_by(Change.seq.desc()).limit(1))
    edit(laptops.a, pid, phone="+7 702 111 22 33", birth_year=1983)
    with laptops.a.read_session() as session:
        (change,) = session.scalars(
            select(Change).where(Change.record_id == pid, Change.seq > last.seq)  # type: ignore[union-attr]
        ).all()
    assert set(change.fields.split()) == {"phone", "birth_year"}
    result = laptops.send(laptops.a, laptops.b)
    assert result.counts["person"].updated == 1 and result.conflicts == 0
    theirs = people.load_person(laptops.b, pid)
    assert (theirs.fields.phone, theirs.fields.birth_year) == ("+7 702 111 22 33", 1983)
    assert theirs.updated_by == EDITOR


def test_each_problem_names_its_field_and_nothing_is_saved(db: Database, east: uuid.UUID) -> None:
    pid = attendee(db, east)
    with pytest.raises(ValidationError) as caught:
        edit(db, pid, full_name=" ", birth_year=1850, phone="12-34", iin="123")
    fields = {e.field: e.message for e in caught.value.errors}
    assert fields == {
        "full_name": "Required.",
        "birth_year": "The birth year must be from 1900 to 2012.",
        "iin": "An IIN has exactly 12 digits.",
        "phone": "'12-34' is not a Kazakhstan phone number; write it like +7 701 234 56 78.",
    }
    with pytest.raises(ValidationError) as caught:
        edit(db, pid, iin=IIN_1984, sex=Sex.MALE)
    [error] = caught.value.errors
    assert (error.field, error.message) == (
        "iin",
        "This IIN belongs to a woman, but the sex given is male.",
    )
    with pytest.raises(ValidationError) as caught:
        edit(db, pid, category=None)  # she attends a training: counted by category
    [error] = caught.value.errors
    assert error.field == "category" and error.message.startswith("Choose a category")
    assert people.load_person(db, pid).fields.full_name == "Әсел Қасымова"


def test_a_borrower_may_have_no_category(db: Database, east: uuid.UUID) -> None:
    loans.save_loan(db, loan_fields(), borrower_input(east, person_fields()), OFFICER, today=TODAY)
    [row] = people.list_people(db.read_session(), "өтегенов")
    assert edit(db, row.id, category=None, organization="", phone="+7 705 000 11 22")


def test_an_iin_another_person_holds_is_refused_naming_them(db: Database, east: uuid.UUID) -> None:
    holder = attendee(db, east, full_name="Гүлнар Ахметова", birth_year=1984, iin=IIN_1984)
    pid = attendee(db, east, code="TR-2")
    with pytest.raises(ValidationError) as caught:
        edit(db, pid, iin=IIN_1984)
    [error] = caught.value.errors
    assert error.field == "iin"
    assert error.message == (
        f"IIN {IIN_1984} is already Гүлнар Ахметова's (born 1984); if they are one person, "
        "merge the two records instead."
    )
    assert people.load_person(db, pid).fields.iin == ""
    # Once the holder is merged away (deleted), the IIN is free.
    people.merge_people(db, pid, holder, OFFICER)
    assert people.load_person(db, pid).fields.iin == IIN_1984


def test_a_new_name_and_year_like_someone_elses_asks_first(db: Database, east: uuid.UUID) -> None:
    other = attendee(db, east, full_name="Гүлнар Ахметова", birth_year=1990)
    pid = attendee(db, east, code="TR-2")
    with pytest.raises(people.NamesakeFound) as caught:
        edit(db, pid, full_name="ГҮЛНАР  ахметова", birth_year=1990)  # the key ignores case
    assert [m.id for m in caught.value.matches] == [other]
    assert str(caught.value) == (
        "Гүлнар Ахметова, born 1990, is already in the registry; if they are one person, "
        "merge the two records instead."
    )
    assert people.load_person(db, pid).fields.full_name == "Әсел Қасымова"
    # The user says they are two people: saved.
    assert edit(db, pid, full_name="Гүлнар Ахметова", birth_year=1990, namesake_ok=True)
    assert people.load_person(db, pid).fields.full_name == "Гүлнар Ахметова"
    # Now namesakes: editing anything else does not ask again.
    assert edit(db, pid, phone="+7 701 000 00 01")


def test_namesakes_with_different_iins_are_not_asked_about(db: Database, east: uuid.UUID) -> None:
    attendee(db, east, full_name="Гүлнар Ахметова", birth_year=1990, iin=IIN_1990)
    pid = attendee(db, east, code="TR-2")
    other_iin = make_iin(date(1990, 2, 2), "female", 3)
    assert edit(db, pid, full_name="Гүлнар Ахметова", birth_year=1990, iin=other_iin)


def test_a_merged_person_cannot_be_edited(db: Database, east: uuid.UUID) -> None:
    keep = attendee(db, east, full_name="Гүлнар Ахметова", birth_year=1990, iin=IIN_1990)
    drop = attendee(db, east, code="TR-2", full_name="Гулнар Ахметова", birth_year=1990)
    stored = people.load_person(db, drop).fields
    people.merge_people(db, keep, drop, OFFICER)
    with pytest.raises(UserError, match="no longer in the registry"):
        people.update_person(db, drop, stored, EDITOR, category=Category.TEACHER, today=TODAY)


def test_an_individual_borrowers_name_follows_the_person(db: Database, east: uuid.UUID) -> None:
    loan_id = loans.save_loan(
        db, loan_fields(), borrower_input(east, person_fields()), OFFICER, today=TODAY
    )
    [row] = people.list_people(db.read_session(), "өтегенов")
    edit(db, row.id, full_name="Нұрлан Өтегенұлы", category=None, organization="")
    assert loans.load_loan(db, loan_id, TODAY).borrower_name == "Нұрлан Өтегенұлы"
    [found] = loans.list_loans(db.read_session(), loans.LoanFilter(text="өтегенұлы"), today=TODAY)
    assert found.id == loan_id
    with db.read_session() as session:
        borrower = session.scalar(select(Borrower))
        assert borrower is not None and borrower.updated_by == EDITOR
        assert history_of(db, borrower.id)[-1][2] == {
            "name": ["Нұрлан Өтегенов", "Нұрлан Өтегенұлы"]
        }
        person = session.get(Person, row.id)
        assert person is not None and person.name_key == "нұрлан өтегенұлы"
