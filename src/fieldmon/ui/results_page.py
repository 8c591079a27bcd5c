"""The Results page: a project's results framework against what its records show — each
indicator's baseline and target beside its value this quarter, this year and since the
project began, and the share of the target reached (`services.results`).

Choices a coordinator would expect, made here: the project offered first is the window's
current one; the quarter is the last one that has ended (the one being reported on), or
the project's last quarter if it ended before. The list of indicators shows at once and the
figures follow from a background count (they read every record of the project). A manual
indicator's values are typed in a grid of the project's quarters under the list: a value is
saved as soon as it is typed, and a note is kept with its quarter's value."""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldmon.domain.errors import UserError
from fieldmon.domain.periods import Period, quarter, quarter_of
from fieldmon.services import indicators
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import shown
from fieldmon.ui.indicator_dialog import IndicatorDialog, measure_label
from fieldmon.ui.results_model import (
    TITLE,
    VALUE,
    IndicatorRow,
    ResultsModel,
    ValuesModel,
    indicator_row,
)
from fieldmon.ui.tasks import Job
from fieldmon.ui.widgets import ErrorLabel, remember_columns, remember_splitter

if TYPE_CHECKING:
    from fieldmon.db.engine import Database
    from fieldmon.db.models import Project
    from fieldmon.services.results import ProjectResults

log = logging.getLogger(__name__)
QUARTERS_OFFERED = 16  # for a project without a start date


def last_ended_quarter(today: date) -> Period:
    return quarter_of(quarter_of(today).start - timedelta(days=1))


