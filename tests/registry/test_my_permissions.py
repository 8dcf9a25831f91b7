"""The permission matrix of /my/: every URL and every object id, asked for (GET and POST) by another
entrepreneur, an anonymous visitor and a reviewer, answers 403 or 404, leaks nothing of the owner's
ventures or people, and changes nothing. The owner and the team get their pages (the control)."""

from collections.abc import Iterator
from itertools import product
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, reverse

from core.models import AuditEntry
from registry.models import ConsentRecord, User, Venture, VentureInvitation, VentureMembership
from registry.models.revisions import RevisionStatus
from registry.models.ventures import VentureStatus
from registry.services.team import venture_invite
from registry.urls_my import urlpatterns
from tests.factories import (
    EntrepreneurFactory,
    PublishedVentureFactory,
    ReviewerFactory,
    VentureFactory,
    VentureMembershipFactory,
    VentureRevisionFactory,
)
from tests.support.accounts import text_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "english")]

# URL names that belong to the visitor's own account rather than to an object.
OWN_AREA = {"dashboard", "venture_create", "data", "data_export", "consent", "erase"}


class World:
    def __init__(self) -> None:
        self.owner = EntrepreneurFactory.create(email="secret.owner@example.org", full_name="Secret Owner")
        self.member = EntrepreneurFactory.create(email="secret.member@example.org", full_name="Secret Member")
        self.invitee = EntrepreneurFactory.create(email="secret.invitee@example.org", full_name="Secret Invitee")
        self.ventures = [
            VentureFactory.create(owner=self.owner, status=status, name_en=f"Hidden {status}", name_th=f"ลับ {status}")
            for status in VentureStatus.values
            if status != VentureStatus.PUBLISHED
        ]
        published = PublishedVentureFactory.create(owner=self.owner, name_en="Hidden published", name_th="ลับ เผยแพร่")
        VentureRevisionFactory.create(
            venture=published, status=RevisionStatus.DRAFT, data={"name_en": "Hidden proposal"}
        )
        self.ventures.append(published)
        self.membership = VentureMembershipFactory.create(venture=published, user=self.member)
        self.invitation, self.token = venture_invite(venture=published, by=self.owner, email=self.invitee.email)
        self.people = [self.owner.pk, self.member.pk, self.invitee.pk]
        self.secrets = [
            *(v.name_en for v in self.ventures),
            *(v.name_th for v in self.ventures),
            "Hidden proposal",
            self.owner.email,
            self.member.email,
            self.invitee.email,
            "Secret Owner",
            "Secret Member",
        ]

    def urls(self, name: str, pattern: URLPattern) -> Iterator[str]:
        """Every concrete URL of `pattern` for the owner's objects (and for ids that do not exist)."""
        keys = set(pattern.pattern.converters)
        pks = [v.pk for v in self.ventures] + [999_999]
        if name == "invitation":
            yield reverse("my:invitation", kwargs={"token": self.token})
            yield reverse("my:invitation", kwargs={"token": "not-a-real-token"})
        elif name == "consent":
            for purpose in ("newsletter", "registry_processing", "public_contact", "nonsense"):
                yield reverse("my:consent", kwargs={"purpose": purpose})
        elif keys == {"pk"}:
            for pk in pks:
                yield reverse(f"my:{name}", kwargs={"pk": pk})
        elif keys == {"pk", "member_pk"}:
            for pk, member_pk in product(pks, [self.membership.pk, 999_999]):
                yield reverse(f"my:{name}", kwargs={"pk": pk, "member_pk": member_pk})
        elif keys == {"pk", "invitation_pk"}:
            for pk, invitation_pk in product(pks, [self.invitation.pk, 999_999]):
                yield reverse(f"my:{name}", kwargs={"pk": pk, "invitation_pk": invitation_pk})
        elif not keys:
            yield reverse(f"my:{name}")
        else:
            raise AssertionError(f"add the URL my:{name} ({sorted(keys)}) to the permission matrix")

    def state(self) -> tuple[Any, ...]:
        """Everything a forbidden request might have changed."""
        return (
            list(Venture.objects.order_by("pk").values()),
            list(VentureMembership.objects.order_by("pk").values("venture", "user", "role")),
            list(VentureInvitation.objects.order_by("pk").values("status", "email")),
            list(User.objects.filter(pk__in=self.people).order_by("pk").values()),
            list(ConsentRecord.objects.filter(user__in=self.people).order_by("pk").values()),
            AuditEntry.objects.count(),
        )


@pytest.fixture
def world() -> World:
    return World()


def client_for(user: Any) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


