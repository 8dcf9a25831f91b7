"""A time limit on public searches, so one very broad query cannot hold a web worker.

On PostgreSQL the directory's queries (the page and the API) run inside a transaction with
`SET LOCAL statement_timeout` (settings.REGISTRY_SEARCH_TIMEOUT_MS, 2 s by default); a query still
running then is cancelled by the server and the visitor is asked to add a word
(`SearchTooBroad`: HTTP 503 with Retry-After, docs/performance.md). Other databases (SQLite, the
embedded default) have no such limit. The limit covers the search only, not the rest of the
request, nor the CSV exports (which stream for as long as they need).
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import DatabaseError, connection, transaction

# PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout (query_canceled).
QUERY_CANCELED = "57014"
# What the answer tells the client to wait before asking again (Retry-After, in seconds).
RETRY_AFTER_SECONDS = 30


class SearchTooBroad(Exception):
    """The search ran past its time limit and was cancelled."""


def search_timeout_ms() -> int:
    return max(0, int(getattr(settings, "REGISTRY_SEARCH_TIMEOUT_MS", 0) or 0))


@contextmanager
def search_time_limit() -> Iterator[None]:
    """Run the block's queries under the search time limit; raise SearchTooBroad if one is cancelled."""
    limit = search_timeout_ms()
    if connection.vendor != "postgresql" or not limit:
        yield
        return
    nested = connection.in_atomic_block
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                # SET LOCAL: the limit ends with this transaction (is_local = true).
                cursor.execute("SELECT set_config('statement_timeout', %s, true)", [f"{limit}ms"])
            yield
            if nested:
                # Inside an outer transaction (tests) the savepoint's SET LOCAL would outlive the block.
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL statement_timeout TO DEFAULT")
    except DatabaseError as error:
        if getattr(error.__cause__, "sqlstate", None) == QUERY_CANCELED:
            raise SearchTooBroad from error
        raise
