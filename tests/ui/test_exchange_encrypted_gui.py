"""Data packages from the window with the team's exchange passphrase: sealed on export,
asked for on import when the keyring has none, refused in one sentence when wrong; an
encrypted database asks before a package leaves it unprotected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from fieldmon.db.engine import open_database
from fieldmon.services import package_crypto
from fieldmon.ui import exchange_passphrase
from fieldmon.ui.main_window import MainWindow
from tests.conftest import OFFICER
from tests.services.test_exchange import A, visit_on
from tests.services.test_package_encryption import CHUNK, FAST_KDF
from tests.services.test_sync import MemoryKeyring
from tests.ui.conftest import Answers

PASSPHRASE = "Береке-2027 Өскемен"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_crypto, "DEFAULT_KDF", FAST_KDF)
    monkeypatch.setattr(package_crypto, "CHUNK", CHUNK)


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(FailKeyring())


def export_to(qtbot: QtBot, window: MainWindow, monkeypatch, path: Path) -> object:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    task = window.exchange.export()
    if task is not None:
        with qtbot.waitSignal(task.finished, timeout=15000):
            pass
    return task


def test_a_sealed_package_travels_and_the_passphrase_is_asked_where_none_is_kept(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ring: MemoryKeyring,
    answers: Answers,
    east,  # type: ignore[no-untyped-def]
) -> None:
    visit_on(window.db, A, east)
    exchange_passphrase.store_passphrase(PASSPHRASE)
    package = tmp_path / "usb" / "aigerim.fmpkg"
    export_to(qtbot, window, monkeypatch, package)
    data = package.read_bytes()
    assert data.startswith(package_crypto.MAGIC)
    assert "Мини-пекарня".encode() not in data and b"visit" not in data

    # The coordinator's laptop keeps no passphrase: it is asked; a wrong one is one sentence.
    exchange_passphrase.store_passphrase("")
    typed = ["не тот пароль"]
    monkeypatch.setattr(exchange_passphrase, "ask_passphrase", lambda *_a: typed.pop(0))
    coordinator = MainWindow(open_database(tmp_path / "coordinator.db"), OFFICER, "en")
    qtbot.addWidget(coordinator)
    try:
        coordinator.exchange.start_import(str(package))
        qtbot.waitUntil(lambda: bool(answers.errors), timeout=15000)
        assert answers.errors == [
            "The package aigerim.fmpkg could not be opened: wrong exchange passphrase, or the "
            "file was changed."
        ]
        assert coordinator.visits_page.model.count() == 0
        typed.append(PASSPHRASE)
        coordinator.exchange.start_import(str(package))
        qtbot.waitUntil(lambda: coordinator.last_message is not None, timeout=15000)
        assert coordinator.last_message.text() == "Merged aigerim.fmpkg."
        assert coordinator.visits_page.model.count() == 1
    finally:
        coordinator.close()
        coordinator.db.dispose()


def test_an_encrypted_database_asks_before_sending_personal_data_unprotected(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ring: MemoryKeyring,
    answers: Answers,
    east,  # type: ignore[no-untyped-def]
) -> None:
    visit_on(window.db, A, east)
    monkeypatch.setattr(window.db, "encrypted", True, raising=False)
    monkeypatch.setattr(exchange_passphrase, "ask_passphrase", lambda *_a: None)
    answers.yes_no = False  # declined: nothing is written
    assert export_to(qtbot, window, monkeypatch, tmp_path / "a.fmpkg") is None
    assert "not encrypted" in answers.asked[-1] and not (tmp_path / "a.fmpkg").exists()
    answers.yes_no = True  # on purpose: a plain package
    export_to(qtbot, window, monkeypatch, tmp_path / "b.fmpkg")
    assert not (tmp_path / "b.fmpkg").read_bytes().startswith(package_crypto.MAGIC)
