"""The window keeps no personal data in the clear outside the database: the crash dialog
and its log lines, and the Qt settings in the user's config folder."""

from __future__ import annotations

import logging
import sys
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from fieldmon.domain.iin import make_iin
from fieldmon.logs import IIN_MASK, PHONE_MASK, setup_logging
from fieldmon.ui import app as app_module
from fieldmon.ui.main_window import MainWindow

IIN = make_iin(date(1991, 2, 27), "female", 314)
PHONE = "+7 (747) 123-45-67"
PHONE_DIGITS = "7471234567"


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def test_the_crash_dialog_and_its_log_lines_hold_no_iin_or_phone(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    app_module.install_excepthook()
    try:
        raise ValueError(f"no borrower with IIN {IIN} and phone {PHONE}, password=s3cr3t")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    log_path = setup_logging()
    assert len(shown) == 1 and str(log_path) in shown[0]
    assert IIN not in shown[0] and PHONE_DIGITS not in digits(shown[0])
    for handler in logging.getLogger("fieldmon").handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "ValueError: no borrower with IIN" in logged
    assert f"IIN {IIN_MASK} and phone {PHONE_MASK}, password=***" in logged
    assert IIN not in logged and PHONE_DIGITS not in digits(logged) and "s3cr3t" not in logged


def test_searching_for_a_person_leaves_nothing_in_the_settings(window: MainWindow) -> None:
    """What the lists are searched for is not remembered between runs: the Qt settings
    (language, window geometry, column widths, folders) never hold an IIN or a phone."""
    for page in (window.loans_page, window.visits_page):
        page.search.setText(IIN)
        page.search.setText(PHONE)
    window.close()
    settings = QSettings()
    settings.sync()
    for key in settings.allKeys():
        value = str(settings.value(key))
        assert IIN not in value and PHONE_DIGITS not in digits(value), key
