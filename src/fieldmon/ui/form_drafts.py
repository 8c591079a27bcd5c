"""Keeping a form's typing as a draft in the database: what is typed is saved a moment after
each change, so a crash or a flat battery loses nothing; the next start offers it back.
Closing with unsaved typing asks Save / Discard / Cancel. `FormDraft` does it for every form
(`form.draft`): the loan and training forms close through `DraftDialog`; the visit form, whose
dirty state also drives its title (`dirty_changed`) and which asks its own close question,
fills itself inside `draft.filling()` and refreshes its site list on `restored`.

A draft is never lost silently: `DraftWriter` keeps the latest one in memory until it is
written. While another connection holds SQLite's write lock (a long import), a try waits only
WAIT_MS, so typing stays smooth, and it is tried again later; a note under the form says so
if it still cannot be written after NOTE_AFTER_MS (at once for any other error)."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from fieldmon.db.engine import Database, reason
from fieldmon.services import drafts
from fieldmon.ui import dialogs
from fieldmon.ui.i18n import shown
from fieldmon.ui.place_picker import PlacePicker
from fieldmon.ui.widgets import ChoiceCombo, DateField, SearchCombo

log = logging.getLogger(__name__)
DELAY_MS = 700
PLACE_KEYS = ("region", "district", "settlement")
# Writing a draft while the database is busy (module settings, so tests can shorten them):
WAIT_MS = 100  # how long one try waits for the write lock (the window is unresponsive)
RETRY_MS = 500  # the first pause before trying again; it doubles up to RETRY_MAX_MS
RETRY_MAX_MS = 4000
NOTE_AFTER_MS = 30_000  # the note under the form, when the lock is held this long
FINAL_WAIT_MS = 5000  # the last try, when the window closes


def read_values(fields: dict[str, QWidget]) -> dict[str, Any]:
    """What each widget holds, as JSON values (a draft's payload)."""
    values: dict[str, Any] = {}
    for name, widget in fields.items():
        if isinstance(widget, ChoiceCombo):
            values[name] = widget.value()
        elif isinstance(widget, SearchCombo):
            values[name] = widget.currentText()
        elif isinstance(widget, DateField | QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QSpinBox):
            values[name] = widget.value()
        elif isinstance(widget, QAbstractButton):
            values[name] = widget.isChecked()
    return values


def write_values(
    fields: dict[str, QWidget], values: dict[str, Any], skip: tuple[str, ...] = ()
) -> None:
    """Put a payload back into the widgets (those named in `skip` are left alone)."""
    for name, widget in fields.items():
        if name not in values or name in skip:
            continue
        value = values[name]
        if isinstance(widget, ChoiceCombo):
            widget.set_value(value)
        elif isinstance(widget, SearchCombo):
            widget.setEditText(str(value or ""))
        elif isinstance(widget, DateField):
            widget.set_text(str(value or ""))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value or ""))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QSpinBox) and isinstance(value, int):
            widget.setValue(value)
        elif isinstance(widget, QAbstractButton):
            widget.setChecked(bool(value))


class DraftWriter(QObject):
    """Writes a form's drafts, never losing the latest one silently: it stays in memory
    until written. A write that finds the database busy is tried again with back-off; after
    NOTE_AFTER_MS (or at once for any other error) `note`, a line the form puts under its
    fields, tells the user; it disappears once the draft is written."""

    def __init__(self, parent: QWidget, db: Database):
        super().__init__(parent)
        self.db = db
        self._pending: tuple[str, dict[str, Any]] | None = None
        self._failing_since: float | None = None
        self._delay = RETRY_MS
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._try)
        self._busy_note = QTimer(self)
        self._busy_note.setSingleShot(True)
        self._busy_note.timeout.connect(self._note_busy)
        self.note = QLabel(parent)
        self.note.setObjectName("draft_note")
        self.note.setStyleSheet("color: #9c5700;")
        self.note.setWordWrap(True)
        self.note.hide()

    @property
    def pending(self) -> bool:
        """A draft is in memory only, not yet written."""
        return self._pending is not None

    def write(self, key: str, payload: dict[str, Any]) -> None:
        """Write this draft now, or keep it for the next try if one is already scheduled."""
        self._pending = (key, payload)
        if not self._retry.isActive():
            self._try()

    def write_final(self, key: str | None = None, payload: dict[str, Any] | None = None) -> bool:
        """The window closes: one last try (waiting longer) for the draft in memory, or for
        this one. True when nothing is left unwritten."""
        if key is not None and payload is not None:
            self._pending = (key, payload)
        self._retry.stop()
        return self._try(FINAL_WAIT_MS, again=False)

    def cancel(self) -> None:
        """The record was saved or the typing discarded: forget the draft in memory."""
        self._pending = None
        self._written()

    def _try(self, wait_ms: int | None = None, again: bool = True) -> bool:
        if self._pending is None:
            return True
        key, payload = self._pending
        try:
            drafts.save_draft(self.db, key, payload, WAIT_MS if wait_ms is None else wait_ms)
        except Exception as exc:  # a draft is a safety net; never let it break typing
            self._failed(exc, again)
            return False
        self._pending = None
        self._written()
        return True

    def _written(self) -> None:
        self._failing_since = None
        self._retry.stop()
        self._busy_note.stop()
        self.note.hide()

    def _failed(self, exc: Exception, again: bool) -> None:
        busy = drafts.is_busy(exc)
        if self._failing_since is None:
            self._failing_since = time.monotonic()
            self._delay = RETRY_MS
            self._busy_note.start(NOTE_AFTER_MS)
        else:
            self._delay = min(self._delay * 2, RETRY_MAX_MS)
        if busy:
            log.info("the database is busy; the draft is kept in memory and tried again")
            if (time.monotonic() - self._failing_since) * 1000 >= NOTE_AFTER_MS:
                self._note_busy()
        else:
            log.error("could not save a draft", exc_info=exc)
            self._show_note(
                self.tr(
                    "Your typing is kept in memory; it could not be saved as a draft yet ({0})."
                ).format(shown(reason(exc)))
            )
        if again:
            self._retry.start(self._delay)

    def _note_busy(self) -> None:
        if self._pending is not None:
            self._show_note(
                self.tr(
                    "Your typing is kept in memory; it could not be saved as a draft yet "
                    "(the database is busy)."
                )
            )

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()


