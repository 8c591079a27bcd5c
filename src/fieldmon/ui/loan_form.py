"""The loan form: the borrower (one person or a group of 2–3), their place, and the loan's
terms, with a one-line preview of the schedule. Same standard as the visit form: every
problem is shown under its field, nothing is saved until all are fixed."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import FieldError, ValidationError
from fieldmon.domain.loans import BorrowerKind, LoanFields, Method, Product, Sex, schedule
from fieldmon.domain.money import Currency, parse_typed_amount
from fieldmon.domain.people import PersonFields
from fieldmon.domain.visits import parse_typed_count, parse_typed_date
from fieldmon.services import loans, people
from fieldmon.services.loans import BorrowerInput
from fieldmon.ui import formats
from fieldmon.ui.form_drafts import DraftDialog, FormDraft
from fieldmon.ui.i18n import choice_label, error_text
from fieldmon.ui.place_picker import PlacePicker
from fieldmon.ui.projects_page import ProjectCombo
from fieldmon.ui.widgets import ChoiceCombo, DateField, ErrorLabel, with_error

MEMBER_FIELDS = ("full_name", "sex", "birth_year", "iin", "phone")


def _choices(cls: type) -> list[tuple[str, str]]:
    return [(code, choice_label(cls, code)) for code in cls.labels()]  # type: ignore[attr-defined]


class MemberRow:
    """One person's fields on a grid row, with a line under it for problems and matches."""

    def __init__(self, grid: QGridLayout, row: int, index: int):
        self.full_name = QLineEdit()
        self.full_name.setMinimumWidth(180)  # 'Нұрланова Айгерім Болатқызы' fits
        self.sex = ChoiceCombo(_choices(Sex))
        self.birth_year = QLineEdit()
        self.birth_year.setMaxLength(4)
        self.birth_year.setFixedWidth(60)
        self.iin = QLineEdit()
        self.iin.setMaxLength(12)
        self.iin.setFixedWidth(120)
        self.phone = QLineEdit()
        self.phone.setMinimumWidth(120)  # +7 701 234 56 78
        for name in MEMBER_FIELDS:
            getattr(self, name).setObjectName(f"member{index + 1}_{name}")
        self.message = ErrorLabel()
        self.note = QLabel()
        self.note.setStyleSheet("color: #1f4e78;")
        self.note.setWordWrap(True)
        self.note.hide()
        for column, name in enumerate(MEMBER_FIELDS):
            grid.addWidget(getattr(self, name), row, column)
        grid.addWidget(self.message, row + 1, 0, 1, len(MEMBER_FIELDS))
        grid.addWidget(self.note, row + 2, 0, 1, len(MEMBER_FIELDS))
        self.widgets: list[QWidget] = [getattr(self, n) for n in MEMBER_FIELDS]

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets:
            widget.setVisible(visible)
        if not visible:
            self.message.show_error(None)
            self.note.hide()

    def fields(self) -> tuple[PersonFields, list[FieldError]]:
        year, error = parse_typed_count(self.birth_year.text(), "birth_year")
        errors = [error] if error else []
        return (
            PersonFields(
                self.full_name.text(),
                Sex(self.sex.value()) if self.sex.value() else None,
                year,
                self.iin.text().strip(),
                self.phone.text(),
            ),
            errors,
        )

    def set_fields(self, p: PersonFields) -> None:
        self.full_name.setText(p.full_name)
        self.sex.set_value(p.sex.value if p.sex else None)
        self.birth_year.setText(str(p.birth_year or ""))
        self.iin.setText(p.iin)
        self.phone.setText(p.phone)


