"""File → Sync now against a throwaway PostgreSQL: success both ways, a dropped connection
finished by the next sync, Cancel between the steps; and the central database in Settings
(the URL in the database, the password in the keyring only)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from fieldmon.db.engine import Database, open_database
from fieldmon.db.models import Change, Setting, Visit
from fieldmon.services import sync
from fieldmon.ui import dialogs
from fieldmon.ui.dialogs import SettingsDialog
from fieldmon.ui.sync_area import SyncArea
from tests.conftest import OFFICER
from tests.services.test_exchange import dump, visit_on
from tests.services.test_sync import MemoryKeyring

OTHER = "Ерлан Сапаров"
PASSWORD = "tajny-parol-42"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring: the tests never reach the OS's."""
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(FailKeyring())


@pytest.fixture
def central(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.dispose()


@pytest.fixture
def area(window: Any, pg_url: str, memory_keyring: MemoryKeyring) -> SyncArea:
    """The area as the window will hold it, set up to sync with `pg_url`, whose password
    the keyring keeps (the throwaway server trusts any)."""
    sync.set_url(window.db, pg_url)
    memory_keyring.set_password("fieldmon", sync.server_key(pg_url), PASSWORD)
    window.sync.refresh_status()
    return window.sync  # type: ignore[no-any-return]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The servers whose password was asked; the answer is empty (the server needs none)."""
    servers: list[str] = []

    def ask_password(_parent: object, _title: str, label: str) -> str:
        servers.append(label)
        return ""

    monkeypatch.setattr(dialogs, "ask_password", ask_password)
    return servers


def count(db: Database, model: type) -> int:
    with db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def waiting(area: SyncArea) -> int:
    found = re.search(r"· (\d+) change", area.status_label.text())
    assert found, area.status_label.text()
    return int(found.group(1))


def run(qtbot: QtBot, area: SyncArea, outcome: str) -> None:
    with qtbot.waitSignal(area.ended, timeout=60000) as blocker:
        assert area.start() is not None
        assert not area.action.isEnabled()  # one sync at a time
        assert area.start() is None
    assert blocker.args == [outcome]
    assert area.action.isEnabled() and not area.cancel_button.isVisible()


def test_sync_now_sends_and_receives(
    qtbot: QtBot, window: Any, area: SyncArea, central: Database, answers: Any, asked, east
) -> None:
    mine = visit_on(window.db, OFFICER, east)
    theirs = visit_on(central, OTHER, east, visit_date=date(2026, 10, 2))
    area.refresh_status()
    assert area.status_label.text().startswith("Never synced")
    assert waiting(area) > 0
    run(qtbot, area, "synced")
    assert asked == [] and answers.errors == []  # the keyring's password was used
    for db in (window.db, central):
        with db.read_session() as session:
            assert set(session.scalars(select(Visit.id))) == {mine, theirs}
    assert area.status_label.text().startswith("Last sync: ")
    assert waiting(area) == 0
    assert area.last_message.startswith("Synced: ")
    assert window.statusBar().currentMessage() == area.last_message


def test_a_dropped_connection_is_one_sentence_and_the_next_sync_finishes(
    qtbot: QtBot,
    window: Any,
    area: SyncArea,
    central: Database,
    answers: Any,
    monkeypatch: pytest.MonkeyPatch,
    east,
) -> None:
    visit_on(window.db, OFFICER, east)
    visit_on(central, OTHER, east, visit_date=date(2026, 10, 2))
    before = dump(window.db)
    real_send = sync._send
    calls: list[object] = []

    def drop_on_pull(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        if len(calls) == 2:  # the push went through; the pull loses the connection
            raise OperationalError("SELECT 1", {}, ConnectionResetError("connection reset"))
        return real_send(*args, **kwargs)

    monkeypatch.setattr(sync, "_send", drop_on_pull)
    run(qtbot, area, "failed")
    [error] = answers.errors
    assert error == (
        f"The connection to {sync.server_key(central.url)} dropped; run sync again to finish."
    )
    assert dump(window.db) == before  # nothing arrived half-way
    assert area.status_label.text().startswith("Never synced")
    assert waiting(area) == 0  # the push was committed and is remembered

    monkeypatch.setattr(sync, "_send", real_send)
    run(qtbot, area, "synced")
    assert len(answers.errors) == 1
    assert count(window.db, Visit) == count(central, Visit) == 2
    assert dump(window.db)["visit"] == dump(central)["visit"]
    for db in (window.db, central):  # every change once, on both sides
        with db.read_session() as session:
            ids = list(session.scalars(select(Change.id)))
        assert len(ids) == len(set(ids))


def test_cancel_keeps_the_push_and_skips_the_pull(
    qtbot: QtBot,
    window: Any,
    area: SyncArea,
    central: Database,
    answers: Any,
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
    east,
) -> None:
    keyring.set_keyring(FailKeyring())  # no keyring here: the password is asked, once
    mine = visit_on(window.db, OFFICER, east)
    visit_on(central, OTHER, east, visit_date=date(2026, 10, 2))
    real_send = sync._send
    calls: list[object] = []
    pushing, go_on = threading.Event(), threading.Event()

    def slow_push(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        result = real_send(*args, **kwargs)
        if len(calls) == 1:
            pushing.set()  # the push is done but its step not over: Cancel comes now
            go_on.wait(30)
        return result

    monkeypatch.setattr(sync, "_send", slow_push)
    with qtbot.waitSignal(area.ended, timeout=60000) as blocker:
        assert area.start() is not None
        qtbot.waitUntil(pushing.is_set, timeout=60000)
        assert area.cancel_button.isVisible()
        qtbot.mouseClick(area.cancel_button, Qt.MouseButton.LeftButton)
        assert not area.cancel_button.isEnabled()
        assert area.status_label.text() == "Cancelling after the current step…"
        go_on.set()
    assert blocker.args == ["cancelled"]
    assert len(calls) == 1  # the pull never started
    assert answers.errors == []
    assert area.last_message == (
        "Sync was cancelled; what was already sent is kept. Run it again to finish."
    )
    with central.read_session() as session:
        assert session.get(Visit, mine) is not None  # the push was kept
    assert count(window.db, Visit) == 1
    assert area.status_label.text().startswith("Never synced") and waiting(area) == 0

    run(qtbot, area, "synced")
    assert count(window.db, Visit) == 2 and len(calls) == 3
    assert len(asked) == 1 and sync.server_key(central.url) in asked[0]


def test_without_a_central_database_sync_says_where_to_set_it(
    qtbot: QtBot, window: Any, answers: Any
) -> None:
    area = window.sync
    assert area.status_label.isHidden()
    assert area.start() is None
    assert answers.errors == [
        "No central database is set: type its address in File → Settings, then sync again."
    ]


def test_settings_keep_the_url_in_the_database_and_the_password_in_the_keyring(
    qtbot: QtBot, window: Any, memory_keyring: MemoryKeyring
) -> None:
    dialog = SettingsDialog(OFFICER, window, 10)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.sync_address, "postgresql://officer@server/fieldmon")
    qtbot.keyClicks(dialog.sync_password, PASSWORD)
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    url = "postgresql+psycopg://officer@server/fieldmon"
    assert dialog.sync_url() == url
    assert memory_keyring.passwords == {("fieldmon", url): PASSWORD}
    sync.set_url(window.db, dialog.sync_url())  # what MainWindow.edit_settings does
    assert sync.stored_url(window.db) == url
    with window.db.read_session() as session:
        rows = [(s.key, s.value) for s in session.scalars(select(Setting))]
    assert ("sync.url", url) in rows
    assert not any(PASSWORD in key or PASSWORD in value for key, value in rows)
    path = window.db.path
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            assert PASSWORD.encode() not in file.read_bytes()

    # An empty password field leaves the kept one.
    again = SettingsDialog(OFFICER, window, 10, sync_url=url)
    qtbot.addWidget(again)
    assert again.sync_address.text() == url
    again._accept()
    assert again.result() == QDialog.DialogCode.Accepted
    assert memory_keyring.passwords == {("fieldmon", url): PASSWORD}


@pytest.mark.parametrize(
    ("address", "password", "said", "field"),
    [
        ("sqlite:///fieldmon.db", "", "Central database address: fieldmon syncs with", "url"),
        ("officer@server", "", "Central database address: 'officer@server' is not", "url"),
        ("postgresql://officer:pw@server/f", "", "Central database address: leave", "url"),
        ("", PASSWORD, "Central database address: type it to keep a password", "url"),
        ("postgresql://officer@server/f", PASSWORD, "Central database password: ", "password"),
    ],
)
def test_a_wrong_central_database_keeps_the_dialog_open_with_one_sentence(
    qtbot: QtBot,
    window: Any,
    memory_keyring: MemoryKeyring,
    address: str,
    password: str,
    said: str,
    field: str,
) -> None:
    keyring.set_keyring(FailKeyring())  # the last case: no keyring to keep the password
    dialog = SettingsDialog(OFFICER, window, 10)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.sync_address, address)
    qtbot.keyClicks(dialog.sync_password, password)
    dialog._accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.sync_error.isVisible() and dialog.sync_error.text().startswith(said)
    focused = dialog.sync_address if field == "url" else dialog.sync_password
    qtbot.waitUntil(focused.hasFocus)
    assert memory_keyring.passwords == {}
    dialog.reject()


def test_settings_from_the_window_set_the_address_and_the_status_bar_shows_it(
    qtbot: QtBot, window: Any, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_filled(dialog: SettingsDialog) -> int:
        dialog.sync_address.setText("postgresql://officer@server/fieldmon")
        dialog.sync_password.setText(PASSWORD)
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", exec_filled)
    assert window.sync.status_label.isHidden()
    window.edit_settings()
    url = sync.stored_url(window.db)
    assert url.startswith("postgresql+psycopg://officer@server/fieldmon")
    assert memory_keyring.get_password("fieldmon", sync.server_key(url)) == PASSWORD
    assert not window.sync.status_label.isHidden()
    assert window.sync.status_label.text().startswith("Never synced")
