"""Running long work off the GUI thread, with a progress dialog and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # reported to the GUI thread, which decides what to show
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


Work = Callable[[threading.Event, Callable[[int, int], None]], Any]


class Job(QObject):
    """`work(stop_event, progress)` runs in the thread pool; `progress(done, total)`,
    `finished(result)` and `failed(exception)` arrive in the GUI thread. `cancel()` sets the
    event the work checks. The job deletes itself when it is over."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject, work: Work):
        super().__init__(parent)
        self.stop = threading.Event()
        self.running = False
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self._done)
        self._signals.failed.connect(self._fail)
        self._runnable = _Runnable(
            lambda: work(self.stop, self._signals.progress.emit), self._signals
        )

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._runnable)

    def cancel(self) -> None:
        self.stop.set()

    def _done(self, result: Any) -> None:
        self.running = False
        self.finished.emit(result)
        self.deleteLater()

    def _fail(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc)
        self.deleteLater()


class BackgroundTask(Job):
    """A `Job` whose `work(stop_event)` runs while a window-modal progress dialog offers
    Cancel."""

    def __init__(self, parent: QWidget, label: str, work: Callable[[threading.Event], Any]):
        super().__init__(parent, lambda stop, _progress: work(stop))
        self.progress_dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setMinimumDuration(300)
        self.progress_dialog.canceled.connect(self.stop.set)

    def _done(self, result: Any) -> None:
        self.progress_dialog.reset()
        super()._done(result)

    def _fail(self, exc: BaseException) -> None:
        self.progress_dialog.reset()
        super()._fail(exc)
