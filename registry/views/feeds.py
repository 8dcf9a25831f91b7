"""An Atom feed of newly published ventures, in the page's language."""

import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from ..models import Venture

FEED_SIZE = 30


class PlainTextSummaryAtomFeed(Atom1Feed):
    """Atom whose entry summaries are plain text (`type="text"`).

    Django's Atom1Feed always labels the summary `type="html"`, so a reader decodes the escaped
    text once more and renders it as markup: a summary typed as `"><img onerror=…>` became a
    live element in feed readers. A venture's summary is plain text written by its team, so it
    is sent as what it is; readers then show it literally, whatever characters it holds.
    """

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class NewVenturesFeed(Feed):
    feed_type = PlainTextSummaryAtomFeed

    def title(self) -> str:
        return _("New ventures in the Social Innovation Registry")

    def subtitle(self) -> str:
        return _("Social-innovation ventures newly published by NIA and UNDP.")

    def link(self) -> str:
        return reverse("registry:venture_list")

    def items(self) -> QuerySet[Venture]:
        return Venture.objects.published().order_by("-first_published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item: Venture) -> str:
        return item.name

    def item_description(self, item: Venture) -> str:
        return item.summary

    def item_link(self, item: Venture) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Venture) -> datetime.datetime | None:
        return item.first_published_at or item.published_at

    def item_updateddate(self, item: Venture) -> datetime.datetime | None:
        return item.updated_at
