"""The import template as a person sees it: printable, readable help."""

from pathlib import Path

from openpyxl import load_workbook

from fieldmon.reports.templates import write_template


def test_printed_sheets_are_one_page_wide_and_rows_fit_their_text(tmp_path: Path) -> None:
    wb = load_workbook(write_template("visits", tmp_path / "t.xlsx"))
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    help_sheet = wb["Columns"]
    site_type = next(r for r in help_sheet.iter_rows(min_row=2) if r[0].value == "site_type")
    # its allowed values run to three lines in a 50-character column
    assert help_sheet.row_dimensions[site_type[0].row].height == 45
    assert site_type[3].alignment.wrap_text


def test_choice_columns_offer_a_drop_down(tmp_path: Path) -> None:
    sheet = load_workbook(write_template("visits", tmp_path / "t.xlsx"))["Visits"]
    rules = {str(dv.sqref): dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert rules["L2:L100000"] == '"on_track,minor_issues,serious_issues"'
    assert len(rules) == 4  # site_type, purpose, funds_used, rating
