"""The installed Qt binding keeps Python's reference counts: PySide6 6.12.0 returned None from
void methods without a reference, and on Python 3.11 (where None is not immortal) fieldmon
aborted with "Fatal Python error: deallocating None" after a few thousand calls to setText
or processEvents — minutes of ordinary use. pyproject.toml keeps it below 6.12."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("Сапарлар")
        QCoreApplication.processEvents()
    # A leak of one reference per call would be -1000 here; a few either way is other code.
    assert abs(sys.getrefcount(None) - before) < 50
