"""People, borrowers, loans with their schedules, repayments.

Written out in full, like 0001, so later model changes do not change what it creates.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 08:30:45.542872
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "borrower",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("place_id", sa.Uuid(), nullable=False),
        sa.Column("region_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_borrower_place_id_place")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["place.id"], name=op.f("fk_borrower_region_id_place")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_borrower")),
    )
    op.create_table(
        "person",
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=False),
        sa.Column("iin", sa.String(length=12), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("place_id", sa.Uuid(), nullable=True),
        sa.Column("region_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_person_place_id_place")),
        sa.ForeignKeyConstraint(
            ["region_id"], ["place.id"], name=op.f("fk_person_region_id_place")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_iin"), ["iin"], unique=False)
        batch_op.create_index("ix_person_name_year", ["name_key", "birth_year"], unique=False)

    op.create_table(
        "borrower_member",
        sa.Column("borrower_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["borrower_id"], ["borrower.id"], name=op.f("fk_borrower_member_borrower_id_borrower")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_borrower_member_person_id_person")
        ),
        sa.PrimaryKeyConstraint("borrower_id", "position", name=op.f("pk_borrower_member")),
    )
    with op.batch_alter_table("borrower_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_borrower_member_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "loan",
        sa.Column("loan_no", sa.String(length=40), nullable=False),
        sa.Column("borrower_id", sa.Uuid(), nullable=False),
        sa.Column("product", sa.String(length=20), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("principal_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("annual_rate_pct", sa.String(length=40), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("disbursed_on", sa.Date(), nullable=False),
        sa.Column("first_due_on", sa.Date(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("region_id", sa.Uuid(), nullable=False),
        sa.Column("place_id", sa.Uuid(), nullable=False),
        sa.Column("total_due_minor", sa.BigInteger(), nullable=False),
        sa.Column("final_due_on", sa.Date(), nullable=False),
        sa.Column("paid_minor", sa.BigInteger(), nullable=False),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column("outstanding_principal_minor", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["borrower_id"], ["borrower.id"], name=op.f("fk_loan_borrower_id_borrower")
        ),
        sa.ForeignKeyConstraint(["place_id"], ["place.id"], name=op.f("fk_loan_place_id_place")),
        sa.ForeignKeyConstraint(["region_id"], ["place.id"], name=op.f("fk_loan_region_id_place")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
        sa.UniqueConstraint("loan_no", name=op.f("uq_loan_loan_no")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_borrower_id"), ["borrower_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_next_due_on"), ["next_due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_place_id"), ["place_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_region_id"), ["region_id"], unique=False)

    op.create_table(
        "instalment",
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("principal_minor", sa.BigInteger(), nullable=False),
        sa.Column("interest_minor", sa.BigInteger(), nullable=False),
        sa.Column("due_before_minor", sa.BigInteger(), nullable=False),
        sa.Column("principal_before_minor", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_instalment_loan_id_loan")),
        sa.PrimaryKeyConstraint("loan_id", "seq", name=op.f("pk_instalment")),
    )
    with op.batch_alter_table("instalment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instalment_due_on"), ["due_on"], unique=False)

    op.create_table(
        "repayment",
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("receipt_no", sa.String(length=40), nullable=False),
        sa.Column("reversed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reversed_by", sa.String(length=200), nullable=True),
        sa.Column("reversal_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_repayment_loan_id_loan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repayment")),
    )
    with op.batch_alter_table("repayment", schema=None) as batch_op:
        batch_op.create_index("ix_repayment_loan", ["loan_id", "paid_on"], unique=False)
        batch_op.create_index(
            "ix_repayment_live_loan",
            ["loan_id", "paid_on", "amount_minor"],
            unique=False,
            sqlite_where=sa.text("reversed_at IS NULL"),
            postgresql_where=sa.text("reversed_at IS NULL"),
        )
        batch_op.create_index(
            "ix_repayment_live_paid_on",
            ["paid_on", "loan_id", "amount_minor"],
            unique=False,
            sqlite_where=sa.text("reversed_at IS NULL"),
            postgresql_where=sa.text("reversed_at IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("repayment", schema=None) as batch_op:
        batch_op.drop_index("ix_repayment_live_paid_on")
        batch_op.drop_index("ix_repayment_live_loan")
        batch_op.drop_index("ix_repayment_loan")

    op.drop_table("repayment")
    with op.batch_alter_table("instalment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instalment_due_on"))

    op.drop_table("instalment")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_region_id"))
        batch_op.drop_index(batch_op.f("ix_loan_place_id"))
        batch_op.drop_index(batch_op.f("ix_loan_next_due_on"))
        batch_op.drop_index(batch_op.f("ix_loan_borrower_id"))

    op.drop_table("loan")
    with op.batch_alter_table("borrower_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_borrower_member_person_id"))

    op.drop_table("borrower_member")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_name_year")
        batch_op.drop_index(batch_op.f("ix_person_iin"))

    op.drop_table("person")
    op.drop_table("borrower")
