"""Transactional tests (live_server, worker processes) empty the database when they finish.

Migrations put reference data in it (areas, provinces, programmes…) that every other test
expects. Django's `serialized_rollback` keeps that data on the connection object, but the
live-server test replaces the connection object, after which `serialized_rollback` silently
restores nothing. So the data is snapshotted once per session and put back explicitly: before
a transactional test and after its module (the fixtures: tests/conftest.py).
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connections

from registry.models import SocialArea


def restore(snapshot: dict[str, str]) -> None:
    """Put the migrated data back from `snapshot` if a transactional test emptied the database."""
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


def snapshot() -> dict[str, str]:
    """The migrated data of every test database, serialised (once per session)."""
    return {
        connection.alias: getattr(connection, "_test_serialized_contents", None)
        or connection.creation.serialize_db_to_string()
        for connection in connections.all()
    }
