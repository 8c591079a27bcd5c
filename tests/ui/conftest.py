"""GUI fixtures: a main window on a temporary database; message boxes answered by the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import Database
from fieldmon.ui import dialogs
from fieldmon.ui.app import application
from fieldmon.ui.i18n import install_translators, remove_translators
from fieldmon.ui.main_window import MainWindow
from tests.conftest import OFFICER


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    """pytest-qt creates the QApplication; name it like the app does (QSettings use it)."""
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(autouse=True)
def _named_app(qapp) -> None:  # type: ignore[no-untyped-def]
    application()
    # Each test starts from the source text (no translator left by an earlier test; English
    # plural forms only where a test asks for `english`), and numbers (`ui.formats`, which
    # follow Qt's default locale) in US English whatever the machine's own locale.
    remove_translators()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    # Keyboard search in combo boxes joins keys typed within this interval; a short one
    # keeps the pauses in tests short (they type a whole word in far less).
    qapp.setKeyboardInputInterval(150)


@pytest.fixture
def english() -> None:
    """The English translation installed, as the app does: plural forms read right."""
    install_translators("en")


class Answers:
    """What the user answers to the questions fieldmon asks; each question is recorded."""

    def __init__(self) -> None:
        self.unsaved = dialogs.Unsaved.CANCEL
        self.yes_no = True
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    a = Answers()

    def ask_unsaved(_parent: object) -> dialogs.Unsaved:
        a.asked.append("unsaved")
        return a.unsaved

    def ask_yes_no(_parent: object, _title: str, text: str) -> bool:
        a.asked.append(text)
        return a.yes_no

    def show_error(_parent: object, _title: str, text: str) -> None:
        a.errors.append(text)

    monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(dialogs, "ask_yes_no", ask_yes_no)

    def show_info(_parent: object, _title: str, text: str) -> None:
        a.infos.append(text)

    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "show_info", show_info)
    return a


@pytest.fixture
def window(qtbot: QtBot, db: Database, answers: Answers) -> Iterator[MainWindow]:
    win = MainWindow(db, OFFICER, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for form in win.open_forms.of_kind("visit"):
        form.draft.dirty = False
        form.close()
