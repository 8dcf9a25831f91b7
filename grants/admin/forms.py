"""Forms staff fill in the admin to move an application or award along; each feeds one service."""

from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget, AutocompleteSelect
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.admin.mixins import grouped_amount
from programs.models import CURRENCIES, ReviewCriterion
from registry.models import Venture

from ..models import Award, CoInvestment, GrantApplication, Review
from ..services import grouped

MONEY = {"max_digits": 14, "decimal_places": 2, "min_value": Decimal("0")}


class ScreeningForm(forms.Form):
    PASS, FAIL = "pass", "fail"

    decision = forms.ChoiceField(
        label=_("Screening result"),
        choices=[(PASS, _("Passes: send it to the reviewers")), (FAIL, _("Does not pass: reject it"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when it does not pass: the applicant reads it."),
    )


def reviewers() -> QuerySet[Any]:
    """Active staff who may review grant applications."""
    perm = Permission.objects.filter(codename="review_grantapplication", content_type__app_label="grants")
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(Q(groups__permissions__in=perm) | Q(user_permissions__in=perm) | Q(is_superuser=True))
        .distinct()
        .order_by("email")
    )


def reviewer_label(user: Any) -> str:
    return f"{user.get_full_name()} <{user.email}>"


class AssignReviewerForm(forms.Form):
    reviewer = forms.ModelChoiceField(
        label=_("Reviewer"),
        queryset=get_user_model().objects.none(),
        help_text=_("Never someone from the applicant's own venture, nor an approver of this application."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["reviewer"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = reviewers()
        field.label_from_instance = reviewer_label  # type: ignore[method-assign,assignment]


class ReviewScoreForm(forms.Form):
    """One score per criterion of the call, a recommendation and a comment."""

    recommendation = forms.ChoiceField(label=_("Recommendation"), choices=Review.Recommendation.choices)
    comment = forms.CharField(
        label=_("Comment"), required=False, max_length=10_000, widget=forms.Textarea(attrs={"rows": 5})
    )

    def __init__(self, *args: Any, review: Review, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.criteria = list(ReviewCriterion.objects.filter(call=review.application.call_id))
        given = {s.criterion_id: s.score for s in review.scores.all()}
        for criterion in self.criteria:
            self.fields[self.field_name(criterion)] = forms.IntegerField(
                label=str(criterion),
                required=False,
                initial=given.get(criterion.pk),
                help_text=_("0 to %(max)s · weight %(weight)s")
                % {"max": criterion.max_score, "weight": criterion.weight},
            )
        self.fields["recommendation"].initial = review.recommendation or None
        self.fields["comment"].initial = review.comment
        self.order_fields([*(self.field_name(c) for c in self.criteria), "recommendation", "comment"])

    @staticmethod
    def field_name(criterion: ReviewCriterion) -> str:
        return f"criterion_{criterion.pk}"

    def scores(self) -> dict[int, int]:
        """The scores given (a missing one is left for the service to refuse with its message)."""
        out = {}
        for criterion in self.criteria:
            value = self.cleaned_data.get(self.field_name(criterion))
            if value is not None:
                out[criterion.pk] = value
        return out


class ApproveForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount awarded"), **MONEY)  # type: ignore[arg-type]
    amount_thb = forms.DecimalField(
        label=_("Value in THB"),
        required=False,
        help_text=_("For an award in another currency: its THB value on the award date."),
        **MONEY,  # type: ignore[arg-type]
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when awarding more than was requested."),
    )
    agreement_number = forms.CharField(
        label=_("Agreement number"),
        required=False,
        max_length=60,
        help_text=_("Leave empty to number it NIA-SI-%(year)s-NNNN (the year of the award date)."),
    )
    award_date = forms.DateField(label=_("Award date"), widget=AdminDateWidget, localize=True)

    def __init__(self, *args: Any, application: GrantApplication, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["amount"].initial = application.requested_amount
        self.fields["amount"].help_text = _("Requested: %(amount)s %(currency)s.") % {
            "amount": grouped_amount(application.requested_amount),
            "currency": application.currency,
        }
        if application.call.max_award is not None:
            self.fields["amount"].help_text += " " + _("This call awards at most %(maximum)s THB per project.") % {
                "maximum": grouped(application.call.max_award)
            }
        self.fields["award_date"].initial = timezone.localdate()
        # Agreement numbers carry the Gregorian year (next_agreement_number), whatever the page's language.
        self.fields["agreement_number"].help_text = self.fields["agreement_number"].help_text % {
            "year": timezone.localdate().year
        }
        if application.currency == "THB":
            del self.fields["amount_thb"]


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The applicant reads it."),
    )


class PlanTrancheForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount"), **MONEY)  # type: ignore[arg-type]
    planned_date = forms.DateField(label=_("Planned date"), widget=AdminDateWidget, localize=True)


class PayTrancheForm(forms.Form):
    paid_date = forms.DateField(label=_("Paid on"), widget=AdminDateWidget, localize=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["paid_date"].initial = timezone.localdate()


class CloseAwardForm(forms.Form):
    final_report = forms.CharField(
        label=_("Final report"),
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What the project achieved, or a link to the report."),
    )


class CoInvestmentForm(forms.Form):
    """A co-investment record; it counts as investment leveraged once verified."""

    venture = forms.ModelChoiceField(label=_("Venture"), queryset=Venture.objects.all())
    award = forms.ModelChoiceField(
        label=_("Award"),
        required=False,
        queryset=Award.objects.all(),
        help_text=_("The grant it came alongside, if any."),
    )
    source = forms.CharField(label=_("Source"), max_length=200)
    source_kind = forms.ChoiceField(label=_("Kind of source"), choices=CoInvestment.SourceKind.choices)
    amount = forms.DecimalField(label=_("Amount"), max_digits=16, decimal_places=2, min_value=Decimal("0"))
    currency = forms.ChoiceField(label=_("Currency"), choices=CURRENCIES, initial="THB")
    amount_thb = forms.DecimalField(
        label=_("Value in THB"),
        required=False,
        max_digits=16,
        decimal_places=2,
        min_value=Decimal("0"),
        help_text=_("Required for another currency."),
    )
    date = forms.DateField(label=_("Date"), widget=AdminDateWidget, localize=True)
    verified = forms.BooleanField(
        label=_("Verified"), required=False, help_text=_("Tick only when the money is evidenced (agreement, transfer).")
    )

    def __init__(self, *args: Any, admin_site: admin.AdminSite, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("venture", "award"):
            field = self.fields[name]
            assert isinstance(field, forms.ModelChoiceField)
            field.widget = AutocompleteSelect(CoInvestment._meta.get_field(name), admin_site)
            field.widget.choices = field.choices  # the widget reads the chosen row's label from these
