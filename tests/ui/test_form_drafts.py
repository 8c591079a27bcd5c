"""The loan and training forms keep what is typed as a draft: a crash loses nothing, the next
start offers it back; Cancel with unsaved typing asks. While the database is busy (an import
holds SQLite's write lock) the draft waits in memory, the form says so, and it is written
once the lock is free or when the window closes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from fieldmon.db.engine import Database
from fieldmon.services import drafts
from fieldmon.ui import dialogs, form_drafts
from fieldmon.ui.form_drafts import DELAY_MS
from fieldmon.ui.main_window import MainWindow
from tests.conftest import OFFICER
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import choose, type_in


def crash_and_restart(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The first window is left as it was (no closing, no saving): a second one starts on
    the same database, as after a power cut."""
    again = MainWindow(window.db, OFFICER, "en")
    qtbot.addWidget(again)
    again.show()
    return again


def test_a_loan_being_typed_survives_a_crash(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    form = window.loans.new()
    type_in(qtbot, form.loan_no, "MC-2026/077")
    type_in(qtbot, form.members[0].full_name, "Ахметова Гульнар")
    choose(qtbot, form.method, "Fl")
    qtbot.waitUntil(
        lambda: drafts.load_draft(window.db, "loan:new") is not None, timeout=DELAY_MS * 5
    )
    again = crash_and_restart(qtbot, window)
    answers.yes_no = True
    again.open_forms.offer_drafts()
    restored = [w for w in again.findChildren(type(form)) if w.isVisible()]
    assert len(restored) == 1
    assert restored[0].loan_no.text() == "MC-2026/077"
    assert restored[0].members[0].full_name.text() == "Ахметова Гульнар"
    assert restored[0].method.currentText().startswith("Fl")
    assert any("unsaved typing" in q for q in answers.asked)


def test_cancel_asks_and_discard_forgets_the_draft(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    form = window.trainings.new()
    type_in(qtbot, form.title, "Бухгалтерский учёт для КХ")
    qtbot.waitUntil(
        lambda: drafts.load_draft(window.db, "training:new") is not None, timeout=DELAY_MS * 5
    )
    answers.unsaved = dialogs.Unsaved.CANCEL
    form.reject()
    assert form.isVisible() and answers.asked == ["unsaved"]
    answers.unsaved = dialogs.Unsaved.DISCARD
    form.reject()
    assert not form.isVisible()
    assert drafts.load_draft(window.db, "training:new") is None


def test_a_form_opened_untouched_closes_without_a_question(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    form = window.loans.new()
    form.reject()
    assert not form.isVisible() and answers.asked == []


# --- a busy database: the draft waits in memory, the form says so, nothing is lost ----------


class WriteLock:
    """Another program's long write (an import): SQLite's write lock held from a second
    connection with BEGIN IMMEDIATE until `release()`."""

    def __init__(self, path: Path):
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")

    def draft_rows(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM draft").fetchone()[0])

    def release(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("ROLLBACK")


@pytest.fixture
def hold_lock(db: Database) -> Iterator[Callable[[], WriteLock]]:
    if db.path is None:
        pytest.skip("SQLite's write lock")
    held: list[WriteLock] = []

    def hold() -> WriteLock:
        held.append(WriteLock(db.path))  # type: ignore[arg-type]
        return held[-1]

    yield hold
    for lock in held:
        lock.release()
        lock.connection.close()


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short waits, so that a test sees in a second what takes a user half a minute."""
    monkeypatch.setattr(form_drafts, "DELAY_MS", 50)
    monkeypatch.setattr(form_drafts, "WAIT_MS", 20)
    monkeypatch.setattr(form_drafts, "RETRY_MS", 50)
    monkeypatch.setattr(form_drafts, "RETRY_MAX_MS", 100)
    monkeypatch.setattr(form_drafts, "NOTE_AFTER_MS", 300)


def stored(db: Database, key: str) -> dict[str, Any] | None:
    kept = drafts.load_draft(db, key)
    return None if kept is None else kept[0]


def test_a_draft_typed_during_an_import_is_kept_and_written_when_the_lock_is_free(
    qtbot: QtBot, window: MainWindow, db: Database, quick: None, hold_lock: Any
) -> None:
    lock = hold_lock()
    form = window.loans.new()
    type_in(qtbot, form.members[0].full_name, "Әсел Қасымова")
    type_in(qtbot, form.purpose, "Наубайхана пеші, Қарағанды")
    note = form.draft.note
    qtbot.waitUntil(note.isVisible, timeout=5000)
    assert "kept in memory" in note.text() and "the database is busy" in note.text()
    assert lock.draft_rows() == 0
    assert form.draft.writer.pending

    type_in(qtbot, form.loan_no, "МК-12")  # typing goes on meanwhile; the latest is kept
    lock.release()
    qtbot.waitUntil(lambda: (stored(db, "loan:new") or {}).get("loan_no") == "МК-12")
    payload = stored(db, "loan:new")
    assert payload is not None
    assert payload["member1_full_name"] == "Әсел Қасымова"
    assert payload["purpose"] == "Наубайхана пеші, Қарағанды"
    raw = lock.connection.execute("SELECT payload FROM draft WHERE key = 'loan:new'")
    assert "Қарағанды" in raw.fetchone()[0]  # stored as text, not \\u escapes
    qtbot.waitUntil(lambda: not note.isVisible())
    assert not form.draft.writer.pending


def test_a_short_lock_is_waited_out_without_a_note(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    quick: None,
    hold_lock: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(form_drafts, "NOTE_AFTER_MS", 60_000)
    lock = hold_lock()
    form = window.visits.new()
    form.draft.timer.setInterval(50)
    type_in(qtbot, form.findings, "Қарағанды: Әсел Қасымова наубайханасын көрсетті.")
    qtbot.waitUntil(lambda: form.draft.writer.pending, timeout=3000)
    qtbot.wait(300)  # several tries, each refused
    assert lock.draft_rows() == 0
    assert not form.draft.note.isVisible()
    lock.release()
    qtbot.waitUntil(lambda: stored(db, "visit:new") is not None)
    assert stored(db, "visit:new")["findings"] == (  # type: ignore[index]
        "Қарағанды: Әсел Қасымова наубайханасын көрсетті."
    )
    assert not form.draft.writer.pending
    form.draft.dirty = False


def test_any_other_failure_is_told_at_once_and_the_draft_still_written_later(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    quick: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = drafts.save_draft

    def disk_error(*_args: Any, **_kwargs: Any) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(drafts, "save_draft", disk_error)
    form = window.trainings.new()
    type_in(qtbot, form.title, "Қаржылық сауаттылық")
    note = form.draft.note
    qtbot.waitUntil(note.isVisible, timeout=2000)  # far sooner than NOTE_AFTER_MS allows
    assert "disk I/O error" in note.text() and "kept in memory" in note.text()
    monkeypatch.setattr(drafts, "save_draft", real)
    qtbot.waitUntil(lambda: stored(db, "training:new") is not None)
    assert stored(db, "training:new")["title"] == "Қаржылық сауаттылық"  # type: ignore[index]
    qtbot.waitUntil(lambda: not note.isVisible())


def test_closing_the_window_writes_the_draft_kept_in_memory(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    quick: None,
    hold_lock: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(form_drafts, "RETRY_MS", 60_000)  # no try of its own before closing
    monkeypatch.setattr(form_drafts, "RETRY_MAX_MS", 60_000)
    lock = hold_lock()
    form = window.trainings.new()
    type_in(qtbot, form.title, "Қаржылық сауаттылық")
    type_in(qtbot, form.venue, "Қарағанды, «Береке» орталығы")
    qtbot.waitUntil(lambda: form.draft.writer.pending, timeout=3000)
    lock.release()
    window.close()
    assert stored(db, "training:new") == {
        **form.draft.payload(),
        "title": "Қаржылық сауаттылық",
        "venue": "Қарағанды, «Береке» орталығы",
    }
    assert not form.draft.writer.pending


def test_closing_the_window_writes_typing_not_yet_paused_for(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(form_drafts, "DELAY_MS", 60_000)
    form = window.loans.new()
    type_in(qtbot, form.members[0].full_name, "Нұрлан Өтегенов")
    assert stored(db, "loan:new") is None
    window.close()
    assert stored(db, "loan:new")["member1_full_name"] == "Нұрлан Өтегенов"  # type: ignore[index]


def test_a_saved_form_leaves_no_draft_in_memory(
    qtbot: QtBot, window: MainWindow, db: Database, quick: None, hold_lock: Any
) -> None:
    lock = hold_lock()
    form = window.trainings.new()
    type_in(qtbot, form.title, "Қаржылық сауаттылық")
    qtbot.waitUntil(lambda: form.draft.writer.pending, timeout=3000)
    lock.release()
    form.draft.discard()  # as after a save, or Discard
    qtbot.wait(300)
    assert stored(db, "training:new") is None
    assert not form.draft.writer.pending and not form.draft.note.isVisible()
