"""Data packages at scale. Builds (bulk insert, cached in bench/.cache) an officer's database
of 100,000 records (99,000 visits at 1,000 sites, with their places) and a coordinator's
database of 1,000,000 other visits, each record with its change and history row. Then prints:

- export: `export_package --all` of the officer's 100,000 records;
- import: `import_package` of that package into a copy of the 1,000,000-record database
  (the whole check, then the field-by-field merge, one transaction);
- re-import: the same package again into the result (every record compared, nothing new);
- baseline: a plain bulk insert of the same rows (records, changes, history, read from the
  package) into another copy, in one transaction, with no checks and no merge; and the check
  alone (`open_package`: checksums, types, references), which the import includes.

Run: `.venv/bin/python bench/bench_package.py` (a few minutes on 2 cores; the databases take
about a minute the first time, then are cached). Not run in CI.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("FIELDMON_DATA_DIR", tempfile.mkdtemp(prefix="fieldmon-bench-"))

from sqlalchemy import insert  # noqa: E402

from fieldmon.db.changes import tracked_models  # noqa: E402
from fieldmon.db.engine import open_database  # noqa: E402
from fieldmon.db.models import Change, History  # noqa: E402
from fieldmon.services import places  # noqa: E402
from fieldmon.services.merge import import_package  # noqa: E402
from fieldmon.services.packages import (  # noqa: E402
    MANIFEST,
    Package,
    Scope,
    export_package,
    open_package,
)

CACHE = Path(__file__).resolve().parent / ".cache"
REGIONS = ("east-kazakhstan", "turkistan", "abai", "almaty-region", "karaganda")
N_SITES = 1_000
CHUNK = 50_000


def stamp(when: datetime) -> str:
    return when.replace(tzinfo=None).isoformat(sep=" ")


def build(path: Path, n_visits: int, seed: int) -> Path:
    """`n_visits` visits at N_SITES sites in 100 settlements, with changes and history."""
    if path.exists():
        with sqlite3.connect(path) as conn:
            if conn.execute("SELECT count(*) FROM visit").fetchone()[0] == n_visits:
                print(f"using cached {path.name}")
                return path
        path.unlink()
    started = time.perf_counter()
    open_database(path).dispose()
    rng = random.Random(seed)
    now = stamp(datetime.now(UTC))
    raw = sqlite3.connect(path)
    records: dict[str, list[tuple]] = {"place": [], "site": [], "visit": []}
    settlements = []
    for n in range(100):
        region = places.registry_id(REGIONS[n % len(REGIONS)]).hex
        pid = uuid.uuid4().hex
        name = f"Settlement {seed}-{n}"
        records["place"].append(
            (pid, now, now, "bench", "bench", "settlement", region, region, name, name.lower())
        )
        settlements.append((pid, region))
    sites = []
    for n in range(N_SITES):
        pid, region = settlements[n % len(settlements)]
        sid = uuid.uuid4().hex
        name = f"Site {seed}-{n}"
        records["site"].append(
            (
                sid,
                now,
                now,
                "bench",
                "bench",
                name,
                name.lower(),
                "microcredit_business",
                pid,
                region,
            )
        )
        sites.append(sid)
    start = date(2026, 1, 1)
    for _ in range(n_visits):
        day = (start + timedelta(days=rng.randrange(300))).isoformat()
        records["visit"].append(
            (uuid.uuid4().hex, now, now, "bench", "bench", day, "Bench Officer",
             rng.choice(sites), "routine", "yes", 1, rng.randrange(1, 40), "on_track",
             "Equipment installed and in use.", "")
        )  # fmt: skip
    tracked = "id, created_at, updated_at, created_by, updated_by"
    columns = {
        "place": f"{tracked}, kind, parent_id, region_id, name, name_key",
        "site": f"{tracked}, name, name_key, site_type, place_id, region_id",
        "visit": f"{tracked}, visit_date, officer, site_id, purpose, funds_used, equipment_ok, "
        "beneficiaries, rating, findings, follow_up",
    }
    seq = 0
    for table, rows in records.items():
        marks = ",".join("?" * len(columns[table].split(",")))
        for i in range(0, len(rows), CHUNK):
            chunk = rows[i : i + CHUNK]
            raw.executemany(f"INSERT INTO {table} ({columns[table]}) VALUES ({marks})", chunk)
            raw.executemany(
                "INSERT INTO change (id, table_name, record_id, fields, changed_at, changed_by, "
                "seq) VALUES (?, ?, ?, '*', ?, 'bench', ?)",
                [(uuid.uuid4().hex, table, r[0], now, seq + k) for k, r in enumerate(chunk, 1)],
            )
            seq += len(chunk)
            raw.executemany(
                "INSERT INTO history (id, table_name, record_id, action, changes, changed_by, "
                "changed_at) VALUES (?, ?, ?, 'create', '{}', 'bench', ?)",
                [(uuid.uuid4().hex, table, r[0], now) for r in chunk],
            )
    raw.commit()
    raw.close()
    print(f"built {path.name} in {time.perf_counter() - started:.0f} s")
    return path


def timed(label: str, work):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    print(f"{label:<58} {seconds:8.1f} s")
    return seconds, result


def bulk_insert(path: Path, package_path: Path) -> None:
    """The baseline: the package's rows straight into the tables, nothing compared."""
    db = open_database(path)
    with zipfile.ZipFile(package_path) as zf:
        package = Package(package_path, json.loads(zf.read(MANIFEST)))
    with db.session() as session:
        for table, model in tracked_models().items():
            for batch in package.rows(table):
                session.execute(insert(model.__table__), batch)
        seq = 10**9
        for batch in package.changes():
            session.execute(insert(Change), [r | {"seq": seq + n} for n, r in enumerate(batch)])
            seq += len(batch)
        for batch in package.history():
            session.execute(insert(History), batch)
    db.dispose()


def main() -> None:
    CACHE.mkdir(exist_ok=True)
    officer = build(CACHE / "package-officer-100k.db", 100_000 - N_SITES - 100, seed=1)
    coordinator = build(CACHE / "package-coordinator-1m.db", 1_000_000, seed=2)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        work = Path(tmp)
        package = work / "officer.fmpkg"
        db = open_database(officer)
        export, result = timed(
            "export 100,000 records (--all)",
            lambda: export_package(db, package, "Bench", Scope(everything=True)),
        )
        db.dispose()
        print(f"  package: {result.total:,} records, {package.stat().st_size / 1e6:.1f} MB")

        target = work / "coordinator.db"
        shutil.copy(coordinator, target)
        central = open_database(target)
        timed("  of which the check alone (open_package)", lambda: open_package(central, package))
        imported, merged = timed(
            "import into 1,000,000 records (check + merge)",
            lambda: import_package(central, package),
        )
        assert merged.counts["visit"].new == 100_000 - N_SITES - 100
        again, second = timed(
            "re-import the same package (nothing new)", lambda: import_package(central, package)
        )
        assert second.nothing_new
        central.dispose()

        plain = work / "plain.db"
        shutil.copy(coordinator, plain)
        baseline, _ = timed(
            "plain bulk insert of the same rows (baseline)", lambda: bulk_insert(plain, package)
        )
    print(f"import / bulk insert:    {imported / baseline:.2f}x")
    print(f"re-import / bulk insert: {again / baseline:.2f}x")


if __name__ == "__main__":
    main()
