"""Every model field has a label that is translated, so the Thai admin shows no English field names."""

from typing import Any

import pytest
from django.apps import apps
from django.contrib.contenttypes.fields import GenericForeignKey
from django.test import Client
from django.urls import reverse

from tests import factories

OWN_APPS = ("registry", "programs", "grants")


def fields_without_a_label() -> list[str]:
    missing = []
    for app in OWN_APPS:
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                if field.auto_created or isinstance(field, GenericForeignKey):
                    continue  # reverse relations, the automatic id, and a GFK (no label of its own)
                # `_verbose_name` keeps what the model gave; Django fills `verbose_name` from the name.
                if getattr(field, "_verbose_name", None) is None:
                    missing.append(f"{model._meta.label}.{field.name}")
    return missing


def test_every_field_of_our_models_has_a_label_of_its_own() -> None:
    assert fields_without_a_label() == []


@pytest.mark.django_db
def test_the_thai_admin_names_relations_in_thai() -> None:
    participation = factories.ParticipationFactory.create()
    vote = factories.ApprovalVoteFactory.create()
    factories.ApplicationAnswerFactory.create(application=vote.application)
    client = Client(HTTP_ACCEPT_LANGUAGE="th")
    client.force_login(factories.SuperuserFactory.create())

    participations = client.get(reverse("admin:programs_participation_changelist")).content.decode()
    application: Any = client.get(reverse("admin:grants_grantapplication_change", args=[vote.application.pk]))

    for thai in ("กิจการ", "โปรแกรม", "รอบรับสมัคร", "หน่วยงานพันธมิตร"):
        assert f">{thai}</a>" in participations  # the sortable column headers
    for english in ("Venture", "Programme", "Call", "Partner"):
        assert f">{english}</a>" not in participations
    assert participation.venture.name in participations
    page = application.content.decode()
    assert '<th class="column-approver">ผู้อนุมัติ' in page  # the approvals inline
    assert '<label class="required" for="id_answers-0-question">คำถาม:' in page  # the answers inline
