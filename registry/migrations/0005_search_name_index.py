"""PostgreSQL: a GIN index on the name words alone, for the "name matches first" ranking tier.

The weighted `vector` cannot serve it: GIN does not store weights, so `'word':A` rechecks
every row that has the word anywhere (14k rows for a common word at 100k ventures).
Nothing to do on SQLite: the FTS5 word table filters on its `name` column directly.
"""

from django.db import migrations

FORWARDS = {
    "postgresql": [
        "CREATE INDEX registry_vsd_name_tsv ON registry_venturesearchdocument "
        "USING gin (to_tsvector('simple'::regconfig, name))"
    ]
}
BACKWARDS = {"postgresql": ["DROP INDEX IF EXISTS registry_vsd_name_tsv"]}


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("registry", "0004_search_backend_structures")]

    operations = [migrations.RunPython(_run(FORWARDS), _run(BACKWARDS))]
