"""The Redis cache, tolerant of Redis being down.

Everything the site keeps in the cache can be recomputed or skipped: cached figures and pages,
the API's throttle and the rate limits' counters, "a recount is already queued" flags, an
import's progress. So while Redis is unreachable, a read is a miss and a write is dropped,
instead of a 500 on every page (tests/test_redis_down.py stops a real Redis under the site).
What that costs is in docs/operations.md ("When Redis is down"): no throttle or rate limit
(RATELIMIT_FAIL_OPEN), figures recomputed on every request. /healthz still reports the cache
as down (`check_reachable`).
"""

import functools
import logging
import time
from collections.abc import Callable
from typing import Any

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# One warning per process this often while Redis stays down, not one per request.
WARNING_INTERVAL_SECONDS = 60.0


def _tolerant(method: Callable[..., Any], when_unreachable: Callable[..., Any]) -> Callable[..., Any]:
    """`method`, answering `when_unreachable(*arguments)` instead of raising while Redis is down."""

    @functools.wraps(method)
    def tolerant_method(self: "TolerantRedisCache", *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except UNREACHABLE as error:
            self.unreachable(method.__name__, error)
            return when_unreachable(*args, **kwargs)

    return tolerant_method


def _nothing(*args: Any, **kwargs: Any) -> None:
    return None


def _false(*args: Any, **kwargs: Any) -> bool:
    return False


def _counter_unreadable(key: Any, *args: Any, **kwargs: Any) -> int:
    # As for a missing key (Django's contract for incr/decr): a counter cannot be read now.
    raise ValueError(f"Key {key!r} not found: the cache is unreachable")


class TolerantRedisCache(RedisCache):
    """Django's RedisCache; when Redis cannot be reached, reads miss and writes are dropped."""

    _last_warning = 0.0

    def unreachable(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        if now - TolerantRedisCache._last_warning >= WARNING_INTERVAL_SECONDS:
            TolerantRedisCache._last_warning = now
            logger.warning("The cache (Redis) is unreachable; %s skipped: %s", operation, error)

    def check_reachable(self) -> None:
        """Raise if Redis cannot be reached (for /healthz, which must not be tolerant)."""
        self._cache.get_client(write=True).ping()

    get = _tolerant(RedisCache.get, lambda key, default=None, version=None: default)
    get_many = _tolerant(RedisCache.get_many, lambda *args, **kwargs: {})
    has_key = _tolerant(RedisCache.has_key, _false)
    # Nothing was added: callers that queue work only when they add a flag queue nothing.
    add = _tolerant(RedisCache.add, _false)
    set = _tolerant(RedisCache.set, _nothing)
    set_many = _tolerant(RedisCache.set_many, lambda data, *args, **kwargs: list(data))
    touch = _tolerant(RedisCache.touch, _false)
    delete = _tolerant(RedisCache.delete, _false)
    delete_many = _tolerant(RedisCache.delete_many, _nothing)
    incr = _tolerant(RedisCache.incr, _counter_unreadable)  # decr and get_or_set go through these
    clear = _tolerant(RedisCache.clear, _nothing)
