"""Settings shared by every environment; everything that differs comes from the environment.

Environment variables (documented in README.md):
  DATABASE_URL  default sqlite:///var/db.sqlite3 (the embedded default)
  REDIS_URL     absent: local-memory cache and Celery tasks run eagerly (no broker)
  SECRET_KEY    required outside local/test
  ALLOWED_HOSTS comma-separated
  EMAIL_URL     e.g. smtp+tls://user:pass@host:587 ; default: console backend
  DEFAULT_FROM_EMAIL, DEBUG, SITE_URL, MEDIA_ROOT, STATIC_ROOT, CSRF_TRUSTED_ORIGINS,
  CONN_MAX_AGE, LOG_LEVEL, AXES_FAILURE_LIMIT, TEST_DATABASE_NAME, TEST_DATABASE_TEMPLATE
  TRUSTED_PROXY_COUNT  proxies in front that append X-Forwarded-For (0: use REMOTE_ADDR); set it
                behind a reverse proxy, or lockout and rate limits count the proxy's address
  RATE_LIMIT_SIGNUP, RATE_LIMIT_PASSWORD_RESET, RATE_LIMIT_RESEND_VERIFICATION, RATE_LIMIT_LOGIN,
  RATE_LIMIT_INVITE  per-address limits such as "5/h"; LOGO_MAX_BYTES (default 2 MiB)
  RATE_LIMIT_PASSWORD_RESET_PER_RECIPIENT  reset emails one account receives (default "3/h")
  API_THROTTLE_ANON  requests per client address to /api/ (default "120/min")
  MAX_URL_LENGTH     longest address (path and query string, percent-encoded) answered; longer: 414
  ADMINS        who is emailed uncaught errors, e.g. "Ops <ops@nia.or.th>,dev@undp.org"; EMAIL_SUBJECT_PREFIX
  OUTBOX_REQUEUE_AFTER_MINUTES  unsent outbox emails are queued again after this long (default 10)
  OPENDATA_EXPORT_CHUNK_SIZE, OPENDATA_360G_PREFIX, OPENDATA_FUNDER_ID, OPENDATA_LICENSE_URL
"""

import os
from email.utils import getaddresses
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

# pythainlp writes a data folder into $HOME on import unless told it is read-only.
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "axes",
    "csp",
    "django_ratelimit",
    "core",
    "registry",
    "programs",
    "grants",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages, JSON and CSV compressed when the browser accepts gzip (a directory page: ~57 KB of
    # HTML, ~8 KB sent). After WhiteNoise, which answers static files (precompressed .br/.gz)
    # before this runs. Django's GZipMiddleware pads each response with random bytes against
    # BREACH, and CSRF tokens are masked differently in every response (docs/performance.md).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # An address longer than MAX_URL_LENGTH: 414, in JSON under /api/ (docs/operations.md).
    "core.middleware.RejectLongUrlMiddleware",
    # A NUL in the path or query string: 400 here, before PostgreSQL would refuse it with a 500.
    "core.middleware.RejectNulMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Turns django-ratelimit's Ratelimited (a PermissionDenied, so 403) into RATELIMIT_VIEW's 429.
    "django_ratelimit.middleware.RatelimitMiddleware",
    # axes last: it turns a locked-out log-in into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "registry.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
VAR_DIR.mkdir(exist_ok=True)
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL + a busy timeout let the dev server and an import run side by side.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
DATABASES["default"]["TEST"] = {
    "NAME": env.str("TEST_DATABASE_NAME", default=None),
    # PostgreSQL clones the test database from this one when set; .ci/run points it at a database
    # it created with a UTF-8 ctype, so the tests never inherit a cluster's C/ASCII default.
    "TEMPLATE": env.str("TEST_DATABASE_TEMPLATE", default=None),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and background work ---------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, except that Redis being down is a cache miss, not a 500
            # (core/cache.py; docs/operations.md "When Redis is down"). The timeouts bound how long
            # a request waits for a Redis that does not answer at all.
            "BACKEND": "core.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="sir"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

SILENCED_SYSTEM_CHECKS: list[str] = []
if REDIS_URL:
    # django-ratelimit lists only django-redis and memcached as supported (W001). Django's own
    # RedisCache is as good for it: `add` is SET NX and `incr` is Redis INCR, both atomic, and
    # the limit is shared by every process (tests/registry/test_abuse_limits.py runs on Redis).
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.W001")
else:
    # Without REDIS_URL the cache is local memory. The embedded default is one `runserver`
    # process, whose threads share that cache (it increments under a lock), so the limits hold
    # exactly there. The check (E003) guards multi-process servers: each process would count
    # on its own, making the limits N times looser, so a production deployment with several
    # workers should set REDIS_URL (docker-compose does).
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
# acks_late alone loses a task whose worker child is killed (docs/operations.md).
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 15 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 14 * 60
# Redis hands an unacknowledged task to another worker after this long. It must exceed the
# longest a task can hold its message: the venture import's 35-minute time limit (the emails'
# 90 s plus a retry delay of at most 15 minutes is shorter), or a long import would run twice.
# Not much longer: it is also how long a task of a killed worker waits to run again (emails do
# not wait for it: see OUTBOX_REQUEUE_AFTER_MINUTES). tests/core/test_outbox_requeue.py checks it.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 40 * 60}
# Seconds after which an outbox email still marked "sending" belongs to a delivery that died
# (a killed worker): another delivery may then take it over. Above deliver_email's 90 s time limit.
OUTBOX_SENDING_TIMEOUT = 5 * 60
# An outbox email still unsent this many minutes after it was written (or last queued again) is
# queued again by core.tasks.requeue_unsent_emails (beat, every minute); after this many days the
# outbox stops trying and leaves it to staff (admin: outbound emails, "sent at" empty).
OUTBOX_REQUEUE_AFTER_MINUTES = env.int("OUTBOX_REQUEUE_AFTER_MINUTES", default=10)
OUTBOX_GIVE_UP_AFTER_DAYS = 3
CELERY_TASK_DEFAULT_QUEUE = "registry"
CELERY_TIMEZONE = "Asia/Bangkok"
CELERY_BEAT_SCHEDULE: dict[str, dict] = {
    "requeue-unsent-emails": {"task": "core.tasks.requeue_unsent_emails", "schedule": 60},
    "forget-old-import-reports": {"task": "registry.tasks.forget_old_import_reports", "schedule": 24 * 60 * 60},
}

# --- Auth ----------------------------------------------------------------------------------
AUTH_USER_MODEL = "registry.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        # Compared with the log-in email and the person's name (the default list names fields
        # this user model does not have).
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "full_name")},
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "my:dashboard"
LOGOUT_REDIRECT_URL = "registry:home"
# Email-verification and password-reset links stay valid this long (seconds).
PASSWORD_RESET_TIMEOUT = 3 * 24 * 60 * 60

