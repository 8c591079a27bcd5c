"""*Sync now*: `fieldmon sync` from the window, with the central database kept in Settings.

The area owns its File menu action, a status-bar widget (the last sync and the changes
waiting; while a sync runs, its step, a busy bar and Cancel) and the background job. The
window only places them (`populate_file_menu`, `status_widget`) and calls `refresh_status`
when records may have changed.

The sync runs in the thread pool, as `services.sync.sync` does it on the command line: two
steps, each one transaction, so whatever stops it (a dropped connection, Cancel, a crash)
leaves nothing half-done. Cancel takes effect between the steps: a push under way finishes
and is kept, the pull is not started. The password comes from the OS keyring (Settings puts
it there), else it is asked and remembered until the window closes, never written down.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from fieldmon.domain.errors import UserError
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import shown

if TYPE_CHECKING:
    from fieldmon.services.sync import SyncResult
    from fieldmon.ui.main_window import MainWindow
    from fieldmon.ui.tasks import Job

log = logging.getLogger(__name__)
STEPS = {"push": 1, "pull": 2}  # services.sync's progress steps → (done, of 2)


class SyncArea(QObject):
    """File → Sync now, its status-bar widget and its background job (one at a time)."""

    # "synced", "failed" or "cancelled", once the outcome has been shown.
    ended = Signal(str)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.last_message = ""  # the latest sentence put in the status bar
        self._asked: dict[str, str] = {}  # passwords typed this session, by server key

        self.action = QAction(self.tr("Sync n&ow"), window)
        self.action.setObjectName("sync_now")
        self.action.setShortcut(QKeySequence("F9"))
        self.action.setStatusTip(
            self.tr(
                "Send what changed here to the central database and receive what changed there."
            )
        )
        self.action.triggered.connect(self.start)

        # Without a parent until the window adds it to its status bar (which adopts it).
        self.status_widget = QWidget()
        self.status_widget.setObjectName("sync_area")
        self.status_label = QLabel(self.status_widget)
        self.status_label.setObjectName("sync_status")
        self.progress = QProgressBar(self.status_widget)
        self.progress.setRange(0, 0)  # busy: a step is one merge, with no count to show
        self.progress.setMaximumWidth(90)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self.status_widget)
        self.cancel_button.setObjectName("sync_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        layout = QHBoxLayout(self.status_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.refresh_status()

    def populate_file_menu(self, menu: Any) -> None:
        menu.addAction(self.action)

    def busy(self) -> bool:
        return self.job is not None

    # --- the status bar -------------------------------------------------------------------

    def refresh_status(self) -> None:
        """The last sync and the changes waiting, or nothing when no central database is
        set. Left alone while a sync runs: it shows the step then."""
        if self.busy():
            return
        from fieldmon.services import sync

        db = getattr(self.window, "db", None)
        url = sync.stored_url(db) if db is not None else ""
        if db is None or not url:
            self.status_label.clear()
            self.status_label.hide()
            return
        status = sync.status(db, url)
        if status.last is None:
            text = self.tr("Never synced · %Ln change(s) waiting", "", status.waiting)
        else:
            text = self.tr("Last sync: {0} · %Ln change(s) waiting", "", status.waiting).format(
                formats.moment(status.last)
            )
        self.status_label.setText(text)
        self.status_label.setToolTip(sync.server_key(url))
        self.status_label.show()

    def _show_running(self, running: bool) -> None:
        self.action.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.status_label.setText(self.tr("Connecting to the central database…"))
            self.status_label.show()

    # --- running a sync -------------------------------------------------------------------

    def start(self) -> Job | None:
        """Sync with the central database set in Settings, in the background. None when
        nothing was started: one is running already, none is set, or the password asked
        was cancelled."""
        if self.busy():
            return None
        from fieldmon.services import sync
        from fieldmon.ui.tasks import Job

        db = self.window.db
        url = sync.stored_url(db)
        if not url:
            dialogs.show_error(
                self.window,
                self.tr("Sync now"),
                self.tr(
                    "No central database is set: type its address in File → Settings, "
                    "then sync again."
                ),
            )
            return None
        password = self._password(url)
        if password is None:
            return None
        officer = self.window.officer

        def work(stop: threading.Event, progress: Callable[[int, int], None]) -> SyncResult:
            return sync.sync(
                db,
                url,
                officer,
                password=password or None,
                progress=lambda step: progress(STEPS[step], len(STEPS)),
                should_stop=stop.is_set,
            )

        job = Job(self, work)
        job.progress.connect(self._step)
        job.finished.connect(self._synced)
        job.failed.connect(lambda exc: self._failed(exc, url))
        self.job = job
        self._show_running(True)
        job.start()
        return job

    def cancel(self) -> None:
        """Stop after the step under way (a push under way is finished and kept)."""
        if self.job is None:
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Cancelling after the current step…"))

    def _password(self, url: str) -> str | None:
        """The keyring's password for `url`'s server, else one typed this session, else
        asked ('' for a server that needs none); None when the question is cancelled."""
        from fieldmon.services import sync

        kept = sync.kept_password(url)
        if kept is not None:
            return kept
        key = sync.server_key(url)
        if key in self._asked:
            return self._asked[key]
        typed = dialogs.ask_password(
            self.window,
            self.tr("Central database password"),
            self.tr("Password for {0} (leave empty if it needs none):").format(key),
        )
        if typed is not None:
            self._asked[key] = typed
        return typed

    def _step(self, done: int, _total: int) -> None:
        if self.job is None or self.job.stop.is_set():
            return  # "Cancelling…" stays until the job ends
        if done == STEPS["push"]:
            self.status_label.setText(self.tr("Sending changes to the central database…"))
        else:
            self.status_label.setText(self.tr("Receiving changes from the central database…"))

    def _over(self) -> None:
        self.job = None
        self._show_running(False)
        self.refresh_status()

    def _say(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 15000)

    def _synced(self, result: SyncResult) -> None:
        self._over()
        self.window.refresh()
        sent = sum(c.new + c.updated for c in result.pushed.counts.values())
        received = sum(c.new + c.updated for c in result.pulled.counts.values())
        sentences = [
            self.tr("Synced: {0} records sent, {1} received.").format(
                formats.count(sent), formats.count(received)
            )
        ]
        if result.pulled.conflicts:
            sentences.append(
                self.tr(
                    "%Ln conflict(s) found here wait on the Conflicts page.",
                    "",
                    result.pulled.conflicts,
                )
            )
        if result.pushed.conflicts:
            sentences.append(
                self.tr(
                    "%Ln conflict(s) found on the central database wait for the coordinator.",
                    "",
                    result.pushed.conflicts,
                )
            )
        self._say(" ".join(sentences))
        self.ended.emit("synced")

    def _failed(self, exc: BaseException, url: str) -> None:
        from fieldmon.services import sync

        self._over()
        if isinstance(exc, sync.SyncCancelled):
            self._say(shown(exc))
            self.ended.emit("cancelled")
            return
        # A password typed this session may be the wrong one: ask again next time.
        self._asked.pop(sync.server_key(url), None)
        if isinstance(exc, UserError):
            text = shown(exc)
        else:
            log.error("sync failed", exc_info=exc)
            text = self.tr("An unexpected error stopped the sync; see the log file.")
        dialogs.show_error(self.window, self.tr("Sync now"), text)
        self.ended.emit("failed")
