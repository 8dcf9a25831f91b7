"""schemathesis with every check (`--checks all`) against the API served by gunicorn, as in
production, on the PostgreSQL test database with seeded ventures and grants: no failure.

PostgreSQL only: the gunicorn process needs a database it can reach (SQLite's test database is
in memory), and PostgreSQL is the stricter of the two. CI's PostgreSQL + Redis phase runs it.
"""

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests
from django.db import connection

from registry.search.index import rebuild
from tests.support.opendata import build_catalogue, with_known_codes

BASE_DIR = Path(__file__).resolve().parent.parent
# A bounded budget: examples per operation and phase. The whole run takes about a minute here.
MAX_EXAMPLES = 40
RUN_TIMEOUT = 170  # seconds: the run must stay well under three minutes on two busy cores

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
        reason="PostgreSQL only: gunicorn serves the test database from another process (CI's PostgreSQL phase)",
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def database_url_of_the_tests() -> str:
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path="/" + str(connection.settings_dict["NAME"])))


@pytest.fixture
def gunicorn_server(tmp_path: Path) -> Iterator[str]:
    """gunicorn with the image's request-line limit, on the test database, throttling off."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url_of_the_tests(),
        "API_THROTTLE_ANON": "1000000/min",
        "PYTHONUNBUFFERED": "1",
    }
    log_path = tmp_path / "gunicorn.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "1",
        "--threads",
        "2",
        "--timeout",
        "60",
        "--limit-request-line",
        "8190",  # as the Dockerfile runs it
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{url}/api/v1/areas/", timeout=5).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not start:\n{log_path.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def test_schemathesis_with_every_check_finds_nothing(gunicorn_server: str, tmp_path: Path) -> None:
    build_catalogue()
    rebuild(batch_size=50)
    served: dict[str, Any] = requests.get(f"{gunicorn_server}/api/schema/?format=json", timeout=30).json()
    schema_path = tmp_path / "schema.json"
    schema_path.write_text(json.dumps(with_known_codes(served)))
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "run",
        str(schema_path),
        "--url",
        gunicorn_server,
        "--checks",
        "all",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--workers",
        "1",
        "--seed",
        os.environ.get("FUZZ_SEED", "1"),
        "--request-timeout",
        "30",
        "--no-color",
    ]
    run = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=RUN_TIMEOUT, env={**os.environ, "NO_COLOR": "1"}
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-12000:]
    assert "No issues found" in output, output[-4000:]
