"""Forms of the programme pages: a venture's team reporting its impact results."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from registry.models import SocialArea
from registry.widgets import DateInput

from .models import ImpactIndicator


class IndicatorForm(forms.Form):
    name_th = forms.CharField(label=_("Indicator in Thai"), max_length=200, required=False)
    name_en = forms.CharField(label=_("Indicator in English"), max_length=200, required=False)
    unit = forms.CharField(
        label=_("Unit"), max_length=50, help_text=_("What is counted: people, households, tonnes, baht…")
    )
    baseline = forms.DecimalField(
        label=_("Baseline"),
        help_text=_("The figure before the venture started working on it."),
        max_digits=16,
        decimal_places=2,
    )
    target = forms.DecimalField(label=_("Target (optional)"), required=False, max_digits=16, decimal_places=2)
    area = forms.ModelChoiceField(
        label=_("Area (optional)"), queryset=SocialArea.objects.filter(is_active=True), required=False
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not (cleaned.get("name_th", "").strip() or cleaned.get("name_en", "").strip()):
            raise forms.ValidationError(_("Name the indicator in Thai or in English."))
        return cleaned


class MeasurementForm(forms.Form):
    period_start = forms.DateField(label=_("Period from"), widget=DateInput())
    period_end = forms.DateField(label=_("Period to"), widget=DateInput())
    actual = forms.DecimalField(label=_("Actual figure"), max_digits=16, decimal_places=2)

    def __init__(self, *args: Any, indicator: ImpactIndicator, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", f"figure-{indicator.pk}")
        super().__init__(*args, **kwargs)
        self.indicator = indicator
        self.fields["actual"].help_text = _("In %(unit)s.") % {"unit": indicator.unit_label}
