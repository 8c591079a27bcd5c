"""Find everywhere (Ctrl+K): one line searched, as you type, in visits, sites, loans, trainings
and people by the lists' own searches (`services.search.find`); the results grouped by kind.
Up and Down move through the results from the line, Enter opens the chosen record the way
its list does."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.services import search
from fieldmon.ui import formats

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_DELAY_MS = 200  # after the last key typed
SHOWN = 10  # of each kind


class FindDialog(QDialog):
    """Emits `open_requested(kind, id, text)` for the chosen record, then closes."""

    open_requested = Signal(str, uuid.UUID, str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Find everywhere"))
        self.resize(640, 460)
        self.headings = {
            "visits": self.tr("Visits"),
            "sites": self.tr("Sites"),
            "loans": self.tr("Loans"),
            "trainings": self.tr("Trainings"),
            "people": self.tr("People"),
        }
        self.text = QLineEdit()
        self.text.setObjectName("find_text")
        self.text.setPlaceholderText(
            self.tr("Search visits, sites, loans, trainings and people (any case)…")
        )
        self.text.setClearButtonEnabled(True)
        self.text.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("find_results")
        self.results.itemActivated.connect(self._open)
        self.note = QLabel()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.text.textChanged.connect(lambda _t: self.timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.results)
        layout.addWidget(self.note)

    def run_search(self) -> None:
        self.timer.stop()
        found = search.find(self.db, self.text.text(), limit=SHOWN)
        self.results.clear()
        bold = QFont(self.results.font())
        bold.setBold(True)
        first: QListWidgetItem | None = None
        for kind, matches in found.kinds():
            if not matches.total:
                continue
            heading = QListWidgetItem(
                self.tr("{0} ({1})").format(self.headings[kind], formats.count(matches.total))
            )
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # arrows pass over headings
            self.results.addItem(heading)
            for match in matches.items:
                item = QListWidgetItem("    " + match.text)
                item.setData(KIND_ROLE, kind)
                item.setData(ID_ROLE, str(match.id))
                item.setData(TEXT_ROLE, match.text)
                self.results.addItem(item)
                first = first or item
        if first is not None:
            self.results.setCurrentItem(first)
        typed = bool(self.text.text().strip())
        self.note.setText(self.tr("Nothing found.") if typed and found.empty else "")

    def _move(self, step: int) -> None:
        row = self.results.currentRow()
        while 0 <= row + step < self.results.count():
            row += step
            if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.results.setCurrentRow(row)
                return

    def _open(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.results.currentItem()
        if item is None or not item.data(KIND_ROLE):
            return
        self.open_requested.emit(
            item.data(KIND_ROLE), uuid.UUID(item.data(ID_ROLE)), item.data(TEXT_ROLE)
        )
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():  # typed faster than the pause: search first
                    self.run_search()
                self._open()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter in the list opens (itemActivated); never the dialog's default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open()
            return
        super().keyPressEvent(event)


def open_found(window: Any, kind: str, ident: uuid.UUID, text: str) -> None:
    """Open a found record as its list does: a visit's form, a site's, a loan's or a
    training's page; a person is shown selected on the People page (people have no form of
    their own)."""
    if kind == "visits":
        window.visits.open(ident)
    elif kind == "sites":
        window.sites.open(ident)
    elif kind == "loans":
        window.loans.open(ident)
    elif kind == "trainings":
        window.trainings.open(ident)
    elif kind == "people":
        from fieldmon.ui.main_window import PEOPLE
        from fieldmon.ui.trainings_page import ID_ROLE as PERSON_ID

        window.nav.setCurrentRow(PEOPLE)
        page = window.people_page
        page.search.blockSignals(True)  # no second, delayed refresh dropping the selection
        page.search.setText(text.split(",")[0])  # the name, as the search line takes it
        page.search.blockSignals(False)
        page.refresh()
        for row in range(page.model.rowCount()):
            if page.model.index(row, 0).data(PERSON_ID) == str(ident):
                page.table.selectRow(row)
                break
        page.table.setFocus()
