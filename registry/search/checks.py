"""System checks: refuse a database where the registry's search cannot work as designed."""

from collections.abc import Iterable
from typing import Any

from django.core.checks import CheckMessage, Error, Tags, register
from django.db import connections

from .backends import PostgresBackend


@register(Tags.database)
def search_database_check(
    app_configs: Any = None, databases: Iterable[str] | None = None, **kwargs: Any
) -> list[CheckMessage]:
    """PostgreSQL needs a UTF-8 ctype for pg_trgm to see Thai; SQLite needs FTS5."""
    messages: list[CheckMessage] = []
    for alias in databases or []:
        conn = connections[alias]
        if conn.vendor == "postgresql":
            messages.extend(PostgresBackend().problems(conn))
        elif conn.vendor == "sqlite":
            with conn.cursor() as cursor:
                cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
                if not cursor.fetchone()[0]:
                    messages.append(
                        Error("This SQLite library was built without FTS5, which search needs.", id="registry.E103")
                    )
    return messages
