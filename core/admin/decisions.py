"""Admin pages and actions that call a service: the one framework every app's admin uses.

Staff fill a small form (or give a reason), and a service decides: it checks the permission and
the transition table, writes the audit entry and queues the emails. A refusal (a transition the
table does not allow, a missing permission, a broken rule) is shown with the service's own
message; nothing here re-implements a rule.

- `service_form_view`: a page with a form for one step on one row (or a page that creates one).
- `run_on_each`: a list action that calls the service for each selected row and reports every refusal.
- `Decision`: a named decision with a reason (publish, reject…), offered as a button on the row's
  page and as a list action, each shown only to staff whose permissions and the row's state allow
  it (`DecisionAdminMixin`).
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from ..workflow import TransitionError

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

REFUSALS = (TransitionError, PermissionDenied, ValidationError)


def refusal_messages(error: Exception) -> list[str]:
    """The reader-facing text of a service refusal."""
    if isinstance(error, ValidationError):
        return [str(m) for m in error.messages]
    return [getattr(error, "message", None) or str(error)]


def add_refusal(form: forms.BaseForm, error: Exception) -> None:
    """Put a service refusal on the form: a field's error on the field when the form has it."""
    if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
        return
    form.add_error(None, refusal_messages(error))


def posted(request: HttpRequest) -> Any:
    """The POST data, or None for a GET (an empty POST still binds the form: a bare confirm button)."""
    return request.POST if request.method == "POST" else None


def change_url(obj: models.Model) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


class ConfirmForm(forms.Form):
    """Nothing to fill in: the button confirms."""


def service_form_view(
    request: HttpRequest,
    *,
    model_admin: admin.ModelAdmin,
    obj: models.Model | None,
    form: forms.BaseForm,
    title: str,
    run: Callable[[dict[str, Any]], str],
    intro: str = "",
    submit_label: str = "",
    extra_context: dict[str, Any] | None = None,
    template: str = "admin/service_action_form.html",
    success_url: str | None = None,
) -> HttpResponse:
    """GET shows `form`; a valid POST calls `run(cleaned_data)`, which calls one service and
    returns the success message. Refusals re-show the form with the service's message.
    `obj` is the row the step acts on (None for a page that creates one: give `success_url`)."""
    if not model_admin.has_view_or_change_permission(request, obj):
        raise PermissionDenied
    object_url = change_url(obj) if obj is not None else None
    if request.method == "POST" and form.is_valid():
        try:
            message = run(form.cleaned_data)
        except REFUSALS as error:
            add_refusal(form, error)
        else:
            messages.success(request, message)
            return redirect(success_url or object_url or "admin:index")
    opts = model_admin.model._meta
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": opts,
        "app_label": opts.app_label,
        "original": obj,
        "object_url": object_url or reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        "title": title,
        "intro": intro,
        "form": form,
        "submit_label": submit_label or _("Confirm"),
        "media": model_admin.media + form.media,
        **(extra_context or {}),
    }
    return TemplateResponse(request, template, context, status=200)


@dataclass(frozen=True)
class Step:
    """A step on one row: a page with `form` (by default only a confirm button) whose valid POST
    calls `run(row, staff member, cleaned data)`, one service, and reports `done`."""

    run: Callable[[Any, Any, dict[str, Any]], Any]
    done: "StrPromise"  # the success message
    title: "StrPromise"  # the page's title and, unless `submit_label` is given, the button's label
    intro: "StrPromise | str | Callable[[Any], str]" = ""  # a text, or a function of the row
    submit_label: "StrPromise | None" = None
    form: type[forms.Form] = ConfirmForm
    form_kwargs: Callable[[Any], dict[str, Any]] | None = None  # the form's arguments, from the row
    change_only: bool = False  # refused (403) to staff who may not change the row
    template: str = "admin/service_action_form.html"
    context: Callable[[Any], dict[str, Any]] | None = None  # more for the template, from the row


