"""Every schema revision's fixture database (tests/fixtures/schema-<rev>.db, made by
make_schema_fixtures.py) upgrades to head with every row and value it had."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldmon.db import backup
from fieldmon.db.engine import HEAD_REVISION, open_database
from fieldmon.db.migrate import known_revisions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_every_revision_has_a_fixture() -> None:
    """A new migration needs its fixture: run tests/fixtures/make_schema_fixtures.py."""
    found = {p.stem.removeprefix("schema-") for p in FIXTURES.glob("schema-*.db")}
    assert found == known_revisions()


def contents(path: Path) -> dict[str, set[tuple]]:
    """Every table's rows, as tuples of (column, value) over the table's columns."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if r[0] != "alembic_version"
        ]
        out = {}
        for table in tables:
            names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            out[table] = {
                tuple(zip(names, row, strict=True))
                for row in conn.execute(f"SELECT {', '.join(names)} FROM {table}")
            }
        return out
    finally:
        conn.close()


@pytest.mark.parametrize("revision", sorted(known_revisions()))
def test_a_database_at_each_revision_upgrades_with_its_data(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "fieldmon.db"
    shutil.copy(FIXTURES / f"schema-{revision}.db", path)
    before = contents(path)
    assert sum(len(rows) for rows in before.values()) > 100
    db = open_database(path)
    assert db.current_revision() == HEAD_REVISION
    db.dispose()
    after = contents(path)
    assert backup.check(path).ok
    for table, rows in before.items():
        # Each old row is still there with every old value (new columns may be added).
        upgraded = {frozenset(dict(r).items()) for r in after[table]}
        for row in rows:
            assert any(frozenset(row) <= new for new in upgraded), (table, row)
    if revision != HEAD_REVISION:
        assert any(
            p.name.endswith(f"before-upgrade-{revision}-{HEAD_REVISION}.db")
            for p in backup.backups(path)
        )
