"""Alembic environment for Jumelage: batch mode for SQLite, the same pragmas as the app."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from jumelage.persistence import models  # noqa: F401  (registers the tables)
from jumelage.persistence.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        engine = create_engine(str(config.get_main_option("sqlalchemy.url")))
        with engine.connect() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connectable)


def _run(connection: object) -> None:
    # Batch operations rebuild tables; foreign keys must be off while they do, then checked.
    # (The PRAGMA starts SQLAlchemy's implicit transaction: end it, or Alembic would think it
    # runs inside the caller's transaction and never commit.)
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # type: ignore[attr-defined]
    connection.commit()  # type: ignore[attr-defined]
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()  # type: ignore[attr-defined]


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
