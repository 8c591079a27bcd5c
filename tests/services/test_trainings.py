"""Training events, participants, the duplicate guard, counts and the summary, merging."""

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import BorrowerMember, Participation, Person
from fieldmon.domain.errors import UserError, ValidationError
from fieldmon.domain.iin import make_iin
from fieldmon.domain.loans import Sex
from fieldmon.domain.periods import Period, parse_quarter
from fieldmon.domain.trainings import Category
from fieldmon.services import history, loans, people, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.services.summary import summary
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields, participant, person_fields, training_fields

TODAY = date(2026, 11, 21)
Q3 = parse_quarter("2026Q3")


def new_training(db: Database, region: uuid.UUID, **changes: Any) -> uuid.UUID:
    return trainings.save_training(
        db, training_fields(**changes), PlaceInput(region, "Усть-Каменогорск"), OFFICER
    )


def attend(db: Database, training_id: uuid.UUID, marks: str, **who: Any) -> uuid.UUID:
    """Register the participant `who` describes and mark the days of `marks` ('101')."""
    pid = trainings.add_participant(
        db, training_id, OFFICER, participant=participant(**who), today=TODAY
    )
    for day, mark in enumerate(marks, start=1):
        if mark == "1":
            trainings.set_mark(db, pid, day, True, OFFICER)
    return pid


def people_count(db: Database) -> int:
    with db.read_session() as s:
        return len(s.scalars(select(Person.id).where(Person.deleted_at.is_(None))).all())


def test_an_event_is_saved_and_loaded_back(db: Database, east: uuid.UUID) -> None:
    tid = new_training(db, east, code=" tr-2026-07 ", min_days=2)
    detail = trainings.load_training(db, tid)
    assert detail.fields.code == "TR-2026-07"
    assert detail.fields.min_days == 2
    assert detail.region == "East Kazakhstan Region"
    assert detail.place.district == "Усть-Каменогорск"
    assert detail.day_dates() == [date(2026, 7, 14), date(2026, 7, 15), date(2026, 7, 16)]
    assert tid == trainings.training_id_for("TR-2026-07")


def test_a_code_is_recorded_once_and_a_region_is_needed(db: Database, east: uuid.UUID) -> None:
    new_training(db, east)
    with pytest.raises(ValidationError) as caught:
        trainings.save_training(db, training_fields(), PlaceInput(None), OFFICER)
    fields = {e.field: e for e in caught.value.errors}
    assert set(fields) == {"code", "region"}
    assert fields["code"].params == {"code": "TR-2026-07"}


def test_an_event_is_not_shortened_below_a_marked_day(db: Database, east: uuid.UUID) -> None:
    tid = new_training(db, east, days=3)
    attend(db, tid, "101")
    place = PlaceInput(east, "Усть-Каменогорск")
    with pytest.raises(ValidationError) as caught:
        trainings.save_training(db, training_fields(days=2), place, OFFICER, tid)
    assert caught.value.errors[0].field == "days"
    assert caught.value.errors[0].params == {"day": 3}
    trainings.save_training(db, training_fields(days=5), place, OFFICER, tid)
    assert trainings.grid(db, tid)[0].marks == "10100"


def test_the_same_person_is_found_by_name_and_year_however_it_is_typed(
    db: Database, east: uuid.UUID
) -> None:
    first = new_training(db, east)
    second = new_training(db, east, code="TR-2", start_date=date(2026, 9, 1))
    attend(db, first, "111", full_name="Алёна Ковалёва", sex=Sex.FEMALE, birth_year=1990)
    # ё written е, other case and spaces, a Latin 'A', 'o', 'e' from a wrong keyboard layout
    attend(db, second, "1", full_name="  AЛЕНА  КoвалEва ", sex=Sex.FEMALE, birth_year=1990)
    assert people_count(db) == 1
    # Kazakh letters are distinct: Әсет is not Асет; another birth year is another person
    attend(db, first, "1", full_name="Әсет Жұмабаев", sex=Sex.MALE, birth_year=1995)
    attend(db, first, "1", full_name="Асет Жумабаев", sex=Sex.MALE, birth_year=1995)
    attend(db, second, "1", full_name="Алёна Ковалёва", sex=Sex.FEMALE, birth_year=1991)
    assert people_count(db) == 4


