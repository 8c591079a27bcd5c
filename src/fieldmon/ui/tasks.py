"""Running long work off the GUI thread, with a progress dialog and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
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


class BackgroundTask(QObject):
    """`work(stop_event)` runs in the thread pool; `finished(result)` or `failed(exception)`
    arrive in the GUI thread. While it runs a window-modal progress dialog offers Cancel,
    which sets the event the work checks."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, label: str, work: Callable[[threading.Event], Any]):
        super().__init__(parent)
        self.stop = threading.Event()
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.stop.set)
        self._signals = _Signals()
        self._signals.finished.connect(self._done)
        self._signals.failed.connect(self._fail)
        self._runnable = _Runnable(lambda: work(self.stop), self._signals)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._runnable)

    def _done(self, result: Any) -> None:
        self.progress.reset()
        self.finished.emit(result)
        self.deleteLater()

    def _fail(self, exc: BaseException) -> None:
        self.progress.reset()
        self.failed.emit(exc)
        self.deleteLater()