class ResultsPage(QWidget):
    """`current_project()` names the window's current project (None: none chosen); it is
    the one shown first, and again when it changes. `counts_changed(n)`: the project shown
    has n indicators (the window's status bar)."""

    counts_changed = Signal(int)

    def __init__(
        self,
        db: Database,
        officer: str,
        lang: str = "en",
        current_project: Callable[[], uuid.UUID | None] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.officer, self.lang = db, officer, lang
        self.current_project = current_project or (lambda: None)
        self._today = today
        self._followed: uuid.UUID | None = None  # the window's project when last looked at
        self._projects: dict[uuid.UUID, Project] = {}
        self._generation = 0
        self._stale = True  # figures to count when the page is next shown
        self.jobs: list[Job] = []  # counts running (an older one may still be)

        self.project = QComboBox()
        self.project.setObjectName("results_project")
        self.project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.quarter = QComboBox()
        self.quarter.setObjectName("results_quarter")
        self.about = QLabel()
        self.about.setObjectName("results_about")
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Project")))
        top.addWidget(self.project)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Quarter")))
        top.addWidget(self.quarter)
        top.addSpacing(12)
        top.addWidget(self.about, 1)

        self.model = ResultsModel(self)
        self.table = QTableView()
        self.table.setObjectName("results_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_indicator())
        self.columns = remember_columns(self.table, "results", caps={TITLE: 320})
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_values())

        self.add_button = QPushButton(self.tr("&Add indicator…"))
        self.add_button.setObjectName("add_indicator")
        self.add_button.clicked.connect(self.add_indicator)
        self.edit_button = QPushButton(self.tr("&Edit indicator…"))
        self.edit_button.setObjectName("edit_indicator")
        self.edit_button.clicked.connect(self.edit_indicator)
        self.delete_button = QPushButton(self.tr("&Delete indicator"))
        self.delete_button.setObjectName("delete_indicator")
        self.delete_button.clicked.connect(self.delete_indicator)
        self.status = QLabel()
        self.status.setObjectName("results_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status, 1)

        upper = QWidget()
        upper_column = QVBoxLayout(upper)
        upper_column.setContentsMargins(0, 0, 0, 0)
        upper_column.addWidget(self.table, 1)
        upper_column.addLayout(buttons)

        self.values_title = QLabel()
        self.values_title.setObjectName("values_title")
        self.values_title.setWordWrap(True)
        bold = self.values_title.font()
        bold.setBold(True)
        self.values_title.setFont(bold)
        self.values_model = ValuesModel(self._write_value, self)
        self.values_model.refused.connect(self._value_refused)
        self.values_model.written.connect(self._value_written)
        self.values_model.waiting.connect(self._note_waiting)
        self.values = QTableView()
        self.values.setObjectName("indicator_values")
        self.values.setModel(self.values_model)
        self.values.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        values_header = self.values.horizontalHeader()
        values_header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        values_header.resizeSection(VALUE, 160)
        values_header.setStretchLastSection(True)
        self.value_error = ErrorLabel()
        self.value_error.setObjectName("value_error")
        self.values_hint = QLabel()
        self.values_hint.setObjectName("values_hint")
        self.values_hint.setWordWrap(True)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        lower_column.addWidget(self.values_title)
        lower_column.addWidget(self.values, 1)
        lower_column.addWidget(self.value_error)
        lower_column.addWidget(self.values_hint)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("results_splitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        remember_splitter(self.splitter, "results")

        self.empty = QLabel(
            self.tr(
                "There are no projects yet. Add one on the Projects page (or with "
                "'fieldmon project add'); its indicators are set up here."
            )
        )
        self.empty.setObjectName("results_empty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

        self.project.currentIndexChanged.connect(self._project_chosen)
        self.quarter.currentIndexChanged.connect(self._quarter_chosen)
        self._load_projects()

    # --- what is shown --------------------------------------------------------------------

    def today(self) -> date:
        return self._today or date.today()

    def project_id(self) -> uuid.UUID | None:
        chosen = self.project.currentData()  # as text: findData compares objects by identity
        return uuid.UUID(chosen) if chosen else None

    def period(self) -> Period | None:
        chosen: Period | None = self.quarter.currentData()
        return chosen

    def selected(self) -> IndicatorRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.rows[index.row()]

    def select_code(self, code: str) -> None:
        row = self.model.row_of(code)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # --- refreshing -----------------------------------------------------------------------

    def refresh(self) -> None:
        """The projects and indicators read again, and the figures counted (now if the page
        is seen, otherwise when it is next shown)."""
        chosen = self.selected()
        code = chosen.code if chosen is not None else None
        self._load_projects()
        if code is not None:
            self.select_code(code)
        self.count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # After the event: the window refreshes a page it shows (one count, not two).
        QTimer.singleShot(0, self._count_if_stale)

    def _count_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.count()

    def _load_projects(self) -> None:
        from fieldmon.services import projects

        rows = projects.list_projects(self.db)
        self._projects = {p.id: p for p in rows}
        wanted = self.project_id()
        followed = self._window_project()
        if followed is not None and followed != self._followed and followed in self._projects:
            wanted = followed  # the window's project changed since: show it
        self._followed = followed
        if wanted not in self._projects:
            wanted = followed if followed in self._projects else (rows[0].id if rows else None)
        self.project.blockSignals(True)
        self.project.clear()
        for p in rows:
            self.project.addItem(f"{p.code} — {p.title}", str(p.id))
            self.project.setItemData(self.project.count() - 1, p.title, Qt.ItemDataRole.ToolTipRole)
        self.project.setCurrentIndex(max(self.project.findData(str(wanted)), 0) if rows else -1)
        self.project.blockSignals(False)
        has_projects = bool(rows)
        self.empty.setVisible(not has_projects)
        self.splitter.setVisible(has_projects)
        for widget in (self.project, self.quarter):
            widget.setEnabled(has_projects)
        self._project_shown()

    def follow_project(self, project_id: uuid.UUID | None) -> None:
        """The window's current project changed: show it (all projects: keep the one shown)."""
        if project_id is None or project_id == self.project_id():
            self._followed = project_id
            return
        self._load_projects()  # it sees the change and chooses the project
        self.count()

    def _project(self) -> Project | None:
        """The chosen project's row (None: no project)."""
        chosen = self.project_id()
        return self._projects.get(chosen) if chosen is not None else None

    def _window_project(self) -> uuid.UUID | None:
        found: Any = self.current_project()
        return found if isinstance(found, uuid.UUID) else None

    def _project_chosen(self) -> None:
        self._project_shown()
        self.count()

    def _project_shown(self) -> None:
        """The chosen project's dates, quarters and indicators (not yet their figures)."""
        project = self._project()
        self._fill_quarters(project)
        if project is None:
            self.about.clear()
            self.model.set_indicators([])
            self.counts_changed.emit(0)
        else:
            parts = []
            if project.donor:
                parts.append(self.tr("Donor: {0}").format(project.donor))
            if project.start_on or project.end_on:
                start = formats.day(project.start_on) if project.start_on else "…"
                end = formats.day(project.end_on) if project.end_on else "…"
                parts.append(f"{start}–{end}")
            self.about.setText(" · ".join(parts))
            self._load_indicators(project.id)
        self._update_buttons()
        self._show_values()

    def _fill_quarters(self, project: Project | None) -> None:
        today = self.today()
        now = quarter_of(today)
        if project is not None and project.start_on is not None:
            first = quarter_of(min(project.start_on, now.start))
        else:
            first = quarter_of(now.start - timedelta(days=91 * (QUARTERS_OFFERED - 1)))
        end = project.end_on if project is not None and project.end_on else None
        default = last_ended_quarter(today)
        if end is not None and quarter_of(end).start < default.start:
            default = quarter_of(end)  # the project's last quarter
        if default.start < first.start:
            default = first  # a project that began this quarter
        chosen = self.period()
        names = indicators.quarters(first.start, now.start)
        self.quarter.blockSignals(True)
        self.quarter.clear()
        for name in reversed(names):
            self.quarter.addItem(name, quarter(int(name[:4]), int(name[5])))
        keep = self.quarter.findText(chosen.label) if chosen is not None else -1
        self.quarter.setCurrentIndex(keep if keep >= 0 else self.quarter.findText(default.label))
        self.quarter.blockSignals(False)

    def _load_indicators(self, project_id: uuid.UUID) -> None:
        from fieldmon.services import places

        region_names = {item.id: item.name for item in places.region_items(self.db, self.lang)}
        rows = [
            indicator_row(r, region_names.get(r.region_id, "") if r.region_id else "")
            for r in indicators.list_indicators(self.db, project_id)
        ]
        self.model.set_indicators(rows)
        self.counts_changed.emit(len(rows))
        if rows:
            self.select_code(rows[0].code)

    def _quarter_chosen(self) -> None:
        self._scroll_values_to_quarter()
        self.count()

    def count(self) -> None:
        """Count the figures in the background (only while the page is seen); an older
        count's answer arriving late is dropped."""
        project_id, period = self.project_id(), self.period()
        self._generation += 1
        if project_id is None or period is None or not self.model.rows:
            self._stale = False
            self.status.clear()
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        generation, db, lang = self._generation, self.db, self.lang

        def work(_stop: threading.Event, _progress: Callable[[int, int], None]) -> Any:
            from fieldmon.services.results import results

            return results(db, project_id, period, lang)

        job = Job(self, work)
        self.jobs.append(job)
        # A job deletes itself once it has signalled: it is let go of first.
        job.finished.connect(lambda _found: self.jobs.remove(job))
        job.failed.connect(lambda _exc: self.jobs.remove(job))
        job.finished.connect(lambda found: self._counted(generation, found))
        job.failed.connect(lambda exc: self._failed(generation, exc))
        self.status.setText(self.tr("Counting…"))
        job.start()

    def busy(self) -> bool:
        """A count is running."""
        return bool(self.jobs)

    def _counted(self, generation: int, found: ProjectResults) -> None:
        if generation != self._generation:
            return
        self.model.set_results(list(found.indicators), found.period.end.year)
        self.status.clear()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, UserError):
            self.status.setText(shown(exc))
            return
        log.error("the results could not be counted", exc_info=exc)
        self.model.clear_figures()
        self.status.setText(
            self.tr("The figures could not be counted; details are in the log file.")
        )

    # --- indicators -----------------------------------------------------------------------

    def _update_buttons(self) -> None:
        has_project = self.project_id() is not None
        chosen = self.selected() is not None
        self.add_button.setEnabled(has_project)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open_dialog(self, indicator_id: uuid.UUID | None) -> IndicatorDialog | None:
        project_id = self.project_id()
        if project_id is None:
            return None
        try:
            return IndicatorDialog(self.db, self.officer, project_id, self.lang, indicator_id, self)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Indicator"), shown(exc))
            self.refresh()
            return None

    def add_indicator(self) -> None:
        dialog = self._open_dialog(None)
        if dialog is not None and dialog.exec():
            self._saved(dialog.saved_code)

    def edit_indicator(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = self._open_dialog(row.id)
        if dialog is not None and dialog.exec():
            self._saved(dialog.saved_code)

    def _saved(self, code: str) -> None:
        project_id = self.project_id()
        if project_id is not None:
            self._load_indicators(project_id)
        self.select_code(code)
        self.count()

    def delete_indicator(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not dialogs.ask_yes_no(
            self,
            self.tr("Delete indicator"),
            self.tr(
                "Delete the indicator {0} «{1}»? The values typed for it are kept and come "
                "back if it is added again with this code."
            ).format(row.code, row.title),
        ):
            return
        indicators.delete_indicator(self.db, row.id, self.officer)
        project_id = self.project_id()
        if project_id is not None:
            self._load_indicators(project_id)
        self.count()

    # --- a manual indicator's values --------------------------------------------------------

    def _show_values(self) -> None:
        self._update_buttons()
        self.value_error.show_error(None)
        self.values_hint.clear()
        row = self.selected()
        project = self._project()
        if row is None or project is None:
            self.values_title.setText(
                self.tr("Choose an indicator to see its values by quarter.")
                if self.model.rows
                else self.tr("This project has no indicators yet; add them with Add indicator.")
            )
            self.values_model.set_rows([], [])
            self.values.hide()
            return
        if not row.manual:
            self.values_title.setText(
                self.tr(
                    "{0} «{1}» is computed from the project's records ({2}); it has no "
                    "values to type."
                ).format(row.code, row.title, measure_label(row.measure) or row.measure)
            )
            self.values_model.set_rows([], [])
            self.values.hide()
            return
        self.values_title.setText(
            self.tr("Values of {0} «{1}» by quarter: type a value and a note.").format(
                row.code, row.title
            )
        )
        typed = indicators.values_of(self.db, row.id)
        today = self.today()
        end = min(today, project.end_on) if project.end_on else today
        start = project.start_on or (
            indicators.period_of(typed[0].period).start if typed else date(today.year, 1, 1)
        )
        periods = indicators.quarters(min(start, end), end)
        chosen = self.period()
        if chosen is not None:
            periods.append(chosen.label)
        self.values_model.set_rows(periods, typed)
        self.values.show()
        self.values.resizeColumnToContents(VALUE)
        self._scroll_values_to_quarter()

    def _scroll_values_to_quarter(self) -> None:
        chosen = self.period()
        if chosen is None or not self.values.isVisibleTo(self):
            return
        row = self.values_model.row_of(chosen.label)
        if row >= 0:
            index = self.values_model.index(row, VALUE)
            self.values.setCurrentIndex(index)
            self.values.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _write_value(self, period: str, value: Decimal | None, note: str) -> None:
        row = self.selected()
        if row is None:
            raise UserError(self.tr("Choose an indicator first."))
        indicators.set_value(self.db, row.id, period, value, note, self.officer)

    def _value_refused(self, sentence: str) -> None:
        self.values_hint.clear()
        self.value_error.show_error(sentence)

    def _value_written(self, period: str) -> None:
        self.value_error.show_error(None)
        self.values_hint.setText(self.tr("{0}: saved.").format(period))
        self.count()

    def _note_waiting(self, period: str) -> None:
        self.value_error.show_error(None)
        self.values_hint.setText(
            self.tr("{0}: the note is saved with the quarter's value; type the value too.").format(
                period
            )
        )

    def value_cell(self, period: str, column: int = VALUE) -> QModelIndex:
        """The grid's cell of a quarter (for tests and keyboard helpers)."""
        return self.values_model.index(self.values_model.row_of(period), column)
