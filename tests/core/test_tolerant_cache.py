"""core.cache.TolerantRedisCache against a Redis that is not there (nothing listens on port 1):
reads miss, writes are dropped, counters cannot be read, and /healthz still says so. The whole
site with Redis stopped under it is tests/test_redis_down.py (PostgreSQL + Redis phase)."""

from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import caches
from redis.exceptions import ConnectionError as RedisConnectionError

from core.cache import TolerantRedisCache

DEAD_REDIS = {
    "BACKEND": "core.cache.TolerantRedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",
    "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
}


@pytest.fixture
def dead_cache(settings: Any) -> Iterator[TolerantRedisCache]:
    settings.CACHES = {"default": DEAD_REDIS}
    cache = caches["default"]
    assert isinstance(cache, TolerantRedisCache)
    yield cache


def test_reads_miss_and_writes_are_dropped(dead_cache: TolerantRedisCache) -> None:
    assert dead_cache.get("figures", "default") == "default"
    assert dead_cache.get_many(["a", "b"]) == {}
    assert dead_cache.has_key("a") is False
    assert dead_cache.add("flag", 1, 60) is False  # so nothing is queued on the strength of it
    dead_cache.set("a", 1)
    assert dead_cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert dead_cache.touch("a") is False
    assert dead_cache.delete("a") is False
    dead_cache.delete_many(["a"])
    dead_cache.clear()
    assert dead_cache.get_or_set("computed", lambda: 42) == 42


def test_a_counter_cannot_be_read_as_for_a_missing_key(dead_cache: TolerantRedisCache) -> None:
    with pytest.raises(ValueError):
        dead_cache.incr("hits")
    with pytest.raises(ValueError):
        dead_cache.decr("hits")


def test_the_health_check_is_not_fooled(dead_cache: TolerantRedisCache, client: Any, db: Any) -> None:
    with pytest.raises(RedisConnectionError):
        dead_cache.check_reachable()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "error: ConnectionError"


@pytest.mark.parametrize("path", ["/en/", "/en/ventures/", "/api/v1/areas/", "/en/accounts/signup/"])
def test_pages_answer_while_the_cache_is_unreachable(
    dead_cache: TolerantRedisCache, client: Any, db: Any, path: str
) -> None:
    assert client.get(path).status_code == 200
