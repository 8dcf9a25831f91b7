"""Moderation in the admin: one description per decision, used by the bulk actions, the buttons on
a venture's or proposed change's page and the review queue.

Every decision calls its service in `registry.services` (which checks the permission and the
transition table, writes the audit entry and queues the owner's email). A reviewer sees only the
decisions their permissions allow, and only those the object's status allows.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import permissions, services
from .forms import ModerationForm
from .models import Venture, VentureRevision
from .models.revisions import REVISION_TRANSITIONS, RevisionStatus
from .models.ventures import VENTURE_TRANSITIONS, VentureStatus
from .workflow import TransitionError

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise


@dataclass(frozen=True)
class Decision:
    """A moderation decision reviewers can take on a venture or a proposed change."""

    name: str
    label: "StrPromise"
    past: "StrPromise"  # "published", for the result message
    model: type[models.Model]
    run: Callable[[Any, Any, str], Any]  # (object, reviewer, reason)
    permission: str  # "moderate" or "verify"
    reason_required: bool = False
    reason_label: "StrPromise | None" = None
    to_status: str = ""

    def allowed_by_permission(self, user: Any) -> bool:
        check = permissions.can_verify if self.permission == "verify" else permissions.can_moderate
        return check(user)[0]

    def possible_for(self, obj: Any) -> bool:
        """Whether the object's state allows this decision (the service checks again)."""
        if self.name == "verify":
            return not obj.verified
        table = VENTURE_TRANSITIONS if isinstance(obj, Venture) else REVISION_TRANSITIONS
        return self.to_status in table.get(obj.status, frozenset())


REASON = gettext_lazy("Reason (the owner reads it in the email)")
OPTIONAL_MESSAGE = gettext_lazy("Message to the owner (optional)")

VENTURE_DECISIONS: dict[str, Decision] = {
    d.name: d
    for d in (
        Decision(
            name="publish",
            label=gettext_lazy("Publish"),
            past=gettext_lazy("published"),
            model=Venture,
            run=lambda v, by, reason: services.venture_publish(venture=v, by=by, reason=reason),
            permission="moderate",
            reason_label=OPTIONAL_MESSAGE,
            to_status=VentureStatus.PUBLISHED,
        ),
        Decision(
            name="request_changes",
            label=gettext_lazy("Request changes"),
            past=gettext_lazy("sent back for changes"),
            model=Venture,
            run=lambda v, by, reason: services.venture_request_changes(venture=v, by=by, reason=reason),
            permission="moderate",
            reason_required=True,
            reason_label=gettext_lazy("What must change (the owner reads it in the email)"),
            to_status=VentureStatus.CHANGES_REQUESTED,
        ),
        Decision(
            name="reject",
            label=gettext_lazy("Reject"),
            past=gettext_lazy("rejected"),
            model=Venture,
            run=lambda v, by, reason: services.venture_reject(venture=v, by=by, reason=reason),
            permission="moderate",
            reason_required=True,
            reason_label=REASON,
            to_status=VentureStatus.REJECTED,
        ),
        Decision(
            name="archive",
            label=gettext_lazy("Archive"),
            past=gettext_lazy("archived"),
            model=Venture,
            run=lambda v, by, reason: services.venture_archive(venture=v, by=by, reason=reason),
            permission="moderate",
            reason_label=OPTIONAL_MESSAGE,
            to_status=VentureStatus.ARCHIVED,
        ),
        Decision(
            name="verify",
            label=gettext_lazy("Mark verified"),
            past=gettext_lazy("marked verified"),
            model=Venture,
            run=lambda v, by, reason: services.venture_set_verified(venture=v, by=by, verified=True, note=reason),
            permission="verify",
            reason_required=True,
            reason_label=gettext_lazy("What was checked (e.g. the DBD registration of the juristic ID)"),
        ),
    )
}

