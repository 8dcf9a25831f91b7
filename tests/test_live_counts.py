"""Staff edit the areas and programmes (NIA's list changes between funding years): the pages say
how many there are from the data, never a number written into a template."""

import re

import pytest
from django.test import Client

from programs.models import Programme
from registry.models import SocialArea

pytestmark = pytest.mark.django_db


def areas_heading(html: str) -> str:
    match = re.search(r'<h2 id="areas-title">(.*?)</h2>', html, re.S)
    assert match, "no areas heading"
    return match.group(1).strip()


def description(html: str) -> str:
    match = re.search(r'<meta name="description" content="([^"]*)"', html)
    assert match, "no description"
    return match.group(1)


@pytest.mark.parametrize(
    ("language", "nine", "eight"),
    [
        ("en", "9 social-innovation areas", "8 social-innovation areas"),
        ("th", "นวัตกรรมเพื่อสังคม 9 ด้าน", "นวัตกรรมเพื่อสังคม 8 ด้าน"),
    ],
)
def test_the_home_page_counts_the_active_areas(client: Client, language: str, nine: str, eight: str) -> None:
    assert SocialArea.objects.filter(is_active=True).count() == 9  # NIA's list, from the data migration
    assert areas_heading(client.get(f"/{language}/").content.decode()) == nine

    SocialArea.objects.filter(slug="disaster-management").update(is_active=False)

    assert areas_heading(client.get(f"/{language}/").content.decode()) == eight


@pytest.mark.parametrize(
    ("language", "five", "four"),
    [
        ("en", "The 5 support programmes", "The 4 support programmes"),
        ("th", "โปรแกรมสนับสนุน 5 โปรแกรม", "โปรแกรมสนับสนุน 4 โปรแกรม"),
    ],
)
def test_the_programme_list_counts_the_active_programmes(client: Client, language: str, five: str, four: str) -> None:
    assert Programme.objects.filter(is_active=True).count() == 5  # NIA's list, from the data migration
    assert description(client.get(f"/{language}/programs/").content.decode()).startswith(five)

    Programme.objects.filter(slug="social-impact-assessment").update(is_active=False)

    assert description(client.get(f"/{language}/programs/").content.decode()).startswith(four)
