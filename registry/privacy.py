"""A person's rights under the PDPA: a copy of their data (s.30/31) and erasure (s.33).

`user_links()` lists every column in the project that points at a user and what erasure does
with it (the registry's own here, the other apps' registered in `registry.extensions` with what
they export and how erasure detaches them); tests/registry/test_privacy.py fails when a model
gains a link to users that is not listed, so new personal data cannot slip past the export and
the erasure.
"""

import datetime
import json
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import import_module
from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from core.models import AuditEntry, OutboundEmail
from core.workflow import record_audit

from . import extensions, permissions
from .models import (
    ConsentRecord,
    Entrepreneur,
    SearchKey,
    SearchPosting,
    SearchTerm,
    User,
    Venture,
    VentureInvitation,
    VentureMembership,
    VentureRevision,
    VentureSearchDocument,
)
from .models.revisions import RevisionStatus
from .models.ventures import VentureStatus
from .profiles import VALUE_FIELDS
from .redaction import MIN_VALUE_LENGTH, Redactor, name_parts
from .search.index import reindex_ventures
from .services.files import delete_file_after_commit
from .services.moderation import venture_archive, venture_revision_discard, venture_withdraw_submission
from .services.profile import venture_delete
from .services.team import venture_transfer, ventures_of
from .slugs import unique_slug

# Every relation to a user in the project ("app.Model.field") and what erasure does with it.
# "keep": the row stays, pointing at the anonymised user (records kept for audit).
USER_LINKS: dict[str, str] = {
    "registry.Entrepreneur.user": "delete",
    "registry.ConsentRecord.user": "keep (withdrawn; the record holds no personal data)",
    "registry.Venture.owner": "transfer to a team member, or unpublish and detach",
    "registry.Venture.verified_by": "keep (staff action)",
    "core.AuditEntry.actor": "keep (free text scrubbed)",
    "registry.VentureMembership.user": "delete",
    "registry.VentureRevision.created_by": "set to nobody",
    "registry.VentureInvitation.invited_by": "set to nobody",
    "registry.ImportJob.uploaded_by": "keep (staff action)",
    "admin.LogEntry.user": "keep (staff action; free text scrubbed)",
    "auth.Group.user_set": "cleared",
    "auth.Permission.user_set": "cleared",
    "registry.User.groups": "cleared",
    "registry.User.user_permissions": "cleared",
}


def user_links() -> dict[str, str]:
    """Every column in the project that points at a user, and what erasure does with it: the
    registry's own (USER_LINKS) and those of the apps registered in registry.extensions."""
    links = dict(USER_LINKS)
    for part in extensions.REGISTERED.personal_data:
        links.update(part.user_links)
    return links


def _registered_exports() -> list[tuple[str, Any]]:
    return [part.export for part in extensions.REGISTERED.personal_data if part.export is not None]


