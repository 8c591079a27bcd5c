"""Settings → Protect with a password… / Change password… and the idle lock's minutes,
driven through the real dialogs: the file on disk is then encrypted, the pages show the same
rows, the recovery key shown once opens it, and a changed password opens it instead of the
old one."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from fieldmon.db import backup, crypto
from fieldmon.db.engine import Database, open_database
from fieldmon.reports import indicators
from fieldmon.ui.dialogs import SettingsDialog
from fieldmon.ui.main_window import LOANS, REPORTS, MainWindow
from fieldmon.ui.password_dialogs import NewPasswordDialog, RecoveryKeyDialog
from tests.conftest import OFFICER
from tests.db.test_encryption import FAST, NAME, add_borrower, every_file, holds_secret
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import type_in

PASSWORD = "Шығыс-2026 көктем"
NEW_PASSWORD = "Жаз-2027 Өскемен"

Typing = list[tuple[str, str]]  # (field's objectName, text) typed before OK


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(crypto, "KDF", FAST)
    crypto.forget_all()
    yield
    crypto.forget_all()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, answers: Answers) -> Iterator[MainWindow]:
    """A window on a plain database holding a borrower, with a day's backup beside it."""
    path = tmp_path / "fieldmon.db"
    db = open_database(path)
    add_borrower(db)
    backup.make_backup(path, "daily")
    win = MainWindow(db, OFFICER, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.protection.idle_lock is not None:
        win.protection.idle_lock.stop()
    win.db.dispose()


def password_dialog_answers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, rounds: list[Typing]
) -> list[str]:
    """NewPasswordDialog.exec types each round in turn and presses OK; the sentence under the
    fields when the next round begins is recorded (the dialog's own refusal, or the caller's
    after an accepted round). No round left: Cancel."""
    shown: list[str] = []
    started = False

    def exec_typing(dialog: NewPasswordDialog) -> int:
        nonlocal started
        while rounds:
            if started:
                shown.append(dialog.error.text() if dialog.error.isVisibleTo(dialog) else "")
            started = True
            for name, text in rounds.pop(0):
                field = dialog.findChild(type(dialog.new), name)
                field.clear()
                type_in(qtbot, field, text)
            dialog.check_and_accept()
            if dialog.result() == QDialog.DialogCode.Accepted:
                dialog.setResult(QDialog.DialogCode.Rejected)  # as exec() leaves it next time
                return 1
        return 0

    monkeypatch.setattr(NewPasswordDialog, "exec", exec_typing)
    return shown


def recovery_key_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """RecoveryKeyDialog.exec records the key; Close works only after the box is ticked."""
    keys: list[str] = []

    def exec_reading(dialog: RecoveryKeyDialog) -> int:
        keys.append(dialog.key.text())
        assert not dialog.close_button.isEnabled()
        dialog.written.setChecked(True)
        assert dialog.close_button.isEnabled()
        dialog.close_button.click()
        return int(dialog.result())

    monkeypatch.setattr(RecoveryKeyDialog, "exec", exec_reading)
    return keys


def row_count(window: MainWindow) -> Callable[[], int]:
    return lambda: window.loans_page.model.rowCount()


