"""The Home page at scale: on the visits and the loans benchmark databases (built by
bench_visits.py and bench_loans.py, cached in bench/.cache), prints the time to read the
Home page's data (`services.home.home`: two quarters of `summary`, the chart series, the
Attention list) and to lay it out in the page, each beside baselines measured in the same
run: one quarter's `summary` alone, and a plain SQL count of the table's rows.

Run: `.venv/bin/python bench/bench_home.py [--visits N] [--loans N]` (defaults 1,000,000
and 100,000, as the other benchmarks; a quick check: `--visits 20000 --loans 5000`).
Not run in CI. Target (issue 16): the page opens in well under a second.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDMON_DATA_DIR", tempfile.mkdtemp(prefix="fieldmon-bench-"))

import bench_loans  # noqa: E402
import bench_visits  # noqa: E402
from timing import median_of, ms  # noqa: E402

from fieldmon.db.engine import Database  # noqa: E402
from fieldmon.domain.periods import previous, quarter_of  # noqa: E402
from fieldmon.services.home import home  # noqa: E402
from fieldmon.services.summary import summary  # noqa: E402


def measure(name: str, db: Database, plain_name: str, plain_sql: str, today: date) -> None:
    assert db.path is not None
    raw = sqlite3.connect(db.path)
    this = quarter_of(today)
    start, end = previous(this).start.isoformat(), this.end.isoformat()
    plain = median_of(lambda: raw.execute(plain_sql, (start, end)).fetchall())
    one_summary = median_of(lambda: summary(db, quarter_of(today)))
    data = median_of(lambda: home(db, today))

    from PySide6.QtWidgets import QApplication

    from fieldmon.ui.home_page import HomePage

    _app = QApplication.instance() or QApplication([])
    page = HomePage(db)
    found = home(db, today)
    layout = median_of(lambda: page.show_data(found))
    print(f"\n{name}, Home as of {today}")
    print(f"{'measure':52} {'fieldmon':>11} {'baseline':>11} {'ratio':>7}")
    print(
        f"{'Home data, beside one summary':52} {ms(data)} {ms(one_summary)} {data / one_summary:6.1f}x"
    )
    print(f"{'Home data, beside ' + plain_name:52} {ms(data)} {ms(plain)} {data / plain:6.1f}x")
    print(f"{'Home page laid out (data read)':52} {ms(layout)}")
    print(f"{'Home opened (data + layout)':52} {ms(data + layout)}  (target: well under 1 s)")


def newest(db: Database) -> date:
    """The newest visit's day: the generated visits end before today, so look from there."""
    assert db.path is not None
    day = sqlite3.connect(db.path).execute("SELECT max(visit_date) FROM visit").fetchone()[0]
    return date.fromisoformat(day) if day else date.today()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--loans", type=int, default=100_000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench_loans uses tests/
    bench_visits.CACHE.mkdir(exist_ok=True)
    print(
        f"fieldmon Home benchmark, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}"
    )
    visits_db = bench_visits.build(bench_visits.CACHE / f"visits-{args.visits}.db", args.visits)
    measure(
        f"{args.visits:,} visits",
        visits_db,
        "SQL: two quarters' visits and sites",
        "SELECT count(*), count(DISTINCT site_id) FROM visit"
        " WHERE deleted_at IS NULL AND visit_date BETWEEN ? AND ?",
        newest(visits_db),
    )
    visits_db.dispose()
    loans_db = bench_loans.build(bench_loans.CACHE / f"loans-{args.loans}.db", args.loans)
    # The loans database's dates centre on its quarter: look at it from that quarter's end.
    as_of = bench_loans.parse_quarter(bench_loans.QUARTER).end
    measure(
        f"{args.loans:,} loans",
        loans_db,
        "SQL: loans joined to instalments",
        "SELECT count(*), sum(i.principal_minor) FROM loan l JOIN instalment i"
        " ON i.loan_id = l.id WHERE l.deleted_at IS NULL AND l.disbursed_on BETWEEN ? AND ?",
        as_of,
    )
    loans_db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
