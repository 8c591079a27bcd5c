"""Start-up as run_gui does it: the frame first, then the database and the pages."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from fieldmon.db import backup
from fieldmon.db.engine import open_database
from fieldmon.services import profile
from fieldmon.ui import app as app_module
from fieldmon.ui.main_window import MainWindow
from tests.ui.conftest import Answers


@pytest.fixture
def criticals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    return shown


def test_the_frame_shows_before_the_database_is_opened(
    qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    path = tmp_path / "start.db"
    profile.set_officer(open_database(path), "Ольга Ким")
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.loading and not hasattr(window, "db")
    assert app_module.open_pages(window, str(path))
    assert window.stack.currentWidget() is window.home_page  # the first page (issue 16)
    assert window.officer == "Ольга Ким" and window.count_label.text() == "0 visit(s)"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    # The first start of the day leaves a checked copy in the backups folder.
    qtbot.waitUntil(lambda: len(backup.backups(path)) == 1, timeout=10000)
    assert backup.backups(path)[0].name.endswith("-daily.db")


def test_a_file_that_is_not_a_database_is_one_message(
    qtbot: QtBot, tmp_path: Path, criticals: list[str]
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database " * 100)
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    assert not app_module.open_pages(window, str(bad))
    assert criticals == [f"'{bad}' is not a fieldmon database or it is damaged."]
    assert bad.read_text().startswith("these are my notes")  # left as it was


def test_cancelling_the_officer_question_opens_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module.OfficerDialog, "exec", lambda self: 0)
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    assert not app_module.open_pages(window, str(tmp_path / "new.db"))
    assert not hasattr(window, "visits_page")


def test_a_damaged_database_offers_the_newest_good_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    from fieldmon.services import demo

    path = tmp_path / "fieldmon.db"
    db = open_database(path)
    profile.set_officer(db, "Ольга Ким")
    demo.make_demo(db, 7, seed=3)
    db.dispose()
    backup.make_backup(path, "daily")
    path.write_bytes(b"\0" * 8192)  # the disk failed
    asked: list[str] = []

    def yes(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return app_module.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(app_module.QMessageBox, "question", yes)
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.show()
    assert app_module.open_pages(window, str(path))
    assert len(asked) == 1 and "Restore the newest good backup" in asked[0]
    assert window.count_label.text() == "7 visit(s)"
    [kept] = [
        p for p in tmp_path.glob("fieldmon.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    assert kept.read_bytes() == b"\0" * 8192  # the damaged file is kept, not deleted


def test_restore_from_a_backup_in_the_window_reopens_the_pages_in_place(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, answers: Answers, monkeypatch, east
) -> None:  # type: ignore[no-untyped-def]
    from tests.services.test_exchange import visit_on

    visit_on(window.db, "A", east)
    path = window.db.path
    assert path is not None
    saved = backup.make_backup(path, "manual")
    visit_on(window.db, "A", east)
    window.visits_page.refresh()
    window.nav.setCurrentRow(1)  # the Visits page
    assert window.visits_page.model.count() == 2
    form = window.visits.new()  # an open form closes first (nothing typed: no question)
    junk = tmp_path / "junk.db"
    junk.write_text("no")
    assert not window.backups.restore(str(junk))
    assert answers.errors == ["junk.db is not a good fieldmon backup; nothing was changed."]
    shown: list[str] = []
    monkeypatch.setattr("fieldmon.ui.dialogs.show_info", lambda _p, _t, text: shown.append(text))
    old_db = window.db
    assert window.backups.restore(str(saved))
    assert "Replace the database with " in answers.asked[-1]
    [before] = [p for p in backup.backups(path) if p.name.endswith("-before-restore.db")]
    assert shown == [
        f"Restored from {saved.name}. The database as it was is kept as the backup {before.name}."
    ]
    # The window stays, on the same page, showing the restored data; the form closed.
    assert window.isVisible() and window.nav.currentRow() == 1
    assert window.db is not old_db
    assert window.visits_page.model.count() == 1
    assert window.count_label.text() == "1 visit(s)"
    assert not shiboken6.isValid(form) or not form.isVisible()
    with window.db.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT count(*) FROM visit")).scalar() == 1
    # The restored database is usable: a visit saved now is in it.
    visit_on(window.db, "A", east)
    window.visits_page.refresh()
    assert window.visits_page.model.count() == 2
    window.close()
    window.db.dispose()


def test_an_unexpected_error_is_a_short_dialog_naming_the_log(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from fieldmon.logs import setup_logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    app_module.install_excepthook()
    try:
        raise KeyError("a bug deep inside")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    log_path = setup_logging()
    assert len(shown) == 1 and str(log_path) in shown[0]
    assert "Your saved data is safe" in shown[0] and "Traceback" not in shown[0]
    for handler in __import__("logging").getLogger("fieldmon").handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug deep inside" in logged


def test_a_protected_database_asks_its_password_again_while_it_is_wrong(
    qtbot: QtBot, tmp_path: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldmon.db import crypto, protection
    from fieldmon.ui import dialogs
    from tests.db.test_encryption import FAST, PASSWORD

    monkeypatch.setattr(crypto, "KDF", FAST)
    crypto.forget_all()
    path = tmp_path / "protected.db"
    made = open_database(path)
    profile.set_officer(made, "Ольга Ким")
    made.dispose()
    protection.encrypt_database(path, PASSWORD)
    crypto.forget_all()
    typed = ["шығыс-2026 көктем", PASSWORD]  # the first in the wrong case
    asked: list[str] = []

    def ask(_parent, _title, label):  # type: ignore[no-untyped-def]
        asked.append(label)
        return typed.pop(0)

    monkeypatch.setattr(dialogs, "ask_password", ask)
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.show()
    assert app_module.open_pages(window, str(path))
    assert asked == [
        "This database is protected. Its password:",
        "Wrong password. Type the database's password again:",
    ]
    assert window.db.encrypted and window.officer == "Ольга Ким"
    assert window.protection.idle_lock is not None and window.protection.idle_lock.timer.isActive()
    assert window.protection.idle_lock.verify(PASSWORD) and not window.protection.idle_lock.verify(
        "Шығыс"
    )
    window.protection.idle_lock.stop()
    window.close()
    window.db.dispose()
    crypto.forget_all()


def test_cancelling_the_password_opens_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, criticals: list[str]
) -> None:
    from fieldmon.db import crypto, protection
    from fieldmon.ui import dialogs
    from tests.db.test_encryption import FAST, PASSWORD

    monkeypatch.setattr(crypto, "KDF", FAST)
    path = tmp_path / "protected.db"
    open_database(path).dispose()
    protection.encrypt_database(path, PASSWORD)
    crypto.forget_all()
    before = path.read_bytes()
    shown = criticals
    monkeypatch.setattr(dialogs, "ask_password", lambda *_a: None)
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    assert not app_module.open_pages(window, str(path))
    assert len(shown) == 1 and "protected by a password" in shown[0]
    assert path.read_bytes() == before
    crypto.forget_all()


def test_the_window_has_fieldmon_s_own_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    """The icon drawn from resources/icons/fieldmon.svg, at the sizes a taskbar asks for."""
    app = app_module.application()
    icon = app.windowIcon()
    for size in (16, 32, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        centre = image.pixelColor(size // 2, size // 4)
        assert centre.alpha() == 255  # drawn, not an empty icon


def test_fieldmon_officer_names_the_officer_on_a_first_start(
    db, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A laptop prepared by someone else: FIELDMON_OFFICER answers the first start's question
    (and is stored), as it does for the commands."""
    monkeypatch.setenv("FIELDMON_OFFICER", "  Әсел   Қасымова ")
    monkeypatch.setattr(app_module.OfficerDialog, "exec", lambda _self: pytest.fail("asked"))
    assert app_module.ensure_officer(db) == "Әсел Қасымова"
    assert profile.stored_officer(db) == "Әсел Қасымова"
