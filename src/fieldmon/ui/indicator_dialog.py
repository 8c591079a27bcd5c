"""An indicator of a project's results framework, added or edited from the Results page: its
code (fixed once saved: the id is derived from it), title, level, unit, what it measures,
region, baseline, target for the life of the project and targets per year.

The measure is typed or picked from the summary's keys; a key holding several figures is
offered as `loans.par30[…]`, and picking it selects the `…` so that typing `KZT` replaces
it. What the measure means is written under the field, in the interface's language. The
rules are the service's (`indicators.check`): its errors show under their fields and the
dialog stays open, nothing saved."""

from __future__ import annotations

import re
import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import FieldError, UserError, ValidationError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.loans import LoanStatus, Product
from fieldmon.domain.trainings import Category
from fieldmon.domain.visits import NOT_A_NUMBER
from fieldmon.services import indicators, places
from fieldmon.ui import formats
from fieldmon.ui.i18n import choice_label, shown, translate
from fieldmon.ui.widgets import ChoiceCombo, ErrorLabel, place_errors, with_error

HINT = "…"  # the part still to be named in a measure picked from the list: loans.par30[…]

# What each summary key counts, in the words the Reports page's Summary uses (the same
# translations). A template with {0} takes the part (a currency); the others are followed
# by ': ' and the part, or stand alone.
_NUMBER_LABELS = {
    "visits.count": QT_TRANSLATE_NOOP("fieldmon", "Visits"),
    "visits.sites": QT_TRANSLATE_NOOP("fieldmon", "Sites visited"),
    "visits.follow_ups_open": QT_TRANSLATE_NOOP(
        "fieldmon", "Follow-up actions due and still open at the period's end"
    ),
    "loans.count": QT_TRANSLATE_NOOP("fieldmon", "Loans disbursed by the period's end"),
    "loans.disbursed_in_period": QT_TRANSLATE_NOOP("fieldmon", "Loans disbursed in the period"),
    "repayments.count": QT_TRANSLATE_NOOP("fieldmon", "Repayments received"),
    "training.events": QT_TRANSLATE_NOOP("fieldmon", "Training events"),
    "training.participations": QT_TRANSLATE_NOOP(
        "fieldmon", "Participations (a person at two events: two)"
    ),
    "training.participants": QT_TRANSLATE_NOOP(
        "fieldmon", "People trained (each person counted once)"
    ),
    "training.completed": QT_TRANSLATE_NOOP("fieldmon", "Participations completed"),
    "training.person_days": QT_TRANSLATE_NOOP("fieldmon", "Person-days"),
}
_BY_SEX = QT_TRANSLATE_NOOP("fieldmon", "People trained by sex")
_BY_STATUS = QT_TRANSLATE_NOOP("fieldmon", "Loans by status at the period's end")
_SEX_LABELS = {
    "training.participants.female": QT_TRANSLATE_NOOP("fieldmon", "Women"),
    "training.participants.male": QT_TRANSLATE_NOOP("fieldmon", "Men"),
}
_PART_LABELS = {
    "visits.by_region": QT_TRANSLATE_NOOP("fieldmon", "Visits by region"),
    "loans.outstanding": QT_TRANSLATE_NOOP("fieldmon", "Outstanding principal, {0}"),
    "loans.par30": QT_TRANSLATE_NOOP("fieldmon", "Portfolio at risk over 30 days, {0}"),
    "loans.by_product": QT_TRANSLATE_NOOP("fieldmon", "Loans by product"),
    "repayments.amount": QT_TRANSLATE_NOOP("fieldmon", "Amount repaid, {0}"),
    "training.by_category": QT_TRANSLATE_NOOP("fieldmon", "People trained by category"),
    "training.by_age_group": QT_TRANSLATE_NOOP("fieldmon", "People trained by age group"),
    "training.by_region": QT_TRANSLATE_NOOP("fieldmon", "People trained by region of the event"),
}
RATIO_KEYS = frozenset({"loans.par30"})  # figures that are shares, shown as percentages


