"""The search thesaurus in the admin: staff add, correct and remove the words of a concept.

A save marks the concept as edited in the admin (loading the files again leaves it alone) and
reindexes only the ventures that use the concept's old or new words (registry/search/reindex.py).
"""

from typing import Any

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import Concept, ConceptTerm
from ..search.reindex import reindex_for_concepts


class ConceptTermInline(admin.TabularInline):
    model = ConceptTerm
    extra = 3
    fields = ("language", "term")


@admin.register(Concept)
class ConceptAdmin(admin.ModelAdmin):
    list_display = ("key", "label_th", "label_en", "is_place", "term_count", "edited_in_admin")
    list_filter = ("is_place", "edited_in_admin", "areas")
    search_fields = ("key", "label_th", "label_en", "terms__term")
    filter_horizontal = ("areas", "sdgs")
    readonly_fields = ("edited_in_admin",)
    inlines = [ConceptTermInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Concept]:
        return super().get_queryset(request).annotate(term_count=Count("terms"))

    @admin.display(description=_("words"), ordering="term_count")
    def term_count(self, concept: Concept) -> int:
        return getattr(concept, "term_count", 0)

    def save_model(self, request: HttpRequest, obj: Concept, form: Any, change: bool) -> None:
        obj.edited_in_admin = True
        request._thesaurus_words_before = set(obj.terms.values_list("term", flat=True)) if change else set()  # type: ignore[attr-defined]
        super().save_model(request, obj, form, change)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        concept = form.instance
        before: set[str] = getattr(request, "_thesaurus_words_before", set())
        after = set(concept.terms.values_list("term", flat=True))
        count = reindex_for_concepts([concept.key], before | after)
        self.message_user(
            request,
            ngettext(
                "Search will use the new words after %(count)d venture is reindexed.",
                "Search will use the new words after %(count)d ventures are reindexed.",
                count,
            )
            % {"count": count},
            messages.INFO,
        )

    def delete_model(self, request: HttpRequest, obj: Concept) -> None:
        key, words = obj.key, set(obj.terms.values_list("term", flat=True))
        super().delete_model(request, obj)
        reindex_for_concepts([key], words)
