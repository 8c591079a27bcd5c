"""The quarterly report workbook: a Summary sheet (figures for the period, the one before and
the year to date, breakdowns, two charts) and one detail sheet per kind of record.

How it is written, and why:

* Streaming (openpyxl write-only): rows go to disk as they come from the database, so memory
  does not grow with the number of rows. Each sheet's layout (widths, frozen header) is set
  before its first row; its Excel table is added once its last row is known.
* Everything is read in one database snapshot, so the detail sheets add up to the Summary
  even when someone saves a record during a long export.
* User text is never a formula: text starting with = + - @ tab or CR is stored as a text
  cell with Excel's quote prefix (what typing a leading ' does in Excel), so it shows as
  written and stays text even when the cell is edited (OWASP ASVS 1.2.10). Characters a
  workbook cannot hold (control characters) are dropped; text longer than a cell holds
  (32,767 characters) is cut with a mark, and the Summary's notes list where.
* A sheet holds 1,048,576 rows; more rows continue on a sheet of the same name with
  " (2)", " (3)"... and the Summary's notes say so.
* Totals are written under each table as values (per currency where there is money), over
  all of the sheet's rows; Excel's status bar sums a filtered selection.
* The file is written beside the target under a temporary name and renamed when complete:
  a failure or Cancel leaves nothing under the requested name, and the streaming's own
  temporary files are removed.
* With photos (`ReportRequest.with_photos`), the covered records' evidence files are
  written to a folder beside the workbook, from the same snapshot, and listed on a last
  sheet, Evidence (`evidence_folder`). Files already written stay if the report then fails
  or is cancelled: each is whole, and the next report replaces them.
"""

from __future__ import annotations

import re
import uuid
import warnings
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from fieldmon import __version__
from fieldmon.db.engine import Database
from fieldmon.db.models import Project
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.money import Currency
from fieldmon.domain.periods import Period, format_date, is_quarter
from fieldmon.reports import indicators
from fieldmon.reports.files import atomic_path
from fieldmon.reports.indicators import MONEY, RATIO, Comparison, Translate
from fieldmon.services import projects, report_data
from fieldmon.services.report_data import DATE, LABEL, TEXT, ReportData
from fieldmon.services.results import ProjectResults

MAX_ROWS = 1_048_576  # rows in an Excel sheet
MAX_TEXT = 32_767  # characters in an Excel cell
_FORMULA_START = frozenset("=+-@\t\r")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_EXCEL_EPOCH = date(1899, 12, 30)
DATE_FORMAT = "DD.MM.YYYY"
RATIO_FORMAT = "0.00%"
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
SECTION_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
KEY_FONT = Font(color="808080", size=9)
PROGRESS_EVERY = 2000  # rows between progress reports and Cancel checks


def money_format(currency: str) -> str:
    return f'#,##0.00 "{currency}"'


def no_translation(text: str) -> str:
    return text


class ExportCancelled(Exception):
    """The user cancelled an export; nothing was written."""


@dataclass(frozen=True)
class ReportRequest:
    """`region`: the region's name as the report should print it ('' for all regions).
    With `project_id`, every sheet counts that project's records only, the Summary names the
    project (its title is the report's title unless `title` is given) and a Results sheet
    shows its indicators against their targets."""

    period: Period
    region_id: uuid.UUID | None = None
    region: str = ""
    lang: str = "en"
    title: str = ""
    project_id: uuid.UUID | None = None
    with_photos: bool = False


@dataclass
class ReportResult:
    """`evidence`: the folder the evidence files went to, and `files` how many (with
    photos asked for)."""

    path: Path
    rows: int = 0
    notes: list[str] = field(default_factory=list)
    evidence: Path | None = None
    files: int = 0


Progress = Callable[[int, int], None]