class ServiceStepsMixin:
    """A ModelAdmin whose rows take steps, each a small form page calling one service: the pages
    at `<id>/<slug>/` named `<app>_<model>_<name>` (`step_urls`: the given views and one per
    `steps` row), the row or 404 (`step_object`) and the page (`step_page`)."""

    model: Any
    admin_site: Any
    steps: Mapping[str, Step] = {}

    def step_urls(self, views: Mapping[str, tuple[Callable[..., HttpResponse], str]] | None = None) -> list[URLPattern]:
        """The `steps` and `views`: the slug in the URL → (the view, the name after `<app>_<model>_`)."""
        opts = self.model._meta
        pages: list[tuple[str, Callable[..., HttpResponse], str, dict[str, str]]]
        pages = [(slug, handler, name, {}) for slug, (handler, name) in (views or {}).items()]
        pages += [(slug, self.step_view, slug.replace("-", "_"), {"slug": slug}) for slug in self.steps]
        return [
            path(
                f"<path:object_id>/{slug}/",
                self.admin_site.admin_view(handler),
                kwargs,
                name=f"{opts.app_label}_{opts.model_name}_{name}",
            )
            for slug, handler, name, kwargs in pages
        ]

    def step_object(self, request: HttpRequest, object_id: str) -> Any:
        obj = self.get_object(request, object_id)  # type: ignore[attr-defined]
        if obj is None:
            raise Http404
        return obj

    def step_page(self, request: HttpRequest, obj: Any, **kwargs: Any) -> HttpResponse:
        return service_form_view(request, model_admin=self, obj=obj, **kwargs)  # type: ignore[arg-type]

    def step_view(self, request: HttpRequest, object_id: str, slug: str) -> HttpResponse:
        step = self.steps[slug]
        obj = self.step_object(request, object_id)
        if step.change_only and not self.has_change_permission(request, obj):  # type: ignore[attr-defined]
            raise PermissionDenied

        def run(data: dict[str, Any]) -> str:
            step.run(obj, request.user, data)
            return str(step.done)

        return self.step_page(
            request,
            obj,
            form=step.form(posted(request), **(step.form_kwargs(obj) if step.form_kwargs else {})),
            run=run,
            title=str(step.title),
            intro=step.intro(obj) if callable(step.intro) else str(step.intro),
            submit_label=str(step.submit_label or step.title),
            template=step.template,
            extra_context=step.context(obj) if step.context else None,
        )


def run_on_each(
    request: HttpRequest,
    objects: Iterable[models.Model],
    call: Callable[[Any], Any],
    done: str | Callable[[int], str],
) -> None:
    """A list action: call the service for each selected row, then report how many succeeded
    (`done`: a message with %(count)s, or a function of the count) and every refusal with the
    row and the service's reason."""
    succeeded, refused = 0, []
    for obj in objects:
        try:
            call(obj)
        except REFUSALS as error:
            refused.append(f"“{obj}”: {' '.join(refusal_messages(error))}")
        else:
            succeeded += 1
    if succeeded:
        messages.success(request, done % {"count": succeeded} if isinstance(done, str) else done(succeeded))
    if refused:
        messages.warning(
            request,
            ngettext("%(count)d refused: %(why)s", "%(count)d refused: %(why)s", len(refused))
            % {"count": len(refused), "why": "; ".join(refused)},
        )


# --- Decisions with a reason ------------------------------------------------------------------------


