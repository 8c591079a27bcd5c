"""Records belong to a project (`project_id` on site, visit, loan and training; existing
records stay without one), and projects have indicators and typed values (issue 19).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 13:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
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
    # A nullable column with a reference: SQLite adds it in place with an inline REFERENCES
    # (Alembic would copy the table, a million visits); PostgreSQL adds it and the constraint.
    op.add_column("project", sa.Column("regions", sa.Text(), nullable=False, server_default=""))
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in ("site", "visit", "loan", "training"):
        if sqlite:
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN project_id CHAR(32) REFERENCES project (id)"
            )
        else:
            op.add_column(table, sa.Column("project_id", sa.Uuid(), nullable=True))
            op.create_foreign_key(
                f"fk_{table}_project_id_project", table, "project", ["project_id"], ["id"]
            )
    for table in ("site", "loan", "training"):
        op.create_index(f"ix_{table}_project_id", table, ["project_id"])
    # with the site, a project's counts of visits and of sites visited read the index only
    op.create_index(
        "ix_visit_live_project",
        "visit",
        ["project_id", "visit_date", "site_id"],
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    # The open follow-ups of a project (in a region) are counted from the follow-up index.
    follow_up = sa.text("deleted_at IS NULL AND follow_up <> ''")
    op.drop_index("ix_visit_live_follow_up", table_name="visit")
    op.create_index(
        "ix_visit_live_follow_up",
        "visit",
        ["follow_up_due", "follow_up_closed_on", "visit_date", "project_id", "site_id"],
        sqlite_where=follow_up,
        postgresql_where=follow_up,
    )
    op.create_table(
        "indicator",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("level", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("measure", sa.String(length=120), nullable=False),
        sa.Column("region_id", sa.Uuid(), nullable=True),
        sa.Column("baseline", sa.String(length=40), nullable=True),
        sa.Column("target", sa.String(length=40), nullable=True),
        sa.Column("year_targets", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_indicator_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["place.id"], name=op.f("fk_indicator_region_id_place")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    op.create_index("ix_indicator_project_code", "indicator", ["project_id", "code"], unique=True)
    op.create_table(
        "indicator_value",
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("period", sa.String(length=6), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_value_indicator_id_indicator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
    )
    op.create_index(
        "ix_indicator_value_indicator_period",
        "indicator_value",
        ["indicator_id", "period"],
        unique=True,
    )


def downgrade() -> None:
    with op.batch_alter_table("project") as batch:
        batch.drop_column("regions")
    op.drop_table("indicator_value")
    op.drop_table("indicator")
    op.drop_index("ix_visit_live_project", table_name="visit")
    op.drop_index("ix_visit_live_follow_up", table_name="visit")
    follow_up = sa.text("deleted_at IS NULL AND follow_up <> ''")
    op.create_index(
        "ix_visit_live_follow_up",
        "visit",
        ["follow_up_due", "follow_up_closed_on", "visit_date"],
        sqlite_where=follow_up,
        postgresql_where=follow_up,
    )
    for table in ("site", "loan", "training"):
        op.drop_index(f"ix_{table}_project_id", table_name=table)
    for table in ("site", "visit", "loan", "training"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("project_id")
