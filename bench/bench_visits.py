"""Visits at scale: builds a database of 1,000,000 visits (bulk insert, cached in
bench/.cache), then prints, each beside a baseline measured in the same run:

- cold start to main window shown, beside a bare PySide6 window (separate processes);
- first rows of the visits list, beside the same page as a plain SQL query;
- filters (region, text, officer, dates) including the status-bar count, beside plain SQL;
- saving one visit through the service, beside a plain one-row INSERT and commit.

Run: `make bench` (or `.venv/bin/python bench/bench_visits.py [--visits N]`). Not run in CI.
Targets (issue 2): first rows <= 200 ms, filter <= 300 ms, save <= 50 ms at 1M visits;
start-up <= 3x the bare window.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDMON_DATA_DIR", tempfile.mkdtemp(prefix="fieldmon-bench-"))
os.environ["XDG_CONFIG_HOME"] = os.environ["FIELDMON_DATA_DIR"]

from timing import median_of as best_of  # noqa: E402
from timing import ms

from fieldmon.db.engine import Database, open_database  # noqa: E402
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType  # noqa: E402
from fieldmon.domain.text import normalize_name  # noqa: E402
from fieldmon.domain.visits import VisitFields  # noqa: E402
from fieldmon.services import places, profile, visits  # noqa: E402
from fieldmon.services.demo import GEOGRAPHY, OFFICERS  # noqa: E402
from fieldmon.services.places import PlaceInput  # noqa: E402
from fieldmon.services.visits import SiteInput, VisitFilter  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
N_SITES = 5000
FINDINGS = "Средства использованы по назначению."
RARE_FINDINGS = "Оборудование простаивает: нет сырья."  # one visit in 1,000


def build(path: Path, n_visits: int) -> Database:
    if path.exists():
        db = open_database(path)
        with db.engine.connect() as conn:
            have = conn.exec_driver_sql("SELECT count(*) FROM visit").scalar()
        if have == n_visits:
            print(f"using cached {path} ({n_visits:,} visits)")
            return db
        db.dispose()
        path.unlink()
    started = time.perf_counter()
    db = open_database(path)
    profile.set_officer(db, "bench")
    rng = random.Random(1)
    with db.session() as session:
        site_ids = []
        keys = list(GEOGRAPHY)
        for i in range(N_SITES):
            key = keys[i % len(keys)]
            district, settlements, _lat, _lon = GEOGRAPHY[key][i % len(GEOGRAPHY[key])]
            where = PlaceInput(places.registry_id(key), district, rng.choice(settlements))
            site = visits.get_or_create_site(
                session, SiteInput(f"Объект №{i}", rng.choice(list(SiteType)), where), "bench"
            )
            site_ids.append(site.id.hex)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    start_day = date(2016, 1, 1)
    purposes, funds, ratings = list(Purpose), list(FundsUsed), list(Rating)

    def rows():  # type: ignore[no-untyped-def]
        for i in range(n_visits):
            day = start_day + timedelta(days=rng.randrange(3650))
            follow = i % 5 == 0
            yield (
                uuid.UUID(int=rng.getrandbits(128), version=4).hex,
                day.isoformat(),
                rng.choice(OFFICERS),
                rng.choice(site_ids),
                rng.choice(purposes).value,
                rng.choice(funds).value,
                1,
                rng.randrange(100),
                rng.choice(ratings).value,
                findings := RARE_FINDINGS if i % 1000 == 0 else FINDINGS,
                normalize_name(findings),
                "Проверить книгу продаж" if follow else "",
                (day + timedelta(days=30)).isoformat() if follow else None,
                now,
                now,
                "bench",
                "bench",
            )

    raw = sqlite3.connect(path)
    raw.executemany(
        "INSERT INTO visit (id, visit_date, officer, site_id, purpose, funds_used, equipment_ok,"
        " beneficiaries, rating, findings, findings_key, follow_up, follow_up_due, created_at,"
        " updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows(),
    )
    raw.commit()
    raw.execute("ANALYZE")
    raw.close()
    print(f"built {path} with {n_visits:,} visits in {time.perf_counter() - started:.1f} s")
    return db


STARTUP = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication
{body}
app.processEvents()
print(time.time() - t0)
{after}
"""
BARE = "from PySide6.QtWidgets import QMainWindow\napp = QApplication([])\nw = QMainWindow(); w.resize(1200, 720); w.show()"
# What run_gui does: the frame first, then the database and the first page of the list.
APP = (
    "from fieldmon.ui.app import application, open_pages\n"
    "from fieldmon.ui.i18n import install_translators\nfrom fieldmon.ui.main_window import MainWindow\n"
    "app = application(); install_translators('en')\n"
    "w = MainWindow(lang='en'); w.show()"
)
APP_AFTER = (
    "assert open_pages(w, sys.argv[2]) and w.visits_page.model.rowCount() > 0\n"
    "app.processEvents()\nprint(time.time() - t0)"
)


