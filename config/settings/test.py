"""Test settings: the same database/cache/broker choice as the environment, fast hashing."""

from .base import *  # noqa: F403
from .base import REDIS_URL, env

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# In-process tests run tasks eagerly so they can see emails; the tests that prove the real
# worker path switch this off for themselves (tests/conftest.py: `celery_worker`).
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_STORE_EAGER_RESULT = False
TEST_USES_REDIS = bool(REDIS_URL)
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = env.str("CACHE_KEY_PREFIX", default="sir-test")  # noqa: F405
