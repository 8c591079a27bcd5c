"""The quarterly Excel report at scale. Builds (bulk insert, cached in bench/.cache) a
database with, in one quarter, 100,000 visits, 100,000 repayments (of 5,000 loans) and
100,000 attendance rows (2,000 events, 20,000 people), and a second one with 1,000,000
visits and the same loans and trainings. Then prints:

- the time of the whole report (`write_report`: three summaries, seven detail sheets as
  Excel tables with formats, escaping and totals), beside a raw openpyxl write-only dump
  of the same rows (the same queries, `ws.append(row)`, nothing else), measured in the same
  run, each in a fresh process, median of 3;
- the peak memory (max RSS of that process) of the report at 300,000 and at 1,200,000 rows.

Run: `.venv/bin/python bench/bench_report.py` (about 15 minutes on 2 cores; the databases
take 75 s the first time, then are cached); `--memory` times one run of each. Linux only
(peak memory is read from /proc). Not run in CI.
Targets (issue 5): report <= 1.3x the raw dump; peak memory with 1,000,000 rows on a sheet
no more than 50 MB above the 100,000-row run.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("FIELDMON_DATA_DIR", tempfile.mkdtemp(prefix="fieldmon-bench-"))

from fieldmon.db.engine import open_database  # noqa: E402
from fieldmon.domain.periods import parse_quarter  # noqa: E402
from fieldmon.domain.text import normalize_name, person_key  # noqa: E402
from fieldmon.services import places  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
QUARTER = parse_quarter("2026Q3")
N_LOANS, REPAYMENTS_PER_LOAN = 5_000, 20
N_EVENTS, PER_EVENT, N_PEOPLE = 2_000, 50, 20_000
REGIONS = ("east-kazakhstan", "turkistan", "abai", "almaty-region", "karaganda")
WORDS = [
    "оборудование", "установлено", "и", "используется", "по", "назначению,", "бизнес",
    "работает,", "наняты", "сотрудники", "из", "числа", "местных", "жителей,", "выручка",
]  # fmt: skip
CHUNK = 50_000


def day_in_quarter(rng: random.Random) -> str:
    return (QUARTER.start + timedelta(days=rng.randrange(92))).isoformat()


def insert(raw: sqlite3.Connection, table: str, columns: str, rows: list[tuple]) -> None:
    marks = ",".join("?" * len(columns.split(",")))
    for i in range(0, len(rows), CHUNK):
        raw.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows[i : i + CHUNK])


TRACKED = "id, created_at, updated_at, created_by, updated_by"


def insert_trainings(
    raw: sqlite3.Connection,
    rng: random.Random,
    tracked: Callable[[], tuple],
    regions: list[str],
    day: Callable[[], str],
    n_events: int,
    per_event: int = PER_EVENT,
    n_people: int = N_PEOPLE,
) -> None:
    """`n_people` people and `n_events` 3-day events on days from `day()`, each with
    `per_event` of them registered and marked (about two days in three present)."""
    people = []
    for n in range(n_people):
        name = f"Участник {n} {rng.choice(WORDS)}"
        sex = rng.choice(("female", "male"))
        people.append(
            (*tracked(), name, person_key(name), sex, rng.randint(1960, 2008), "farmer", "", "")
        )
    insert(
        raw,
        "person",
        f"{TRACKED}, full_name, name_key, sex, birth_year, category, organization, phone",
        people,
    )
    events, participations = [], []
    for n in range(n_events):
        region = rng.choice(regions)
        event = tracked()
        events.append(
            (*event, f"TR-{n:05d}", f"Семинар {n}", "seminar", day(), 3, region, region)
            + ("", "", "", "")
        )
        for person in rng.sample(people, per_event):
            marks = "".join(rng.choice("110") for _ in range(3))
            participations.append((*tracked(), event[0], person[0], marks, marks.count("1")))
    insert(
        raw,
        "training",
        f"{TRACKED}, code, title, kind, start_date, days, region_id, place_id, topic, venue,"
        " organizer, facilitator",
        events,
    )
    insert(
        raw,
        "participation",
        f"{TRACKED}, training_id, person_id, marks, days_present",
        participations,
    )


def build(path: Path, n_visits: int) -> Path:
    if path.exists():
        with sqlite3.connect(path) as conn:
            if conn.execute("SELECT count(*) FROM visit").fetchone()[0] == n_visits:
                print(f"using cached {path}")
                return path
        path.unlink()
    started = time.perf_counter()
    open_database(path).dispose()  # schema and place registry
    rng = random.Random(5)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")

    def tracked() -> tuple:
        return (uuid.uuid4().hex, now, now, "bench", "bench")

    regions = [places.registry_id(k).hex for k in REGIONS]
    raw = sqlite3.connect(path)
    sites = []
    for n in range(2_000):
        name = f"Объект {n} «{rng.choice(WORDS)}»"
        region = rng.choice(regions)
        sites.append((*tracked(), name, normalize_name(name), "health_facility", region, region))
    insert(raw, "site", f"{TRACKED}, name, name_key, site_type, place_id, region_id", sites)
    visits = []
    for _ in range(n_visits):
        findings = " ".join(rng.choices(WORDS, k=rng.randint(5, 25))).capitalize() + "."
        follow = rng.random() < 0.3
        visits.append(
            (
                *tracked(),
                day_in_quarter(rng),
                "Айгерим Нурланова",
                rng.choice(sites)[0],
                "routine",
                "yes",
                1,
                rng.randint(1, 200),
                "on_track",
                findings,
                "Проверить отчётность" if follow else "",
                day_in_quarter(rng) if follow else None,
                f"{rng.uniform(40, 55):.6f}",
                f"{rng.uniform(50, 87):.6f}",
            )
        )
    insert(
        raw,
        "visit",
        f"{TRACKED}, visit_date, officer, site_id, purpose, funds_used, equipment_ok,"
        " beneficiaries, rating, findings, follow_up, follow_up_due, latitude, longitude",
        visits,
    )
    del visits
    borrowers, loans, instalments, repayments = [], [], [], []
    for n in range(N_LOANS):
        region = rng.choice(regions)
        borrower = (*tracked(), "individual", f"Заёмщик {n}", region, region)
        borrowers.append(borrower)
        principal, term = 1_200_000_00, 12
        part = principal // term
        disbursed = date(2025, 10, 1) + timedelta(days=rng.randrange(60))
        first_due = disbursed + timedelta(days=30)
        loan = tracked()
        loans.append(
            (
                *loan,
                f"L-{n:06d}",
                borrower[0],
                "microcredit",
                "",
                principal,
                "KZT" if n % 5 else "USD",
                "0",
                "flat",
                term,
                disbursed.isoformat(),
                first_due.isoformat(),
                region,
                region,
                principal,
                (first_due + timedelta(days=30 * (term - 1))).isoformat(),
                0,
                first_due.isoformat(),
                principal,
            )
        )
        for seq in range(1, term + 1):
            due = first_due + timedelta(days=30 * (seq - 1))
            before = part * (seq - 1)
            instalments.append((loan[0], seq, due.isoformat(), part, 0, before, before))
        for k in range(REPAYMENTS_PER_LOAN):
            repayments.append((*tracked(), loan[0], day_in_quarter(rng), 1_000_00, f"R{n}-{k}"))
    insert(raw, "borrower", f"{TRACKED}, kind, name, place_id, region_id", borrowers)
    insert(
        raw,
        "loan",
        f"{TRACKED}, loan_no, borrower_id, product, purpose, principal_minor, currency,"
        " annual_rate_pct, method, term_months, disbursed_on, first_due_on, region_id,"
        " place_id, total_due_minor, final_due_on, paid_minor, next_due_on,"
        " outstanding_principal_minor",
        loans,
    )
    insert(
        raw,
        "instalment",
        "loan_id, seq, due_on, principal_minor, interest_minor, due_before_minor,"
        " principal_before_minor",
        instalments,
    )
    insert(raw, "repayment", f"{TRACKED}, loan_id, paid_on, amount_minor, receipt_no", repayments)
    insert_trainings(raw, rng, tracked, regions, lambda: day_in_quarter(rng), N_EVENTS)
    raw.commit()
    raw.execute("ANALYZE")
    raw.close()
    print(f"built {path} in {time.perf_counter() - started:.0f} s")
    return path


# --- the measured work, each in its own process ------------------------------------------------


def child(kind: str, db_path: str, out: str) -> None:
    from openpyxl import Workbook

    from fieldmon.reports.quarterly import ReportRequest, write_report
    from fieldmon.services.report_data import ReportData

    db = open_database(db_path)
    started = time.perf_counter()
    if kind == "report":
        rows = write_report(db, ReportRequest(QUARTER), out).rows
    else:  # the same rows, appended as they come, nothing else
        workbook = Workbook(write_only=True)
        rows = 0
        with db.snapshot() as session:
            for table in ReportData(QUARTER, None).tables():
                ws = workbook.create_sheet(table.key)
                for row in table.rows(session):
                    ws.append(row)
                    rows += 1
        workbook.save(out)
    seconds = time.perf_counter() - started
    # VmHWM: this process's peak resident memory (ru_maxrss would include the parent's,
    # inherited across fork)
    status = Path("/proc/self/status").read_text()
    peak_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
    peak_mb = peak_kb / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "rows": rows}))


def measure(kind: str, db: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(db), f"{tmp}/out.xlsx"],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    CACHE.mkdir(exist_ok=True)
    small = build(CACHE / "report-100k.db", 100_000)
    large = build(CACHE / "report-1m.db", 1_000_000)

    print("\nquarterly report, 100,000 visits + 100,000 repayments + 100,000 attendance rows")
    runs: dict[str, list[dict]] = {"raw": [], "report": []}
    for _ in range(1 if "--memory" in sys.argv else 3):
        for kind in ("raw", "report"):
            runs[kind].append(measure(kind, small))
    raw = statistics.median(r["seconds"] for r in runs["raw"])
    report = statistics.median(r["seconds"] for r in runs["report"])
    rows = runs["report"][0]["rows"]
    print(f"  raw write-only dump of the same rows  {raw:6.1f} s  ({rows:,} rows)")
    print(
        f"  whole report                          {report:6.1f} s  {report / raw:.2f}x baseline"
        "   target <= 1.3x"
    )

    print("\npeak memory (max RSS of the process)")
    small_mb = max(r["peak_mb"] for r in runs["report"])
    big = measure("report", large)
    print(f"  report, {rows:>9,} rows                {small_mb:6.0f} MB")
    print(
        f"  report, {big['rows']:>9,} rows                {big['peak_mb']:6.0f} MB  "
        f"{big['peak_mb'] - small_mb:+.0f} MB   target <= +50 MB   ({big['seconds']:.0f} s)"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
    else:
        main()
