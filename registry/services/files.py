"""Stored files (logos) removed once the transaction that stopped using them commits."""

from django.db import transaction
from django.db.models.fields.files import FieldFile

from ..models import (
    Venture,
    VentureRevision,
)


def _logo_in_use(name: str) -> bool:
    return Venture.objects.filter(logo=name).exists() or VentureRevision.objects.open().filter(logo=name).exists()


def delete_file_after_commit(field_file: FieldFile | None, *, unless_in_use: bool = True) -> None:
    """Remove a stored file once the transaction that stopped using it commits."""
    if not field_file or not field_file.name:
        return
    storage, name = field_file.storage, field_file.name

    def remove() -> None:
        if unless_in_use and _logo_in_use(name):
            return
        storage.delete(name)

    transaction.on_commit(remove)
