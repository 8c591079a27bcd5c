"""Projects in the window: the Projects page (the organisation's projects, added and edited
in a dialog) and the project choice on the visit, loan and training forms. The current
project in the status bar is `areas.projects`'s."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import FieldError, UserError
from fieldmon.domain.visits import parse_typed_date
from fieldmon.services import places, projects
from fieldmon.services.projects import ProjectFields
from fieldmon.ui import formats
from fieldmon.ui.areas.projects import paint_elided
from fieldmon.ui.i18n import current_language, error_text, shown
from fieldmon.ui.trainings_page import ID_ROLE, RowsModel
from fieldmon.ui.widgets import ChoiceCombo, DateField, ErrorLabel, remember_columns, with_error

if TYPE_CHECKING:
    from fieldmon.db.models import Project

DASH = " — "


def project_choices(db: Database) -> list[tuple[uuid.UUID, str]]:
    """The live projects by code, each as (id, 'CODE — title')."""
    return [(p.id, f"{p.code}{DASH}{p.title}") for p in projects.list_projects(db)]


# --- choosing a project -------------------------------------------------------------------


class ProjectCombo(ChoiceCombo):
    """A record's project on a form: "No project", then the live projects by code. Its
    value is the project's id as text (what a draft stores), None for no project; a
    record's project that is no longer listed stays chosen, so that editing the record
    never drops it (saving then says the project no longer exists)."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__([], parent, empty=self.tr("No project"))
        for ident, text in project_choices(db):
            self.addItem(text, str(ident))
        # As wide as the form's other fields, not as the longest title: the list shows the
        # titles whole, the closed box cuts a long one with "…".
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.currentIndexChanged.connect(lambda _i: self.setToolTip(self.currentText()))

    def project_id(self) -> uuid.UUID | None:
        value = self.value()
        return uuid.UUID(value) if value else None

    def set_project(self, project: uuid.UUID | None) -> None:
        if project is not None and self.findData(str(project)) < 0:
            self.addItem(self.tr("A project no longer listed"), str(project))
        self.set_value(None if project is None else str(project))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        paint_elided(self)

    def text_of(self, value: Any) -> str:
        """The entry shown for a project id (as history stores it), '' if none matches."""
        index = self.findData(str(value))
        return self.itemText(index) if index > 0 else ""


# --- the project dialog -------------------------------------------------------------------

# `projects.check` raises a UserError naming the first wrong field in its sentence; the
# dialog shows it under that field. Its English templates start with the field's name.
_CHECK_FIELDS = (
    ("Project code:", "code"),
    ("A project with the code", "code"),
    ("Project title:", "title"),
    ("Donor:", "donor"),
    ("End date:", "end_on"),
    ("Regions:", "regions"),
)


def _field_of(exc: UserError) -> str | None:
    template = exc.message.template
    return next((name for start, name in _CHECK_FIELDS if template.startswith(start)), None)