def test_an_iin_finds_the_person_under_another_spelling(db: Database, east: uuid.UUID) -> None:
    iin = make_iin(date(1984, 3, 12), "female", 7)
    tid = new_training(db, east)
    attend(db, tid, "1", full_name="Ахметова Гульнар", iin=iin)
    other = new_training(db, east, code="TR-2")
    attend(db, other, "1", full_name="Akhmetova Gulnar", iin=iin)
    assert people_count(db) == 1


def test_a_borrower_who_attends_a_training_is_one_person(db: Database, east: uuid.UUID) -> None:
    loans.save_loan(db, loan_fields(), borrower_input(east, person_fields()), OFFICER, today=TODAY)
    tid = new_training(db, east)
    attend(
        db,
        tid,
        "111",
        full_name="Нұрлан Өтегенов",
        sex=Sex.MALE,
        birth_year=1985,
        category=Category.ENTREPRENEUR,
    )
    with db.read_session() as s:
        (person,) = s.scalars(select(Person)).all()
        assert person.category == "entrepreneur"  # the borrower had none: filled in
        assert s.scalar(select(BorrowerMember.person_id)) == person.id
    rows = people.list_people(db.read_session(), "өтегенов")
    assert [(r.trainings, r.loans) for r in rows] == [(1, 1)]


def test_a_namesake_can_be_created_but_not_under_an_iin_in_the_registry(
    db: Database, east: uuid.UUID
) -> None:
    tid = new_training(db, east)
    attend(db, tid, "1")
    with pytest.raises(ValidationError) as already:
        trainings.add_participant(db, tid, OFFICER, participant=participant(), today=TODAY)
    assert already.value.errors[0].field == "full_name"
    trainings.add_participant(
        db, tid, OFFICER, participant=participant(), new_person=True, today=TODAY
    )
    assert people_count(db) == 2
    iin = make_iin(date(1984, 1, 2), "female", 3)
    attend(db, tid, "1", full_name="Серикова Дана", iin=iin)
    with pytest.raises(ValidationError) as taken:
        trainings.add_participant(
            db,
            tid,
            OFFICER,
            participant=participant(full_name="Другая Дана", iin=iin),
            new_person=True,
            today=TODAY,
        )
    assert taken.value.errors[0].field == "iin"


def test_participant_errors_are_named_and_nothing_is_saved(db: Database, east: uuid.UUID) -> None:
    tid = new_training(db, east)
    with pytest.raises(ValidationError) as caught:
        trainings.add_participant(
            db, tid, OFFICER, participant=participant(birth_year=2020, category=None), today=TODAY
        )
    assert {e.field for e in caught.value.errors} == {"birth_year", "category"}
    assert people_count(db) == 0


