"""Printing HTML to a PDF with Qt's own writer (no extra dependency): the collection sheet
now, certificates later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from fieldmon.reports.files import atomic_path


def write_pdf(html: str, path: str | Path, *, landscape: bool = True) -> Path:
    """A4, written beside the target and moved into place, so a failure leaves no half file."""
    target = Path(path)
    with atomic_path(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        writer.setPageOrientation(orientation)
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        document = QTextDocument()
        document.setHtml(html)
        # Laid out on the page in points (1/72 in), so a 12pt font is 12pt on paper; print_
        # scales the layout to the writer's resolution.
        document.setPageSize(writer.pageLayout().paintRect(QPageLayout.Unit.Point).size())
        document.print_(writer)
        del writer  # the file is finished when the writer goes
    return target