class ProjectDialog(QDialog):
    """Add a project (`code` None) or edit one (its code shown, not editable: the code is
    the project's name everywhere and its id derives from it). Save checks every field and
    shows a problem under its field; the dialog stays open and nothing is saved until all
    are fixed."""

    def __init__(
        self,
        db: Database,
        officer: str,
        project: Project | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.officer = db, officer
        self.editing = project is not None
        self.saved_id: uuid.UUID | None = None
        self.setObjectName("project_dialog")
        self.setWindowTitle(self.tr("Edit project") if self.editing else self.tr("New project"))
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.code.setPlaceholderText("UNHS")
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.title.setMinimumWidth(360)
        self.donor = QLineEdit()
        self.donor.setMaxLength(200)
        self.start_on = DateField()
        self.end_on = DateField()
        self.partners = QPlainTextEdit()
        self.partners.setTabChangesFocus(True)
        self.partners.setFixedHeight(self.partners.fontMetrics().lineSpacing() * 4 + 12)
        self.regions = QListWidget()  # regions and cities, each ticked or not
        for item in places.region_items(db, current_language()):
            entry = QListWidgetItem(item.name)
            entry.setData(Qt.ItemDataRole.UserRole, str(item.id))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.regions.addItem(entry)
        self.regions.setFixedHeight(self.regions.fontMetrics().lineSpacing() * 6 + 12)
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name, widget in (
            (self.tr("Code"), "code", self.code),
            (self.tr("Title"), "title", self.title),
            (self.tr("Donor"), "donor", self.donor),
            (self.tr("Start date"), "start_on", self.start_on),
            (self.tr("End date"), "end_on", self.end_on),
            (self.tr("Partners"), "partners", self.partners),
            (self.tr("Regions"), "regions", self.regions),
        ):
            widget.setObjectName(name)
            box, error = with_error(widget)
            self.errors[name] = error
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, box)
        self.form_error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        if project is not None:
            self.code.setText(project.code)
            self.code.setReadOnly(True)
            self.code.setToolTip(self.tr("A project's code cannot be changed"))
            self.title.setText(project.title)
            self.donor.setText(project.donor)
            self.start_on.set_value(project.start_on)
            self.end_on.set_value(project.end_on)
            self.partners.setPlainText(project.partners)
            chosen = {str(r) for r in projects.region_ids(project)}
            for row in range(self.regions.count()):
                entry = self.regions.item(row)
                if entry.data(Qt.ItemDataRole.UserRole) in chosen:
                    entry.setCheckState(Qt.CheckState.Checked)
        for name, widget in (("code", self.code), ("title", self.title), ("donor", self.donor)):
            widget.textEdited.connect(lambda _t, n=name: self.errors[n].show_error(None))
        self.start_on.changed.connect(lambda: self.errors["start_on"].show_error(None))
        self.end_on.changed.connect(lambda: self.errors["end_on"].show_error(None))
        (self.title if self.editing else self.code).setFocus()

    def read(self) -> tuple[ProjectFields, list[FieldError]]:
        problems: list[FieldError] = []
        days = {}
        for name in ("start_on", "end_on"):
            days[name], error = parse_typed_date(getattr(self, name).text(), name)
            if error:
                problems.append(error)
        fields = ProjectFields(
            code=self.code.text(),
            title=self.title.text(),
            donor=self.donor.text(),
            start_on=days["start_on"],
            end_on=days["end_on"],
            partners=self.partners.toPlainText(),
            regions=self.chosen_regions(),
        )
        return fields, problems

    def chosen_regions(self) -> tuple[uuid.UUID, ...]:
        return tuple(
            uuid.UUID(self.regions.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.regions.count())
            if self.regions.item(row).checkState() == Qt.CheckState.Checked
        )

    def show_problem(self, field: str | None, text: str | None) -> None:
        """`text` under `field` (under the form when it names none); None clears them all."""
        if text is None:
            for label in self.errors.values():
                label.show_error(None)
            self.form_error.show_error(None)
            return
        label = self.errors.get(field or "", self.form_error)
        if not label.text():
            label.show_error(text)

    def save(self) -> uuid.UUID | None:
        """Save and close; on a problem, show it under its field and keep the dialog open."""
        self.show_problem(None, None)
        fields, problems = self.read()
        wrong: list[tuple[str | None, str]] = [(p.field, error_text(p)) for p in problems]
        if not wrong:
            try:
                projects.save_project(self.db, fields, self.officer, update=self.editing)
            except UserError as exc:
                wrong.append((_field_of(exc), shown(exc)))
        if wrong:
            for field, text in wrong:
                self.show_problem(field, text)
            widget = self.findChild(QWidget, wrong[0][0] or "")
            if widget is not None:
                widget.setFocus()
            return None
        self.saved_id = projects.project_id(fields.code)
        self.accept()
        return self.saved_id


# --- the Projects page --------------------------------------------------------------------


class ProjectsPage(QWidget):
    """The live projects by code. New project… and Edit… (or a double-click, or Enter)
    open the project dialog; `saved(project_id)` follows each save, for the window's
    project choices."""

    saved = Signal(uuid.UUID)
    counts_changed = Signal(int)

    def __init__(self, db: Database, officer: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.officer = db, officer
        self._rows: dict[uuid.UUID, Project] = {}
        self.model = RowsModel(
            [
                self.tr("Code"),
                self.tr("Title"),
                self.tr("Donor"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Partners"),
                self.tr("Regions"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("projects_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.columns = remember_columns(self.table, "projects")
        self.new_button = QPushButton(self.tr("&New project…"))
        self.new_button.setObjectName("new_project")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_project")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_project)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())

    def refresh(self) -> None:
        rows = projects.list_projects(self.db)
        self._rows = {p.id: p for p in rows}
        names = {i.id: i.name for i in places.region_items(self.db, current_language())}
        self.model.set_rows(
            [
                (
                    p.id,
                    (
                        p.code,
                        p.title,
                        p.donor,
                        formats.day(p.start_on) if p.start_on else "",
                        formats.day(p.end_on) if p.end_on else "",
                        " ".join(p.partners.split()),
                        ", ".join(sorted(names[r] for r in projects.region_ids(p) if r in names)),
                    ),
                )
                for p in rows
            ]
        )
        self.counts_changed.emit(len(rows))

    def new_project(self) -> uuid.UUID | None:
        return self._edit(None)

    def edit_selected(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        project = self._rows.get(uuid.UUID(self.model.index(index.row(), 0).data(ID_ROLE)))
        return self._edit(project) if project is not None else None

    def _edit(self, project: Project | None) -> uuid.UUID | None:
        dialog = ProjectDialog(self.db, self.officer, project, self)
        try:
            if not dialog.exec() or dialog.saved_id is None:
                return None
            saved = dialog.saved_id
        finally:
            dialog.deleteLater()
        self.refresh()
        self._select(saved)
        self.saved.emit(saved)
        return saved

    def _select(self, project: uuid.UUID) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == str(project):
                self.table.selectRow(row)
