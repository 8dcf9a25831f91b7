"""Load the reviewed thesaurus files (registry/data/thesaurus/) into a new database.

Later changes to the files are loaded by `manage.py load_thesaurus` (idempotent, leaves concepts
edited in the admin alone); this migration only gives a new database its first thesaurus.
"""

from types import SimpleNamespace

from django.db import migrations


def load(apps, schema_editor):
    from registry.search.thesaurus import load, read_files

    models = SimpleNamespace(
        Concept=apps.get_model("registry", "Concept"),
        ConceptTerm=apps.get_model("registry", "ConceptTerm"),
        SocialArea=apps.get_model("registry", "SocialArea"),
        Sdg=apps.get_model("registry", "Sdg"),
    )
    load(read_files(), models)


class Migration(migrations.Migration):
    dependencies = [("registry", "0012_search_keys_and_thesaurus")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
