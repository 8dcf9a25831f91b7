"""Public programme pages: what each programme offers, its partners, its calls and its ventures."""

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.views.generic import DetailView, ListView

from registry.selectors import venture_cards

from .models import Call, CallStatus, Programme


class ProgrammeListView(ListView):
    template_name = "programs/programme_list.html"
    context_object_name = "programmes"

    def get_queryset(self) -> QuerySet[Programme]:
        return Programme.objects.filter(is_active=True).order_by("order", "code")


class ProgrammeDetailView(DetailView):
    template_name = "programs/programme_detail.html"
    context_object_name = "programme"

    def get_queryset(self) -> QuerySet[Programme]:
        return Programme.objects.filter(is_active=True).prefetch_related("partners")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        calls = Call.objects.filter(programme=self.object).exclude(status__in=[CallStatus.DRAFT, CallStatus.CANCELLED])
        context["open_calls"] = list(calls.accepting_applications(now).order_by("closes_at"))
        context["past_calls"] = list(
            calls.exclude(pk__in=[c.pk for c in context["open_calls"]]).filter(opens_at__lte=now).order_by("-opens_at")
        )
        ventures = venture_cards().filter(participations__programme=self.object).distinct()
        context["venture_count"] = ventures.count()
        context["ventures"] = list(ventures.order_by("-published_at", "-pk")[:24])
        return context
