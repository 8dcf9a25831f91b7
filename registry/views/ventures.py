"""A venture's public page and the area pages."""

from typing import Any

from django.db.models import QuerySet
from django.views.generic import DetailView

from .. import extensions, selectors
from ..models import SocialArea, Venture


class VentureDetailView(DetailView):
    """Everything public about one published venture (404 for any other status)."""

    template_name = "registry/venture_detail.html"
    context_object_name = "venture"

    def get_queryset(self) -> QuerySet[Venture]:
        return selectors.public_venture_detail()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        # Programmes joined, grants received, impact results: registered by the apps that hold them.
        context.update(extensions.venture_evidence(self.object))
        return context


class AreaDetailView(DetailView):
    template_name = "registry/area_detail.html"
    context_object_name = "area"

    def get_queryset(self) -> QuerySet[SocialArea]:
        return SocialArea.objects.active().prefetch_related("sdgs")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        ventures = selectors.venture_cards().filter(venture_areas__area=self.object)
        context["venture_count"] = ventures.count()
        context["ventures"] = list(ventures.order_by("-published_at", "-pk")[:12])
        return context
