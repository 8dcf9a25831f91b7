"""`make run`: the links in emails point where the dev server actually listens."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent


@pytest.fixture
def fake_venv(tmp_path: Path) -> Path:
    """A venv stand-in whose install stamps are fresh, so `make run` installs nothing."""
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(sys.executable)
    for stamp in (".base-installed", ".demo-installed"):
        (venv / stamp).touch()
    return venv


def site_url_seen_by_manage(venv: Path, tmp_path: Path, *make_args: str, env: dict[str, str]) -> set[str]:
    """Run `make run` with manage.py replaced by a script that records SITE_URL per command."""
    log = tmp_path / "manage.log"
    recorder = tmp_path / "manage"
    recorder.write_text(f'#!/bin/sh\necho "$1 ${{SITE_URL-unset}}" >> {log}\n')
    recorder.chmod(0o755)
    subprocess.run(
        ["make", "--no-print-directory", "run", f"VENV={venv}", f"MANAGE={recorder}", *make_args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
    )
    lines = dict(line.split(" ", 1) for line in log.read_text().splitlines())
    assert set(lines) == {"migrate", "seed_demo", "demo_logins", "runserver"}
    return set(lines.values())


def clean_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "SITE_URL"}


def test_site_url_follows_host_and_port(fake_venv: Path, tmp_path: Path) -> None:
    seen = site_url_seen_by_manage(fake_venv, tmp_path, "PORT=8123", "HOST=localhost", env=clean_env())
    assert seen == {"http://localhost:8123"}


def test_site_url_defaults_to_the_default_address(fake_venv: Path, tmp_path: Path) -> None:
    assert site_url_seen_by_manage(fake_venv, tmp_path, env=clean_env()) == {"http://127.0.0.1:8000"}


def test_a_site_url_that_is_set_wins(fake_venv: Path, tmp_path: Path) -> None:
    env = clean_env() | {"SITE_URL": "https://registry.example.org"}
    seen = site_url_seen_by_manage(fake_venv, tmp_path, "PORT=8123", env=env)
    assert seen == {"https://registry.example.org"}
