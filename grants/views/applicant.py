"""The entrepreneur's applications: list, apply to an open call, edit a draft, submit, withdraw.

Each view checks the input, calls one service and redirects; services hold the rules
(eligibility, deadline, one open application per venture and call, the transition table).
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, ListView

from core.workflow import TransitionError
from programs.models import Call
from registry.models import Venture

from .. import services
from ..forms import AnswersForm, ApplicationForm, BudgetLineFormSet, WithdrawForm, add_service_errors
from ..models import ApplicationStatus, GrantApplication
from ..selectors.applicant import applicant_history, applications_of, next_step, open_calls
from ..workflows import APPLICATION


class MyApplicationsView(LoginRequiredMixin, ListView):
    """Applications of the user's ventures, with status and next step, and the calls open now."""

    template_name = "grants/my_applications.html"
    context_object_name = "applications"
    paginate_by = 50

    def get_queryset(self) -> Any:
        return applications_of(self.request.user)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["rows"] = [(a, next_step(a)) for a in context["applications"]]
        context["open_calls"] = open_calls()
        return context


class ApplicationMixin(LoginRequiredMixin):
    """The application named in the URL, if it belongs to one of the user's ventures (else 404)."""

    request: HttpRequest
    kwargs: dict[str, Any]

    def get_application(self) -> GrantApplication:
        return get_object_or_404(applications_of(self.request.user), pk=self.kwargs["pk"])


class ApplicationDetailView(ApplicationMixin, DetailView):
    template_name = "grants/application_detail.html"
    context_object_name = "application"

    def get_object(self, queryset: Any = None) -> GrantApplication:
        return self.get_application()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        application: GrantApplication = self.object
        lines = list(application.budget_lines.all())
        award = getattr(application, "award", None)
        answers = {a.question_id: a.text for a in application.answers.all()}
        context.update(
            {
                "budget_lines": lines,
                "budget_total": sum((line.amount for line in lines), start=0),
                "answers": [(q, answers.get(q.pk, "")) for q in application.call.questions.all()],
                "history": applicant_history(application),
                "next_step": next_step(application),
                "award": award,
                "tranches": list(award.disbursements.all()) if award is not None else [],
                "can_edit": application.status == ApplicationStatus.DRAFT,
                "can_submit": application.status == ApplicationStatus.DRAFT and application.call.is_accepting(),
                "deadline_refusal": services.deadline_refusal(application.call)
                if application.status == ApplicationStatus.DRAFT
                else "",
                "can_withdraw": APPLICATION.allows(application, "withdraw"),
            }
        )
        return context


def _forms(request: HttpRequest, *, call: Call, creating: bool, application: GrantApplication | None = None) -> Any:
    data = request.POST if request.method == "POST" else None
    initial: dict[str, Any] = {}
    lines: list[dict[str, Any]] = []
    answers: dict[str, str] = {}
    if application is not None:
        lines = [{"item": line.item, "amount": line.amount} for line in application.budget_lines.all()]
        answers = {f"question_{a.question_id}": a.text for a in application.answers.all()}
    elif request.GET.get("venture"):
        initial["venture"] = request.GET["venture"]
    form = ApplicationForm(data, instance=application, initial=initial, call=call, user=request.user, creating=creating)
    budget = BudgetLineFormSet(data, initial=lines, prefix="budget")
    questions = AnswersForm(data, initial=answers, call=call, prefix="answers")
    return form, budget, questions


def _application_fields(form: ApplicationForm) -> dict[str, Any]:
    data = form.cleaned_data
    return {name: data.get(name) for name in ApplicationForm.Meta.fields}


def _after_save(request: HttpRequest, application: GrantApplication, *, created: bool) -> HttpResponse:
    """Submit too when the applicant pressed "Submit"; a refusal keeps the saved draft and explains why."""
    if "submit" in request.POST:
        try:
            services.application_submit(application=application, by=request.user)
        except (TransitionError, PermissionDenied) as error:
            messages.error(
                request,
                _("Your draft is saved, but it could not be submitted: %(reason)s")
                % {"reason": getattr(error, "message", None) or str(error)},
            )
        else:
            messages.success(request, _("Your application is submitted. We emailed you a confirmation."))
    else:
        messages.success(
            request,
            _("Your draft is saved. Submit it before the deadline.")
            if created
            else _("Your changes to the draft are saved."),
        )
    return redirect("grants:application_detail", pk=application.pk)


