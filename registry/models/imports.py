from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.workflow import StatusGuarded


def import_progress_key(job_id: int) -> str:
    """The cache key under which a running import job's progress is published."""
    return f"registry:import-job:{job_id}:progress"


class ImportJobStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


# The moves a job may make are registry.workflows.IMPORT_JOB.


class ImportJob(StatusGuarded):
    """One CSV file uploaded in the admin and imported in the background (registry.tasks.run_import_job).

    The file's bytes are kept in the database, not in media storage: MEDIA_ROOT is served publicly
    at MEDIA_URL (deploy/nginx.conf), and an import file holds contact emails that are not public.
    """

    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="import_jobs",
    )
    created_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    file_name = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField(_("file content"))
    skip_invalid = models.BooleanField(_("skip bad rows"), default=False)
    language = models.CharField(
        _("language"), max_length=10, help_text=_("The language the report's reasons are written in.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ImportJobStatus.choices, default=ImportJobStatus.QUEUED
    )
    stage = models.CharField(_("stage"), max_length=10, blank=True)
    done = models.PositiveIntegerField(_("rows done"), default=0)
    total = models.PositiveIntegerField(_("rows in all"), default=0)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    report = models.JSONField(_("report"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=ImportJobStatus.values), name="registry_importjob_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (ImportJobStatus.DONE, ImportJobStatus.FAILED)

    def progress(self) -> tuple[str, int, int]:
        """(stage, rows done, rows in all) as the import reports it now.

        While the import runs, its rows are written in one transaction, so a progress row written
        from inside it would stay invisible to other connections until the commit (PostgreSQL) or
        wait on the write lock (SQLite). The task therefore publishes progress to the cache
        (Redis in production, shared by the worker and the web processes; local memory in the
        embedded default, where the task runs eagerly in the same process), and the row's own
        stage/done/total are written only outside that transaction: at the start and at the end.
        """
        if self.status == ImportJobStatus.RUNNING:
            live = cache.get(import_progress_key(self.pk))
            if live:
                return live["stage"], live["done"], live["total"]
        return self.stage, self.done, self.total
