"""Migration 0006: live repayments that share a loan and a receipt, saved before the rule
existed, are settled (first kept, the others reversed, nothing deleted) before the unique
index is made."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import select

from fieldmon.db.engine import open_database
from fieldmon.db.models import Change, History, Loan, Repayment

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_duplicate_receipts_from_before_the_rule_are_settled_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "fieldmon.db"
    shutil.copy(FIXTURES / "schema-0005.db", path)
    conn = sqlite3.connect(path)
    original = conn.execute(
        "SELECT id, loan_id, receipt_no, amount_minor, created_at FROM repayment "
        "WHERE reversed_at IS NULL ORDER BY created_at LIMIT 1"
    ).fetchone()
    copy_id = uuid.uuid4().hex
    later = "2099-01-01 00:00:00.000000"
    conn.execute(
        "INSERT INTO repayment (id, loan_id, paid_on, amount_minor, receipt_no, created_at, "
        "updated_at, created_by, updated_by) SELECT ?, loan_id, paid_on, amount_minor, "
        "receipt_no, ?, ?, 'Ерлан Сапаров', 'Ерлан Сапаров' FROM repayment WHERE id = ?",
        (copy_id, later, later, original[0]),
    )
    conn.commit()
    conn.close()

    db = open_database(path)
    try:
        with db.read_session() as session:
            rows = session.scalars(
                select(Repayment).where(
                    Repayment.loan_id == uuid.UUID(original[1]),
                    Repayment.receipt_no == original[2],
                )
            ).all()
            by_id = {r.id.hex: r for r in rows}
            assert set(by_id) == {original[0], copy_id}  # nothing deleted
            assert by_id[original[0]].reversed_at is None
            dropped = by_id[copy_id]
            assert dropped.reversed_at is not None and dropped.reversed_by == "fieldmon"
            assert "Ерлан Сапаров" in (dropped.reversal_reason or "")
            assert session.scalars(select(Change).where(Change.record_id == dropped.id)).all()
            assert session.scalars(
                select(History).where(History.record_id == dropped.id, History.action == "reverse")
            ).all()
            loan = session.get(Loan, uuid.UUID(original[1]))
            assert loan is not None
    finally:
        db.dispose()