def _eligibility(request: HttpRequest, call: Call) -> list[tuple[Venture, list[str]]]:
    ventures = Venture.objects.owned_or_joined_by(request.user).order_by("name_th", "name_en", "pk")
    return [
        (venture, services.eligibility_problems(venture=venture, call=call, applicant=request.user))
        for venture in ventures
    ]


class ApplyView(LoginRequiredMixin, View):
    """Apply to an open call for one of the user's ventures: save a draft, or save and submit."""

    template_name = "grants/application_form.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        self.call = get_object_or_404(
            Call.objects.select_related("programme").exclude(status=Call.Status.DRAFT), slug=kwargs["call_slug"]
        )
        return super().dispatch(request, *args, **kwargs)

    def render(self, request: HttpRequest, forms: Any, *, status: int = 200) -> HttpResponse:
        form, budget, questions = forms
        return render(
            request,
            self.template_name,
            {
                "call": self.call,
                "form": form,
                "budget": budget,
                "questions": questions,
                "creating": True,
                "refusal": services.deadline_refusal(self.call),
                "eligibility": _eligibility(request, self.call),
            },
            status=status,
        )

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.render(request, _forms(request, call=self.call, creating=True))

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        forms = form, budget, questions = _forms(request, call=self.call, creating=True)
        if not (form.is_valid() and budget.is_valid() and questions.is_valid()):
            return self.render(request, forms)
        try:
            application = services.application_create(
                venture=form.cleaned_data["venture"],
                call=self.call,
                by=request.user,
                budget_lines=budget.lines(),
                answers=questions.answers(),
                **_application_fields(form),
            )
        except ValidationError as error:
            add_service_errors(form, error)
            return self.render(request, forms)
        except PermissionDenied as error:
            form.add_error(None, str(error))
            return self.render(request, forms)
        return _after_save(request, application, created=True)


class ApplicationEditView(ApplicationMixin, View):
    """Edit a draft (and optionally submit it)."""

    template_name = "grants/application_form.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return super().dispatch(request, *args, **kwargs)
        self.application = self.get_application()
        if self.application.status != ApplicationStatus.DRAFT:
            messages.error(
                request,
                _("Only a draft can be edited; this application is “%(status)s”.")
                % {"status": self.application.get_status_display()},
            )
            return redirect("grants:application_detail", pk=self.application.pk)
        return super().dispatch(request, *args, **kwargs)

    def render(self, request: HttpRequest, forms: Any) -> HttpResponse:
        form, budget, questions = forms
        return render(
            request,
            self.template_name,
            {
                "call": self.application.call,
                "application": self.application,
                "form": form,
                "budget": budget,
                "questions": questions,
                "creating": False,
                "refusal": services.deadline_refusal(self.application.call),
            },
        )

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.render(
            request, _forms(request, call=self.application.call, creating=False, application=self.application)
        )

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        forms = form, budget, questions = _forms(
            request, call=self.application.call, creating=False, application=self.application
        )
        if not (form.is_valid() and budget.is_valid() and questions.is_valid()):
            return self.render(request, forms)
        try:
            services.application_update(
                application=self.application,
                by=request.user,
                budget_lines=budget.lines(),
                answers=questions.answers(),
                **_application_fields(form),
            )
        except ValidationError as error:
            add_service_errors(form, error)
            return self.render(request, forms)
        except (TransitionError, PermissionDenied) as error:
            form.add_error(None, getattr(error, "message", None) or str(error))
            return self.render(request, forms)
        return _after_save(request, self.application, created=False)


class ApplicationSubmitView(ApplicationMixin, View):
    """Submit a draft (POST only); a refusal (deadline, eligibility, unanswered questions) is explained."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        application = self.get_application()
        try:
            services.application_submit(application=application, by=request.user)
        except (TransitionError, PermissionDenied) as error:
            messages.error(request, getattr(error, "message", None) or str(error))
        else:
            messages.success(request, _("Your application is submitted. We emailed you a confirmation."))
        return redirect("grants:application_detail", pk=application.pk)


class ApplicationWithdrawView(ApplicationMixin, View):
    """Ask for confirmation, then withdraw before a decision."""

    template_name = "grants/application_withdraw.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        application = self.get_application()
        return render(request, self.template_name, {"application": application, "form": WithdrawForm()})

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        application = self.get_application()
        form = WithdrawForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"application": application, "form": form})
        try:
            services.application_withdraw(application=application, by=request.user, reason=form.cleaned_data["reason"])
        except (TransitionError, PermissionDenied) as error:
            messages.error(request, getattr(error, "message", None) or str(error))
        else:
            messages.success(request, _("Your application is withdrawn."))
        return redirect("grants:application_detail", pk=application.pk)