# Behind a reverse proxy, the number of proxies that append to X-Forwarded-For; 0 = use
# REMOTE_ADDR. Log-in lockout and rate limits read the client address the same way
# (core.client_ip), so a client cannot dodge either by sending its own header.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# django-axes: 5 failures lock the (username, IP) pair for 30 minutes. A username-only key would
# let anyone lock a victim out; the pair keeps the victim's own IP free (docs/operations.md).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
# Log-in is by email, case-insensitive: count "Victim@x" and "victim@x" as one username.
AXES_USERNAME_CALLABLE = "core.client_ip.axes_username"
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "registry.views.errors.locked_out"
AXES_HTTP_RESPONSE_CODE = 429

# django-ratelimit: per-IP limits on the forms strangers can post (sign-up, password reset,
# resending a verification email) and a generous one on log-in against credential stuffing
# across many usernames from one address, which the (username, IP) lockout alone allows.
# Rates are "<count>/<period>"; each can be overridden from the environment.
REGISTRY_RATE_LIMITS = {
    "signup": env.str("RATE_LIMIT_SIGNUP", default="5/h"),
    "password_reset": env.str("RATE_LIMIT_PASSWORD_RESET", default="5/h"),
    "resend_verification": env.str("RATE_LIMIT_RESEND_VERIFICATION", default="3/h"),
    "login": env.str("RATE_LIMIT_LOGIN", default="30/10m"),
    "invite": env.str("RATE_LIMIT_INVITE", default="20/h"),
}
# Password-reset emails one account receives, whoever asks and from however many addresses (the
# per-address limit above cannot stop a flood of one inbox from many addresses). Over it the page
# answers exactly as when an email is sent, so it never shows whether the address has an account.
PASSWORD_RESET_EMAILS_PER_RECIPIENT = env.str("RATE_LIMIT_PASSWORD_RESET_PER_RECIPIENT", default="3/h")
RATELIMIT_USE_CACHE = "default"
# With the cache (Redis) down the limits cannot count: let requests through rather than refuse
# every sign-up and log-in (docs/operations.md "When Redis is down"). Log-in lockout (axes)
# counts in the database and still holds.
RATELIMIT_FAIL_OPEN = True
RATELIMIT_VIEW = "registry.views.errors.rate_limited"
RATELIMIT_HASH_ALGORITHM = "hashlib.sha256"

# --- Internationalisation ------------------------------------------------------------------
LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

