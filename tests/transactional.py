"""Transactional tests (live_server, worker processes) empty the database when they finish.

Migrations put reference data in it (areas, provinces, programmes…) that every other test
expects. Django's `serialized_rollback` keeps that data on the connection object, but the
live-server test replaces the connection object, after which `serialized_rollback` silently
restores nothing. So the data is snapshotted once per session and put back explicitly: before
a transactional test and after its module. Import the fixtures into a conftest.py.
"""

from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connections


def _restore(snapshot: dict[str, str]) -> None:
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    from registry.models import SocialArea

    if SocialArea.objects.exists():
        return
    # After a flush, post_migrate may have re-created content types and permissions under new
    # ids: the snapshot's rows (with the ids other rows point to) replace them.
    Permission.objects.all().delete()
    ContentType.objects.all().delete()
    ContentType.objects.clear_cache()
    for alias, contents in snapshot.items():
        if contents:
            connections[alias].creation.deserialize_db_from_string(contents)
    ContentType.objects.clear_cache()


@pytest.fixture(scope="session")
def migrated_data_snapshot(django_db_setup: Any, django_db_blocker: Any) -> dict[str, str]:
    with django_db_blocker.unblock():
        return {
            connection.alias: getattr(connection, "_test_serialized_contents", None)
            or connection.creation.serialize_db_to_string()
            for connection in connections.all()
        }


@pytest.fixture(scope="module")
def migrated_data_restored_after_module(
    migrated_data_snapshot: dict[str, str], django_db_blocker: Any
) -> Iterator[None]:
    yield
    with django_db_blocker.unblock():
        _restore(migrated_data_snapshot)


@pytest.fixture
def migrated_data(
    migrated_data_snapshot: dict[str, str], migrated_data_restored_after_module: None, django_db_blocker: Any
) -> None:
    """Request it in transactional tests: the migrated data is there during the test and after the module."""
    with django_db_blocker.unblock():
        _restore(migrated_data_snapshot)