def write_report(
    db: Database,
    request: ReportRequest,
    path: str | Path,
    *,
    tr: Translate = no_translation,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    max_rows: int = MAX_ROWS,
    now: datetime | None = None,
) -> ReportResult:
    """Write the report for `request` to `path` (.xlsx). `progress(done, total)` is called
    every few thousand rows; `should_stop()` returning true cancels (ExportCancelled)."""
    result = ReportResult(Path(path))
    workbook = Workbook(write_only=True)
    try:
        with atomic_path(path) as tmp, db.snapshot() as session:
            comparison = indicators.compare(
                session, request.period, request.region_id, request.lang, request.project_id
            )
            found = None
            if request.project_id is not None:
                from fieldmon.reports.results_sheet import write_results_sheet
                from fieldmon.services import results

                project = session.get(Project, request.project_id)
                if project is None or project.deleted_at is not None:
                    raise UserError(projects.PROJECT_GONE)
                found = results.project_results(session, project, request.period, request.lang)
            summary = SummarySheet(workbook, tr)
            summary.write(request, comparison, now or datetime.now(), found)
            if found is not None:
                write_results_sheet(workbook, found, tr)
            data = ReportData(request.period, request.region_id, request.lang, request.project_id)
            tables = data.tables()
            files = None
            if request.with_photos:
                from fieldmon.reports.evidence_folder import EvidenceWriter

                files = EvidenceWriter(data, path, tr)
                tables.append(files.table())
            counter = _Counter(sum(t.count(session) for t in tables), progress, should_stop)
            for table in tables:
                writer = TableWriter(workbook, table, tr, max_rows, result.notes)
                writer.write(table.rows(session), counter)
            result.rows = counter.done
            if files is not None:
                result.evidence, result.files = files.folder, files.files
            summary.write_notes(result.notes)
            workbook.save(tmp)
    except BaseException:
        _discard(workbook)
        raise
    return result


class _Counter:
    def __init__(
        self, total: int, progress: Progress | None, should_stop: Callable[[], bool] | None
    ):
        self.total, self.done = total, 0
        self.progress, self.should_stop = progress, should_stop

    def tick(self, rows: int) -> None:
        self.done += rows
        if self.should_stop is not None and self.should_stop():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)


def _discard(workbook: Workbook) -> None:
    """Remove the temporary files the write-only sheets stream to (openpyxl removes them
    itself only when saving, or at exit)."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with suppress(Exception):
            ws.close()
        with suppress(OSError, ValueError):
            writer.cleanup()


def safe_text(ws: Any, value: str) -> str | Cell:
    """User text as a workbook can hold it: without control characters, and never read as a
    formula (a text cell with the quote prefix when it starts like one)."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value[:1] in _FORMULA_START:
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # openpyxl would make '=...' a formula
        cell.quotePrefix = True
        return cell
    return value


def sheet_name(text: str) -> str:
    """A name Excel accepts: none of []:*?/\\ and at most 31 characters."""
    return _SHEET_NAME_BAD.sub(" ", text).strip()[:31] or "Sheet"


