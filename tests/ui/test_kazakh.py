"""fieldmon in Kazakh, driven as a Kazakh-speaking officer would: the window, each form and the
attendance grid speak Kazakh; names are typed with Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І), choices
are picked by their Kazakh labels, and what is saved is the same codes and text as in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldmon.db.engine import Database
from fieldmon.db.models import Site, Visit
from fieldmon.domain.i18n import translator
from fieldmon.services import loans, places, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.ui.attendance import FIXED
from fieldmon.ui.i18n import install_translators
from fieldmon.ui.main_window import MainWindow
from tests.conftest import OFFICER
from tests.factories import participant, training_fields
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import type_in

KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
kk = translator("kk")


def choose(qtbot: QtBot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types the start of a Kazakh label into a closed combo box (keyboard search), each key
    carrying its letter as a Kazakh layout sends it (QTest's key clicks know only ASCII)."""
    qtbot.wait(QApplication.keyboardInputInterval() + 20)
    type_in(qtbot, combo, text)
    assert combo.currentText().startswith(text), (combo.objectName(), combo.currentText())


@pytest.fixture
def kazakh_window(qtbot: QtBot, db: Database, answers: Answers) -> Iterator[MainWindow]:
    install_translators("kk")
    window = MainWindow(db, OFFICER, "kk")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for form in window.open_forms.of_kind("visit"):
        form.draft.dirty = False
        form.close()
    install_translators("en")


def test_the_window_speaks_kazakh(kazakh_window: MainWindow) -> None:
    window = kazakh_window
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Файл" and all(KAZAKH_LETTERS & set(m) for m in menus[1:])
    pages = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert pages[1:5] == ["Сапарлар", "Қарыздар", "Оқытулар", "Адамдар"]
    assert window.count_label.text() == "0 сапар"
    assert window.visits_page.region.findText("Шығыс Қазақстан облысы") >= 0
    assert QLocale().toString(1234567) == "1\u00a0234\u00a0567"  # the language's grouping


def test_a_visit_typed_in_kazakh_saves_codes_and_kazakh_text(
    qtbot: QtBot, kazakh_window: MainWindow, db: Database
) -> None:
    form = kazakh_window.visits.new()
    assert form.windowTitle().startswith("Жаңа сапар")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["rating"].text() == kk("Required.") == "Міндетті өріс."
    form.visit_date.edit.clear()
    type_in(qtbot, form.visit_date, "14.08.2026")
    type_in(qtbot, form.places.region, "ШҚО")
    type_in(qtbot, form.places.district, "Үржар ауданы")
    type_in(qtbot, form.places.settlement, "Мақаншы")
    type_in(qtbot, form.site, "«Құлагер» наубайханасы")
    choose(qtbot, form.site_type, kk("Microcredit business")[:6])
    choose(qtbot, form.purpose, kk("Routine monitoring")[:6])
    choose(qtbot, form.funds_used, kk("Partly")[:4])
    choose(qtbot, form.rating, kk("On track")[:6])
    type_in(qtbot, form.findings, "Пеш орнатылған, өнім күніне 300 нан.")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with db.read_session() as session:
        visit = session.scalars(select(Visit)).one()
        site = session.get(Site, visit.site_id)
    assert (visit.purpose, visit.funds_used, visit.rating) == ("routine", "partly", "on_track")
    assert visit.findings == "Пеш орнатылған, өнім күніне 300 нан."
    assert site is not None and site.name == "«Құлагер» наубайханасы"
    assert site.site_type == "microcredit_business"
    assert kazakh_window.count_label.text() == "1 сапар"


