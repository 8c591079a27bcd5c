"""The window in the officer's language: numbers and dates written as each language writes
them (one way in every list and on the Reports page), errors from below the interface in
that language, and a language chosen in Settings applied at once without losing typing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
import shiboken6
from PySide6.QtCore import QDate, QLocale, QSettings
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.services import drafts, loans
from fieldmon.ui import formats
from fieldmon.ui.dialogs import SettingsDialog
from fieldmon.ui.i18n import install_translators
from fieldmon.ui.loan_form import LoanForm
from fieldmon.ui.main_window import LOANS, REPORTS, MainWindow
from tests.conftest import OFFICER
from tests.factories import borrower_input, loan_fields
from tests.ui.conftest import Answers
from tests.ui.test_visit_form import type_in

NBSP = "\u00a0"


def in_locale(name: str) -> None:
    QLocale.setDefault(QLocale(name))


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_russian_and_kazakh_group_with_a_space_and_use_a_decimal_comma(lang: str) -> None:
    in_locale(lang)
    group = QLocale(lang).groupSeparator()
    assert group.isspace()  # a no-break space (Qt's data; the narrow one in some versions)
    assert formats.money(D("1800000"), "KZT") == f"1{group}800{group}000,00{NBSP}₸"
    assert formats.money(D("-0.005")) == "-0,01"  # half-up, away from zero
    assert formats.count(1234567) == f"1{group}234{group}567"
    assert formats.percent(D("0.12345")) == f"12,35{NBSP}%"
    assert formats.number(D("24.50"), None) == "24,5"
    assert formats.number(D("1800000"), grouped=False) == "1800000,00"


def test_english_groups_with_commas() -> None:
    in_locale("en_US")
    assert formats.money(D("1800000"), "KZT") == f"1,800,000.00{NBSP}₸"
    assert formats.money(D("99999999999999.99"), "USD") == f"99,999,999,999,999.99{NBSP}$"
    assert formats.count(1234567) == "1,234,567"


def test_before_any_language_numbers_are_english() -> None:
    QLocale.setDefault(QLocale.c())
    assert formats.count(12345) == "12,345"


def test_dates_keep_four_digit_years_in_kazakh() -> None:
    in_locale("kk")
    assert "yyyy" not in QLocale().dateFormat(QLocale.FormatType.ShortFormat)  # Qt's own
    assert formats.day(date(2026, 3, 14)) == "14.03.2026"
    assert formats.days(date(2026, 7, 14), date(2026, 7, 16)) == "14.07.2026–16.07.2026"
    moment = datetime(2026, 3, 14, 9, 5, tzinfo=UTC)
    assert formats.moment(moment).startswith("14.03.2026 ")


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translators("ru")
    yield


def test_the_loans_list_and_the_reports_page_show_one_figure_alike(
    qtbot: QtBot, db: Database, east, russian: None, answers: Answers
) -> None:  # type: ignore[no-untyped-def]
    loans.save_loan(db, loan_fields(principal=D("1800000")), borrower_input(east), OFFICER)
    window = MainWindow(db, OFFICER, "ru")
    qtbot.addWidget(window)
    window.show()
    group = QLocale("ru").groupSeparator()
    expected = f"1{group}800{group}000,00{NBSP}₸"

    window.nav.setCurrentRow(LOANS)
    model = window.loans_page.model
    assert model.index(0, 5).data() == expected  # the principal

    window.nav.setCurrentRow(REPORTS)
    page = window.reports_page
    page.mode.setCurrentIndex(page.mode.findData("dates"))
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 1, 31))  # disbursed 15.01, nothing due yet

    def outstanding() -> list[str] | None:
        for i in range(page.tree.topLevelItemCount()):
            section = page.tree.topLevelItem(i)
            for j in range(section.childCount()):
                item = section.child(j)
                if item.toolTip(0) == "loans.outstanding[KZT]":
                    return [item.text(c) for c in (1, 2, 3)]
        return None

    qtbot.waitUntil(lambda: outstanding() is not None and outstanding()[0] == expected)


def test_an_error_from_below_is_shown_in_the_windows_language(
    qtbot: QtBot, db: Database, answers: Answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    install_translators("kk")
    window = MainWindow(db, OFFICER, "kk")
    qtbot.addWidget(window)
    missing = tmp_path / "жоқ.fmpkg"
    task = window.exchange.start_import(str(missing))
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    assert answers.errors == [f"«{missing}» файлы жоқ."]


@pytest.fixture
def settings_language() -> Iterator[None]:
    """The language chosen in Settings is forgotten after the test."""
    QSettings().remove("language")
    yield
    QSettings().remove("language")


def choose_language(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    def exec_choosing(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog._accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", exec_choosing)


def test_a_language_chosen_in_settings_applies_at_once_keeping_the_typing(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
    settings_language: None,
) -> None:
    old = MainWindow(db, OFFICER, "en")  # deleted by the switch, so not given to qtbot
    old.show()
    qtbot.waitExposed(old)
    old.nav.setCurrentRow(LOANS)
    type_in(qtbot, old.loans_page.search, "MC-")
    visit = old.visits.new()
    type_in(qtbot, visit.follow_up, "Заменить дверь цеха")
    type_in(qtbot, visit.beneficiaries, "37")
    loan = old.loans.new()
    type_in(qtbot, loan.loan_no, "MC-2026/077")
    choose_language(monkeypatch, "ru")

    new = old.edit_settings()
    qtbot.addWidget(new)
    try:
        assert new is not old and new.lang == "ru" and new.isVisible()
        assert [a.text() for a in new.menuBar().actions()][0] == "&Файл"
        assert new.nav.item(LOANS).text() == "Займы" and new.nav.currentRow() == LOANS
        assert new.loans_page.search.text() == "MC-"
        [form] = new.open_forms.of_kind("visit")
        assert form.isVisible() and form.windowTitle() == "Новый визит *"
        assert form.follow_up.text() == "Заменить дверь цеха"
        assert form.beneficiaries.text() == "37"
        [loan_form] = [w for w in new.findChildren(LoanForm) if w.isVisible()]
        assert loan_form.windowTitle() == "Новый займ"
        assert loan_form.loan_no.text() == "MC-2026/077"
        assert answers.asked == []  # no draft question, no unsaved-changes question
        kept = drafts.load_draft(db, "visit:new")
        assert kept is not None and kept[0]["follow_up"] == "Заменить дверь цеха"
        qtbot.waitUntil(lambda: not shiboken6.isValid(old))
    finally:
        for open_form in new.open_forms.of_kind("visit"):
            open_form.draft.dirty = False
            open_form.close()
        for dialog in new.findChildren(LoanForm):
            dialog.draft.dirty = False
            dialog.close()


def test_the_same_language_again_rebuilds_nothing(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    settings_language: None,
) -> None:
    choose_language(monkeypatch, "en")
    assert window.edit_settings() is window
