"""Error pages in production (DEBUG=False, as in the test settings): the site's layout, in the
request's language; the 500 page even when the database is what failed."""

import re

import pytest
from django.test import Client, RequestFactory

from registry.views.errors import server_error
from tests.factories import VentureFactory, VentureMembershipFactory

OWNER_ONLY_TH = "เฉพาะเจ้าของกิจการเท่านั้นที่ลบหรือเก็บกิจการเข้าคลังได้"
BRAND = {"th": "ทะเบียนนวัตกรรมเพื่อสังคม", "en": "Social Innovation Registry"}


def looks_like_the_site(html: str, language: str) -> None:
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html and BRAND[language] in html
    assert 'href="/static/css/site' in html or "site.css" in html
    assert "Not Found" not in html and "Server Error" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "heading"), [("th", "ไม่พบหน้าที่คุณต้องการ"), ("en", "We cannot find this page")])
def test_404_in_the_sites_layout_and_the_pages_language(client: Client, language: str, heading: str) -> None:
    response = client.get(f"/{language}/ventures/no-such-venture/")
    assert response.status_code == 404
    html = response.content.decode()
    looks_like_the_site(html, language)
    assert f"<h1>{heading}</h1>" in html
    assert f'href="/{language}/ventures/"' in html


@pytest.mark.django_db
def test_403_in_the_sites_layout_with_the_reason() -> None:
    membership = VentureMembershipFactory.create(venture=VentureFactory.create())
    client = Client()
    client.force_login(membership.user)
    response = client.get(f"/th/my/ventures/{membership.venture.pk}/delete/")
    assert response.status_code == 403
    html = response.content.decode()
    looks_like_the_site(html, "th")
    assert "ข้อผิดพลาด 403" in html
    assert OWNER_ONLY_TH in html  # the reason the view gave, in Thai


@pytest.mark.django_db
def test_a_form_sent_without_its_csrf_token_gets_the_sites_403_in_thai() -> None:
    response = Client(enforce_csrf_checks=True).post("/th/accounts/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403
    html = response.content.decode()
    looks_like_the_site(html, "th")
    assert "<h1>แบบฟอร์มหมดอายุแล้ว</h1>" in html


@pytest.mark.parametrize(
    ("language", "heading"), [("th", "เกิดข้อผิดพลาดที่ระบบของเรา"), ("en", "Something went wrong on our side")]
)
def test_500_in_the_pages_language_while_the_database_is_unreachable(language: str, heading: str) -> None:
    # No django_db mark: pytest-django refuses every query, as a database that is down would.
    client = Client(raise_request_exception=False)
    response = client.get(f"/{language}/ventures/some-venture/")
    assert response.status_code == 500
    html = response.content.decode()
    looks_like_the_site(html, language)
    assert f"<h1>{heading}</h1>" in html


@pytest.mark.parametrize(
    ("language", "heading"), [("th", "ระบบไม่เข้าใจคำขอนี้"), ("en", "We could not understand this request")]
)
def test_400_for_an_unknown_host_in_the_pages_language(language: str, heading: str) -> None:
    response = Client(HTTP_HOST="evil.example").get(f"/{language}/")
    assert response.status_code == 400
    html = response.content.decode()
    looks_like_the_site(html, language)
    assert f"<h1>{heading}</h1>" in html


def test_the_500_page_reads_nothing_that_needs_the_database() -> None:
    """The handler itself, with no database (no django_db mark): rendered with no request, so no
    context processor (user, session, messages) runs."""
    response = server_error(RequestFactory().get("/en/anything/"))
    assert re.search(r"<h1>Something went wrong on our side</h1>", response.content.decode())