class TableWriter:
    """Writes one `report_data.Table` as one or more sheets, each an Excel table."""

    def __init__(
        self,
        workbook: Workbook,
        table: report_data.Table,
        tr: Translate,
        max_rows: int,
        notes: list[str],
    ):
        self.workbook, self.table, self.tr, self.notes = workbook, table, tr, notes
        self.title = sheet_name(tr(table.title))
        headers: list[str] = []
        for column in table.columns:  # a table's headers must differ
            header = tr(column.header)
            while header in headers:
                header += " "
            headers.append(header)
        self.headers = headers
        currencies = 1 if table.currency is None else len(Currency)
        # every part keeps room for a blank row and the total lines under its table
        self.capacity = max_rows - 1 - (1 + currencies)
        if self.capacity < 1:
            raise ValueError(f"max_rows {max_rows} leaves no room for rows")
        self.part = 0
        self.row = 0  # the sheet row last written
        self.labels: dict[str, str] = {}
        self.cut: list[str] = []
        self.sums: dict[str, list[Any]] = {}
        self._open_part()

    # --- cells ----------------------------------------------------------------------------

    def _styled(self, number_format: str) -> Cell:
        cell = WriteOnlyCell(self.ws)
        cell.number_format = number_format
        return cell

    def _converters(self) -> list[Callable[[Any, tuple[Any, ...]], Any] | None]:
        """For each column, how a value becomes a cell (None: written as it is). Dates and
        money reuse one styled cell per column (and currency): a row's cells are written
        before the next row is made."""
        converters: list[Callable[[Any, tuple[Any, ...]], Any] | None] = []
        for index, column in enumerate(self.table.columns):
            if column.kind == TEXT:
                converters.append(self._text_converter(index))
            elif column.kind == LABEL:
                converters.append(self._label)
            elif column.kind == DATE:
                converters.append(self._styled_converter(self._styled(DATE_FORMAT), True))
            elif column.kind == report_data.MONEY:
                converters.append(self._money_converter())
            elif column.kind == report_data.RATIO:
                converters.append(self._styled_converter(self._styled(RATIO_FORMAT), False))
            elif column.kind == report_data.LINK:
                converters.append(self._link)
            else:
                converters.append(None)
        return converters

    def _label(self, value: Any, _row: tuple[Any, ...]) -> str | None:
        if not value:
            return None
        text = self.labels.get(value)
        if text is None:
            text = self.labels[value] = self.tr(value)
        return text

    def _link(self, value: Any, _row: tuple[Any, ...]) -> Any:
        """A file beside the workbook: shown by its name, linked by its relative path."""
        from fieldmon.reports.evidence_folder import link_target

        if not value:
            return None
        cell = WriteOnlyCell(self.ws, value=Path(value).name)
        cell.hyperlink = link_target(value)
        cell.style = "Hyperlink"
        return cell

    def _text_converter(self, index: int) -> Callable[[Any, tuple[Any, ...]], Any]:
        letter = get_column_letter(index + 1)

        def convert(value: Any, _row: tuple[Any, ...]) -> Any:
            if not value:
                return None
            return self.text_cell(value, letter)

        return convert

    def text_cell(self, value: str, letter: str) -> Any:
        if len(value) > MAX_TEXT:
            mark = self.tr(QT_TRANSLATE_NOOP("fieldmon", " […cut: {0} characters in all]"))
            mark = mark.format(len(value))
            value = value[: MAX_TEXT - len(mark)] + mark
            self.cut.append(f"{self.ws.title}!{letter}{self.row}")
        return safe_text(self.ws, value)

    @staticmethod
    def _styled_converter(cell: Cell, dates: bool) -> Callable[[Any, tuple[Any, ...]], Any]:
        def convert(value: Any, _row: tuple[Any, ...]) -> Any:
            if value is None:
                return None
            # a date is written as its serial number under a date format: what the file
            # holds either way, and faster than openpyxl's conversion
            cell.value = (value - _EXCEL_EPOCH).days if dates else value
            return cell

        return convert

    def _money_converter(self) -> Callable[[Any, tuple[Any, ...]], Any]:
        cells = {c.value: self._styled(money_format(c.value)) for c in Currency}
        currency = self.table.currency
        assert currency is not None, "a money column needs the table's currency column"

        def convert(value: Any, row: tuple[Any, ...]) -> Any:
            if value is None:
                return None
            cell = cells[row[currency]]
            cell.value = value
            return cell

        return convert

    # --- sheets ---------------------------------------------------------------------------

    def _open_part(self) -> None:
        self.part += 1
        name = self.title if self.part == 1 else sheet_name(f"{self.title} ({self.part})")
        if self.part > 1:
            self.notes.append(
                self.tr(
                    QT_TRANSLATE_NOOP(
                        "fieldmon",
                        "{0} has more rows than an Excel sheet holds; it continues on {1}.",
                    )
                ).format(self.ws.title, name)
            )
        self.ws = self.workbook.create_sheet(name)
        for index, column in enumerate(self.table.columns, start=1):
            width = max(column.width, min(len(self.headers[index - 1]) * 0.6, 30))
            self.ws.column_dimensions[get_column_letter(index)].width = width
        self.ws.freeze_panes = "A2"
        _print_setup(self.ws)
        self.ws.print_title_rows = "1:1"  # the header on every printed page
        self.ws.row_dimensions[1].height = 30  # two lines of a wrapped header
        header = []
        for text in self.headers:
            cell = WriteOnlyCell(self.ws, value=text)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            header.append(cell)
        self.ws.append(header)
        self.row = 1
        self.first_row = 2
        self.converters = self._converters()

    def _close_part(self) -> None:
        last_col = get_column_letter(len(self.headers))
        ref = f"A1:{last_col}{max(self.row, 2)}"  # a table has at least one data row
        with warnings.catch_warnings():
            # openpyxl warns of every table in write-only mode; the columns are given here
            warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
            self._add_table(ref)

    def _add_table(self, ref: str) -> None:
        suffix = "" if self.part == 1 else f"_{self.part}"
        self.ws.add_table(
            Table(
                displayName=f"{self.table.key}{suffix}",
                ref=ref,
                tableColumns=[
                    TableColumn(id=i, name=h) for i, h in enumerate(self.headers, start=1)
                ],
                autoFilter=AutoFilter(ref=ref),
                tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True),
            )
        )

    def write(self, rows: Iterable[tuple[Any, ...]], counter: _Counter) -> None:
        totals = [i for i, c in enumerate(self.table.columns) if c.total]
        currency = self.table.currency
        pending = 0
        for row in rows:
            if self.row - 1 >= self.capacity:
                self._close_part()
                self._open_part()
            self.row += 1
            converters = self.converters
            self.ws.append(
                [
                    value if convert is None else convert(value, row)
                    for convert, value in zip(converters, row, strict=True)
                ]
            )
            if totals:
                sums = self.sums.get("" if currency is None else row[currency])
                if sums is None:
                    sums = self.sums["" if currency is None else row[currency]] = [0] * len(row)
                for i in totals:
                    if row[i] is not None:
                        sums[i] += row[i]
            pending += 1
            if pending == PROGRESS_EVERY:
                counter.tick(pending)
                pending = 0
        counter.tick(pending)
        self._close_part()
        self._write_totals()
        if self.cut:
            self.notes.append(
                self.tr(
                    QT_TRANSLATE_NOOP(
                        "fieldmon",
                        "{0} cells held more text than an Excel cell can; their text was cut: {1}",
                    )
                ).format(
                    len(self.cut), ", ".join(self.cut[:20]) + ("…" if len(self.cut) > 20 else "")
                )
            )

    def _write_totals(self) -> None:
        if not any(c.total for c in self.table.columns):
            return
        self.ws.append([])
        lines = sorted(self.sums.items()) or [("", [0] * len(self.table.columns))]
        for currency, sums in lines:
            label = self.tr(QT_TRANSLATE_NOOP("fieldmon", "Total"))
            if currency:
                label = f"{label}, {currency}"
            cells: list[Any] = [_bold(self.ws, label)]
            for index, column in enumerate(self.table.columns[1:], start=1):
                if not column.total:
                    cells.append(None)
                    continue
                cell = _bold(self.ws, sums[index])
                if column.kind == report_data.MONEY:
                    cell.number_format = money_format(currency)
                elif column.kind == report_data.RATIO:
                    cell.number_format = RATIO_FORMAT
                cells.append(cell)
            self.ws.append(cells)


