"""The exchange passphrase in the keyring, and asked when there is none."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtWidgets import QInputDialog

from fieldmon.domain.errors import UserError
from fieldmon.ui import exchange_passphrase
from tests.services.test_sync import MemoryKeyring


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(FailKeyring())


def test_kept_per_project_and_forgotten(ring: MemoryKeyring) -> None:
    assert exchange_passphrase.stored_passphrase() is None
    exchange_passphrase.store_passphrase("Береке 2027")
    exchange_passphrase.store_passphrase("other", project="UNDP Aral")
    assert ring.passwords == {
        ("fieldmon", "exchange-passphrase:default"): "Береке 2027",
        ("fieldmon", "exchange-passphrase:UNDP Aral"): "other",
    }
    assert exchange_passphrase.stored_passphrase() == "Береке 2027"
    assert exchange_passphrase.stored_passphrase("UNDP Aral") == "other"
    exchange_passphrase.store_passphrase("")
    exchange_passphrase.store_passphrase("")  # nothing kept: still fine
    assert exchange_passphrase.stored_passphrase() is None


def test_without_a_keyring_it_is_asked() -> None:
    keyring.set_keyring(FailKeyring())
    assert exchange_passphrase.stored_passphrase() is None
    with pytest.raises(UserError, match="no keyring"):
        exchange_passphrase.store_passphrase("x")
    exchange_passphrase.store_passphrase("")  # forgetting needs no keyring


def test_the_question_gives_the_typed_passphrase_or_none(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    answers = iter([("секрет", True), ("", True), ("x", False)])
    asked: list[str] = []

    def get_text(_parent, _title, label, _mode):  # type: ignore[no-untyped-def]
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    assert exchange_passphrase.ask_passphrase(None, "erlan.fmpkg") == "секрет"
    assert "erlan.fmpkg" in asked[0]
    assert exchange_passphrase.ask_passphrase(None) is None
    assert exchange_passphrase.ask_passphrase(None) is None