def test_unique_people_against_participations_and_completion(
    db: Database, east: uuid.UUID, turkistan: uuid.UUID
) -> None:
    """Three events in Q3, one in Q4. Gulnar attends two Q3 events; Bolat registers but never
    comes; the 2-of-3-days rule lets Dana complete with two days."""
    a = new_training(db, east, code="A", days=3)
    b = new_training(db, turkistan, code="B", days=2, start_date=date(2026, 9, 30))
    c = new_training(db, east, code="C", days=3, min_days=2, start_date=date(2026, 8, 1))
    d = new_training(db, east, code="D", days=1, start_date=date(2026, 10, 1))
    attend(db, a, "111")  # Gulnar, completes
    attend(db, b, "10")  # Gulnar again, does not complete
    attend(db, a, "000", full_name="Болат Ахметов", sex=Sex.MALE, birth_year=1950)
    attend(
        db,
        c,
        "011",
        full_name="Дана Серикова",
        birth_year=2008,
        category=Category.VOLUNTEER,
    )
    attend(db, c, "100", full_name="Ерлан Сапаров", sex=Sex.MALE, birth_year=1966)
    attend(db, d, "1", full_name="Мария Ким", birth_year=1999)  # next quarter

    figures = summary(db, Q3)
    assert figures["training.events"] == 3
    assert figures["training.participations"] == 4  # Bolat was never present
    assert figures["training.participants"] == 3
    assert figures["training.participants.female"] == 2
    assert figures["training.participants.male"] == 1
    assert figures["training.completed"] == 2  # Gulnar at A, Dana at C (2 of 3 days)
    assert figures["training.person_days"] == 3 + 1 + 2 + 1
    assert figures["training.by_category"]["health_professional"] == 2
    assert figures["training.by_category"]["volunteer"] == 1
    assert sum(figures["training.by_category"].values()) == 3
    assert figures["training.by_age_group"] == {
        "15-17": 0,
        "18-24": 1,
        "25-34": 0,
        "35-44": 1,
        "45-59": 0,
        "60+": 1,
    }
    assert figures["training.by_region"] == {"East Kazakhstan Region": 3, "Turkistan Region": 1}
    east_only = summary(db, Q3, east)
    assert east_only["training.events"] == 2
    assert east_only["training.participants"] == 3
    assert summary(db, Period(date(2026, 10, 1), date(2026, 12, 31)))["training.participants"] == 1


def test_event_counts_match_the_grid(db: Database, east: uuid.UUID) -> None:
    tid = new_training(db, east, days=2)
    attend(db, tid, "11")
    attend(db, tid, "10", full_name="Ерлан Сапаров", sex=Sex.MALE, birth_year=1980)
    attend(db, tid, "00", full_name="Мария Ким", birth_year=1999)
    registered, figures = trainings.event_counts(db, tid)
    rows = trainings.grid(db, tid)
    assert registered == len(rows) == 3
    assert figures.participations == sum(r.days_present > 0 for r in rows) == 2
    assert figures.completed == sum(r.completed for r in rows) == 1
    assert figures.person_days == sum(r.days_present for r in rows) == 3
    assert (figures.female, figures.male) == (1, 1)
    listed = trainings.list_trainings(db.read_session())
    assert [(t.code, t.registered, t.completed) for t in listed] == [("TR-2026-07", 3, 1)]


def test_marks_and_scores_keep_their_history(db: Database, east: uuid.UUID) -> None:
    tid = new_training(db, east)
    pid = attend(db, tid, "11")
    trainings.set_mark(db, pid, 2, False, OFFICER)
    trainings.set_scores(db, pid, 40, 85, OFFICER)
    with pytest.raises(ValidationError):
        trainings.set_scores(db, pid, 40, 120, OFFICER)
    row = trainings.grid(db, tid)[0]
    assert (row.marks, row.pre_score, row.post_score) == ("100", 40, 85)
    changes = [c for _w, _who, _a, c in history.history_rows(db, pid)]
    assert {"marks": ["110", "100"]} in changes
    assert {"pre_score": [None, 40], "post_score": [None, 85]} in changes


def test_removing_and_adding_again_brings_the_marks_back(db: Database, east: uuid.UUID) -> None:
    tid = new_training(db, east)
    pid = attend(db, tid, "11")
    trainings.remove_participant(db, pid, OFFICER)
    assert trainings.grid(db, tid) == []
    again = trainings.add_participant(db, tid, OFFICER, participant=participant(), today=TODAY)
    assert again == pid
    assert trainings.grid(db, tid)[0].marks == "110"


