"""Empty import workbooks: a data sheet with the headers (and drop-downs where the values
are fixed) and a `Columns` sheet explaining each column."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from fieldmon.reports.files import atomic_path
from fieldmon.services.imports import VISIT_COLUMNS, VISITS_SHEET
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
}
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")


def write_template(kind: str, path: str | Path) -> Path:
    sheet_name, columns = TEMPLATES[kind]
    workbook = Workbook()
    data = workbook.active
    assert data is not None
    data.title = sheet_name
    for index, column in enumerate(columns, start=1):
        cell = data.cell(row=1, column=index, value=column.name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        letter = get_column_letter(index)
        data.column_dimensions[letter].width = max(14, len(column.name) + 4)
        if column.choices:
            rule = DataValidation(
                type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True
            )
            rule.error = f"Choose one of: {', '.join(column.choices)}"
            rule.add(f"{letter}2:{letter}100000")
            data.add_data_validation(rule)
    data.freeze_panes = "A2"

    help_sheet = workbook.create_sheet("Columns")
    headings = ("column", "required", "what to write", "allowed values", "example")
    help_sheet.append(headings)
    for cell in help_sheet[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for column in columns:
        help_sheet.append(
            (
                column.name,
                "yes" if column.required else "",
                column.description,
                ", ".join(column.choices),
                column.example,
            )
        )
    widths = dict(zip("ABCDE", (18, 10, 70, 50, 28), strict=True))
    for row in help_sheet.iter_rows(min_row=2):
        lines = 1
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            # Spreadsheet programs do not grow a row for wrapped text written by openpyxl.
            lines = max(lines, -(-len(str(cell.value or "")) // widths[cell.column_letter]))
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
