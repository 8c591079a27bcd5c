"""The report's Results sheet: the project's results framework, level by level, each
indicator with its baseline, targets, this period, year to date, since the start and the
share of the life-of-project target (a data bar), and the notes typed with manual values.
The figures are `services.results`' — the same as `fieldmon results`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import DataBarRule
from openpyxl.styles import Alignment, Font

from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.domain.periods import format_date, is_quarter
from fieldmon.reports.indicators import Translate
from fieldmon.reports.quarterly import (
    BOLD,
    HEADER_FILL,
    HEADER_FONT,
    KEY_FONT,
    SECTION_FILL,
    _print_setup,
    safe_text,
    sheet_name,
)
from fieldmon.services.indicators import MANUAL
from fieldmon.services.results import IndicatorResult, ProjectResults

NUMBER_FORMAT = "#,##0.##"
PERCENT_FORMAT = "0.0%"
NO_LEVEL = QT_TRANSLATE_NOOP("fieldmon", "Indicators without a result level")
WIDTHS = (9, 48, 12, 12, 14, 14, 14, 14, 14, 12, 36, 30)


def write_results_sheet(workbook: Workbook, found: ProjectResults, tr: Translate) -> None:
    ws = workbook.create_sheet(sheet_name(tr(QT_TRANSLATE_NOOP("fieldmon", "Results"))))
    for index, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + index)].width = width
    _print_setup(ws)
    row = 0

    def append(cells: list[Any]) -> None:
        nonlocal row
        ws.append(cells)
        row += 1

    def cell(value: Any, font: Font | None = None, fill: Any = None, fmt: str = "") -> Any:
        # user text that looks like a formula comes from `safe_text` as a cell already
        made = value if isinstance(value, Cell) else WriteOnlyCell(ws, value=value)
        if font is not None:
            made.font = font
        if fill is not None:
            made.fill = fill
        if fmt:
            made.number_format = fmt
        return made

    def text(value: str) -> Any:
        return safe_text(ws, value) if value else None

    project, period = found.project, found.period
    heading = tr(QT_TRANSLATE_NOOP("fieldmon", "Results framework: {project}")).format(
        project=f"{project.code} — {project.title}"
    )
    append([cell(text(heading), Font(bold=True, size=14))])
    dates = f"{format_date(period.start)}–{format_date(period.end)}"
    shown = f"{period.label} ({dates})" if is_quarter(period) else dates
    append([cell(tr(QT_TRANSLATE_NOOP("fieldmon", "Period")), BOLD), None, shown])
    if project.start_on:
        since = tr(QT_TRANSLATE_NOOP("fieldmon", "Since the start ({0})")).format(
            format_date(project.start_on)
        )
    else:
        since = tr(QT_TRANSLATE_NOOP("fieldmon", "Since the start"))
    append([])
    year = period.end.year
    header = [
        tr(QT_TRANSLATE_NOOP("fieldmon", "Code")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Indicator")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Unit")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Baseline")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Target (life of project)")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Target {year}")).format(year=year),
        tr(QT_TRANSLATE_NOOP("fieldmon", "This period")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Year to date")),
        since,
        tr(QT_TRANSLATE_NOOP("fieldmon", "% of target")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Notes")),
        tr(QT_TRANSLATE_NOOP("fieldmon", "Measure")),
    ]
    ws.row_dimensions[row + 1].height = 30
    cells = [cell(value, HEADER_FONT, HEADER_FILL) for value in header]
    for made in cells:
        made.alignment = Alignment(wrap_text=True, vertical="center")
    append(cells)
    ws.freeze_panes = f"C{row + 1}"
    first = row + 1
    for level, members in _levels(found.indicators):
        title = level or tr(NO_LEVEL)
        append(
            [cell(text(title), BOLD, SECTION_FILL)]
            + [cell(None, None, SECTION_FILL) for _ in range(len(header) - 1)]
        )
        for r in members:
            measure = (
                tr(QT_TRANSLATE_NOOP("fieldmon", "typed by hand"))
                if r.measure == MANUAL
                else r.measure
            )
            if r.region:
                measure = f"{measure} ({r.region})"
            append(
                [
                    cell(text(r.code)),
                    cell(text(r.title)),
                    cell(text(r.unit)),
                    *(
                        cell(_number(v), fmt=NUMBER_FORMAT)
                        for v in (
                            r.baseline,
                            r.target,
                            r.target_year,
                            r.period,
                            r.year_to_date,
                            r.cumulative,
                        )
                    ),
                    cell(_number(r.percent_of_target), fmt=PERCENT_FORMAT),
                    cell(text(r.notes)),
                    cell(measure, KEY_FONT),
                ]
            )
    if row >= first:
        bar = DataBarRule(
            start_type="num", start_value=0, end_type="num", end_value=1, color="5B9BD5"
        )
        ws.conditional_formatting.add(f"J{first}:J{row}", bar)
    if not found.indicators:
        append([None, tr(QT_TRANSLATE_NOOP("fieldmon", "The project has no indicators yet."))])


def _levels(rows: list[IndicatorResult]) -> list[tuple[str, list[IndicatorResult]]]:
    """The indicators grouped by level, levels in the order their first indicator comes."""
    groups: dict[str, list[IndicatorResult]] = {}
    for r in rows:
        groups.setdefault(r.level, []).append(r)
    return list(groups.items())


def _number(value: Decimal | None) -> Any:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)