def cold_start(body: str, db_path: Path, after: str = "", repeat: int = 5) -> list[float]:
    """Median seconds from launching Python to each printed point."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                STARTUP.format(body=body, after=after),
                str(time.time()),
                str(db_path),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append([float(x) for x in done.stdout.split()])
    return [statistics.median(column) for column in zip(*runs, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"visits-{args.visits}.db"
    db = build(path, args.visits)
    raw = sqlite3.connect(path)

    print(
        f"\nfieldmon visits benchmark, {args.visits:,} visits, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}"
    )
    print(f"{'measure':44} {'fieldmon':>11} {'baseline':>11} {'ratio':>7}")

    def line(name: str, ours: float, base: float, target: str = "") -> None:
        print(f"{name:44} {ms(ours)} {ms(base)} {ours / base:6.1f}x  {target}")

    db.dispose()  # the started apps take the database's writer lock
    shown, with_rows = cold_start(APP, path, APP_AFTER)
    (bare,) = cold_start(BARE, path)
    db = open_database(path)
    line("cold start to main window shown", shown, bare, "(target <= 3x)")
    line("cold start to first rows of the list shown", with_rows, bare)

    from PySide6.QtWidgets import QApplication

    from fieldmon.ui.visits_model import VisitTableModel

    _app = QApplication.instance() or QApplication([])
    model = VisitTableModel(db, {})
    model.reload()  # warm the page cache as a started app has
    first_rows = best_of(model.reload)
    plain_page = best_of(
        lambda: raw.execute(
            "SELECT * FROM visit WHERE deleted_at IS NULL ORDER BY visit_date DESC, id DESC LIMIT 200"
        ).fetchall()
    )
    line("first rows of the list (200)", first_rows, plain_page, "(target <= 200 ms)")
    scroll = best_of(lambda: model.fetchMore(), repeat=5)
    line("next page while scrolling (200)", scroll, plain_page)

    east = places.registry_id("east-kazakhstan")
    # Baseline: the plain SQL for the same rows: the first page and the count.
    plain = (
        "SELECT {what} FROM visit v JOIN site s ON s.id = v.site_id "
        "WHERE v.deleted_at IS NULL AND {where}"
    )
    filters = {
        "filter: region": (VisitFilter(region_id=east), "s.region_id = ?", (east.hex,)),
        "filter: officer": (VisitFilter(officer=OFFICERS[2]), "v.officer = ?", (OFFICERS[2],)),
        "filter: one quarter": (
            VisitFilter(date_from=date(2024, 7, 1), date_to=date(2024, 9, 30)),
            "v.visit_date BETWEEN ? AND ?",
            ("2024-07-01", "2024-09-30"),
        ),
        "filter: text matching one site": (
            VisitFilter(text="объект №4242"),
            "s.name_key LIKE ?",
            ("%объект №4242%",),
        ),
        "filter: text matching many sites": (
            VisitFilter(text="объект №1"),
            "s.name_key LIKE ?",
            ("%объект №1%",),
        ),
        "filter: findings, 1 visit in 1,000": (
            VisitFilter(text="ПРОСТАИВАЕТ", findings=True),
            "v.findings_key LIKE ?",
            ("%простаивает%",),
        ),
        "filter: findings, every visit": (
            VisitFilter(text="НАЗНАЧЕНИЮ", findings=True),
            "v.findings_key LIKE ?",
            ("%назначению%",),
        ),
        "no filter": (VisitFilter(), "1", ()),
    }
    for name, (flt, where, params) in filters.items():

        def apply(flt: VisitFilter = flt) -> None:
            model.set_filter(flt)
            model.count()

        def baseline(where: str = where, params: tuple = params) -> None:
            page = (
                plain.format(what="v.*", where=where)
                + " ORDER BY v.visit_date DESC, v.id DESC LIMIT 200"
            )
            raw.execute(page, params).fetchall()
            raw.execute(plain.format(what="count(*)", where=where), params).fetchall()

        line(name + " (page + count)", best_of(apply), best_of(baseline), "(target <= 300 ms)")

    from fieldmon.services.search import find

    def plain_find() -> None:  # the plain SQL of the visits part, the largest
        for pattern in ("%объект №4242%", "%простаивает%"):
            where = "s.name_key LIKE ? OR v.findings_key LIKE ?"
            raw.execute(
                plain.format(what="v.*", where=where)
                + " ORDER BY v.visit_date DESC, v.id DESC LIMIT 20",
                (pattern, pattern),
            ).fetchall()
            raw.execute(plain.format(what="count(*)", where=where), (pattern, pattern)).fetchall()

    line(
        "find everywhere (Ctrl+K), 2 searches",
        best_of(lambda: (find(db, "ОБЪЕКТ №4242"), find(db, "простаивает"))),
        best_of(plain_find),
        "(all four kinds; baseline: visits' SQL)",
    )

    site = SiteInput("Объект №17", None, PlaceInput(None))
    with db.read_session() as session:
        from fieldmon.db.models import Site

        row = session.get(
            Site,
            uuid.UUID(raw.execute("SELECT id FROM site WHERE name = 'Объект №17'").fetchone()[0]),
        )
        assert row is not None
        chain = places.path_of(session, row.place_id)
    names = {p.kind: p.name for p in chain}
    site = SiteInput(
        "Объект №17",
        None,
        PlaceInput(chain[0].id, names.get("district", ""), names.get("settlement", "")),
    )
    fields_ = VisitFields(
        date(2026, 8, 14),
        "bench",
        Purpose.ROUTINE,
        FundsUsed.YES,
        True,
        12,
        Rating.ON_TRACK,
        "Оборудование работает.",
    )
    save = best_of(lambda: visits.save_visit(db, fields_, site, "bench"), repeat=20)
    counter = iter(range(10**6))
    insert = best_of(
        lambda: (
            raw.execute(
                "INSERT INTO setting (key, value) VALUES (?, 'x')",
                (f"bench-{next(counter)}-{uuid.uuid4()}",),
            ),
            raw.commit(),
        ),
        repeat=20,
    )
    line("save one visit (service, with history)", save, insert, "(target <= 50 ms)")
    raw.execute("DELETE FROM setting WHERE key LIKE 'bench-%'")
    raw.commit()


if __name__ == "__main__":
    main()
