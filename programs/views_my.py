"""A venture's team reports its impact results (`/<lang>/my/ventures/<pk>/results/`).

Access as for every page about one of the visitor's ventures (registry.views.my.VentureMixin):
404 for anyone not on the team. Writes go through `programs.services`.
"""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from registry.views.my import VentureMixin, error_messages

from . import services
from .forms import IndicatorForm, MeasurementForm
from .models import ImpactIndicator, ImpactMeasurement


class ResultsView(VentureMixin, TemplateView):
    template_name = "programs/my_results.html"

    def indicators(self) -> list[ImpactIndicator]:
        return list(
            ImpactIndicator.objects.filter(venture=self.venture)
            .select_related("area")
            .prefetch_related(Prefetch("measurements", queryset=ImpactMeasurement.objects.order_by("-period_start")))
            .order_by("pk")
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        bound: MeasurementForm | None = kwargs.get("measurement_form")
        rows = [
            (
                indicator,
                bound
                if bound is not None and bound.indicator.pk == indicator.pk
                else MeasurementForm(indicator=indicator),
            )
            for indicator in self.indicators()
        ]
        context.update(
            venture=self.venture,
            rows=rows,
            indicator_form=kwargs.get("indicator_form") or IndicatorForm(),
            can_report=services.can_report_results(self.request.user, self.venture),
        )
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        allowed, reason = services.can_report_results(request.user, self.venture)
        if not allowed:
            raise PermissionDenied(reason)
        if "indicator" in request.POST:
            indicator = get_object_or_404(ImpactIndicator, pk=request.POST["indicator"], venture=self.venture)
            return self.report_figure(request, indicator)
        return self.add_indicator(request)

    def add_indicator(self, request: HttpRequest) -> HttpResponse:
        form = IndicatorForm(request.POST)
        if form.is_valid():
            try:
                services.indicator_report(venture=self.venture, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                for message in error_messages(error):
                    form.add_error(None, message)
            else:
                messages.success(request, _("Indicator added. Report its figures below."))
                return redirect("results:page", pk=self.venture.pk)
        return self.render_to_response(self.get_context_data(indicator_form=form))

    def report_figure(self, request: HttpRequest, indicator: ImpactIndicator) -> HttpResponse:
        form = MeasurementForm(request.POST, indicator=indicator)
        if form.is_valid():
            try:
                services.measurement_report(indicator=indicator, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                for message in error_messages(error):
                    form.add_error(None, message)
            else:
                messages.success(
                    request, _("Figure saved. It appears on your public page once the programme staff have checked it.")
                )
                return redirect("results:page", pk=self.venture.pk)
        return self.render_to_response(self.get_context_data(measurement_form=form))
