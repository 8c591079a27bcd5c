"""The lists' project filter: visits, loans and trainings of one project (or all), and the
visits list and count reading the live-visits project index."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from fieldmon.db.engine import Database
from fieldmon.services import loans, projects, trainings, visits
from fieldmon.services.loans import LoanFilter
from fieldmon.services.places import PlaceInput
from fieldmon.services.projects import ProjectFields
from fieldmon.services.visits import VisitFilter
from tests.conftest import OFFICER
from tests.factories import (
    borrower_input,
    loan_fields,
    person_fields,
    site_input,
    training_fields,
    visit_fields,
)

ONE, TWO = projects.project_id("ЖОБА-1"), projects.project_id("ҚАЙНАР-2")


@pytest.fixture
def records(db: Database, east: uuid.UUID) -> Database:
    projects.save_project(db, ProjectFields("ЖОБА-1", "Шағын несие — Жамбыл", "ЕҚДБ"), OFFICER)
    projects.save_project(db, ProjectFields("ҚАЙНАР-2", "Қайнар бұлақ"), OFFICER)
    for day, name, project in (
        (10, "Наубайхана", ONE),
        (11, "Шеберхана", TWO),
        (12, "Дүкен", None),
    ):
        visits.save_visit(
            db,
            visit_fields(visit_date=date(2026, 8, day), project_id=project),
            site_input(east, name),
            OFFICER,
        )
    for number, project in (("ЖБ-1", ONE), ("ЖБ-2", ONE), ("Б-1", None)):
        loans.save_loan(
            db,
            loan_fields(loan_no=number, project_id=project),
            borrower_input(east, person_fields(full_name=f"Қарыз алушы {number}")),
            OFFICER,
            today=date(2026, 3, 1),
        )
    for code, project in (("ОҚУ-1", ONE), ("ОҚУ-2", TWO), ("ОҚУ-3", None)):
        trainings.save_training(
            db, training_fields(code=code, project_id=project), PlaceInput(east, ""), OFFICER
        )
    return db


def test_each_list_and_count_keeps_the_project_s_records(records: Database) -> None:
    db = records
    today = date(2026, 11, 20)
    one = VisitFilter(project_id=ONE)
    assert [r.site for r in visits.visit_page(db, one)] == ["Наубайхана"]
    assert visits.visit_count(db, one) == 1
    assert visits.visit_count(db, VisitFilter(project_id=ONE, officer="Ерлан Сапаров")) == 1
    assert visits.visit_count(db, VisitFilter()) == 3
    assert [r.loan_no for r in loans.loan_page(db, LoanFilter(project_id=ONE), today=today)] == [
        "ЖБ-1",
        "ЖБ-2",
    ]
    assert loans.loan_count(db, LoanFilter(project_id=TWO), today) == 0
    assert loans.loan_count(db, LoanFilter(), today) == 3
    rows, total = trainings.training_list(db, project_id=TWO)
    assert [r.code for r in rows] == ["ОҚУ-2"] and total == 1
    rows, total = trainings.training_list(db, "оқу", project_id=ONE)
    assert [r.code for r in rows] == ["ОҚУ-1"] and total == 1
    assert trainings.training_list(db)[1] == 3


@contextmanager
def statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_the_visits_of_a_project_are_read_through_its_index(records: Database) -> None:
    db = records
    if not db.is_sqlite:
        pytest.skip("SQLite's query plan")
    with statements(db) as seen:
        visits.visit_page(db, VisitFilter(project_id=ONE))
        visits.visit_count(db, VisitFilter(project_id=ONE))
    assert len(seen) == 2
    with db.engine.connect() as conn:
        for sql, params in seen:
            plan = " ".join(
                str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
            )
            assert "ix_visit_live_project" in plan, plan
