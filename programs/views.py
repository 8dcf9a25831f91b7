"""Public programme pages: what each programme offers, its partners, its calls and its outcomes."""

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import ngettext
from django.views.generic import DetailView, ListView

from . import extensions, selectors
from .models import Call, CallStatus, Programme

# Venture cards shown on a programme page; the directory lists the rest.
VENTURES_SHOWN = 24


class ProgrammeListView(ListView):
    """The programmes, each with what it offers, its partners, open calls and outcomes at a glance."""

    template_name = "programs/programme_list.html"
    context_object_name = "programmes"

    def get_queryset(self) -> QuerySet[Programme]:
        return selectors.programme_cards()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        # Staff edit the programmes: say how many there are from the data.
        count = len(context["programmes"])
        context["description"] = ngettext(
            "The %(count)d support programme of NIA for social-innovation ventures: what it offers, its "
            "partners, open calls and outcomes so far.",
            "The %(count)d support programmes of NIA for social-innovation ventures: what each offers, their "
            "partners, open calls and outcomes so far.",
            count,
        ) % {"count": count}
        return context


class ProgrammeDetailView(DetailView):
    """One programme: what it offers, partners, open and past calls, eligibility and outcomes so far.

    The number of queries does not grow with the number of calls, participations or awards.
    """

    template_name = "programs/programme_detail.html"
    context_object_name = "programme"

    def get_queryset(self) -> QuerySet[Programme]:
        return Programme.objects.filter(is_active=True).prefetch_related("partners")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        programme: Programme = self.object
        now = timezone.now()
        open_calls, others = selectors.programme_calls(programme, now)
        upcoming = sorted(
            (call for call in others if call.status == CallStatus.OPEN and call.opens_at > now),
            key=lambda call: call.opens_at,
        )
        ventures = list(
            selectors.supported_venture_cards(programme).order_by("-published_at", "-pk")[: VENTURES_SHOWN + 1]
        )
        context.update(
            {
                "open_calls": [(call, selectors.eligibility_in_words(call)) for call in open_calls],
                "upcoming_calls": [(call, selectors.eligibility_in_words(call)) for call in upcoming],
                "past_calls": [call for call in others if call not in upcoming],
                "outcomes": selectors.programme_outcomes(programme),
                "ventures": ventures[:VENTURES_SHOWN],
                "more_ventures": len(ventures) > VENTURES_SHOWN,
                "now": now,
            }
        )
        return context


class CallDetailView(DetailView):
    """A call: description, window, budget, eligibility, criteria and questions, and how to apply.

    Draft and cancelled calls are not public (404), nor are calls of an inactive programme.
    """

    template_name = "programs/call_detail.html"
    context_object_name = "call"

    def get_queryset(self) -> QuerySet[Call]:
        return (
            selectors.public_calls()
            .filter(programme__slug=self.kwargs["programme_slug"], programme__is_active=True)
            .prefetch_related(
                "eligible_areas",
                "eligible_countries",
                "criteria",
                "questions",
            )
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        call: Call = self.object
        now = timezone.now()
        login = resolve_url(settings.LOGIN_URL)
        context.update(
            {
                "programme": call.programme,
                "eligibility": selectors.eligibility_in_words(call),
                "criteria": list(call.criteria.all()),
                "questions": list(call.questions.all()),
                "login_url": f"{login}?{urlencode({'next': self.request.get_full_path()})}",
                "now": now,
                # The "Apply" panel: registered by the grants app.
                **extensions.call_context(call, self.request.user, now),
            }
        )
        return context

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().get(request, *args, **kwargs)
        if request.user.is_authenticated:
            # The "Apply" panel names the person's own ventures: never for a shared cache.
            patch_cache_control(response, private=True)
        return response