def _print_setup(ws: Any) -> None:
    """Printed landscape, as wide as the page, as many pages long as needed."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0


def _bold(ws: Any, value: Any) -> Cell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = BOLD
    return cell


class SummarySheet:
    """The first sheet. Columns: A the indicator, B–D this period, the previous one and the
    year to date, E the key `fieldmon summary --json` prints the figure under."""

    def __init__(self, workbook: Workbook, tr: Translate):
        self.tr = tr
        self.ws = workbook.create_sheet(sheet_name(tr(QT_TRANSLATE_NOOP("fieldmon", "Summary"))))
        for letter, width in zip("ABCDE", (58, 22, 22, 26, 36), strict=True):
            self.ws.column_dimensions[letter].width = width
        _print_setup(self.ws)
        self.row = 0

    def _append(self, cells: list[Any]) -> None:
        self.ws.append(cells)
        self.row += 1

    def _cell(self, value: Any, font: Font | None = None, fill: PatternFill | None = None) -> Cell:
        cell = WriteOnlyCell(self.ws, value=value)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        return cell

    def write(
        self,
        request: ReportRequest,
        comparison: Comparison,
        now: datetime,
        found: ProjectResults | None = None,
    ) -> None:
        tr = self.tr
        project = found.project if found is not None else None
        title = (
            request.title
            or (project.title if project else "")
            or tr(QT_TRANSLATE_NOOP("fieldmon", "Project monitoring report"))
        )
        title_cell = safe_text(self.ws, title)  # user text, escaped like any other
        if isinstance(title_cell, str):
            title_cell = self._cell(title_cell)
        title_cell.font = Font(bold=True, size=14)
        self._append([title_cell])
        period = request.period
        dates = f"{format_date(period.start)}–{format_date(period.end)}"
        period_text = f"{period.label} ({dates})" if is_quarter(period) else dates
        region = request.region or tr(QT_TRANSLATE_NOOP("fieldmon", "All regions"))
        if project is not None:
            dates = "–".join(
                format_date(d) if d else "…" for d in (project.start_on, project.end_on)
            )
            for label, value in (
                (QT_TRANSLATE_NOOP("fieldmon", "Project"), f"{project.code} — {project.title}"),
                (QT_TRANSLATE_NOOP("fieldmon", "Donor"), project.donor),
                (QT_TRANSLATE_NOOP("fieldmon", "Project dates"), dates),
                (QT_TRANSLATE_NOOP("fieldmon", "Implementing partners"), project.partners),
                (QT_TRANSLATE_NOOP("fieldmon", "Project regions"), ", ".join(project.regions)),
            ):
                self._append([self._cell(tr(label), BOLD), safe_text(self.ws, value)])
        for label, value in (
            (QT_TRANSLATE_NOOP("fieldmon", "Period"), period_text),
            (QT_TRANSLATE_NOOP("fieldmon", "Region"), region),
            (QT_TRANSLATE_NOOP("fieldmon", "Generated"), now.strftime("%d.%m.%Y %H:%M")),
            (QT_TRANSLATE_NOOP("fieldmon", "fieldmon version"), __version__),
        ):
            self._append([self._cell(tr(label), BOLD), value])
        self._append([])
        header = [
            tr(QT_TRANSLATE_NOOP("fieldmon", "Indicator")),
            *comparison.headers(tr),
            tr(QT_TRANSLATE_NOOP("fieldmon", "Key (fieldmon summary --json)")),
        ]
        self.ws.row_dimensions[self.row + 1].height = 30
        cells = [self._cell(text, HEADER_FONT, HEADER_FILL) for text in header]
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        self._append(cells)
        self.section_rows: dict[str, tuple[int, int]] = {}
        for section in comparison.sections:
            self._append(
                [self._cell(tr(section.title), BOLD, SECTION_FILL)]
                + [self._cell(None, None, SECTION_FILL) for _ in range(4)]
            )
            first = self.row + 1
            for line in section.lines:
                self._append(
                    [
                        line.text(tr),
                        *(self._value(v, line) for v in line.values),
                        self._cell(line.key, KEY_FONT),
                    ]
                )
            self.section_rows[section.key] = (first, self.row)
        self._charts(tr)

    def _value(self, value: Any, line: indicators.Line) -> Any:
        if line.unit == MONEY:
            cell = self._cell(value)
            cell.number_format = money_format(line.currency)
            return cell
        if line.unit == RATIO:
            cell = self._cell(value)
            cell.number_format = RATIO_FORMAT
            return cell
        return value

    def _charts(self, tr: Translate) -> None:
        first, last = self.section_rows.get("visits_by_region", (0, -1))
        if last >= first > 0:
            bar = BarChart()
            bar.type = "bar"
            bar.title = tr(QT_TRANSLATE_NOOP("fieldmon", "Visits by region"))
            bar.legend = None
            bar.x_axis.scaling.orientation = "maxMin"  # regions top down, as in the table
            bar.add_data(Reference(self.ws, min_col=2, min_row=first, max_row=last))
            bar.set_categories(Reference(self.ws, min_col=1, min_row=first, max_row=last))
            bar.y_axis.majorGridlines = None
            bar.height, bar.width = max(7.5, 0.6 * (last - first + 1) + 3), 16
            self.ws.add_chart(bar, "G8")
        first, last = self.section_rows["participants_by_sex"]
        pie = PieChart()
        pie.title = tr(QT_TRANSLATE_NOOP("fieldmon", "People trained by sex"))
        pie.add_data(Reference(self.ws, min_col=2, min_row=first, max_row=last))
        pie.set_categories(Reference(self.ws, min_col=1, min_row=first, max_row=last))
        pie.height, pie.width = 7.5, 12
        self.ws.add_chart(pie, "G32")

    def write_notes(self, notes: list[str]) -> None:
        if not notes:
            return
        self._append([])
        self._append([self._cell(self.tr(QT_TRANSLATE_NOOP("fieldmon", "Notes")), BOLD)])
        for note in notes:
            self._append([note])
