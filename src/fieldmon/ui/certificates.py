"""Certificates of completion: one A4 landscape page per participant, printed with Qt's PDF
writer (`reports_pdf.write_pdf`). The wording is translated with the interface."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from fieldmon.domain.periods import format_date
from fieldmon.domain.trainings import TrainingKind
from fieldmon.services.trainings import GridRow, TrainingDetail
from fieldmon.ui.i18n import choice_label


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Certificate", text, "", n)


def certificate_page(detail: TrainingDetail, row: GridRow) -> str:
    f = detail.fields
    assert f.kind is not None and f.days is not None
    dates = detail.day_dates()
    when = (
        format_date(dates[0])
        if len(dates) == 1
        else f"{format_date(dates[0])} – {format_date(dates[-1])}"
    )
    signed = [
        (_tr("Organizer"), f.organizer),
        (_tr("Facilitator"), f.facilitator),
    ]
    signatures = "".join(
        f"<td width='50%' align='center'>______________________<br>"
        f"{html.escape(role)}{': ' + html.escape(name) if name else ''}</td>"
        for role, name in signed
    )
    return (
        "<div align='center' style='font-family: sans-serif;'>"
        f"<p style='font-size: 34pt; color: #1f4e78; margin-top: 30px;'><b>"
        f"{html.escape(_tr('Certificate'))}</b></p>"
        f"<p style='font-size: 16pt;'>{html.escape(_tr('of completion'))}</p>"
        f"<p style='font-size: 14pt;'>{html.escape(_tr('This certifies that'))}</p>"
        f"<p style='font-size: 26pt;'><b>{html.escape(row.full_name)}</b></p>"
        f"<p style='font-size: 14pt;'>"
        + html.escape(
            _tr("completed the {kind} “{title}”").format(
                kind=choice_label(TrainingKind, f.kind.value).lower(), title=f.title
            )
        )
        + "</p>"
        f"<p style='font-size: 13pt;'>{html.escape(when)}, "
        + html.escape(_tr("%n day(s)", f.days))
        + f", {html.escape(', '.join(p for p in (*detail.place_names, f.venue) if p))}</p>"
        f"<p style='font-size: 11pt; color: #555;'>"
        + html.escape(_tr("Present on {0} of {1} days").format(row.days_present, f.days))
        + f" · {html.escape(f.code)}</p>"
        f"<table width='100%' style='margin-top: 60px; font-size: 12pt;'><tr>{signatures}</tr>"
        "</table></div>"
    )


def certificates_html(detail: TrainingDetail, rows: Sequence[GridRow]) -> str:
    """One page per participant in `rows` (the caller chooses those who completed)."""
    pages = [certificate_page(detail, row) for row in rows]
    breaker = "<div style='page-break-before: always;'></div>"
    return "<html><body>" + breaker.join(pages) + "</body></html>"
