"""The database layer's sentences are Messages: English as `str(exc)`, any language where
shown; what a driver or SQLite says is passed on as it comes."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldmon.db import backup, lock
from fieldmon.db.engine import CANNOT_OPEN, DamagedDatabase, open_database
from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import Message, render, translator
from tests.language import latin_words


def test_the_lock_holder_is_read_back_as_a_message() -> None:
    found = lock.holder_message("process 4242 on office-pc, since 01.12.2026 09:30")
    assert isinstance(found, Message)
    assert found.params == {"pid": "4242", "host": "office-pc", "since": "01.12.2026 09:30"}
    assert str(found) == "process 4242 on office-pc, since 01.12.2026 09:30"
    assert str(lock.holder_message("")) == "another program"
    assert lock.holder_message("written by a later version\n") == "written by a later version"


def test_a_driver_reason_is_a_value_of_the_sentence(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        open_database("nosuchdriver://x")
    message = caught.value.message
    assert message.template == CANNOT_OPEN and message.params["shown"] == "nosuchdriver://x"
    assert str(caught.value) == (
        f"Cannot open the database 'nosuchdriver://x': {message.params['reason']}."
    )


def test_a_check_lists_its_problems_as_messages(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("not a database")
    verdict = backup.check(junk)
    assert not verdict.ok and [m.template for m in verdict.problems] == [backup.NOT_A_DATABASE_FILE]
    assert verdict.text == "The database is damaged: it is not a database file."
    target = tmp_path / "fieldmon.db"
    with pytest.raises(UserError) as caught:
        backup.replace_database(target, junk)
    assert str(caught.value) == "Cannot restore from notes.db: it is not a database file."


def test_a_damaged_database_names_its_backup_in_one_message(tmp_path: Path) -> None:
    path = tmp_path / "fieldmon.db"
    open_database(path).dispose()
    good = backup.make_backup(path, "manual")
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(path)
    assert caught.value.message.params == {"path": str(path), "backup": str(good)}


# --- in Russian: these need the new templates in fieldmon_ru.ts -----------------------------


def test_the_checks_verdict_in_russian(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("not a database")
    shown = backup.check(junk).shown(translator("ru"))
    assert latin_words(shown) == [], shown


def test_the_lock_holder_in_russian() -> None:
    holder = lock.holder_message("process 4242 on office-pc, since 01.12.2026 09:30")
    shown = render(holder, translator("ru"))
    assert "4242" in shown and "office-pc" in shown
    assert latin_words(shown.replace("office-pc", "")) == [], shown
