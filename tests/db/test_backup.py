"""Backups, restore, the integrity check, and upgrades that fail or come from the future."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from fieldmon.cli import main
from fieldmon.db import backup
from fieldmon.db.engine import HEAD_REVISION, DamagedDatabase, open_database
from fieldmon.db.models import Visit
from fieldmon.domain.errors import UserError
from fieldmon.services import demo


def visits_in(path: Path) -> int:
    db = open_database(path)
    try:
        with db.read_session() as session:
            return int(session.scalar(select(func.count()).select_from(Visit)) or 0)
    finally:
        db.dispose()


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "fieldmon.db"
    db = open_database(path)
    demo.make_demo(db, 25, seed=11)
    db.dispose()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_is_a_checked_copy_and_old_ones_rotate(filled: Path) -> None:
    start = datetime(2026, 11, 1, 9, 0)
    made = [
        backup.make_backup(filled, "manual", keep=3, now=start + timedelta(hours=n))
        for n in range(5)
    ]
    kept = backup.backups(filled)
    assert kept == list(reversed(made[2:]))  # the newest three, newest first
    assert backup.check(kept[0]).ok and visits_in(kept[0]) == 25


def test_one_daily_backup_a_day(filled: Path) -> None:
    day = datetime(2026, 11, 21, 8, 0)
    assert backup.daily_backup(filled, now=day) is not None
    assert backup.daily_backup(filled, now=day + timedelta(hours=5)) is None
    assert backup.daily_backup(filled, now=day + timedelta(days=1)) is not None


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for at in range(page * 3, min(len(data), page * 12), 7):
        data[at] = 0x5A
    path.write_bytes(bytes(data))


def test_check_tells_intact_from_damaged(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(filled), "check"]) == 0
    assert capsys.readouterr().out.endswith("The database is intact.\n")
    good = backup.make_backup(filled, "manual")
    damage(filled)
    assert main(["--db", str(filled), "check"]) == 1
    out = capsys.readouterr().out
    assert "The database is damaged: " in out and f"fieldmon restore {good}" in out


def test_restore_keeps_the_current_database_and_refuses_a_bad_file(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    older = backup.make_backup(filled, "manual")
    db = open_database(filled)
    demo.make_demo(db, 5, seed=12)
    db.dispose()
    assert visits_in(filled) == 30
    junk = tmp_path / "notes.db"
    junk.write_text("not a database")
    before = digest(filled)
    assert main(["--db", str(filled), "restore", str(junk)]) == 1
    assert capsys.readouterr().err == (
        "fieldmon: Cannot restore from notes.db: it is not a database file.\n"
    )
    assert digest(filled) == before
    assert main(["--db", str(filled), "restore", str(older)]) == 0
    assert visits_in(filled) == 25
    [saved] = [p for p in backup.backups(filled) if p.name.endswith("-before-restore.db")]
    assert visits_in(saved) == 30


def test_a_damaged_database_is_one_sentence_naming_the_backup(filled: Path) -> None:
    good = backup.make_backup(filled, "manual")
    filled.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(filled)
    assert caught.value.backup == good
    assert str(caught.value).startswith(f"'{filled}' is not a fieldmon database or it is damaged.")


def test_a_database_from_a_newer_fieldmon_is_refused_untouched(filled: Path) -> None:
    db = open_database(filled)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()  # the last connection to close folds the journal into the file
    before = digest(filled)
    with pytest.raises(UserError, match=r"written by a newer fieldmon \(schema 9999\)"):
        open_database(filled)
    assert digest(filled) == before


def test_a_failed_upgrade_puts_the_database_back(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alembic's DDL on SQLite is not transactional: a migration that fails half way leaves
    changes behind unless the pre-upgrade copy is put back."""
    from fieldmon.db import migrate

    db = open_database(filled)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    db.dispose()

    def half_done(engine, revision="head"):  # type: ignore[no-untyped-def]
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(migrate, "upgrade", half_done)
    with pytest.raises(UserError, match="could not be upgraded .*put back as it was before"):
        open_database(filled)
    monkeypatch.undo()
    db = open_database(filled, migrate=False)
    try:
        assert db.current_revision() == "0003"
        with db.engine.connect() as conn:
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
            assert "half_done" not in tables
            assert conn.execute(text("SELECT count(*) FROM visit")).scalar() == 25
    finally:
        db.dispose()
    upgrade = f"-before-upgrade-0003-{HEAD_REVISION}.db"
    assert any(p.name.endswith(upgrade) for p in backup.backups(filled))


