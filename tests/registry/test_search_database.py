"""Search refuses a PostgreSQL database whose ctype hides Thai from pg_trgm; SQLite needs FTS5."""

import pytest
from django.db import connection

from registry.search.backends import PostgresBackend, SearchConfigurationError
from registry.search.checks import search_database_check

pytestmark = pytest.mark.django_db


def test_the_test_database_passes_the_search_checks():
    assert search_database_check(databases=["default"]) == []


@pytest.mark.postgres
def test_a_c_ctype_postgres_database_is_refused_with_a_clear_message():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    import psycopg
    from django.db.backends.postgresql.base import DatabaseWrapper

    settings = connection.settings_dict
    name = f"{settings['NAME']}_cctype"
    admin = psycopg.connect(
        dbname="postgres",
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        autocommit=True,
    )
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
    c_database = DatabaseWrapper({**settings, "NAME": name}, alias="cctype")
    try:
        errors = PostgresBackend().problems(c_database)
        assert [e.id for e in errors] == ["registry.E101"]
        assert "LC_CTYPE is C" in errors[0].msg and "C.UTF-8" in errors[0].msg
        with pytest.raises(SearchConfigurationError, match="Search refuses to run"):
            PostgresBackend().ensure_usable(c_database)
    finally:
        c_database.close()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()
