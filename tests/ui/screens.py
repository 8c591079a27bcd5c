"""Finding text the window cuts off: a label, button, check box or tab narrower than its text
needs, a combo box narrower than its current choice, a column header narrower than its title,
a text box too narrow to type six digits in.

`screens` opens each page, form and dialog of a window on demo data (`demo_window`): the
layout tests check each in Kazakh and Russian at 1280×720, and `docs/screenshots.py` takes
their pictures and prints the same list beside them."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

SLACK = 2  # pixels of rounding
SIZE = (1280, 720)
# In the navigation's order (`main_window.HOME`…).
PAGES = [
    "home",
    "visits",
    "loans",
    "trainings",
    "people",
    "projects",
    "results",
    "reports",
    "conflicts",
]


def _text_width(widget: QWidget, text: str) -> int:
    return max(
        (widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0
    )


def clipped(root: QWidget) -> list[str]:
    """'ClassName objectName: text' for each visible widget under `root` that cuts its text."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if widget.wordWrap() or not text or widget.textFormat() == 1 or "<" in text:
                continue  # rich text and wrapped labels flow onto more lines
            if widget.width() + SLACK < widget.minimumSizeHint().width():
                found.append(_describe(widget, text))
        elif isinstance(widget, QAbstractButton):
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if text and widget.width() + SLACK < widget.sizeHint().width():
                found.append(_describe(widget, text))
        elif isinstance(widget, QComboBox):
            text = widget.currentText()
            inner = widget.width() - 30  # the arrow and the frame
            if text and not widget.isEditable() and _text_width(widget, text) > inner + SLACK:
                found.append(_describe(widget, text))
        elif isinstance(widget, QLineEdit) and not isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            if widget.width() < _text_width(widget, "000000") + 12:
                found.append(_describe(widget, "too narrow to type in"))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                need = _text_width(widget, widget.tabText(i).replace("&", ""))
                if widget.tabRect(i).width() < need + SLACK:
                    found.append(_describe(widget, widget.tabText(i)))
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            model = widget.model()
            if model is None:
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                title = str(model.headerData(section, widget.orientation()) or "")
                need = widget.sectionSizeFromContents(section).width()  # as Qt measures it
                if title and widget.sectionSize(section) + SLACK < need:
                    found.append(_describe(widget, title))
    return found


def _describe(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '-'}: {text!r}"


def screens(window: Any) -> list[tuple[str, Callable[[], QWidget]]]:
    """(name, opener) for every screen; each opener returns the widget to grab."""
    from sqlalchemy import select

    from fieldmon.db.models import Loan, Site, Training
    from fieldmon.ui import dialogs
    from fieldmon.ui.projects_page import ProjectDialog

    w = window  # MainWindow
    db = w.db  # type: ignore[attr-defined]
    with db.read_session() as session:
        loan_id = session.scalars(select(Loan.id).limit(1)).first()
        training_id = session.scalars(select(Training.id).limit(1)).first()
        site_id = session.scalars(select(Site.id).where(Site.deleted_at.is_(None)).limit(1)).first()

    def page(row: int) -> Callable[[], QWidget]:
        def show() -> QWidget:
            w.nav.setCurrentRow(row)  # type: ignore[attr-defined]
            home = w.home_page  # type: ignore[attr-defined]
            deadline = time.monotonic() + 30
            while home.busy() and time.monotonic() < deadline:  # Home counts in the background
                QApplication.processEvents()
                time.sleep(0.01)
            return w  # type: ignore[return-value]

        return show

    assert len(PAGES) == w.nav.count(), "PAGES names every page of the navigation"  # type: ignore[attr-defined]
    found: list[tuple[str, Callable[[], QWidget]]] = [
        (f"page-{name}", page(i)) for i, name in enumerate(PAGES)
    ]
    found += [
        ("visit-form", w.visits.new),  # type: ignore[attr-defined]
        ("loan-form", w.loans.new),  # type: ignore[attr-defined]
        ("training-form", w.trainings.new),  # type: ignore[attr-defined]
        ("repayments", w.loans.post_repayments),  # type: ignore[attr-defined]
        ("collection-sheet", w.loans.collection_sheet),  # type: ignore[attr-defined]
        ("find", w.find_everywhere),  # type: ignore[attr-defined]
        ("settings", lambda: dialogs.SettingsDialog(w.officer, w)),  # type: ignore[attr-defined]
        ("officer", lambda: dialogs.OfficerDialog(w)),
        ("project", lambda: ProjectDialog(db, w.officer, None, w)),  # type: ignore[attr-defined]
    ]
    if loan_id is not None:
        found.append(("loan-view", lambda: w.loans.open(loan_id)))  # type: ignore[attr-defined]
    if training_id is not None:
        found.append(("attendance", lambda: w.trainings.open(training_id)))  # type: ignore[attr-defined]
    if site_id is not None:
        found.append(("site-view", lambda: w.sites.open(site_id)))  # type: ignore[attr-defined]
    return found


def demo_window(lang: str, folder: Path) -> Any:
    """A main window in `lang` at 1280×720 on a small demo database in `folder`."""
    from fieldmon.db.engine import open_database
    from fieldmon.services import demo, profile
    from fieldmon.ui.app import application
    from fieldmon.ui.i18n import install_translators
    from fieldmon.ui.main_window import MainWindow

    app = application()
    install_translators(lang)
    db = open_database(folder / "demo.db")
    today = date(2026, 11, 20)
    demo.make_demo(db, 60, today=today)
    demo.make_demo_loans(db, 20, today=today)
    demo.make_demo_trainings(db, 3, today=today)
    officer = profile.set_officer(db, "Айгерім Нұрланова")
    window = MainWindow(db, officer, lang)
    window.resize(*SIZE)
    window.show()
    settle(app)
    return window


def settle(app: Any, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
