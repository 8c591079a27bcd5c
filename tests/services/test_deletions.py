"""Deleting and restoring a loan (without live repayments) and a training event with its
attendance: soft, undoable, in the history and the change log, out of every list and
figure, and carried between laptops by data packages."""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Change, History, Loan, Participation, Training
from fieldmon.domain.errors import UserError, ValidationError
from fieldmon.domain.loans import Sex
from fieldmon.domain.periods import parse_quarter
from fieldmon.services import home, loans, people, search, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.services.report_data import ReportData
from fieldmon.services.summary import summary
from tests.conftest import OFFICER, Laptops
from tests.factories import borrower_input, loan_fields, participant, person_fields, training_fields

TODAY = date(2026, 11, 21)
Q3 = parse_quarter("2026Q3")
ERLAN = "Ерлан Сапаров"


def a_loan(db: Database, east: uuid.UUID, loan_no: str = "MC-2026/001") -> uuid.UUID:
    return loans.save_loan(
        db,
        loan_fields(loan_no=loan_no),
        borrower_input(east, person_fields()),
        OFFICER,
        today=TODAY,
    )


def an_event(db: Database, east: uuid.UUID) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """TR-2026-07 (14–16 July 2026) with three participants marked; and their participations."""
    tid = trainings.save_training(
        db, training_fields(), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    ids = []
    for n, (name, marks) in enumerate(
        (("Әсел Қасымова", "111"), ("Гүлнар Ахметова", "101"), ("Айгүл Серікова", "010"))
    ):
        pid = trainings.add_participant(
            db,
            tid,
            OFFICER,
            participant=participant(full_name=name, birth_year=1980 + n),
            today=TODAY,
        )
        for day, mark in enumerate(marks, start=1):
            if mark == "1":
                trainings.set_mark(db, pid, day, True, OFFICER)
        ids.append(pid)
    trainings.set_scores(db, ids[0], 40, 85, OFFICER)
    return tid, ids


def actions(db: Database, record_id: uuid.UUID) -> list[tuple[str, str]]:
    with db.read_session() as session:
        return [
            (h.action, h.changed_by)
            for h in session.scalars(
                select(History).where(History.record_id == record_id).order_by(History.changed_at)
            )
        ]


def grid_state(db: Database, tid: uuid.UUID) -> list[tuple[str, str, int | None, int | None]]:
    return [(r.full_name, r.marks, r.pre_score, r.post_score) for r in trainings.grid(db, tid)]


# --- loans ---------------------------------------------------------------------------------


def test_a_loan_is_deleted_and_restored_with_its_history(db: Database, east: uuid.UUID) -> None:
    lid = a_loan(db, east)
    assert loans.delete_loan(db, lid, ERLAN) == "MC-2026/001"
    assert not loans.loan_is_live(db, lid)
    with db.read_session() as session:
        row = session.get(Loan, lid)
        assert row is not None and row.deleted_at is not None and row.updated_by == ERLAN
    with pytest.raises(UserError, match="no longer exists"):
        loans.load_loan(db, lid, TODAY)
    with pytest.raises(UserError, match="no longer exists"):
        loans.delete_loan(db, lid, ERLAN)  # twice: the second finds nothing to delete

    loans.restore_loan(db, lid, OFFICER)
    loans.restore_loan(db, lid, OFFICER)  # a loan that is not deleted is left as it is
    assert loans.loan_is_live(db, lid)
    assert loans.load_loan(db, lid, TODAY).fields.loan_no == "MC-2026/001"
    assert len(loans.load_loan(db, lid, TODAY).schedule) == 12  # the schedule came back too
    assert actions(db, lid) == [("create", OFFICER), ("delete", ERLAN), ("restore", OFFICER)]


def test_a_deleted_loans_number_and_a_deleted_events_code_stay_taken_and_say_why(
    db: Database, east: uuid.UUID
) -> None:
    loans.delete_loan(db, a_loan(db, east), OFFICER)
    with pytest.raises(ValidationError) as caught:
        a_loan(db, east)
    [error] = caught.value.errors
    assert (error.field, error.message) == (
        "loan_no",
        "Loan number MC-2026/001 belongs to a deleted loan; use another number or undo the "
        "deletion.",
    )
    tid, _ids = an_event(db, east)
    trainings.delete_training(db, tid, OFFICER)
    with pytest.raises(ValidationError) as caught:
        an_event(db, east)
    [error] = caught.value.errors
    assert error.field == "code" and error.message.startswith(
        "Training code TR-2026-07 belongs to a deleted training"
    )


def test_a_loan_with_a_live_repayment_is_not_deleted(db: Database, east: uuid.UUID) -> None:
    lid = a_loan(db, east)
    loans.post_repayment(db, lid, date(2026, 2, 15), Decimal("90000"), "R-1", OFFICER, today=TODAY)
    with pytest.raises(UserError) as caught:
        loans.delete_loan(db, lid, ERLAN)
    assert str(caught.value) == (
        "Loan MC-2026/001 has repayments; reverse them before deleting the loan."
    )
    assert loans.loan_is_live(db, lid)
    assert [a for a, _who in actions(db, lid)] == ["create"]


def test_reversed_repayments_do_not_keep_a_loan_and_stay_with_it(
    db: Database, east: uuid.UUID
) -> None:
    lid = a_loan(db, east)
    rid = loans.post_repayment(
        db, lid, date(2026, 2, 15), Decimal("90000"), "R-1", OFFICER, today=TODAY
    )
    loans.reverse_repayment(db, rid, "Чужой займ: квитанция другого заемщика", OFFICER)
    loans.delete_loan(db, lid, ERLAN)
    loans.restore_loan(db, lid, ERLAN)
    [line] = loans.load_loan(db, lid, TODAY).repayments
    assert line.id == rid and line.reversed_at is not None


def test_a_deleted_loan_is_out_of_every_list_and_figure(db: Database, east: uuid.UUID) -> None:
    kept = a_loan(db, east, "MC-2026/001")
    gone = loans.save_loan(
        db,
        loan_fields(loan_no="MC-2026/002", disbursed_on=date(2026, 7, 1), first_due_on=None),
        borrower_input(
            east, person_fields(full_name="Сәуле Бекова", sex=Sex.FEMALE, birth_year=1990)
        ),
        OFFICER,
        today=TODAY,
    )
    loans.delete_loan(db, gone, OFFICER)
    with db.read_session() as session:
        assert [r.id for r in loans.list_loans(session, loans.LoanFilter(), today=TODAY)] == [kept]
        assert loans.count_loans(session, loans.LoanFilter(), TODAY) == 1
        data = ReportData(Q3, None)
        assert data.loans().count(session) == 1
        assert [r[0] for r in data.loans().rows(session)] == ["MC-2026/001"]
    figures = summary(db, Q3)
    assert figures["loans.count"] == 1 and figures["loans.disbursed_in_period"] == 0
    with pytest.raises(UserError):
        loans.find_loan_id(db, "MC-2026/002")
    assert search.find(db, "MC-2026/002", today=TODAY).loans.total == 0
    assert sum(n for _s, n in home.home(db, TODAY).loans_by_status) == 1
    # The borrower stays in the registry, with no loan counted.
    [row] = people.list_people(db.read_session(), "бекова")
    assert row.loans == 0
    loans.restore_loan(db, gone, OFFICER)
    [row] = people.list_people(db.read_session(), "бекова")
    assert row.loans == 1


# --- trainings -----------------------------------------------------------------------------


def test_an_event_goes_with_its_attendance_and_comes_back_intact(
    db: Database, east: uuid.UUID
) -> None:
    tid, ids = an_event(db, east)
    removed = ids[2]
    trainings.remove_participant(db, removed, OFFICER)  # removed before: stays removed
    before = grid_state(db, tid)
    assert before == [
        ("Гүлнар Ахметова", "101", None, None),
        ("Әсел Қасымова", "111", 40, 85),
    ]
    assert trainings.delete_training(db, tid, ERLAN) == "TR-2026-07"
    assert not trainings.training_is_live(db, tid)
    with db.read_session() as session:
        event = session.get(Training, tid)
        assert event is not None and event.deleted_at is not None
        rows = session.scalars(select(Participation).where(Participation.training_id == tid))
        assert all(p.deleted_at is not None for p in rows)
    assert ("delete", ERLAN) in actions(db, ids[0])
    with pytest.raises(UserError, match="no longer exists"):
        trainings.grid(db, tid)

    trainings.restore_training(db, tid, OFFICER)
    assert grid_state(db, tid) == before
    assert trainings.event_counts(db, tid)[0] == 2
    assert actions(db, tid)[-2:] == [("delete", ERLAN), ("restore", OFFICER)]
    assert actions(db, ids[0])[-1] == ("restore", OFFICER)
    assert actions(db, removed)[-1] == ("delete", OFFICER)  # not brought back


def test_someone_merged_while_the_event_was_deleted_comes_back_as_the_kept_record(
    db: Database, east: uuid.UUID
) -> None:
    tid, ids = an_event(db, east)  # Гүлнар Ахметова, born 1981, marks 101
    other = trainings.save_training(
        db, training_fields(code="TR-2"), PlaceInput(east, "Усть-Каменогорск"), OFFICER
    )
    trainings.add_participant(
        db,
        other,
        OFFICER,
        participant=participant(full_name="Гулнар Ахметова", birth_year=1981),
        today=TODAY,
    )
    [keep] = [r.person_id for r in trainings.grid(db, other)]
    [drop] = [r.person_id for r in trainings.grid(db, tid) if r.full_name == "Гүлнар Ахметова"]
    trainings.delete_training(db, tid, OFFICER)
    people.merge_people(db, keep, drop, OFFICER)

    trainings.restore_training(db, tid, OFFICER)
    rows = {r.full_name: (r.person_id, r.marks) for r in trainings.grid(db, tid)}
    assert rows["Гулнар Ахметова"] == (keep, "101")
    assert "Гүлнар Ахметова" not in rows
    assert summary(db, Q3)["training.participants"] == 3  # three people, none twice


def test_a_deleted_event_is_out_of_every_list_and_figure(db: Database, east: uuid.UUID) -> None:
    tid, _ids = an_event(db, east)
    assert summary(db, Q3)["training.participants"] == 3
    trainings.delete_training(db, tid, OFFICER)
    figures = summary(db, Q3)
    assert figures["training.events"] == 0
    assert figures["training.participants"] == 0 and figures["training.person_days"] == 0
    rows, total = trainings.training_list(db)
    assert (rows, total) == ([], 0)
    with db.read_session() as session:
        data = ReportData(Q3, None)
        assert data.trainings().count(session) == 0
        assert data.attendance().count(session) == 0
    assert search.find(db, "TR-2026", today=TODAY).trainings.total == 0
    with pytest.raises(UserError):
        trainings.find_training_id(db, "TR-2026-07")
    # The people stay in the registry, with no training counted.
    registry, _n = people.registry(db)
    assert [(r.full_name, r.trainings) for r in registry] == [
        ("Айгүл Серікова", 0),
        ("Гүлнар Ахметова", 0),
        ("Әсел Қасымова", 0),
    ]


# --- two laptops ---------------------------------------------------------------------------


def state(db: Database, model: type, ident: uuid.UUID) -> dict[str, Any]:
    with db.read_session() as session:
        row = session.get(model, ident)
        assert row is not None
        return {"deleted": row.deleted_at is not None, "by": row.updated_by}


def test_a_deleted_loan_and_event_travel_to_the_other_laptop_and_back_restored(
    laptops: Laptops, east: uuid.UUID
) -> None:
    a, b = laptops.a, laptops.b
    lid = a_loan(a, east)
    tid, ids = an_event(a, east)
    laptops.send(a, b)
    before = grid_state(b, tid)

    loans.delete_loan(a, lid, OFFICER)
    trainings.delete_training(a, tid, OFFICER)
    with a.read_session() as session:
        deletions = {
            c.table_name: c.fields
            for c in session.scalars(select(Change).where(Change.record_id.in_([lid, tid])))
            if c.fields != "*"
        }
    assert deletions == {"loan": "deleted_at", "training": "deleted_at"}
    result = laptops.send(a, b)
    assert result.conflicts == 0
    assert result.counts["loan"].updated == 1 and result.counts["training"].updated == 1
    assert result.counts["participation"].updated == 3
    assert not loans.loan_is_live(b, lid) and not trainings.training_is_live(b, tid)
    with b.read_session() as session:
        assert loans.count_loans(session, loans.LoanFilter(), TODAY) == 0
    assert summary(b, Q3)["training.events"] == 0
    assert state(b, Participation, ids[0])["deleted"]

    # b restores both (undo there); the restore travels back to a.
    loans.restore_loan(b, lid, ERLAN)
    trainings.restore_training(b, tid, ERLAN)
    back = laptops.send(b, a)
    assert back.conflicts == 0
    assert state(a, Loan, lid) == {"deleted": False, "by": ERLAN}
    assert state(a, Training, tid) == {"deleted": False, "by": ERLAN}
    assert grid_state(a, tid) == before
    with a.read_session() as session:
        entries = [
            json.loads(h.changes)
            for h in session.scalars(
                select(History).where(History.record_id == ids[0], History.action == "restore")
            )
        ]
    assert entries == [{"with_training": [None, "TR-2026-07"]}]
