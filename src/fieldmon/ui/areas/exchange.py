"""Data packages: what an officer sends the coordinator on a USB stick, and merging one in."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fieldmon.domain.errors import UserError
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import shown

if TYPE_CHECKING:
    from fieldmon.ui.main_window import MainWindow
    from fieldmon.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)


class ExchangeArea(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.last_task: BackgroundTask | None = None  # the latest import (tests wait on it)

    def populate_file_menu(self, menu: Any) -> None:
        add = self.window.add_action
        add(menu, self.tr("&Export data package…"), self.export, "Ctrl+E")
        add(
            menu,
            self.tr("Export data package with e&verything…"),
            lambda: self.export(everything=True),
        )
        add(
            menu,
            self.tr("Export data package of the current &project…"),
            lambda: self.export(of_project=True),
        )
        add(menu, self.tr("Import data pac&kage…"), self.choose_import)

    def _folder(self) -> Path:
        folder = QSettings().value("packages/folder")
        return Path(str(folder)) if folder else Path.home()

    def export(
        self, *, everything: bool = False, of_project: bool = False
    ) -> BackgroundTask | None:
        """Save a data package for the coordinator. By default it holds what changed since
        the last package saved to the same folder (the USB stick); the folder chosen last
        time is offered again, with a name that says who and when.

        `of_project`: only the current project's records (and every place), what changed
        since the last package *of that project* saved to the folder — a separate action,
        so that the usual export never leaves another project's records behind because a
        project happens to be chosen in the status bar."""
        from datetime import date

        project = self.window.current_project_id if of_project else None
        if of_project and project is None:
            dialogs.show_info(
                self.window,
                self.tr("Export data package"),
                self.tr("Choose a project in the status bar first (Project: …)."),
            )
            return None
        name = "-".join(self.window.officer.split()) or "fieldmon"
        if project is not None:
            code = self.window.projects.switch.currentText().split(" — ")[0]
            name += "-" + "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in code)
        suggested = self._folder() / f"{name}-{date.today().isoformat()}.fmpkg"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export data package"),
            str(suggested),
            self.tr("fieldmon data packages (*.fmpkg)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".fmpkg"):
            path += ".fmpkg"
        QSettings().setValue("packages/folder", str(Path(path).parent))
        protection = self._protection()
        if protection is None:
            return None
        passphrase, plain = protection
        return self.start_export(
            path, everything=everything, passphrase=passphrase, plain=plain, project=project
        )

    def _protection(self) -> tuple[str | None, bool] | None:
        """(passphrase, plain) for an export: the team's passphrase from the keyring; else,
        from an encrypted database, asked for — or, if the officer declines, a plain package
        only after a question. None: the export is called off."""
        from fieldmon.ui import exchange_passphrase

        passphrase = exchange_passphrase.stored_passphrase()
        if passphrase is not None or not getattr(self.window.db, "encrypted", False):
            return passphrase, False
        passphrase = exchange_passphrase.ask_passphrase(self.window)
        if passphrase is not None:
            return passphrase, False
        if dialogs.ask_yes_no(
            self.window,
            self.tr("Export data package"),
            self.tr(
                "Without the exchange passphrase the package is not encrypted: whoever finds "
                "the USB stick can read the names, IINs and phone numbers in it. Save it "
                "unprotected?"
            ),
        ):
            return None, True
        return None

    def start_export(
        self,
        path: str,
        *,
        everything: bool = False,
        passphrase: str | None = None,
        plain: bool = False,
        project: uuid.UUID | None = None,
    ) -> BackgroundTask:
        from fieldmon.services.packages import Scope, export_package
        from fieldmon.ui.tasks import BackgroundTask

        window = self.window

        def work(_stop: Any) -> str:
            result = export_package(
                window.db,
                path,
                window.officer,
                Scope(everything=everything, project=project),
                passphrase=passphrase,
                plain=plain,
            )
            if result.total == 0:
                return self.tr(
                    "Nothing changed since the last package saved to this folder; "
                    "the package {0} is empty."
                ).format(Path(path).name)
            return self.tr("Saved {0} records ({1} deleted) to {2}.").format(
                formats.count(result.total), formats.count(sum(result.deleted.values())), path
            )

        task = BackgroundTask(window, self.tr("Exporting to {0}…").format(Path(path).name), work)
        task.finished.connect(lambda message: window.statusBar().showMessage(message, 15000))
        task.failed.connect(lambda exc: self._failed(exc, importing=False))
        task.start()
        return task

    def choose_import(self) -> BackgroundTask | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import data package"),
            str(self._folder()),
            self.tr("fieldmon data packages (*.fmpkg)"),
        )
        return self.start_import(path) if path else None

    def offer_package(self, path: str) -> BackgroundTask | None:
        """A package handed to fieldmon from outside (a double-click on a .fmpkg): asks
        whether to import it, then imports it as *Import data package…* does. A path that
        is not a file is one sentence."""
        title = self.tr("Import data package")
        name = Path(path).name
        if not Path(path).is_file():
            dialogs.show_error(
                self.window, title, self.tr("There is no data package {0}.").format(path)
            )
            return None
        if self.window.busy():
            dialogs.show_error(
                self.window,
                title,
                self.tr(
                    "A report or an import is running; open {0} again when it has finished."
                ).format(name),
            )
            return None
        if not dialogs.ask_yes_no(
            self.window,
            title,
            self.tr("Import the data package {0} into this database?").format(name),
        ):
            return None
        return self.start_import(path)

    def start_import(self, path: str, passphrase: str | None = None) -> BackgroundTask:
        """Merge the package at `path` in the background, opening an encrypted one with
        `passphrase` (else the team's from the keyring); an encrypted package that the
        passphrase does not open asks for it, once."""
        from fieldmon.services.merge import import_package
        from fieldmon.ui import exchange_passphrase
        from fieldmon.ui.tasks import BackgroundTask

        window = self.window
        asked = passphrase is not None
        if passphrase is None:
            passphrase = exchange_passphrase.stored_passphrase()
        task = BackgroundTask(
            window,
            self.tr("Checking and merging {0}…").format(Path(path).name),
            lambda _stop: import_package(window.db, path, passphrase=passphrase),
        )
        task.finished.connect(lambda result: self._imported(Path(path).name, result))
        task.failed.connect(lambda exc: self._import_failed(exc, path, asked))
        task.start()
        self.last_task = task
        return task

    def _import_failed(self, exc: BaseException, path: str, asked: bool) -> None:
        from fieldmon.services.package_crypto import PassphraseNeeded, WrongPassphrase
        from fieldmon.ui import exchange_passphrase

        if isinstance(exc, PassphraseNeeded) or (isinstance(exc, WrongPassphrase) and not asked):
            typed = exchange_passphrase.ask_passphrase(self.window, Path(path).name)
            if typed is not None:
                self.start_import(path, typed)
                return
        self._failed(exc, importing=True)

    def _imported(self, name: str, result: Any) -> None:
        window = self.window
        window.refresh()
        if result.nothing_new:
            text = self.tr("Nothing new: everything in {0} is already here.").format(name)
            window.statusBar().showMessage(text, 15000)
            dialogs.show_info(window, self.tr("Data package"), text)
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Data package imported"),
            self.tr("Merged {0}.").format(name),
            parent=window,
        )
        box.setInformativeText("\n".join(self.merge_lines(result)))
        if result.conflicts:
            box.setText(
                self.tr(
                    "Merged {0}. %Ln conflict(s) wait for your decision.", "", result.conflicts
                ).format(name)
            )
            review = box.addButton(self.tr("&Review conflicts"), QMessageBox.ButtonRole.AcceptRole)
            review.clicked.connect(window.show_conflicts)
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        window.last_message = box

    def merge_lines(self, result: Any) -> list[str]:
        """What a merge did, a line per record type and per receipt worth a look."""
        types = self.window.conflicts_page.types
        lines = [
            self.tr("{0}: {1} new, {2} updated, {3} unchanged, {4} conflicts").format(
                types.get(table, table),
                *(formats.count(n) for n in (c.new, c.updated, c.unchanged, c.conflicts)),
            )
            for table, c in result.counts.items()
            if c.new or c.updated or c.conflicts
        ]
        lines += [
            (
                self.tr("Loan {0}, receipt {1}: typed on two laptops; it counts once.")
                if same
                else self.tr(
                    "Loan {0}, receipt {1}: posted twice with different amounts or dates; "
                    "the first posted counts until you decide."
                )
            ).format(loan_no, receipt)
            for loan_no, receipt, same in result.receipts
        ]
        lines += [
            self.tr("Loan {0} is over-paid by {1}: check its repayments.").format(
                loan_no, formats.money(over, currency)
            )
            for loan_no, over, currency in result.overpaid
        ]
        if result.files_added:
            lines.append(
                self.tr("Photos and scans this database did not have: {0}.").format(
                    formats.count(result.files_added)
                )
            )
        return lines

    def _failed(self, exc: BaseException, *, importing: bool) -> None:
        if isinstance(exc, UserError):  # a PackageError too
            text = shown(exc)
        elif isinstance(exc, OSError):
            text = self.tr("Cannot use the file: {0}.").format(exc.strerror or exc)
        else:
            log.error("data package failed", exc_info=exc)
            text = self.tr("An unexpected error stopped it; details are in the log file.")
        if importing:
            title = self.tr("Nothing was imported")
        else:
            title = self.tr("The package was not saved")
        dialogs.show_error(self.window, title, text)
