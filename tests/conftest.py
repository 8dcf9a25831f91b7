"""Shared fixtures. The suite runs on SQLite (embedded default) and PostgreSQL + Redis."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection

BASE_DIR = Path(__file__).resolve().parent.parent
WORKER_QUEUE = "registry"
WORKER_START_TIMEOUT = 60.0
WORKER_STOP_TIMEOUT = 30.0


@pytest.fixture
def on_postgres() -> bool:
    return connection.vendor == "postgresql"


@pytest.fixture
def thailand():
    from registry.models import Country

    return Country.objects.get(iso2="TH")


@pytest.fixture(autouse=True)
def reference_data_for_transactional_tests(request: pytest.FixtureRequest) -> None:
    """Reload the migrated reference data (areas, places, programmes) for transactional tests.

    A transactional test (`django_db(transaction=True)`, `live_server`) ends by flushing every
    table, and the data migrations do not run again, so the next one would start without the
    nine areas or the provinces. The loaders are idempotent, so reloading is always safe.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker is not None and marker.kwargs.get("transaction", False)) or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )
    if not transactional:
        return
    request.getfixturevalue("transactional_db")
    from django.apps import apps

    from programs.reference import load_programmes
    from registry.reference import load_registry_reference

    load_registry_reference(apps)
    load_programmes(apps)


# --- A real Celery worker process (CI's PostgreSQL + Redis phase) ---------------------------------


def wait_until(predicate: Callable[[], Any], *, timeout: float = 30.0, interval: float = 0.1, what: str = "") -> Any:
    """Poll `predicate` until it returns something truthy; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f}s waiting for {what or predicate!r}")
        time.sleep(interval)


@dataclass
class CeleryWorker:
    """A `celery -A config worker` process consuming the test database and the test broker."""

    process: subprocess.Popen[bytes]
    hostname: str
    queue: str
    outbox_dir: Path
    log_path: Path

    def sent_email_files(self) -> list[Path]:
        """The emails the worker process wrote with the file backend (one file per message sent)."""
        return sorted(path for path in self.outbox_dir.iterdir() if path.is_file())

    def log_position(self) -> int:
        return self.log_path.stat().st_size

    def tasks_received_since(self, position: int, task_name: str) -> int:
        """How many `task_name` messages the worker logged receiving after `log_position()` was taken."""
        with self.log_path.open("rb") as log:
            log.seek(position)
            text = log.read().decode(errors="replace")
        # Celery logs "Task registry.tasks.deliver_email[<task id>] received" for each message.
        return len(re.findall(rf"Task {re.escape(task_name)}\[[^\]]+\] received", text))

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def ping(self, timeout: float = 1.0) -> bool:
        from config.celery import app

        return bool(app.control.ping(destination=[self.hostname], timeout=timeout))


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
    from config.celery import app

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
