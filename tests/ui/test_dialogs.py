"""First start asks the officer's name; settings change it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.services import profile
from fieldmon.ui import app as app_module
from fieldmon.ui.dialogs import OfficerDialog, SettingsDialog
from tests.ui.test_visit_form import type_in


def test_officer_dialog_needs_a_name(qtbot: QtBot) -> None:
    dialog = OfficerDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_in(qtbot, dialog.name, "  Бауыржан   Қасымов ")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.value() == "Бауыржан Қасымов"


def test_first_start_asks_and_stores_the_officer(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []

    def exec_(self: OfficerDialog) -> int:
        asked.append(1)
        self.name.setText("Гульнара Абенова")
        return 1

    monkeypatch.setattr(OfficerDialog, "exec", exec_)
    assert app_module.ensure_officer(db) == "Гульнара Абенова"
    assert profile.stored_officer(db) == "Гульнара Абенова"
    assert app_module.ensure_officer(db) == "Гульнара Абенова" and len(asked) == 1


def test_cancelling_the_first_question_starts_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(OfficerDialog, "exec", lambda self: 0)
    assert app_module.ensure_officer(db) is None and profile.stored_officer(db) is None


def test_settings_store_language_and_officer(qtbot: QtBot) -> None:
    dialog = SettingsDialog("Ольга Ким")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.officer.clear()
    type_in(qtbot, dialog.officer, "Ольга  Ким-Ли")
    dialog._accept()
    assert QSettings().value("language") == "ru" and dialog.officer_name() == "Ольга Ким-Ли"
    QSettings().remove("language")


def test_the_number_of_backups_kept_is_a_setting(
    qtbot: QtBot, window, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from fieldmon.db import backup

    def exec_with_three(dialog: SettingsDialog) -> int:
        dialog.backups.setValue(3)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", exec_with_three)
    window.edit_settings()
    assert window.backups.kept() == 3
    path = window.db.path
    start = datetime(2026, 11, 1)
    for day in range(5):
        backup.daily_backup(path, keep=window.backups.kept(), now=start + timedelta(days=day))
    assert len(backup.backups(path)) == 3
