"""Test settings: the same database/cache/broker choice as the environment, fast hashing."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, REDIS_URL, VAR_DIR, env

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# locmem lets in-process tests read `mail.outbox`; the real-worker tests start the worker process
# with TEST_EMAIL_BACKEND=filebased and EMAIL_FILE_PATH so they can count what it sent.
EMAIL_BACKEND = env.str("TEST_EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend")
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(VAR_DIR / "test-emails"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files from their sources (no collectstatic before the tests, no warning about a
# missing STATIC_ROOT).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# In-process tests run tasks eagerly so they can see emails; the tests that prove the real
# worker path switch this off for themselves (tests/conftest.py: `celery_worker`).
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_STORE_EAGER_RESULT = False
TEST_USES_REDIS = bool(REDIS_URL)
if REDIS_URL:
    CACHES["default"]["KEY_PREFIX"] = env.str("CACHE_KEY_PREFIX", default="sir-test")  # noqa: F405
# The demo data set (`seed_demo`, `demo_logins`): local machines and the tests only.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
