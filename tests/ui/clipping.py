"""Finding text the window cuts off: a label, button, check box or tab narrower than its text
needs, a combo box narrower than its current choice, a column header narrower than its title.

Used by the layout tests (each page, form and dialog in Kazakh and Russian at 1280×720) and by
`docs/screenshots.py`, which prints the same list beside the pictures."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

SLACK = 2  # pixels of rounding


def _text_width(widget: QWidget, text: str) -> int:
    return max((widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0)


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
                need = _text_width(widget, title) + 12
                if widget.sectionSize(section) + SLACK < need:
                    found.append(_describe(widget, title))
    return found


def _describe(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '-'}: {text!r}"
