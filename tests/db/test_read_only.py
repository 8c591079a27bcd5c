"""Commands that only read never change a byte of the database file: not at head, and not on
an older schema, which they refuse in one sentence instead of upgrading."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from fieldmon.cli import main
from fieldmon.db.engine import HEAD_REVISION, open_database
from fieldmon.db.migrate import known_revisions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_beside(path: Path) -> dict[str, str]:
    """The database and every file next to it (journals, backups), with their digests."""
    return {
        str(p.relative_to(path.parent)): digest(p)
        for p in sorted(path.parent.rglob("*"))
        if p.is_file() and not p.name.endswith((".lock", "-shm", "-wal"))
    }


def reading_commands(db: Path, out: Path) -> list[list[str]]:
    return [
        ["--db", str(db), "summary", "--quarter", "2026Q3"],
        ["--db", str(db), "summary", "--quarter", "2026Q3", "--json"],
        ["--db", str(db), "report", "--quarter", "2026Q3", "-o", str(out / "q3.xlsx")],
        ["--db", str(db), "loans", "show", "MC-2025/001"],
        ["--db", str(db), "conflicts"],
        ["--db", str(db), "check"],
    ]


@pytest.fixture
def at_head(tmp_path: Path) -> Path:
    """The newest fixture upgraded to head, its journal folded in (as after a closed app)."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "fieldmon.db"
    shutil.copy(FIXTURES / f"schema-{max(known_revisions())}.db", path)
    open_database(path).dispose()
    return path


def test_reading_commands_leave_a_database_at_head_byte_for_byte(
    at_head: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_beside(at_head)
    for argv in reading_commands(at_head, tmp_path):
        assert main(argv) == 0, (argv, capsys.readouterr().err)
        assert files_beside(at_head) == before, argv
    out = capsys.readouterr().out
    assert "MC-2025/001" in out and "intact" in out


@pytest.mark.parametrize("revision", sorted(known_revisions() - {HEAD_REVISION}))
def test_reading_commands_refuse_an_older_schema_untouched(
    revision: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "fieldmon.db"
    shutil.copy(FIXTURES / f"schema-{revision}.db", path)
    before = files_beside(path)
    for argv in reading_commands(path, tmp_path):
        code = main(argv)
        err = capsys.readouterr().err
        assert files_beside(path) == before, argv
        if argv[2] == "check":  # check reads the file as it is, whatever its schema
            assert code == 0
            continue
        assert code == 1, argv
        assert err == (
            f"fieldmon: This database has an older schema ({revision}): open it once in "
            "fieldmon, or run a command that writes, to upgrade it. It was not changed.\n"
        )
    assert not (tmp_path / "q3.xlsx").exists()


def test_a_reading_command_on_a_missing_database_reads_a_new_empty_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    missing = tmp_path / "new" / "fieldmon.db"
    assert main(["--db", str(missing), "summary", "--quarter", "2026Q3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["visits.count"] == 0
    before = files_beside(missing)
    assert main(["--db", str(missing), "summary", "--quarter", "2026Q3"]) == 0
    assert files_beside(missing) == before


def test_a_reader_cannot_write_even_if_a_service_tried(at_head: Path) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    before = digest(at_head)
    db = open_database(at_head, writer=False)
    try:
        with pytest.raises(OperationalError, match="readonly"), db.session() as session:
            session.execute(text("DELETE FROM visit"))
    finally:
        db.dispose()
    assert digest(at_head) == before
