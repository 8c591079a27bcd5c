"""The registry of open record windows, and kept typing offered back.

Every record window has a key: a form's is its draft key ('visit:new', 'visit:<id>',
'loan:new', 'loan:<id>', 'training:<id>'…), a record's page 'loan-page:<id>',
'training-page:<id>', 'site-page:<id>'. Opening a key already open raises its window instead
of a second one (two forms on one record, or two new loans sharing one draft, would each
overwrite the other's typing). The registry is also what a language switch carries over and
what closing or restoring a backup must close first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from fieldmon.domain.errors import UserError
from fieldmon.ui import dialogs, formats

if TYPE_CHECKING:
    from fieldmon.ui.main_window import MainWindow

FORM_KINDS = ("visit", "loan", "training")  # keys of forms with drafts
PAGE_SUFFIX = "-page"


def form_key(kind: str, record: uuid.UUID | None) -> str:
    return f"{kind}:{record or 'new'}"


def page_key(kind: str, record: uuid.UUID) -> str:
    return f"{kind}{PAGE_SUFFIX}:{record}"


def parse_key(key: str) -> tuple[str, uuid.UUID | None]:
    """('loan-page', id) from 'loan-page:<id>'; ValueError for a malformed key."""
    kind, _, ident = key.partition(":")
    return kind, None if ident == "new" else uuid.UUID(ident)


class OpenForms(QObject):
    """Open record windows by key (see the module's notes)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._open: dict[str, QWidget] = {}

    def get(self, key: str) -> Any:
        return self._open.get(key)

    def keys(self) -> list[str]:
        return list(self._open)

    def items(self) -> list[tuple[str, Any]]:
        return list(self._open.items())

    def of_kind(self, kind: str) -> list[Any]:
        """The open windows of one kind ('visit', 'loan-page'…), oldest first."""
        return [w for k, w in self._open.items() if k.partition(":")[0] == kind]

    def forms(self) -> list[Any]:
        """The open forms (the windows with drafts), oldest first."""
        return [w for k, w in self._open.items() if k.partition(":")[0] in FORM_KINDS]

    def raise_open(self, key: str) -> Any:
        """The window open under `key`, raised and focused; None if there is none."""
        widget = self._open.get(key)
        if widget is not None:
            widget.show()
            widget.raise_()
            widget.activateWindow()
        return widget

    def add(self, key: str, widget: QWidget) -> Any:
        """Register `widget` under `key` (deleted when closed) and show it."""
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open[key] = widget
        widget.destroyed.connect(lambda _o=None, k=key, w=widget: self._forget(k, w))
        return self.raise_open(key)

    def show(self, key: str, make: Callable[[], QWidget]) -> Any:
        """The window open under `key`, raised; else `make()`'s, registered and shown."""
        return self.raise_open(key) or self.add(key, make())

    def _forget(self, key: str, widget: QWidget) -> None:
        if self._open.get(key) is widget:
            del self._open[key]

    def close_all(self) -> bool:
        """Close every record window, forms first; False (the rest left open) as soon as one
        refuses (the officer chose Cancel over unsaved typing)."""
        forms = self.forms()
        ordered = forms + [w for w in self._open.values() if w not in forms]
        for widget in ordered:
            if widget.isVisible() and not widget.close():
                return False
            self._open = {k: w for k, w in self._open.items() if w is not widget}
        return True

    # --- drafts ----------------------------------------------------------------------------

    def offer_draft(self, form: Any) -> None:
        """A form opened over typing kept as a draft (after a crash, or closed with Keep):
        offer it back; declined, the draft is discarded."""
        from fieldmon.services import drafts

        kept = drafts.load_draft(self.window.db, form.draft.key)
        if kept is None:
            return
        payload, when = kept
        if dialogs.ask_yes_no(
            self.window,
            self.tr("Unsaved draft"),
            self.tr("There is unsaved typing in this form from {0}. Restore it?").format(
                formats.moment(when)
            ),
        ):
            form.draft.restore(payload)
        else:
            form.draft.discard()

    def offer_drafts(self) -> None:
        """After a crash: reopen the forms whose typing was kept as drafts."""
        from fieldmon.services import drafts

        for key in drafts.draft_keys(self.window.db):
            try:
                self.reopen(key)
            except (UserError, ValueError):
                drafts.discard_draft(self.window.db, key)

    def reopen(self, key: str, payload: dict[str, Any] | None = None, *, offer: bool = True) -> Any:
        """Open the window a key names, offering a form's kept draft back unless `offer` is
        False, and put `payload` (typing carried over from another window) in a form. None
        for a key of no window; UserError or ValueError if the record cannot be opened."""
        kind, record = parse_key(key)
        window = self.window
        opened: Any
        if kind == "visit":
            opened = window.visits.open(record, offer=offer)
        elif kind == "loan":
            opened = window.loans.edit(record, offer=offer)
        elif kind == "training":
            opened = window.trainings.edit(record, offer=offer)
        elif record is not None and kind == "loan" + PAGE_SUFFIX:
            return window.loans.open(record)
        elif record is not None and kind == "training" + PAGE_SUFFIX:
            return window.trainings.open(record)
        elif record is not None and kind == "site" + PAGE_SUFFIX and hasattr(window, "sites"):
            return window.sites.open(record)
        else:
            return None
        if payload is not None:
            opened.draft.restore(payload)
        return opened
