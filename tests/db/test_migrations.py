"""The schema: migrations at start-up, the revision chain, SQLite settings, UTC timestamps."""

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from fieldmon.db.engine import HEAD_REVISION, Database, open_database
from fieldmon.db.migrate import alembic_config, head_revision
from fieldmon.db.models import Base, Setting, Site


def test_head_constant_matches_alembic() -> None:
    assert head_revision() == HEAD_REVISION


def test_revision_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1 and len(script.get_bases()) == 1
    for revision in revisions:
        assert not revision.is_merge_point
        assert len(revision.nextrev) <= 1


def test_a_new_database_is_created_at_head_with_every_table(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new" / "fieldmon.db")
    assert db.current_revision() == HEAD_REVISION
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_migrations_create_what_the_models_describe(db: Database) -> None:
    """No drift between the models and the migrations (Alembic's own comparison)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_runs_with_foreign_keys_and_wal(tmp_path: Path) -> None:
    db = open_database(tmp_path / "wal.db")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_foreign_keys_are_enforced(db: Database) -> None:
    import uuid

    with pytest.raises(IntegrityError), db.session() as session:
        session.add(
            Site(
                name="x",
                name_key="x",
                site_type="other",
                place_id=uuid.uuid4(),
                region_id=uuid.uuid4(),
                created_by="t",
                updated_by="t",
            )
        )


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    open_database(path).dispose()
    again = open_database(path)
    assert again.current_revision() == HEAD_REVISION


def test_timestamps_come_back_in_utc(db: Database) -> None:
    from fieldmon.db.models import Draft

    almaty_time = datetime(2026, 8, 14, 15, 30, tzinfo=timezone(timedelta(hours=5)))
    with db.session() as session:
        session.add(Draft(key="k", payload="{}", updated_at=almaty_time))
    with db.read_session() as session:
        stored = session.get(Draft, "k")
        assert stored is not None
        assert stored.updated_at == almaty_time
        assert stored.updated_at.tzinfo == UTC


def test_naive_timestamps_are_refused(db: Database) -> None:
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError), db.session() as session:
        session.add(Setting(key="a", value="b"))
        from fieldmon.db.models import Draft

        session.add(Draft(key="k", payload="{}", updated_at=datetime(2026, 1, 1)))


def test_records_from_before_the_change_log_get_one_change_each(tmp_path: Path) -> None:
    """A database from revision 0003 with records: after the upgrade each record has one
    creation change, so it travels in data packages like records made later."""
    from sqlalchemy import create_engine, func, select

    from fieldmon.db.migrate import upgrade
    from fieldmon.db.models import Change, Visit
    from fieldmon.services import demo
    from fieldmon.services.packages import Scope, export_package

    path = tmp_path / "old.db"
    full = open_database(tmp_path / "source.db")
    demo.make_demo(full, 10, seed=7)
    full.dispose()
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0003")
    source = create_engine(f"sqlite:///{tmp_path / 'source.db'}")
    tables = ["place", "site", "visit", "history"]
    with source.connect() as src, engine.begin() as dst:
        for table in tables:
            # The columns revision 0003 has (later ones add columns).
            names = ", ".join(c["name"] for c in inspect(dst).get_columns(table))
            rows = src.execute(text(f"SELECT {names} FROM {table}")).mappings().all()
            if table == "place":
                rows = [r for r in rows if r["key"] is None]  # the registry comes at start-up
            if rows:
                columns = ", ".join(rows[0].keys())
                marks = ", ".join(f":{c}" for c in rows[0])
                dst.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({marks})"), list(rows))
    engine.dispose()
    source.dispose()

    db = open_database(path)
    with db.read_session() as session:
        visits = set(session.scalars(select(Visit.id)))
        changed = set(session.scalars(select(Change.record_id).where(Change.fields == "*")))
        assert len(visits) == 10 and visits <= changed
        assert session.scalar(select(func.count()).select_from(Change)) == len(changed)
    result = export_package(db, tmp_path / "p.fmpkg", "x", Scope(everything=True))
    assert result.records["visit"] == 10
    db.dispose()


def test_search_keys_are_filled_for_rows_saved_before_them(tmp_path: Path) -> None:
    """Revision 0005 computes every training's, borrower's and visit's search key with the
    app's own folding, so old rows are found like new ones."""
    import shutil

    from sqlalchemy import select

    from fieldmon.db.models import Borrower, Training, Visit
    from fieldmon.domain.text import normalize_name, search_key

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema-0004.db", path)
    db = open_database(path)
    with db.read_session() as session:
        trainings = session.execute(
            select(Training.code, Training.title, Training.topic, Training.search_key)
        ).all()
        borrowers = session.execute(select(Borrower.name, Borrower.name_key)).all()
        visits = session.execute(select(Visit.findings, Visit.findings_key)).all()
    db.dispose()
    assert trainings and borrowers and visits
    assert all(key == search_key(code, title, topic) for code, title, topic, key in trainings)
    assert all(key == normalize_name(name) and key for name, key in borrowers)
    assert all(key == normalize_name(findings) for findings, key in visits)
    assert any(key for _findings, key in visits)
