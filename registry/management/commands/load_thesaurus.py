"""Load the reviewed thesaurus files into the database and reindex the ventures they change."""

from typing import Any

from django.core.management.base import BaseCommand

from registry.models import ConceptTerm
from registry.search.reindex import reindex_for_concepts
from registry.search.thesaurus import load, read_files


class Command(BaseCommand):
    help = (
        "Load registry/data/thesaurus/*.csv (idempotent: unchanged concepts and concepts edited in the admin "
        "are left alone), then reindex the ventures that use the changed concepts' words."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        rows = read_files()
        before = _terms_by_concept()
        created, updated = load(rows)
        after = _terms_by_concept()
        changed = {key for key in after.keys() | before.keys() if after.get(key) != before.get(key)}
        words = {term for key in changed for term in before.get(key, set()) | after.get(key, set())}
        scheduled = reindex_for_concepts(changed, words)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(rows)} concepts in the files: {created} new, {updated} changed; {scheduled} ventures to reindex."
            )
        )


def _terms_by_concept() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for key, term in ConceptTerm.objects.values_list("concept__key", "term"):
        found.setdefault(key, set()).add(term)
    return found
