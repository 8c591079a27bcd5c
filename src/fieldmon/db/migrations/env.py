"""Alembic environment: runs on the connection handed over by fieldmon.db.migrate."""

from alembic import context

from fieldmon.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` run by hand from a checkout: connect to the configured URL
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place: batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
