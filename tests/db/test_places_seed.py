"""db/ seeds the place registry by itself: opening a database does not need services/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from fieldmon.db.engine import Database
from fieldmon.db.models import Place, Setting
from fieldmon.db.places_seed import registry_data, registry_id
from fieldmon.services import places

SERVICES_LOADED = "[m for m in sys.modules if m.startswith('fieldmon.services')]"


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_importing_the_engine_imports_no_service() -> None:
    assert run(f"import fieldmon.db.engine, sys; print({SERVICES_LOADED})") == "[]"


def test_opening_a_database_seeds_places_without_importing_services(tmp_path: Path) -> None:
    file = tmp_path / "seed.sqlite"
    code = (
        "import sys\n"
        "from sqlalchemy import func, select\n"
        "from fieldmon.db.engine import open_database\n"
        "from fieldmon.db.models import Place\n"
        f"db = open_database({str(file)!r})\n"
        "with db.read_session() as s:\n"
        "    print(s.scalar(select(func.count()).select_from(Place)))\n"
        "db.dispose()\n"
        f"print({SERVICES_LOADED})\n"
    )
    count, loaded = run(code).splitlines()
    assert loaded == "[]"
    assert int(count) == len(registry_data()["places"])


def test_services_places_re_exports_the_seed(db: Database) -> None:
    assert places.registry_id("abai") == registry_id("abai")
    with db.read_session() as session:
        version = session.get(Setting, "place_registry_version")
        assert version is not None and version.value == str(registry_data()["version"])
        east = session.get(Place, registry_id("east-kazakhstan"))
        assert east is not None and east.name_kk == "Шығыс Қазақстан облысы"
        total = session.scalar(select(func.count()).select_from(Place))
    places.ensure_registry(db)  # the same version again: nothing changes
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Place)) == total
