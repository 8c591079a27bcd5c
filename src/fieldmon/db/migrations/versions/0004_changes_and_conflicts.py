"""The merge's change log and conflicts; every record already there gets one change.

Records saved before this revision have no changes yet: each gets one creation change (`*`)
dated its `updated_at`, so that they travel in data packages like records made later.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TRACKED = (
    "place",
    "site",
    "person",
    "borrower",
    "loan",
    "repayment",
    "training",
    "participation",
    "visit",
)


def upgrade() -> None:
    op.create_table(
        "change",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change")),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_seq"), ["seq"], unique=False)

    op.create_table(
        "conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=False),
        sa.Column("kept_by", sa.String(length=200), nullable=False),
        sa.Column("kept_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("other_value", sa.Text(), nullable=False),
        sa.Column("other_by", sa.String(length=200), nullable=False),
        sa.Column("other_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_record_id"), ["record_id"], unique=False)

    sqlite = op.get_bind().dialect.name == "sqlite"
    # A new random id per record: SQLite's Uuid column holds 32 hex digits.
    new_id = "lower(hex(randomblob(16)))" if sqlite else "gen_random_uuid()"
    for table in TRACKED:
        op.execute(
            f"INSERT INTO change (id, table_name, record_id, fields, changed_at, changed_by, seq) "
            f"SELECT {new_id}, '{table}', id, '*', updated_at, updated_by, 0 FROM {table}"
        )


def downgrade() -> None:
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_record_id"))
    op.drop_table("conflict")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_seq"))
        batch_op.drop_index(batch_op.f("ix_change_record_id"))
    op.drop_table("change")
