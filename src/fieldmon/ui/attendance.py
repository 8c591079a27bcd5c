"""A training's page: the event, its counts, and the attendance grid (participants × days).

The grid is made for copying a paper sign-in sheet from the keyboard: arrows move, Space
toggles a day, `x`, `+` or `1` marks present and `0`, `-` or Delete absent and go down to the
next person, so a day's column is typed straight down. Each mark is saved at once (with its
history); there is nothing to forget to save. A participant is added by typing part of a
name: people already in the registry are offered as you type; Enter on a new name opens the
participant form with its duplicate guard.

Under the grid, the event's evidence (sign-in sheets, photos): an evidence strip saved at
once like the marks, with a Day choice next to Add, so a scanned sheet says which day it is
for; a photo of a day is compared with that day's date.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain import trainings as rules
from fieldmon.domain.errors import UserError, ValidationError
from fieldmon.domain.trainings import Category, TrainingKind
from fieldmon.services import people, trainings
from fieldmon.services.evidence import Owner
from fieldmon.services.trainings import GridRow, TrainingDetail
from fieldmon.ui import dialogs, formats
from fieldmon.ui.evidence_strip import EvidenceStrip, Expected
from fieldmon.ui.i18n import choice_label, error_text, shown
from fieldmon.ui.widgets import fit_columns

Index = QModelIndex | QPersistentModelIndex
FIXED = ("name", "category", "organization")
TAIL = ("pre_score", "post_score", "days", "completed")


class AttendanceModel(QAbstractTableModel):
    """Rows are participants; columns: name, category, organization, one per day (a check
    box), pre-test, post-test, days present, completed. Marks and scores are saved as
    they are set; `failed` carries a message when the service refuses."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, officer: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.officer = db, officer
        self.rows: list[GridRow] = []
        self.detail: TrainingDetail | None = None

    def load(self, detail: TrainingDetail) -> None:
        self.beginResetModel()
        self.detail = detail
        self.rows = trainings.grid(self.db, detail.id)
        self.endResetModel()

    def reload(self) -> None:
        """The participants again (one added or removed); the event is as loaded."""
        assert self.detail is not None
        self.load(self.detail)

    @property
    def days(self) -> int:
        return self.detail.fields.days or 0 if self.detail else 0

    def day_of(self, column: int) -> int | None:
        """1-based day of a column, None if the column is not a day."""
        day = column - len(FIXED) + 1
        return day if 1 <= day <= self.days else None

    def column_of(self, name: str) -> int:
        return len(FIXED) + self.days + TAIL.index(name)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIXED) + self.days + len(TAIL)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        day = self.day_of(section)
        if day is not None and self.detail is not None:
            when = self.detail.day_dates()[day - 1]
            return self.tr("Day {0}\n{1}").format(day, formats.day_month(when))
        if section < len(FIXED):
            return (self.tr("Participant"), self.tr("Category"), self.tr("Organization"))[section]
        return (self.tr("Pre-test"), self.tr("Post-test"), self.tr("Days"), self.tr("Completed"))[
            section - len(FIXED) - self.days
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.day_of(index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.column_of("pre_score"), self.column_of("post_score")):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        day = self.day_of(column)
        if day is not None:
            if role == Qt.ItemDataRole.CheckStateRole:
                present = row.marks[day - 1 : day] == "1"
                return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("present") if row.marks[day - 1 : day] == "1" else self.tr("absent")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= len(FIXED):
            return Qt.AlignmentFlag.AlignCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            return f"{row.full_name}, {row.birth_year}"
        if column == 1:
            return choice_label(Category, row.category.value) if row.category else ""
        if column == 2:
            return row.organization
        name = TAIL[column - len(FIXED) - self.days]
        if name in ("pre_score", "post_score"):
            value = getattr(row, name)
            return "" if value is None else str(value)
        if name == "days":
            return formats.count(row.days_present)
        return self.tr("yes") if row.completed else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.detail is None:
            return False
        row = self.rows[index.row()]
        day = self.day_of(index.column())
        try:
            if day is not None and role == Qt.ItemDataRole.CheckStateRole:
                checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
                marks = trainings.set_mark(
                    self.db, row.participation_id, day, checked, self.officer
                )
                row = replace(row, marks=marks)
            elif role == Qt.ItemDataRole.EditRole and day is None:
                name = TAIL[index.column() - len(FIXED) - self.days]
                score = rules.parse_score(str(value))
                scores = {"pre_score": row.pre_score, "post_score": row.post_score}
                scores[name] = score
                trainings.set_scores(
                    self.db,
                    row.participation_id,
                    scores["pre_score"],
                    scores["post_score"],
                    self.officer,
                )
                row = (
                    replace(row, pre_score=score)
                    if name == "pre_score"
                    else replace(row, post_score=score)
                )
            else:
                return False
        except ValueError:
            self.failed.emit(self.tr("A test score is a whole number from 0 to 100."))
            return False
        except ValidationError as exc:
            self.failed.emit(error_text(exc.errors[0]))
            return False
        except UserError as exc:
            self.failed.emit(shown(exc))
            return False
        f = self.detail.fields
        assert f.days is not None
        self.rows[index.row()] = replace(
            row, completed=rules.completed(row.marks, f.days, f.min_days)
        )
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.changed.emit()
        return True


class AttendanceTable(QTableView):
    """The grid's keyboard: x / + / 1 present, 0 / - / Delete absent (then down), Enter down."""

    PRESENT_KEYS = {"x", "X", "х", "Х", "+", "1"}
    ABSENT_KEYS = {"0", "-"}

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        index = self.currentIndex()
        model = self.model()
        day_column = (
            isinstance(model, AttendanceModel)
            and index.isValid()
            and model.day_of(index.column()) is not None
        )
        text = event.text()
        if day_column and (
            text in self.PRESENT_KEYS
            or text in self.ABSENT_KEYS
            or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            present = text in self.PRESENT_KEYS
            state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
            model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
            self._down(index)
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != self.State.EditingState
        ):
            self._down(index)
            return
        super().keyPressEvent(event)

    def _down(self, index: QModelIndex) -> None:
        below = index.sibling(index.row() + 1, index.column())
        if below.isValid():
            self.setCurrentIndex(below)


class TrainingView(QWidget):
    """A window of its own, like a loan's page. `delete_requested` asks the window to delete
    the event with its attendance (an undoable command); the page closes once it is
    deleted."""

    changed = Signal(uuid.UUID)
    edit_requested = Signal(uuid.UUID)
    delete_requested = Signal(uuid.UUID)

    def __init__(
        self,
        db: Database,
        officer: str,
        lang: str,
        training_id: uuid.UUID,
        parent: QWidget | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.officer, self.lang, self.training_id = db, officer, lang, training_id
        self.resize(1100, 740)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.add_line = QLineEdit()
        self.add_line.setObjectName("add_participant")
        self.add_line.setPlaceholderText(
            self.tr("Add a participant: type part of the name, then choose or press Enter")
        )
        self.suggestions = QStringListModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.add_line.setCompleter(self.completer)
        self._found: dict[str, uuid.UUID] = {}
        self.model = AttendanceModel(db, officer, self)
        self.table = AttendanceTable()
        self.table.setObjectName("attendance")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")

        edit = QPushButton(self.tr("Edit event…"))
        edit.clicked.connect(lambda: self.edit_requested.emit(self.training_id))
        self.remove_button = QPushButton(self.tr("Remove participant"))
        self.remove_button.clicked.connect(self.remove_selected)
        certificate = QPushButton(self.tr("Certificate for the selected…"))
        certificate.clicked.connect(lambda: self.save_certificates(selected_only=True))
        certificates = QPushButton(self.tr("Certificates for all who completed…"))
        certificates.setObjectName("certificates")
        certificates.clicked.connect(lambda: self.save_certificates())
        self.delete_button = QPushButton(self.tr("Delete training"))
        self.delete_button.setObjectName("delete")
        self.delete_button.setToolTip(
            self.tr(
                "Delete this event with its attendance (Ctrl+Z in the main window brings "
                "them back)."
            )
        )
        self.delete_button.clicked.connect(self.request_delete)
        buttons = QHBoxLayout()
        for button in (edit, self.remove_button, certificate, certificates):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addLayout(buttons)
        layout.addWidget(self.add_line)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.counts)
        sheets = QGroupBox(self.tr("Sign-in sheets and photos"))
        self.evidence = EvidenceStrip(
            db, officer, Owner("training", training_id), sheets, saves_at_once=True
        )
        QVBoxLayout(sheets).addWidget(self.evidence)
        layout.addWidget(sheets)

        self.add_line.textEdited.connect(self._suggest)
        self.completer.activated[str].connect(self._chosen)  # type: ignore[index]
        self.add_line.returnPressed.connect(self._enter)
        self.model.changed.connect(self._after_change)
        self.model.failed.connect(self.message.setText)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        detail = trainings.load_training(self.db, self.training_id, self.lang)
        f = detail.fields
        assert f.kind is not None and f.start_date is not None and f.days is not None
        self.setWindowTitle(self.tr("Training {0}").format(f.code))
        self.heading.setText(f"{f.code} · {f.title}")
        dates = detail.day_dates()
        rule = (
            self.tr("completed when present every day")
            if f.min_days is None
            else self.tr("completed when present at least %n day(s)", "", f.min_days)
        )
        parts = [
            choice_label(TrainingKind, f.kind.value),
            formats.days(dates[0], dates[-1]),
            self.tr("%n day(s)", "", f.days),
            rule,
            ", ".join(detail.place_names),
            f.venue,
            self.tr("organizer: {0}").format(f.organizer) if f.organizer else "",
            self.tr("facilitator: {0}").format(f.facilitator) if f.facilitator else "",
        ]
        self.about.setText(" · ".join(p for p in parts if p))
        self.model.load(detail)
        self.evidence.set_days(f.days)
        self.evidence.set_expected(Expected(day_dates=tuple(dates)))
        fit_columns(
            self.table,
            [230, 160, 150]
            + [
                62 if self.model.day_of(column) else 70
                for column in range(len(FIXED), self.model.columnCount())
            ],
        )
        self._show_counts()

    def _show_counts(self) -> None:
        registered, c = trainings.event_counts(self.db, self.training_id)
        self.counts.setText(
            self.tr(
                "Registered: {0} · present at least one day: {1} · completed: {2} · "
                "women: {3}, men: {4} · person-days: {5}"
            ).format(
                *(
                    formats.count(n)
                    for n in (
                        registered,
                        c.participations,
                        c.completed,
                        c.female,
                        c.male,
                        c.person_days,
                    )
                )
            )
        )

    def _after_change(self) -> None:
        self.message.clear()
        self._show_counts()
        self.changed.emit(self.training_id)

    def request_delete(self) -> None:
        """Ask for the deletion; close if it happened (the window may refuse it)."""
        self.delete_requested.emit(self.training_id)
        if not trainings.training_is_live(self.db, self.training_id):
            self.close()

    # --- adding and removing participants -------------------------------------------------

    def _suggest(self, text: str) -> None:
        self._found = {}
        for person in people.search_people(self.db, text, limit=15):
            label = self.tr("{0}, born {1}").format(person.full_name, person.birth_year)
            if person.organization:
                label += f" — {person.organization}"
            self._found[label] = person.id
        self.suggestions.setStringList(list(self._found))

    def _chosen(self, label: str) -> None:
        person_id = self._found.get(label)
        if person_id is not None:
            self.add_person(person_id)

    def _enter(self) -> None:
        text = self.add_line.text().strip()
        if text in self._found:
            self.add_person(self._found[text])
        elif text:
            self.new_participant(text)

    def add_person(self, person_id: uuid.UUID) -> None:
        try:
            pid = trainings.add_participant(
                self.db, self.training_id, self.officer, person_id=person_id
            )
        except (ValidationError, UserError) as exc:
            text = error_text(exc.errors[0]) if isinstance(exc, ValidationError) else shown(exc)
            self.message.setText(text)
            return
        self._added(pid)

    def new_participant(self, name: str = "") -> Any:
        from fieldmon.ui.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.db, self.officer, self.lang, self.training_id, name, self)
        dialog.accepted.connect(lambda: self._added(dialog.participation_id))
        dialog.open()
        return dialog

    def _added(self, participation_id: uuid.UUID | None) -> None:
        self.add_line.clear()
        self.model.reload()
        for row, line in enumerate(self.model.rows):
            if line.participation_id == participation_id:
                self.table.setCurrentIndex(self.model.index(row, len(FIXED)))
        self.table.setFocus()
        self._after_change()

    def selected_row(self) -> GridRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not dialogs.ask_yes_no(
            self,
            self.tr("Remove participant"),
            self.tr("Remove {0} from this training? Their marks are kept in the history.").format(
                row.full_name
            ),
        ):
            return
        trainings.remove_participant(self.db, row.participation_id, self.officer)
        self.model.reload()
        self._after_change()

    # --- certificates ------------------------------------------------------------------------

    def save_certificates(
        self, selected_only: bool = False, path: str | None = None
    ) -> Path | None:
        from fieldmon.ui.certificates import certificates_html
        from fieldmon.ui.reports_pdf import write_pdf

        detail = self.model.detail
        assert detail is not None
        if selected_only:
            row = self.selected_row()
            people = [row] if row is not None and row.completed else []
            if not people:
                dialogs.show_error(
                    self,
                    self.tr("No certificate"),
                    self.tr("Choose a participant who completed the training."),
                )
                return None
        else:
            people = [r for r in self.model.rows if r.completed]
            if not people:
                dialogs.show_error(
                    self, self.tr("No certificate"), self.tr("Nobody has completed it yet.")
                )
                return None
        if path is None:
            suggested = Path.home() / f"certificates-{detail.fields.code.replace('/', '-')}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save certificates"), str(suggested), self.tr("PDF files (*.pdf)")
            )
            if not path:
                return None
        try:
            target = write_pdf(certificates_html(detail, people), path)
        except OSError as exc:
            dialogs.show_error(self, self.tr("Cannot save"), shown(exc))
            return None
        self.message.setText("")
        return target
