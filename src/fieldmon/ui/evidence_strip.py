"""The evidence strip: a record's photos and scans as a row of thumbnails, with Add files…
(or files dropped on it), Open, Caption…, Remove and Undo remove.

Two ways of saving, chosen by the place showing it:

- **In a form** (`saves_at_once=False`, the visit form): every change waits for the form's
  Save and is part of its unsaved changes (`changes()`, `has_changes`); it is written with
  the record, in its transaction (`visits.save_visit(..., evidence=...)`). Removing a file
  is undone by *Undo remove* (Ctrl+Z in the strip) or by closing the form without saving.
  Files waiting for Save are not kept in the form's draft (a draft is text in the database;
  a 5 MB photo is not typing), so a crash loses them — the files are still where they were
  taken from.
- **On the page of a saved record** (`saves_at_once=True`: a loan's page, a training's
  page): each change is saved at once in its own transaction; a removal is a command on the
  strip's undo stack (as `ui.deletions` does for records), undone by *Undo remove* as long
  as the page is open (refreshing the page keeps it).

A removal that can no longer be undone (the page was closed, the form saved) is still not
lost: attaching the same file to the same record again brings the removed attachment back
(its id is derived from the record and the file, so `evidence.attach` restores it rather
than adding another). On a saved record's page the removal's status line says so.

Files are read and checked (`evidence.read`: size, kind, whole, EXIF) in the thread pool, so
a handful of 8 MB photos does not freeze the window; `files_read` says when a batch is done.
Meanwhile `is_reading` is True: the visit form refuses to save then (the visit would be saved
without the files) and counts it as unsaved changes. A batch is for the record shown when it
was chosen or dropped, and for the Day chosen then: if another record is shown before it
arrives (`set_owner`: Save and new, a saved visit shown again), it is dropped rather than
added to the wrong record. A refused file is one sentence in a message box and is not added;
of several, the good ones are added and each bad one is named.

A photo that may be the wrong one (taken on another day, far from the site: `evidence.doubts`
against `Expected`, which the place showing the strip keeps up to date) carries a warning
badge, and its tooltip says why. Files waiting for Save are compared with the form's current
values the same way as saved ones.

Opening (`ui.evidence_viewer`): a photo is shown in `PhotoViewer`, decoded at the size of the
screen; a PDF is written to a private temporary folder, removed when fieldmon exits (or, after
a crash, at the next run's first opening), and opened with the computer's PDF reader
(`open_externally`), under a name whose extension follows the file's checked kind.
"""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import Message
from fieldmon.services import evidence, evidence_actions
from fieldmon.services.evidence import AttachmentRow, Changes, FileProblem, NewFile, Owner
from fieldmon.ui import dialogs, formats
from fieldmon.ui.evidence_viewer import PhotoViewer, open_externally
from fieldmon.ui.i18n import shown
from fieldmon.ui.tasks import Job
from fieldmon.ui.widgets import ChoiceCombo

ICON_EDGE = 112  # pixels: a thumbnail's side (the previews are 480 px: sharp at this size)
BADGE_EDGE = 30
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PENDING_RECORD = uuid.UUID(int=0)  # the record id of a file waiting for its new record
# Text of this module outside a QObject is translated in the strip's own context, where
# lupdate puts `self.tr` of EvidenceStrip. It is written out at each call,
# `QCoreApplication.translate("EvidenceStrip", "…")`: lupdate finds only that literal form
# (not a helper function, not a context in a variable).


# --- what a photo is compared with --------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """What the record says a photo should show: the record's `day` (a visit's date), the
    dates of a training's days (`day_dates`: a sheet for day N is compared with the Nth),
    and the site's known `point`. Nothing known, nothing flagged."""

    day: date | None = None
    day_dates: tuple[date, ...] = ()
    point: tuple[Decimal, Decimal] | None = None

    def day_for(self, row: AttachmentRow) -> date | None:
        if row.day is not None and 1 <= row.day <= len(self.day_dates):
            return self.day_dates[row.day - 1]
        return self.day

    def doubts(self, row: AttachmentRow) -> list[Message]:
        if not row.is_image:
            return []
        return evidence.doubts(row, self.day_for(row), self.point)


# --- reading files off the GUI thread -------------------------------------------------------


@dataclass(frozen=True)
class ReadResult:
    """What a batch of files gave: the checked ones and the problems, in the order given."""

    files: list[tuple[bytes, evidence.Inspected, str]]
    problems: list[FileProblem]