REVISION_DECISIONS: dict[str, Decision] = {
    d.name: d
    for d in (
        Decision(
            name="approve",
            label=gettext_lazy("Publish the changes"),
            past=gettext_lazy("published"),
            model=VentureRevision,
            run=lambda r, by, reason: services.venture_revision_approve(revision=r, by=by, reason=reason),
            permission="moderate",
            reason_label=OPTIONAL_MESSAGE,
            to_status=RevisionStatus.APPROVED,
        ),
        Decision(
            name="request_changes",
            label=gettext_lazy("Request changes"),
            past=gettext_lazy("sent back for changes"),
            model=VentureRevision,
            run=lambda r, by, reason: services.venture_revision_request_changes(revision=r, by=by, reason=reason),
            permission="moderate",
            reason_required=True,
            reason_label=gettext_lazy("What must change (the owner reads it in the email)"),
            to_status=RevisionStatus.CHANGES_REQUESTED,
        ),
        Decision(
            name="reject",
            label=gettext_lazy("Reject the changes"),
            past=gettext_lazy("rejected"),
            model=VentureRevision,
            run=lambda r, by, reason: services.venture_revision_reject(revision=r, by=by, reason=reason),
            permission="moderate",
            reason_required=True,
            reason_label=REASON,
            to_status=RevisionStatus.REJECTED,
        ),
    )
}


def decisions_for(model: type[models.Model]) -> dict[str, Decision]:
    return VENTURE_DECISIONS if model is Venture else REVISION_DECISIONS


def available_decisions(user: Any, obj: Any) -> list[Decision]:
    """The buttons a reviewer sees on an object's page."""
    return [d for d in decisions_for(type(obj)).values() if d.allowed_by_permission(user) and d.possible_for(obj)]


def apply_decision(decision: Decision, objects: Iterable[Any], user: Any, reason: str) -> tuple[int, list[str]]:
    """Run the decision on each object; returns how many succeeded and why the others were refused."""
    done, refused = 0, []
    for obj in objects:
        try:
            decision.run(obj, user, reason)
        except (TransitionError, ValidationError, PermissionDenied) as error:
            if isinstance(error, ValidationError):
                why = " ".join(str(m) for m in error.messages)
            else:
                why = str(getattr(error, "message", "") or error)
            refused.append(f"“{obj}”: {why}")
        else:
            done += 1
    return done, refused


def report(request: HttpRequest, decision: Decision, done: int, refused: list[str]) -> None:
    if done:
        messages.success(
            request,
            ngettext("%(count)d item %(past)s.", "%(count)d items %(past)s.", done)
            % {"count": done, "past": decision.past},
        )
    if refused:
        messages.warning(
            request,
            ngettext("%(count)d refused: %(why)s", "%(count)d refused: %(why)s", len(refused))
            % {"count": len(refused), "why": "; ".join(refused)},
        )


def _form(decision: Decision, data: Any = None) -> ModerationForm:
    return ModerationForm(data, reason_required=decision.reason_required, label=decision.reason_label)


def make_bulk_action(decision: Decision) -> Callable[..., HttpResponse | None]:
    """A changelist action that asks for the reason on a confirmation page, then decides each row."""

    def action(model_admin: admin.ModelAdmin, request: HttpRequest, queryset: Any) -> HttpResponse | None:
        form = _form(decision, request.POST if "apply" in request.POST else None)
        if "apply" in request.POST and form.is_valid():
            objects = list(queryset.order_by("pk"))
            done, refused = apply_decision(decision, objects, request.user, form.cleaned_data["reason"])
            report(request, decision, done, refused)
            return None
        context = {
            **model_admin.admin_site.each_context(request),
            "title": decision.label,
            "decision": decision,
            "form": form,
            "objects": list(queryset),
            "selected": [str(pk) for pk in queryset.values_list("pk", flat=True)],
            "action_name": f"decide_{decision.name}",
            "opts": model_admin.model._meta,
            "bulk": True,
        }
        return TemplateResponse(request, "admin/registry/moderate.html", context)

    action.__name__ = f"decide_{decision.name}"
    return admin.action(description=decision.label, permissions=[decision.permission])(action)


def decision_view(model_admin: admin.ModelAdmin, request: HttpRequest, object_id: str, name: str) -> HttpResponse:
    """One decision on one object, from the button on its page."""
    model = model_admin.model
    obj = model_admin.get_object(request, object_id)
    decision = decisions_for(model).get(name) if obj is not None else None
    if obj is None or decision is None:
        raise PermissionDenied
    if not decision.allowed_by_permission(request.user):
        raise PermissionDenied(_("You do not have permission to do this."))
    change_url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
    form = _form(decision, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        done, refused = apply_decision(decision, [obj], request.user, form.cleaned_data["reason"])
        report(request, decision, done, refused)
        return HttpResponseRedirect(change_url)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"{decision.label}: {obj}",
        "decision": decision,
        "form": form,
        "objects": [obj],
        "opts": model._meta,
        "original": obj,
        "bulk": False,
        "cancel_url": change_url,
    }
    return TemplateResponse(request, "admin/registry/moderate.html", context)
