"""Processes the tests start beside the test database: gunicorn as the image runs it, and how to
stop them. (The real Celery worker of the suite is in tests/conftest.py.)"""

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests
from django.db import connection

from .workers import wait_until

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def database_url_of_the_tests() -> str:
    """DATABASE_URL with the database name replaced by the test database's (already created)."""
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path="/" + str(connection.settings_dict["NAME"])))


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def gunicorn(env: dict[str, str], log_path: Path, *, ready_path: str = "/healthz") -> Iterator[str]:
    """gunicorn serving config.wsgi with the image's request-line limit; yields its base URL once
    `ready_path` answers 200."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", "1", "--threads", "2", "--timeout", "60", "--limit-request-line", "8190"]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited:\n{log_path.read_text(errors='replace')[-3000:]}")
        try:
            return requests.get(f"{url}{ready_path}", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    try:
        wait_until(ready, timeout=60, what="gunicorn")
        yield url
    finally:
        stop(process)