# --- Static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
FILE_UPLOAD_PERMISSIONS = 0o644
DATA_UPLOAD_MAX_NUMBER_FILES = 10
# A logo: JPEG, PNG or WebP up to this many bytes and pixels (checked by registry.uploads; the
# request-size limit does not count file parts, so the proxy must also cap the body size).
REGISTRY_LOGO_MAX_BYTES = env.int("LOGO_MAX_BYTES", default=2 * 1024 * 1024)
# An admin import's file is deleted when the import ends; the reasons its report gives for bad
# rows (which quote cells: contact details among them) after this many days (the counts stay).
REGISTRY_IMPORT_REPORT_DAYS = env.int("IMPORT_REPORT_DAYS", default=90)
# PostgreSQL: the longest a public search's SQL statement may run (registry/search/limits.py);
# past it the visitor is asked to add a word (503). 0: no limit.
REGISTRY_SEARCH_TIMEOUT_MS = env.int("SEARCH_TIMEOUT_MS", default=2000)
REGISTRY_LOGO_MAX_PIXELS = 4096 * 4096
# Stored logos are re-encoded no larger than this on their longer side.
REGISTRY_LOGO_STORED_SIZE = 800

# --- Email -----------------------------------------------------------------------------------
if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Social Innovation Registry <noreply@registry.nia.or.th>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- REST API (the read-only open data at /api/v1/) -------------------------------------------
# The classes named here live in registry/api_defaults.py, which imports no DRF views (DRF reads
# these settings while its own views module is being imported).
# Below gunicorn's request-line limit (Dockerfile: --limit-request-line 8190) and nginx's 8 KB
# header buffer, so an over-long address is refused here, with the site's own 414.
MAX_URL_LENGTH = env.int("MAX_URL_LENGTH", default=4096)
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "registry.api_schema.OpenDataAutoSchema",
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_RENDERER_CLASSES": ["registry.api_defaults.HtmlSafeJSONRenderer"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "registry.api_defaults.OpenDataPagination",
    "PAGE_SIZE": 20,
    "UNAUTHENTICATED_USER": None,
    # Every API caller is anonymous: one counter per client address (core.client_ip), kept
    # in the default cache (Redis when REDIS_URL is set, so every process shares it).
    "DEFAULT_THROTTLE_CLASSES": ["registry.api_defaults.OpenDataAnonThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": env.str("API_THROTTLE_ANON", default="120/min")},
    "EXCEPTION_HANDLER": "registry.api_defaults.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Social Innovation Registry API",
    "DESCRIPTION": "Open data of Thailand's social-innovation registry (NIA and UNDP). Read-only.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}
# Rows read per database round trip when a CSV or 360Giving export streams a list.
OPENDATA_EXPORT_CHUNK_SIZE = env.int("OPENDATA_EXPORT_CHUNK_SIZE", default=500)

# 360Giving (/api/v1/grants/360giving.json). Grant identifiers are this prefix + the award's
# number, e.g. 360G-nia-th-42; a recipient without a Thai juristic-person ID (TH-DBD-<13 digits>)
# is identified as the prefix + "org-" + its venture slug. The funder's identifier and the
# licence are NIA's to confirm before publishing to the 360Giving registry.
OPENDATA_360G_PREFIX = env.str("OPENDATA_360G_PREFIX", default="360G-nia-th-")
OPENDATA_FUNDER_ID = env.str("OPENDATA_FUNDER_ID", default="360G-nia-th-org-nia")
OPENDATA_FUNDER_NAME = "National Innovation Agency (NIA)"
OPENDATA_FUNDER_NAME_TH = "สำนักงานนวัตกรรมแห่งชาติ (องค์การมหาชน)"
OPENDATA_FUNDER_URL = "https://www.nia.or.th/"
OPENDATA_LICENSE_URL = env.str("OPENDATA_LICENSE_URL", default="https://creativecommons.org/licenses/by/4.0/")

# Django 6 makes https the default scheme of URLField form input; opt in now.
FORMS_URLFIELD_ASSUME_HTTPS = True

# --- Security headers ------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# --- Logging ---------------------------------------------------------------------------------
# Uncaught errors (a 500, a task that failed for good) are emailed to ADMINS through the outbox
# (core/error_reports.py), one email per kind of error and admin every 10 minutes, besides going
# to stderr. The "django" logger is configured here so that Django's own mail_admins handler,
# which would call the mail server inside the failing request, is replaced rather than added to.
ADMINS = [(name, address) for name, address in getaddresses([env.str("ADMINS", default="")]) if address]
EMAIL_SUBJECT_PREFIX = env.str("EMAIL_SUBJECT_PREFIX", default="[Social Innovation Registry] ")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail_admins": {
            "class": "core.error_reports.OutboxAdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django": {"handlers": ["mail_admins"], "level": "INFO", "propagate": True},
        "celery.app.trace": {"handlers": ["mail_admins"], "propagate": True},
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}

# --- Registry ----------------------------------------------------------------------------------
REGISTRY_DEFAULT_CURRENCY = "THB"
REGISTRY_FOUR_EYES_THRESHOLD_THB = 1_500_000
# Days a team invitation link stays valid.
REGISTRY_INVITATION_DAYS = 14
