"""The admin page for the bulk import: upload a CSV, see what was imported and every bad row.

`registry.admin.VentureAdmin.get_urls` mounts `ImportVenturesView` at `import/` inside the admin
site (`admin:registry_venture_import`). The view itself also refuses anyone but active staff with
the `registry.add_venture` permission, so it stays safe wherever it is mounted.
"""

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin import AdminSite
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from .importer import import_ventures
from .models import User, Venture

MAX_IMPORT_BYTES = 10 * 1024 * 1024

# What each column holds, shown on the page next to the upload form.
COLUMN_HELP = (
    (
        "external_ref",
        _("Required. Your own identifier for the venture; importing the same file again changes nothing."),
    ),
    ("name_th, name_en", _("The venture's name in Thai and/or English: at least one of the two.")),
    ("summary_th, summary_en", _("A short summary (at most 500 characters); published rows need one.")),
    ("description_th, description_en", _("The longer description.")),
    ("areas", _("Required. Area slugs or codes 1–9, separated by ';'. The first is the primary area.")),
    ("country", _("ISO code: TH (the default), KH, LA, MM or VN.")),
    ("province", _("Thai provinces only: abbreviation (CMI), English name (Chiang Mai) or Thai name (เชียงใหม่).")),
    ("stage", _("idea, prototype, early_revenue, growth or scaling.")),
    ("website, email", _("A web address and a contact email (the email is not shown publicly).")),
    ("founded_year", _("Four digits, e.g. 2019 (a Buddhist-era year such as 2562 is understood too).")),
    ("youth_led", _("yes or no.")),
    ("status", _("published or draft.")),
)


class VentureImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8 CSV with a header row, at most %(size)s.") % {"size": filesizeformat(MAX_IMPORT_BYTES)},
    )
    skip_invalid = forms.BooleanField(
        label=_("Import the good rows and skip the bad ones"),
        required=False,
        help_text=_("Without this, a file with any bad row imports nothing."),
    )

    def clean_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["file"]
        size = upload.size or 0
        if size > MAX_IMPORT_BYTES:
            raise ValidationError(
                _("This file is %(size)s; the limit is %(limit)s. Split it into smaller files."),
                params={"size": filesizeformat(size), "limit": filesizeformat(MAX_IMPORT_BYTES)},
                code="too_big",
            )
        if not (upload.name or "").lower().endswith((".csv", ".txt")):
            raise ValidationError(_("Upload a .csv file (save the spreadsheet as “CSV UTF-8”)."), code="not_csv")
        return upload


class ImportVenturesView(FormView):
    """Staff with the permission to add ventures upload a CSV and see the import report."""

    form_class = VentureImportForm
    template_name = "admin/registry/venture/import.html"
    permission_required = "registry.add_venture"
    admin_site: AdminSite | None = None

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        user = request.user
        if not (user.is_authenticated and user.is_active and getattr(user, "is_staff", False)):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not user.has_perm(self.permission_required):
            raise PermissionDenied(_("Importing ventures needs the permission to add ventures."))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        site = self.admin_site or admin.site
        context = {**site.each_context(self.request), **super().get_context_data(**kwargs)}
        context.update(
            title=_("Import ventures from a CSV file"),
            opts=Venture._meta,
            columns=COLUMN_HELP,
        )
        return context

    def form_valid(self, form: VentureImportForm) -> HttpResponse:
        user = self.request.user
        report = import_ventures(
            form.cleaned_data["file"],
            skip_invalid=form.cleaned_data["skip_invalid"],
            by=user if isinstance(user, User) else None,
        )
        return self.render_to_response(self.get_context_data(form=VentureImportForm(), report=report))
