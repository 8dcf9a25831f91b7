"""The production shape (docker-compose.yml, Dockerfile). No Docker engine runs on the CI machine,
so these read the files as Docker would and check what the deployment depends on."""

import os
import re
import secrets
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

BASE_DIR = Path(__file__).resolve().parent.parent
APP_SERVICES = ("web", "worker", "beat", "migrate")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


def command_of(service: dict[str, Any]) -> list[str]:
    command = service.get("command", [])
    return shlex.split(command) if isinstance(command, str) else list(command)


def environment_of(service: dict[str, Any]) -> dict[str, str]:
    environment = service.get("environment", {})
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) for item in environment)
    return {key: str(value) for key, value in environment.items()}


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    lines = [line for line in (BASE_DIR / "Dockerfile").read_text().splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    instructions = []
    for line in joined.splitlines():
        if line.strip():
            keyword, _, arguments = line.strip().partition(" ")
            instructions.append((keyword.upper(), " ".join(arguments.split())))
    return instructions


def test_compose_names_the_services(services):
    assert {"db", "redis", "web", "worker", "beat"} <= set(services)


def test_app_services_run_the_production_settings_from_the_environment(services):
    for name in APP_SERVICES:
        environment = environment_of(services[name])
        assert environment["DJANGO_SETTINGS_MODULE"] == "config.settings.production", name
        for variable in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS", "EMAIL_URL"):
            # Each comes from the environment (with a default only where one is safe).
            assert environment[variable].startswith(f"${{{variable}"), (name, variable)
        # No secret has a default: compose refuses to start without them.
        assert environment["SECRET_KEY"].startswith("${SECRET_KEY:?"), name
        assert environment["ALLOWED_HOSTS"].startswith("${ALLOWED_HOSTS:?"), name
        assert "@db:5432/" in environment["DATABASE_URL"], name
        assert "redis://redis:6379/" in environment["REDIS_URL"], name


def test_database_is_postgresql_with_a_utf8_ctype_and_a_volume(services):
    db = services["db"]
    assert db["image"].startswith("postgres:15")
    initdb_args = db["environment"]["POSTGRES_INITDB_ARGS"].split()
    assert "--encoding=UTF8" in initdb_args
    assert any(re.fullmatch(r"--lc-ctype=[A-Za-z_]*\.UTF-?8", arg, re.IGNORECASE) for arg in initdb_args)
    assert any(re.fullmatch(r"--lc-collate=[A-Za-z_]*\.UTF-?8", arg, re.IGNORECASE) for arg in initdb_args)
    assert any(volume.endswith(":/var/lib/postgresql/data") for volume in db["volumes"])
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_redis_is_checked_before_the_app_starts(services):
    assert services["redis"]["image"].startswith("redis:")
    assert "ping" in services["redis"]["healthcheck"]["test"]
    for name in APP_SERVICES:
        depends_on = services[name]["depends_on"]
        assert depends_on["db"]["condition"] == "service_healthy", name
        assert depends_on["redis"]["condition"] == "service_healthy", name


def test_migrations_run_once_before_web_worker_and_beat(services):
    assert command_of(services["migrate"]) == ["python", "manage.py", "migrate", "--no-input"]
    assert services["migrate"]["restart"] == "no"
    for name in ("web", "worker", "beat"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully", name


def test_web_serves_gunicorn_and_is_health_checked_on_healthz(services):
    web = services["web"]
    # The image's own command (Dockerfile CMD) is gunicorn; the service does not replace it.
    assert "command" not in web
    assert "/healthz" in " ".join(web["healthcheck"]["test"])
    assert web["expose"] == ["8000"]
    assert any(str(port).endswith(":80") for port in services["proxy"]["ports"])


def test_worker_and_beat_run_celery_on_the_project_app(services):
    worker = command_of(services["worker"])
    assert worker[:4] == ["celery", "-A", "config", "worker"]
    assert worker[worker.index("--queues") + 1] == "registry"
    assert "inspect ping" in " ".join(services["worker"]["healthcheck"]["test"])
    assert command_of(services["beat"])[:4] == ["celery", "-A", "config", "beat"]


def test_dockerfile_installs_the_locked_requirements_with_hashes_and_runs_as_a_user():
    instructions = dockerfile_instructions()
    froms = [arguments for keyword, arguments in instructions if keyword == "FROM"]
    args = dict(arguments.split("=", 1) for keyword, arguments in instructions if keyword == "ARG" and "=" in arguments)
    assert args["PYTHON_IMAGE"] == "python:3.11-slim"
    assert all(image.startswith("${PYTHON_IMAGE}") for image in froms)
    runs = [arguments for keyword, arguments in instructions if keyword == "RUN"]
    pip_installs = [run for run in runs if "pip install" in run]
    assert pip_installs, "the Dockerfile installs no Python packages"
    assert all("--require-hashes" in run and "requirements/base.txt" in run for run in pip_installs)
    assert any("collectstatic" in run for run in runs)
    users = [arguments for keyword, arguments in instructions if keyword == "USER"]
    assert users and users[-1] not in ("root", "0")
    env = " ".join(arguments for keyword, arguments in instructions if keyword == "ENV")
    assert "DJANGO_SETTINGS_MODULE=config.settings.production" in env
    assert "SECRET_KEY" not in env  # the build-time key stays inside one RUN
    commands = [arguments for keyword, arguments in instructions if keyword == "CMD"]
    assert len(commands) == 1
    cmd = commands[0]
    assert '"gunicorn", "config.wsgi"' in cmd
    assert '"--worker-class", "gthread"' in cmd


def locked(name: str) -> dict[str, str]:
    """The pins of requirements/<name>.txt: package name (lower case) -> its block of lines."""
    text = (BASE_DIR / "requirements" / f"{name}.txt").read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
    pins = [block for block in blocks if re.match(r"[A-Za-z0-9][\w.\-\[\],]*==", block)]
    return {block.split("==")[0].lower(): block for block in pins}


@pytest.mark.parametrize("name", ["base", "demo", "dev"])
def test_every_locked_requirement_has_a_hash(name):
    """pip --require-hashes rejects the whole file if one pin lacks a hash (make lock adds them)."""
    pins = locked(name)
    assert len(pins) > 20
    unhashed = [block.split()[0] for block in pins.values() if "--hash=sha256:" not in block]
    assert unhashed == []
    assert {"django", "gunicorn", "celery", "psycopg", "redis", "whitenoise"} <= set(pins)


def test_production_needs_neither_the_demo_data_nor_the_test_factories():
    """The image installs base.txt: no Faker (the demo extra, `make run`) and no factory-boy (dev)."""
    assert not {"faker", "factory-boy"} & set(locked("base"))
    assert "faker" in locked("demo") and "factory-boy" not in locked("demo")
    assert {"faker", "factory-boy"} <= set(locked("dev"))
    # Nor does any module the production settings load import them.
    installed = ("config", "core", "registry", "programs", "grants")
    offenders = [
        str(path.relative_to(BASE_DIR))
        for app in installed
        for path in (BASE_DIR / app).rglob("*.py")
        if re.search(r"^\s*(from|import) (faker|factory)\b", path.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []


def test_the_image_leaves_out_local_state_and_secrets():
    ignored = {line.strip() for line in (BASE_DIR / ".dockerignore").read_text().splitlines()}
    assert {".git", ".venv", ".env", "var"} <= ignored


def test_a_proxy_serves_uploaded_media_and_the_app_trusts_exactly_it(services):
    proxy = services["proxy"]
    assert "media:/srv/media:ro" in proxy["volumes"]
    assert services["web"]["volumes"] == ["media:/app/var/media"]
    config = (BASE_DIR / "deploy" / "nginx.conf").read_text()
    assert "location /media/" in config and "alias /srv/media/;" in config
    assert "proxy_pass http://registry_web;" in config and "X-Forwarded-For $proxy_add_x_forwarded_for" in config
    assert environment_of(services["web"])["TRUSTED_PROXY_COUNT"] == "${TRUSTED_PROXY_COUNT:-1}"
    assert "ports" not in services["web"]  # reached only through the proxy


COMPOSE_VARIABLE = re.compile(r"\$\{(\w+)(?::([-?])([^{}]*))?\}")


def interpolate(value: str, environment: dict[str, str]) -> str:
    """docker compose's ${VAR}, ${VAR:-default} and ${VAR:?error}, innermost first."""

    def one(match: re.Match[str]) -> str:
        name, kind, argument = match.group(1), match.group(2), match.group(3) or ""
        if environment.get(name):
            return environment[name]
        if kind == "?":
            raise AssertionError(f"{name} must be set: {argument}")
        return argument

    while COMPOSE_VARIABLE.search(value):
        value = COMPOSE_VARIABLE.sub(one, value)
    return value


def readme_deployment_environment(services: dict[str, dict[str, Any]]) -> dict[str, str]:
    """What the app services get by following the README: its .env example, each <placeholder>
    filled in, and docker-compose.yml's defaults for everything else."""
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    match = re.search(r"cat > \.env <<'EOF'\n(.*?)\nEOF", readme, re.DOTALL)
    assert match, "README.md shows no .env example"
    dotenv = dict(line.split("=", 1) for line in match.group(1).splitlines() if line.strip())
    filled = {"SECRET_KEY": secrets.token_urlsafe(50), "POSTGRES_PASSWORD": "a-password-without-url-specials"}
    dotenv = {key: filled.get(key, value) if value.startswith("<") else value for key, value in dotenv.items()}
    assert not [value for value in dotenv.values() if "<" in value], dotenv
    return {key: interpolate(value, dotenv) for key, value in environment_of(services["web"]).items()}


def test_the_documented_deployment_passes_django_s_deployment_checklist(services):
    environment = readme_deployment_environment(services)
    assert environment["DJANGO_SETTINGS_MODULE"] == "config.settings.production"
    keep = {"PATH", "HOME", "LANG", "SYSTEMROOT"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env={**{key: value for key, value in os.environ.items() if key in keep}, **environment},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_deployment_checklist_before_the_tests():
    script = (BASE_DIR / ".ci" / "run").read_text(encoding="utf-8")
    check = re.search(
        r"DJANGO_SETTINGS_MODULE=config\.settings\.production[^\n]*\\\n(?:[^\n]*\\\n)*[^\n]*"
        r"manage\.py check --deploy --fail-level WARNING",
        script,
    )
    assert check, ".ci/run does not run `manage.py check --deploy --fail-level WARNING` under the production settings"
    first_test_run = script.index("make --no-print-directory test")
    assert check.start() < first_test_run
