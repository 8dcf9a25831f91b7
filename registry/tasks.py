"""Background work of the registry app."""

import datetime
import functools
import io
import logging
import time
from typing import Any

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.cache import cache
from django.db import OperationalError, transaction
from django.utils import timezone, translation

from core.tasks import QueuedWhenBrokerIsUp

from .importer import ImportReport, import_ventures
from .models import ImportJob, ImportJobStatus, User
from .models.imports import import_progress_key
from .search.index import reindex_venture, reindex_ventures
from .workflows import IMPORT_JOB

logger = logging.getLogger(__name__)


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError,),
    retry_backoff=5,
    retry_backoff_max=5 * 60,
    max_retries=5,
    soft_time_limit=60,
    time_limit=90,
)
def reindex_venture_search(venture_id: int) -> bool:
    """Bring one venture's search document in line with the venture; safe to run twice."""
    return reindex_venture(venture_id)


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError,),
    retry_backoff=5,
    retry_backoff_max=5 * 60,
    max_retries=5,
    soft_time_limit=300,
    time_limit=360,
)
def reindex_ventures_search(venture_ids: list[int]) -> int:
    """Bring many ventures' search documents in line (an import's batch); safe to run twice."""
    return len(reindex_ventures(venture_ids))


@shared_task(
    # Queued from directory pages too: with the broker down the page still answers, and the
    # recount is queued again once RECOUNT_PENDING_SECONDS have passed (registry/search/facets.py).
    base=QueuedWhenBrokerIsUp,
    acks_late=True,
    autoretry_for=(OperationalError,),
    retry_backoff=5,
    max_retries=5,
    soft_time_limit=120,
    time_limit=150,
)
def refresh_browse_facet_counts() -> None:
    """Recount the directory's browsing facet counts after the index changed; safe to run twice."""
    # Imported when run: registry.search.facets queues this task, so it imports this module.
    from .search.facets import refresh_browse_counts

    refresh_browse_counts()


# --- Bulk import in the background (registry.admin.import_views) ----------------------------------------

# A 10,000-row file takes about 40 s; the limits leave room for files many times slower.
IMPORT_SOFT_TIME_LIMIT = 30 * 60
IMPORT_TIME_LIMIT = IMPORT_SOFT_TIME_LIMIT + 5 * 60
# Progress is published at most this often (seconds), and at the end of each stage.
IMPORT_PROGRESS_INTERVAL = 1.0
# The published progress outlives the longest import; the finished job's row holds the last one.
IMPORT_PROGRESS_TTL = IMPORT_TIME_LIMIT + 60


def import_job_submit(
    *, file_name: str, content: bytes, skip_invalid: bool, language: str, by: User | None
) -> ImportJob:
    """Keep an uploaded CSV as a queued import job and send it to the worker once it is committed."""
    with transaction.atomic():
        job = ImportJob.objects.create(
            uploaded_by=by, file_name=file_name[:255], content=content, skip_invalid=skip_invalid, language=language
        )
        transaction.on_commit(functools.partial(run_import_job.delay, job.pk))
    return job


def _move_import_job(job: ImportJob, move: str, **fields: Any) -> None:
    """Run the job's transition `move` (workflows.IMPORT_JOB) and save `fields` with it; the row must be locked."""
    for name, value in fields.items():
        setattr(job, name, value)
    IMPORT_JOB.apply(job, move, by=job.uploaded_by)  # the worker acts for whoever uploaded the file


class _ProgressPublisher:
    """The importer's progress callback: publishes (stage, done, total) to the cache, throttled.

    Not to the job row: the import runs in one transaction, and a row written from inside it is
    invisible to the status page until the commit (see `ImportJob.progress`).
    """

    def __init__(self, job_id: int) -> None:
        self.key = import_progress_key(job_id)
        self.last: tuple[str, int, int] = ("", 0, 0)
        self.published_at = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.last = (stage, done, total)
        now = time.monotonic()
        if done == total or done == 1 or now - self.published_at >= IMPORT_PROGRESS_INTERVAL:
            self.published_at = now
            cache.set(self.key, {"stage": stage, "done": done, "total": total}, IMPORT_PROGRESS_TTL)


