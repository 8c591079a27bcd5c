"""Keeping a form's typing as a draft in the database: what is typed is saved a moment after
each change, so a crash or a flat battery loses nothing; the next start offers it back.
Closing with unsaved typing asks Save / Discard / Cancel. `FormDraft` does all of it for the
loan and training forms; the visit form, whose dirty state also drives its title and its own
close question, uses the value helpers `read_values` / `write_values`."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from fieldmon.db.engine import Database
from fieldmon.services import drafts
from fieldmon.ui import dialogs
from fieldmon.ui.place_picker import PlacePicker
from fieldmon.ui.widgets import ChoiceCombo, DateField, SearchCombo

log = logging.getLogger(__name__)
DELAY_MS = 700
PLACE_KEYS = ("region", "district", "settlement")


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


class FormDraft(QObject):
    """Watches `fields` (name → widget) and `places`; `start()` once the form is filled."""

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
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save)

    def start(self) -> None:
        """Count changes from now on (filling the form from the database is not typing)."""
        for widget in self.fields.values():
            if isinstance(widget, ChoiceCombo):
                widget.currentIndexChanged.connect(self.changed)
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
        self.dirty = True
        self._timer.start()

    def payload(self) -> dict[str, Any]:
        values = read_values(self.fields)
        if self.places is not None:
            for name in PLACE_KEYS:
                values[name] = getattr(self.places, name).currentText()
        return values

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            drafts.save_draft(self.db, self.key, self.payload())
        except Exception:  # a draft is a safety net; never let it break typing
            log.exception("could not save a draft")

    def restore(self, values: dict[str, Any]) -> None:
        if self.places is not None:
            self.places.set_texts(*(str(values.get(name) or "") for name in PLACE_KEYS))
        write_values(self.fields, values)
        self.changed()

    def discard(self) -> None:
        self._timer.stop()
        self.dirty = False
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
