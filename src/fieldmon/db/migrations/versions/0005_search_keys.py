"""Search keys: trainings' code, title and topic, borrowers' names and visits' findings,
folded in Python and stored, so that searching them folds case for Cyrillic, Kazakh and
Latin alike on SQLite (whose lower() folds ASCII only) and PostgreSQL.

Rows saved before this revision get their keys here, computed by the same function the app
uses (`fieldmon.domain.text`; see `fieldmon.db.models.derived_keys`), a batch at a time.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 10:00:00
"""

import sqlalchemy as sa
from alembic import op

from fieldmon.domain.text import normalize_name, search_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 2000

# table → (key column, the columns it is computed from)
KEYS = {
    "training": ("search_key", ("code", "title", "topic")),
    "borrower": ("name_key", ("name",)),
    "visit": ("findings_key", ("findings",)),
}


def _key(table: str, row: sa.RowMapping) -> str:
    if table == "training":
        return search_key(row["code"], row["title"], row["topic"])
    return normalize_name(row["name" if table == "borrower" else "findings"] or "")


def upgrade() -> None:
    for table, (key, _sources) in KEYS.items():
        # NOT NULL with a default: SQLite adds the column in place, no copy of the table.
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(key, sa.Text(), server_default="", nullable=False))
    bind = op.get_bind()
    for table, (key, sources) in KEYS.items():
        rows = sa.table(table, sa.column("id", sa.Uuid()), *(sa.column(c) for c in sources))
        target = sa.table(table, sa.column("id", sa.Uuid()), sa.column(key))
        last = None
        while True:
            query = sa.select(rows).order_by(rows.c.id).limit(BATCH)
            if last is not None:
                query = query.where(rows.c.id > last)
            batch = bind.execute(query).mappings().all()
            if not batch:
                break
            bind.execute(
                target.update().where(target.c.id == sa.bindparam("b_id")),
                [{"b_id": r["id"], key: _key(table, r)} for r in batch],
            )
            last = batch[-1]["id"]


def downgrade() -> None:
    for table, (key, _sources) in KEYS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(key)
