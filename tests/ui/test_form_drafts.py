"""The loan and training forms keep what is typed as a draft: a crash loses nothing, the next
start offers it back; Cancel with unsaved typing asks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from fieldmon.services import drafts
from fieldmon.ui import dialogs
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
    form = window.new_loan()
    type_in(qtbot, form.loan_no, "MC-2026/077")
    type_in(qtbot, form.members[0].full_name, "Ахметова Гульнар")
    choose(qtbot, form.method, "Fl")
    qtbot.waitUntil(
        lambda: drafts.load_draft(window.db, "loan:new") is not None, timeout=DELAY_MS * 5
    )
    again = crash_and_restart(qtbot, window)
    answers.yes_no = True
    again.offer_drafts()
    restored = [w for w in again.findChildren(type(form)) if w.isVisible()]
    assert len(restored) == 1
    assert restored[0].loan_no.text() == "MC-2026/077"
    assert restored[0].members[0].full_name.text() == "Ахметова Гульнар"
    assert restored[0].method.currentText().startswith("Fl")
    assert any("unsaved typing" in q for q in answers.asked)


def test_cancel_asks_and_discard_forgets_the_draft(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    form = window.new_training()
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
    form = window.new_loan()
    form.reject()
    assert not form.isVisible() and answers.asked == []
