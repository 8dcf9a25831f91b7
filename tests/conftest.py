"""Shared fixtures. The suite runs on SQLite (embedded default) and PostgreSQL + Redis."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import translation

from config.celery import app
from registry.models import Country
from tests.support import transactional
from tests.support.workers import CeleryWorker

BASE_DIR = Path(__file__).resolve().parent.parent
WORKER_QUEUE = "registry"
WORKER_START_TIMEOUT = 60.0
WORKER_STOP_TIMEOUT = 30.0


@pytest.fixture
def on_postgres() -> bool:
    return connection.vendor == "postgresql"


@pytest.fixture
def thailand():
    return Country.objects.get(iso2="TH")


@pytest.fixture(autouse=True)
def english_outside_requests() -> Iterator[None]:
    """Code called directly from a test speaks English unless the test asks for Thai.

    Thai is the site's default language, so service messages would otherwise come out in Thai;
    pages still get the language of their URL (/th/, /en/) from the middleware, and the Thai
    catalogue has its own tests (tests/registry/test_translations.py).
    """
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def migrated_data_for_transactional_tests(request: pytest.FixtureRequest) -> None:
    """Transactional tests (`django_db(transaction=True)`, `live_server`) end by emptying every
    table, and migrations do not run again, so the reference data (areas, provinces,
    programmes, permissions) is put back from a session snapshot: see tests/support/transactional.py."""
    marker = request.node.get_closest_marker("django_db")
    transactional_test = (marker is not None and marker.kwargs.get("transaction", False)) or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )
    if transactional_test:
        request.getfixturevalue("migrated_data")


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    """Cached figures (directory counts…) must not leak from one test's data into another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def migrated_data_snapshot(django_db_setup: Any, django_db_blocker: Any) -> dict[str, str]:
    with django_db_blocker.unblock():
        return transactional.snapshot()


@pytest.fixture(scope="module")
def migrated_data_restored_after_module(
    migrated_data_snapshot: dict[str, str], django_db_blocker: Any
) -> Iterator[None]:
    yield
    with django_db_blocker.unblock():
        transactional.restore(migrated_data_snapshot)


@pytest.fixture
def migrated_data(
    migrated_data_snapshot: dict[str, str], migrated_data_restored_after_module: None, django_db_blocker: Any
) -> None:
    """Request it in transactional tests: the migrated data is there during the test and after the module."""
    with django_db_blocker.unblock():
        transactional.restore(migrated_data_snapshot)


@pytest.fixture
def thai() -> Iterator[None]:
    """Pages in Thai, the default language: `reverse()` builds /th/ URLs. (A request under /en/
    leaves English active in the test's thread, so each test says which language it wants.)"""
    translation.activate("th")
    yield
    translation.activate("th")


@pytest.fixture
def english() -> Iterator[None]:
    """Pages in English (/en/ URLs), for tests that read messages: English is the msgid, so the
    test does not change when the Thai catalogue does."""
    translation.activate("en")
    yield
    translation.activate("th")


@pytest.fixture
def media_root(settings: Any, tmp_path: Any) -> Any:
    """Uploaded logos go to a temporary MEDIA_ROOT, not the developer's var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


# --- A real Celery worker process (CI's PostgreSQL + Redis phase) ---------------------------------


def _test_database_url() -> str:
    """DATABASE_URL with the database name replaced by the test database's (already created)."""
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path="/" + str(connection.settings_dict["NAME"])))


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # warm shutdown: finish the current task, then exit
    try:
        process.wait(timeout=WORKER_STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def celery_worker_process(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CeleryWorker]:
    """Start one real worker for the session, after the test database exists; stop it before the
    test database is dropped (this fixture depends on `django_db_setup`, so it is torn down first)."""
    workdir = tmp_path_factory.mktemp("celery-worker")
    outbox_dir = workdir / "outbox"
    outbox_dir.mkdir()
    log_path = workdir / "worker.log"
    hostname = f"pytest-{os.getpid()}@{socket.gethostname()}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": _test_database_url(),
        "TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(outbox_dir),
        "PYTHONUNBUFFERED": "1",
    }
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "config",
        "worker",
        "--pool=solo",
        "--concurrency=1",
        f"--queues={WORKER_QUEUE}",
        f"--hostname={hostname}",
        "--loglevel=INFO",
        "--without-gossip",
        "--without-mingle",
        # Tasks left in the test broker by an earlier, interrupted run must not reach this database.
        "--purge",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
    worker = CeleryWorker(
        process=process, hostname=hostname, queue=WORKER_QUEUE, outbox_dir=outbox_dir, log_path=log_path
    )
    try:
        deadline = time.monotonic() + WORKER_START_TIMEOUT
        while not worker.ping():
            if process.poll() is not None:
                pytest.fail(f"the Celery worker exited with {process.returncode}:\n{worker.log_tail()}")
            if time.monotonic() > deadline:
                pytest.fail(
                    f"the Celery worker did not answer a ping in {WORKER_START_TIMEOUT:.0f}s:\n{worker.log_tail()}"
                )
        yield worker
    finally:
        _stop(process)


@pytest.fixture
def celery_worker(request: pytest.FixtureRequest, settings: Any) -> Iterator[CeleryWorker]:
    """A real worker process for this test, with eager execution switched off in this process so
    `.delay()` goes through the broker. Use with `@pytest.mark.worker` and
    `@pytest.mark.django_db(transaction=True)`: the worker only sees committed rows."""
    # CI's second phase sets REQUIRE_WORKER_TESTS so that these tests cannot quietly skip there.
    missing = pytest.fail if os.environ.get("REQUIRE_WORKER_TESTS") else pytest.skip
    if not os.environ.get("REDIS_URL"):
        missing("needs a real broker: set REDIS_URL (CI's PostgreSQL + Redis phase runs these tests)")
    if not os.environ.get("DATABASE_URL") or connection.vendor != "postgresql":
        missing("needs PostgreSQL: the worker process cannot share the in-memory SQLite test database")

    worker: CeleryWorker = request.getfixturevalue("celery_worker_process")
    if worker.process.poll() is not None:
        pytest.fail(f"the Celery worker died (exit {worker.process.returncode}):\n{worker.log_tail()}")
    for path in worker.sent_email_files():
        path.unlink()
    was_eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    settings.CELERY_TASK_ALWAYS_EAGER = False
    try:
        yield worker
    finally:
        app.conf.task_always_eager = was_eager
