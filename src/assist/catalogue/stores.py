"""Which store a home uses: PostgreSQL when `ASSIST_DATABASE_URL` is set, else SQLite.

A module of its own so that the SQLite store and the PostgreSQL one (which reuses the SQLite
store's values) do not import each other.
"""

from __future__ import annotations

from assist.catalogue.store import Store


def open_store(settings):
    """The store `settings` name: PostgreSQL when `ASSIST_DATABASE_URL` is set (a
    `pg_store.PgStore`, same methods), else SQLite under `ASSIST_HOME`."""
    if settings.database_url:
        from assist.catalogue.pg_store import PgStore, database  # psycopg only when asked

        return PgStore(database(settings.database_url, settings.database_public_url))
    return Store(settings.home)
