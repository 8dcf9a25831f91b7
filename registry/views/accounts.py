"""Sign-up, email verification, log-in, log-out and password reset (`/<lang>/accounts/…`)."""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView
from django_ratelimit.decorators import ratelimit

from core.client_ip import client_ip_key

from .. import accounts
from ..forms import LoginForm, OutboxPasswordResetForm, SignUpForm
from ..models import User
from .errors import lockout_minutes


def configured_rate(name: str) -> Callable[[str, HttpRequest], str]:
    """A django-ratelimit rate read from settings.REGISTRY_RATE_LIMITS when the request comes."""

    def rate(group: str, request: HttpRequest) -> str:
        return settings.REGISTRY_RATE_LIMITS[name]

    return rate


def posts_per_ip(name: str) -> Any:
    """Rate-limit POSTs per client address (the 429 page when over the limit) of a view function."""
    return ratelimit(group=f"registry.{name}", key=client_ip_key, rate=configured_rate(name), method="POST")


def limit_posts_per_ip(name: str) -> Any:
    """The same for a class-based view."""
    return method_decorator(posts_per_ip(name), name="dispatch")


@limit_posts_per_ip("signup")
class SignUpView(FormView):
    template_name = "registration/signup.html"
    form_class = SignUpForm
    success_url = reverse_lazy("accounts:signup_done")

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.user.is_authenticated:
            return redirect("my:dashboard")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form: SignUpForm) -> HttpResponse:
        data = form.cleaned_data
        try:
            accounts.account_sign_up(
                email=data["email"],
                password=data["password1"],
                full_name=data["full_name"],
                preferred_language=data["preferred_language"],
                consent_given=data["consent"],
                newsletter=data["newsletter"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        # The same page whether or not the address already had an account.
        self.request.session["signup_email"] = data["email"]
        return super().form_valid(form)


class SignUpDoneView(TemplateView):
    template_name = "registration/signup_done.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        # Shown once: the address does not stay in the visitor's (anonymous) session.
        context["email"] = self.request.session.pop("signup_email", "")
        return context


class VerifyEmailView(View):
    """The link in the verification email."""

    def get(self, request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
        user = None
        try:
            user = User.objects.filter(pk=int(force_str(urlsafe_base64_decode(uidb64))), erased_at__isnull=True).first()
        except (TypeError, ValueError, OverflowError):
            user = None
        if user is None or not accounts.verify_email(user=user, token=token):
            return render(request, "registration/verify_email_invalid.html", status=400)
        return render(request, "registration/verify_email_done.html", {"verified_user": user})


@limit_posts_per_ip("resend_verification")
class ResendVerificationView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        assert isinstance(user, User)
        if user.email_verified_at is None:
            accounts.send_verification_email(user=user)
            messages.success(request, _("We sent a new confirmation link to %(email)s.") % {"email": user.email})
        else:
            messages.info(request, _("Your email address is already confirmed."))
        return redirect("my:dashboard")


@limit_posts_per_ip("login")
class LoginView(auth_views.LoginView):
    """Log-in by email. django-axes counts failures per (email, address) and answers a locked
    pair with registration/locked_out.html (429)."""

    form_class = LoginForm
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(failure_limit=settings.AXES_FAILURE_LIMIT, lockout_minutes=lockout_minutes())
        return context


class LogoutView(auth_views.LogoutView):
    template_name = "registration/logged_out.html"


@limit_posts_per_ip("password_reset")
class PasswordResetView(auth_views.PasswordResetView):
    form_class = OutboxPasswordResetForm
    template_name = "registration/password_reset_form.html"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change_form.html"
    success_url = reverse_lazy("accounts:password_change_done")

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return HttpResponseRedirect(f"{reverse('accounts:login')}?next={request.path}")
        return super().dispatch(request, *args, **kwargs)


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "registration/password_change_done.html"
