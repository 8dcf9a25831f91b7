"""A venture's team under /my/: invitations by email, accepting or declining, members, hand-over."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.generic import FormView

from .. import permissions
from ..forms import InviteForm, TransferForm
from ..models import VentureInvitation, VentureMembership
from ..services.team import (
    invitation_accept,
    invitation_decline,
    invitation_for_token,
    invitation_revoke,
    membership_remove,
    venture_invite,
    venture_transfer,
)
from .accounts import posts_per_ip
from .my import MyAreaMixin, VentureActionView, VentureMixin, error_messages, run_service


class TeamView(VentureMixin, FormView):
    """The team: members and pending invitations; the owner invites here."""

    template_name = "registry/my/team.html"
    form_class = InviteForm

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        is_owner = permissions.is_owner(self.request.user, self.venture)
        context.update(
            venture=self.venture,
            is_owner=is_owner,
            can_manage=permissions.can_manage_team(self.request.user, self.venture),
            members=self.venture.memberships.select_related("user").order_by("joined_at"),
            invitations=self.venture.invitations.pending().order_by("created_at") if is_owner else [],
        )
        return context

    @method_decorator(posts_per_ip("invite"))
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        allowed, reason = permissions.can_manage_team(request.user, self.venture)
        if not allowed:
            raise PermissionDenied(reason)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form: InviteForm) -> HttpResponse:
        email = form.cleaned_data["email"]
        try:
            venture_invite(venture=self.venture, by=self.request.user, email=email)
        except ValidationError as error:
            for message in error_messages(error):
                form.add_error("email", message)
            return self.form_invalid(form)
        messages.success(self.request, _("We sent an invitation to %(email)s.") % {"email": email})
        return redirect("my:team", pk=self.venture.pk)


class RemoveMemberView(VentureActionView):
    """The owner removes a member, or a member leaves."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        membership = get_object_or_404(VentureMembership, pk=kwargs["member_pk"], venture=self.venture)
        leaving = membership.user_id == request.user.pk
        membership_remove(membership=membership, by=request.user)
        if leaving:
            messages.success(request, _("You left the team of “%(name)s”.") % {"name": self.venture.name})
            return redirect("my:dashboard")
        messages.success(request, _("%(person)s is no longer on the team.") % {"person": membership.user})
        return redirect("my:team", pk=self.venture.pk)


class RevokeInvitationView(VentureActionView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        invitation = get_object_or_404(VentureInvitation, pk=kwargs["invitation_pk"], venture=self.venture)
        run_service(
            request,
            lambda: invitation_revoke(invitation=invitation, by=request.user),
            _("The invitation is cancelled; its link no longer works."),
        )
        return redirect("my:team", pk=self.venture.pk)


class TransferView(VentureMixin, FormView):
    """Hand the venture over to a team member (owner only)."""

    template_name = "registry/my/transfer.html"
    form_class = TransferForm

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self._owner_only()
        return super().get(request, *args, **kwargs)

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self._owner_only()
        return super().post(request, *args, **kwargs)

    def _owner_only(self) -> None:
        allowed, reason = permissions.can_transfer_venture(self.request.user, self.venture)
        if not allowed:
            raise PermissionDenied(reason)

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "venture": self.venture}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "venture": self.venture}

    def form_valid(self, form: TransferForm) -> HttpResponse:
        to = form.cleaned_data["to"]
        if run_service(
            self.request,
            lambda: venture_transfer(venture=self.venture, by=self.request.user, to=to),
            _("%(person)s is now the owner. You stay on the team as an editor.") % {"person": to.get_full_name()},
        ):
            return redirect("my:venture_detail", pk=self.venture.pk)
        return self.form_invalid(form)


class InvitationView(MyAreaMixin):
    """The link in an invitation email: see the invitation, then accept or decline it."""

    template_name = "registry/my/invitation.html"

    def _invitation(self, token: str) -> VentureInvitation:
        invitation = invitation_for_token(token)
        if invitation is None:
            raise Http404(_("This invitation link is not valid."))
        return invitation

    def _problem(self, invitation: VentureInvitation) -> str:
        if not invitation.is_answerable:
            return _("This invitation is no longer valid. Ask the venture's owner for a new one.")
        if self.request.user.email.lower() != invitation.email.lower():  # type: ignore[union-attr]
            return _(
                "This invitation was sent to another email address. Log out and log in (or sign up) with the "
                "address it was sent to."
            )
        return ""

    def get(self, request: HttpRequest, token: str) -> HttpResponse:
        invitation = self._invitation(token)
        problem = self._problem(invitation)
        context = {"invitation": invitation, "problem": problem, "token": token}
        # The venture is named only to the person the invitation is for.
        return render(request, self.template_name, context, status=403 if problem else 200)

    def post(self, request: HttpRequest, token: str) -> HttpResponse:
        invitation = self._invitation(token)
        if request.POST.get("answer") == "accept":
            invitation_accept(invitation=invitation, user=request.user)
            messages.success(request, _("Welcome to the team of “%(name)s”.") % {"name": invitation.venture.name})
            return redirect("my:venture_detail", pk=invitation.venture.pk)
        invitation_decline(invitation=invitation, user=request.user)
        messages.info(request, _("You declined the invitation."))
        return redirect("my:dashboard")


__all__ = ["InvitationView", "RemoveMemberView", "RevokeInvitationView", "TeamView", "TransferView"]
