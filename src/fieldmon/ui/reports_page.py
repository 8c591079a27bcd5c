"""The Reports page: pick a quarter (or dates) and a region, see the Summary as the workbook
will show it, export the quarterly workbook in the background (progress, Cancel), then open
the file or its folder.

Choices a coordinator would expect, made here: the quarter offered first is the last one
that has ended (the one being reported on); the project title typed here is stored in the
database, so the command line's report carries it too; the folder chosen last time is
offered again; the window stays usable while a report is written. A project chosen here
(first shown: the window's current project) limits every figure and sheet to its records,
titles the report with the project's title, and adds the Results sheet. "With photos and
scans" (remembered, like the folder) also writes the covered records' evidence files to a
folder beside the workbook, listed on an Evidence sheet (`reports.evidence_folder`)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import UserError
from fieldmon.domain.periods import Period, quarter_of
from fieldmon.reports.indicators import MONEY, RATIO, Comparison, Line
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import shown, translate
from fieldmon.ui.tasks import Job

QUARTERS_OFFERED = 16


def last_ended_quarter(today: date) -> Period:
    return quarter_of(quarter_of(today).start - timedelta(days=1))


class ReportsPage(QWidget):
    def __init__(self, db: Database, lang: str, today: date | None = None):
        super().__init__()
        from fieldmon.services import places, profile

        self.db, self.lang = db, lang
        self.today = today or date.today()
        self.export_job: Job | None = None
        self._generation = 0
        self.last_path: Path | None = None

        self.mode = QComboBox()
        self.mode.addItem(self.tr("Quarter"), "quarter")
        self.mode.addItem(self.tr("Dates"), "dates")
        self.quarter = QComboBox()
        first = last_ended_quarter(self.today)
        q = quarter_of(self.today)
        for _ in range(QUARTERS_OFFERED):
            self.quarter.addItem(q.label, q)
            q = quarter_of(q.start - timedelta(days=1))
        self.quarter.setCurrentIndex(self.quarter.findText(first.label))
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, day in ((self.date_from, first.start), (self.date_to, first.end)):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
            edit.setDate(QDate(day.year, day.month, day.day))
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(QLabel("–"))
        dates_row.addWidget(self.date_to)
        dates_row.addStretch(1)
        self.period_stack = QStackedWidget()
        self.period_stack.addWidget(self.quarter)
        self.period_stack.addWidget(dates)
        self.region = QComboBox()
        self.region.addItem(self.tr("All regions"), None)
        for item in places.region_items(db, lang):
            self.region.addItem(item.name, item.id)
        self.title = QLineEdit(profile.project_title(db))
        self.title.setPlaceholderText(self.tr("Project title on the report"))
        self.title.editingFinished.connect(self.save_title)
        self.project = QComboBox()
        self.project.setObjectName("report_project")
        self._project_chosen = False
        self._fill_projects()
        self.project.activated.connect(self._project_activated)

        form = QFormLayout()
        period_row = QHBoxLayout()
        period_row.addWidget(self.mode)
        period_row.addWidget(self.period_stack, 1)
        form.addRow(self.tr("Period"), period_row)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Project"), self.project)
        form.addRow(self.tr("Project title"), self.title)
        self.with_photos = QCheckBox(
            self.tr("With photos and scans (in a folder beside the workbook)")
        )
        self.with_photos.setObjectName("report_with_photos")
        self.with_photos.setChecked(
            bool(QSettings().value("reports/with_photos", False, type=bool))
        )
        self.with_photos.toggled.connect(
            lambda checked: QSettings().setValue("reports/with_photos", checked)
        )
        form.addRow("", self.with_photos)

        self.tree = QTreeWidget()
        self.tree.setObjectName("report_summary")
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.clicked.connect(self.choose_file)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.open_button = QPushButton(self.tr("&Open the workbook"))
        self.folder_button = QPushButton(self.tr("Open its &folder"))
        self.open_button.clicked.connect(lambda: self._open(self.last_path))
        self.folder_button.clicked.connect(
            lambda: self._open(self.last_path.parent if self.last_path else None)
        )
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(0)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.mode.currentIndexChanged.connect(self._mode_changed)
        for combo in (self.quarter, self.region, self.project):
            combo.currentIndexChanged.connect(self.refresh)
        self.project.currentIndexChanged.connect(self._show_title)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh)

    # --- what is asked for ----------------------------------------------------------------

    def _mode_changed(self) -> None:
        self.period_stack.setCurrentIndex(self.mode.currentIndex())
        self.refresh()

    def period(self) -> Period:
        """The chosen period; UserError if the dates are the wrong way round."""
        if self.mode.currentData() == "quarter":
            chosen: Period = self.quarter.currentData()
            return chosen
        start = self.date_from.date().toPython()
        end = self.date_to.date().toPython()
        if end < start:
            raise UserError(self.tr("The period ends before it starts."))
        return Period(start, end)

    def region_id(self) -> uuid.UUID | None:
        region: uuid.UUID | None = self.region.currentData()
        return region

    def project_id(self) -> uuid.UUID | None:
        # ids as text: Qt finds a Python object in a combo only if it is the very same one
        data = self.project.currentData()
        return uuid.UUID(data) if data else None

    def _fill_projects(self) -> None:
        """The live projects, keeping the one chosen; the first time, the window's current
        project is chosen (until the user picks one here)."""
        from fieldmon.ui.projects_page import DASH, project_choices

        keep = self.project.currentData()
        if not self._project_chosen:
            current = getattr(self.window(), "current_project_id", None)
            keep = str(current) if current else None
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("All projects"), None)
        self._titles: dict[uuid.UUID, str] = {}
        for ident, text in project_choices(self.db):  # "CODE — title", as everywhere
            self.project.addItem(text, str(ident))
            self._titles[ident] = text.split(DASH, 1)[1]
        index = self.project.findData(keep)
        self.project.setCurrentIndex(max(index, 0))
        self.project.blockSignals(False)
        self._show_title()

    def _project_activated(self) -> None:
        self._project_chosen = True

    def _show_title(self) -> None:
        """A project's report is titled with the project's title; otherwise the stored one."""
        project = self.project_id()
        self.title.setEnabled(project is None)
        self.title.setPlaceholderText(
            self._titles.get(project, "") if project else self.tr("Project title on the report")
        )
        if project is not None:
            self.title.setToolTip(self.tr("A project's report carries the project's title."))

    def save_title(self) -> None:
        from fieldmon.services import profile

        text = profile.set_project_title(self.db, self.title.text())
        if text != self.title.text():
            self.title.setText(text)

    # --- the summary on screen ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fill_projects()
        self.refresh()  # the figures are counted afresh each time the page is shown

    def refresh(self) -> None:
        """Recompute the summary in the background (only while the page is seen); a newer
        request replaces an older one."""
        if not self.isVisible():
            return
        try:
            period = self.period()
        except UserError as exc:
            self.tree.clear()
            self.status.setText(shown(exc))
            return
        self._generation += 1
        generation, region_id, lang = self._generation, self.region_id(), self.lang
        db, project_id = self.db, self.project_id()

        def work(_stop: threading.Event, _progress: Callable[[int, int], None]) -> Comparison:
            from fieldmon.reports.indicators import comparison

            return comparison(db, period, region_id, lang, project_id)

        job = Job(self, work)
        job.finished.connect(lambda result: self._show(generation, result))
        job.failed.connect(lambda exc: self._summary_failed(generation, exc))
        self.status.setText(self.tr("Counting…"))
        job.start()

    def _show(self, generation: int, comparison: Comparison) -> None:
        if generation != self._generation:
            return  # an older request came back late
        self.tree.clear()
        self.tree.setHeaderLabels([self.tr("Indicator"), *comparison.headers(translate)])
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in comparison.sections:
            top = QTreeWidgetItem([translate(section.title)])
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for line in section.lines:
                item = QTreeWidgetItem([line.text(translate), *self._values(line)])
                item.setToolTip(0, line.key)
                for column in (1, 2, 3):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                top.addChild(item)
        self.tree.expandAll()
        if self.status.text() == self.tr("Counting…"):
            self.status.clear()

    def _values(self, line: Line) -> list[str]:
        """The figures as the lists show them (`ui.formats`): exact, never through a float."""
        texts = []
        for value in line.values:
            if line.unit == MONEY:
                texts.append(formats.money(Decimal(value), line.currency))
            elif line.unit == RATIO:
                texts.append(formats.percent(Decimal(value)))
            else:
                texts.append(formats.count(int(value)))
        return texts

    def _summary_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        import logging

        logging.getLogger(__name__).error("summary failed", exc_info=exc)
        self.status.setText(self.tr("The figures could not be counted; see the log file."))

    # --- export ---------------------------------------------------------------------------

    def suggested_path(self, period: Period) -> Path:
        folder = QSettings().value("reports/folder", "") or str(Path.home())
        region = self.region.currentText() if self.region_id() else ""
        project = self.project.currentText().split(" — ")[0] if self.project_id() else ""
        name = f"fieldmon-{period.label}" + (f"-{project}" if project else "")
        name += f"-{region}" if region else ""
        name = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name)
        return Path(str(folder)) / f"{name}.xlsx"

    def choose_file(self) -> None:
        try:
            period = self.period()
        except UserError as exc:
            dialogs.show_error(self, self.tr("Cannot export"), shown(exc))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the quarterly report"),
            str(self.suggested_path(period)),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.start_export(Path(path))

    def start_export(self, path: Path) -> Job:
        from fieldmon.reports.quarterly import ReportRequest, write_report
        from fieldmon.ui.i18n import file_translator

        self.save_title()
        period, region_id = self.period(), self.region_id()
        region = self.region.currentText() if region_id else ""
        project_id = self.project_id()
        title = "" if project_id else self.title.text()
        request = ReportRequest(
            period,
            region_id,
            region,
            self.lang,
            title,
            project_id,
            with_photos=self.with_photos.isChecked(),
        )
        db, lang = self.db, self.lang
        QSettings().setValue("reports/folder", str(path.parent))

        def work(stop: threading.Event, progress: Callable[[int, int], None]) -> Any:
            return write_report(
                db,
                request,
                path,
                tr=file_translator(lang),
                progress=progress,
                should_stop=stop.is_set,
                now=datetime.now(),
            )

        job = Job(self, work)
        job.progress.connect(self._progress)
        job.finished.connect(self._export_done)
        job.failed.connect(self._export_failed)
        self.export_job = job
        self.progress.setRange(0, 0)
        self._exporting(True)
        self.status.setText(self.tr("Writing {0}…").format(path.name))
        job.start()
        return job

    def busy(self) -> bool:
        return self.export_job is not None and self.export_job.running

    def cancel_export(self) -> None:
        if self.export_job is not None:
            self.export_job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _exporting(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        for button in (self.open_button, self.folder_button):
            button.setVisible(not running and self.last_path is not None)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _export_done(self, result: Any) -> None:
        self.export_job = None
        self.last_path = result.path
        self._exporting(False)
        text = self.tr("Saved {0} ({1} rows).").format(result.path, formats.count(result.rows))
        if result.evidence is not None:
            text += "\n" + self.tr("Evidence files: {0} in {1}.").format(
                formats.count(result.files), result.evidence
            )
        if result.notes:
            text += "\n" + "\n".join(shown(note) for note in result.notes)
        self.status.setText(text)

    def _export_failed(self, exc: BaseException) -> None:
        from fieldmon.reports.quarterly import ExportCancelled

        self.export_job = None
        self._exporting(False)
        if isinstance(exc, ExportCancelled):
            self.status.setText(self.tr("Export cancelled; no file was written."))
        elif isinstance(exc, UserError):
            self.status.setText("")
            dialogs.show_error(self, self.tr("Cannot export"), shown(exc))
        elif isinstance(exc, OSError):
            self.status.setText("")
            dialogs.show_error(
                self,
                self.tr("Cannot export"),
                self.tr("Cannot write the workbook: {0}").format(exc.strerror or exc),
            )
        else:
            import logging

            logging.getLogger(__name__).error("export failed", exc_info=exc)
            self.status.setText("")
            dialogs.show_error(
                self,
                self.tr("Cannot export"),
                self.tr("An unexpected error stopped the export; see the log file."),
            )

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