class LoanForm(DraftDialog):
    """A new loan belongs to `project` (the window's current project) unless the officer
    chooses another; an existing one shows its own."""

    def __init__(
        self,
        db: Database,
        officer: str,
        lang: str,
        loan_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        project: uuid.UUID | None = None,
    ):
        super().__init__(parent)
        self.db, self.officer, self.loan_id = db, officer, loan_id
        self.setWindowTitle(self.tr("New loan") if loan_id is None else self.tr("Edit loan"))
        self.errors: dict[str, ErrorLabel] = {}

        # --- borrower
        self.kind = ChoiceCombo(_choices(BorrowerKind), empty=None)
        self.kind.setObjectName("kind")
        self.group_name = QLineEdit()
        self.group_name.setObjectName("group_name")
        self.group_label = QLabel(self.tr("Group name"))
        grid = QGridLayout()
        for column, title in enumerate(
            (
                self.tr("Full name"),
                self.tr("Sex"),
                self.tr("Birth year"),
                self.tr("IIN"),
                self.tr("Phone"),
            )
        ):
            grid.addWidget(QLabel(title), 0, column)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(4, 2)
        self.members = [MemberRow(grid, 1 + 3 * i, i) for i in range(loans.MAX_GROUP)]
        self.places = PlacePicker(db, lang, self)
        borrower_box = QGroupBox(self.tr("Borrower"))
        form = QFormLayout(borrower_box)
        form.addRow(self.tr("Borrower is"), self.kind)
        form.addRow(self.group_label, self._field("group_name", self.group_name))
        form.addRow(grid)
        form.addRow("", self._error_only("members"))
        form.addRow(self.tr("Region"), self._field("region", self.places.region))
        form.addRow(self.tr("District"), self.places.district)
        form.addRow(self.tr("Settlement"), self.places.settlement)

        # --- loan
        self.project = ProjectCombo(db)
        self.project.set_project(project if loan_id is None else None)
        self.loan_no = QLineEdit()
        self.product = ChoiceCombo(_choices(Product))
        self.purpose = QLineEdit()
        self.principal = QLineEdit()
        self.principal.setMinimumWidth(110)  # 12 500 000,00
        self.currency = ChoiceCombo(_choices(Currency), empty=None)
        self.annual_rate_pct = QLineEdit()
        self.method = ChoiceCombo(_choices(Method))
        self.term_months = QLineEdit()
        self.disbursed_on = DateField()
        self.first_due_on = DateField()
        self.first_due_on.edit.setPlaceholderText(self.tr("a month after disbursement"))
        self.approved_on = DateField()
        loan_box = QGroupBox(self.tr("Loan"))
        lform = QFormLayout(loan_box)
        money = QHBoxLayout()
        money.addWidget(self._field("principal", self.principal), 2)
        money.addWidget(self.currency, 1)
        money_box = QWidget()
        money_box.setLayout(money)
        money.setContentsMargins(0, 0, 0, 0)
        rows = [
            (self.tr("Project"), "project", self.project),
            (self.tr("Loan number"), "loan_no", self.loan_no),
            (self.tr("Product"), "product", self.product),
            (self.tr("Purpose or equipment"), "purpose", self.purpose),
        ]
        for label, name, widget in rows:
            widget.setObjectName(name)
            lform.addRow(label, self._field(name, widget))
        lform.addRow(self.tr("Principal"), money_box)
        for label, name, widget in [
            (self.tr("Annual rate, %"), "annual_rate_pct", self.annual_rate_pct),
            (self.tr("Interest method"), "method", self.method),
            (self.tr("Term, months"), "term_months", self.term_months),
            (self.tr("Disbursed on"), "disbursed_on", self.disbursed_on),
            (self.tr("First instalment due"), "first_due_on", self.first_due_on),
            (self.tr("Committee approval"), "approved_on", self.approved_on),
        ]:
            widget.setObjectName(name)
            lform.addRow(label, self._field(name, widget))
        self.principal.setObjectName("principal")
        self.currency.setObjectName("currency")
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        lform.addRow(self.preview)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.form_error = ErrorLabel()

        columns = QHBoxLayout()
        columns.addWidget(borrower_box, 3)
        columns.addWidget(loan_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for widget in (self.principal, self.annual_rate_pct, self.term_months):
            widget.textChanged.connect(self._update_preview)
        for combo in (self.currency, self.method):
            combo.currentIndexChanged.connect(self._update_preview)
        self.disbursed_on.changed.connect(self._update_preview)
        self.first_due_on.changed.connect(self._update_preview)
        for member in self.members:
            for widget in (member.full_name, member.birth_year, member.iin):
                widget.editingFinished.connect(lambda m=member: self._show_matches(m))
        if loan_id is not None:
            self._load(loan_id)
        self._kind_changed()
        self._update_preview()
        fields: dict[str, QWidget] = {"kind": self.kind, "group_name": self.group_name}
        for i, member in enumerate(self.members):
            fields |= {f"member{i + 1}_{n}": getattr(member, n) for n in MEMBER_FIELDS}
        for name in ("project", "loan_no", "product", "purpose", "principal", "currency"):
            fields[name] = getattr(self, name)
        for name in ("annual_rate_pct", "method", "term_months", "disbursed_on"):
            fields[name] = getattr(self, name)
        fields |= {"first_due_on": self.first_due_on, "approved_on": self.approved_on}
        self.draft = FormDraft(self, db, f"loan:{loan_id or 'new'}", fields, self.places)
        self.draft.start()
        layout.insertWidget(layout.indexOf(buttons), self.draft.note)

    def _field(self, name: str, widget: QWidget) -> QWidget:
        box, error = with_error(widget)
        self.errors[name] = error
        return box

    def _error_only(self, name: str) -> ErrorLabel:
        self.errors[name] = ErrorLabel()
        return self.errors[name]

    def _kind_changed(self) -> None:
        group = self.kind.value() == BorrowerKind.GROUP.value
        self.group_name.setVisible(group)
        self.group_label.setVisible(group)
        for i, member in enumerate(self.members):
            member.set_visible(group or i == 0)

    def _load(self, loan_id: uuid.UUID) -> None:
        detail = loans.load_loan(self.db, loan_id)
        f, b = detail.fields, detail.borrower
        self.project.set_project(f.project_id)
        self.kind.set_value(b.kind.value if b.kind else None)
        self.group_name.setText(b.group_name)
        for member, person in zip(self.members, b.members, strict=False):
            member.set_fields(person)
        self.places.set_value(b.place)
        self.loan_no.setText(f.loan_no)
        self.product.set_value(f.product.value if f.product else None)
        self.purpose.setText(f.purpose)
        self.principal.setText(str(f.principal))
        self.currency.set_value(f.currency.value if f.currency else None)
        self.annual_rate_pct.setText(str(f.annual_rate_pct))
        self.method.set_value(f.method.value if f.method else None)
        self.term_months.setText(str(f.term_months))
        self.disbursed_on.set_value(f.disbursed_on)
        self.first_due_on.set_value(f.first_due_on)
        self.approved_on.set_value(f.approved_on)

    # --- reading the form ------------------------------------------------------------------

    def read(self) -> tuple[LoanFields, BorrowerInput, list[FieldError]]:
        errors: list[FieldError] = []
        dates = {}
        for name in ("disbursed_on", "first_due_on", "approved_on"):
            dates[name], error = parse_typed_date(getattr(self, name).text(), name)
            if error:
                errors.append(error)
        term, error = parse_typed_count(self.term_months.text(), "term_months")
        principal, principal_error = parse_typed_amount(self.principal.text(), "principal")
        rate, rate_error = parse_typed_amount(self.annual_rate_pct.text(), "annual_rate_pct")
        errors += [e for e in (error, principal_error, rate_error) if e is not None]
        fields = LoanFields(
            loan_no=self.loan_no.text(),
            product=Product(self.product.value()) if self.product.value() else None,
            purpose=self.purpose.text(),
            principal=principal,
            currency=Currency(self.currency.value()),
            annual_rate_pct=rate,
            method=Method(self.method.value()) if self.method.value() else None,
            term_months=term,
            disbursed_on=dates["disbursed_on"],
            first_due_on=dates["first_due_on"],
            approved_on=dates["approved_on"],
            project_id=self.project.project_id(),
        )
        kind = BorrowerKind(self.kind.value())
        members = []
        count = loans.MAX_GROUP if kind == BorrowerKind.GROUP else 1
        for i, row in enumerate(self.members[:count]):
            person, row_errors = row.fields()
            members.append(person)
            prefix = loans.member_prefix(kind, i)
            errors += [FieldError(prefix + e.field, e.template, e.params) for e in row_errors]
        borrower = BorrowerInput(kind, tuple(members), self.places.value(), self.group_name.text())
        return fields, borrower, errors

    def _update_preview(self) -> None:
        fields, _b, errors = self.read()
        try:
            if errors:
                raise ValueError
            lines = schedule(fields.terms())
        except (AssertionError, ValueError, ArithmeticError):
            self.preview.setText("")
            return
        cur = fields.currency or Currency.KZT
        self.preview.setText(
            self.tr("{0} instalments from {1} to {2}; the first {3}, in all {4}.").format(
                formats.count(len(lines)),
                formats.day(lines[0].due_on),
                formats.day(lines[-1].due_on),
                formats.money(lines[0].total, cur),
                formats.money(sum((i.total for i in lines), Decimal(0)), cur),
            )
        )

    def _show_matches(self, member: MemberRow) -> None:
        """The duplicate guard: say which existing person will be used."""
        person, errors = member.fields()
        if errors or not (person.full_name.strip() or person.iin):
            member.note.hide()
            return
        found = people.registered(self.db, person)
        if found is None:
            member.note.hide()
            return
        member.note.setText(
            self.tr("Already registered: {0}, born {1}{2}. That record will be used.").format(
                found.full_name,
                found.birth_year,
                self.tr(", IIN {0}").format(found.iin) if found.iin else "",
            )
        )
        member.note.show()

    # --- saving ------------------------------------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.show_error(None)
        for member in self.members:
            member.message.show_error(None)
        unplaced = []
        for error in errors:
            if error.field.startswith("member") and "." in error.field:
                index = int(error.field.split(".")[0].removeprefix("member")) - 1
                row = self.members[index]
                row.message.show_error(
                    "\n".join(filter(None, [row.message.text(), error_text(error)]))
                )
            elif error.field in self.errors:
                label = self.errors[error.field]
                if not label.isVisible():
                    label.show_error(error_text(error))
            elif error.field in MEMBER_FIELDS:
                row = self.members[0]
                row.message.show_error(
                    "\n".join(filter(None, [row.message.text(), error_text(error)]))
                )
            else:
                unplaced.append(error_text(error))
        self.form_error.show_error("\n".join(unplaced) or None)

    def save(self) -> uuid.UUID | None:
        fields, borrower, errors = self.read()
        if errors:  # show every other problem too, not only what could not be read
            errors += loans.problems(self.db, fields, borrower, date.today(), self.loan_id)
        else:
            try:
                loan_id = loans.save_loan(
                    self.db,
                    fields,
                    borrower,
                    self.officer,
                    loan_id=self.loan_id,
                    today=date.today(),
                )
            except ValidationError as exc:
                errors = exc.errors
        if errors:
            self.show_errors(errors)
            return None
        return self.finish(loan_id)
