"""The monitoring-visit form: new or existing visit, validation next to each field, a
draft kept while typing (`form.draft`, a `FormDraft` as in the loan and training forms), a
question before unsaved typing is closed away.

Its Evidence section is an `EvidenceStrip` whose changes wait for Save and are saved with the
visit, in its transaction. They count as unsaved changes (the title's star, the question on
closing) but are not kept in the draft: after a crash the typing comes back, the files are
added again from where they are. Files still being read and checked count as unsaved changes
too, and Save refuses while they are (one sentence: wait, then save) rather than save the
visit without them; Save and new starts the next visit only after a save, and a read that
arrives after the strip was given another visit is dropped, never added to it. A language
switch closes the form keeping its typing only, so it asks first when files wait for Save or
are being read (`files_waiting`; `language_switch`). Photos are compared with the form's
current date and coordinates (else, for a saved visit, the site's known point), so a flag
follows what is typed; a photo's GPS point is offered for an empty location, never filled in
silently."""

from __future__ import annotations

import logging
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.errors import FieldError, UserError, ValidationError
from fieldmon.domain.text import normalize_name
from fieldmon.domain.visits import (
    VisitFields,
    parse_coordinate,
    parse_typed_count,
    parse_typed_date,
)
from fieldmon.services import evidence, evidence_actions, visits
from fieldmon.services.history import history_rows
from fieldmon.services.visits import SiteInput
from fieldmon.ui import dialogs, formats
from fieldmon.ui.evidence_strip import EvidenceStrip, Expected
from fieldmon.ui.form_drafts import PLACE_KEYS, FormDraft
from fieldmon.ui.i18n import choice_label, error_text, shown
from fieldmon.ui.place_picker import PlacePicker
from fieldmon.ui.projects_page import ProjectCombo
from fieldmon.ui.widgets import ChoiceCombo, DateField, ErrorLabel, SearchCombo, with_error

log = logging.getLogger(__name__)
EQUIPMENT = {"yes": True, "no": False, "na": None}
DATES = ("visit_date", "follow_up_due", "follow_up_closed_on")


def _choices(cls: Any) -> list[tuple[str, str]]:
    return [(code, choice_label(cls, code)) for code in cls.labels()]