HOLD = """
import sys, time
from fieldmon.db.engine import open_database
db = open_database(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def test_a_second_fieldmon_on_the_same_database_is_told_who_has_it(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    other = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(filled)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        with pytest.raises(UserError) as caught:
            open_database(filled)
        assert str(caught.value).startswith(f"The database {filled} is already open in another")
        assert f"process {other.pid} on " in str(caught.value)
        # Reading beside it works; restoring over it does not.
        assert main(["--db", str(filled), "summary", "--quarter", "2026Q3"]) == 0
        assert main(["--db", str(filled), "restore", str(backup.make_backup(filled, "x"))]) == 1
        assert "already open in another fieldmon" in capsys.readouterr().err
    finally:
        other.kill()
        other.wait()
    # The holder was killed: the operating system dropped its lock; nothing is stale.
    open_database(filled).dispose()


def set_keep(path: Path, keep: int) -> None:
    from fieldmon.services import profile

    db = open_database(path)
    try:
        profile.set_setting(db, backup.SETTING, str(keep))
    finally:
        db.dispose()


def test_restoring_each_of_ten_kept_backups_in_turn_loses_none(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Restoring the oldest of the kept backups used to delete it (the before-restore backup's
    rotation) and then fail. Each backup holds a different number of visits, so each restore
    is seen to bring back that very file, and no backup other than the oldest rotated-out
    copies is ever lost."""
    start = datetime(2026, 11, 1, 9, 0)
    made: dict[Path, int] = {}
    for n in range(10):
        db = open_database(filled)
        demo.make_demo(db, 1, seed=100 + n)
        db.dispose()
        made[backup.make_backup(filled, "manual", now=start + timedelta(hours=n))] = visits_in(
            filled
        )
    assert sorted(backup.backups(filled)) == sorted(made)  # ten kept (the default)
    oldest_first = sorted(made, key=lambda p: p.name)
    for chosen in oldest_first:
        assert chosen.exists(), f"{chosen.name} was deleted before it was restored"
        assert main(["--db", str(filled), "restore", str(chosen)]) == 0, capsys.readouterr().err
        assert visits_in(filled) == made[chosen]
        assert chosen.exists() and backup.check(chosen).ok
        assert len(backup.backups(filled)) <= 11
    out = capsys.readouterr().out
    assert out.count("The database as it was is kept in") == 10


def test_the_restored_backup_survives_even_when_one_backup_is_kept(filled: Path) -> None:
    only = backup.make_backup(filled, "manual", now=datetime(2026, 11, 1, 9, 0))
    set_keep(filled, 1)
    assert backup.kept_count(filled) == 1
    saved = backup.replace_database(filled, only)
    assert only.exists() and saved is not None and saved.exists()


def test_the_keep_setting_is_honoured_by_every_path_that_makes_a_backup(
    filled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_keep(filled, 3)
    start = datetime(2026, 11, 1, 9, 0)
    for n in range(5):
        backup.make_backup(filled, "manual", now=start + timedelta(hours=n))
    assert len(backup.backups(filled)) == 3
    for _ in range(3):  # fieldmon backup
        assert main(["--db", str(filled), "backup"]) == 0
    assert len(backup.backups(filled)) == 3
    for day in range(4):  # the window's daily backup
        backup.daily_backup(filled, now=start + timedelta(days=day + 1))
    assert len(backup.backups(filled)) == 3
    # before a restore (of the newest: restoring the oldest spares it, one more is kept)
    assert main(["--db", str(filled), "restore", str(backup.backups(filled)[0])]) == 0
    assert len(backup.backups(filled)) == 3
    # before a schema upgrade: an old database with its own setting
    import shutil
    import sqlite3

    old = filled.with_name("old.db")
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema-0003.db", old)
    with sqlite3.connect(old) as conn:
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('backup.keep', '2')")
    conn.close()
    for n in range(3):
        backup.make_backup(old, "manual", now=start + timedelta(hours=n))
    open_database(old).dispose()
    kept = backup.backups(old)
    assert len(kept) == 2 and "-before-upgrade-0003-" in kept[0].name
    capsys.readouterr()
