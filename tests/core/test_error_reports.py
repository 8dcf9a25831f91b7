"""Uncaught errors are emailed to ADMINS through the outbox: a 500 in a request and a task that
failed, once per kind of error and admin in the report window, never breaking the response."""

import logging
import os
import subprocess
import sys
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from core.models import OutboundEmail

pytestmark = pytest.mark.django_db

ADMINS = [("Ops NIA", "ops@nia.example.org"), ("Dev UNDP", "dev@undp.example.org")]


@pytest.fixture
def crashing_site(settings: Any, django_capture_on_commit_callbacks: Any) -> Any:
    settings.ROOT_URLCONF = "tests.support.crashing_urls"
    settings.ADMINS = ADMINS
    settings.DEBUG = False

    def get(path: str) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return Client(raise_request_exception=False).get(path)

    return get


def test_a_500_is_emailed_to_every_admin_with_its_traceback(crashing_site: Any, settings: Any) -> None:
    response = crashing_site("/crash/divide/?by=0")

    assert response.status_code == 500
    assert sorted(message.to[0] for message in mail.outbox) == ["dev@undp.example.org", "ops@nia.example.org"]
    message = mail.outbox[0]
    assert message.subject.startswith(settings.EMAIL_SUBJECT_PREFIX)
    assert "Internal Server Error: /crash/divide/" in message.subject
    assert "ZeroDivisionError" in message.body
    assert "divide_by_zero" in message.body  # the traceback names the failing view
    assert OutboundEmail.objects.filter(key__startswith="error_report:", sent_at__isnull=False).count() == 2


def test_the_same_error_again_is_not_emailed_again_but_another_error_is(crashing_site: Any) -> None:
    for _ in range(5):
        crashing_site("/crash/divide/?by=0")
    crashing_site("/crash/divide/?by=0&again=1")  # another URL, the same error in the same place
    assert len(mail.outbox) == 2  # one per admin

    crashing_site("/crash/lookup/")

    assert len(mail.outbox) == 4
    assert sum("LookupError" in message.body for message in mail.outbox) == 2


def test_a_task_that_failed_for_good_is_reported(settings: Any, django_capture_on_commit_callbacks: Any) -> None:
    settings.ADMINS = ADMINS[:1]
    try:
        raise RuntimeError("the import could not finish")
    except RuntimeError:
        with django_capture_on_commit_callbacks(execute=True):
            # What Celery logs when a task raises (celery.app.trace, level ERROR, with the exception).
            logging.getLogger("celery.app.trace").error(
                "Task %(name)s[%(id)s] %(description)s: %(exc)s",
                {"name": "registry.tasks.import_ventures", "id": "abc", "description": "raised", "exc": "x"},
                exc_info=True,
            )

    [message] = mail.outbox
    assert message.to == ["ops@nia.example.org"]
    assert "registry.tasks.import_ventures" in message.subject
    assert "the import could not finish" in message.body


def test_without_admins_nothing_is_written(crashing_site: Any, settings: Any) -> None:
    settings.ADMINS = []
    assert crashing_site("/crash/divide/").status_code == 500
    assert mail.outbox == []
    assert not OutboundEmail.objects.exists()


def test_admins_come_from_the_environment() -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    env["ADMINS"] = "Ops NIA <ops@nia.example.org>, dev@undp.example.org"
    code = "import django; django.setup(); from django.conf import settings; print(settings.ADMINS)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout

    assert out.strip() == "[('Ops NIA', 'ops@nia.example.org'), ('', 'dev@undp.example.org')]"
