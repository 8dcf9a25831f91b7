from django.db import models
from django.utils.translation import gettext_lazy as _

from .ventures import Venture


class VentureSearchDocument(models.Model):
    """The searchable text of one published venture, written only by `registry.search.index`.

    Word fields hold the venture's text segmented into words (`registry.search.text.words`),
    one space between words and a space at each end; `text` holds the compact lower-case copy
    used for substring matching. The database adds its own index structures beside this table
    (migration 0004): on PostgreSQL a generated weighted `vector` tsvector column with a GIN
    index and a trigram GIN index on `text`; on SQLite FTS5 tables kept in sync by triggers.
    Changing this table's columns needs those re-created in the same migration.
    """

    venture = models.OneToOneField(
        Venture, on_delete=models.CASCADE, primary_key=True, related_name="search_document", verbose_name=_("venture")
    )
    name = models.TextField(_("name words"), blank=True)
    summary = models.TextField(_("summary words"), blank=True)
    body = models.TextField(_("description words"), blank=True)
    places = models.TextField(_("area and place words"), blank=True)
    text = models.TextField(_("normalised text"), blank=True)
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self) -> str:
        return f"search document of venture {self.pk}"

    def word_set(self) -> set[str]:
        return set(f"{self.name} {self.summary} {self.body} {self.places}".split())


class SearchTerm(models.Model):
    """A word found in the published ventures, with the number of ventures using it ("did you mean")."""

    term = models.CharField(_("word"), max_length=100, unique=True)
    frequency = models.PositiveIntegerField(_("ventures using it"), default=0)

    class Meta:
        ordering = ["term"]
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self) -> str:
        return self.term
