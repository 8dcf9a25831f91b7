"""Load countries, regions, provinces, SDGs and the nine social areas (idempotent)."""

from django.db import migrations

from registry.reference import load_registry_reference


def forwards(apps, schema_editor):
    load_registry_reference(apps)


class Migration(migrations.Migration):
    dependencies = [("registry", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
