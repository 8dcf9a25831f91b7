"""The admin pages for the bulk import: upload a CSV, follow its import, see every bad row.

`registry.admin.VentureAdmin.get_urls` mounts them inside the admin site: `ImportVenturesView` at
`import/` (`admin:registry_venture_import`), `ImportJobView` at `import/<job id>/`
(`admin:registry_venture_import_job`) and its JSON twin `ImportJobProgressView` at
`import/<job id>/progress.json` (`admin:registry_venture_import_job_progress`). A big file takes
longer than the web server lets a request run, so the upload only stores the file as an
`ImportJob` and the worker imports it (`registry.tasks.run_import_job`); the job page shows its
progress and then its report. Without a broker the task runs eagerly, inside the upload's request,
and the job page shows the finished report at once.

Every view refuses anyone but active staff with the `registry.add_venture` permission, so they
stay safe wherever they are mounted. Staff who may import see every import job, not only their
own: importing is an organisation's task, and a colleague may need to see why a file failed.
"""

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin import AdminSite
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from ..importer import CHECKING, SAVING, ImportReport, RowError
from ..models import ImportJob, ImportJobStatus, User, Venture
from ..tasks import import_job_submit

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


class ImportPermissionMixin:
    """Only active staff with the permission to add ventures; others log in or get 403."""

    permission_required = "registry.add_venture"
    admin_site: AdminSite | None = None

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        user = request.user
        if not (user.is_authenticated and user.is_active and getattr(user, "is_staff", False)):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not user.has_perm(self.permission_required):
            raise PermissionDenied(_("Importing ventures needs the permission to add ventures."))
        return super().dispatch(request, *args, **kwargs)  # type: ignore[misc]

    def admin_context(self, request: HttpRequest) -> dict[str, Any]:
        site = self.admin_site or admin.site
        return {**site.each_context(request), "opts": Venture._meta}


class ImportVenturesView(ImportPermissionMixin, FormView):
    """Staff with the permission to add ventures upload a CSV; the import runs as a job."""

    form_class = VentureImportForm
    template_name = "admin/registry/venture/import.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = {**self.admin_context(self.request), **super().get_context_data(**kwargs)}
        context.update(
            title=_("Import ventures from a CSV file"),
            columns=COLUMN_HELP,
            recent_jobs=ImportJob.objects.select_related("uploaded_by").defer("content")[:RECENT_JOBS],
        )
        return context

    def form_valid(self, form: VentureImportForm) -> HttpResponse:
        user = self.request.user
        upload: UploadedFile = form.cleaned_data["file"]
        job = import_job_submit(
            file_name=upload.name or "import.csv",
            content=upload.read(),
            skip_invalid=form.cleaned_data["skip_invalid"],
            language=translation.get_language() or "",
            by=user if isinstance(user, User) else None,
        )
        return HttpResponseRedirect(reverse("admin:registry_venture_import_job", args=[job.pk]))


RECENT_JOBS = 5
# How often (seconds) the job page asks for news while the job runs, with or without JavaScript.
REFRESH_SECONDS = 2


def progress_text(job: ImportJob) -> str:
    """The job's progress in words, e.g. "Checking rows: 1,200 of 10,000" (also for screen readers)."""
    stage, done, total = job.progress()
    numbers = {"done": number_format(done, force_grouping=True), "total": number_format(total, force_grouping=True)}
    if job.status == ImportJobStatus.QUEUED:
        return gettext("Waiting for the import to start…")
    if job.status == ImportJobStatus.FAILED:
        return gettext("The import failed.")
    if job.status == ImportJobStatus.DONE:
        return gettext("The import has finished.")
    if stage == CHECKING:
        return gettext("Checking rows: %(done)s of %(total)s") % numbers
    if stage == SAVING:
        return gettext("Saving rows: %(done)s of %(total)s") % numbers
    return gettext("Reading the file…")


def report_of(job: ImportJob) -> ImportReport | None:
    """The finished job's report as the importer made it, so the page shows it as before."""
    if job.status != ImportJobStatus.DONE or job.report is None:
        return None
    data = job.report
    return ImportReport(
        created=data["created"],
        updated=data["updated"],
        unchanged=data["unchanged"],
        imported=data["imported"],
        rows=data["rows"],
        ignored_columns=list(data["ignored_columns"]),
        errors=[RowError(e["line"], list(e["reasons"]), e["text_line"]) for e in data["errors"]],
        errors_forgotten=data.get("errors_forgotten", 0),
    )


def progress_of(job: ImportJob) -> dict[str, Any]:
    stage, done, total = job.progress()
    return {
        "status": job.status,
        "finished": job.finished,
        "stage": stage,
        "done": done,
        "total": total,
        "text": progress_text(job),
    }


class ImportJobView(ImportPermissionMixin, TemplateView):
    """One import job: its progress while it runs, then its report (or why it failed)."""

    template_name = "admin/registry/venture/import_job.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        job = get_object_or_404(ImportJob.objects.select_related("uploaded_by").defer("content"), pk=kwargs["job_id"])
        context = {**self.admin_context(self.request), **super().get_context_data(**kwargs)}
        context.update(
            title=_("Import of %(file)s") % {"file": job.file_name},
            job=job,
            progress=progress_of(job),
            report=report_of(job),
            refresh_seconds=REFRESH_SECONDS,
            progress_url=reverse("admin:registry_venture_import_job_progress", args=[job.pk]),
        )
        return context


class ImportJobProgressView(ImportPermissionMixin, View):
    """The job's status and progress as JSON, for the job page's script."""

    def get(self, request: HttpRequest, job_id: int) -> JsonResponse:
        job = get_object_or_404(ImportJob.objects.defer("content"), pk=job_id)
        return JsonResponse(progress_of(job))
