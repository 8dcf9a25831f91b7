"""Admin pages and actions that call a service: staff fill a small form, the service decides.

Used by the programme and grant admins. A refusal (a transition the table does not allow, a
missing permission, a broken rule) is shown on the form with the service's own message; nothing
here re-implements a rule.
"""

from collections.abc import Callable, Iterable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from registry.workflow import TransitionError

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


def run_on_each(
    model_admin: admin.ModelAdmin,
    request: HttpRequest,
    objects: Iterable[models.Model],
    call: Callable[[Any], Any],
    done: str,
) -> None:
    """An admin action: call the service for each selected row; report successes and every refusal."""
    succeeded = 0
    for obj in objects:
        try:
            call(obj)
        except REFUSALS as error:
            model_admin.message_user(request, f"{obj}: {' '.join(refusal_messages(error))}", messages.ERROR)
        else:
            succeeded += 1
    if succeeded:
        model_admin.message_user(request, done % {"count": succeeded}, messages.SUCCESS)
