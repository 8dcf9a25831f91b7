from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo data set and its log-ins, for local use and the tests: installed by the local and
    test settings, never by production (which need not have Faker)."""

    name = "demo"
    verbose_name = _("Demo data")
