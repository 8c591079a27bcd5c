"""The window locks after a while without input and comes back, forms and typing intact,
only with the right password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldmon.ui.idle_lock import IdleLock, LockDialog
from fieldmon.ui.main_window import MainWindow
from tests.ui.test_visit_form import type_in

PASSWORD = "Көктем-2026 қала"


def test_idle_window_locks_and_the_right_password_brings_back_the_typing(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.visits.new()
    type_in(qtbot, form.findings, "Жабдық орнатылды")
    lock = IdleLock(lambda typed: typed == PASSWORD, 0, window)
    lock.set_minutes(0, interval_ms=300)
    with qtbot.waitSignal(lock.locked, timeout=5000):
        pass
    assert not window.isVisible() and not form.isVisible()
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, LockDialog)]
    assert dialog.isVisible()

    type_in(qtbot, dialog.password, "көктем-2026 қала")  # wrong case: wrong password
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert lock.is_locked and not window.isVisible()
    assert dialog.error.text() == "Wrong password; fieldmon stays locked."
    assert dialog.password.text() == ""
    dialog.reject()  # Escape does not unlock
    assert lock.is_locked

    type_in(qtbot, dialog.password, PASSWORD)
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert window.isVisible() and form.isVisible()
    assert form.findings.toPlainText() == "Жабдық орнатылды"
    lock.stop()
    form.draft.dirty = False


def test_input_keeps_it_unlocked_and_zero_minutes_never_locks(
    qtbot: QtBot, window: MainWindow
) -> None:
    lock = IdleLock(lambda _typed: True, 0, window)
    assert not lock.timer.isActive()  # 0 minutes: never
    lock.set_minutes(0, interval_ms=400)
    for _ in range(4):  # typing every 0.2 s: no lock in 0.8 s
        qtbot.wait(200)
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert not lock.is_locked
    lock.stop()
