"""An entrepreneur's own area (`/<lang>/my/…`): dashboard, venture profile, submission.

Access: anonymous visitors get 403 with a link to log in; a venture id that is not the visitor's
gives 404 (whether it exists is not revealed); the team can see and edit; owner-only actions
answer 403 with the reason. Every write goes through `registry.services`.
"""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView

from core.workflow import TransitionError

from .. import permissions
from ..forms import VentureForm, venture_form_initial
from ..models import Venture, VentureInvitation, VentureRevision
from ..models.revisions import RevisionStatus
from ..models.ventures import VentureStatus
from ..profiles import profile_from_data, profile_of_venture
from ..services.moderation import (
    venture_archive,
    venture_reopen,
    venture_revision_discard,
    venture_revision_submit,
    venture_revision_withdraw,
    venture_submit,
    venture_withdraw_submission,
)
from ..services.profile import (
    revision_changes,
    submission_problems,
    venture_create,
    venture_delete,
    venture_save_profile,
    venture_withdraw_contact_consent,
)
from ..services.team import ventures_of
from ..workflows import VENTURE
from .errors import login_needed

# What each status means to the owner and what to do next.
STATUS_HELP: dict[str, tuple[Any, Any]] = {
    VentureStatus.DRAFT: (
        gettext_lazy("Only your team can see it. Nobody has reviewed it yet."),
        gettext_lazy("Complete the profile, then submit it for review."),
    ),
    VentureStatus.SUBMITTED: (
        gettext_lazy("The reviewers at NIA and UNDP are checking it. It cannot be changed meanwhile."),
        gettext_lazy("Wait for our email (usually within 10 working days), or withdraw it to change something."),
    ),
    VentureStatus.CHANGES_REQUESTED: (
        gettext_lazy("The reviewers ask for changes before publishing it. It is not public."),
        gettext_lazy("Read their message, edit the profile and submit it again."),
    ),
    VentureStatus.PUBLISHED: (
        gettext_lazy("Anyone can find it in the public directory."),
        gettext_lazy(
            "Keep it up to date: your changes are shown publicly after the reviewers approve them. "
            "You can also invite your team."
        ),
    ),
    VentureStatus.REJECTED: (
        gettext_lazy("The reviewers decided not to publish it. It is not public."),
        gettext_lazy("Read their reason. If you have questions, reply to the email we sent you."),
    ),
    VentureStatus.ARCHIVED: (
        gettext_lazy("It is kept for the record but no longer shown in the directory."),
        gettext_lazy("Reopen it if you want to work on it again."),
    ),
}

REVISION_HELP: dict[str, Any] = {
    RevisionStatus.DRAFT: gettext_lazy(
        "You have saved changes that are not public yet. Send them for review when they are ready."
    ),
    RevisionStatus.SUBMITTED: gettext_lazy(
        "Your changes are with the reviewers. The public page shows the published version until they approve them."
    ),
    RevisionStatus.CHANGES_REQUESTED: gettext_lazy(
        "The reviewers ask you to change your proposed changes before they publish them."
    ),
}


class MyAreaMixin(View):
    """Pages under /my/: logged-in people only, never stored by a browser or proxy cache."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            response: HttpResponseBase = login_needed(request)
        else:
            response = super().dispatch(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response


class VentureMixin(MyAreaMixin):
    """A page about one of the visitor's ventures: 404 for anyone not on its team."""

    venture: Venture

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.user.is_authenticated:
            venture = (
                Venture.objects.select_related("country", "province", "owner").filter(pk=int(kwargs["pk"])).first()
            )
            if venture is None or not permissions.can_see_own_venture(request.user, venture)[0]:
                raise Http404(_("No such venture among yours."))
            self.venture = venture
        return super().dispatch(request, *args, **kwargs)

    def open_revision(self) -> VentureRevision | None:
        return self.venture.revisions.open().first()

    def to_detail(self) -> HttpResponse:
        return redirect("my:venture_detail", pk=self.venture.pk)


def error_messages(error: Exception) -> list[str]:
    if isinstance(error, ValidationError):
        return [str(m) for m in error.messages]
    return [str(getattr(error, "message", error))]


