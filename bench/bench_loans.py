"""Loans at scale: builds a database of 100,000 loans of 12 instalments with about 600,000
repayments (bulk insert, cached in bench/.cache), then prints, each beside a baseline
measured in the same run:

- classifying every loan as of a quarter's end and building the whole summary, beside a
  plain SQL count of the same rows (loans joined to their instalments, repayments summed);
- the loans list: first page and the status-bar count, unfiltered, by status, by text and
  sorted by outstanding, beside a plain `SELECT ... LIMIT 200`;
- posting one repayment through the service (validation, history, state refresh), beside a
  plain one-row INSERT and commit.

Run: `.venv/bin/python bench/bench_loans.py [--loans N]`. Not run in CI.
Target (issue 3): classification + summary <= 2 s at 100,000 loans.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("FIELDMON_DATA_DIR", tempfile.mkdtemp(prefix="fieldmon-bench-"))

from sqlalchemy import delete, select  # noqa: E402
from timing import median_of, ms  # noqa: E402

from fieldmon.db.engine import Database, open_database  # noqa: E402
from fieldmon.db.models import Instalment, Loan  # noqa: E402
from fieldmon.domain.loans import LoanStatus, LoanTerms, Method, Product, allocate, schedule  # noqa: E402
from fieldmon.domain.money import Currency, to_minor  # noqa: E402
from fieldmon.domain.periods import parse_quarter  # noqa: E402
from fieldmon.services import loans, places, profile  # noqa: E402
from fieldmon.services.loans import LoanFilter  # noqa: E402
from fieldmon.services.summary import summary  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
N_BORROWERS = 2000
QUARTER = "2026Q3"


def borrowers(db: Database) -> list[tuple[str, str, str]]:
    """A few thousand real borrowers through the services: (borrower id, place id, region id)."""
    from tests.factories import borrower_input, loan_fields, person_fields  # noqa: PLC0415

    rng = random.Random(3)
    regions = [
        places.registry_id(k) for k in ("east-kazakhstan", "turkistan", "almaty-region", "abai")
    ]
    with db.session() as session:
        for n in range(N_BORROWERS):
            person = person_fields(full_name=f"Заемщик {n}", birth_year=1960 + n % 40)
            where = borrower_input(
                rng.choice(regions),
                person,
                district=f"Район {n % 20}",
                settlement=f"Село {n % 200}",
            )
            loans.write_loan(session, loan_fields(loan_no=f"SEED-{n}"), where, "bench")
        rows = session.execute(select(Loan.borrower_id, Loan.place_id, Loan.region_id)).all()
        session.execute(delete(Instalment))
        session.execute(delete(Loan))
    return [(b.hex, p.hex, r.hex) for b, p, r in rows]


def build(path: Path, n_loans: int) -> Database:
    if path.exists():
        db = open_database(path)
        with db.engine.connect() as conn:
            have = conn.exec_driver_sql("SELECT count(*) FROM loan").scalar()
        if have == n_loans:
            print(f"using cached {path} ({n_loans:,} loans)")
            return db
        db.dispose()
        path.unlink()
    started = time.perf_counter()
    db = open_database(path)
    profile.set_officer(db, "bench")
    who = borrowers(db)
    rng = random.Random(1)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    loan_rows, inst_rows, pay_rows = [], [], []
    for n in range(n_loans):
        currency = Currency.USD if n % 10 == 0 else Currency.KZT
        principal = (
            Decimal(rng.randrange(200, 5000))
            if currency == Currency.USD
            else Decimal(rng.randrange(100_000, 5_000_000))
        )
        disbursed = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 1000))
        method = Method.FLAT if n % 3 else Method.DECLINING
        terms = LoanTerms(
            principal,
            currency,
            Decimal(rng.choice([0, 12, 18, 24])),
            method,
            12,
            disbursed + timedelta(days=30),
            disbursed,
        )
        lines = schedule(terms)
        loan_id = uuid.uuid4().hex
        due_before = principal_before = 0
        for inst in lines:
            p, i = to_minor(inst.principal, currency), to_minor(inst.interest, currency)
            inst_rows.append(
                (loan_id, inst.seq, inst.due_on.isoformat(), p, i, due_before, principal_before)
            )
            due_before += p + i
            principal_before += p
        # behaviour: most pay on time, some stop, some pay late or partly
        habit = rng.random()
        paid = Decimal(0)
        for inst in lines:
            if inst.due_on > date(2026, 11, 20) or (habit < 0.15 and rng.random() < 0.5):
                break
            late = rng.randrange(0, 60) if habit < 0.3 else rng.randrange(-5, 3)
            amount = inst.total if habit > 0.1 else (inst.total / 2).quantize(Decimal("0.01"))
            day = min(inst.due_on + timedelta(days=late), date(2026, 11, 20))
            pay_rows.append(
                (
                    uuid.uuid4().hex,
                    loan_id,
                    day.isoformat(),
                    to_minor(amount, currency),
                    f"R{len(pay_rows)}",
                    now,
                    now,
                    "bench",
                    "bench",
                )
            )
            paid += amount
        allocation = allocate(lines, paid)
        next_due = next(
            (
                i.due_on.isoformat()
                for i, a in zip(lines, allocation, strict=True)
                if a.total < i.total
            ),
            None,
        )
        outstanding = to_minor(
            principal - sum((a.principal for a in allocation), Decimal(0)), currency
        )
        borrower, place, region = who[n % len(who)]
        loan_rows.append(
            (
                loan_id,
                f"L-{n:06d}",
                borrower,
                rng.choice(list(Product)).value,
                "",
                to_minor(principal, currency),
                currency.value,
                str(terms.annual_rate_pct),
                method.value,
                12,
                disbursed.isoformat(),
                terms.first_due_on.isoformat(),
                None,
                region,
                place,
                due_before,
                lines[-1].due_on.isoformat(),
                to_minor(paid, currency),
                next_due,
                outstanding,
                now,
                now,
                "bench",
                "bench",
            )
        )
    raw = sqlite3.connect(path)
    raw.executemany(
        "INSERT INTO loan (id, loan_no, borrower_id, product, purpose, principal_minor, currency, annual_rate_pct,"
        " method, term_months, disbursed_on, first_due_on, approved_on, region_id, place_id, total_due_minor,"
        " final_due_on, paid_minor, next_due_on, outstanding_principal_minor, created_at, updated_at, created_by,"
        " updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        loan_rows,
    )
    raw.executemany("INSERT INTO instalment VALUES (?,?,?,?,?,?,?)", inst_rows)
    raw.executemany(
        "INSERT INTO repayment (id, loan_id, paid_on, amount_minor, receipt_no, created_at, updated_at,"
        " created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?)",
        pay_rows,
    )
    raw.commit()
    raw.execute("ANALYZE")
    raw.close()
    print(
        f"built {path}: {n_loans:,} loans, {len(inst_rows):,} instalments, {len(pay_rows):,} repayments "
        f"in {time.perf_counter() - started:.0f} s"
    )
    return db


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=100_000)
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"loans-{args.loans}.db"
    db = build(path, args.loans)
    period = parse_quarter(QUARTER)
    raw = sqlite3.connect(path)

    def baseline() -> None:
        raw.execute(
            "SELECT count(*), sum(i.principal_minor) FROM loan l JOIN instalment i ON i.loan_id = l.id"
            " WHERE l.deleted_at IS NULL AND l.disbursed_on <= ?",
            (period.end.isoformat(),),
        ).fetchall()
        raw.execute(
            "SELECT loan_id, sum(amount_minor) FROM repayment WHERE reversed_at IS NULL AND paid_on <= ?"
            " GROUP BY loan_id",
            (period.end.isoformat(),),
        ).fetchall()

    def portfolio() -> None:
        with db.read_session() as session:
            loans.portfolio(session, period.end)

    figures = summary(db, period)
    print(
        f"\nas of {period.end}: {figures['loans.count']:,} loans — repaid {figures['loans.repaid']:,}, "
        f"overdue {figures['loans.overdue']:,}, due next quarter {figures['loans.due_next_quarter']:,}, "
        f"current {figures['loans.current']:,}; PAR30 {figures['loans.par30']}"
    )
    base = median_of(baseline)
    classify = median_of(portfolio)
    whole = median_of(lambda: summary(db, period))
    print("\nclassification and summary (median of 5)")
    print(f"  plain SQL count of the same rows   {ms(base)}")
    print(f"  classify every loan (portfolio)    {ms(classify)}   {classify / base:5.1f}x baseline")
    print(
        f"  whole summary (visits + loans)     {ms(whole)}   {whole / base:5.1f}x baseline   target <= 2000 ms"
    )

    today = date.today()
    plain = median_of(
        lambda: raw.execute(
            "SELECT id, loan_no, outstanding_principal_minor FROM loan ORDER BY loan_no LIMIT 200"
        ).fetchall()
    )
    print("\nloans list: first page of 200 + count (median of 5)")
    print(f"  plain SELECT ... LIMIT 200         {ms(plain)}")
    cases = {
        "no filter": (LoanFilter(), "loan_no", False),
        "status overdue": (LoanFilter(status=LoanStatus.OVERDUE), "loan_no", False),
        "text 'L-0999'": (LoanFilter(text="L-0999"), "loan_no", False),
        "Cyrillic 'ЗАЕМЩИК 123' (folded)": (LoanFilter(text="ЗАЕМЩИК 123"), "loan_no", False),
        "sorted by outstanding": (LoanFilter(), "outstanding", True),
        "USD, microleasing": (
            LoanFilter(currency=Currency.USD, product=Product.MICROLEASING),
            "loan_no",
            False,
        ),
    }
    for name, (flt, sort, desc) in cases.items():

        def page(flt: LoanFilter = flt, sort: str = sort, desc: bool = desc) -> None:
            with db.read_session() as session:
                loans.list_loans(session, flt, sort=sort, descending=desc, today=today)
                loans.count_loans(session, flt, today)

        took = median_of(page)
        print(f"  {name:<34} {ms(took)}   {took / plain:6.1f}x baseline")

    with db.read_session() as session:
        target_id = session.scalar(select(Loan.id).where(Loan.next_due_on.is_not(None)).limit(1))
    assert target_id is not None
    run = uuid.uuid4().hex[:8]  # the cached database keeps earlier runs' receipts
    counter = iter(range(10**6))

    def post() -> None:
        loans.post_repayment(
            db, target_id, today, Decimal("0.01"), f"B{run}-{next(counter)}", "bench"
        )

    def insert() -> None:
        raw.execute(
            "INSERT INTO setting (key, value) VALUES (?, 'x')", (f"bench-{uuid.uuid4().hex}",)
        )
        raw.commit()

    post_time, insert_time = median_of(post), median_of(insert)
    print("\nposting one repayment (median of 5)")
    print(f"  plain INSERT + commit              {ms(insert_time)}")
    print(
        f"  post_repayment (checks, history)   {ms(post_time)}   {post_time / insert_time:5.1f}x baseline"
    )
    raw.execute("DELETE FROM setting WHERE key LIKE 'bench-%'")
    raw.commit()
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
