"""Registering a new participant at a training, with the duplicate guard: people already in
the registry with the same IIN, or the same name (as the duplicate rule compares names) and
birth year, are offered before a new record is created."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import FieldError, ValidationError
from fieldmon.domain.loans import Sex
from fieldmon.domain.people import PersonFields
from fieldmon.domain.trainings import Category
from fieldmon.domain.visits import parse_typed_count
from fieldmon.services import people, trainings
from fieldmon.services.places import PlaceInput
from fieldmon.services.trainings import ParticipantInput
from fieldmon.ui.i18n import choice_label
from fieldmon.ui.place_picker import PlacePicker
from fieldmon.ui.widgets import ChoiceCombo, ErrorLabel, place_errors, with_error

NEW_PERSON = "new"


class ParticipantDialog(QDialog):
    """`participation_id` is set once the participant is registered."""

    def __init__(
        self,
        db: Database,
        officer: str,
        lang: str,
        training_id: uuid.UUID,
        name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.officer, self.training_id = db, officer, training_id
        self.participation_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("New participant"))
        self.errors: dict[str, ErrorLabel] = {}
        self.full_name = QLineEdit(name)
        self.sex = ChoiceCombo([(s.value, choice_label(Sex, s.value)) for s in Sex])
        self.birth_year = QLineEdit()
        self.birth_year.setMaxLength(4)
        self.category = ChoiceCombo([(c.value, choice_label(Category, c.value)) for c in Category])
        self.organization = QLineEdit()
        self.places = PlacePicker(db, lang, self)
        self.places.district.hide()  # a participant's place is their region or city
        self.places.settlement.hide()
        self.phone = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setMaxLength(12)
        form = QFormLayout()
        for label, field, widget in [
            (self.tr("Full name"), "full_name", self.full_name),
            (self.tr("Sex"), "sex", self.sex),
            (self.tr("Birth year"), "birth_year", self.birth_year),
            (self.tr("Category"), "category", self.category),
            (self.tr("Organization"), "organization", self.organization),
            (self.tr("Region"), "region", self.places.region),
            (self.tr("Phone"), "phone", self.phone),
            (self.tr("IIN"), "iin", self.iin),
        ]:
            if field != "region":
                widget.setObjectName(field)
            form.addRow(label, self._field(field, widget))
        self.matches_label = QLabel(
            self.tr("Already in the registry — is this one of them? Choose, then add.")
        )
        self.matches_label.setStyleSheet("color: #1f4e78;")
        self.matches_label.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setObjectName("matches")
        self.matches_label.hide()
        self.matches.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setObjectName("add")
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        self.form_error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.matches_label)
        layout.addWidget(self.matches)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self._offered: PersonFields | None = None  # the fields the matches were found for

    def _field(self, name: str, widget: QWidget) -> QWidget:
        box, error = with_error(widget)
        self.errors[name] = error
        return box

    def read(self) -> tuple[ParticipantInput, list[FieldError]]:
        year, error = parse_typed_count(self.birth_year.text(), "birth_year")
        person = PersonFields(
            self.full_name.text(),
            Sex(self.sex.value()) if self.sex.value() else None,
            year,
            self.iin.text().strip(),
            self.phone.text(),
        )
        place = self.places.value()
        participant = ParticipantInput(
            person,
            Category(self.category.value()) if self.category.value() else None,
            self.organization.text(),
            PlaceInput(place.region_id) if place.region_id else None,
        )
        return participant, [error] if error else []

    def show_errors(self, errors: list[FieldError]) -> None:
        place_errors(self.errors, self.form_error, errors)

    def _offer(self, found: list[people.PersonMatch]) -> None:
        self.matches.clear()
        for match in found:
            text = self.tr("{0}, born {1}").format(match.full_name, match.birth_year)
            if match.iin:
                text += self.tr(", IIN {0}").format(match.iin)
            if match.phone:
                text += f", {match.phone}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(match.id))
            self.matches.addItem(item)
        if not any(m.by_iin for m in found):  # one IIN is one person: no new record then
            item = QListWidgetItem(self.tr("Someone else: add as a new person"))
            item.setData(Qt.ItemDataRole.UserRole, NEW_PERSON)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self.matches_label.show()
        self.matches.show()
        self.matches.setFocus()
        self.add_button.setText(self.tr("Add the chosen person"))

    def add(self) -> uuid.UUID | None:
        participant, errors = self.read()
        errors += trainings.check_participant(participant, date.today())
        if errors:
            self.show_errors(errors)
            return None
        self.show_errors([])
        chosen = self.matches.currentItem()
        if self._offered != participant.person or chosen is None:
            found = people.similar_people(self.db, participant.person)
            if found:
                self._offered = participant.person
                self._offer(found)
                return None
            choice = NEW_PERSON
        else:
            choice = chosen.data(Qt.ItemDataRole.UserRole)
        try:
            if choice == NEW_PERSON:
                pid = trainings.add_participant(
                    self.db,
                    self.training_id,
                    self.officer,
                    participant=participant,
                    new_person=True,
                )
            else:
                pid = trainings.add_participant(
                    self.db,
                    self.training_id,
                    self.officer,
                    participant=participant,
                    person_id=uuid.UUID(choice),
                )
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        self.participation_id = pid
        self.accept()
        return pid
