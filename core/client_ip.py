"""Who is asking: the client address and log-in name that lockout and rate limits count by.

django-axes and django-ratelimit both read the client address here, so they always agree.
Without a trusted proxy (TRUSTED_PROXY_COUNT=0) it is REMOTE_ADDR and X-Forwarded-For is
ignored: a client could otherwise send a new made-up address with every attempt.
"""

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: REMOTE_ADDR, or the address the outermost trusted proxy saw (None
    when the request has none, e.g. one made up by `Client.force_login`)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        # Each trusted proxy appended the address it received from; the last `proxies`
        # entries are theirs, so the client is the one just before them.
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or None


def client_ip_key(group: str, request: HttpRequest) -> str:
    """django-ratelimit key function: one counter per client address."""
    return client_ip(request) or "unknown"


# django-axes stores the log-in name in AccessAttempt.username, a varchar(255): a longer name,
# which anyone can post, made PostgreSQL refuse the row and the log-in page answer 500.
AXES_USERNAME_MAX_LENGTH = 255


def normalise_login(value: object) -> str:
    return str(value or "").strip().lower()


def _axes_key(value: object) -> str:
    """The name as axes stores it: normalised, without NUL (PostgreSQL refuses it in text) and cut
    to the column's length. Names that differ only past 255 characters count as one: no account
    has such a name (emails are at most 254), so this only makes guessing dearer."""
    return normalise_login(value).replace("\x00", "")[:AXES_USERNAME_MAX_LENGTH]


def axes_username(request: HttpRequest, credentials: dict[str, Any] | None = None) -> str:
    """The log-in email as axes should count it: case and surrounding spaces do not matter."""
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials and credentials.get(field):
        return _axes_key(credentials[field])
    return _axes_key(request.POST.get(field, "") if request.method == "POST" else "")
