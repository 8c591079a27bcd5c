"""The report's evidence files (`report --with-photos`, the Reports page's checkbox): every
live photo and scan of the records the report covers, written to a folder beside the
workbook and listed on its Evidence sheet, each line linked to its file.

Choices, and why:

* The folder is `<workbook name> – evidence` (its last word in the report's language),
  beside the workbook, so the two travel together and a relative link from the sheet
  finds the file on another computer once both are copied.
* A file is named by its record, as a reader looks for it: a visit `<date> <site> <n>`, a
  loan `<loan number> <n>`, a training `<code> day <d> <n>` (or `<code> <n>` for a scan
  of all its days), with the extension the file had. Characters Windows refuses in a
  name (`<>:"/\\|?*`, control characters) become spaces; `n` counts the files of the same
  name, so two sites of the same name visited on the same day do not overwrite each other.
* One file at a time is read from the database and written, under a temporary name
  renamed when complete (`files.atomic_path`): a crash leaves no half-written photo. A
  file of an earlier report of the same name is replaced; others in the folder are left
  as they are (the folder may hold what someone put there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy.orm import Session

from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.reports.files import atomic_path
from fieldmon.reports.indicators import Translate
from fieldmon.services import evidence, report_data
from fieldmon.services.report_data import DATE, DECIMAL, LABEL, LINK, TEXT, ReportData

EVIDENCE_WORD = QT_TRANSLATE_NOOP("fieldmon", "evidence")
EVIDENCE_SHEET = QT_TRANSLATE_NOOP("fieldmon", "Evidence")
TRAINING_DAY = QT_TRANSLATE_NOOP("fieldmon", "{code} day {day}")
RECORD_KINDS = {
    "visit": QT_TRANSLATE_NOOP("fieldmon", "Visit"),
    "loan": QT_TRANSLATE_NOOP("fieldmon", "Loan"),
    "training": QT_TRANSLATE_NOOP("fieldmon", "Training"),
}
_NOT_IN_A_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_STEM = 120  # characters: a path stays well within Windows' 260


def folder_for(workbook: str | Path, tr: Translate) -> Path:
    """The evidence folder of the workbook at `workbook`."""
    path = Path(workbook)
    return path.with_name(safe_name(f"{path.stem} – {tr(EVIDENCE_WORD)}"))


def safe_name(text: str) -> str:
    """`text` as a file name Windows accepts: no `<>:"/\\|?*` or control characters, no
    trailing dot or space, at most MAX_STEM characters."""
    name = " ".join(_NOT_IN_A_NAME.sub(" ", text).split())[:MAX_STEM]
    return name.rstrip(" .") or "_"


def _extension(row: evidence.AttachmentRow) -> str:
    return evidence.suffix_for(row.media_type, row.file_name)


def _stem(record: report_data.EvidenceRecord, row: evidence.AttachmentRow, tr: Translate) -> str:
    if record.owner.kind == "visit":
        return f"{record.day.isoformat() if record.day else ''} {record.name}"
    if record.owner.kind == "training" and row.day is not None:
        return tr(TRAINING_DAY).format(code=record.name, day=row.day)
    return record.name


class EvidenceWriter:
    """Writes the files to `folder` as the Evidence sheet's rows are made (`table()`)."""

    def __init__(self, data: ReportData, workbook: str | Path, tr: Translate):
        self.data, self.tr = data, tr
        self.folder = folder_for(workbook, tr)
        self.files = 0
        self._last: dict[str, int] = {}
        self._used: set[str] = set()

    def _name(self, stem: str, extension: str) -> str:
        """`<stem> <n><extension>`, the first n not taken (names compared as Windows does,
        ignoring case)."""
        stem = safe_name(stem)
        n = self._last.get(stem.lower(), 0)
        while True:
            n += 1
            name = f"{stem} {n}{extension}"
            if name.lower() not in self._used:
                break
        self._last[stem.lower()] = n
        self._used.add(name.lower())
        return name

    def _rows(self, session: Session) -> Iterator[tuple[Any, ...]]:
        for record in self.data.evidence_records(session):
            rows = evidence.attachments(session, record.owner)
            doubts = evidence.doubts_of(session, record.owner, rows)
            for row in rows:
                name = self._name(_stem(record, row, self.tr), _extension(row))
                with atomic_path(self.folder / name) as tmp:
                    tmp.write_bytes(evidence.content(session, row.sha256))
                self.files += 1
                said = "; ".join(m.render(self.tr) for m in doubts.get(row.id, []))
                taken = row.taken_at.replace("T", " ") if row.taken_at else None
                yield (
                    RECORD_KINDS[record.owner.kind],
                    record.name,
                    record.day,
                    row.day,
                    f"{self.folder.name}/{name}",
                    row.file_name,
                    row.caption,
                    taken,
                    row.latitude,
                    row.longitude,
                    said,
                    row.sha256,
                )

    def table(self) -> report_data.Table:
        C = report_data.Column  # noqa: N806 - a short name for a long list
        return report_data.Table(
            "evidence",
            EVIDENCE_SHEET,
            (
                C(QT_TRANSLATE_NOOP("fieldmon", "Record"), LABEL, 10),
                C(QT_TRANSLATE_NOOP("fieldmon", "Site, loan or event"), TEXT, 30),
                C(QT_TRANSLATE_NOOP("fieldmon", "Date"), DATE, 12),
                C(QT_TRANSLATE_NOOP("fieldmon", "Training day"), report_data.INT, 8),
                C(QT_TRANSLATE_NOOP("fieldmon", "File"), LINK, 36),
                C(QT_TRANSLATE_NOOP("fieldmon", "Name it was attached under"), TEXT, 28),
                C(QT_TRANSLATE_NOOP("fieldmon", "Caption"), TEXT, 30),
                C(QT_TRANSLATE_NOOP("fieldmon", "Taken at"), TEXT, 18),
                C(QT_TRANSLATE_NOOP("fieldmon", "Latitude"), DECIMAL, 11),
                C(QT_TRANSLATE_NOOP("fieldmon", "Longitude"), DECIMAL, 11),
                C(QT_TRANSLATE_NOOP("fieldmon", "Doubts"), TEXT, 36),
                C(QT_TRANSLATE_NOOP("fieldmon", "SHA-256"), TEXT, 20),
            ),
            self._rows,
            self.data.count_evidence,
        )


def link_target(relative: str) -> str:
    """A relative link to a file beside the workbook: percent-encoded, as a URL is (a space
    or a letter outside ASCII in a link is otherwise read differently by Excel and
    LibreOffice)."""
    return quote(relative, safe="/")