def test_merging_two_records_of_one_person(db: Database, east: uuid.UUID) -> None:
    a = new_training(db, east, code="A")
    b = new_training(db, east, code="B")
    iin = make_iin(date(1984, 3, 12), "female", 5)
    # Typed twice with different birth years, so the duplicate rule could not join them.
    attend(db, a, "110", full_name="Ахметова Гульнар", birth_year=1984)
    attend(db, a, "001", full_name="Ахметова Гульнар", birth_year=1985, iin="")
    attend(db, b, "111", full_name="Ахметова Гульнар", birth_year=1985, phone="87012345678")
    loans.save_loan(
        db,
        loan_fields(),
        borrower_input(
            east, person_fields(full_name="Ахметова Гульнар", sex=Sex.FEMALE, birth_year=1985)
        ),
        OFFICER,
        today=TODAY,
    )
    with db.read_session() as s:
        keep = s.scalar(select(Person.id).where(Person.birth_year == 1984))
        drop = s.scalar(select(Person.id).where(Person.birth_year == 1985))
    assert keep and drop
    with db.session() as s:
        person = s.get(Person, keep)
        assert person is not None
        person.iin = iin
    people.merge_people(db, keep, drop, OFFICER)

    assert people_count(db) == 1
    grid_a = trainings.grid(db, a)
    assert [(r.person_id, r.marks) for r in grid_a] == [(keep, "111")]  # days either was present
    assert [r.person_id for r in trainings.grid(db, b)] == [keep]
    with db.read_session() as s:
        kept = s.get(Person, keep)
        assert kept is not None and kept.phone == "+7 701 234 56 78"  # gained what it lacked
        assert s.scalar(select(BorrowerMember.person_id)) == keep
        live = s.scalars(select(Participation).where(Participation.deleted_at.is_(None))).all()
        assert len(live) == 2
    kept_history = [(a, c) for _w, _who, a, c in history.history_rows(db, keep)]
    assert (
        "merge",
        {"merged_from": [None, str(drop)], "full_name_merged": [None, "Ахметова Гульнар"]},
    ) in kept_history
    dropped = [(a, c) for _w, _who, a, c in history.history_rows(db, drop)]
    assert dropped[-1] == ("merge", {"merged_into": [None, str(keep)]})
    assert dropped[0][0] == "create"  # the dropped record's history is kept


def test_merging_people_puts_every_participation_change_in_its_history(
    db: Database, east: uuid.UUID
) -> None:
    a = new_training(db, east, code="A")
    b = new_training(db, east, code="B")
    kept_at_a = attend(db, a, "100", birth_year=1990)  # «Әсел Қасымова»
    dropped_at_a = attend(db, a, "001", birth_year=1991)
    dropped_at_b = attend(db, b, "110", birth_year=1991)
    trainings.set_scores(db, kept_at_a, None, 70, OFFICER)
    trainings.set_scores(db, dropped_at_a, 40, 90, OFFICER)
    trainings.set_scores(db, dropped_at_b, 55, 80, OFFICER)
    with db.read_session() as s:
        keep = s.scalar(select(Person.id).where(Person.birth_year == 1990))
        drop = s.scalar(select(Person.id).where(Person.birth_year == 1991))
    assert keep and drop

    people.merge_people(db, keep, drop, "Береке Ахметова")

    def entries(pid: uuid.UUID) -> list[tuple[str, str, dict[str, Any]]]:
        return [(who, action, c) for _w, who, action, c in history.history_rows(db, pid)]

    [row_a] = trainings.grid(db, a)
    assert (row_a.participation_id, row_a.marks, row_a.pre_score, row_a.post_score) == (
        kept_at_a,
        "101",
        40,
        70,  # the kept person's own score stays
    )
    assert entries(kept_at_a)[-2:] == [
        ("Береке Ахметова", "update", {"marks": ["100", "101"]}),
        ("Береке Ахметова", "update", {"pre_score": [None, 40]}),
    ]
    [row_b] = trainings.grid(db, b)
    assert (row_b.person_id, row_b.marks, row_b.pre_score, row_b.post_score) == (
        keep,
        "110",
        55,
        80,
    )
    moved = entries(row_b.participation_id)
    assert [(who, action) for who, action, _c in moved] == [("Береке Ахметова", "create")] + [
        ("Береке Ахметова", "update")
    ] * 2
    assert moved[0][2]["person_id"] == [None, str(keep)]
    assert moved[2][2] == {"pre_score": [None, 55], "post_score": [None, 80]}
    for dropped, mine in ((dropped_at_a, kept_at_a), (dropped_at_b, row_b.participation_id)):
        assert entries(dropped)[-2:] == [
            ("Береке Ахметова", "delete", {}),
            ("Береке Ахметова", "merge", {"merged_into": [None, str(mine)]}),
        ]


