"""Training events and participations; people gain a category and an organization.

Written out in full, like 0001 and 0002, so later model changes do not change what it creates.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 09:03:30.398861
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("min_days", sa.Integer(), nullable=True),
        sa.Column("region_id", sa.Uuid(), nullable=False),
        sa.Column("place_id", sa.Uuid(), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("organizer", sa.String(length=200), nullable=False),
        sa.Column("facilitator", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["place_id"], ["place.id"], name=op.f("fk_training_place_id_place")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["place.id"], name=op.f("fk_training_region_id_place")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training")),
        sa.UniqueConstraint("code", name=op.f("uq_training_code")),
    )
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_start_date"), ["start_date"], unique=False)

    op.create_table(
        "participation",
        sa.Column("training_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("marks", sa.String(length=60), nullable=False),
        sa.Column("days_present", sa.Integer(), nullable=False),
        sa.Column("pre_score", sa.Integer(), nullable=True),
        sa.Column("post_score", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_participation_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_participation_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation")),
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participation_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "ix_participation_training_person", ["training_id", "person_id"], unique=True
        )

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("category", sa.String(length=40), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("organization", sa.String(length=200), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("organization")
        batch_op.drop_column("category")

    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index("ix_participation_training_person")
        batch_op.drop_index(batch_op.f("ix_participation_person_id"))

    op.drop_table("participation")
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_start_date"))
        batch_op.drop_index(batch_op.f("ix_training_region_id"))

    op.drop_table("training")
