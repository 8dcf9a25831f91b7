"""/healthz: the readiness probe the container healthcheck and a load balancer call."""

import pytest
from django.conf import settings

from config import health

pytestmark = pytest.mark.django_db


def test_healthz_reports_each_dependency_and_200_when_healthy(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"]
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"] == "ok"
    # The embedded default has no broker (tasks run in-process); with Redis the broker is reached.
    assert body["checks"]["broker"] == ("ok" if settings.REDIS_URL else "eager")


def test_healthz_is_503_when_the_database_check_fails(client, monkeypatch):
    def database_down() -> str:
        raise ConnectionError("database is unreachable")

    # The test database cannot be taken away from under the test itself, so its check is replaced.
    monkeypatch.setattr(health, "_check_database", database_down)

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["database"] == "error: ConnectionError"
    assert body["checks"]["cache"] == "ok"


def test_healthz_is_503_when_the_cache_is_unreachable(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # Nothing listens on port 1: the connection is refused at once.
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"].startswith("error: ")