class VisitForm(QDialog):
    """Emits `saved(visit_id)` after each save, `delete_requested(visit_id)`, and
    `site_requested(site_id)` for the site's page (Site history…). A new visit belongs to
    `project` (the window's current project) unless the officer chooses another; an existing
    one shows its own."""

    saved = Signal(uuid.UUID)
    delete_requested = Signal(uuid.UUID)
    site_requested = Signal(uuid.UUID)

    def __init__(
        self,
        db: Database,
        officer: str,
        lang: str,
        visit_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        project: uuid.UUID | None = None,
    ):
        super().__init__(parent)
        self.db, self.officer, self.lang = db, officer, lang
        self.setObjectName("visit_form")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._site_items: dict[str, visits.SiteItem] = {}
        self._site_point: tuple[Decimal, Decimal] | None = None  # of the saved visit
        self._declined_point: tuple[Decimal, Decimal] | None = None
        layout = self._build()
        self.project.set_project(project if visit_id is None else None)
        fields = {name: w for name, w in self.widgets.items() if name not in PLACE_KEYS}
        self.draft = FormDraft(self, db, "", fields, self.places)
        self.visit_id = visit_id  # also the draft's key
        layout.insertWidget(layout.count() - 1, self.draft.note)  # above the buttons
        self._watch_fields()
        self.draft.start()
        self.draft.dirty_changed.connect(self._update_title)
        self.evidence.changed.connect(self._evidence_changed)
        for edit in (self.visit_date.edit, self.latitude, self.longitude):
            edit.textChanged.connect(self._evidence_context)
        self.draft.restored.connect(self._refresh_sites)  # the site list follows the place
        if visit_id is None:
            self._clear()
        else:
            self._load(visit_id)
        self._update_title()
        self._update_site_button()
        self.visit_date.setFocus()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> QVBoxLayout:
        self.errors: dict[str, ErrorLabel] = {}
        self.visit_date = DateField()
        self.officer_edit = SearchCombo()
        self.project = ProjectCombo(self.db)
        self.places = PlacePicker(self.db, self.lang, self)
        self.site = SearchCombo()
        self.site_type = ChoiceCombo(_choices(SiteType))
        self.purpose = ChoiceCombo(_choices(Purpose))
        self.funds_used = ChoiceCombo(_choices(FundsUsed))
        self.equipment_ok = ChoiceCombo(
            [("na", self.tr("Not applicable")), ("yes", self.tr("Yes")), ("no", self.tr("No"))],
            empty=None,
        )
        self.beneficiaries = QLineEdit()
        self.rating = ChoiceCombo(_choices(Rating))
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.findings.setMinimumHeight(80)
        self.follow_up = QLineEdit()
        self.follow_up_due = DateField()
        self.follow_up_closed_on = DateField()
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        # The site's page: every earlier visit, open follow-ups, loans ("what did we see here
        # last time?"). Out of the Tab order, which goes field to field; Alt+T reaches it.
        self.site_history_button = QPushButton(self.tr("Si&te history…"))
        self.site_history_button.setObjectName("site_history")
        self.site_history_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.site_history_button.setAutoDefault(False)
        self.latitude.setPlaceholderText("49.9480")
        self.longitude.setPlaceholderText("82.6279")

        self.widgets: dict[str, QWidget] = {
            "visit_date": self.visit_date,
            "officer": self.officer_edit,
            "project": self.project,
            "region": self.places.region,
            "district": self.places.district,
            "settlement": self.places.settlement,
            "site": self.site,
            "site_type": self.site_type,
            "purpose": self.purpose,
            "funds_used": self.funds_used,
            "equipment_ok": self.equipment_ok,
            "beneficiaries": self.beneficiaries,
            "rating": self.rating,
            "findings": self.findings,
            "follow_up": self.follow_up,
            "follow_up_due": self.follow_up_due,
            "follow_up_closed_on": self.follow_up_closed_on,
            "latitude": self.latitude,
            "longitude": self.longitude,
        }
        self.labels = labels = {
            "visit_date": self.tr("Visit date*"),
            "officer": self.tr("Officer*"),
            "project": self.tr("Project"),
            "region": self.tr("Region*"),
            "district": self.tr("District"),
            "settlement": self.tr("Settlement"),
            "site": self.tr("Site*"),
            "site_type": self.tr("Site type"),
            "purpose": self.tr("Purpose*"),
            "funds_used": self.tr("Funds used as intended*"),
            "equipment_ok": self.tr("Equipment in place and working"),
            "beneficiaries": self.tr("Beneficiaries served"),
            "rating": self.tr("Overall rating*"),
            "findings": self.tr("Findings"),
            "follow_up": self.tr("Follow-up action"),
            "follow_up_due": self.tr("Follow-up due"),
            "follow_up_closed_on": self.tr("Follow-up closed on"),
            "latitude": self.tr("GPS latitude"),
            "longitude": self.tr("GPS longitude"),
        }
        sections = {
            "visit_date": self.tr("Visit"),
            "region": self.tr("Site"),
            "purpose": self.tr("Checklist"),
            "findings": self.tr("Findings and follow-up"),
            "latitude": self.tr("Location"),
        }
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in self.widgets.items():
            widget.setObjectName(name)
            if name in sections:
                header = QLabel(f"<b>{sections[name]}</b>")
                form.addRow(header)
            field: QWidget = widget
            if name == "site":
                field = QWidget()
                row = QHBoxLayout(field)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(widget, 1)
                row.addWidget(self.site_history_button)
            box, error = with_error(field)
            self.errors[name] = error
            label = QLabel(labels[name])
            label.setBuddy(widget)
            form.addRow(label, box)
        evidence_heading = self.tr("Evidence")  # lupdate does not look inside f-strings
        form.addRow(QLabel(f"<b>{evidence_heading}</b>"))
        form.addRow(self._evidence_section())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.meta = QLabel()
        self.meta.setStyleSheet("color: #555;")
        self.meta.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S)"))
        self.save_new_button = QPushButton(self.tr("Save and &new"))
        self.save_new_button.setObjectName("save_new")
        self.save_new_button.setToolTip(self.tr("Save and start the next visit (Ctrl+Shift+S)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("delete")
        self.history_button = QPushButton(self.tr("&History…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_new_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        left = QHBoxLayout()
        left.addWidget(self.delete_button)
        left.addWidget(self.history_button)
        left.addStretch()
        bottom = QHBoxLayout()
        bottom.addLayout(left)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.meta)
        layout.addLayout(bottom)
        self.resize(620, 760)

        self.save_button.clicked.connect(lambda: self.save(close=True))
        self.save_new_button.clicked.connect(lambda: self.save(close=False))
        self.close_button.clicked.connect(self.close)
        self.delete_button.clicked.connect(self._delete)
        self.history_button.clicked.connect(self._show_history)
        # A dialog's default button would save on every Enter in a line edit: only Ctrl+S does.
        for button in (self.save_button, self.save_new_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save(close=True))
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self.save(close=False))

        self.site.activated.connect(self._site_picked)
        self.site.editTextChanged.connect(lambda _t: self._update_site_button())
        self.site_history_button.clicked.connect(self._open_site)
        self.officer_edit.set_items((o, o) for o in self._officers())
        order = list(self.widgets.values())
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return layout

    def _evidence_section(self) -> QWidget:
        """The strip of photos and scans, and under it the offer of a photo's GPS point."""
        self.evidence = EvidenceStrip(self.db, self.officer, parent=self)
        self.gps_offer = QFrame()
        self.gps_offer.setObjectName("gps_offer")
        self.gps_offer.setFrameShape(QFrame.Shape.StyledPanel)
        self.gps_offer.setStyleSheet("#gps_offer { background: #fff7d6; }")
        self.gps_offer_text = QLabel()
        self.gps_offer_text.setWordWrap(True)
        self.use_photo_point = QPushButton()
        self.use_photo_point.setObjectName("use_photo_point")
        self.use_photo_point.setAutoDefault(False)
        self.decline_photo_point = QPushButton(self.tr("No, thanks"))
        self.decline_photo_point.setObjectName("decline_photo_point")
        self.decline_photo_point.setAutoDefault(False)
        offer = QHBoxLayout(self.gps_offer)
        offer.addWidget(self.gps_offer_text, 1)
        offer.addWidget(self.use_photo_point)
        offer.addWidget(self.decline_photo_point)
        self.gps_offer.hide()
        self.use_photo_point.clicked.connect(self.use_photo_location)
        self.decline_photo_point.clicked.connect(self._decline_photo_point)
        section = QWidget()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.evidence)
        column.addWidget(self.gps_offer)
        return section

    def _officers(self) -> list[str]:
        return sorted({*visits.officer_names(self.db), self.officer})

    def _watch_fields(self) -> None:
        """A field's problem disappears as it is edited (the draft counts the typing)."""
        for name, widget in self.widgets.items():
            self._watch(name, widget)
        self.places.changed.connect(self._place_changed)

    def _watch(self, name: str, widget: QWidget) -> None:
        def edited(*_args: Any) -> None:
            if not self.draft.is_filling:
                self.errors[name].show_error(None)

        if isinstance(widget, DateField):
            widget.changed.connect(edited)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(edited)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(edited)
        elif isinstance(widget, SearchCombo):
            widget.editTextChanged.connect(edited)
        elif isinstance(widget, ChoiceCombo):
            widget.currentIndexChanged.connect(edited)

    # --- state ---------------------------------------------------------------------------

    @property
    def visit_id(self) -> uuid.UUID | None:
        """The visit shown; None for a new one."""
        return self._visit_id

    @visit_id.setter
    def visit_id(self, value: uuid.UUID | None) -> None:
        self._visit_id = value
        self.draft.key = f"visit:{value or 'new'}"

    @property
    def dirty(self) -> bool:
        """Typing or files not saved with the visit (files still being read included)."""
        return self.draft.dirty or self.files_waiting

    @property
    def files_waiting(self) -> bool:
        """Evidence changes waiting for Save, or files still being read: what a close that
        keeps only the typing (`close_kept`) would drop."""
        return self.evidence.has_changes or self.evidence.is_reading

    def _update_title(self) -> None:
        title = self.tr("New visit") if self.visit_id is None else self.tr("Visit")
        self.setWindowTitle(title + (" *" if self.dirty else ""))
        self.delete_button.setVisible(self.visit_id is not None)
        self.history_button.setVisible(self.visit_id is not None)

    def _clear(self) -> None:
        """An empty form for the next visit: today's date and this officer, the project,
        place and site of the last visit kept (officers usually enter several visits of one
        trip)."""
        with self.draft.filling():
            self._clear_fields()
        self.draft.dirty = False
        self._show_evidence()

    def _clear_fields(self) -> None:
        for name, widget in self.widgets.items():
            if name in ("project", "region", "district", "settlement", "site", "site_type"):
                continue
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.clear()
            elif isinstance(widget, DateField):
                widget.set_value(None)
            elif isinstance(widget, ChoiceCombo):
                widget.setCurrentIndex(0)
        self.visit_date.set_value(date.today())
        self.officer_edit.setEditText(self.officer)
        for error in self.errors.values():
            error.show_error(None)
        self.meta.setText("")

    def _load(self, visit_id: uuid.UUID) -> None:
        record = visits.load_visit(self.db, visit_id)
        with self.draft.filling():
            self._show(record)
        self.draft.dirty = False
        self._show_evidence()

    def _show(self, record: visits.VisitRecord) -> None:
        f = record.fields
        self.visit_date.set_value(f.visit_date)
        self.officer_edit.setEditText(f.officer)
        self.project.set_project(f.project_id)
        self.places.set_value(record.site.place)
        self._refresh_sites()
        self.site.setEditText(record.site.name)
        self.site_type.set_value(record.site.site_type.value if record.site.site_type else None)
        self.purpose.set_value(f.purpose.value if f.purpose else None)
        self.funds_used.set_value(f.funds_used.value if f.funds_used else None)
        self.equipment_ok.set_value({True: "yes", False: "no", None: "na"}[f.equipment_ok])
        self.beneficiaries.setText("" if f.beneficiaries is None else str(f.beneficiaries))
        self.rating.set_value(f.rating.value if f.rating else None)
        self.findings.setPlainText(f.findings)
        self.follow_up.setText(f.follow_up)
        self.follow_up_due.set_value(f.follow_up_due)
        self.follow_up_closed_on.set_value(f.follow_up_closed_on)
        self.latitude.setText("" if f.latitude is None else str(f.latitude.normalize()))
        self.longitude.setText("" if f.longitude is None else str(f.longitude.normalize()))
        self.meta.setText(
            self.tr("Created by {0} on {1}; last changed by {2} on {3}.").format(
                record.created_by,
                formats.moment(record.created_at),
                record.updated_by,
                formats.moment(record.updated_at),
            )
        )

    # --- evidence ------------------------------------------------------------------------

    def _show_evidence(self) -> None:
        """The strip shows the visit's saved files (none for a new one)."""
        visit_id = self.visit_id
        self._site_point = (
            None if visit_id is None else evidence_actions.site_point(self.db, visit_id)
        )
        self._declined_point = None
        self.evidence.set_owner(None if visit_id is None else evidence.Owner("visit", visit_id))
        self._evidence_context()

    def typed_point(self) -> tuple[Decimal, Decimal] | None:
        """The coordinates typed, when both are there and valid."""
        lat, lat_error = parse_coordinate(self.latitude.text(), "latitude")
        lon, lon_error = parse_coordinate(self.longitude.text(), "longitude")
        if lat is None or lon is None or lat_error or lon_error:
            return None
        return lat, lon

    def _evidence_context(self) -> None:
        """Photos are compared with what the form says now: its date, and its coordinates
        or else the site's known point (a saved visit's; a new visit has none before it
        has coordinates)."""
        self.evidence.set_expected(
            Expected(self.visit_date.value_or_none(), (), self.typed_point() or self._site_point)
        )
        self._update_gps_offer()

    def _evidence_changed(self) -> None:
        self._update_title()
        self._update_gps_offer()

    def photo_point(self) -> tuple[Decimal, Decimal] | None:
        return evidence.photo_point(self.evidence.rows())

    def _update_gps_offer(self) -> None:
        """Offered while both coordinates are empty and a photo has a GPS point (one the
        officer did not decline)."""
        point = self.photo_point()
        empty = not self.latitude.text().strip() and not self.longitude.text().strip()
        if point is None or not empty or point == self._declined_point:
            self.gps_offer.hide()
            return
        lat, lon = (str(v.normalize()) for v in point)
        self.gps_offer_text.setText(
            self.tr("A photo was taken at {0}, {1}. This visit has no location yet.").format(
                lat, lon
            )
        )
        self.use_photo_point.setText(
            self.tr("Use the photo's location ({0}, {1})").format(lat, lon)
        )
        self.gps_offer.show()

    def use_photo_location(self) -> None:
        """Fill the empty coordinates with the photo's point (typing, as if typed)."""
        point = self.photo_point()
        if point is None:
            return
        self.latitude.setText(str(point[0].normalize()))
        self.longitude.setText(str(point[1].normalize()))
        for name in ("latitude", "longitude"):
            self.errors[name].show_error(None)
        self.draft.changed()
        self._update_gps_offer()

    def _decline_photo_point(self) -> None:
        self._declined_point = self.photo_point()
        self.gps_offer.hide()

    # --- site selection ------------------------------------------------------------------

    def _place_changed(self) -> None:
        if not self.draft.is_filling:  # filling refreshes the sites once, at its end
            self._refresh_sites()

    def _refresh_sites(self) -> None:
        items = visits.site_items(self.db, self.places.value())
        self._site_items = {item.name: item for item in items}
        self.site.set_items(((item.name, item.name) for item in items), keep_text=True)
        self._update_site_button()

    def known_site(self) -> uuid.UUID | None:
        """The site typed or picked, when it is one already recorded at the chosen place
        (one of the site list's entries, in any case); None for a new or no site."""
        typed = normalize_name(self.site.text())
        if not typed:
            return None
        for item in self._site_items.values():
            if normalize_name(item.name) == typed:
                return item.id
        return None

    def _update_site_button(self) -> None:
        known = self.known_site() is not None
        self.site_history_button.setEnabled(known)
        self.site_history_button.setToolTip(
            self.tr("Every visit to this site, its open follow-ups and the loans behind it")
            if known
            else self.tr("Type or pick a site already recorded at this place to see its history")
        )

    def _open_site(self) -> None:
        site_id = self.known_site()
        if site_id is not None:
            self.site_requested.emit(site_id)

    def _site_picked(self, index: int) -> None:
        item = self._site_items.get(self.site.itemText(index))
        if item is None:
            return
        with self.draft.filling():
            self.site_type.set_value(item.site_type)
            if not self.places.district.text():
                self.places.district.setEditText(item.district)
            if not self.places.settlement.text():
                self.places.settlement.setEditText(item.settlement)
        self.draft.changed()

    # --- reading the form ----------------------------------------------------------------

    def collect(self) -> tuple[VisitFields, SiteInput, list[FieldError]]:
        """The typed values, and the problems found while reading them (unparseable dates,
        numbers and coordinates); the service checks the rest."""
        problems: list[FieldError] = []

        def typed_date(name: str, widget: DateField) -> date | None:
            value, error = parse_typed_date(widget.text(), name)
            if error:
                problems.append(error)
            return value

        def coordinate(name: str, widget: QLineEdit) -> Decimal | None:
            value, error = parse_coordinate(widget.text(), name)
            if error:
                problems.append(error)
            return value

        beneficiaries, error = parse_typed_count(self.beneficiaries.text(), "beneficiaries")
        if error:
            problems.append(error)

        def choice(cls: Any, combo: ChoiceCombo) -> Any:
            code = combo.value()
            return cls(code) if code else None

        fields_ = VisitFields(
            visit_date=typed_date("visit_date", self.visit_date),
            officer=self.officer_edit.text(),
            purpose=choice(Purpose, self.purpose),
            funds_used=choice(FundsUsed, self.funds_used),
            equipment_ok=EQUIPMENT[self.equipment_ok.value() or "na"],
            beneficiaries=beneficiaries,
            rating=choice(Rating, self.rating),
            findings=self.findings.toPlainText().strip(),
            follow_up=self.follow_up.text().strip(),
            follow_up_due=typed_date("follow_up_due", self.follow_up_due),
            follow_up_closed_on=typed_date("follow_up_closed_on", self.follow_up_closed_on),
            latitude=coordinate("latitude", self.latitude),
            longitude=coordinate("longitude", self.longitude),
            project_id=self.project.project_id(),
        )
        site = SiteInput(self.site.text(), choice(SiteType, self.site_type), self.places.value())
        return fields_, site, problems

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.show_error(None)
        for error in errors:
            label = self.errors.get(error.field)
            if label is not None and not label.isVisible():
                label.show_error(error_text(error))
        if errors:
            first = self.widgets.get(errors[0].field)
            if first is not None:
                first.setFocus()

    # --- actions -------------------------------------------------------------------------

    def save(self, close: bool = True) -> bool:
        """Validate and save; on any problem show it next to its field and save nothing.
        Then close, or (Save and new) start an empty form keeping the place and site."""
        saved_id = self._save_now()
        if saved_id is None:
            return False
        if close:
            self.close()
        else:
            self.visit_id = None
            self._clear()  # and the strip, for the next visit
            with self.draft.filling():
                self._refresh_sites()
                self.site.setEditText("")
            self.visit_date.setFocus()
            self._update_title()
        return True

    def _save_now(self) -> uuid.UUID | None:
        if self.evidence.is_reading:  # saved now, the visit would be without those files
            dialogs.show_error(
                self,
                self.tr("Not saved yet"),
                self.tr("Wait until the files are checked, then save."),
            )
            return None
        fields_, site, problems = self.collect()
        saved_id: uuid.UUID | None = None
        if not problems:
            try:
                saved_id = visits.save_visit(
                    self.db,
                    fields_,
                    site,
                    self.officer,
                    visit_id=self.visit_id,
                    evidence=self.evidence.changes(),
                )
            except ValidationError as exc:
                problems = exc.errors
            except UserError as exc:
                dialogs.show_error(self, self.tr("Cannot save"), shown(exc))
                return None
        else:
            # Add the service's messages, so that every problem is visible at once.
            seen = {p.field for p in problems}
            problems += [
                e
                for e in visits.visit_problems(self.db, fields_, site, date.today())
                if e.field not in seen
            ]
        if problems or saved_id is None:
            self.show_errors(problems)
            return None
        self.draft.discard()
        self.visit_id = saved_id
        self._show_evidence()
        self._update_title()
        self.saved.emit(saved_id)
        return saved_id

    def _delete(self) -> None:
        if self.visit_id is None:
            return
        self.draft.discard()
        self.delete_requested.emit(self.visit_id)
        self.close()

    def _show_history(self) -> None:
        if self.visit_id is None:
            return
        rows = history_rows(self.db, self.visit_id)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("History of this visit"))
        table = QTableWidget(len(rows), 4, dialog)
        table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Changes")]
        )
        actions = {
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "delete": self.tr("Deleted"),
            "restore": self.tr("Restored"),
            "resolve": self.tr("Conflict settled"),
            "merge": self.tr("Merged"),
        }
        for r, (when, who, action, changes) in enumerate(rows):
            text = "; ".join(
                f"{self._field_name(k)}: {self._history_value(k, old)} → "
                f"{self._history_value(k, new)}"
                for k, (old, new) in changes.items()
            )
            for c, value in enumerate(
                (formats.moment(when), who, actions.get(action, action), text)
            ):
                table.setItem(r, c, QTableWidgetItem(value))
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        dialog.resize(760, 320)
        dialog.exec()

    def _field_name(self, name: str) -> str:
        """A field as the form labels it (without the mark of a required one)."""
        name = "project" if name == "project_id" else name
        return self.labels[name].rstrip("*") if name in self.labels else name

    def _history_value(self, name: str, value: Any) -> str:
        """A value as the history stores it (JSON: codes, ISO dates), as the form shows it."""
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if name == "project_id":
            return self.project.text_of(value) or str(value)
        choices = {"purpose": Purpose, "funds_used": FundsUsed, "rating": Rating}
        if name in choices and str(value) in choices[name].labels():
            return choice_label(choices[name], str(value))
        if isinstance(value, str) and name in DATES:
            try:
                return formats.day(date.fromisoformat(value))
            except ValueError:
                return value
        if isinstance(value, int):
            return formats.count(value)
        return str(value)

    # --- drafts --------------------------------------------------------------------------

    def close_kept(self) -> None:
        """Close without asking, keeping the draft (`draft.keep_typing()` first); files
        waiting for Save or being read are not part of a draft and are dropped (the language
        switch asks first: `files_waiting`)."""
        self.draft.timer.stop()
        self.draft.dirty = False
        self.evidence.set_owner(self.evidence.owner)
        self.close()

    def reject(self) -> None:
        """Escape closes through closeEvent, so that unsaved typing is asked about."""
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Its own question rather than `form_drafts.may_close`: Save here saves and lets
        # this close go on (may_close's Save closes the form by itself, from inside this).
        if self.dirty:
            answer = dialogs.ask_unsaved(self)
            if answer is dialogs.Unsaved.CANCEL or (
                answer is dialogs.Unsaved.SAVE and self._save_now() is None
            ):
                event.ignore()
                return
            if answer is dialogs.Unsaved.DISCARD:
                self.draft.discard()
        self.evidence.stop_reading()  # a read arriving now has no visit to go to
        self.draft.timer.stop()
        event.accept()
