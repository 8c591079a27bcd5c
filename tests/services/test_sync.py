"""`sync`: a laptop's SQLite database and a central PostgreSQL database, both ways."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import Change, History, Visit
from fieldmon.domain.errors import UserError
from fieldmon.services import demo, merge, sync
from tests.services.test_exchange import TODAY, dump, edit_visit, visit_on

A, B = "Айгерим Нурланова", "Ерлан Сапаров"


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    a, b = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    yield a, b
    a.dispose()
    b.dispose()


def count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_two_laptops_meet_through_postgresql(laptops, pg_url: str, east) -> None:
    a, b = laptops
    demo.make_demo(a, 15, seed=1, today=TODAY)
    demo.make_demo_loans(b, 4, seed=2, today=TODAY)
    first = sync.sync(a, pg_url, A)
    assert first.pushed.counts["visit"].new == 15
    sync.sync(b, pg_url, B)
    # a receives b's loans; b already had a's visits from the server.
    again = sync.sync(a, pg_url, A)
    assert again.pulled.counts["loan"].new == 4
    assert again.pushed.nothing_new
    assert count(b, Visit) == 15
    central = open_database(pg_url)
    try:
        assert dump(a)["visit"] == dump(central)["visit"] == dump(b)["visit"]
        assert dump(a)["loan"] == dump(central)["loan"] == dump(b)["loan"]
        # Nothing echoes: a third sync moves nothing either way.
        quiet = sync.sync(a, pg_url, A)
        assert quiet.pushed.nothing_new and quiet.pulled.nothing_new
        assert change_ids(a) == change_ids(central) == change_ids(b)
    finally:
        central.dispose()


def change_ids(db: Database) -> set[str]:
    with db.read_session() as session:
        return {str(i) for i in session.scalars(select(Change.id))}


def test_an_edit_on_each_side_meets_as_a_conflict_on_the_server(laptops, pg_url: str, east) -> None:
    a, b = laptops
    vid = visit_on(a, A, east)
    sync.sync(a, pg_url, A)
    sync.sync(b, pg_url, B)
    edit_visit(a, vid, A, east, beneficiaries=5)
    edit_visit(b, vid, B, east, beneficiaries=7)
    sync.sync(a, pg_url, A)
    result = sync.sync(b, pg_url, B)
    assert result.pushed.conflicts == 1
    central = open_database(pg_url)
    try:
        [conflict] = merge.open_conflicts(central)
        assert (conflict.kept, conflict.other) == (7, 5)
    finally:
        central.dispose()


def test_a_dropped_connection_is_finished_by_the_next_sync(
    laptops, pg_url: str, monkeypatch, east
) -> None:
    a, _b = laptops
    demo.make_demo(a, 10, seed=4, today=TODAY)
    real_send = sync._send
    calls = []

    def drop_on_pull(source, target, *args, **kwargs):
        calls.append(args)
        if len(calls) == 2:  # the push went through; the pull loses the connection
            raise OperationalError("SELECT 1", {}, ConnectionResetError("connection reset"))
        return real_send(source, target, *args, **kwargs)

    monkeypatch.setattr(sync, "_send", drop_on_pull)
    with pytest.raises(UserError, match="dropped; run sync again"):
        sync.sync(a, pg_url, A)
    monkeypatch.setattr(sync, "_send", real_send)
    visit_on(a, A, east, visit_date=date(2026, 10, 1))
    result = sync.sync(a, pg_url, A)
    assert result.pushed.counts["visit"].new == 1  # only the new one is sent again
    central = open_database(pg_url)
    try:
        assert count(central, Visit) == 11
        assert count(central, History) == count(a, History)
    finally:
        central.dispose()


def test_an_unreachable_server_is_one_sentence(laptops) -> None:
    a, _b = laptops
    with pytest.raises(
        UserError,
        match="^Cannot reach the central database: connection failed: .*Connection refused",
    ):
        sync.sync(a, "postgresql+psycopg://nobody@127.0.0.1:1/nowhere", A)
