"""The Redis cache, tolerant of Redis being down.

Everything the site keeps in the cache can be recomputed or skipped: cached figures and pages,
the API's throttle and the rate limits' counters, "a recount is already queued" flags, an
import's progress. So while Redis is unreachable, a read is a miss and a write is dropped,
instead of a 500 on every page (tests/test_redis_down.py stops a real Redis under the site).
What that costs is in docs/operations.md ("When Redis is down"): no throttle or rate limit
(RATELIMIT_FAIL_OPEN), figures recomputed on every request. /healthz still reports the cache
as down (`check_reachable`).
"""

import logging
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# One warning per process this often while Redis stays down, not one per request.
WARNING_INTERVAL_SECONDS = 60.0


class TolerantRedisCache(RedisCache):
    """Django's RedisCache; when Redis cannot be reached, reads miss and writes are dropped."""

    _last_warning = 0.0

    def _unreachable(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        if now - TolerantRedisCache._last_warning >= WARNING_INTERVAL_SECONDS:
            TolerantRedisCache._last_warning = now
            logger.warning("The cache (Redis) is unreachable; %s skipped: %s", operation, error)

    def check_reachable(self) -> None:
        """Raise if Redis cannot be reached (for /healthz, which must not be tolerant)."""
        self._cache.get_client(write=True).ping()

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        try:
            return super().get(key, default, version)
        except UNREACHABLE as error:
            self._unreachable("get", error)
            return default

    def get_many(self, keys: Any, version: int | None = None) -> dict[str, Any]:
        try:
            return super().get_many(keys, version)
        except UNREACHABLE as error:
            self._unreachable("get_many", error)
            return {}

    def has_key(self, key: Any, version: int | None = None) -> bool:
        try:
            return super().has_key(key, version)
        except UNREACHABLE as error:
            self._unreachable("has_key", error)
            return False

    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        # Nothing was added: callers that queue work only when they add a flag queue nothing.
        try:
            return super().add(key, value, timeout, version)
        except UNREACHABLE as error:
            self._unreachable("add", error)
            return False

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        try:
            super().set(key, value, timeout, version)
        except UNREACHABLE as error:
            self._unreachable("set", error)

    def set_many(self, data: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list[Any]:
        try:
            return super().set_many(data, timeout, version)
        except UNREACHABLE as error:
            self._unreachable("set_many", error)
            return list(data)

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        try:
            return super().touch(key, timeout, version)
        except UNREACHABLE as error:
            self._unreachable("touch", error)
            return False

    def delete(self, key: Any, version: int | None = None) -> bool:
        try:
            return super().delete(key, version)
        except UNREACHABLE as error:
            self._unreachable("delete", error)
            return False

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        try:
            super().delete_many(keys, version)
        except UNREACHABLE as error:
            self._unreachable("delete_many", error)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        # As for a missing key (Django's contract): a counter cannot be read while Redis is down.
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as error:
            self._unreachable("incr", error)
            raise ValueError(f"Key {key!r} not found: the cache is unreachable") from error

    def clear(self) -> None:
        try:
            super().clear()
        except UNREACHABLE as error:
            self._unreachable("clear", error)
