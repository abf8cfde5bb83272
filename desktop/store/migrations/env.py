"""Alembic environment: runs on the connection the program hands over (see desktop.store.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desktop.store.models import every_table

target_metadata = every_table()


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # The sandbox gateway's tables belong to the gateway, not to the program's models.
    return not (type_ == "table" and name is not None and name.startswith("sandbox_"))


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        url = context.config.get_main_option("sqlalchemy.url")
        assert url, "pass a connection or set sqlalchemy.url"
        with create_engine(url).connect() as own:
            context.configure(
                connection=own,
                target_metadata=target_metadata,
                render_as_batch=True,
                include_object=include_object,
            )
            with context.begin_transaction():
                context.run_migrations()
            own.commit()
        return
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
