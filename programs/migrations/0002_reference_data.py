"""Load the five support programmes and NIA's core partners (idempotent)."""

from django.db import migrations

from programs.reference import load_programmes


def forwards(apps, schema_editor):
    load_programmes(apps)


class Migration(migrations.Migration):
    dependencies = [("programs", "0001_initial"), ("registry", "0002_reference_data")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
