"""Certificates of completion: one A4 landscape page per participant, printed with Qt's PDF
writer (`reports_pdf.write_pdf`). The wording is translated with the interface."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from fieldmon.domain import i18n
from fieldmon.domain.trainings import TrainingKind
from fieldmon.services.trainings import GridRow, TrainingDetail
from fieldmon.ui import formats
from fieldmon.ui.i18n import choice_label

DAYS = i18n.translate("Certificate", "%n day(s)", None, 0)  # lupdate: a plural message


def certificate_page(detail: TrainingDetail, row: GridRow) -> str:
    f = detail.fields
    assert f.kind is not None and f.days is not None
    translate = QCoreApplication.translate
    dates = detail.day_dates()
    when = (
        formats.day(dates[0])
        if len(dates) == 1
        else f"{formats.day(dates[0])} – {formats.day(dates[-1])}"
    )
    kind = choice_label(TrainingKind, f.kind.value).lower()
    texts = {
        "title": translate("Certificate", "Certificate"),
        "of": translate("Certificate", "of completion"),
        "certifies": translate("Certificate", "This certifies that"),
        "name": row.full_name,
        "what": translate("Certificate", "completed the {kind} “{title}”").format(
            kind=kind, title=f.title
        ),
        "when": ", ".join(
            [when, translate("Certificate", DAYS, None, f.days)]
            + [p for p in (*detail.place_names, f.venue) if p]
        ),
        "present": translate("Certificate", "Present on {0} of {1} days").format(
            row.days_present, f.days
        )
        + f" · {f.code}",
    }
    t = {key: html.escape(value) for key, value in texts.items()}
    signed = [
        (translate("Certificate", "Organizer"), f.organizer),
        (translate("Certificate", "Facilitator"), f.facilitator),
    ]
    signatures = "".join(
        "<td width='50%' align='center'>______________________<br>"
        + html.escape(role + (": " + name if name else ""))
        + "</td>"
        for role, name in signed
    )
    return (
        "<div align='center' style='font-family: sans-serif;'>"
        "<p style='font-size: 30pt;'>&nbsp;</p>"
        f"<p style='font-size: 34pt; color: #1f4e78;'><b>{t['title']}</b></p>"
        f"<p style='font-size: 16pt;'>{t['of']}</p>"
        f"<p style='font-size: 14pt;'>{t['certifies']}</p>"
        f"<p style='font-size: 26pt;'><b>{t['name']}</b></p>"
        f"<p style='font-size: 14pt;'>{t['what']}</p>"
        f"<p style='font-size: 13pt;'>{t['when']}</p>"
        f"<p style='font-size: 11pt; color: #555;'>{t['present']}</p>"
        "<p style='font-size: 40pt;'>&nbsp;</p>"
        f"<table width='100%' style='font-size: 12pt;'><tr>{signatures}</tr></table>"
        "</div>"
    )


def certificates_html(detail: TrainingDetail, rows: Sequence[GridRow]) -> str:
    """One page per participant in `rows` (the caller chooses those who completed)."""
    pages = [certificate_page(detail, row) for row in rows]
    breaker = "<div style='page-break-before: always;'></div>"
    return "<html><body>" + breaker.join(pages) + "</body></html>"
