"""A venture's owner, team and public contact details in the admin: shown read-only on the venture's
page, changed only through these small pages, each calling the service that owns the rule
(`registry.services.team`, `registry.services.profile`). The service writes the audit entry, the
consent record and the emails, exactly as when the team does the same on its own pages.

Staff cannot switch public contact details on: that is the team's own consent, given on the team's
pages. Staff can hide them at once (which withdraws the consent).
"""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import Step

from ..models import User, Venture, VentureMembership
from ..services.profile import venture_withdraw_contact_consent
from ..services.team import membership_remove, venture_invite, venture_transfer


class TransferForm(forms.Form):
    to = forms.ModelChoiceField(label=_("New owner"), queryset=User.objects.none())

    def __init__(self, *args: Any, venture: Venture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["to"]
        field.queryset = User.objects.filter(memberships__venture=venture).order_by("email")
        field.label_from_instance = lambda user: f"{user.get_full_name()} <{user.email}>"


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email address of the person to invite"))


class RemoveMemberForm(forms.Form):
    membership = forms.ModelChoiceField(label=_("Team member"), queryset=VentureMembership.objects.none())

    def __init__(self, *args: Any, venture: Venture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["membership"]
        field.queryset = venture.memberships.select_related("user").order_by("user__email")
        field.label_from_instance = lambda m: f"{m.user.get_full_name()} <{m.user.email}>"


def _transfer(venture: Venture, by: Any, data: dict[str, Any]) -> None:
    venture_transfer(venture=venture, by=by, to=data["to"])


def _invite(venture: Venture, by: Any, data: dict[str, Any]) -> None:
    venture_invite(venture=venture, by=by, email=data["email"])


def _remove_member(venture: Venture, by: Any, data: dict[str, Any]) -> None:
    membership_remove(membership=data["membership"], by=by)


def _hide_contact(venture: Venture, by: Any, data: dict[str, Any]) -> None:
    venture_withdraw_contact_consent(venture=venture, by=by)


def _team_step(**kwargs: Any) -> Step:
    return Step(change_only=True, **kwargs)


# The pages at `<id>/<slug>/` of a venture in the admin (URL names `registry_venture_<slug>`).
TEAM_STEPS: dict[str, Step] = {
    "transfer": _team_step(
        run=_transfer,
        done=_("The venture is handed over. The new owner is emailed."),
        title=_("Hand over to a new owner"),
        submit_label=_("Hand over"),
        intro=_(
            "A venture can be handed over only to a member of its team; invite the person first. "
            "The former owner stays on the team as an editor."
        ),
        form=TransferForm,
        form_kwargs=lambda venture: {"venture": venture},
    ),
    "invite": _team_step(
        run=_invite,
        done=_("The invitation is emailed."),
        title=_("Invite a team member"),
        submit_label=_("Send the invitation"),
        intro=_("The person joins the team as an editor once they accept the emailed invitation."),
        form=InviteForm,
    ),
    "remove-member": _team_step(
        run=_remove_member,
        done=_("The member is removed from the team."),
        title=_("Remove a team member"),
        submit_label=_("Remove from the team"),
        form=RemoveMemberForm,
        form_kwargs=lambda venture: {"venture": venture},
    ),
    "hide-contact": _team_step(
        run=_hide_contact,
        done=_("The contact details are no longer shown publicly."),
        title=_("Hide the contact details"),
        intro=_(
            "The contact details stop being shown at once, also in any proposed change, and the "
            "team's consent is recorded as withdrawn. Only the team can show them again."
        ),
    ),
}
