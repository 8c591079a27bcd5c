"""A PostgreSQL password is neither shown in About nor written to the log file."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from fieldmon.db import engine
from fieldmon.logs import setup_logging
from fieldmon.ui import app as app_module
from fieldmon.ui import main_window as main_window_module
from fieldmon.ui.main_window import MainWindow

SECRET_URL = "postgresql+psycopg://officer:s3cr3t@127.0.0.1/x"
SHOWN_URL = "postgresql+psycopg://officer:***@127.0.0.1/x"


def test_about_shows_the_database_without_the_password(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window.db, "url", SECRET_URL)
    monkeypatch.setattr(
        main_window_module.QMessageBox, "about", lambda _p, _t, text: shown.append(text)
    )
    window.about()
    assert len(shown) == 1
    assert shown[0].endswith(f"Database: {SHOWN_URL}") and "s3cr3t" not in shown[0]


def test_a_failed_start_logs_and_shows_the_url_without_the_password(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = setup_logging()
    criticals: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _p, _t, t: criticals.append(t))

    def broken(_target: object, **_options: object) -> None:
        raise RuntimeError("the driver for «Береке» is missing")

    monkeypatch.setattr(engine, "open_database", broken)
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    assert not app_module.open_pages(window, SECRET_URL)
    logged = log_path.read_text(encoding="utf-8")
    assert f"cannot open {SHOWN_URL}" in logged and "s3cr3t" not in logged
    assert criticals == [
        f"Cannot open the database {SHOWN_URL}: the driver for «Береке» is missing"
    ]
