"""The settings follow the environment: each case loads them in a fresh interpreter whose
environment the test controls, as a developer's shell, CI or a container would."""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent

# Everything the settings read from the environment, removed before each case sets its own.
SETTINGS_VARIABLES = {
    "DJANGO_SETTINGS_MODULE",
    "DATABASE_URL",
    "REDIS_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "EMAIL_URL",
    "EMAIL_BACKEND",
    "TEST_EMAIL_BACKEND",
    "DEFAULT_FROM_EMAIL",
    "DEBUG",
    "SITE_URL",
    "CONN_MAX_AGE",
    "CACHE_KEY_PREFIX",
    "TEST_DATABASE_NAME",
    "TEST_DATABASE_TEMPLATE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
}

PROBE = """
import json
import django
django.setup()
from django.conf import settings
from config.celery import app
database = settings.DATABASES["default"]
print(json.dumps({
    "debug": settings.DEBUG,
    "database_engine": database["ENGINE"],
    "database_name": str(database["NAME"]),
    "cache_backend": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION", ""),
    "settings_eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "celery_eager": app.conf.task_always_eager,
    "celery_broker": app.conf.broker_url,
    "celery_acks_late": app.conf.task_acks_late,
    "celery_reject_on_worker_lost": app.conf.task_reject_on_worker_lost,
    "celery_prefetch": app.conf.worker_prefetch_multiplier,
    "email_backend": settings.EMAIL_BACKEND,
    "language_code": settings.LANGUAGE_CODE,
    "languages": [code for code, _ in settings.LANGUAGES],
    "time_zone": settings.TIME_ZONE,
    "use_tz": settings.USE_TZ,
    "allowed_hosts": settings.ALLOWED_HOSTS,
    "installed_apps": settings.INSTALLED_APPS,
}))
"""

# Loads every admin module (django.setup) and every URL's view, then says what got imported.
IMPORTS_PROBE = """
import json, sys
import django
django.setup()
from django.urls import get_resolver
get_resolver().url_patterns
print(json.dumps({"demo": "demo" in sys.modules, "faker": "faker" in sys.modules, "factory": "factory" in sys.modules}))
"""

STRONG_SECRET_KEY = "k3!vP9x#Qm2^Lr7@Wt5&Zy8*Nb4%Hc6(Jd1)Fg0-Se_Ua+Ro=Ti[Ep]Ow{Iq}Mz|Xn"


def environment(**values: str) -> dict[str, str]:
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests' session fixture (Playwright), never by a deployment.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in SETTINGS_VARIABLES and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(values)
    return env


def run_python(args: list[str], **values: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=environment(**values),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def load_settings(module: str, **values: str) -> dict[str, Any]:
    result = run_python(["-c", PROBE], DJANGO_SETTINGS_MODULE=module, **values)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_redis_url_tasks_run_eagerly_with_a_local_memory_cache_and_sqlite():
    loaded = load_settings("config.settings.local")

    assert loaded["settings_eager"] is True
    assert loaded["celery_eager"] is True
    assert loaded["celery_broker"].startswith("memory://")
    assert loaded["cache_backend"] == "django.core.cache.backends.locmem.LocMemCache"
    assert loaded["database_engine"] == "django.db.backends.sqlite3"
    assert loaded["database_name"].endswith("var/db.sqlite3")
    assert loaded["email_backend"] == "django.core.mail.backends.console.EmailBackend"
    assert loaded["debug"] is True


@pytest.mark.parametrize("module", ["config.settings.base", "config.settings.local"])
def test_with_redis_url_the_cache_is_redis_and_tasks_go_to_the_broker(module):
    loaded = load_settings(module, REDIS_URL="redis://127.0.0.1:6379/5", SECRET_KEY=STRONG_SECRET_KEY)

    assert loaded["cache_backend"] == "core.cache.TolerantRedisCache"
    assert loaded["cache_location"] == "redis://127.0.0.1:6379/5"
    assert loaded["settings_eager"] is False
    assert loaded["celery_eager"] is False
    assert loaded["celery_broker"] == "redis://127.0.0.1:6379/5"
    # A task survives its worker being killed only with both (docs/operations.md).
    assert loaded["celery_acks_late"] is True
    assert loaded["celery_reject_on_worker_lost"] is True
    assert loaded["celery_prefetch"] == 1


def test_the_test_settings_keep_tasks_eager_even_with_redis():
    loaded = load_settings("config.settings.test", REDIS_URL="redis://127.0.0.1:6379/5")

    assert loaded["cache_backend"] == "core.cache.TolerantRedisCache"
    assert loaded["celery_eager"] is True  # the real-worker tests switch it off for themselves
    assert loaded["email_backend"] == "django.core.mail.backends.locmem.EmailBackend"


def test_database_url_selects_postgresql():
    loaded = load_settings("config.settings.local", DATABASE_URL="postgres://registry:secret@db.internal:5432/registry")

    assert loaded["database_engine"] == "django.db.backends.postgresql"
    assert loaded["database_name"] == "registry"


def test_language_and_time_zone_are_thai_by_default():
    loaded = load_settings("config.settings.local")

    assert loaded["language_code"] == "th"
    assert loaded["languages"] == ["th", "en"]
    assert loaded["time_zone"] == "Asia/Bangkok"
    assert loaded["use_tz"] is True


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python(["manage.py", "check"], DJANGO_SETTINGS_MODULE="config.settings.production")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_the_deployment_checklist_with_a_secret_key_and_hosts():
    production = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": STRONG_SECRET_KEY,
        "ALLOWED_HOSTS": "registry.example.org",
    }
    result = run_python(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **production)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    loaded = load_settings(
        "config.settings.production", **{k: v for k, v in production.items() if k != "DJANGO_SETTINGS_MODULE"}
    )
    assert loaded["debug"] is False
    assert loaded["allowed_hosts"] == ["registry.example.org"]
    assert loaded["celery_acks_late"] is True
    assert loaded["celery_reject_on_worker_lost"] is True


def test_the_demo_app_is_installed_locally_and_in_the_tests_but_not_in_production():
    production = {"SECRET_KEY": STRONG_SECRET_KEY, "ALLOWED_HOSTS": "registry.example.org"}
    installed = {
        module: "demo" in load_settings(module, **production)["installed_apps"]
        for module in ("config.settings.local", "config.settings.test", "config.settings.production")
    }
    assert installed == {
        "config.settings.local": True,
        "config.settings.test": True,
        "config.settings.production": False,
    }
    result = run_python(["-c", IMPORTS_PROBE], DJANGO_SETTINGS_MODULE="config.settings.production", **production)
    assert result.returncode == 0, result.stderr
    # Production loads neither the demo data, nor Faker, nor the test factories.
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"demo": False, "faker": False, "factory": False}
