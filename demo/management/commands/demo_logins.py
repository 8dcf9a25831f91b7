"""`manage.py demo_logins --url http://127.0.0.1:8000/`: where the portal runs and the demo log-ins."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from registry.models import User


class Command(BaseCommand):
    help = "Print the portal and admin URLs and the demo log-ins (demo credentials for local use only)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--url", default="http://127.0.0.1:8000/", help="Where the portal is served.")

    def handle(self, *args: Any, **options: Any) -> None:
        base = options["url"].rstrip("/") + "/"
        existing = set(User.objects.filter(email__in=[a.email for a in DEMO_ACCOUNTS]).values_list("email", flat=True))
        width = max(len(a.email) for a in DEMO_ACCOUNTS)
        write = self.stdout.write
        write("")
        write(self.style.SUCCESS("Social Innovation Registry · ทะเบียนนวัตกรรมเพื่อสังคม"))
        write(f"  Portal (Thai):    {base}th/")
        write(f"  Portal (English): {base}en/")
        write(f"  Staff admin:      {base}admin/")
        write("")
        write(self.style.WARNING("DEMO CREDENTIALS FOR LOCAL USE ONLY: never use them on a server others can reach."))
        write(f"  Password for every demo account: {DEMO_PASSWORD}")
        for account in DEMO_ACCOUNTS:
            missing = "" if account.email in existing else "   (not created yet: run `manage.py seed_demo`)"
            write(f"  {account.email.ljust(width)}  {account.label}{missing}")
        write("  Staff log in at the admin; entrepreneurs log in on the portal.")
        write("")
