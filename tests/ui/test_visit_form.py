"""The visit form driven as a person would: typing, picking, clicking, closing."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Draft, Site, Visit
from fieldmon.services import drafts, visits
from fieldmon.services.history import history_rows
from fieldmon.ui.main_window import MainWindow
from fieldmon.ui.visit_form import VisitForm
from tests.conftest import OFFICER
from tests.factories import site_input, visit_fields
from tests.ui.conftest import Answers


def type_in(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Focuses the widget and types, as a user does (combo boxes: their line edit).

    QTest.keyClicks only knows ASCII, so each character is a key press carrying its text, as
    a Russian or Kazakh keyboard layout delivers it."""
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
    target = getattr(widget, "edit", target)  # DateField
    target.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def choose(qtbot: QtBot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types the start of an entry into a closed combo box (keyboard search). Keys typed
    within the input interval extend the previous search, so pause as a person would."""
    qtbot.wait(QApplication.keyboardInputInterval() + 20)
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), (combo.objectName(), combo.currentText())


def fill_valid(qtbot: QtBot, form: VisitForm) -> None:
    form.visit_date.edit.clear()
    type_in(qtbot, form.visit_date, "14.08.2026")
    type_in(qtbot, form.places.region, "ВКО")
    type_in(qtbot, form.places.district, "Шемонаихинский район")
    type_in(qtbot, form.places.settlement, "Верх-Уба")
    type_in(qtbot, form.site, "Мини-пекарня «Нан»")
    choose(qtbot, form.site_type, "Micro")  # keyboard search in a closed combo box
    choose(qtbot, form.purpose, "Verif")
    choose(qtbot, form.funds_used, "Partly")
    choose(qtbot, form.equipment_ok, "Yes")
    type_in(qtbot, form.beneficiaries, "25")
    choose(qtbot, form.rating, "Minor")
    type_in(qtbot, form.findings, "Оборудование установлено, часть средств на ремонт.")
    type_in(qtbot, form.follow_up, "Предоставить накладные")
    type_in(qtbot, form.follow_up_due, "30.09.2026")
    type_in(qtbot, form.latitude, "50,6312")
    type_in(qtbot, form.longitude, "81.9105")


def visit_count(db: Database) -> int:
    with db.read_session() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(Visit).where(Visit.deleted_at.is_(None))
            )
            or 0
        )


def test_typing_a_visit_and_clicking_save_stores_it(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    assert form.windowTitle().endswith("*")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    with db.read_session() as session:
        visit = session.scalars(select(Visit)).one()
        site = session.get(Site, visit.site_id)
    assert visit.visit_date == date(2026, 8, 14)
    assert visit.officer == OFFICER and visit.created_by == OFFICER
    assert (visit.purpose, visit.funds_used, visit.rating) == (
        "verification",
        "partly",
        "minor_issues",
    )
    assert visit.equipment_ok is True and visit.beneficiaries == 25
    assert visit.follow_up == "Предоставить накладные" and visit.follow_up_due == date(2026, 9, 30)
    assert visit.latitude == Decimal("50.6312") and visit.longitude == Decimal("81.9105")
    assert (
        site is not None
        and site.name == "Мини-пекарня «Нан»"
        and site.site_type == "microcredit_business"
    )
    # the list shows it, and the status bar counts it
    assert window.visits_page.model.rowCount() == 1
    assert window.count_label.text() == "1 visit(s)"
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Draft)) == 0


def test_an_invalid_form_shows_messages_next_to_fields_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    form.visit_date.edit.clear()
    type_in(qtbot, form.visit_date, (date.today() + timedelta(days=2)).strftime("%d.%m.%Y"))
    form.rating.setCurrentIndex(0)
    form.latitude.clear()
    type_in(qtbot, form.latitude, "55.76")
    form.follow_up_due.edit.clear()
    type_in(qtbot, form.follow_up_due, "01.08.2026")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    shown = {name: label.text() for name, label in form.errors.items() if label.isVisible()}
    assert set(shown) == {"visit_date", "rating", "latitude", "follow_up_due"}
    assert shown["rating"] == "Required."
    assert "cannot be in the future" in shown["visit_date"]
    assert shown["latitude"] == "Latitude must be between 40.5 and 55.5 (inside Kazakhstan)."
    assert visit_count(db) == 0
    # correcting a field clears its message
    qtbot.keyClick(form.rating, Qt.Key.Key_Down)
    assert form.rating.value() == "on_track"
    assert not form.errors["rating"].isVisible()


def test_unparseable_typing_gets_a_message_too(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    form.visit_date.edit.clear()
    type_in(qtbot, form.visit_date, "32.13.2026")
    form.beneficiaries.clear()
    type_in(qtbot, form.beneficiaries, "двадцать")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["visit_date"].text() == "'32.13.2026' is not a date; write it as dd.mm.yyyy."
    assert form.errors["beneficiaries"].text() == "'двадцать' is not a whole number."
    assert visit_count(db) == 0


def test_ctrl_s_saves_and_ctrl_shift_s_saves_and_starts_the_next(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    form = window.visits.new()
    form.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(form.isActiveWindow)
    assert form.focusWidget() is form.visit_date.edit  # the form opens ready to type
    fill_valid(qtbot, form)
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(
            form.findings,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert form.isVisible() and visit_count(db) == 1
    # the next visit keeps the place, starts with today's date and empty answers
    assert form.places.region.currentText() == "East Kazakhstan Region"
    assert form.visit_date.value() == date.today() and form.rating.value() is None
    assert not form.dirty
    type_in(qtbot, form.site, "Мини-пекарня «Нан»")
    choose(qtbot, form.purpose, "Rout")
    choose(qtbot, form.funds_used, "Yes")
    choose(qtbot, form.rating, "On")
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.findings, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert visit_count(db) == 2
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Site)) == 1


def test_closing_with_unsaved_typing_asks_first(
    qtbot: QtBot, window: MainWindow, db: Database, answers: Answers
) -> None:
    form = window.visits.new()
    type_in(qtbot, form.findings, "Не сохранено")
    answers.unsaved = answers.unsaved.CANCEL
    form.close()
    assert answers.asked == ["unsaved"] and form.isVisible()
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # Escape asks too
    assert answers.asked == ["unsaved", "unsaved"] and form.isVisible()
    answers.unsaved = answers.unsaved.DISCARD
    form.close()
    assert not form.isVisible() and visit_count(db) == 0
    assert drafts.load_draft(db, "visit:new") is None


def test_closing_an_untouched_form_asks_nothing(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    form = window.visits.new()
    form.close()
    assert answers.asked == [] and not form.isVisible()


def test_save_from_the_question_saves(
    qtbot: QtBot, window: MainWindow, db: Database, answers: Answers
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    answers.unsaved = answers.unsaved.SAVE
    form.close()
    assert not form.isVisible() and visit_count(db) == 1


def test_typing_survives_a_crash_as_a_draft(
    qtbot: QtBot, window: MainWindow, db: Database, answers: Answers, east: uuid.UUID
) -> None:
    form = window.visits.new()
    fill_valid(qtbot, form)
    qtbot.waitUntil(lambda: drafts.load_draft(db, "visit:new") is not None, timeout=3000)
    # the window is gone without closing (as in a crash): a new window offers the draft back
    form.draft.dirty = False
    form.hide()
    again = MainWindow(db, OFFICER, "en")
    qtbot.addWidget(again)
    again.open_forms.offer_drafts()
    restored = again.open_forms.get("visit:new")
    assert any("unsaved typing" in q for q in answers.asked)
    assert restored.findings.toPlainText() == "Оборудование установлено, часть средств на ремонт."
    assert restored.places.region_id() == east
    assert restored.rating.value() == "minor_issues" and restored.dirty
    with qtbot.waitSignal(restored.saved):
        qtbot.mouseClick(restored.save_button, Qt.MouseButton.LeftButton)
    assert visit_count(db) == 1 and drafts.draft_keys(db) == []


def test_opening_an_existing_visit_and_editing_it(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    vid = visits.save_visit(db, visit_fields(), site_input(east), "Ерлан Сапаров")
    window.visits_page.refresh()
    view = window.visits_page.table
    rect = view.visualRect(window.visits_page.model.index(0, 1))
    # A person's double-click starts with a press; QTest's mouseDClick alone does not.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = window.open_forms.get(f"visit:{vid}")
    assert form.site.currentText() == "Мини-пекарня «Нан»"
    assert form.places.district.currentText() == "Шемонаихинский район"
    assert form.beneficiaries.text() == "12" and form.visit_date.text() == "14.08.2026"
    form.beneficiaries.clear()
    type_in(qtbot, form.beneficiaries, "30")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    updates = [h for h in history_rows(db, vid) if h[2] == "update"]
    assert len(updates) == 1 and updates[0][1] == OFFICER
    assert updates[0][3] == {"beneficiaries": [12, 30]}


def test_picking_an_existing_site_fills_its_type_and_place(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    visits.save_visit(db, visit_fields(), site_input(east), OFFICER)
    form = window.visits.new()
    type_in(qtbot, form.places.region, "East Kazakhstan Region")
    index = form.site.findText("Мини-пекарня «Нан»")
    assert index >= 0
    form.site.setCurrentIndex(index)
    form.site.activated.emit(index)
    assert form.site_type.value() == "microcredit_business"
    assert form.places.district.currentText() == "Шемонаихинский район"
    assert form.places.settlement.currentText() == "Верх-Уба"


def test_delete_from_the_form_can_be_undone(
    qtbot: QtBot, window: MainWindow, db: Database, east: uuid.UUID
) -> None:
    vid = visits.save_visit(db, visit_fields(), site_input(east), OFFICER)
    window.visits_page.refresh()
    form = window.visits.open(vid)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert visit_count(db) == 0 and window.visits_page.model.rowCount() == 0
    window.undo_stack.undo()
    assert visit_count(db) == 1 and window.visits_page.model.rowCount() == 1
