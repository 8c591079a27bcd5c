"""`sync`: a laptop's SQLite database and a central PostgreSQL database, both ways."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import Change, History, Loan, Visit
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


def test_a_cancel_before_the_push_sends_nothing(laptops, pg_url: str) -> None:
    a, _b = laptops
    demo.make_demo(a, 3, seed=5, today=TODAY)
    before = sync.status(a, pg_url)
    with pytest.raises(sync.SyncCancelled, match="^Sync was cancelled") as raised:
        sync.sync(a, pg_url, A, should_stop=lambda: True)
    assert raised.value.pushed is None
    assert sync.status(a, pg_url) == before and before.last is None and before.waiting > 0


def test_a_cancel_after_the_push_keeps_it_and_the_next_sync_pulls(laptops, pg_url: str) -> None:
    a, b = laptops
    demo.make_demo_loans(b, 2, seed=6, today=TODAY)
    sync.sync(b, pg_url, B)
    demo.make_demo(a, 4, seed=7, today=TODAY)
    steps: list[str] = []
    with pytest.raises(sync.SyncCancelled) as raised:
        sync.sync(a, pg_url, A, progress=steps.append, should_stop=lambda: steps == ["push"])
    assert steps == ["push"]  # the pull never started
    pushed = raised.value.pushed
    assert pushed is not None and pushed.counts["visit"].new == 4
    central = open_database(pg_url)
    try:
        assert count(central, Visit) == 4  # the push was committed there
    finally:
        central.dispose()
    assert count(a, Loan) == 0
    # The push's watermark is kept: nothing waits, but the sync never finished.
    assert sync.status(a, pg_url) == sync.SyncStatus(None, 0)
    again = sync.sync(a, pg_url, A)
    assert again.pushed.nothing_new and again.pulled.counts["loan"].new == 2
    assert count(a, Loan) == 2


def test_status_says_when_the_last_sync_finished_and_what_waits(laptops, pg_url: str, east) -> None:
    a, _b = laptops
    assert sync.status(a, pg_url) == sync.SyncStatus(None, 0)
    vid = visit_on(a, A, east)
    assert sync.status(a, pg_url).waiting > 0
    started = datetime.now(UTC)
    sync.sync(a, pg_url, A)
    done = sync.status(a, pg_url)
    assert done.waiting == 0 and done.last is not None
    assert started <= done.last <= datetime.now(UTC)
    edit_visit(a, vid, A, east, beneficiaries=9)
    assert sync.status(a, pg_url) == sync.SyncStatus(done.last, 1)
    # Another server has its own status. A password given apart (the window's) keeps the
    # URL's key; one inside the URL (the command line's) names another.
    assert sync.status(a, pg_url + "-other").waiting > 1
    with_password = make_url(pg_url).set(password="secret").render_as_string(False)
    assert sync.server_key(with_password) != sync.server_key(pg_url)  # the CLI's keys
    sync.sync(a, pg_url, A, password="secret")  # the window's: the key stays the URL's
    assert sync.status(a, pg_url).last != done.last


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("", ""),
        (
            "  postgresql+psycopg://officer@server/fieldmon ",
            "postgresql+psycopg://officer@server/fieldmon",
        ),
        (
            "postgresql://officer@server:5433/fieldmon",
            "postgresql+psycopg://officer@server:5433/fieldmon",
        ),
        (
            "postgresql+psycopg2://officer@server/fieldmon",
            "postgresql+psycopg://officer@server/fieldmon",
        ),
    ],
)
def test_a_central_url_is_kept_without_surprises(typed: str, kept: str) -> None:
    assert sync.check_url(typed) == kept


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("server/fieldmon", "is not a database address"),
        ("sqlite:///fieldmon.db", "syncs with PostgreSQL only"),
        ("postgresql://officer:secret@server/fieldmon", "leave the password out"),
    ],
)
def test_a_wrong_central_url_is_one_sentence_naming_the_field(typed: str, said: str) -> None:
    with pytest.raises(UserError, match=f"^Central database address: .*{said}") as raised:
        sync.check_url(typed)
    assert "secret" not in str(raised.value)


def test_the_url_is_a_setting_of_the_database(laptops) -> None:
    a, _b = laptops
    assert sync.stored_url(a) == ""
    assert sync.set_url(a, "postgresql://officer@server/fieldmon") == (
        "postgresql+psycopg://officer@server/fieldmon"
    )
    assert sync.stored_url(a) == "postgresql+psycopg://officer@server/fieldmon"
    with pytest.raises(UserError):
        sync.set_url(a, "sqlite:///x.db")
    assert sync.stored_url(a) == "postgresql+psycopg://officer@server/fieldmon"
    sync.set_url(a, " ")
    assert sync.stored_url(a) == ""


class MemoryKeyring(KeyringBackend):
    """A keyring in memory: tests never touch the OS's."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(FailKeyring())


def test_the_password_is_kept_in_the_keyring_by_server(memory_keyring: MemoryKeyring) -> None:
    url = "postgresql+psycopg://officer@server/fieldmon"
    assert sync.kept_password(url) is None
    sync.keep_password(url, "s3cret")
    assert memory_keyring.passwords == {("fieldmon", url): "s3cret"}
    assert sync.kept_password(url) == "s3cret"


def test_without_a_keyring_the_password_is_asked(memory_keyring: MemoryKeyring) -> None:
    keyring.set_keyring(FailKeyring())
    url = "postgresql+psycopg://officer@server/fieldmon"
    assert sync.kept_password(url) is None
    with pytest.raises(UserError, match="^Central database password: this computer has no"):
        sync.keep_password(url, "s3cret")
