"""Changing the interface language while fieldmon runs, without losing anything typed.

Qt widgets take their text when they are built, and fieldmon's are built in many places
(pages, forms, models' headers, menus), so the window is built again rather than each
widget re-translated:

1. Each open visit, loan or training form gives its typing, which is also written as a
   draft (one last try: if the database is busy, the typing still travels in memory); the
   forms close without the unsaved-changes question.
2. The new language's translators are installed; Qt's default locale, which numbers follow
   (`ui.formats`), changes with them.
3. A new main window opens on the same database and officer, where the old one was, on the
   same page, with the same text in the pages' search lines.
4. The forms reopen in it with their typing, without the draft question, where they were
   on the screen; open loan and training pages reopen too.
5. The old window hides, and is deleted once its background jobs (a summary being counted)
   have finished.

Not carried over: the old window's undo history, the pages' filters other than the search
line, and the small dialogs without drafts (repayment entry, collection sheet, find), which
close. A report being written is not cut short silently: the officer is asked whether to
cancel it; if not, the language changes at the next start.

Nor are photos and scans waiting for a visit form's Save, or files still being read on a form
or a record's page (a draft is typing only; `files_waiting`). They are not dropped silently
either: the officer is asked whether to change the language now and drop them; if not,
nothing changes now (the form keeps its files, to be saved) and the language changes at the
next start, as with a report.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer

from fieldmon.ui import dialogs
from fieldmon.ui.i18n import install_translators

if TYPE_CHECKING:
    from fieldmon.ui.main_window import MainWindow

SEARCHED_PAGES = ("visits_page", "loans_page", "trainings_page", "people_page")
IDLE_CHECK_MS = 200
# Windows nothing else holds: one made by a switch, and one waiting to be deleted.
_windows: list[MainWindow] = []


@dataclass(frozen=True)
class KeptForm:
    """An open form: its draft key ('visit:new', 'loan:<id>'…), what is typed in it (None
    if nothing), and where it was on the screen."""

    key: str
    payload: dict[str, Any] | None
    geometry: QByteArray


@dataclass
class KeptWindow:
    """What of a window is carried into the one that replaces it."""

    geometry: QByteArray
    page: int
    searches: dict[str, str]
    forms: list[KeptForm] = field(default_factory=list)
    pages: list[tuple[str, QByteArray]] = field(default_factory=list)  # a record's page, by key


def switch_language(window: MainWindow, lang: str) -> MainWindow:
    """Show fieldmon in `lang` at once (see the module's notes); the window now in use."""
    if lang == window.lang:
        return window
    reports = window.reports_page
    if reports.busy():
        if not dialogs.ask_yes_no(
            window,
            QCoreApplication.translate("LanguageSwitch", "Export running"),
            QCoreApplication.translate(
                "LanguageSwitch",
                "A report is being written. Cancel it and change the language now?",
            ),
        ):
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "LanguageSwitch",
                    "The new language takes effect when fieldmon is started again.",
                ),
                15000,
            )
            return window
        reports.cancel_export()
    if files_waiting(window) and not dialogs.ask_yes_no(
        window,
        QCoreApplication.translate("LanguageSwitch", "Files not saved"),
        QCoreApplication.translate(
            "LanguageSwitch",
            "Photos or scans added in an open window are not saved yet or still being "
            "checked; changing the language now drops them (typing is kept). Change the "
            "language now?",
        ),
    ):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "LanguageSwitch",
                "The new language takes effect when fieldmon is started again.",
            ),
            15000,
        )
        return window
    kept = take(window)
    install_translators(lang)
    from fieldmon.ui.main_window import MainWindow

    new = MainWindow(window.db, window.officer, lang)
    hold(new)
    new.restoreGeometry(kept.geometry)
    new.nav.setCurrentRow(kept.page)
    for name, text in kept.searches.items():
        getattr(new, name).search.setText(text)
    new.show()
    give(new, kept)
    retire(window)
    return new


def files_waiting(window: MainWindow) -> bool:
    """An open form has files waiting for its Save or being read, or a record's page has
    files being read: what closing the windows for a switch would drop."""
    for _key, widget in window.open_forms.items():
        if not widget.isVisible():
            continue
        strip = getattr(widget, "evidence", None)
        if getattr(widget, "files_waiting", False) or (strip is not None and strip.is_reading):
            return True
    return False


def take(window: MainWindow) -> KeptWindow:
    """What the window shows and holds, its forms closed (their typing kept)."""
    window.reports_page.save_title()
    kept = KeptWindow(
        window.saveGeometry(),
        max(window.nav.currentRow(), 0),
        {name: getattr(window, name).search.text() for name in SEARCHED_PAGES},
    )
    for key, widget in window.open_forms.items():
        if not widget.isVisible():
            continue
        if hasattr(widget, "draft"):  # a form: its typing travels
            payload = widget.draft.keep_typing()
            kept.forms.append(KeptForm(widget.draft.key, payload, widget.saveGeometry()))
            widget.close_kept()
        else:
            kept.pages.append((key, widget.saveGeometry()))
            widget.close()
    return kept


def give(window: MainWindow, kept: KeptWindow) -> None:
    """Reopen the kept pages and forms in `window` (a record deleted meanwhile is skipped)."""
    from fieldmon.domain.errors import UserError

    for key, geometry in kept.pages:
        with contextlib.suppress(UserError, ValueError):
            window.open_forms.reopen(key).restoreGeometry(geometry)
    for form in kept.forms:
        try:
            opened = window.open_forms.reopen(form.key, form.payload, offer=False)
        except (UserError, ValueError):
            continue
        if opened is not None:
            opened.restoreGeometry(form.geometry)


def hold(window: MainWindow) -> None:
    """Keep a window alive that no caller holds (it is released once deleted)."""
    _windows.append(window)
    window.destroyed.connect(lambda _o=None, w=window: _release(w))


def _release(window: MainWindow) -> None:
    if window in _windows:
        _windows.remove(window)


def retire(window: MainWindow) -> None:
    """Hide the replaced window; delete it once no background job of its is running (their
    results arrive to widgets that must still exist)."""
    from fieldmon.ui.tasks import Job

    window.hide()
    if window not in _windows:
        hold(window)

    def delete_when_idle() -> None:
        if any(job.running for job in window.findChildren(Job)):
            QTimer.singleShot(IDLE_CHECK_MS, delete_when_idle)
        else:
            window.deleteLater()

    delete_when_idle()