def test_a_loan_typed_in_kazakh_shows_its_amount_the_kazakh_way(
    qtbot: QtBot, kazakh_window: MainWindow, db: Database
) -> None:
    form = kazakh_window.loans.new()
    assert KAZAKH_LETTERS & set(form.windowTitle())
    type_in(qtbot, form.members[0].full_name, "Нұрланова Әсел")
    choose(qtbot, form.members[0].sex, kk("Female")[:2])
    type_in(qtbot, form.members[0].birth_year, "1987")
    type_in(qtbot, form.members[0].iin, "850312300013")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "ЖСН" in form.members[0].message.text()  # the IIN's check digit, in Kazakh
    assert form.errors["loan_no"].text() == "Міндетті өріс."
    form.members[0].iin.clear()
    type_in(qtbot, form.places.region, "Алматы облысы")
    type_in(qtbot, form.loan_no, "МК-2026/041")
    choose(qtbot, form.product, kk("Microcredit")[:5])
    type_in(qtbot, form.purpose, "Тігін машинасы")
    type_in(qtbot, form.principal, "1 500 000,50")
    type_in(qtbot, form.annual_rate_pct, "12")
    choose(qtbot, form.method, kk("Declining balance")[:4])
    type_in(qtbot, form.term_months, "12")
    type_in(qtbot, form.disbursed_on, "15.01.2026")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    loan_id = loans.find_loan_id(db, "МК-2026/041")
    detail = loans.load_loan(db, loan_id)
    assert detail.borrower_name == "Нұрланова Әсел"
    assert detail.fields.principal == Decimal("1500000.50")
    kazakh_window.nav.setCurrentRow(2)
    model = kazakh_window.loans_page.model
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert QLocale("kk").toString(1500000.50, "f", 2) + "\u00a0₸" in shown
    assert "1\u00a0500\u00a0000,50\u00a0₸" in shown
    assert "Алматы облысы" in shown  # the region in Kazakh, not its English name


def test_the_attendance_grid_in_kazakh(
    qtbot: QtBot, kazakh_window: MainWindow, db: Database
) -> None:
    east = places.registry_id("east-kazakhstan")
    tid = trainings.save_training(
        db, training_fields(days=2, start_date=date(2026, 7, 14)), PlaceInput(east), OFFICER
    )
    for name in ("Әсел Қасымова", "Ұлжан Өтегенова"):
        trainings.add_participant(db, tid, OFFICER, participant=participant(full_name=name))
    view = kazakh_window.trainings.open(tid)
    qtbot.waitExposed(view)
    header = view.model.headerData(len(FIXED), Qt.Orientation.Horizontal)
    assert header == "1-күн\n14.07"
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, len(FIXED)))
    qtbot.keyClicks(table, "x")
    qtbot.keyClicks(table, "x")
    marks = {r.full_name: r.marks for r in trainings.grid(db, tid)}
    assert marks == {"Әсел Қасымова": "10", "Ұлжан Өтегенова": "10"}
    assert view.counts.text().startswith("Тіркелген: 2")
    assert "2 күн" in view.about.text()


def test_a_training_form_in_kazakh(qtbot: QtBot, kazakh_window: MainWindow, db: Database) -> None:
    form = kazakh_window.trainings.new()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["region"].text() == kk("Choose the region or city.")
    assert KAZAKH_LETTERS & set(form.errors["region"].text())
    type_in(qtbot, form.code, "TR-2026-09")
    type_in(qtbot, form.title, "Қаржылық сауаттылық негіздері")
    choose(qtbot, form.kind, kk("Master class")[:5])
    type_in(qtbot, form.start_date, "14.07.2026")
    type_in(qtbot, form.places.region, "Абай облысы")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    detail = trainings.load_training(db, trainings.find_training_id(db, "TR-2026-09"))
    assert detail.fields.title == "Қаржылық сауаттылық негіздері"
    assert detail.fields.kind == "master_class"


def test_qt_own_buttons_speak_kazakh(kazakh_window: MainWindow) -> None:
    """Qt's qtbase_kk.qm is loaded beside fieldmon's: standard buttons are Kazakh too."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
    )
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert "Cancel" not in texts and "Yes" not in texts
    assert all(re.search("[\u0400-\u04ff]", t) for t in texts), texts  # Cyrillic
