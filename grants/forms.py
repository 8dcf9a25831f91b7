"""The entrepreneur's forms: an application (with budget lines and the call's questions), a withdrawal.

Forms only shape and check the input; `grants.services` applies the rules and writes.
"""

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from programs.models import Call, CallQuestion
from registry.models import Venture
from registry.widgets import DateInput

from .models import GrantApplication


class ApplicationForm(forms.ModelForm):
    """Title, summary, money and dates of an application; the venture too when starting one."""

    venture = forms.ModelChoiceField(
        label=_("Venture"),
        queryset=Venture.objects.none(),
        to_field_name="slug",
        empty_label=None,
        help_text=_("One of your ventures. Only a published venture can apply."),
    )

    class Meta:
        model = GrantApplication
        fields = ("title", "summary", "requested_amount", "currency", "planned_start", "planned_end")
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 6}),
            "planned_start": DateInput(),
            "planned_end": DateInput(),
        }
        help_texts = {
            "summary": _("What the project will do, for whom, and what will change."),
            "requested_amount": _("The amount you ask the programme for."),
        }

    def __init__(self, *args: Any, call: Call, user: Any, creating: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.call = call
        currencies = ["THB"] if call.currency == "THB" else ["THB", call.currency]
        self.fields["currency"] = forms.ChoiceField(
            label=_("Currency"), choices=[(c, c) for c in currencies], initial=call.currency
        )
        if creating:
            ventures = Venture.objects.owned_or_joined_by(user).order_by("name_th", "name_en", "pk")
            venture_field = self.fields["venture"]
            assert isinstance(venture_field, forms.ModelChoiceField)
            venture_field.queryset = ventures
            self.order_fields(["venture"])
        else:
            del self.fields["venture"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("planned_start"), cleaned.get("planned_end")
        if start and end and end < start:
            self.add_error("planned_end", _("The project cannot end before it starts."))
        return cleaned


class BudgetLineForm(forms.Form):
    item = forms.CharField(label=_("Budget item"), max_length=200, required=False)
    amount = forms.DecimalField(
        label=_("Amount"), max_digits=14, decimal_places=2, min_value=Decimal("0"), required=False
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        item, amount = (cleaned.get("item") or "").strip(), cleaned.get("amount")
        if item and amount is None:
            self.add_error("amount", _("Give the amount of this budget item."))
        if amount is not None and not item:
            self.add_error("item", _("Say what this amount is for."))
        return cleaned


class BaseBudgetLineFormSet(forms.BaseFormSet):
    def lines(self) -> list[tuple[str, Decimal]]:
        """The filled-in lines, in order, without deleted or empty ones."""
        out = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE") or not (data.get("item") or "").strip():
                continue
            out.append((data["item"].strip(), data["amount"]))
        return out


BudgetLineFormSet = forms.formset_factory(
    BudgetLineForm,
    formset=BaseBudgetLineFormSet,
    extra=3,
    can_delete=True,
    max_num=50,
    validate_max=True,
)


class AnswersForm(forms.Form):
    """One text box per question of the call. A draft may leave them empty; submitting may not."""

    def __init__(self, *args: Any, call: Call, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.questions = list(CallQuestion.objects.filter(call=call))
        for question in self.questions:
            self.fields[self.field_name(question)] = forms.CharField(
                label=str(question),
                required=False,
                max_length=10_000,
                widget=forms.Textarea(attrs={"rows": 4}),
                help_text=_("Required before you submit.") if question.required else _("Optional."),
            )

    @staticmethod
    def field_name(question: CallQuestion) -> str:
        return f"question_{question.pk}"

    def answers(self) -> dict[int, str]:
        return {q.pk: self.cleaned_data.get(self.field_name(q), "") for q in self.questions}


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are you withdrawing? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def add_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's ValidationError on the form: on its field when the form has one, else on top."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
