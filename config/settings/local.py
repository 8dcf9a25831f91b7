"""The embedded default: SQLite, eager tasks, console email. What `make run` uses."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="local-development-only-not-secret")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])
# The demo data set (`seed_demo`, `demo_logins`): local machines and the tests only.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