def read_files(
    paths: Sequence[Path], stop: threading.Event | None = None
) -> ReadResult:  # runs in the thread pool: no Qt widgets here
    files: list[tuple[bytes, evidence.Inspected, str]] = []
    problems: list[FileProblem] = []
    for path in paths:
        if stop is not None and stop.is_set():
            break
        try:
            data, found = evidence.read(path)
        except FileProblem as problem:
            problems.append(problem)
        else:
            files.append((data, found, path.name))
    return ReadResult(files, problems)


def ask_caption(parent: QWidget, file_name: str, current: str) -> str | None:
    """The caption typed for a file, or None if cancelled (tests replace this function)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("EvidenceStrip", "Caption"),
        QCoreApplication.translate("EvidenceStrip", "Caption for '{0}':").format(file_name),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return " ".join(text.split()) if ok else None


# --- describing a file -----------------------------------------------------------------------


def size_text(size: int) -> str:
    """1 KB up to a megabyte, then MB with one decimal: what a file manager shows."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("EvidenceStrip", "{0} KB").format(
            formats.number(Decimal(max(size, 1024)) / 1024, 0)
        )
    return QCoreApplication.translate("EvidenceStrip", "{0} MB").format(
        formats.number(Decimal(size) / (1024 * 1024), 1)
    )


def taken_text(taken_at: str) -> str:
    """EXIF time as the camera wrote it (its local time, so no time zone is applied)."""
    try:
        return datetime.fromisoformat(taken_at).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return taken_at


def day_label(day: int) -> str:
    return QCoreApplication.translate("EvidenceStrip", "Day {0}").format(day)


def title_of(row: AttachmentRow) -> str:
    """What the thumbnail says: its caption or file name, after the day it is for."""
    name = row.caption or row.file_name
    return f"{day_label(row.day)} · {name}" if row.day is not None else name


def tooltip_of(row: AttachmentRow, pending: bool, doubts: Sequence[Message]) -> str:
    lines = [row.file_name]
    if row.caption:
        lines.append(
            QCoreApplication.translate("EvidenceStrip", "Caption: {0}").format(row.caption)
        )
    if row.day is not None:
        lines.append(
            QCoreApplication.translate("EvidenceStrip", "Sign-in sheet for day {0}").format(row.day)
        )
    size = size_text(row.size)
    if row.width and row.height:
        size += f" · {row.width} × {row.height}"
    lines.append(size)
    if row.taken_at:
        lines.append(
            QCoreApplication.translate("EvidenceStrip", "Taken {0}").format(
                taken_text(row.taken_at)
            )
        )
    if row.point is not None:
        lat, lon = row.point
        lines.append(
            QCoreApplication.translate("EvidenceStrip", "GPS: {0}, {1}").format(
                lat.normalize(), lon.normalize()
            )
        )
    if pending:
        lines.append(
            QCoreApplication.translate(
                "EvidenceStrip", "Not saved yet: it is saved when the form is saved."
            )
        )
    if doubts:
        lines.append(QCoreApplication.translate("EvidenceStrip", "It may be the wrong photo:"))
        lines += [f"⚠ {shown(d)}" for d in doubts]
    return "\n".join(lines)


def pending_row(new: NewFile, key: uuid.UUID, owner: Owner | None, officer: str) -> AttachmentRow:
    """A file waiting for Save, described like a saved attachment."""
    f = new.found
    return AttachmentRow(
        key,
        owner.kind if owner else "",
        owner.id if owner else PENDING_RECORD,
        new.file_name,
        new.caption,
        new.day,
        f.sha256,
        f.size,
        f.media_type,
        f.width,
        f.height,
        f.taken_at,
        f.latitude,
        f.longitude,
        datetime.now().astimezone(),
        officer,
    )


# --- removing, undoably ------------------------------------------------------------------------


class _Remove(QUndoCommand):
    """Redo takes the files out of the strip (saved at once, or pending until Save); undo
    puts them back. Refused (the record is gone), it leaves the stack."""

    def __init__(self, strip: EvidenceStrip, keys: list[uuid.UUID], text: str):
        super().__init__(text)
        self.strip, self.keys = strip, keys
        self.kept: dict[uuid.UUID, NewFile] = {}  # files that were waiting for Save

    def redo(self) -> None:
        if not self.strip._take_out(self.keys, self.kept):
            self.setObsolete(True)

    def undo(self) -> None:
        self.strip._put_back(self.keys, self.kept)


