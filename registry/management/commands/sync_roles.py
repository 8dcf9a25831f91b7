from typing import Any

from django.core.management.base import BaseCommand

from registry.roles import sync_roles


class Command(BaseCommand):
    help = "Create or update the staff role groups (NIA/UNDP reviewer, grant approver, finance…)."

    def handle(self, *args: Any, **options: Any) -> None:
        for name, count in sync_roles().items():
            self.stdout.write(f"{name}: {count} permissions")