def run_service(request: HttpRequest, call: Callable[[], Any], success: str) -> bool:
    """Call a service for a view: a refusal of the rules becomes a message; a permission refusal
    stays a 403."""
    try:
        call()
    except (TransitionError, ValidationError) as error:
        for message in error_messages(error):
            messages.error(request, message)
        return False
    messages.success(request, success)
    return True


# --- Dashboard -----------------------------------------------------------------------------------


class DashboardView(MyAreaMixin, TemplateView):
    template_name = "registry/my/dashboard.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        ventures = list(ventures_of(user).prefetch_related("revisions"))
        rows = []
        for venture in ventures:
            meaning, next_step = STATUS_HELP[venture.status]
            revision = next((r for r in venture.revisions.all() if r.is_open), None)
            rows.append(
                {
                    "venture": venture,
                    "meaning": meaning,
                    "next_step": next_step,
                    "revision": revision,
                    "revision_help": REVISION_HELP.get(revision.status) if revision else None,
                    "is_owner": venture.owner_id == user.pk,
                }
            )
        context["rows"] = rows
        context["invitations"] = (
            VentureInvitation.objects.pending()
            .filter(email__iexact=getattr(user, "email", ""))
            .select_related("venture")
        )
        context["status_help"] = [
            (VentureStatus(status).label, meaning, next_step) for status, (meaning, next_step) in STATUS_HELP.items()
        ]
        return context


# --- The venture profile -------------------------------------------------------------------------


class VentureFormMixin:
    request: HttpRequest

    def submitted_for_review(self) -> bool:
        return "save_and_submit" in self.request.POST


class VentureCreateView(VentureFormMixin, MyAreaMixin, FormView):
    template_name = "registry/my/venture_form.html"
    form_class = VentureForm

    def form_valid(self, form: VentureForm) -> HttpResponse:
        try:
            venture = venture_create(owner=self.request.user, profile=form.to_profile())
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        if not self.submitted_for_review():
            messages.success(self.request, _("Your venture is saved as a draft. Only your team can see it."))
        else:
            run_service(
                self.request,
                lambda: venture_submit(venture=venture, by=self.request.user),
                _("Submitted for review. We will email you when the reviewers have decided."),
            )
        return redirect("my:venture_detail", pk=venture.pk)


class VentureDetailView(VentureMixin, TemplateView):
    template_name = "registry/my/venture_detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        venture, user = self.venture, self.request.user
        revision = self.open_revision()
        meaning, next_step = STATUS_HELP[venture.status]
        context.update(
            venture=venture,
            meaning=meaning,
            next_step=next_step,
            revision=revision,
            revision_help=REVISION_HELP.get(revision.status) if revision else None,
            revision_changes=revision_changes(revision) if revision else [],
            areas=venture.venture_areas.select_related("area").order_by("-is_primary", "area__order"),
            can_edit=permissions.can_edit_venture(user, venture),
            can_submit=permissions.can_submit_venture(user, venture),
            submission_problems=submission_problems(venture),
            is_owner=permissions.is_owner(user, venture),
            can_delete=permissions.can_delete_venture(user, venture),
            members=venture.memberships.select_related("user").order_by("joined_at"),
        )
        return context


