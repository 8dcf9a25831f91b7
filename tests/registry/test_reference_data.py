"""Reference data: loaded by migration, idempotent, and staff edits survive a reload."""

import pytest
from django.apps import apps as django_apps

from programs.models import Partner, Programme
from programs.reference import load_programmes
from registry.models import Country, Province, Region, Sdg, SocialArea
from registry.reference import load_registry_reference

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "countries": Country.objects.count(),
        "regions": Region.objects.count(),
        "provinces": Province.objects.count(),
        "sdgs": Sdg.objects.count(),
        "areas": SocialArea.objects.count(),
        "programmes": Programme.objects.count(),
        "partners": Partner.objects.count(),
    }


def test_migrations_load_the_reference_tables():
    assert counts() == {
        "countries": 5,
        "regions": 6,
        "provinces": 77,
        "sdgs": 17,
        "areas": 9,
        "programmes": 5,
        "partners": 3,
    }
    assert SocialArea.objects.get(code=7).name_th == "สุขภาพ"
    assert SocialArea.objects.get(code=2).name_th == "ความเชื่อมโยงระหว่าง อาหาร น้ำ และพลังงาน"
    assert list(SocialArea.objects.get(slug="disaster-management").sdgs.values_list("number", flat=True)) == [1, 11, 13]
    chiang_mai = Province.objects.get(abbr_en="CMI")
    assert (chiang_mai.name_th, chiang_mai.region.slug) == ("เชียงใหม่", "north")
    assert set(Country.objects.filter(is_clmv=True).values_list("iso2", flat=True)) == {"KH", "LA", "MM", "VN"}
    assert Programme.objects.get(code=4).kind == "competition"


def test_loading_again_changes_nothing_and_keeps_staff_edits():
    area = SocialArea.objects.get(code=7)
    area.name_en = "Health and well-being"
    area.save()
    area.sdgs.add(Sdg.objects.get(number=10))
    before = counts()

    load_registry_reference(django_apps)
    load_programmes(django_apps)

    assert counts() == before
    area.refresh_from_db()
    assert area.name_en == "Health and well-being"
    assert sorted(area.sdgs.values_list("number", flat=True)) == [3, 10]


def test_update_mode_restores_the_source_text():
    SocialArea.objects.filter(code=7).update(name_en="Changed")
    load_registry_reference(django_apps, update=True)
    assert SocialArea.objects.get(code=7).name_en == "Health"
