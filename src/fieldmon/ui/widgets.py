"""Small widgets the forms are built from."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from fieldmon.domain.errors import FieldError
from fieldmon.domain.periods import format_date, parse_date
from fieldmon.ui.i18n import error_text


class DateField(QWidget):
    """A date typed as dd.mm.yyyy (or picked from a calendar); empty means no date.

    A line edit rather than QDateEdit: an optional date must be able to be empty, and a field
    officer types '14.08.2026' faster than spinning sections."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.edit.setMaxLength(10)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 12)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())

    def _sync_calendar(self) -> None:
        current = self.value_or_none()
        self.calendar.setSelectedDate(QDate(current) if current else QDate.currentDate())

    def _picked(self, day: QDate) -> None:
        self.set_value(day.toPython())
        self.button.menu().hide()
        self.changed.emit()

    def text(self) -> str:
        return self.edit.text().strip()

    def value(self) -> date | None:
        """The date, None if empty; raises ValueError with a message if not a date."""
        return parse_date(self.text()) if self.text() else None

    def value_or_none(self) -> date | None:
        try:
            return self.value()
        except ValueError:
            return None

    def set_value(self, day: date | None) -> None:
        self.edit.setText(format_date(day) if day else "")

    def set_text(self, text: str) -> None:
        self.edit.setText(text)


class ErrorLabel(QLabel):
    """The message shown under a field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setAccessibleName("error")
        self.hide()

    def show_error(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


def place_errors(
    labels: dict[str, ErrorLabel], form_error: ErrorLabel, errors: list[FieldError]
) -> None:
    """Each error under its field (the first one per field); the rest in `form_error`."""
    for label in labels.values():
        label.show_error(None)
    unplaced: list[str] = []
    for error in errors:
        label = labels.get(error.field)
        if label is None:
            unplaced.append(error_text(error))
        elif not label.isVisible():
            label.show_error(error_text(error))
    form_error.show_error("\n".join(unplaced) or None)


def with_error(field: QWidget) -> tuple[QWidget, ErrorLabel]:
    """A field with its error label underneath, for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(field)
    error = ErrorLabel(box)
    layout.addWidget(error)
    return box, error


class ChoiceCombo(QComboBox):
    """A fixed list with an empty first entry meaning 'not chosen'."""

    def __init__(
        self,
        items: Iterable[tuple[Any, str]],
        parent: QWidget | None = None,
        *,
        empty: str | None = "—",
    ):
        super().__init__(parent)
        if empty is not None:
            self.addItem(empty, None)
        for value, label in items:
            self.addItem(label, value)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class SearchCombo(QComboBox):
    """An editable combo box that completes on any part of the text, ignoring case."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def text(self) -> str:
        return self.currentText().strip()

    def set_items(self, items: Iterable[tuple[str, Any]], keep_text: bool = True) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for label, data in items:
            self.addItem(label, data)
        self.setCurrentIndex(-1)
        self.setEditText(text if keep_text else "")
        self.blockSignals(False)

    def data_for_text(self) -> Any:
        """The item data of the entry whose text matches what is typed (any case)."""
        wanted = self.text().casefold()
        for i in range(self.count()):
            if self.itemText(i).strip().casefold() == wanted:
                return self.itemData(i)
        return None


def fit_columns(view: QTableView, widths: Iterable[int]) -> None:
    """Sets the columns' widths, each at least as wide as its title needs in the interface's
    language (with the sort arrow): the widths were drawn for English, and Kazakh and Russian
    titles are longer. Users may narrow a column afterwards."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        if column >= header.count():
            break
        header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))
