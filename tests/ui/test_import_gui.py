"""File → Import visits runs in the background; the list shows the result or why not."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldmon.ui.main_window import MainWindow
from tests.services.test_imports import row, workbook


def test_import_in_the_background_fills_the_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "v.xlsx", [row(), row(visit_date="15.08.2026")])
    task = window.imports.start(str(path))
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert window.count_label.text() == "2 visit(s)"
    assert "Imported 2 visits" in window.statusBar().currentMessage()


def test_a_failed_import_lists_the_bad_rows_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, english: None
) -> None:
    path = workbook(tmp_path / "v.xlsx", [row(), row(rating="great")])
    task = window.imports.start(str(path))
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    box = window.last_message
    assert box.text() == "Nothing was imported: 1 row has errors."
    assert box.informativeText().startswith("row 3, column rating: 'great' is not one of")
    assert window.visits_page.model.count() == 0
    box.close()


def test_a_file_that_is_not_a_workbook(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    task = window.imports.start(str(bad))
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    assert answers.errors == [
        "Cannot read 'bad.xlsx': it is not an Excel workbook (.xlsx) or it is damaged."
    ]
