"""PostgreSQL: an index holding what the facet counts read of every published venture.

The facet counts read, for each published venture, its id, country, province, stage and the
youth-led and verified marks. Without this index PostgreSQL reads those from the venture rows
themselves, which carry the descriptions (200+ MB at 100k ventures). Keyed on (status, id), it
serves a scan of all published ventures and a check of one id from the index alone (once
autovacuum has set the visibility map). SQLite is left as it was (measured on PostgreSQL only).
"""

from django.db import migrations

FORWARDS = {
    "postgresql": [
        "CREATE INDEX registry_venture_published_facets ON registry_venture (status, id) "
        "INCLUDE (country_id, province_id, stage, youth_led, verified)"
    ]
}
BACKWARDS = {"postgresql": ["DROP INDEX IF EXISTS registry_venture_published_facets"]}


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("registry", "0009_import_job")]

    operations = [migrations.RunPython(_run(FORWARDS), _run(BACKWARDS))]
