"""The team's exchange passphrase on this computer: kept in the OS keyring (service
`fieldmon`, user `exchange-passphrase:<project or 'default'>`), asked when there is none.

Packages sealed with it (`services.package_crypto`) travel on USB sticks; the passphrase
itself never goes into the database, the Qt settings or a log. Where the computer has no
keyring, `stored_passphrase` answers None and the window asks each time (`ask_passphrase`,
module-level so tests replace it).
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KEYRING_SERVICE = "fieldmon"  # as services.sync's server passwords


def keyring_user(project: str = "") -> str:
    return f"exchange-passphrase:{project.strip() or 'default'}"


def stored_passphrase(project: str = "") -> str | None:
    """The passphrase the keyring keeps, or None: none kept, or no keyring here."""
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(project)) or None
    except Exception:  # noqa: BLE001 - any keyring failure only means the window asks
        log.warning("cannot read the keyring", exc_info=True)
        return None


def store_passphrase(text: str, project: str = "") -> None:
    """Keep `text` in the keyring ('' forgets the one kept); one sentence (UserError) when
    this computer has no keyring."""
    import keyring

    user = keyring_user(project)
    if not text:
        # None kept, or no keyring: either way none is kept now.
        with contextlib.suppress(Exception):
            keyring.delete_password(KEYRING_SERVICE, user)
        return
    try:
        keyring.set_password(KEYRING_SERVICE, user, text)
    except Exception as exc:  # noqa: BLE001 - whatever the backend raises, one sentence
        log.warning("cannot write the keyring", exc_info=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "fieldmon",
                "Exchange passphrase: this computer has no keyring to keep it; fieldmon will "
                "ask for it at each export and import.",
            )
        ) from exc


def ask_passphrase(parent: QWidget | None, package: str = "") -> str | None:
    """The exchange passphrase typed unseen, or None when cancelled (or left empty).
    `package`: the file's name, when a package to import asks for it."""
    from fieldmon.ui import dialogs

    title = QCoreApplication.translate("ExchangePassphrase", "Exchange passphrase")
    if package:
        label = QCoreApplication.translate(
            "ExchangePassphrase", "The package {0} is encrypted. The team's exchange passphrase:"
        ).format(package)
    else:
        label = QCoreApplication.translate(
            "ExchangePassphrase", "The team's exchange passphrase, to encrypt data packages:"
        )
    return dialogs.ask_password(parent, title, label) or None