def test_protect_from_settings_encrypts_the_file_and_its_backup_and_shows_the_key_once(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = window.db.path
    assert path is not None
    assert any(holds_secret(p) for p in every_file(path.parent))  # the file or its WAL
    [daily] = backup.backups(path)
    assert holds_secret(daily)
    window.nav.setCurrentRow(LOANS)
    qtbot.waitUntil(lambda: row_count(window)() == 1)
    typed = password_dialog_answers(
        qtbot,
        monkeypatch,
        [
            [("new_password", "қысқа"), ("repeat_password", "қысқа")],
            [("new_password", PASSWORD), ("repeat_password", PASSWORD + "!")],
            [("new_password", PASSWORD), ("repeat_password", PASSWORD)],
        ],
    )
    keys = recovery_key_shown(monkeypatch)
    replaced = window.db
    opened_after: list[bool] = []  # each summary counted: on the replaced database?
    counting = indicators.comparison

    def comparison_on(db: Database, *args: object) -> object:
        opened_after.append(db is replaced)
        return counting(db, *args)

    monkeypatch.setattr(indicators, "comparison", comparison_on)
    buttons: list[str] = []

    def exec_renaming_then_protecting(dialog: SettingsDialog) -> int:
        """The officer corrects her name, then presses Protect with a password…"""
        buttons.append(dialog.password_button.text())
        dialog.officer.setText("Әйгерім Қожахметқызы")
        dialog.password_button.click()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", exec_renaming_then_protecting)
    window.edit_settings()

    assert typed == [
        "New password: at least 8 characters, please.",
        "New password again: the two passwords differ.",
    ]
    assert crypto.is_encrypted(path) and window.db.encrypted
    assert [p for p in every_file(path.parent) if holds_secret(p)] == []
    assert crypto.is_encrypted(daily)
    assert window.db_password == PASSWORD
    assert answers.errors == []
    assert answers.infos == ["The database and its backups are encrypted."]
    assert window.officer == "Әйгерім Қожахметқызы"  # what was typed in Settings was kept
    window.edit_settings()  # Settings again: now it offers to change the password
    assert buttons == ["Protect with a password…", "Change password…"]
    qtbot.waitUntil(lambda: row_count(window)() == 1)  # the pages reopened on the same rows
    model = window.loans_page.model
    assert NAME in [model.index(0, c).data() for c in range(model.columnCount())]
    [key] = keys
    assert crypto.unlock_with_recovery(path, key) == crypto.unlock(path, PASSWORD)
    lock = window.protection.idle_lock
    assert lock is not None and lock.verify(PASSWORD) and not lock.verify(NEW_PASSWORD)
    window.nav.setCurrentRow(REPORTS)  # counted on the encrypted file
    qtbot.waitUntil(lambda: window.reports_page.tree.topLevelItemCount() > 0)
    # No page left from before counted on the plain engine of the replaced file.
    assert opened_after and not any(opened_after)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_change_password_wants_the_current_one_and_the_old_one_stops_opening_the_file(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    password_dialog_answers(
        qtbot, monkeypatch, [[("new_password", PASSWORD), ("repeat_password", PASSWORD)]]
    )
    recovery_key_shown(monkeypatch)
    assert window.protection.edit_password()
    path = window.db.path
    assert path is not None

    typed = password_dialog_answers(
        qtbot,
        monkeypatch,
        [
            [
                ("current_password", "Шығыс-2026 КӨКТЕМ"),
                ("new_password", NEW_PASSWORD),
                ("repeat_password", NEW_PASSWORD),
            ],
            [
                ("current_password", PASSWORD),
                ("new_password", PASSWORD),
                ("repeat_password", PASSWORD),
            ],
            [
                ("current_password", PASSWORD),
                ("new_password", NEW_PASSWORD),
                ("repeat_password", NEW_PASSWORD),
            ],
        ],
    )
    assert window.protection.edit_password()
    assert typed == [
        "Current password: it is wrong.",
        "New password: it is the same as the current one.",
    ]
    assert window.db_password == NEW_PASSWORD
    crypto.forget_all()
    with pytest.raises(crypto.WrongPassword):
        crypto.unlock(path, PASSWORD)
    again: Database = open_database(path, password=NEW_PASSWORD)
    again.dispose()


def test_cancelling_leaves_the_database_plain_and_lock_minutes_are_kept_on_ok(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    password_dialog_answers(qtbot, monkeypatch, [])  # Cancel
    path = window.db.path
    assert path is not None
    assert not window.protection.edit_password()
    assert not crypto.is_encrypted(path) and window.protection.idle_lock is None

    password_dialog_answers(
        qtbot, monkeypatch, [[("new_password", PASSWORD), ("repeat_password", PASSWORD)]]
    )
    recovery_key_shown(monkeypatch)
    assert window.protection.edit_password()

    def exec_choosing(dialog: SettingsDialog) -> int:
        assert dialog.lock_minutes.value() == 15
        dialog.lock_minutes.setValue(5)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", exec_choosing)
    window.edit_settings()
    assert int(QSettings().value("security/lock_minutes")) == 5
    lock = window.protection.idle_lock
    assert lock is not None and lock.timer.interval() == 5 * 60_000 and lock.timer.isActive()
