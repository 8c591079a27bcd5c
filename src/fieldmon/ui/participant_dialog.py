"""Registering a new participant at a training, with the duplicate guard: people already in
the registry with the same IIN, or the same name (as the duplicate rule compares names) and
birth year, are offered before a new record is created."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
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


class PersonFieldsBox(QWidget):
    """A person's fields, each with its error underneath, as form rows: full name, sex,
    birth year, category, organization, the region (when `db` is given) and phone and IIN.
    Shared by the participant form and the person form (`ui.person_dialog`)."""

    def __init__(
        self,
        db: Database | None = None,
        lang: str = "en",
        name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.errors: dict[str, ErrorLabel] = {}
        self.full_name = QLineEdit(name)
        self.sex = ChoiceCombo([(s.value, choice_label(Sex, s.value)) for s in Sex])
        self.birth_year = QLineEdit()
        self.birth_year.setMaxLength(4)
        self.category = ChoiceCombo([(c.value, choice_label(Category, c.value)) for c in Category])
        self.organization = QLineEdit()
        self.places: PlacePicker | None = None
        if db is not None:
            self.places = PlacePicker(db, lang, self)
            self.places.district.hide()  # a participant's place is their region or city
            self.places.settlement.hide()
        self.phone = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setMaxLength(12)
        # The participant form's labels before it shared them: in its context, so their
        # translations hold.
        self.labels = {
            "full_name": QCoreApplication.translate("ParticipantDialog", "Full name"),
            "sex": QCoreApplication.translate("ParticipantDialog", "Sex"),
            "birth_year": QCoreApplication.translate("ParticipantDialog", "Birth year"),
            "category": QCoreApplication.translate("ParticipantDialog", "Category"),
            "organization": QCoreApplication.translate("ParticipantDialog", "Organization"),
            "region": QCoreApplication.translate("ParticipantDialog", "Region"),
            "phone": QCoreApplication.translate("ParticipantDialog", "Phone"),
            "iin": QCoreApplication.translate("ParticipantDialog", "IIN"),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for field, widget in [
            ("full_name", self.full_name),
            ("sex", self.sex),
            ("birth_year", self.birth_year),
            ("category", self.category),
            ("organization", self.organization),
            ("region", self.places.region if self.places else None),
            ("phone", self.phone),
            ("iin", self.iin),
        ]:
            if widget is None:
                continue
            if field != "region":
                widget.setObjectName(field)
            box, error = with_error(widget)
            self.errors[field] = error
            form.addRow(self.labels[field], box)

    def person(self) -> tuple[PersonFields, list[FieldError]]:
        """The person typed, and the problem reading the birth year if there is one."""
        year, error = parse_typed_count(self.birth_year.text(), "birth_year")
        person = PersonFields(
            self.full_name.text(),
            Sex(self.sex.value()) if self.sex.value() else None,
            year,
            self.iin.text().strip(),
            self.phone.text(),
        )
        return person, [error] if error else []

    def category_value(self) -> Category | None:
        return Category(self.category.value()) if self.category.value() else None

    def set_person(
        self, person: PersonFields, category: Category | None, organization: str
    ) -> None:
        self.full_name.setText(person.full_name)
        self.sex.set_value(person.sex.value if person.sex else None)
        self.birth_year.setText("" if person.birth_year is None else str(person.birth_year))
        self.category.set_value(category.value if category else None)
        self.organization.setText(organization)
        self.phone.setText(person.phone)
        self.iin.setText(person.iin)


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
        self.fields = PersonFieldsBox(db, lang, name, self)
        box = self.fields
        self.errors = box.errors
        self.full_name, self.sex, self.birth_year = box.full_name, box.sex, box.birth_year
        self.category, self.organization = box.category, box.organization
        assert box.places is not None
        self.places, self.phone, self.iin = box.places, box.phone, box.iin
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
        layout.addWidget(box)
        layout.addWidget(self.matches_label)
        layout.addWidget(self.matches)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self._offered: PersonFields | None = None  # the fields the matches were found for

    def read(self) -> tuple[ParticipantInput, list[FieldError]]:
        person, errors = self.fields.person()
        place = self.places.value()
        participant = ParticipantInput(
            person,
            self.fields.category_value(),
            self.organization.text(),
            PlaceInput(place.region_id) if place.region_id else None,
        )
        return participant, errors

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
