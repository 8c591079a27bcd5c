"""Locking fieldmon after a while without input, on a password-protected database.

After `minutes` without a key press, a click or a mouse move in any fieldmon window, every
visible fieldmon window is hidden and a small lock window asks for the password. The hidden
windows are not closed: open forms keep their typing (and their drafts keep being written)
and come back as they were once the password is given. A wrong password says so and stays
locked. Locking needs a password to check, so a database without one is never locked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

DEFAULT_MINUTES = 15
SETTING = "security/lock_minutes"  # QSettings: minutes without input; 0 never locks
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


class LockDialog(QDialog):
    """The lock window: the password, and a sentence when it was wrong."""

    def __init__(self, verify: Callable[[str], bool], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.verify = verify
        self.setWindowTitle(self.tr("fieldmon is locked"))
        self.setMinimumWidth(380)
        self.text = QLabel(
            self.tr("fieldmon was locked after a while without use. Type the password to go on.")
        )
        self.text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("lock_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        buttons.accepted.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        if self.verify(self.password.text()):
            self.password.clear()
            self.accept()
            return
        self.password.clear()
        self.error.setText(self.tr("Wrong password; fieldmon stays locked."))
        self.error.show()
        self.password.setFocus()

    def reject(self) -> None:
        """Escape and the close button do not unlock."""


class IdleLock(QObject):
    """Watches the application's input; `lock()` after `minutes` without any."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, verify: Callable[[str], bool], minutes: int, parent: QObject):
        super().__init__(parent)
        self.verify = verify
        self.dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int, *, interval_ms: int | None = None) -> None:
        """Lock after `minutes` without input (0: never); `interval_ms` overrides (tests)."""
        self.timer.stop()
        if interval_ms is not None:
            self.timer.setInterval(interval_ms)
            self.timer.start()
        elif minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY and not self.is_locked and self.timer.isActive():
            self.timer.start()  # input: the count starts again
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, LockDialog)
        ]
        for widget in self._hidden:
            widget.hide()
        self.dialog = LockDialog(self.verify)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.locked.emit()

    def _unlock(self) -> None:
        self.dialog = None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
