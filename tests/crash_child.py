"""The process tests/test_crash.py kills: it runs one operation on a database and prints
`ready` once started, `ack <x>` after each operation it was told is saved, `done` at the end.

    python -m tests.crash_child import DB WORKBOOK
    python -m tests.crash_child package DB PACKAGE
    python -m tests.crash_child repayments DB LOAN_ID COUNT

An encrypted database is opened with the password in FIELDMON_PASSWORD.
"""

from __future__ import annotations

import os
import sys
import uuid
from datetime import date
from decimal import Decimal


def main(argv: list[str]) -> None:
    from fieldmon.db.engine import open_database

    operation, db_path, *rest = argv
    db = open_database(db_path, password=os.environ.get("FIELDMON_PASSWORD"))
    print("ready", flush=True)
    if operation == "import":
        from fieldmon.services.imports import import_visits

        result = import_visits(db, rest[0], "Crash Test", today=date(2026, 11, 21))
        print(f"ack {result.visits}", flush=True)
    elif operation == "package":
        from fieldmon.services.merge import import_package

        merged = import_package(db, rest[0])
        print(f"ack {merged.counts['visit'].new}", flush=True)
    elif operation == "repayments":
        from fieldmon.services.loans import post_repayment

        loan_id, count = uuid.UUID(rest[0]), int(rest[1])
        for n in range(count):
            receipt = f"R-{n:05d}"
            post_repayment(
                db, loan_id, date(2026, 3, 1), Decimal("100"), receipt, "Crash Test",
                today=date(2026, 11, 21),
            )  # fmt: skip
            print(f"ack {receipt}", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