def json_value(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def json_row(obj: models.Model, names: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {name: json_value(getattr(obj, name)) for name in names}


# --- Export ----------------------------------------------------------------------------------------


def _venture_export(venture: Venture, user: User) -> dict[str, Any]:
    data = json_row(venture, ["slug", *VALUE_FIELDS, "status", "created_at", "updated_at", "moderation_note"])
    data.update(
        role="owner" if venture.owner_id == user.pk else "editor",
        country=venture.country.iso2,
        province=venture.province.abbr_en if venture.province else None,
        areas=[link.area.slug for link in venture.venture_areas.select_related("area")],
        sdgs=[sdg.number for sdg in venture.sdgs.all()],
        logo=venture.logo.name or None,
        contact_consent_at=json_value(venture.contact_consent_at),
        proposed_changes=[
            {
                **json_row(r, ["status", "created_at", "submitted_at", "decided_at", "moderation_note"]),
                "proposed_by_me": r.created_by_id == user.pk,
                "data": r.data,
                "logo": r.logo.name or None,
            }
            for r in venture.revisions.all()
        ],
    )
    return data


def _access_rows(model: type[models.Model], username: str, names: list[str]) -> list[dict[str, Any]]:
    return [json_row(obj, names) for obj in model._default_manager.filter(username__iexact=username).order_by("pk")]


def export_personal_data(user: User) -> dict[str, Any]:
    """Everything the registry holds about `user`, as JSON-ready data (PDPA s.30 and s.31)."""
    profile = Entrepreneur.objects.filter(user=user).first()
    ventures = ventures_of(user).prefetch_related("sdgs", "revisions")
    access = ["attempt_time", "ip_address", "user_agent", "http_accept", "path_info"]
    return {
        "format": "social-innovation-registry/personal-data",
        "version": 1,
        "generated_at": timezone.now().isoformat(),
        "account": json_row(
            user,
            [
                "email",
                "full_name",
                "preferred_language",
                "date_joined",
                "last_login",
                "email_verified_at",
                "is_active",
            ],
        ),
        "entrepreneur_profile": json_row(
            profile, ["name_th", "name_en", "phone", "date_of_birth", "age_band", "created_at", "updated_at"]
        )
        if profile
        else None,
        "consents": [
            {
                **json_row(c, ["purpose", "text_version", "given_at", "withdrawn_at"]),
                "venture": c.venture.slug if c.venture else None,
            }
            for c in ConsentRecord.objects.filter(user=user).select_related("venture").order_by("given_at", "pk")
        ],
        "ventures": [_venture_export(v, user) for v in ventures],
        "team_memberships": [
            {"venture": m.venture.slug, "role": m.role, "joined_at": json_value(m.joined_at)}
            for m in VentureMembership.objects.filter(user=user).select_related("venture")
        ],
        "invitations_received": [
            {
                **json_row(i, ["email", "status", "created_at", "expires_at", "responded_at"]),
                "venture": i.venture.slug,
            }
            for i in VentureInvitation.objects.filter(email__iexact=user.email).select_related("venture")
        ],
        "invitations_sent": [
            {
                **json_row(i, ["email", "status", "created_at", "expires_at", "responded_at"]),
                "venture": i.venture.slug,
            }
            for i in VentureInvitation.objects.filter(invited_by=user).select_related("venture")
        ],
        **{name: rows(user) for name, rows in _registered_exports()},
        "activity": [
            {
                **json_row(e, ["created_at", "action", "from_status", "to_status", "reason", "object_id"]),
                "object_type": e.content_type.model,
            }
            for e in AuditEntry.objects.filter(actor=user).select_related("content_type").order_by("created_at", "pk")
        ],
        "emails": [
            json_row(m, ["created_at", "sent_at", "subject", "body"])
            for m in OutboundEmail.objects.filter(to__iexact=user.email).order_by("created_at", "pk")
        ],
        "log_ins": _access_rows(AccessLog, user.email, [*access, "logout_time"]),
        "failed_log_ins": _access_rows(AccessAttempt, user.email, [*access, "failures_since_start"]),
        "failed_log_in_history": _access_rows(AccessFailureLog, user.email, [*access, "locked_out"]),
    }


# --- Erasure ---------------------------------------------------------------------------------------


@dataclass
class ErasureReport:
    transferred: list[str] = field(default_factory=list)
    unpublished: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


def _personal_redactors(user: User, profile: Entrepreneur | None, phones: set[str]) -> tuple[Redactor, Redactor]:
    """What erasure looks for: everywhere, the person's email, whole names and phone numbers; in
    their own records (ventures taken out, proposed changes, applications…) each part of their
    name too (a part alone could be someone else's name elsewhere)."""
    names = [user.full_name]
    if profile is not None:
        names += [profile.name_th, profile.name_en]
    values = [v for v in [user.email, *names] if v and len(v.strip()) >= MIN_VALUE_LENGTH]
    everywhere = Redactor(values, phones)
    own_records = Redactor([*values, *name_parts(*names)], phones)
    return everywhere, own_records


# Derived from the ventures and rebuilt by reindexing (docs/search.md): rewriting their words here
# would make the index's counts miss them, and the words would stay in the lists for good.
DERIVED_SEARCH_MODELS: tuple[type[models.Model], ...] = (VentureSearchDocument, SearchPosting, SearchKey, SearchTerm)


def _text_fields(model: type[models.Model]) -> list[str]:
    return [
        f.name
        for f in model._meta.concrete_fields
        if isinstance(f, models.CharField | models.TextField)
        and not isinstance(f, models.SlugField)
        and not f.choices
        and not f.primary_key
    ]


def _json_fields(model: type[models.Model]) -> list[str]:
    return [f.name for f in model._meta.concrete_fields if isinstance(f, models.JSONField)]


def _redact_rows(rows: models.QuerySet[Any], redactor: Redactor, changed_ventures: set[int]) -> None:
    """Redact every text and JSON value of these rows (checked one by one in Python); the
    ventures changed are added to `changed_ventures` (their search words must follow)."""
    model = rows.model
    text_fields, json_fields = _text_fields(model), _json_fields(model)
    for obj in rows.only("pk", *text_fields, *json_fields).iterator():
        changed = []
        for name in text_fields:
            value = getattr(obj, name)
            if value and (cleaned := redactor.text(value)) != value:
                setattr(obj, name, cleaned[: model._meta.get_field(name).max_length])
                changed.append(name)
        for name in json_fields:
            value = getattr(obj, name)
            if value is not None and (cleaned := redactor.json(value)) != value:
                setattr(obj, name, cleaned)
                changed.append(name)
        if changed:
            obj.save(update_fields=changed)
            if model is Venture:
                changed_ventures.add(obj.pk)


def _redacted_models() -> list[type[models.Model]]:
    return [
        model
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.managed and model not in (*DERIVED_SEARCH_MODELS, Session)
    ]


def _scrub_everywhere(redactor: Redactor, *, skip: tuple[type[models.Model], ...], changed_ventures: set[int]) -> None:
    """Redact the person's values in every text column of every table (erasure is rare;
    correctness first): the database picks the rows, Python rewrites them."""
    if not redactor:
        return
    for model in _redacted_models():
        if model in skip:
            continue
        query = Q()
        for name in _text_fields(model):
            query |= redactor.matching(name)
        if query:
            _redact_rows(model._default_manager.filter(query), redactor, changed_ventures)
        json_fields = _json_fields(model)
        if json_fields:
            # JSON columns are few and small (proposed changes): scanned in Python.
            has_json = Q()
            for name in json_fields:
                has_json |= Q(**{f"{name}__isnull": False})
            _redact_rows(model._default_manager.filter(has_json), redactor, changed_ventures)


def _own_records(user: User, ventures: list[int]) -> dict[type[models.Model], set[Any]]:
    """The rows that are the person's: their ventures taken out of the registry, every row that
    belongs to those or to the person (proposed changes, applications, answers… followed three
    links down), and the audit and admin history of all of them."""
    found: dict[type[models.Model], set[Any]] = {Venture: set(ventures), User: {user.pk}}
    models_ = _redacted_models()
    for _depth in range(3):
        for model in models_:
            if model is Venture:
                continue  # only those taken out (a venture handed over is the heir's now)
            for f in model._meta.concrete_fields:
                parents = found.get(f.related_model) if f.many_to_one or f.one_to_one else None  # type: ignore[arg-type]
                if parents:
                    children = model._default_manager.filter(**{f"{f.name}__in": parents})
                    found.setdefault(model, set()).update(children.values_list("pk", flat=True))
    for model, keys in list(found.items()):
        if not keys:
            continue
        content_type = ContentType.objects.get_for_model(model)
        object_ids = [str(pk) for pk in keys]
        history = AuditEntry.objects.filter(content_type=content_type, object_id__in=object_ids)
        found.setdefault(AuditEntry, set()).update(history.values_list("pk", flat=True))
        logs = LogEntry.objects.filter(content_type=content_type, object_id__in=object_ids)
        found.setdefault(LogEntry, set()).update(logs.values_list("pk", flat=True))
    found.setdefault(AuditEntry, set()).update(AuditEntry.objects.filter(actor=user).values_list("pk", flat=True))
    del found[User]  # the account itself is anonymised field by field
    return found


def _redact_own_records(
    records: dict[type[models.Model], set[Any]], redactor: Redactor, changed_ventures: set[int]
) -> None:
    for model, pks in records.items():
        if model in DERIVED_SEARCH_MODELS or model is Session or not pks:
            continue
        _redact_rows(model._default_manager.filter(pk__in=pks), redactor, changed_ventures)


def _neutral_slugs(venture_ids: list[int]) -> None:
    """A venture taken out of the registry loses a slug made from its name (it may be the
    person's): its old address then finds nothing, and the name sorts by its redacted form."""
    for venture in Venture.objects.filter(pk__in=venture_ids):
        venture.slug = unique_slug(Venture, f"erased-venture-{venture.pk}")
        venture.refresh_sort_keys()
        venture.save(update_fields=["slug", "name_sort_th", "name_sort_en", "updated_at"])


def _forget_unused_search_words(words: list[str]) -> None:
    """Search words with a part of the person's name that no search document uses any more leave
    the word lists. (Erasures before this one rewrote the documents' words, so the reindex could
    not count them out: such words would otherwise stay for good.)"""
    for word in {w.lower() for w in words}:
        SearchKey.objects.filter(key__icontains=word).exclude(key__in=SearchPosting.objects.values("key")).delete()
        for term in SearchTerm.objects.filter(term__icontains=word):
            padded = f" {term.term} "
            in_use = Q(name__contains=padded) | Q(summary__contains=padded) | Q(body__contains=padded)
            if not VentureSearchDocument.objects.filter(in_use | Q(places__contains=padded)).exists():
                term.delete()


def _end_sessions(user: User) -> None:
    """Delete every session of the person, signed in or not (sign-up remembers the address)."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    email = user.email.lower()
    for session in Session.objects.iterator():
        data = store().decode(session.session_data)
        if str(data.get(SESSION_KEY)) == str(user.pk) or email in json.dumps(data, default=str).lower():
            store(session_key=session.session_key).delete()


def _clear_personal_contact(venture: Venture, emails: set[str], phones: set[str]) -> None:
    """Blank a venture's contact details that are the person's own (in the venture and its changes)."""
    changed = []
    if venture.contact_email and venture.contact_email.lower() in emails:
        venture.contact_email = ""
        changed.append("contact_email")
    if venture.contact_phone and venture.contact_phone in phones:
        venture.contact_phone = ""
        changed.append("contact_phone")
    if changed and venture.contact_public and not (venture.contact_email or venture.contact_phone):
        venture.contact_public = False
        venture.contact_consent_at = None
        changed += ["contact_public", "contact_consent_at"]
    if changed:
        venture.save(update_fields=[*changed, "updated_at"])
    for revision in venture.revisions.all():
        data = dict(revision.data)
        if str(data.get("contact_email", "")).lower() in emails:
            data["contact_email"] = ""
        if data.get("contact_phone") in phones:
            data["contact_phone"] = ""
        if data != revision.data:
            revision.data = data
            revision.save(update_fields=["data", "updated_at"])


def _detach_venture(venture: Venture, user: User, report: ErasureReport) -> None:
    """A venture whose owner leaves without handing it over: deleted if it never had a public life
    or records, otherwise archived without owner, contact details or logo (grant records stay)."""
    if permissions.can_delete_venture(user, venture)[0]:
        report.deleted.append(venture.slug)
        venture_delete(venture=venture, by=user)
        return
    if venture.status == VentureStatus.SUBMITTED:
        venture_withdraw_submission(venture=venture, by=user)
    if venture.status != VentureStatus.ARCHIVED:
        venture_archive(venture=venture, by=user, reason="The owner erased their account.")
    venture.refresh_from_db()
    for revision in venture.revisions.filter(status__in=[RevisionStatus.DRAFT, RevisionStatus.CHANGES_REQUESTED]):
        venture_revision_discard(revision=revision, by=user)
    for revision in venture.revisions.exclude(logo=""):
        delete_file_after_commit(revision.logo, unless_in_use=False)
        revision.logo.name = ""
        revision.save(update_fields=["logo", "updated_at"])
    delete_file_after_commit(venture.logo, unless_in_use=False)
    venture.logo.name = ""
    venture.owner = None
    venture.contact_email = venture.contact_phone = ""
    venture.contact_public = False
    venture.contact_consent_at = None
    venture.save(
        update_fields=[
            "logo",
            "owner",
            "contact_email",
            "contact_phone",
            "contact_public",
            "contact_consent_at",
            "updated_at",
        ]
    )
    # Its proposed changes are history only now: keep no contact details in them.
    for revision in venture.revisions.all():
        revision.data = {**revision.data, "contact_email": "", "contact_phone": "", "contact_public": False}
        revision.save(update_fields=["data", "updated_at"])
    report.unpublished.append(venture.slug)


@transaction.atomic
def erase_account(*, user: User, transfers: dict[int, User] | None = None) -> ErasureReport:
    """Erase a person (PDPA s.33): hand over or unpublish their ventures, anonymise the account and
    remove their personal data from every table. Grant records stay, pointing at nobody."""
    transfers = transfers or {}
    report = ErasureReport()
    locked = User.objects.select_for_update().get(pk=user.pk)
    if locked.erased_at is not None:
        return report
    profile = Entrepreneur.objects.filter(user=locked).first()
    emails = {locked.email.lower()}
    phones = {profile.phone} if profile and profile.phone else set()
    owned = list(Venture.objects.filter(owner=locked).order_by("pk"))
    taken_out = [v for v in owned if v.pk not in transfers]
    # The phone numbers of the ventures they take with them are theirs too (the venture keeps none).
    taken_out_ids = [v.pk for v in taken_out]
    phones |= {v.contact_phone for v in taken_out if v.contact_phone}
    for data in VentureRevision.objects.filter(venture__in=taken_out_ids).values_list("data", flat=True):
        if isinstance(data, dict) and data.get("contact_phone"):
            phones.add(str(data["contact_phone"]))
    everywhere, own_records = _personal_redactors(locked, profile, phones)
    parts = name_parts(locked.full_name, *([profile.name_th, profile.name_en] if profile else []))
    # Found before the links to the person are cut (applications lose their applicant below).
    records = _own_records(locked, taken_out_ids)

    for venture in owned:
        heir = transfers.get(venture.pk)
        if heir is not None:
            venture_transfer(venture=venture, by=locked, to=heir)
            report.transferred.append(venture.slug)
        else:
            _detach_venture(venture, locked, report)
    for venture in Venture.objects.filter(Q(memberships__user=locked) | Q(pk__in=transfers)).distinct():
        _clear_personal_contact(venture, emails, phones)
    VentureMembership.objects.filter(user=locked).delete()
    VentureRevision.objects.filter(created_by=locked).update(created_by=None)
    VentureInvitation.objects.filter(email__iexact=locked.email).delete()
    VentureInvitation.objects.filter(invited_by=locked).update(invited_by=None)
    for part in extensions.REGISTERED.personal_data:
        part.detach(locked)

    now = timezone.now()
    ConsentRecord.objects.filter(user=locked, withdrawn_at__isnull=True).update(withdrawn_at=now)
    Entrepreneur.objects.filter(user=locked).delete()
    OutboundEmail.objects.filter(to__iexact=locked.email).delete()
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.objects.filter(username__iexact=locked.email).delete()
    _end_sessions(locked)

    record_audit(obj=locked, actor=None, action="account.erase")
    locked.email = f"erased-{locked.pk}@erased.invalid"
    locked.full_name = ""
    locked.password = make_password(None)
    locked.is_active = False
    locked.is_staff = False
    locked.is_superuser = False
    locked.email_verified_at = None
    locked.last_login = None
    locked.erased_at = now
    locked.save()
    locked.groups.clear()
    locked.user_permissions.clear()
    changed_ventures: set[int] = set()
    _redact_own_records(records, own_records, changed_ventures)
    _scrub_everywhere(everywhere, skip=(User,), changed_ventures=changed_ventures)
    _neutral_slugs([pk for pk in taken_out_ids if Venture.objects.filter(pk=pk).exists()])
    # The search words of the ventures taken out or redacted change now, not when a worker gets to it.
    reindex_ventures([*taken_out_ids, *changed_ventures])
    _forget_unused_search_words(parts)
    return report
