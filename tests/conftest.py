"""Shared fixtures. The suite runs on SQLite (embedded default) and PostgreSQL + Redis."""

import pytest
from django.db import connection


@pytest.fixture
def on_postgres() -> bool:
    return connection.vendor == "postgresql"


@pytest.fixture
def thailand():
    from registry.models import Country

    return Country.objects.get(iso2="TH")
