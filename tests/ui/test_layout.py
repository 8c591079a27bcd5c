"""Nothing cut off: every page, form and dialog, in Kazakh and Russian (whose words are longer
than English), at 1280×720 on demo data, shows each label, button, tab, combo box choice and
column title whole, and leaves room to type in each text box."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from fieldmon.ui.i18n import install_translators
from tests.ui.screens import SIZE, clipped, demo_window, screens, settle


@pytest.fixture
def demo_in(qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    window = demo_window(request.param, tmp_path)
    yield window
    for form in window.open_forms.of_kind("visit"):
        form.draft.dirty = False
        form.close()
    window.close()
    window.db.dispose()
    install_translators("en")


@pytest.mark.parametrize("demo_in", ["kk", "ru"], indirect=True)
def test_no_screen_cuts_its_text(qapp: QApplication, demo_in: Any, answers: Any) -> None:
    window = demo_in
    assert (window.width(), window.height()) == SIZE
    cut: dict[str, list[str]] = {}
    names = []
    for name, opener in screens(window):
        widget = opener()
        if isinstance(widget, QDialog) and not widget.isVisible():
            widget.show()
        settle(qapp)
        names.append(name)
        if found := clipped(widget):
            cut[name] = found
        if widget is not window:
            if hasattr(widget, "draft"):
                widget.draft.dirty = False
            widget.close()
    assert {"page-visits", "visit-form", "loan-form", "attendance", "settings"} <= set(names)
    assert cut == {}


def test_the_check_sees_a_cut_label(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

    box = QWidget()
    row = QHBoxLayout(box)
    label = QLabel("Қатысушыны тіркеу және сертификат беру")
    button = QPushButton("Барлық аяқтағандарға сертификат")
    row.addWidget(label)
    row.addWidget(button)
    box.show()
    settle(qapp)
    assert clipped(box) == []
    label.setFixedWidth(60)
    button.setFixedWidth(60)
    settle(qapp)
    assert len(clipped(box)) == 2
