"""An index of the live visits with a follow-up action, for the counts of follow-ups open and
overdue (Home, `summary`, the Visits page's filter), which otherwise read every visit.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

WHERE = sa.text("deleted_at IS NULL AND follow_up <> ''")  # as in models.Visit


def upgrade() -> None:
    op.create_index(
        "ix_visit_live_follow_up",
        "visit",
        ["follow_up_due", "follow_up_closed_on", "visit_date"],
        unique=False,
        sqlite_where=WHERE,
        postgresql_where=WHERE,
    )


def downgrade() -> None:
    op.drop_index("ix_visit_live_follow_up", table_name="visit")
