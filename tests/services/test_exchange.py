"""Data packages and the field-by-field merge: two officers' laptops and a coordinator."""

from __future__ import annotations

import json
import shutil
import uuid
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import Change, Conflict, History, Loan, Visit
from fieldmon.services import demo, loans, merge, packages, visits
from fieldmon.services.merge import import_package, open_conflicts, resolve
from fieldmon.services.packages import PackageError, Scope, export_package
from tests.factories import borrower_input, loan_fields, person_fields, site_input, visit_fields

A, B, COORD = "Айгерим Нурланова", "Ерлан Сапаров", "Coordinator"
TODAY = date(2026, 11, 21)


@pytest.fixture
def databases(tmp_path: Path, db: Database) -> Iterator[Callable[[str], Database]]:
    """Opens more databases (laptops) beside the `db` fixture, disposed at the end."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        database = open_database(tmp_path / f"{name}.db")
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()


def dump(db: Database) -> dict[str, Any]:
    """Every tracked record's merged fields, every change and history id, conflicts'
    values: what must be equal on two databases that hold the same data."""
    from fieldmon.db.changes import merge_fields, tracked_models

    out: dict[str, Any] = {}
    with db.read_session() as session:
        for table, model in tracked_models().items():
            names = [n for n in merge_fields(table) if n != "members"]
            out[table] = {
                str(row.id): {n: packages.encode(getattr(row, n)) for n in names}
                | {"deleted": row.deleted_at is not None}
                for row in session.scalars(select(model))
            }
        out["changes"] = sorted(str(i) for i in session.scalars(select(Change.id)))
        out["history"] = sorted(str(i) for i in session.scalars(select(History.id)))
        out["conflicts"] = sorted(
            (c.table_name, str(c.record_id), c.field, *sorted([c.kept_value, c.other_value]))
            for c in session.scalars(select(Conflict))
        )
    return out


def visit_on(db: Database, officer: str, region: uuid.UUID, **changes: Any) -> uuid.UUID:
    return visits.save_visit(
        db, visit_fields(officer=officer, **changes), site_input(region), officer, today=TODAY
    )


def edit_visit(
    db: Database, visit_id: uuid.UUID, officer: str, region: uuid.UUID, **changes: Any
) -> None:
    with db.read_session() as session:
        row = session.get(Visit, visit_id)
        assert row is not None
        base = {
            "visit_date": row.visit_date,
            "findings": row.findings,
            "beneficiaries": row.beneficiaries,
        }
    visits.save_visit(
        db,
        visit_fields(officer=officer, **(base | changes)),
        site_input(region),
        officer,
        visit_id=visit_id,
        today=TODAY,
    )


def send(
    source: Database, target: Database, path: Path, officer: str, **scope: Any
) -> merge.MergeResult:
    export_package(source, path, officer, Scope(**scope))
    return import_package(target, path)


def test_two_officers_merge_the_same_whatever_the_order(databases, tmp_path: Path, east) -> None:
    a, b = databases("a"), databases("b")
    demo.make_demo(a, 30, seed=1, today=TODAY)
    demo.make_demo_loans(b, 8, seed=2, today=TODAY)
    demo.make_demo_trainings(b, 2, seed=3, today=TODAY)
    shared = visit_on(a, A, east, findings="Oven installed.")
    # b receives a's visit, then both edit it: different fields, and the same field.
    send(a, b, tmp_path / "start" / "a.fmpkg", A, everything=True)
    edit_visit(a, shared, A, east, beneficiaries=30, findings="Oven in use, 3 bakers.")
    edit_visit(b, shared, B, east, findings="Oven idle: no flour.", visit_date=date(2026, 8, 20))

    pa, pb = tmp_path / "usb-a" / "a.fmpkg", tmp_path / "usb-b" / "b.fmpkg"
    export_package(a, pa, A)
    export_package(b, pb, B)
    one, two = databases("one"), databases("two")
    first = [import_package(one, pa), import_package(one, pb)]
    [import_package(two, pb), import_package(two, pa)]

    assert dump(one) == dump(two)
    with one.read_session() as session:
        merged = session.get(Visit, shared)
        assert merged is not None
        # One side each: both kept. The same field: b edited last, so b's value applies.
        assert merged.beneficiaries == 30
        assert merged.visit_date == date(2026, 8, 20)
        assert merged.findings == "Oven idle: no flour."
        # Every record of both laptops is there.
        for laptop in (a, b):
            with laptop.read_session() as theirs:
                for model in (Visit, Loan):
                    ids = set(theirs.scalars(select(model.id)))
                    assert ids <= set(session.scalars(select(model.id)))
    assert first[1].conflicts == 1
    [conflict] = open_conflicts(one)
    assert (conflict.table, conflict.field) == ("visit", "findings")
    assert {conflict.kept, conflict.other} == {"Oven idle: no flour.", "Oven in use, 3 bakers."}
    assert conflict.kept == "Oven idle: no flour." and conflict.kept_by == B


def test_a_second_import_of_the_same_package_changes_nothing(databases, tmp_path: Path) -> None:
    a, coordinator = databases("a"), databases("c")
    demo.make_demo(a, 20, seed=5, today=TODAY)
    demo.make_demo_loans(a, 5, seed=5, today=TODAY)
    path = tmp_path / "a.fmpkg"
    export_package(a, path, A)
    first = import_package(coordinator, path)
    before = dump(coordinator)
    again = import_package(coordinator, path)
    assert first.counts["visit"].new == 20 and not first.nothing_new
    assert again.nothing_new
    assert again.counts["visit"].unchanged == 20 and again.counts["visit"].new == 0
    assert dump(coordinator) == before


def test_a_loan_and_its_repayments_arrive_with_schedule_and_state(
    databases, tmp_path: Path, east
) -> None:
    a, coordinator = databases("a"), databases("c")
    loan_id = loans.save_loan(
        a, loan_fields(), borrower_input(east, person_fields()), A, today=TODAY
    )
    loans.post_repayment(a, loan_id, date(2026, 2, 15), Decimal("90000"), "R-1", A, today=TODAY)
    send(a, coordinator, tmp_path / "a.fmpkg", A)
    theirs, ours = loans.load_loan(a, loan_id, TODAY), loans.load_loan(coordinator, loan_id, TODAY)
    assert ours == theirs
    assert ours.state.paid == Decimal("90000") and len(ours.schedule) == 12


def test_a_later_edit_reaches_the_coordinator_and_back(databases, tmp_path: Path, east) -> None:
    a, coordinator = databases("a"), databases("c")
    vid = visit_on(a, A, east)
    send(a, coordinator, tmp_path / "a" / "p.fmpkg", A)
    edit_visit(a, vid, A, east, beneficiaries=40)
    result = send(a, coordinator, tmp_path / "a" / "p.fmpkg", A)
    assert result.counts["visit"].updated == 1 and result.conflicts == 0
    assert result.counts["site"].new == 0
    # The coordinator fixes the date; the officer gets it back without a conflict.
    edit_visit(coordinator, vid, COORD, east, visit_date=date(2026, 8, 1))
    back = send(coordinator, a, tmp_path / "c" / "p.fmpkg", COORD)
    assert back.conflicts == 0
    with a.read_session() as session:
        row = session.get(Visit, vid)
        assert row is not None and (row.visit_date, row.beneficiaries) == (date(2026, 8, 1), 40)


def test_only_changes_since_the_last_export_to_the_same_folder(
    databases, tmp_path: Path, east
) -> None:
    a = databases("a")
    visit_on(a, A, east)
    first = export_package(a, tmp_path / "usb" / "1.fmpkg", A)
    assert first.records["visit"] == 1
    assert export_package(a, tmp_path / "usb" / "2.fmpkg", A).total == 0
    visit_on(a, A, east, visit_date=date(2026, 9, 1))
    third = export_package(a, tmp_path / "usb" / "3.fmpkg", A)
    assert third.records["visit"] == 1 and third.records["site"] == 0
    assert export_package(a, tmp_path / "elsewhere" / "1.fmpkg", A).records["visit"] == 2
    assert (
        export_package(a, tmp_path / "usb" / "4.fmpkg", A, Scope(everything=True)).records["visit"]
        == 2
    )


def test_a_delete_does_not_silently_beat_a_later_edit(databases, tmp_path: Path, east) -> None:
    a, b, coordinator = databases("a"), databases("b"), databases("c")
    vid = visit_on(a, A, east)
    send(a, b, tmp_path / "x" / "a.fmpkg", A)
    send(a, coordinator, tmp_path / "y" / "a.fmpkg", A)
    visits.delete_visit(a, vid, A)
    edit_visit(b, vid, B, east, beneficiaries=99)  # b edits after a deleted
    send(a, coordinator, tmp_path / "y" / "a.fmpkg", A)
    with coordinator.read_session() as session:
        assert session.get(Visit, vid).deleted_at is not None  # type: ignore[union-attr]
    result = send(b, coordinator, tmp_path / "z" / "b.fmpkg", B)
    assert result.conflicts == 1
    [conflict] = open_conflicts(coordinator)
    assert conflict.field == "deleted_at" and conflict.kept is None  # the later edit applies
    with coordinator.read_session() as session:
        row = session.get(Visit, vid)
        assert row is not None and row.deleted_at is None and row.beneficiaries == 99
    # The coordinator decides the deletion stands; it is recorded in the history.
    resolve(coordinator, conflict.id, use_other=True, officer=COORD)
    assert open_conflicts(coordinator) == []
    with coordinator.read_session() as session:
        assert session.get(Visit, vid).deleted_at is not None  # type: ignore[union-attr]
        actions = [
            h.action for h in session.scalars(select(History).where(History.record_id == vid))
        ]
        assert "resolve" in actions
    # The decision travels back to b: deleted there too, no new conflict.
    back = send(coordinator, b, tmp_path / "c" / "c.fmpkg", COORD)
    assert back.conflicts == 0
    with b.read_session() as session:
        assert session.get(Visit, vid).deleted_at is not None  # type: ignore[union-attr]


def test_picking_the_other_value_wins_everywhere(databases, tmp_path: Path, east) -> None:
    a, b, coordinator = databases("a"), databases("b"), databases("c")
    vid = visit_on(a, A, east)
    send(a, b, tmp_path / "1" / "p.fmpkg", A)
    edit_visit(a, vid, A, east, beneficiaries=10)
    edit_visit(b, vid, B, east, beneficiaries=20)
    send(a, coordinator, tmp_path / "a" / "p.fmpkg", A)
    send(b, coordinator, tmp_path / "b" / "p.fmpkg", B)
    [conflict] = open_conflicts(coordinator)
    assert (conflict.kept, conflict.other) == (20, 10)
    resolve(coordinator, conflict.id, use_other=True, officer=COORD)
    for laptop in (a, b):
        result = send(
            coordinator, laptop, tmp_path / "c" / f"{id(laptop)}.fmpkg", COORD, everything=True
        )
        assert result.conflicts == 0
        with laptop.read_session() as session:
            assert session.get(Visit, vid).beneficiaries == 10  # type: ignore[union-attr]


# --- refused packages -------------------------------------------------------------------------


@pytest.fixture
def package(databases, tmp_path: Path) -> Path:
    a = databases("a")
    demo.make_demo(a, 5, seed=9, today=TODAY)
    path = tmp_path / "good.fmpkg"
    export_package(a, path, A)
    return path


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            name, data = change(info.filename, zin.read(info))
            zout.writestr(name, data)
    return target


def refused(db: Database, path: Path) -> str:
    before = dump(db)
    with pytest.raises(PackageError) as caught:
        import_package(db, path)
    assert dump(db) == before
    return str(caught.value)


def test_a_changed_byte_is_refused(db: Database, package: Path, tmp_path: Path) -> None:
    def flip(name: str, data: bytes) -> tuple[str, bytes]:
        if name == "records/visit.jsonl":  # one digit of a year: same size, still valid JSON
            at = data.index(b'"visit_date":"') + len(b'"visit_date":"') + 3
            data = data[:at] + (b"7" if data[at : at + 1] != b"7" else b"8") + data[at + 1 :]
        return name, data

    message = refused(db, rewrite(package, tmp_path / "bad.fmpkg", flip))
    assert "records/visit.jsonl" in message and "checksum" in message


def test_a_member_outside_the_package_is_refused(
    db: Database, package: Path, tmp_path: Path
) -> None:
    def escape(name: str, data: bytes) -> tuple[str, bytes]:
        return ("../../evil.jsonl" if name == "history.jsonl" else name), data

    message = refused(db, rewrite(package, tmp_path / "bad.fmpkg", escape))
    assert "unsafe name" in message and "../../evil.jsonl" in message


def test_a_package_from_a_newer_fieldmon_is_refused(
    db: Database, package: Path, tmp_path: Path
) -> None:
    def future(name: str, data: bytes) -> tuple[str, bytes]:
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["format"] = packages.FORMAT + 1
            data = json.dumps(manifest).encode()
        return name, data

    message = refused(db, rewrite(package, tmp_path / "new.fmpkg", future))
    assert "newer fieldmon" in message


def test_a_file_that_is_not_a_package_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.fmpkg"
    path.write_text("hello")
    assert refused(db, path) == "'notes.fmpkg' is not a fieldmon data package."


def test_a_visit_whose_site_is_nowhere_is_refused(
    db: Database, databases, tmp_path: Path, east
) -> None:
    """The site went in an earlier package, which this database never received."""
    a = databases("a")
    visit_on(a, A, east)
    export_package(a, tmp_path / "usb" / "1.fmpkg", A)
    visit_on(a, A, east, visit_date=date(2026, 9, 2))
    second = tmp_path / "usb" / "2.fmpkg"
    assert export_package(a, second, A).records == dict.fromkeys(packages.tracked_models(), 0) | {
        "visit": 1
    }
    message = refused(db, second)
    assert message.startswith("'records/visit.jsonl' line 1: site_id ")
    assert message.endswith("is neither in the package nor in this database.")


def test_importing_a_package_copy_keeps_the_source(
    databases, package: Path, tmp_path: Path
) -> None:
    coordinator = databases("c")
    copy = tmp_path / "copy.fmpkg"
    shutil.copy(package, copy)
    result = import_package(coordinator, copy)
    assert result.counts["visit"].new == 5
    assert copy.read_bytes() == package.read_bytes()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cuts=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=4),
    truncate=st.booleans(),
)
def test_any_damage_is_refused_in_one_sentence_or_merges_whole(
    db: Database, package: Path, tmp_path: Path, cuts: list[tuple[float, int]], truncate: bool
) -> None:
    """Random changed bytes or a cut-off file: a PackageError and nothing written, never a
    crash. (A change that leaves every checksum right is not damage; such a package merges.)"""
    data = bytearray(package.read_bytes())
    for where, value in cuts:
        data[min(int(where * len(data)), len(data) - 1)] = value
    if truncate:
        data = data[: int(cuts[0][0] * len(data))]
    damaged = tmp_path / "damaged.fmpkg"
    damaged.write_bytes(bytes(data))
    before = dump(db)
    try:
        import_package(db, damaged)
    except PackageError as exc:
        assert str(exc).count(".") >= 1 and "\n" not in str(exc)
        assert dump(db) == before
    else:
        assert len(dump(db)["visit"]) == 5


def test_since_a_day_takes_what_changed_from_that_day(databases, tmp_path: Path, east) -> None:
    a = databases("a")
    visit_on(a, A, east)
    today = date.today()
    assert export_package(a, tmp_path / "1.fmpkg", A, Scope(since=today)).records["visit"] == 1
    tomorrow = date.fromordinal(today.toordinal() + 1)
    assert export_package(a, tmp_path / "2.fmpkg", A, Scope(since=tomorrow)).total == 0


def test_a_training_code_another_event_holds_here_is_refused(
    db: Database, databases, tmp_path: Path, east
) -> None:
    from sqlalchemy import text

    from fieldmon.services import trainings
    from fieldmon.services.places import PlaceInput
    from tests.factories import training_fields

    place = PlaceInput(east, "Шемонаихинский район", "")
    trainings.save_training(db, training_fields(code="TR-7"), place, COORD)
    a = databases("a")
    tid = trainings.save_training(a, training_fields(code="TR-7"), place, A)
    other = uuid.uuid4()  # the same code on a different event (say, one deleted and made anew)
    with a.engine.begin() as conn:
        for statement in (
            "UPDATE training SET id = :new WHERE id = :old",
            "UPDATE change SET record_id = :new WHERE record_id = :old",
            "UPDATE history SET record_id = :new WHERE record_id = :old",
        ):
            conn.execute(text(statement), {"new": other.hex, "old": tid.hex})
    path = tmp_path / "a.fmpkg"
    export_package(a, path, A)
    message = refused(db, path)
    assert message == (
        "'records/training.jsonl' line 1: code 'TR-7' belongs to another record in this database."
    )