class ReasonForm(forms.Form):
    """The reason (or note) staff give with a decision."""

    reason = forms.CharField(
        label=gettext_lazy("Reason (the owner reads it)"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args: Any, reason_required: bool = False, label: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = reason_required
        if label:
            self.fields["reason"].label = label


@dataclass(frozen=True)
class Decision:
    """A decision staff take on a row, with a reason: a button on the row's page and a list action."""

    name: str
    label: "StrPromise"
    past: "StrPromise"  # "published", for the result message
    run: Callable[[Any, Any, str], Any]  # (object, staff member, reason): calls the service
    allowed: Callable[[Any], bool]  # whether the staff member's permissions allow it
    possible: Callable[[Any], bool]  # whether the object's state allows it (the service checks again)
    permission: str  # the ModelAdmin's has_<permission>_permission that guards the list action
    reason_required: bool = False
    reason_label: "StrPromise | None" = None

    def form(self, data: Any = None) -> ReasonForm:
        return ReasonForm(data, reason_required=self.reason_required, label=self.reason_label)

    def done(self, count: int) -> str:
        return ngettext("%(count)d item %(past)s.", "%(count)d items %(past)s.", count) % {
            "count": count,
            "past": self.past,
        }

    def run_on_each(self, request: HttpRequest, objects: Iterable[models.Model], reason: str) -> None:
        run_on_each(request, objects, lambda obj: self.run(obj, request.user, reason), self.done)


DECISION_TEMPLATE = "admin/decision.html"


def make_bulk_action(decision: Decision) -> Callable[..., HttpResponse | None]:
    """A list action that asks for the reason on a confirmation page, then decides each row."""

    def action(model_admin: admin.ModelAdmin, request: HttpRequest, queryset: Any) -> HttpResponse | None:
        form = decision.form(request.POST if "apply" in request.POST else None)
        if "apply" in request.POST and form.is_valid():
            decision.run_on_each(request, queryset.order_by("pk"), form.cleaned_data["reason"])
            return None
        opts = model_admin.model._meta
        context = {
            **model_admin.admin_site.each_context(request),
            "title": decision.label,
            "decision": decision,
            "form": form,
            "objects": list(queryset),
            "selected": [str(pk) for pk in queryset.values_list("pk", flat=True)],
            "action_name": f"decide_{decision.name}",
            "opts": opts,
            "object_url": reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
            "bulk": True,
        }
        return TemplateResponse(request, DECISION_TEMPLATE, context)

    action.__name__ = f"decide_{decision.name}"
    return admin.action(description=decision.label, permissions=[decision.permission])(action)


def available_decisions(decisions: Mapping[str, Decision], user: Any, obj: Any) -> list[Decision]:
    """The buttons a staff member sees on a row's page."""
    return [d for d in decisions.values() if d.allowed(user) and d.possible(obj)]


def decision_actions(decisions: Mapping[str, Decision]) -> list[Callable[..., HttpResponse | None]]:
    """One list action per decision, each offered only to staff with its permission."""
    return [make_bulk_action(d) for d in decisions.values()]


class DecisionAdminMixin:
    """A ModelAdmin whose rows take `decisions`: buttons on the row's page (each shown only when
    the staff member's permissions and the row's state allow it), a page per decision at
    `<id>/decide/<name>/`. Set `actions = decision_actions(decisions)` for the list actions, add
    `*self.decision_urls()` to `get_urls()` and include "admin/_decisions.html" in the change
    form's object tools."""

    decisions: Mapping[str, Decision] = {}
    model: Any
    admin_site: Any

    def available_decisions(self, user: Any, obj: Any) -> list[Decision]:
        return available_decisions(self.decisions, user, obj)

    def decision_urls(self) -> list[URLPattern]:
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/decide/<str:name>/",
                self.admin_site.admin_view(self.decision_view),
                name=f"{opts.app_label}_{opts.model_name}_decide",
            )
        ]

    def decision_view(self, request: HttpRequest, object_id: str, name: str) -> HttpResponse:
        """One decision on one row, from the button on its page."""
        obj = self.get_object(request, object_id)  # type: ignore[attr-defined]
        decision = self.decisions.get(name) if obj is not None else None
        if obj is None or decision is None:
            raise PermissionDenied
        if not decision.allowed(request.user):
            raise PermissionDenied(_("You do not have permission to do this."))

        def run(data: dict[str, Any]) -> str:
            decision.run(obj, request.user, data["reason"])
            return decision.done(1)

        return service_form_view(
            request,
            model_admin=self,  # type: ignore[arg-type]
            obj=obj,
            form=decision.form(posted(request)),
            title=f"{decision.label}: {obj}",
            run=run,
            template=DECISION_TEMPLATE,
            extra_context={"decision": decision, "objects": [obj], "bulk": False},
        )

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        obj = self.model._default_manager.filter(pk=object_id).first() if object_id.isdigit() else None
        extra = {**(extra_context or {})}
        if obj is not None:
            extra["decisions"] = self.available_decisions(request.user, obj)
        return super().change_view(request, object_id, form_url, extra_context=extra)  # type: ignore[misc]
