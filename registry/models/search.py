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


class SearchPosting(models.Model):
    """One search key of one document and how strongly the document has it (BM25F weight).

    Written only by `registry.search.index`, beside the document. Keys are words as ranking sees
    them (Thai words and their compound parts, English stems: registry/search/text.py `keys`) and
    thesaurus concepts (`~` + the concept's key). The weight adds the field weights of each
    occurrence (name 4, summary 2, description 1, places ½), each divided by the field's length
    relative to a typical one (docs/search.md).
    """

    # No index of its own: the unique (document, key) index serves every lookup by document.
    document = models.ForeignKey(
        VentureSearchDocument,
        on_delete=models.CASCADE,
        related_name="postings",
        verbose_name=_("document"),
        db_index=False,
    )
    key = models.CharField(_("key"), max_length=110)
    weight = models.FloatField(_("weight"))

    class Meta:
        verbose_name = _("search posting")
        verbose_name_plural = _("search postings")
        constraints = [models.UniqueConstraint(fields=["document", "key"], name="registry_posting_document_key")]
        # Ranking reads a key's heaviest postings: with the document in the index, from the index alone.
        indexes = [models.Index(fields=["key", "-weight", "document"], name="registry_posting_key_wt_doc")]

    def __str__(self) -> str:
        return f"{self.key} in {self.document_id}"


class SearchKey(models.Model):
    """How many documents have a key: the rarity (IDF) ranking gives it, kept up to date by every reindex."""

    key = models.CharField(_("key"), max_length=110, unique=True)
    documents = models.PositiveIntegerField(_("documents"), default=0)

    class Meta:
        verbose_name = _("search key")
        verbose_name_plural = _("search keys")

    def __str__(self) -> str:
        return self.key


class Concept(models.Model):
    """A thesaurus concept: one social problem, group or place, with the words people use for it.

    Loaded from registry/data/thesaurus/ (`manage.py load_thesaurus`) and edited by staff in the
    admin; a word of the concept in a query also finds ventures that use its other words.
    """

    key = models.SlugField(_("key"), max_length=80, unique=True)
    label_th = models.CharField(_("label (Thai)"), max_length=200)
    label_en = models.CharField(_("label (English)"), max_length=200)
    areas = models.ManyToManyField(
        "registry.SocialArea", blank=True, related_name="concepts", verbose_name=_("social areas")
    )
    sdgs = models.ManyToManyField("registry.Sdg", blank=True, related_name="concepts", verbose_name=_("SDGs"))
    is_place = models.BooleanField(_("is a place"), default=False)
    edited_in_admin = models.BooleanField(
        _("edited in the admin"),
        default=False,
        help_text=_("Loading the thesaurus files leaves a concept edited in the admin as it is."),
    )

    class Meta:
        ordering = ["key"]
        verbose_name = _("thesaurus concept")
        verbose_name_plural = _("thesaurus concepts")

    def __str__(self) -> str:
        return f"{self.label_th} / {self.label_en}"

    def label(self, language: str | None) -> str:
        return self.label_en if (language or "th")[:2] == "en" else self.label_th


class ConceptTerm(models.Model):
    """A word or phrase of a concept, in Thai or English."""

    class Language(models.TextChoices):
        THAI = "th", _("Thai")
        ENGLISH = "en", _("English")

    concept = models.ForeignKey(Concept, on_delete=models.CASCADE, related_name="terms", verbose_name=_("concept"))
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    term = models.CharField(_("word or phrase"), max_length=200)

    class Meta:
        ordering = ["concept", "language", "pk"]
        verbose_name = _("thesaurus word")
        verbose_name_plural = _("thesaurus words")
        constraints = [models.UniqueConstraint(fields=["concept", "term"], name="registry_conceptterm_unique")]

    def __str__(self) -> str:
        return self.term


class BrowseFacetCounts(models.Model):
    """The directory's facet counts over every published venture (browsing, no facet chosen),
    kept between requests so that a cold cache does not count 100k ventures (registry/search/facets.py).

    One row. `version` moves on in the transaction of every change to the search index; a task
    then recounts and records the version it counted at: the counts are valid while
    `counted_version == version`.
    """

    version = models.PositiveBigIntegerField(_("index version"), default=1)
    counted_version = models.PositiveBigIntegerField(_("version counted"), default=0)
    counts = models.JSONField(_("counts"), default=dict)
    counted_at = models.DateTimeField(_("counted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("browsing facet counts")
        verbose_name_plural = _("browsing facet counts")

    def __str__(self) -> str:
        return f"facet counts at index version {self.counted_version}"
