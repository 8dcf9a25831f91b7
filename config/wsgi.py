"""WSGI entry point (gunicorn config.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
application = get_wsgi_application()

# Each gunicorn worker loads the Thai dictionary once, at start, not during someone's search.
from registry.search.text import warm_up  # noqa: E402 (needs the app registry loaded above)

warm_up()
