"""An encrypted database (SQLCipher) beside a plain one, measured in the same run:

- the summary of the loans benchmark database (bench_loans.py builds and caches it: 100,000
  loans by default), on a plain copy and on an encrypted copy of the same file;
- a 30,000-row visits import into a new plain database and into a new encrypted one;
- opening an encrypted database: the key's derivation (Argon2id, the shipped parameters)
  and the whole `open_database`, beside opening the plain one;
- encrypting the loans database in place (once);
- the process's resident memory before the summaries, after the plain ones and after the
  encrypted ones (an encrypted connection keeps decrypted pages in SQLite's cache: see
  crypto.CACHE_KIB).

Run: `.venv/bin/python bench/bench_encryption.py [--loans N] [--rows N]`. Not run in CI.
Aim (issue 17): encrypted within 1.25x of plain.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("FIELDMON_DATA_DIR", tempfile.mkdtemp(prefix="fieldmon-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.factories, for bench_loans

from bench_loans import CACHE, QUARTER, build  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from timing import median_of, ms  # noqa: E402

from fieldmon.db import crypto, protection  # noqa: E402
from fieldmon.db.engine import open_database  # noqa: E402
from fieldmon.domain.periods import parse_quarter  # noqa: E402
from fieldmon.services.imports import import_visits  # noqa: E402
from fieldmon.services.summary import summary  # noqa: E402

PASSWORD = "Шығыс-2026 көктем"
VISIT_HEADER = [
    "visit_date", "officer", "region", "district", "settlement", "site", "site_type",
    "purpose", "funds_used", "equipment_ok", "beneficiaries", "rating", "findings",
    "follow_up", "follow_up_due", "latitude", "longitude",
]  # fmt: skip


def resident_mb() -> float:
    """The process's resident memory now, in MB (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def line(name: str, plain: float, encrypted: float) -> None:
    print(f"  {name:<34} plain {ms(plain)}   encrypted {ms(encrypted)}   {encrypted / plain:5.2f}x")


def visits_workbook(path: Path, n: int) -> Path:
    rng = random.Random(7)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Visits")
    ws.append(VISIT_HEADER)
    start = date(2026, 1, 1)
    for i in range(n):
        ws.append(
            [
                (start + timedelta(days=i % 300)).strftime("%d.%m.%Y"),
                "Ерлан Сапаров",
                "ВКО",
                f"Район {i % 15}",
                f"Село Көктөбе {i % 300}",
                f"Мини-пекарня {i % 1200}",
                "microcredit_business",
                "routine",
                "yes",
                "да",
                rng.randrange(1, 40),
                "on_track",
                f"Жабдық жұмыс істейді, {i}",
                "",
                None,
                49.95,
                82.61,
            ]
        )
    wb.save(path)
    return path


def new_database(folder: Path, encrypted: bool) -> Path:
    folder.mkdir(parents=True)
    path = folder / "fieldmon.db"
    open_database(path).dispose()
    if encrypted:
        protection.encrypt_database(path, PASSWORD, recovery=False)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loans", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument(
        "--imports", type=int, default=3, help="imports of each kind timed (0: none)"
    )
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="fieldmon-bench-encryption-"))
    try:
        cached = CACHE / f"loans-{args.loans}.db"
        build(cached, args.loans).dispose()
        plain_path = work / "plain" / "fieldmon.db"
        secret_path = work / "encrypted" / "fieldmon.db"
        for path in (plain_path, secret_path):
            path.parent.mkdir()
            shutil.copy(cached, path)
        started = time.perf_counter()
        protection.encrypt_database(secret_path, PASSWORD)
        took = time.perf_counter() - started
        size = secret_path.stat().st_size / 1e6
        print(f"\nencrypting {args.loans:,} loans in place ({size:.0f} MB): {ms(took)}")

        print("\nopening (median of 5)")
        params = crypto.KDF
        salt = os.urandom(16)
        derive = median_of(lambda: crypto.derive(PASSWORD, salt, params))
        print(
            f"  Argon2id, {params.memory_cost // 1024} MiB, {params.iterations} passes, "
            f"{params.lanes} lanes  {ms(derive)}"
        )

        def open_plain() -> None:
            open_database(plain_path).dispose()

        def open_secret() -> None:
            crypto.forget_all()
            open_database(secret_path, password=PASSWORD).dispose()

        line("open_database", median_of(open_plain), median_of(open_secret))

        period = parse_quarter(QUARTER)
        plain_db = open_database(plain_path)
        secret_db = open_database(secret_path, password=PASSWORD)
        try:
            assert summary(plain_db, period) == summary(secret_db, period)
            print(f"\nsummary of {args.loans:,} loans as of {period.end} (median of 5)")
            before = resident_mb()
            plain_time = median_of(lambda: summary(plain_db, period))
            after_plain = resident_mb()
            secret_time = median_of(lambda: summary(secret_db, period))
            line("whole summary", plain_time, secret_time)
            print(
                f"  memory in use: before {before:.0f} MB, after the plain summaries "
                f"{after_plain:.0f} MB, after the encrypted ones {resident_mb():.0f} MB"
            )
        finally:
            plain_db.dispose()
            secret_db.dispose()

        if args.imports == 0:
            return 0
        book = visits_workbook(work / "visits.xlsx", args.rows)
        times: dict[bool, list[float]] = {False: [], True: []}
        for n in range(args.imports):
            for encrypted in (False, True):
                path = new_database(work / f"import-{n}-{encrypted}", encrypted)
                db = open_database(path, password=PASSWORD if encrypted else None)
                started = time.perf_counter()
                result = import_visits(db, book, "Ерлан Сапаров")
                times[encrypted].append(time.perf_counter() - started)
                db.dispose()
                assert result.visits == args.rows, result
        print(f"\nimport of {args.rows:,} visit rows (median of {args.imports})")
        line(
            "import_visits",
            statistics.median(times[False]),
            statistics.median(times[True]),
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