class FormDraft(QObject):
    """Watches `fields` (name → widget) and `places`; `start()` once the form is filled, and
    later fillings by the form itself inside `filling()`. `dirty_changed(dirty)` fires when
    the form gets or loses unsaved typing; `restored` after `restore` put a draft back."""

    dirty_changed = Signal(bool)
    restored = Signal()

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        key: str,
        fields: dict[str, QWidget],
        places: PlacePicker | None = None,
    ):
        super().__init__(parent)
        self.db, self.key, self.fields, self.places = db, key, fields, places
        self._dirty = False
        self._filling = 0
        self.writer = DraftWriter(parent, db)
        self.note = self.writer.note  # the form shows it under its fields
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.save)

    @property
    def dirty(self) -> bool:
        """There is typing not saved as the record (it may be saved as a draft)."""
        return self._dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        if value != self._dirty:
            self._dirty = value
            self.dirty_changed.emit(value)

    @contextmanager
    def filling(self) -> Iterator[None]:
        """The form fills its own fields (from the database, a picked site, a draft): the
        changes made meanwhile are not typing."""
        self._filling += 1
        try:
            yield
        finally:
            self._filling -= 1

    @property
    def is_filling(self) -> bool:
        return self._filling > 0

    def start(self) -> None:
        """Count changes from now on (filling the form from the database is not typing)."""
        for widget in self.fields.values():
            if isinstance(widget, ChoiceCombo):
                widget.currentIndexChanged.connect(self.changed)
            elif isinstance(widget, SearchCombo):
                widget.editTextChanged.connect(self.changed)
            elif isinstance(widget, DateField):
                widget.changed.connect(self.changed)
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.changed)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.changed)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self.changed)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.changed)
        if self.places is not None:
            self.places.changed.connect(self.changed)

    def changed(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self.timer.start()

    def payload(self) -> dict[str, Any]:
        values = read_values(self.fields)
        if self.places is not None:
            for name in PLACE_KEYS:
                values[name] = getattr(self.places, name).currentText()
        return values

    def save(self) -> None:
        if self.dirty:
            self.writer.write(self.key, self.payload())

    def save_before_closing(self) -> bool:
        """The window closes with the form open: one last try to write typing that is only
        in memory (still being typed, or not written because the database was busy)."""
        if not self.dirty or not (self.timer.isActive() or self.writer.pending):
            return True
        self.timer.stop()
        return self.writer.write_final(self.key, self.payload())

    def keep_typing(self) -> dict[str, Any] | None:
        """The window is rebuilt (another language): what is typed, written as a draft now
        (one last try; it is carried over in memory either way); None if nothing is."""
        if not self.dirty:
            return None
        self.timer.stop()
        payload = self.payload()
        self.writer.write_final(self.key, payload)
        return payload

    def restore(self, values: dict[str, Any]) -> None:
        """Put a draft's payload back into the form; it is unsaved typing again."""
        with self.filling():
            if self.places is not None:
                self.places.set_texts(*(str(values.get(name) or "") for name in PLACE_KEYS))
            write_values(self.fields, values)
        self.restored.emit()
        self.changed()

    def discard(self) -> None:
        """The record was saved, or the typing thrown away: no draft, nothing unsaved."""
        self.timer.stop()
        self.dirty = False
        self.writer.cancel()
        drafts.discard_draft(self.db, self.key)


class DraftDialog(QDialog):
    """A record's dialog with a draft: `finish()` after a save, Cancel / Escape / the close
    button ask about unsaved typing. A form sets `draft` and has `save()` (the record's id,
    or None when it showed problems) and `show_errors(errors)`."""

    saved = Signal(uuid.UUID)
    draft: FormDraft

    def finish(self, record_id: uuid.UUID) -> uuid.UUID:
        """The record is saved: clear errors and the draft, tell the window, close."""
        self.show_errors([])  # type: ignore[attr-defined]
        self.draft.discard()
        self.saved.emit(record_id)
        self.accept()
        return record_id

    def reject(self) -> None:
        if may_close(self, self.draft, self.save):  # type: ignore[attr-defined]
            super().reject()

    def close_kept(self) -> None:
        """Close without asking, keeping the draft (`draft.keep_typing()` first)."""
        super().reject()


def may_close(form: QWidget, draft: FormDraft, save: Any) -> bool:
    """Before a form with a draft closes: True to close. Unsaved typing asks Save / Discard
    / Cancel; Save closes the form itself when the record is saved (so: False here)."""
    if not draft.dirty:
        draft.discard()
        return True
    answer = dialogs.ask_unsaved(form)
    if answer is dialogs.Unsaved.DISCARD:
        draft.discard()
        return True
    if answer is dialogs.Unsaved.SAVE:
        save()
    return False
