"""Evidence: files (`blob`, stored once by SHA-256) attached to visits, loans and trainings
(`attachment`, a tracked record) (issue 20).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TRACKED = (
    ("id", sa.Uuid(), False),
    ("created_at", sa.DateTime(timezone=True), False),
    ("updated_at", sa.DateTime(timezone=True), False),
    ("created_by", sa.String(length=200), False),
    ("updated_by", sa.String(length=200), False),
    ("deleted_at", sa.DateTime(timezone=True), True),
)


def _tracked() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column(name, kind, nullable=nullable) for name, kind, nullable in TRACKED]


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("taken_at", sa.String(length=19), nullable=True),
        sa.Column("latitude", sa.Numeric(precision=9, scale=6), nullable=True),
        sa.Column("longitude", sa.Numeric(precision=9, scale=6), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("preview", sa.LargeBinary(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob")),
    )
    op.create_table(
        "attachment",
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("loan_id", sa.Uuid(), nullable=True),
        sa.Column("training_id", sa.Uuid(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_attachment_visit_id_visit")
        ),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_attachment_loan_id_loan")),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_attachment_training_id_training")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blob.sha256"], name=op.f("fk_attachment_sha256_blob")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    for column in ("visit_id", "loan_id", "training_id", "sha256"):
        op.create_index(f"ix_attachment_{column}", "attachment", [column])


def downgrade() -> None:
    op.drop_table("attachment")
    op.drop_table("blob")