def measure_label(measure: str) -> str:
    """What a measure counts, in the interface's language ('' if it is not one)."""
    if measure.strip().lower() == indicators.MANUAL:
        return translate(QT_TRANSLATE_NOOP("fieldmon", "Typed each quarter"))
    match = indicators.MEASURE.fullmatch(measure.strip())
    if match is None:
        return ""
    key, part = match["key"], match["part"]
    if part is None:
        if key in _NUMBER_LABELS:
            return translate(_NUMBER_LABELS[key])
        if key in _SEX_LABELS:
            return f"{translate(_BY_SEX)}: {translate(_SEX_LABELS[key])}"
        status = key.removeprefix("loans.")
        if key.startswith("loans.") and status in {s.value for s in LoanStatus}:
            return f"{translate(_BY_STATUS)}: {choice_label(LoanStatus, status)}"
        return ""
    if key not in _PART_LABELS:
        return ""
    template = translate(_PART_LABELS[key])
    if part.strip() in (HINT, "..."):
        part = HINT
    elif key == "loans.by_product" and part in Product.labels():
        part = choice_label(Product, part)
    elif key == "training.by_category" and part in Category.labels():
        part = choice_label(Category, part)
    return template.format(part) if "{0}" in template else f"{template}: {part}"


def is_ratio(measure: str) -> bool:
    match = indicators.MEASURE.fullmatch(measure.strip())
    return match is not None and match["key"] in RATIO_KEYS


def measure_choices() -> list[str]:
    """What the measure's list offers: manual, each one-figure key, each key of several
    figures with the part to name."""
    return [
        indicators.MANUAL,
        *indicators.NUMBERS,
        *(f"{key}[{HINT}]" for key in indicators.PARTS),
    ]


def number_text(value: Decimal | None) -> str:
    """A stored number as it is typed back into a field (no grouping)."""
    return "" if value is None else formats.number(value, None, grouped=False)


ENGLISH_GROUPS = re.compile(r"[-−]?\d{1,3}(,\d{3})+(\.\d*)?")


def read_number(text: str) -> Decimal | None:
    """What was typed in a number field ('' → None); ValueError naming the text. Spaces
    group digits and a comma is a decimal mark ('1 200,5'), except that where the interface
    writes numbers the English way, '1,200.5' and '1,200' are read with their commas as
    group separators."""
    text = text.strip()
    if not text:
        return None
    if formats.locale().decimalPoint() == "." and ENGLISH_GROUPS.fullmatch(text):
        text = text.replace(",", "")
    return indicators.parse_number(text.replace("−", "-"))


