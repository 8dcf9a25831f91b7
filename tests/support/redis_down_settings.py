"""The test settings with eager tasks off: what a production web process does with REDIS_URL set
(queue through the broker), for the processes tests/test_redis_down.py starts."""

from config.settings.test import *  # noqa: F403

CELERY_TASK_ALWAYS_EAGER = False