class VentureEditView(VentureFormMixin, VentureMixin, FormView):
    template_name = "registry/my/venture_form.html"
    form_class = VentureForm

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        allowed, reason = permissions.can_edit_venture(request.user, self.venture)
        if not allowed:
            messages.info(request, reason)
            return self.to_detail()
        return super().get(request, *args, **kwargs)

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        allowed, reason = permissions.can_edit_venture(request.user, self.venture)
        if not allowed:
            raise PermissionDenied(reason)
        return super().post(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        revision = self.open_revision()
        kwargs["has_logo"] = bool(self.venture.logo or (revision and revision.logo))
        return kwargs

    def get_initial(self) -> dict[str, Any]:
        revision = self.open_revision()
        profile = profile_from_data(revision.data) if revision else profile_of_venture(self.venture)
        return venture_form_initial(profile)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        revision = self.open_revision()
        context.update(
            venture=self.venture,
            revision=revision,
            is_published=self.venture.status == VentureStatus.PUBLISHED,
            current_logo=(revision.logo if revision and revision.logo else self.venture.logo),
        )
        return context

    def form_valid(self, form: VentureForm) -> HttpResponse:
        user = self.request.user
        try:
            revision = venture_save_profile(venture=self.venture, by=user, profile=form.to_profile())
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        self.venture.refresh_from_db()
        if self.venture.status == VentureStatus.PUBLISHED:
            revision = revision or self.open_revision()
            if revision is None:
                messages.info(self.request, _("Nothing was changed."))
                return self.to_detail()
            messages.success(
                self.request,
                _(
                    "Your changes are saved. The public page keeps showing the published version until the "
                    "reviewers approve them."
                ),
            )
            if self.submitted_for_review():
                run_service(
                    self.request,
                    lambda: venture_revision_submit(revision=revision, by=user),
                    _("Your changes are sent to the reviewers."),
                )
            return self.to_detail()
        messages.success(self.request, _("Saved."))
        if self.submitted_for_review():
            run_service(
                self.request,
                lambda: venture_submit(venture=self.venture, by=user),
                _("Submitted for review. We will email you when the reviewers have decided."),
            )
        return self.to_detail()


class VentureActionView(VentureMixin):
    """A POST-only step on a venture that calls one service and goes back to the venture's page."""

    http_method_names = ["post"]
    success_message: Any = ""

    def act(self) -> None:
        raise NotImplementedError

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        run_service(request, self.act, str(self.success_message))
        return self.to_detail()


class VentureSubmitView(VentureActionView):
    success_message = gettext_lazy("Submitted for review. We will email you when the reviewers have decided.")

    def act(self) -> None:
        venture_submit(venture=self.venture, by=self.request.user)


class VentureWithdrawView(VentureActionView):
    success_message = gettext_lazy("Withdrawn from review: it is a draft again and you can change it.")

    def act(self) -> None:
        venture_withdraw_submission(venture=self.venture, by=self.request.user)


class VentureReopenView(VentureActionView):
    success_message = gettext_lazy("Reopened as a draft.")

    def act(self) -> None:
        venture_reopen(venture=self.venture, by=self.request.user)


class HideContactView(VentureActionView):
    success_message = gettext_lazy("The contact details are no longer shown publicly.")

    def act(self) -> None:
        venture_withdraw_contact_consent(venture=self.venture, by=self.request.user)


class RevisionActionView(VentureActionView):
    def revision(self) -> VentureRevision:
        revision = self.open_revision()
        if revision is None:
            raise ValidationError(_("There are no proposed changes to this venture."))
        return revision


class RevisionSubmitView(RevisionActionView):
    success_message = gettext_lazy("Your changes are sent to the reviewers.")

    def act(self) -> None:
        venture_revision_submit(revision=self.revision(), by=self.request.user)


class RevisionWithdrawView(RevisionActionView):
    success_message = gettext_lazy("Your changes are back with you; send them again when ready.")

    def act(self) -> None:
        venture_revision_withdraw(revision=self.revision(), by=self.request.user)


class RevisionDiscardView(RevisionActionView):
    success_message = gettext_lazy("Your proposed changes are discarded. The published version stays.")

    def act(self) -> None:
        venture_revision_discard(revision=self.revision(), by=self.request.user)


class VentureDeleteView(VentureMixin, TemplateView):
    """Delete a never-published venture; otherwise explain and offer archiving."""

    template_name = "registry/my/venture_delete.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self._owner_only()
        return super().get(request, *args, **kwargs)

    def _owner_only(self) -> None:
        if not permissions.is_owner(self.request.user, self.venture):
            raise PermissionDenied(_("Only the venture's owner can delete or archive it."))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            venture=self.venture,
            can_delete=permissions.can_delete_venture(self.request.user, self.venture),
            can_archive=VENTURE.allows(self.venture, "archive"),
        )
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self._owner_only()
        if request.POST.get("action") == "archive":
            if run_service(
                request,
                lambda: venture_archive(venture=self.venture, by=request.user, reason=_("Archived by its owner.")),
                _("The venture is archived and no longer shown in the directory."),
            ):
                return self.to_detail()
            return redirect("my:venture_delete", pk=self.venture.pk)
        name = self.venture.name
        if run_service(
            request,
            lambda: venture_delete(venture=self.venture, by=request.user),
            _("“%(name)s” is deleted.") % {"name": name},
        ):
            return redirect("my:dashboard")
        return redirect("my:venture_delete", pk=self.venture.pk)
