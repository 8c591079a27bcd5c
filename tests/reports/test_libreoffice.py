"""A real spreadsheet program opens the workbook: LibreOffice (headless) converts every sheet
to CSV with raw values, and the Summary's figures and the formula-like text come back.

CI installs LibreOffice (`.ci/run`, Debian's libreoffice-calc-nogui) and sets
FIELDMON_REQUIRE_LIBREOFFICE=1, so there the test fails rather than skips without it."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from fieldmon.db.engine import Database
from fieldmon.domain.periods import parse_quarter, previous, year_to_date
from fieldmon.reports.indicators import flatten
from fieldmon.reports.quarterly import ReportRequest, write_report
from fieldmon.services.summary import summary
from tests.reports.conftest import FORMULAS, KEY, same

# separator, quote, UTF-8, from line 1, default cell format, en-US, quoted text not forced,
# detect numbers, raw values (not as shown), no formulas, keep spaces, every sheet
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("FIELDMON_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) is not installed; .ci/run installs it.")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    return found


def convert(workbook: Path, out: Path) -> dict[str, list[list[str]]]:
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={(out / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(out),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    sheets = {}
    for path in out.glob(f"{workbook.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            sheets[path.stem.removeprefix(f"{workbook.stem}-")] = list(csv.reader(f))
    return sheets


def number(text: str) -> int | Decimal:
    """A value as LibreOffice writes it: a ratio keeps its percent sign even unformatted."""
    if text.endswith("%"):
        return Decimal(text.removesuffix("%")) / 100
    return Decimal(text) if "." in text else int(text)


def test_libreoffice_reads_the_summary_figures_and_the_text_back(
    report_db: Database, tmp_path: Path
) -> None:
    q3 = parse_quarter("2026Q3")
    write_report(report_db, ReportRequest(q3), tmp_path / "report.xlsx")
    sheets = convert(tmp_path / "report.xlsx", tmp_path)
    assert set(sheets) >= {"Summary", "Visits", "Loans", "Attendance"}

    written = {row[4]: row[1:4] for row in sheets["Summary"] if len(row) > 4 and KEY.match(row[4])}
    expected = [flatten(summary(report_db, p)) for p in (q3, previous(q3), year_to_date(q3))]
    assert set(written) == set(expected[0]) | set(expected[1]) | set(expected[2])
    for key, values in written.items():
        for column, figures in enumerate(expected):
            assert same(number(values[column]), figures.get(key, 0)), (key, column, values)

    visit = next(row for row in sheets["Visits"] if row[5] == FORMULAS["site"])
    assert visit[1] == FORMULAS["officer"]
    assert visit[12] == FORMULAS["findings"]  # not evaluated into a link
    assert visit[13] == FORMULAS["follow_up"]  # not 2


def test_a_kazakh_workbook_opens_with_kazakh_sheets_and_numeric_figures(
    report_db: Database, tmp_path: Path
) -> None:
    """The donor's workbook in Kazakh: sheet names and labels in Kazakh, the Summary's figures
    still numbers (LibreOffice reads them back as the same values as the English one)."""
    from fieldmon.domain.i18n import translator

    kk = translator("kk")
    q3 = parse_quarter("2026Q3")
    write_report(report_db, ReportRequest(q3, lang="kk"), tmp_path / "kk.xlsx", tr=kk)
    sheets = convert(tmp_path / "kk.xlsx", tmp_path)
    summary_name = kk("Summary")
    assert summary_name != "Summary" and summary_name in sheets
    assert {kk("Visits"), kk("Loans")} <= set(sheets)
    assert not {"Visits", "Loans", "Attendance"} & set(sheets)
    rows = sheets[summary_name]
    labels = [row[0] for row in rows if row and row[0]]
    assert kk("Period") in labels and "Period" not in labels
    written = {row[4]: row[1:4] for row in rows if len(row) > 4 and KEY.match(row[4])}
    expected = flatten(summary(report_db, q3))
    assert written and set(expected) <= set(written)
    for key, value in expected.items():
        assert same(number(written[key][0]), value), (key, written[key])
