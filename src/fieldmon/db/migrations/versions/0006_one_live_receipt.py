"""One receipt per loan among live repayments, as a rule of the database.

Before the index is made, live repayments that share a loan and a receipt (the same receipt
typed on two laptops, then merged) are settled as the merge now settles them
(`fieldmon.domain.receipts`): the one posted first is kept and each other is reversed, with a
reason naming both officers, a change (so the reversal travels in packages) and a history
entry. Nothing is deleted.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:00:00
"""

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from fieldmon.domain import receipts

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LIVE = "reversed_at IS NULL AND deleted_at IS NULL AND receipt_no <> ''"  # the index


def _utc(value):  # SQLite hands back naive datetimes (stored as UTC)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# The columns this revision reads and writes, typed as the models type them (UUIDs are
# CHAR(32) on SQLite), frozen here so later model changes do not change this migration.
_UTC = sa.DateTime(timezone=True)
rev = sa.table(
    "repayment",
    sa.column("id", sa.Uuid),
    sa.column("loan_id", sa.Uuid),
    sa.column("paid_on", sa.Date),
    sa.column("amount_minor", sa.BigInteger),
    sa.column("receipt_no", sa.String),
    sa.column("created_at", _UTC),
    sa.column("created_by", sa.String),
    sa.column("reversed_at", _UTC),
    sa.column("reversed_by", sa.String),
    sa.column("reversal_reason", sa.Text),
    sa.column("deleted_at", _UTC),
)
change = sa.table(
    "change",
    sa.column("id", sa.Uuid),
    sa.column("table_name", sa.String),
    sa.column("record_id", sa.Uuid),
    sa.column("fields", sa.Text),
    sa.column("changed_at", _UTC),
    sa.column("changed_by", sa.String),
    sa.column("seq", sa.BigInteger),
)
history = sa.table(
    "history",
    sa.column("id", sa.Uuid),
    sa.column("table_name", sa.String),
    sa.column("record_id", sa.Uuid),
    sa.column("action", sa.String),
    sa.column("changes", sa.Text),
    sa.column("changed_by", sa.String),
    sa.column("changed_at", _UTC),
)
loan = sa.table("loan", sa.column("id", sa.Uuid), sa.column("currency", sa.String))


def _store(value: datetime, sqlite: bool) -> datetime:
    value = value.astimezone(UTC)
    return value.replace(tzinfo=None) if sqlite else value


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    live = sa.and_(rev.c.reversed_at.is_(None), rev.c.deleted_at.is_(None), rev.c.receipt_no != "")
    groups = conn.execute(
        sa.select(rev.c.loan_id, rev.c.receipt_no)
        .where(live)
        .group_by(rev.c.loan_id, rev.c.receipt_no)
        .having(sa.func.count() > 1)
    ).all()
    if groups:
        seq = conn.execute(sa.select(sa.func.max(change.c.seq))).scalar() or 0
        for loan_id, receipt_no in groups:
            rows = conn.execute(
                sa.select(rev).where(live, rev.c.loan_id == loan_id, rev.c.receipt_no == receipt_no)
            ).mappings()
            posted = [
                receipts.Posted.of(dict(r) | {"created_at": _utc(r["created_at"])}) for r in rows
            ]
            currency = conn.execute(sa.select(loan.c.currency).where(loan.c.id == loan_id)).scalar()
            kept = posted[0]
            for other in posted[1:]:
                kept = receipts.first_and_second(kept, other)[0]
            for dropped in posted:
                if dropped.id == kept.id:
                    continue
                amount = f"{kept.amount_minor / 100:.2f} {currency}"
                values = receipts.reversal(kept, dropped, amount)
                values["reversed_at"] = _store(values["reversed_at"], sqlite)
                conn.execute(sa.update(rev).where(rev.c.id == dropped.id).values(**values))
                seq += 1
                conn.execute(
                    sa.insert(change).values(
                        id=receipts.change_id(dropped.id),
                        table_name="repayment",
                        record_id=dropped.id,
                        fields="reversal_reason reversed_at reversed_by",
                        changed_at=values["reversed_at"],
                        changed_by=receipts.REVERSER,
                        seq=seq,
                    )
                )
                conn.execute(
                    sa.insert(history).values(
                        id=receipts.history_id(dropped.id),
                        table_name="repayment",
                        record_id=dropped.id,
                        action="reverse",
                        changes=json.dumps(
                            {"reversal_reason": [None, values["reversal_reason"]]},
                            ensure_ascii=False,
                        ),
                        changed_by=receipts.REVERSER,
                        changed_at=_store(datetime.now(UTC), sqlite),
                    )
                )
    op.create_index(
        "ux_repayment_live_receipt",
        "repayment",
        ["loan_id", "receipt_no"],
        unique=True,
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )


def downgrade() -> None:
    op.drop_index("ux_repayment_live_receipt", table_name="repayment")