def test_two_people_with_different_iins_are_not_merged(db: Database, east: uuid.UUID) -> None:
    tid = new_training(db, east)
    attend(db, tid, "1", iin=make_iin(date(1984, 3, 12), "female", 5))
    attend(db, tid, "1", full_name="Другая", iin=make_iin(date(1984, 3, 12), "female", 6))
    with db.read_session() as s:
        one, two = s.scalars(select(Person.id)).all()
    with pytest.raises(UserError, match="different IINs"):
        people.merge_people(db, one, two, OFFICER)
    assert people_count(db) == 2


def test_the_registry_is_searched_by_name_part_iin_or_phone(db: Database, east: uuid.UUID) -> None:
    tid = new_training(db, east)
    iin = make_iin(date(1984, 3, 12), "female", 5)
    attend(db, tid, "1", iin=iin, phone="8 701 234 56 78")
    attend(db, tid, "1", full_name="Ерлан Сапаров", sex=Sex.MALE, birth_year=1980)
    assert [r.full_name for r in people.search_people(db, "қасым")] == ["Әсел Қасымова"]
    assert [r.full_name for r in people.search_people(db, "САПАР")] == ["Ерлан Сапаров"]
    assert [r.iin for r in people.search_people(db, iin[:6])] == [iin]
    assert len(people.search_people(db, "7012345")) == 1
    assert people.search_people(db, "a") == []  # one letter finds too many
    with db.read_session() as s:
        assert people.count_people(s, "") == 2


def test_a_merge_keeps_the_record_with_an_iin_then_more_rows_then_the_older(
    db: Database, east: uuid.UUID
) -> None:
    a = new_training(db, east, code="A")
    b = new_training(db, east, code="B")
    attend(db, a, "1", birth_year=1990)  # older, one participation
    attend(db, a, "1", birth_year=1991)
    attend(db, b, "1", birth_year=1991)  # newer, two participations
    attend(db, a, "1", full_name="Ерлан Сапаров", sex=Sex.MALE, birth_year=1980)
    attend(db, a, "1", full_name="Ерлан Сапаров", sex=Sex.MALE, birth_year=1981)
    with db.read_session() as s:
        ids = {y: s.scalar(select(Person.id).where(Person.birth_year == y)) for y in (1990, 1991)}
        sapar = {y: s.scalar(select(Person.id).where(Person.birth_year == y)) for y in (1980, 1981)}
    for first, second in ((ids[1990], ids[1991]), (ids[1991], ids[1990])):
        keep, drop = people.merge_order(db, first, second)
        assert (keep.birth_year, drop.birth_year) == (1991, 1990)  # more participations
    for first, second in ((sapar[1980], sapar[1981]), (sapar[1981], sapar[1980])):
        keep, _drop = people.merge_order(db, first, second)
        assert keep.birth_year == 1980  # the same counts: the older record
    with db.session() as s:
        person = s.get(Person, ids[1990])
        assert person is not None
        person.iin = make_iin(date(1990, 3, 12), "female", 5)
    keep, _drop = people.merge_order(db, ids[1991], ids[1990])
    assert keep.birth_year == 1990  # an IIN outweighs the rows
    people.merge_people(db, ids[1990], ids[1991], OFFICER)
    with pytest.raises(UserError, match="no longer in the registry"):
        people.merge_order(db, ids[1990], ids[1991])
