"""A project's results at scale: 30 indicators over 1,000,000 visits (spread over 21 months),
the 100,000 loans of bench_loans.py (with their ~600,000 repayments) and 2,000 training
events with 100,000 participations of 20,000 people, three quarters of every kind of record
in the project measured, the rest in another. Built once (bulk insert, cached in
bench/.cache/results.db, about 3 minutes the first time).

Prints, median of 3 runs each, in one process:
- `summary` of the project for 2026Q3 (every section, one pass each): the baseline;
- `results` of the project's 30 indicators for 2026Q3 (this quarter, year to date and since
  the project's start, 1.1.2025): flows of visits, loans, repayments and trainings, unique
  people, stocks (loans outstanding, PAR30, open follow-ups), 3 manual ones and 2 limited to
  a region — and its ratio to the baseline;
- the same results without the 2 region-limited indicators (each region adds its own
  passes).

Run: `.venv/bin/python bench/bench_results.py`. Not run in CI.
Target (issue 19): the 30 indicators' results in <= 2x one summary of the same period.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("FIELDMON_DATA_DIR", tempfile.mkdtemp(prefix="fieldmon-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_loans  # noqa: E402
from bench_report import REGIONS, TRACKED, WORDS, insert, insert_trainings  # noqa: E402
from timing import median_of, ms  # noqa: E402

from fieldmon.db.engine import Database, open_database  # noqa: E402
from fieldmon.domain.periods import parse_quarter  # noqa: E402
from fieldmon.domain.text import normalize_name  # noqa: E402
from fieldmon.services import indicators, places, projects, results  # noqa: E402
from fieldmon.services.indicators import IndicatorFields  # noqa: E402
from fieldmon.services.summary import summary  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
QUARTER = parse_quarter("2026Q3")
START = date(2025, 1, 1)
DAYS = (QUARTER.end - START).days + 1
N_VISITS, N_SITES = 1_000_000, 5_000
N_EVENTS, PER_EVENT, N_PEOPLE = 2_000, 50, 20_000
PROJECT, OTHER = "UNHS", "ЕҚДБ-2"

MEASURES = [
    "visits.count", "visits.sites", "visits.follow_ups_open", "loans.count", "loans.repaid",
    "loans.overdue", "loans.due_next_quarter", "loans.current", "loans.disbursed_in_period",
    "loans.outstanding[KZT]", "loans.outstanding[USD]", "loans.par30[KZT]",
    "loans.by_product[microcredit]", "loans.by_product[microleasing]", "repayments.count", "repayments.amount[KZT]",
    "training.events", "training.participations", "training.participants",
    "training.participants.female", "training.participants.male", "training.completed",
    "training.person_days", "training.by_category[farmer]", "training.by_age_group[25-34]",
    "manual", "manual", "manual",
]  # fmt: skip
REGIONAL = [("visits.count", "east-kazakhstan"), ("training.participants.female", "turkistan")]


def build(path: Path) -> Database:
    if path.exists():
        with sqlite3.connect(path) as conn:
            done = conn.execute("SELECT count(*) FROM visit").fetchone()[0]
        if done >= N_VISITS:
            print(f"using cached {path}")
            db = open_database(path)
            framework(db, random.Random(19))
            return db
        path.unlink()
    started = time.perf_counter()
    source = CACHE / f"loans-{100_000}.db"
    bench_loans.build(source, 100_000).dispose()
    shutil.copyfile(source, path)
    open_database(path).dispose()  # migrated to head
    rng = random.Random(19)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")

    def tracked() -> tuple[str, ...]:
        return (uuid.uuid4().hex, now, now, "bench", "bench")

    def day() -> str:
        return (START + timedelta(days=rng.randrange(DAYS))).isoformat()

    regions = [places.registry_id(k).hex for k in REGIONS]
    raw = sqlite3.connect(path)
    sites = []
    for n in range(N_SITES):
        name = f"Объект {n} «{rng.choice(WORDS)}»"
        region = rng.choice(regions)
        sites.append((*tracked(), name, normalize_name(name), "health_facility", region, region))
    insert(raw, "site", f"{TRACKED}, name, name_key, site_type, place_id, region_id", sites)
    visits = []
    for _ in range(N_VISITS):
        follow = rng.random() < 0.3
        visits.append(
            (
                *tracked(),
                day(),
                "Айгерим Нурланова",
                rng.choice(sites)[0],
                "routine",
                "yes",
                1,
                rng.randint(1, 200),
                "on_track",
                " ".join(rng.choices(WORDS, k=8)),
                "Проверить отчётность" if follow else "",
                day() if follow else None,
            )
        )
    insert(
        raw,
        "visit",
        f"{TRACKED}, visit_date, officer, site_id, purpose, funds_used, equipment_ok,"
        " beneficiaries, rating, findings, follow_up, follow_up_due",
        visits,
    )
    del visits
    insert_trainings(raw, rng, tracked, regions, day, N_EVENTS, PER_EVENT, N_PEOPLE)
    raw.commit()
    raw.close()
    db = open_database(path)
    for code in (PROJECT, OTHER):
        projects.save_project(
            db, projects.ProjectFields(code, f"Жоба {code}", "ЮНИСЕФ", START), "bench"
        )
    one, other = (projects.project_id(c).hex for c in (PROJECT, OTHER))
    with db.engine.begin() as conn:
        for table in ("site", "visit", "loan", "training"):
            conn.exec_driver_sql(
                f"UPDATE {table} SET project_id = CASE WHEN rowid % 4 = 0 THEN ? ELSE ? END",
                (other, one),
            )
        conn.exec_driver_sql("ANALYZE")
    framework(db, rng)
    print(f"built {path} in {time.perf_counter() - started:.0f} s")
    return db


def framework(db: Database, rng: random.Random) -> None:
    """The project's 30 indicators (those missing), with manual values for every quarter."""
    project = projects.project_id(PROJECT)
    have = {r.code for r in indicators.list_indicators(db, project)}
    for n, measure in enumerate(MEASURES, start=1):
        code = f"1.{n}"
        if code in have:
            continue
        fields = IndicatorFields(project, code, f"Көрсеткіш {n}", measure, target=Decimal(1000))
        indicators.save_indicator(db, fields, "bench")
        if measure == "manual":
            for quarter in indicators.quarters(START, QUARTER.end):
                indicator = indicators.indicator_id(project, code)
                indicators.set_value(
                    db, indicator, quarter, Decimal(rng.randint(1, 50)), "", "bench"
                )
    for n, (measure, region) in enumerate(REGIONAL, start=1):
        if f"2.{n}" in have:
            continue
        fields = IndicatorFields(
            project, f"2.{n}", f"Өңір {n}", measure, region_id=places.registry_id(region)
        )
        indicators.save_indicator(db, fields, "bench")