def _report_as_json(report: ImportReport) -> dict[str, Any]:
    return {
        "imported": report.imported,
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "summary": report.summary(),
        "ignored_columns": list(report.ignored_columns),
        "errors": [
            {"line": error.line, "text_line": error.text_line, "reasons": list(error.reasons)}
            for error in report.errors
        ],
    }


def _claim_import_job(job_id: int) -> bool:
    """Mark a queued job running (or restart one whose worker died); False for a finished job."""
    with transaction.atomic():
        # A duplicate delivery of a job another worker is importing waits here for that import's
        # transaction (which holds this row's lock), then finds the job finished.
        job = ImportJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.finished:
            return False
        move = "start" if IMPORT_JOB.allows(job, "start") else "restart"
        _move_import_job(job, move, started_at=timezone.now(), stage="", done=0, total=0, error="")
    return True


def _fail_import_job(job_id: int, error: str) -> None:
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job_id)
        if IMPORT_JOB.allows(job, "fail"):
            _move_import_job(job, "fail", finished_at=timezone.now(), content=b"", error=error[:2000])


@shared_task(acks_late=True, soft_time_limit=IMPORT_SOFT_TIME_LIMIT, time_limit=IMPORT_TIME_LIMIT)
def run_import_job(job_id: int) -> str:
    """Import an uploaded CSV and store its report on the job; a finished job is left as it is."""
    if not _claim_import_job(job_id):
        return "skipped"
    publish = _ProgressPublisher(job_id)
    try:
        # The import and the job's move to done commit together: a job is done exactly when its
        # ventures are saved. Any failure rolls both back and the job is marked failed afterwards.
        with transaction.atomic():
            job = ImportJob.objects.select_for_update().get(pk=job_id)
            if job.status != ImportJobStatus.RUNNING:
                return "skipped"  # another delivery finished it while this one waited
            with translation.override(job.language or settings.LANGUAGE_CODE):
                report = import_ventures(
                    io.BytesIO(bytes(job.content)),
                    skip_invalid=job.skip_invalid,
                    by=job.uploaded_by,
                    progress=publish,
                )
                data = _report_as_json(report)
            stage, done, total = publish.last
            _move_import_job(
                job,
                "finish",
                finished_at=timezone.now(),
                content=b"",  # the file is not kept once imported: it holds people's contact details
                report=data,
                stage=stage,
                done=done,
                total=total,
            )
    except SoftTimeLimitExceeded:
        logger.error("Import job %s ran out of time", job_id)
        _fail_import_job(job_id, f"The import took longer than {IMPORT_SOFT_TIME_LIMIT // 60} minutes.")
        return ImportJobStatus.FAILED
    except Exception as exc:  # whatever went wrong, the job must say that it failed
        logger.exception("Import job %s failed", job_id)
        _fail_import_job(job_id, f"{type(exc).__name__}: {exc}")
        return ImportJobStatus.FAILED
    finally:
        cache.delete(publish.key)
    return ImportJobStatus.DONE


@shared_task
def forget_old_import_reports() -> int:
    """Delete the bad rows' details (their reasons quote the cells: people's contact details among
    them) from import reports older than REGISTRY_IMPORT_REPORT_DAYS; the counts and the summary
    stay. Daily (beat)."""
    cutoff = timezone.now() - datetime.timedelta(days=settings.REGISTRY_IMPORT_REPORT_DAYS)
    forgotten = 0
    for job in ImportJob.objects.filter(finished_at__lt=cutoff, report__isnull=False).only("pk", "report").iterator():
        report = dict(job.report or {})
        errors = report.get("errors") or []
        if not errors:
            continue
        report["errors"] = []
        report["errors_forgotten"] = len(errors)
        ImportJob.objects.filter(pk=job.pk).update(report=report)
        forgotten += 1
    return forgotten
