"""Redis down, for real: a throw-away redis-server is the cache and the broker of a gunicorn
process serving the test database, and is stopped in the middle of the test.

With it down, the public pages and the API still answer 200, /healthz says the broker is down
(503), and a sign-up through the real page still succeeds and writes its email to the outbox.
Once Redis is back on the same port, the re-queue task (core.tasks.requeue_unsent_emails, run by
beat in production) queues the email again and a real Celery worker sends it.

The web process runs the production code path: tests/support/redis_down_settings.py is the test
settings with eager tasks off, so the page queues the delivery through the broker, as production
does. PostgreSQL + Redis phase only (the processes share the test database).
"""

import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from core.models import OutboundEmail
from registry.models import User
from registry.search.index import rebuild
from tests.factories import PublishedVentureFactory
from tests.support.processes import BASE_DIR, database_url_of_the_tests, free_port, gunicorn, stop
from tests.support.workers import wait_until

EMAIL = "redis.down.signup@example.org"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs Redis: CI's PostgreSQL + Redis phase"),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs the redis-server binary"),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
        reason="needs PostgreSQL: gunicorn and the worker share the test database from other processes",
    ),
]


@dataclass
class ThrowAwayRedis:
    """redis-server on its own port, no persistence: stopping it loses everything, as a crash would."""

    port: int
    workdir: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", str(self.workdir)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        wait_until(self.answers, timeout=20, what=f"redis-server on port {self.port}")

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)
        wait_until(lambda: not self.answers(), timeout=20, what="redis-server to stop")


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[ThrowAwayRedis]:
    server = ThrowAwayRedis(port=free_port(), workdir=tmp_path)
    server.start()
    try:
        yield server
    finally:
        if server.process is not None:
            stop(server.process)


def environment(redis: ThrowAwayRedis, outbox_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.support.redis_down_settings",
        "DATABASE_URL": database_url_of_the_tests(),
        "REDIS_URL": redis.url,
        "TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(outbox_dir),
        # The re-queue may take the sign-up's email at once (production: 10 minutes after it was written).
        "OUTBOX_REQUEUE_AFTER_MINUTES": "0",
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture
def web(redis_server: ThrowAwayRedis, tmp_path: Path) -> Iterator[str]:
    """gunicorn, as the image runs it, with REDIS_URL pointing at the throw-away Redis."""
    with gunicorn(environment(redis_server, tmp_path / "outbox"), tmp_path / "gunicorn.log") as url:
        yield url


def run_worker(redis: ThrowAwayRedis, outbox_dir: Path, log_path: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "--concurrency=1"]
    command += ["--queues=registry", "--loglevel=INFO", "--without-gossip", "--without-mingle"]
    with log_path.open("wb") as log:
        return subprocess.Popen(
            command, cwd=BASE_DIR, env=environment(redis, outbox_dir), stdout=log, stderr=subprocess.STDOUT
        )


def sign_up(url: str) -> requests.Response:
    """The sign-up page as a browser uses it: GET the form (CSRF cookie and token), POST it."""
    browser = requests.Session()
    form = browser.get(f"{url}/en/accounts/signup/", timeout=30)
    assert form.status_code == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
    assert token is not None
    return browser.post(
        f"{url}/en/accounts/signup/",
        data={
            "csrfmiddlewaretoken": token.group(1),
            "full_name": "Redis Down",
            "email": EMAIL,
            "password1": "a long enough pass phrase 42",
            "password2": "a long enough pass phrase 42",
            "preferred_language": "en",
            "accept_terms": "on",
            "consent": "on",
        },
        headers={"Referer": f"{url}/en/accounts/signup/"},
        allow_redirects=False,
        timeout=60,
    )


def test_with_redis_down_the_site_answers_and_the_sign_up_email_is_sent_once_redis_is_back(
    redis_server: ThrowAwayRedis, web: str, tmp_path: Path
) -> None:
    venture: Any = PublishedVentureFactory(name_en="Redis-free river clinic")
    rebuild(batch_size=50)
    pages = ["/en/", "/th/", "/en/ventures/", f"/en/ventures/{venture.slug}/", "/api/v1/ventures/", "/api/v1/areas/"]
    for path in pages:  # with Redis up
        assert requests.get(f"{web}{path}", timeout=30).status_code == 200, path

    redis_server.stop()

    for path in pages:
        response = requests.get(f"{web}{path}", timeout=60)
        assert response.status_code == 200, (path, response.text[:500])
    assert "Redis-free river clinic" in requests.get(f"{web}/en/ventures/", timeout=60).text
    health = requests.get(f"{web}/healthz", timeout=60)
    assert health.status_code == 503
    assert health.json()["checks"]["database"] == "ok"
    assert health.json()["checks"]["broker"].startswith("error")
    assert health.json()["checks"]["cache"].startswith("error")

    response = sign_up(web)
    assert response.status_code == 302, response.text[:2000]
    assert response.headers["Location"] == "/en/accounts/signup/done/"
    user = User.objects.get(email=EMAIL)
    (email,) = OutboundEmail.objects.filter(to=EMAIL)
    assert email.sent_at is None  # the delivery could not be queued

    redis_server.start()  # the same port: nothing the old server held survived
    assert requests.get(f"{web}/healthz", timeout=60).status_code == 200
    outbox_dir = tmp_path / "outbox"
    worker_log = tmp_path / "worker.log"
    worker = run_worker(redis_server, outbox_dir, worker_log)
    try:
        # What beat does every minute: queue the re-queue task (through the broker, to the worker).
        requeue = subprocess.run(
            [sys.executable, "-m", "celery", "-A", "config", "call", "core.tasks.requeue_unsent_emails"],
            cwd=BASE_DIR,
            env=environment(redis_server, outbox_dir),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert requeue.returncode == 0, requeue.stderr[-3000:]

        def delivered() -> bool:
            if worker.poll() is not None:
                pytest.fail(f"the worker exited:\n{worker_log.read_text(errors='replace')[-3000:]}")
            email.refresh_from_db()
            return email.sent_at is not None

        wait_until(delivered, timeout=90, what="the sign-up email to be delivered")
    finally:
        stop(worker)
    sent = [path.read_text(errors="replace") for path in outbox_dir.iterdir()]
    assert len(sent) == 1
    assert EMAIL in sent[0]
    assert user.email_verified_at is None
