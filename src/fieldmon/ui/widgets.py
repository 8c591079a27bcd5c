"""Small widgets the forms are built from."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QDate, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeView,
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


# --- column widths and splitters that fit and are remembered ------------------------------

SAVE_DELAY_MS = 400
SHORT_CONTENT = 110  # pixels: a column whose content fits in this keeps it whole
CONTENT_CAP = 260  # px: a long text column (site, borrower, findings) is not wider than this
_SIZE_SLACK = 4  # px a column is shrunk at most below its content before another one


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    raise TypeError(f"no header on {type(view).__name__}")


def fitted_widths(wanted: list[int], minimum: list[int], available: int) -> list[int]:
    """Widths as close to `wanted` as fit in `available` pixels: columns give up what they
    have beyond `minimum` (their title) in proportion to it; never below their minimum, so
    with too little room the titles stay whole and the view scrolls."""
    wanted = [max(w, m) for w, m in zip(wanted, minimum, strict=True)]
    excess = sum(wanted) - available
    spare = sum(w - m for w, m in zip(wanted, minimum, strict=True))
    if excess <= 0 or spare <= 0:
        return wanted
    share = min(excess / spare, 1.0)
    return [w - int((w - m) * share + 0.999) for w, m in zip(wanted, minimum, strict=True)]


class _Remembered:
    """What a remembered view keeps in Python: saved when the view is destroyed, when the
    Qt objects can no longer be asked."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.value: str | QByteArray | None = None
        self.dirty = False

    def save(self) -> None:
        if self.dirty and self.value is not None:
            QSettings().setValue(self.key, self.value)
            self.dirty = False


class ColumnMemory(QObject):
    """The widths of one view's columns: restored if the user set them before, otherwise
    fitted to the titles and the first rows within the view's width (and again when the view
    is resized, until the user resizes a column). Saved, shortly after the user resizes a
    column and when the view is destroyed, under "columns/<key>" in QSettings.

    Widths only, not `QHeaderView.saveState`: a restored state brings back a sort indicator
    without sorting the model, and is refused once a column is added to the list."""

    def __init__(
        self,
        view: QAbstractItemView,
        key: str,
        caps: dict[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.header = _header(view)
        self.caps = caps or {}
        self.memory = _Remembered(f"columns/{key}")
        self.user_sized = False
        self._pressed = False
        self._fitting = False
        self._fitted_rows = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.memory.save)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)

        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setStretchLastSection(True)
        self.user_sized = self.restore()
        if not self.user_sized:
            self.fit()
        self.header.sectionResized.connect(self._resized)
        # Kept to compare by identity: while the view is destroyed, its header may be gone
        # before this filter stops seeing events.
        self._header_port = self.header.viewport()
        self._header_port.installEventFilter(self)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self._data_arrived)
            model.rowsInserted.connect(self._data_arrived)
            model.dataChanged.connect(self._data_arrived)
        memory = self.memory  # not self: it is gone when the view's `destroyed` arrives
        view.destroyed.connect(lambda *_: memory.save())

    def restore(self) -> bool:
        saved = QSettings().value(self.memory.key)
        try:
            widths = [int(w) for w in str(saved or "").split(",") if w]
        except ValueError:
            return False
        if len(widths) != self.header.count() or not all(w > 0 for w in widths):
            return False
        self._fitting = True
        for column, width in enumerate(widths[:-1]):  # the last one stretches
            self.header.resizeSection(column, width)
        self._fitting = False
        return True

    def fit(self) -> None:
        """Columns as wide as their title and content (content capped), within the view."""
        if self.user_sized or self.header.count() == 0:
            return
        count = self.header.count()
        minimum = [self.header.sectionSizeFromContents(c).width() for c in range(count)]
        content = [
            min(self.view.sizeHintForColumn(c), self.caps.get(c, CONTENT_CAP)) for c in range(count)
        ]
        wanted = [max(m, c + _SIZE_SLACK) for m, c in zip(minimum, content, strict=True)]
        # Short content (a date, a number, a status) is not cut: long text gives way first.
        floor = [w if w <= SHORT_CONTENT else m for w, m in zip(wanted, minimum, strict=True)]
        available = self.view.viewport().width() - 2
        if not self.view.isVisible():
            available = max(available, self.view.width() - 2)
        widths = fitted_widths(wanted, floor, available)
        self._fitting = True
        for column, width in enumerate(widths):
            self.header.resizeSection(column, width)
        self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self._header_port:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._pressed = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._pressed = False
        elif kind == QEvent.Type.Resize and not self.user_sized:
            self._fit_timer.start()
        return False

    def _data_arrived(self, *_args: object) -> None:
        if self._fitted_rows or self.user_sized or not shiboken6.isValid(self.view):
            return  # (a QTableWidget's model still signals while the widget is destroyed)
        model = self.view.model()
        if model is None or model.rowCount() == 0:
            return
        self._fitted_rows = True  # once: later filters do not make the columns jump
        self._fit_timer.start()

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if self._fitting or not self._pressed:
            return  # ours, or the stretching last column following the window
        self.user_sized = True
        self.memory.value = ",".join(
            str(self.header.sectionSize(c)) for c in range(self.header.count())
        )
        self.memory.dirty = True
        self._save_timer.start()


def remember_columns(
    view: QAbstractItemView, key: str, caps: dict[int, int] | None = None
) -> ColumnMemory:
    """Fit `view`'s columns (a table or a tree) to their content and remember the widths the
    user gives them; `key` names the list in the settings (e.g. "visits"), `caps` caps
    a column's content width in pixels (column → px) where the default does not suit."""
    return ColumnMemory(view, key, caps)


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Restore `splitter`'s sizes saved under "splitters/<key>" and save them, shortly after
    the user moves it and when it is destroyed."""
    saved = QSettings().value(f"splitters/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    memory = _Remembered(f"splitters/{key}")
    timer = QTimer(splitter)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_DELAY_MS)
    timer.timeout.connect(memory.save)

    def moved(_pos: int, _index: int) -> None:
        memory.value = splitter.saveState()
        memory.dirty = True
        timer.start()

    splitter.splitterMoved.connect(moved)
    splitter.destroyed.connect(lambda *_: memory.save())
