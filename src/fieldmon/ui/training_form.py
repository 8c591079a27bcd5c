"""The training event form. Same standard as the other forms: every problem is shown under
its field, nothing is saved until all are fixed."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import FieldError, ValidationError
from fieldmon.domain.trainings import MAX_DAYS, TrainingFields, TrainingKind
from fieldmon.domain.visits import parse_typed_date
from fieldmon.services import trainings
from fieldmon.ui.form_drafts import DraftDialog, FormDraft
from fieldmon.ui.i18n import choice_label
from fieldmon.ui.place_picker import PlacePicker
from fieldmon.ui.projects_page import ProjectCombo
from fieldmon.ui.widgets import ChoiceCombo, DateField, ErrorLabel, place_errors, with_error


class TrainingForm(DraftDialog):
    """A new event belongs to `project` (the window's current project) unless the officer
    chooses another; an existing one shows its own."""

    def __init__(
        self,
        db: Database,
        officer: str,
        lang: str,
        training_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        project: uuid.UUID | None = None,
    ):
        super().__init__(parent)
        self.db, self.officer, self.training_id = db, officer, training_id
        self.setWindowTitle(
            self.tr("New training") if training_id is None else self.tr("Edit training")
        )
        self.errors: dict[str, ErrorLabel] = {}
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.title = QLineEdit()
        self.project = ProjectCombo(db)
        self.project.set_project(project if training_id is None else None)
        self.topic = QLineEdit()
        self.kind = ChoiceCombo(
            [(code, choice_label(TrainingKind, code)) for code in TrainingKind.labels()]
        )
        self.start_date = DateField()
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.every_day = QRadioButton(self.tr("Present every day"))
        self.at_least = QRadioButton(self.tr("Present at least"))
        self.min_days = QSpinBox()
        self.min_days.setRange(1, MAX_DAYS)
        self.min_days.setSuffix(self.tr(" day(s)"))
        self.every_day.setChecked(True)
        self.places = PlacePicker(db, lang, self)
        self.places.settlement.hide()  # an event's place is its region and district or town
        self.venue = QLineEdit()
        self.organizer = QLineEdit()
        self.facilitator = QLineEdit()
        rule = QHBoxLayout()
        rule.setContentsMargins(0, 0, 0, 0)
        rule.addWidget(self.every_day)
        rule.addWidget(self.at_least)
        rule.addWidget(self.min_days)
        rule.addStretch()
        rule_box = QWidget()
        rule_box.setLayout(rule)

        form = QFormLayout()
        for label, name, widget in [
            (self.tr("Code"), "code", self.code),
            (self.tr("Title"), "title", self.title),
            (self.tr("Project"), "project", self.project),
            (self.tr("Topic"), "topic", self.topic),
            (self.tr("Kind"), "kind", self.kind),
            (self.tr("Start date"), "start_date", self.start_date),
            (self.tr("Days"), "days", self.days),
            (self.tr("Completion"), "min_days", rule_box),
            (self.tr("Region"), "region", self.places.region),
            (self.tr("District or town"), "district", self.places.district),
            (self.tr("Venue"), "venue", self.venue),
            (self.tr("Organizer"), "organizer", self.organizer),
            (self.tr("Facilitator"), "facilitator", self.facilitator),
        ]:
            if name not in ("region", "district", "min_days"):
                widget.setObjectName(name)
            form.addRow(label, self._field(name, widget))
        self.min_days.setObjectName("min_days")
        self.at_least.setObjectName("at_least")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.form_error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self.at_least.toggled.connect(self.min_days.setEnabled)
        self.min_days.setEnabled(False)
        if training_id is not None:
            self._load(training_id)
        names = ["code", "title", "project", "topic", "kind", "start_date", "days"]
        names += ["at_least", "min_days"]
        fields: dict[str, QWidget] = {name: getattr(self, name) for name in names}
        fields |= {"venue": self.venue, "organizer": self.organizer}
        fields["facilitator"] = self.facilitator
        key = f"training:{training_id or 'new'}"
        self.draft = FormDraft(self, db, key, fields, self.places)
        self.draft.start()
        layout.insertWidget(layout.indexOf(buttons), self.draft.note)

    def _field(self, name: str, widget: QWidget) -> QWidget:
        box, error = with_error(widget)
        self.errors[name] = error
        return box

    def _load(self, training_id: uuid.UUID) -> None:
        detail = trainings.load_training(self.db, training_id)
        f = detail.fields
        self.code.setText(f.code)
        self.project.set_project(f.project_id)
        self.title.setText(f.title)
        self.topic.setText(f.topic)
        self.kind.set_value(f.kind.value if f.kind else None)
        self.start_date.set_value(f.start_date)
        self.days.setValue(f.days or 1)
        if f.min_days is not None:
            self.at_least.setChecked(True)
            self.min_days.setValue(f.min_days)
        self.places.set_value(detail.place)
        self.venue.setText(f.venue)
        self.organizer.setText(f.organizer)
        self.facilitator.setText(f.facilitator)

    def read(self) -> tuple[TrainingFields, list[FieldError]]:
        start, error = parse_typed_date(self.start_date.text(), "start_date")
        fields = TrainingFields(
            code=self.code.text(),
            title=self.title.text(),
            topic=self.topic.text(),
            kind=TrainingKind(self.kind.value()) if self.kind.value() else None,
            start_date=start,
            days=self.days.value(),
            venue=self.venue.text(),
            organizer=self.organizer.text(),
            facilitator=self.facilitator.text(),
            min_days=self.min_days.value() if self.at_least.isChecked() else None,
            project_id=self.project.project_id(),
        )
        return fields, [error] if error else []

    def show_errors(self, errors: list[FieldError]) -> None:
        place_errors(self.errors, self.form_error, errors)

    def save(self) -> uuid.UUID | None:
        fields, errors = self.read()
        place = self.places.value()
        if errors:
            errors += trainings.training_problems(self.db, fields, place, self.training_id)
        else:
            try:
                saved = trainings.save_training(
                    self.db, fields, place, self.officer, self.training_id
                )
            except ValidationError as exc:
                errors = exc.errors
        if errors:
            self.show_errors(errors)
            return None
        return self.finish(saved)