class IndicatorDialog(QDialog):
    """`exec()` is accepted once the indicator is saved. `saved_code` is its (cleaned) code."""

    def __init__(
        self,
        db: Database,
        officer: str,
        project_id: uuid.UUID,
        lang: str = "en",
        indicator_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.officer, self.project_id = db, officer, project_id
        self.editing = indicator_id is not None
        self.saved_code = ""
        existing = indicators.list_indicators(db, project_id)
        row = next((r for r in existing if r.id == indicator_id), None)
        if self.editing and row is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "fieldmon", "This indicator no longer exists; it may have been deleted."
                )
            )
        from fieldmon.services import projects

        project = next((p for p in projects.list_projects(db) if p.id == project_id), None)
        self.setWindowTitle(
            self.tr("Indicator {0}").format(row.code) if row else self.tr("New indicator")
        )

        self.code = QLineEdit()
        self.code.setObjectName("indicator_code")
        self.code.setPlaceholderText(self.tr("such as 1.2"))
        self.title = QLineEdit()
        self.title.setObjectName("indicator_title")
        self.level = QComboBox()
        self.level.setObjectName("indicator_level")
        self.level.setEditable(True)
        self.level.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        levels = [self.tr("Goal"), self.tr("Outcome"), self.tr("Output")]
        levels += sorted({r.level for r in existing if r.level} - set(levels))
        self.level.addItems(levels)
        self.level.setCurrentIndex(-1)
        self.unit = QLineEdit()
        self.unit.setObjectName("indicator_unit")
        self.unit.setPlaceholderText(self.tr("people, loans, %…"))
        self.measure = QComboBox()
        self.measure.setObjectName("indicator_measure")
        self.measure.setEditable(True)
        self.measure.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in measure_choices():
            self.measure.addItem(choice)
            self.measure.setItemData(
                self.measure.count() - 1, measure_label(choice), Qt.ItemDataRole.ToolTipRole
            )
        self.measure.setCurrentIndex(0)
        self.measure_meaning = QLabel()
        self.measure_meaning.setObjectName("measure_meaning")
        self.measure_meaning.setWordWrap(True)
        self.measure_meaning.setStyleSheet("color: palette(placeholder-text);")
        self.measure.currentTextChanged.connect(self._measure_typed)
        self.measure.activated.connect(self._measure_picked)
        self.region = ChoiceCombo(
            [(item.id, item.name) for item in places.region_items(db, lang)],
            empty=self.tr("All the project's regions"),
        )
        self.region.setObjectName("indicator_region")
        self.baseline = QLineEdit()
        self.baseline.setObjectName("indicator_baseline")
        self.target = QLineEdit()
        self.target.setObjectName("indicator_target")

        self.years = QTableWidget(0, 2)
        self.years.setObjectName("year_targets")
        self.years.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Target for the year")])
        self.years.verticalHeader().setVisible(False)
        self.years.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.years.horizontalHeader().setStretchLastSection(True)
        self.years.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.years.setMinimumHeight(120)
        self.add_year = QPushButton(self.tr("Add a &year"))
        self.add_year.clicked.connect(lambda: self._add_year_row(self._next_year(), None))
        self.remove_year = QPushButton(self.tr("&Remove the year"))
        self.remove_year.clicked.connect(self._remove_year_row)
        year_buttons = QHBoxLayout()
        year_buttons.addWidget(self.add_year)
        year_buttons.addWidget(self.remove_year)
        year_buttons.addStretch(1)
        years_box = QWidget()
        years_column = QVBoxLayout(years_box)
        years_column.setContentsMargins(0, 0, 0, 0)
        years_column.addWidget(self.years)
        years_column.addLayout(year_buttons)

        form = QFormLayout()
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, str] = {}

        def row_of(name: str, label: str, field: QWidget) -> None:
            box, error = with_error(field)
            self.errors[name] = error
            self.labels[name] = label
            form.addRow(label, box)

        row_of("code", self.tr("Code"), self.code)
        row_of("title", self.tr("Title"), self.title)
        row_of("level", self.tr("Level"), self.level)
        measure_box = QWidget()
        measure_column = QVBoxLayout(measure_box)
        measure_column.setContentsMargins(0, 0, 0, 0)
        measure_column.setSpacing(1)
        measure_column.addWidget(self.measure)
        measure_column.addWidget(self.measure_meaning)
        row_of("measure", self.tr("Measure"), measure_box)
        row_of("region", self.tr("Region"), self.region)
        row_of("unit", self.tr("Unit"), self.unit)
        row_of("baseline", self.tr("Baseline"), self.baseline)
        row_of("target", self.tr("Target"), self.target)
        row_of("year_targets", self.tr("Targets by year"), years_box)
        self.form_error = ErrorLabel()
        self.form_error.setObjectName("form_error")

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
        self.setMinimumWidth(620)

        targets: dict[int, Decimal] = {}
        if row is not None:
            self.code.setText(row.code)
            self.code.setReadOnly(True)
            self.code.setToolTip(self.tr("The code names the indicator; it cannot change."))
            self.title.setText(row.title)
            self.level.setEditText(row.level)
            self.unit.setText(row.unit)
            self.measure.setEditText(row.measure)
            # by value: findData (ChoiceCombo.set_value) compares a UUID by identity
            regions = [self.region.itemData(i) for i in range(self.region.count())]
            if row.region_id in regions:
                self.region.setCurrentIndex(regions.index(row.region_id))
            self.baseline.setText(number_text(row.baseline))
            self.target.setText(number_text(row.target))
            targets = indicators.load_targets(row.year_targets)
            self.title.setFocus()
        years = set(targets)
        if project is not None and project.start_on and project.end_on:
            years |= set(range(project.start_on.year, project.end_on.year + 1))
        elif project is not None and project.start_on:
            years |= set(range(project.start_on.year, max(project.start_on.year, _this_year()) + 1))
        for year in sorted(years):
            self._add_year_row(year, targets.get(year))
        self._measure_typed(self.measure.currentText())

    # --- the measure ------------------------------------------------------------------------

    def _measure_typed(self, text: str) -> None:
        self.measure_meaning.setText(measure_label(text))
        example = Decimal("0.05")
        share = (
            self.tr("a share: {0} is {1}").format(
                formats.number(example, None), formats.percent(example)
            )
            if is_ratio(text)
            else ""
        )
        for edit in (self.baseline, self.target):
            edit.setPlaceholderText(share)

    def _measure_picked(self, _index: int) -> None:
        """A key of several figures was picked: select its `…` so that typing names it."""
        edit = self.measure.lineEdit()
        at = edit.text().find(f"[{HINT}]") if edit is not None else -1
        if edit is not None and at >= 0:
            edit.setSelection(at + 1, len(HINT))

    # --- targets by year --------------------------------------------------------------------

    def _next_year(self) -> int:
        years = [y for y, _t in self._year_cells() if y.strip().isdigit()]
        return max((int(y) for y in years), default=_this_year() - 1) + 1

    def _add_year_row(self, year: int, target: Decimal | None) -> None:
        row = self.years.rowCount()
        self.years.insertRow(row)
        self.years.setItem(row, 0, QTableWidgetItem(str(year)))
        self.years.setItem(row, 1, QTableWidgetItem(number_text(target)))

    def _remove_year_row(self) -> None:
        row = self.years.currentRow()
        if row >= 0:
            self.years.removeRow(row)

    def _year_cells(self) -> list[tuple[str, str]]:
        cells = []
        for row in range(self.years.rowCount()):
            texts = []
            for column in (0, 1):
                item = self.years.item(row, column)
                texts.append(item.text() if item is not None else "")
            cells.append((texts[0], texts[1]))
        return cells

    def set_year_target(self, year: int, text: str) -> None:
        """Type `text` as `year`'s target (a row is added for a year not listed)."""
        rows = [r for r, (y, _t) in enumerate(self._year_cells()) if y.strip() == str(year)]
        if not rows:
            self._add_year_row(year, None)
            rows = [self.years.rowCount() - 1]
        self.years.setItem(rows[0], 1, QTableWidgetItem(text))

    # --- saving -----------------------------------------------------------------------------

    def fields(self) -> tuple[indicators.IndicatorFields | None, list[FieldError]]:
        """What is typed, or the fields this dialog cannot read (numbers, years); the rest
        is the service's to check."""
        errors: list[FieldError] = []
        numbers: dict[str, Decimal | None] = {}
        for name, edit in (("baseline", self.baseline), ("target", self.target)):
            try:
                numbers[name] = read_number(edit.text())
            except ValueError:
                errors.append(FieldError(name, NOT_A_NUMBER, {"value": edit.text().strip()}))
        targets: dict[int, Decimal] = {}
        for year_text, target_text in self._year_cells():
            if not target_text.strip():
                continue  # a year listed without a target has none
            try:
                year = int(year_text.strip())
            except ValueError:
                errors.append(
                    FieldError("year_targets", indicators.BAD_YEAR, {"year": year_text.strip()})
                )
                break
            try:
                value = read_number(target_text)
            except ValueError:
                errors.append(
                    FieldError("year_targets", NOT_A_NUMBER, {"value": target_text.strip()})
                )
                break
            if value is not None:
                targets[year] = value
        measure = self.measure.currentText().strip()
        match = indicators.MEASURE.fullmatch(measure)
        if (
            match is not None
            and match["part"] is not None
            and match["part"].strip()
            in (
                HINT,
                "...",
            )
        ):
            key = match["key"]
            example = "KZT" if key.startswith(("loans", "repayments")) else HINT
            errors.append(
                FieldError("measure", indicators.NEEDS_PART, {"key": key, "example": example})
            )
        if errors:
            return None, errors
        return (
            indicators.IndicatorFields(
                project_id=self.project_id,
                code=self.code.text(),
                title=self.title.text(),
                measure=measure,
                level=self.level.currentText(),
                unit=self.unit.text(),
                region_id=self.region.value(),
                baseline=numbers["baseline"],
                target=numbers["target"],
                year_targets=targets,
            ),
            [],
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        place_errors(self.errors, self.form_error, errors)
        for name in ("code", "title", "level", "measure", "region", "unit", "baseline", "target"):
            error = self.errors[name]
            if error.isVisible():
                widget = {
                    "code": self.code,
                    "title": self.title,
                    "level": self.level,
                    "measure": self.measure,
                    "region": self.region,
                    "unit": self.unit,
                    "baseline": self.baseline,
                    "target": self.target,
                }[name]
                widget.setFocus()
                break

    def save(self) -> bool:
        """Save what is typed; True once saved and the dialog accepted."""
        fields, errors = self.fields()
        if fields is None:
            self.show_errors(errors)
            return False
        try:
            indicators.save_indicator(self.db, fields, self.officer, update=self.editing)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except UserError as exc:
            if exc.message.template == indicators.INDICATOR_EXISTS:
                self.show_errors(
                    [FieldError("code", exc.message.template, dict(exc.message.params))]
                )
            else:
                self.show_errors([])
                self.form_error.show_error(shown(exc))
            return False
        self.show_errors([])
        self.saved_code = indicators.normalize_code(fields.code)
        self.accept()
        return True


def _this_year() -> int:
    return date.today().year
