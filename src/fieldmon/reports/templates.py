"""Empty import workbooks: a data sheet with the headers (and drop-downs where the values
are fixed) and a `Columns` sheet explaining each column, in the user's language."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from fieldmon.domain.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from fieldmon.reports.files import atomic_path
from fieldmon.services.imports import VISIT_COLUMNS, VISITS_SHEET
from fieldmon.services.indicator_imports import (
    INDICATOR_COLUMNS,
    INDICATORS_SHEET,
    VALUE_COLUMNS,
    VALUES_SHEET,
)
from fieldmon.services.loan_imports import (
    LOAN_COLUMNS,
    LOANS_SHEET,
    REPAYMENT_COLUMNS,
    REPAYMENTS_SHEET,
)
from fieldmon.services.training_imports import (
    ATTENDANCE_COLUMNS,
    ATTENDANCE_SHEET,
    TRAINING_COLUMNS,
    TRAININGS_SHEET,
)
from fieldmon.services.workbooks import Column

TEMPLATES: dict[str, tuple[str, list[Column]]] = {
    "visits": (VISITS_SHEET, VISIT_COLUMNS),
    "loans": (LOANS_SHEET, LOAN_COLUMNS),
    "repayments": (REPAYMENTS_SHEET, REPAYMENT_COLUMNS),
    "trainings": (TRAININGS_SHEET, TRAINING_COLUMNS),
    "attendance": (ATTENDANCE_SHEET, ATTENDANCE_COLUMNS),
    "indicators": (INDICATORS_SHEET, INDICATOR_COLUMNS),
    "indicator_values": (VALUES_SHEET, VALUE_COLUMNS),
}
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HELP_SHEET = QT_TRANSLATE_NOOP("fieldmon", "Columns")
HEADINGS = (
    QT_TRANSLATE_NOOP("fieldmon", "column"),
    QT_TRANSLATE_NOOP("fieldmon", "required"),
    QT_TRANSLATE_NOOP("fieldmon", "what to write"),
    QT_TRANSLATE_NOOP("fieldmon", "allowed values"),
    QT_TRANSLATE_NOOP("fieldmon", "example"),
)
REQUIRED_YES = QT_TRANSLATE_NOOP("fieldmon", "yes")
CHOOSE_ONE_OF = QT_TRANSLATE_NOOP("fieldmon", "Choose one of: {values}")
CHOOSE_FROM_LIST = QT_TRANSLATE_NOOP("fieldmon", "Choose a value from the list.")
# A drop-down's values written in its rule (Excel allows 255 characters there); longer
# lists, or values with a comma or a quote, are kept on a hidden sheet the rule refers to.
LISTS_SHEET = "Lists"
MAX_INLINE_LIST = 255
MAX_ERROR_TEXT = 225  # Excel's limit for a data validation's error message


def offered(column: Column, tr: Translator) -> list[str]:
    """What a choice column's drop-down offers in `tr`'s language: the labels where the
    language translates them (the import accepts them, see `Choice.parse`), else the codes."""
    translated = [tr(label) or label for label in column.labels]
    if translated and translated != list(column.labels):
        return translated
    return list(column.choices)


def allowed_text(column: Column, tr: Translator) -> str:
    """The help sheet's 'allowed values': the codes, or one 'code — label' a line where the
    drop-down offers translated labels."""
    values = offered(column, tr)
    if values == list(column.choices):
        return ", ".join(column.choices)
    return "\n".join(
        f"{code} — {label}" for code, label in zip(column.choices, values, strict=True)
    )


def example_text(column: Column, tr: Translator) -> str:
    """The example, as the drop-down offers it for a choice column."""
    if column.example in column.choices:
        return offered(column, tr)[column.choices.index(column.example)]
    return column.example


def sheet_title(text: str, taken: str) -> str:
    """`text` as a sheet's name: without the characters Excel refuses ([ ] : * ? / \\), at
    most 31 characters; 'Columns' if nothing is left or the name is `taken`."""
    title = re.sub(r"[\[\]:*?/\\]", " ", text).strip()[:31].strip()
    return title if title and title != taken else HELP_SHEET


def write_template(kind: str, path: str | Path, tr: Translator | None = None) -> Path:
    """An empty import workbook of `kind` (see TEMPLATES) in the language of `tr` (a
    `translator(lang)`; None is English).

    Translated: the help sheet (its name, headings, what to write, 'yes' for required, the
    allowed values as 'code — label') and the drop-downs, which offer the labels. Not
    translated: the header row (the column names the import reads, such as visit_date) and
    the data sheet's name (the import looks for it first; a renamed one is still read if it
    is the first sheet)."""
    tr = tr or untranslated
    sheet_name, columns = TEMPLATES[kind]
    workbook = Workbook()
    data = workbook.active
    assert data is not None
    data.title = sheet_name
    lists = None
    for index, column in enumerate(columns, start=1):
        cell = data.cell(row=1, column=index, value=column.name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        letter = get_column_letter(index)
        values = offered(column, tr) if column.choices else []
        widest = max((len(v) for v in values), default=0)
        data.column_dimensions[letter].width = min(40, max(14, len(column.name) + 4, widest + 2))
        if not values:
            continue
        inline = ",".join(values)
        if len(inline) <= MAX_INLINE_LIST and not any(c in inline for c in "\"'"):
            formula = '"' + inline + '"'
        else:
            if lists is None:
                lists = workbook.create_sheet(LISTS_SHEET)
                lists.sheet_state = "hidden"
            for row, value in enumerate(values, start=1):
                lists.cell(row=row, column=index, value=value)
            formula = f"{LISTS_SHEET}!${letter}$1:${letter}${len(values)}"
        rule = DataValidation(type="list", formula1=formula, allow_blank=True)
        error = tr(CHOOSE_ONE_OF).format(values=", ".join(values))
        short = error if len(error) <= MAX_ERROR_TEXT else tr(CHOOSE_FROM_LIST)
        rule.error = short[:MAX_ERROR_TEXT]
        rule.add(f"{letter}2:{letter}100000")
        data.add_data_validation(rule)
    data.freeze_panes = "A2"

    help_sheet = workbook.create_sheet(sheet_title(tr(HELP_SHEET), sheet_name), 1)
    help_sheet.append([tr(heading) for heading in HEADINGS])
    for cell in help_sheet[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for column in columns:
        help_sheet.append(
            (
                column.name,
                tr(REQUIRED_YES) if column.required else "",
                tr(column.description),
                allowed_text(column, tr),
                example_text(column, tr),
            )
        )
    widths = dict(zip("ABCDE", (18, 10, 70, 50, 28), strict=True))
    for row in help_sheet.iter_rows(min_row=2):
        lines = 1
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            # Spreadsheet programs do not grow a row for wrapped text written by openpyxl.
            width = widths[cell.column_letter]
            text = str(cell.value or "")
            lines = max(lines, sum(max(1, -(-len(part) // width)) for part in text.split("\n")))
        help_sheet.row_dimensions[row[0].row].height = 15 * lines
    for letter, width in widths.items():
        help_sheet.column_dimensions[letter].width = width
    help_sheet.freeze_panes = "A2"

    for sheet in (data, help_sheet):  # printed, each sheet is one page wide, in landscape
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.print_title_rows = "1:1"

    target = Path(path)
    with atomic_path(target) as tmp:
        workbook.save(tmp)
    return target
