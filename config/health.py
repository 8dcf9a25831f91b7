"""Readiness probe of the whole site: is the database, the cache and (when configured) the broker reachable?"""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from .celery import app


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_cache() -> str:
    check_reachable = getattr(cache, "check_reachable", None)
    if check_reachable is not None:
        check_reachable()  # the cache hides Redis errors from pages (core/cache.py), not from here
    cache.set("healthz", "ok", 5)
    return "ok" if cache.get("healthz") == "ok" else "unreadable"


def _check_broker() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER and not settings.REDIS_URL:
        return "eager"  # the embedded default: tasks run in-process, no broker to reach
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    checks: dict[str, str] = {}
    for name, check in (("database", _check_database), ("cache", _check_cache), ("broker", _check_broker)):
        try:
            checks[name] = check()
        except Exception as exc:  # noqa: BLE001 - a probe reports every failure, whatever its kind
            checks[name] = f"error: {exc.__class__.__name__}"
    healthy = all(not value.startswith("error") and value != "unreadable" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503)