def main() -> None:
    CACHE.mkdir(exist_ok=True)
    db = build(CACHE / "results.db")
    project = projects.project_id(PROJECT)
    found = results.results(db, project, QUARTER)
    assert len(found.indicators) == 30
    baseline = median_of(lambda: summary(db, QUARTER, project_id=project), repeat=3)
    every = median_of(lambda: results.results(db, project, QUARTER), repeat=3)

    with db.session() as session:  # the region-limited ones, set aside for one measurement
        session.execute(
            indicators.Indicator.__table__.update()
            .where(indicators.Indicator.code.in_(["2.1", "2.2"]))
            .values(deleted_at=datetime.now(UTC))
        )
    try:
        national = median_of(lambda: results.results(db, project, QUARTER), repeat=3)
    finally:
        with db.session() as session:
            session.execute(
                indicators.Indicator.__table__.update()
                .where(indicators.Indicator.code.in_(["2.1", "2.2"]))
                .values(deleted_at=None)
            )
    print(
        f"project {PROJECT}, {QUARTER.label}, 1,000,000 visits / 100,000 loans / 100,000 attendances"
    )
    print(f"  summary of the project (baseline)        {ms(baseline)}")
    print(
        f"  results, 30 indicators                   {ms(every)}   {every / baseline:4.2f}x baseline"
    )
    print(
        f"  results, 28 (no region-limited ones)     {ms(national)}   {national / baseline:4.2f}x baseline"
    )
    sample = {r.code: r for r in found.indicators}
    for code in ("1.1", "1.19", "1.10", "2.1"):
        r = sample[code]
        print(
            f"    {code:<5} {r.measure:<32} {r.period!s:>14} {r.year_to_date!s:>14} {r.cumulative!s:>14}"
        )


if __name__ == "__main__":
    main()
