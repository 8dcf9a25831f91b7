"""My data (PDPA): see and download everything held about me, manage consents, erase my account."""

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from .. import accounts, consent, privacy
from ..forms import EraseAccountForm
from ..models import ConsentRecord, User, Venture
from ..services.team import ventures_of
from .my import MyAreaMixin


class MyDataView(MyAreaMixin, TemplateView):
    template_name = "registry/my/data.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user = self.request.user
        assert isinstance(user, User)
        records = ConsentRecord.objects.filter(user=user).select_related("venture").order_by("-given_at")
        context.update(
            consents=records,
            processing=consent.REGISTRY_PROCESSING,
            newsletter=consent.NEWSLETTER,
            newsletter_active=accounts.active_consent(user, consent.NEWSLETTER.purpose),
            public_contacts=ventures_of(user).filter(contact_public=True),
        )
        return context


class ExportView(MyAreaMixin):
    """Everything the registry holds about me, as a JSON download (PDPA s.30/s.31)."""

    def get(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        assert isinstance(user, User)
        data = privacy.export_personal_data(user)
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="my-registry-data-{stamp}.json"'
        response["Cache-Control"] = "no-store"
        return response


class ConsentView(MyAreaMixin):
    """Give or withdraw an optional consent (POST)."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, purpose: str) -> HttpResponse:
        user = request.user
        assert isinstance(user, User)
        if purpose not in consent.CURRENT or purpose == consent.PUBLIC_CONTACT.purpose:
            raise Http404
        if request.POST.get("action") == "give":
            accounts.consent_give(user=user, purpose=purpose)
            messages.success(request, _("Thank you: your consent is recorded."))
        else:
            accounts.consent_withdraw(user=user, purpose=purpose)
            messages.success(request, _("Your consent is withdrawn."))
        return redirect("my:data")


class EraseView(MyAreaMixin, FormView):
    """Erase my account: confirm with the password; hand over or take out my ventures."""

    template_name = "registry/my/erase.html"
    form_class = EraseAccountForm

    def owned(self) -> list[Venture]:
        user = self.request.user
        assert isinstance(user, User)
        return list(Venture.objects.filter(owner=user).order_by("pk"))

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "user": self.request.user, "owned": self.owned()}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "owned": self.owned()}

    def form_valid(self, form: EraseAccountForm) -> HttpResponse:
        user = self.request.user
        assert isinstance(user, User)
        if user.is_superuser:
            raise PermissionDenied(_("A superuser account cannot erase itself here; ask another administrator."))
        report = privacy.erase_account(user=user, transfers=form.transfers())
        logout(self.request)
        return render(self.request, "registry/my/erased.html", {"report": report})