ACTORS = {
    "another entrepreneur": lambda: EntrepreneurFactory.create(email="nosy@example.org", full_name="Nosy Neighbour"),
    "reviewer": lambda: ReviewerFactory.create(email="reviewer@nia.or.th"),
    "anonymous visitor": lambda: None,
}


def test_the_matrix_covers_every_url_under_my(world: World) -> None:
    for pattern in urlpatterns:
        assert isinstance(pattern, URLPattern)
        assert list(world.urls(str(pattern.name), pattern)), pattern.name


@pytest.mark.parametrize("actor", list(ACTORS))
def test_nobody_else_gets_in_sees_anything_or_changes_anything(world: World, actor: str) -> None:
    user = ACTORS[actor]()
    client = client_for(user)
    before = world.state()
    problems = []
    checked = 0

    for pattern in urlpatterns:
        name = str(pattern.name)
        for url in world.urls(name, pattern):
            for method in ("get", "post"):
                response = getattr(client, method)(
                    url, {"answer": "accept", "action": "give", "to": user.pk if user else ""}
                )
                checked += 1
                body = text_of(response) if not response.streaming else ""
                leaked = [secret for secret in world.secrets if secret in body]
                if leaked:
                    problems.append(f"{method.upper()} {url}: shows {leaked}")
                if name in OWN_AREA and user is not None:
                    continue  # their own account pages: checked for leaks only
                if response.status_code not in (403, 404, 405):
                    problems.append(f"{method.upper()} {url}: HTTP {response.status_code}")
                if user is None and method == "get" and response.status_code != 403:
                    problems.append(f"GET {url} anonymous: HTTP {response.status_code}, expected 403")

    assert problems == []
    assert checked > 150
    assert world.state() == before


def test_anonymous_visitors_get_403_with_a_log_in_link_everywhere(world: World) -> None:
    client = Client()
    for pattern in urlpatterns:
        for url in world.urls(str(pattern.name), pattern):
            response = client.get(url)
            assert response.status_code == 403, url
            assert reverse("accounts:login") in text_of(response), url


def test_the_owner_and_the_member_do_get_their_pages(world: World) -> None:
    """The control: the matrix above is not passing because everything is refused."""
    published = world.ventures[-1]
    owner, member = client_for(world.owner), client_for(world.member)
    for name in ("venture_detail", "venture_edit", "team"):
        url = reverse(f"my:{name}", args=[published.pk])
        assert owner.get(url).status_code == 200, url
        assert member.get(url).status_code == 200, url
    for venture in world.ventures:
        assert owner.get(reverse("my:venture_detail", args=[venture.pk])).status_code == 200
    invitee = client_for(world.invitee)
    assert invitee.get(reverse("my:invitation", kwargs={"token": world.token})).status_code == 200


def test_a_member_cannot_do_what_only_the_owner_may(world: World) -> None:
    published = world.ventures[-1]
    member = client_for(world.member)
    before = world.state()
    for name in ("venture_delete", "venture_transfer"):
        url = reverse(f"my:{name}", args=[published.pk])
        assert member.get(url).status_code == 403, url
        assert member.post(url, {"action": "archive", "to": world.member.pk}).status_code == 403, url
    invite = member.post(reverse("my:team", args=[published.pk]), {"email": "friend@example.org"})
    assert invite.status_code == 403
    revoke = reverse("my:invitation_revoke", args=[published.pk, world.invitation.pk])
    assert member.post(revoke).status_code == 403
    assert world.state() == before
    # Members may leave.
    member.post(reverse("my:member_remove", args=[published.pk, world.membership.pk]))
    assert not VentureMembership.objects.filter(pk=world.membership.pk).exists()


def test_the_invitation_page_names_the_venture_only_to_its_invitee(world: World) -> None:
    url = reverse("my:invitation", kwargs={"token": world.token})
    other = client_for(EntrepreneurFactory.create())
    response = other.get(url)
    assert response.status_code == 403
    assert "Hidden published" not in text_of(response)
    assert other.post(url, {"answer": "accept"}).status_code == 403
    assert not VentureMembership.objects.filter(user__email="nosy@example.org").exists()


def test_personal_pages_are_never_cached(world: World) -> None:
    owner = client_for(world.owner)
    for url in (
        reverse("my:dashboard"),
        reverse("my:data_export"),
        reverse("my:venture_edit", args=[world.ventures[0].pk]),
    ):
        assert "no-store" in owner.get(url)["Cache-Control"], url
    assert "no-store" in Client().get(reverse("my:dashboard"))["Cache-Control"]