# --- the strip ---------------------------------------------------------------------------------


class _Thumbnails(QListWidget):
    """The thumbnails in one row, scrolled sideways; drops go to the strip around it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("evidence_list")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(ICON_EDGE, ICON_EDGE))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        lines = self.fontMetrics().lineSpacing()
        self.setGridSize(QSize(ICON_EDGE + 28, ICON_EDGE + 2 * lines + 14))
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setFixedHeight(self.gridSize().height() + scroll + 2 * self.frameWidth() + 4)


class EvidenceStrip(QWidget):
    """A record's evidence (see the module's docstring). `set_owner` shows a record's files
    (None: a record not saved yet); `changed` fires on every change the strip shows, saved
    or waiting; `files_read` after a batch of files was read and checked."""

    changed = Signal()
    files_read = Signal()

    def __init__(
        self,
        db: Database,
        officer: str,
        owner: Owner | None = None,
        parent: QWidget | None = None,
        *,
        saves_at_once: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("evidence")
        self.db, self.officer, self.saves_at_once = db, officer, saves_at_once
        self.owner: Owner | None = None
        self.expected = Expected()
        self._saved: dict[uuid.UUID, AttachmentRow] = {}
        self._pending: dict[uuid.UUID, NewFile] = {}
        self._removed: set[uuid.UUID] = set()  # saved ones, removed until Save
        self._captions: dict[uuid.UUID, str] = {}  # saved ones, captioned until Save
        self._previews: dict[str, bytes] = {}
        self._reads: list[Job] = []  # reads of the record shown, not arrived yet
        self._generation = 0  # bumped when another record is shown: older reads are dropped
        self._note = ""  # a sentence under the thumbnails about the last removal
        self.undo_stack = QUndoStack(self)
        self.setAcceptDrops(True)
        self._build()
        self.set_owner(owner)

    def _build(self) -> None:
        self.list = _Thumbnails(self)
        self.hint = QLabel(self.tr("No photos or scans yet: add files, or drop them here."), self)
        self.hint.setObjectName("evidence_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.status = QLabel(self)
        self.status.setObjectName("evidence_status")
        self.status.setWordWrap(True)
        self.status.hide()

        def action(
            text: str, tip: str, keys: QKeySequence | None, slot: Callable[[], Any]
        ) -> QAction:
            found = QAction(text, self)
            found.setToolTip(tip)
            if keys is not None:
                found.setShortcut(keys)
                found.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            found.triggered.connect(slot)
            self.list.addAction(found)
            return found

        self.add_action = action(
            self.tr("&Add files…"),
            self.tr("Attach photos (JPEG, PNG, HEIC) or PDF scans; you can also drop files here"),
            QKeySequence(QKeySequence.StandardKey.Open),
            self.choose_files,
        )
        self.open_action = action(
            self.tr("Open"),
            self.tr("Show the photo full size, or open the scan (Enter)"),
            QKeySequence(Qt.Key.Key_Return),
            self.open_selected,
        )
        self.caption_action = action(
            self.tr("Caption…"),
            self.tr("Write what the file shows (F2)"),
            QKeySequence(Qt.Key.Key_F2),
            self.edit_caption,
        )
        self.remove_action = action(
            self.tr("Remove"),
            self.tr(
                "Take the selected files off this record (Delete); Undo remove brings them back"
            ),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.remove_selected,
        )
        self.undo_action = action(
            self.tr("Undo remove"),
            self.tr("Bring back the file removed last (Ctrl+Z)"),
            QKeySequence(QKeySequence.StandardKey.Undo),
            self.undo_stack.undo,
        )
        self.day = ChoiceCombo([], self)
        self.day.setObjectName("evidence_day")
        self.day.setToolTip(self.tr("The day of the training a sign-in sheet is for"))
        self.day_label = QLabel(self.tr("For &day:"), self)
        self.day_label.setBuddy(self.day)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_label)
        day_row.addWidget(self.day, 1)
        column.addLayout(day_row)
        self.buttons: dict[str, QToolButton] = {}
        for name, found in (
            ("add", self.add_action),
            ("open", self.open_action),
            ("caption", self.caption_action),
            ("remove", self.remove_action),
            ("undo", self.undo_action),
        ):
            button = QToolButton(self)
            button.setObjectName(f"evidence_{name}")
            button.setDefaultAction(found)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            column.addWidget(button)
            self.buttons[name] = button
        column.addStretch()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list)
        left.addWidget(self.hint)
        left.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(column)

        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_actions)
        self.undo_stack.canUndoChanged.connect(self._stack_changed)
        self.undo_stack.undoTextChanged.connect(self._stack_changed)
        self.set_days(0)

    # --- state ------------------------------------------------------------------------------

    def set_owner(self, owner: Owner | None) -> None:
        """Show `owner`'s saved files (none for a record not saved yet), forgetting changes
        waiting for Save, files still being read (`stop_reading`) and what could be undone.
        On a saved record's page the same owner again keeps the undo stack: its commands
        were saved at once and still apply."""
        keep_undo = self.saves_at_once and owner == self.owner
        self.stop_reading()
        self.owner = owner
        self._pending.clear()
        self._removed.clear()
        self._captions.clear()
        self._note = ""
        if not keep_undo:
            self.undo_stack.clear()
        self.reload()

    @property
    def is_reading(self) -> bool:
        """Files chosen or dropped are still being read and checked (their thumbnails are
        not there yet: a Save now would save the record without them)."""
        return bool(self._reads)

    def stop_reading(self) -> None:
        """Drop the files still being read: their results, when they come, are not added
        (to this record or to the next one shown)."""
        self._generation += 1
        for job in self._reads:
            if shiboken6.isValid(job):
                job.cancel()
        self._reads.clear()
        self._update_actions()

    def reload(self) -> None:
        rows = evidence_actions.rows(self.db, self.owner) if self.owner is not None else []
        self._saved = {row.id: row for row in rows}
        missing = {r.sha256 for r in rows if r.is_image and r.sha256 not in self._previews}
        if missing:
            self._previews.update(evidence_actions.previews(self.db, missing))
        self._show()

    def set_expected(self, expected: Expected) -> None:
        """What photos are compared with (the place showing the strip calls it again when
        the record's date or coordinates change)."""
        if expected != self.expected:
            self.expected = expected
            self._show()

    def set_days(self, days: int) -> None:
        """A training's number of days: the Day choice next to Add (none for 0)."""
        kept = self.day.value()
        self.day.clear()
        self.day.addItem("—", None)
        for n in range(1, days + 1):
            self.day.addItem(day_label(n), n)
        self.day.set_value(kept)
        self.day.setVisible(days > 0)
        self.day_label.setVisible(days > 0)

    @property
    def has_changes(self) -> bool:
        """Changes waiting for the form's Save (always False when saved at once)."""
        return bool(self._pending or self._removed or self._captions)

    def changes(self) -> Changes:
        """What the form saves with its record."""
        return Changes(list(self._pending.values()), set(self._removed), dict(self._captions))

    def rows(self) -> list[AttachmentRow]:
        """The files shown, saved ones first, as attachments (those waiting included)."""
        shown_rows = [
            dataclasses.replace(row, caption=self._captions.get(key, row.caption))
            for key, row in self._saved.items()
            if key not in self._removed
        ]
        return shown_rows + [
            pending_row(new, key, self.owner, self.officer) for key, new in self._pending.items()
        ]

    def doubts(self) -> dict[uuid.UUID, list[Message]]:
        """Attachment (or waiting file) → why it may be the wrong photo."""
        return {row.id: found for row in self.rows() if (found := self.expected.doubts(row))}

    def selected_keys(self) -> list[uuid.UUID]:
        return [item.data(KEY_ROLE) for item in self.list.selectedItems()]

    # --- showing -------------------------------------------------------------------------------

    def _show(self) -> None:
        self._note = ""  # about the last removal: said until the strip changes again
        selected = set(self.selected_keys())
        self.list.clear()
        for row in self.rows():
            found = self.expected.doubts(row)
            item = QListWidgetItem(self._icon(row, bool(found)), title_of(row))
            item.setData(KEY_ROLE, row.id)
            pending = row.id in self._pending
            item.setToolTip(tooltip_of(row, pending, found))
            if pending:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
            item.setSelected(row.id in selected)
        self.hint.setVisible(self.list.count() == 0)
        self._update_actions()

    def _icon(self, row: AttachmentRow, flagged: bool) -> QIcon:
        """The preview (or the style's document icon for a scan) centred on a square, with
        a warning badge in the corner for a doubtful photo."""
        canvas = QPixmap(ICON_EDGE, ICON_EDGE)
        canvas.fill(Qt.GlobalColor.transparent)
        picture = QPixmap()
        data = self._previews.get(row.sha256)
        if data:
            picture.loadFromData(data)
        if picture.isNull():
            document = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            picture = document.pixmap(ICON_EDGE * 2 // 3, ICON_EDGE * 2 // 3)
        else:
            picture = picture.scaled(
                ICON_EDGE,
                ICON_EDGE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        painter = QPainter(canvas)
        painter.drawPixmap(
            (ICON_EDGE - picture.width()) // 2, (ICON_EDGE - picture.height()) // 2, picture
        )
        if flagged:
            badge = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            edge = BADGE_EDGE
            painter.drawPixmap(ICON_EDGE - edge, ICON_EDGE - edge, badge.pixmap(edge, edge))
        painter.end()
        return QIcon(canvas)

    def _stack_changed(self, *_args: object) -> None:
        # The stack also signals while the strip is destroyed (clearing it), when the
        # actions may be gone already.
        if shiboken6.isValid(self.undo_stack) and shiboken6.isValid(self.list):
            self._update_actions()

    def _update_actions(self) -> None:
        chosen = bool(self.list.selectedItems())
        for found in (self.open_action, self.remove_action):
            found.setEnabled(chosen)
        self.caption_action.setEnabled(len(self.list.selectedItems()) == 1)
        self.add_action.setEnabled(not self.saves_at_once or self.owner is not None)
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        undo_text = self.undo_stack.undoText()
        self.undo_action.setToolTip(
            self.tr("Bring back: {0} (Ctrl+Z)").format(undo_text)
            if undo_text
            else self.tr("Bring back the file removed last (Ctrl+Z)")
        )
        text = self.tr("Reading and checking the files…") if self._reads else self._note
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- adding --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach photos or scans"),
            "",
            self.tr("Photos and scans ({0})").format(evidence.PATTERNS),
        )
        if names:
            self.add_files([Path(name) for name in names], self.day.value())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if any(url.isLocalFile() for url in event.mimeData().urls()) and self._can_add():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self._can_add():
            event.acceptProposedAction()
            self.add_files(paths, self.day.value())

    def _can_add(self) -> bool:
        return self.add_action.isEnabled()

    def add_files(self, paths: Iterable[Path], day: int | None = None) -> Job:
        """Read and check the files in the thread pool, then add the good ones (`files_read`
        when done). They are for the record shown now and, on a training's page, for `day`
        (the Day chosen when the files were chosen or dropped, not when the reading ends:
        the officer may pick the next day meanwhile). If another record is shown before
        they arrive, they are dropped (`stop_reading`)."""
        chosen = list(paths)
        generation = self._generation
        job = Job(self, lambda stop, _progress: read_files(chosen, stop))
        job.finished.connect(lambda result, j=job: self._files_arrived(result, j, generation, day))
        job.failed.connect(lambda exc, j=job: self._read_failed(exc, j, generation))
        self._reads.append(job)
        self._note = ""
        self._update_actions()
        self.changed.emit()  # reading counts as a change waiting (`is_reading`)
        job.start()
        return job

    def _arrived(self, job: Job, generation: int) -> bool:
        """The read is over; False if its result is for a record no longer shown."""
        if generation != self._generation:
            return False
        if job in self._reads:
            self._reads.remove(job)
        self._update_actions()
        return True

    def _read_failed(self, exc: BaseException, job: Job, generation: int) -> None:
        if not self._arrived(job, generation):
            return
        dialogs.show_error(self, self.tr("Files not added"), shown(exc))
        self.changed.emit()
        self.files_read.emit()

    def _files_arrived(
        self, result: ReadResult, job: Job, generation: int, day: int | None
    ) -> None:
        if not self._arrived(job, generation):
            return
        sentences = [shown(problem) for problem in result.problems]
        new: list[NewFile] = []
        present = {row.sha256: row for row in self.rows()}
        removed = {row.sha256: key for key, row in self._saved.items() if key in self._removed}
        for data, found, name in result.files:
            if found.sha256 in present or any(n.found.sha256 == found.sha256 for n in new):
                sentences.append(self.tr("'{0}' is attached already.").format(name))
            elif found.sha256 in removed:  # removed, not saved yet: it simply comes back
                self._removed.discard(removed[found.sha256])
            else:
                new.append(NewFile(data, found, name, day=day))
                if found.preview:
                    self._previews[found.sha256] = found.preview
        if new:
            self._add(new)
        else:
            self._show()
        if sentences:
            title = self.tr("File not added") if len(sentences) == 1 else self.tr("Files not added")
            dialogs.show_error(self, title, "\n".join(sentences))
        self.changed.emit()
        self.files_read.emit()

    def _add(self, new: list[NewFile]) -> None:
        if self.saves_at_once:
            if self.owner is None or not self._save(Changes(added=new)):
                return
            self.reload()
            return
        for found in new:
            self._pending[uuid.uuid4()] = found
        self._show()

    def _save(self, changes: Changes) -> bool:
        """A change on a saved record's page, written now; False (with the reason shown)
        if it could not be."""
        assert self.owner is not None
        try:
            evidence_actions.save(self.db, self.owner, changes, self.officer)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Not saved"), shown(exc))
            return False
        return True

    # --- opening -------------------------------------------------------------------------------

    def _file(self, key: uuid.UUID) -> tuple[AttachmentRow, bytes] | None:
        row = next((r for r in self.rows() if r.id == key), None)
        if row is None:
            return None
        if key in self._pending:
            return row, self._pending[key].data
        try:
            return row, evidence_actions.content(self.db, row.sha256)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Cannot open the file"), shown(exc))
            return None

    def open_selected(self) -> QDialog | None:
        """The current file: a photo in the viewer (returned), a scan in the PDF reader."""
        item = self.list.currentItem() or next(iter(self.list.selectedItems()), None)
        if item is None:
            return None
        found = self._file(item.data(KEY_ROLE))
        if found is None:
            return None
        row, data = found
        if not row.is_image:
            if not open_externally(data, row.file_name, row.sha256, row.media_type):
                dialogs.show_error(
                    self,
                    self.tr("Cannot open the file"),
                    self.tr("No program on this computer opens PDF files; install a PDF reader."),
                )
            return None
        viewer = PhotoViewer(data, title_of(row), self._previews.get(row.sha256), self)
        viewer.show()
        return viewer

    # --- captions and removing -------------------------------------------------------------------

    def edit_caption(self) -> None:
        keys = self.selected_keys()
        if len(keys) != 1:
            return
        key = keys[0]
        row = next(r for r in self.rows() if r.id == key)
        text = ask_caption(self, row.file_name, row.caption)
        if text is None or text == row.caption:
            return
        if key in self._pending:
            self._pending[key] = dataclasses.replace(self._pending[key], caption=text)
        elif self.saves_at_once:
            if not self._save(Changes(captions={key: text})):
                return
            self.reload()
            self.changed.emit()
            return
        elif text == self._saved[key].caption:
            self._captions.pop(key, None)
        else:
            self._captions[key] = text
        self._show()
        self.changed.emit()

    def remove_selected(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        names = [r.caption or r.file_name for r in self.rows() if r.id in keys]
        text = (
            self.tr("Remove '{0}'").format(names[0])
            if len(names) == 1
            else self.tr("Remove %n file(s)", "", len(names))
        )
        before = self.undo_stack.index()
        self.undo_stack.push(_Remove(self, keys, text))
        if self.saves_at_once and self.undo_stack.index() > before:  # (refused: obsolete)
            self._note = self.tr(
                "Removed. Undo remove brings it back; so does attaching the same file again."
            )
            self._update_actions()

    def _take_out(self, keys: list[uuid.UUID], kept: dict[uuid.UUID, NewFile]) -> bool:
        saved = [key for key in keys if key in self._saved]
        if self.saves_at_once:
            try:
                evidence_actions.remove(self.db, saved, self.officer)
            except UserError as exc:
                dialogs.show_error(self, self.tr("Not removed"), shown(exc))
                return False
            self.reload()
        else:
            for key in keys:
                if key in self._pending:
                    kept[key] = self._pending.pop(key)
            self._removed.update(saved)
            self._show()
        self.changed.emit()
        return True

    def _put_back(self, keys: list[uuid.UUID], kept: dict[uuid.UUID, NewFile]) -> None:
        self._note = ""
        if self.saves_at_once:
            saved = [key for key in keys if key not in kept]
            try:
                evidence_actions.restore(self.db, saved, self.officer)
            except UserError as exc:
                dialogs.show_error(self, self.tr("Not brought back"), shown(exc))
            self.reload()
        else:
            self._pending.update(kept)
            self._removed.difference_update(keys)
            self._show()
        self.changed.emit()
