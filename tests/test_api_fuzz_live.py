"""schemathesis with every check (`--checks all`) against the API served by gunicorn, as in
production, on the PostgreSQL test database with seeded ventures and grants: no failure.

PostgreSQL only: the gunicorn process needs a database it can reach (SQLite's test database is
in memory), and PostgreSQL is the stricter of the two. CI's PostgreSQL + Redis phase runs it.
"""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from registry.search.index import rebuild
from tests.support.opendata import build_catalogue, with_known_codes
from tests.support.processes import database_url_of_the_tests, gunicorn

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


@pytest.fixture
def gunicorn_server(tmp_path: Path) -> Iterator[str]:
    """gunicorn as the image runs it, on the test database, throttling off."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url_of_the_tests(),
        "API_THROTTLE_ANON": "1000000/min",
        "PYTHONUNBUFFERED": "1",
    }
    with gunicorn(env, tmp_path / "gunicorn.log", ready_path="/api/v1/areas/") as url:
        yield url


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
