"""Migrations: none missing, every app migrates back to zero and forward again on the database the
suite runs on (SQLite by default, PostgreSQL in CI's second phase), and PostgreSQL stores text as UTF-8."""

from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from core.collation import venture_sort_keys
from core.models import AuditEntry, OutboundEmail
from programs.models import Call, Programme
from registry.models import Province, SocialArea, Venture

MIGRATED_APPS = ("core", "registry", "programs", "grants")


def unapplied_migrations() -> list[str]:
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


def project_tables() -> set[str]:
    return {name for name in connection.introspection.table_names() if name.startswith(MIGRATED_APPS)}


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_every_app_migrates_to_zero_and_back():
    assert unapplied_migrations() == []
    tables_before = project_tables()
    assert tables_before

    # Unapplying an app unapplies what depends on it (auth and admin depend on the user model).
    for app_label in MIGRATED_APPS:
        call_command("migrate", app_label, "zero", verbosity=0, interactive=False)
    assert project_tables() == set()

    call_command("migrate", verbosity=0, interactive=False)
    ContentType.objects.clear_cache()  # content types were deleted and recreated with new ids

    assert unapplied_migrations() == []
    assert project_tables() == tables_before
    # The reference data migrations ran again.
    assert SocialArea.objects.count() == 9
    assert Province.objects.count() == 77
    assert Programme.objects.count() == 5


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgresql_database_stores_and_classifies_text_as_utf8():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has no database encoding or ctype")
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_encoding")
        encoding = cursor.fetchone()[0]
        cursor.execute("SHOW lc_ctype")
        ctype = cursor.fetchone()[0]
        cursor.execute("SELECT upper('ä'), lower('ÄBC')")
        upper_lower = cursor.fetchone()
    assert encoding == "UTF8"
    assert ctype.lower().replace("-", "").endswith(".utf8"), f"the test database's ctype is {ctype!r}"
    # A C/POSIX ctype would leave non-ASCII letters alone.
    assert upper_lower == ("Ä", "äbc")


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_ventures_already_there_get_their_name_sort_keys():
    """registry 0008 adds the stored name-sort keys: the ventures written before it are filed too."""
    before, after = ("registry", "0007_field_labels"), ("registry", "0008_venture_name_sort_keys")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old_apps = executor.loader.project_state(before).apps
    OldVenture = old_apps.get_model("registry", "Venture")
    country = old_apps.get_model("registry", "Country").objects.get(iso2="TH")
    OldVenture.objects.create(slug="old-farm", name_th="ไร่เก่า", name_en="Old Farm", country=country)
    OldVenture.objects.create(slug="old-school", name_th="", name_en="Old School", country=country)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([after])
    call_command("migrate", verbosity=0, interactive=False)

    assert {v.slug: (v.name_sort_th, v.name_sort_en) for v in Venture.objects.all()} == {
        "old-farm": venture_sort_keys("ไร่เก่า", "Old Farm"),
        "old-school": venture_sort_keys("", "Old School"),
    }


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_the_audit_trail_and_outbox_keep_their_rows_when_they_move_to_core():
    """registry 0011 + core 0001 move AuditEntry and OutboundEmail to the core app: a database
    migrated before the move keeps its rows, and its staff keep their permission to read them."""
    before = ("registry", "0010_venture_published_facets_index")
    executor = MigrationExecutor(connection)
    executor.migrate([before, ("core", None)])
    old_apps = executor.loader.project_state(before).apps
    old_type = old_apps.get_model("contenttypes", "ContentType")
    audit_type, _ = old_type.objects.get_or_create(app_label="registry", model="auditentry")
    venture_type, _ = old_type.objects.get_or_create(app_label="registry", model="venture")
    old_type.objects.filter(app_label="core").delete()  # as on a database that never had the core app
    permission = old_apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=audit_type, codename="view_auditentry", defaults={"name": "Can view audit entry"}
    )[0]
    group = old_apps.get_model("auth", "Group").objects.create(name="Auditors")
    group.permissions.add(permission)
    old_apps.get_model("registry", "AuditEntry").objects.create(
        content_type=venture_type,
        object_id="42",
        action="venture.publish",
        from_status="submitted",
        to_status="published",
    )
    old_apps.get_model("registry", "OutboundEmail").objects.create(
        key="welcome-1", to="owner@example.org", subject="Welcome", body="Hello"
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()

    entry = AuditEntry.objects.get()
    assert (entry.object_id, entry.action, entry.to_status) == ("42", "venture.publish", "published")
    assert entry.content_type.model_class() is Venture
    assert OutboundEmail.objects.get().key == "welcome-1"
    assert ContentType.objects.get_for_model(AuditEntry).pk == audit_type.pk  # renamed, not recreated
    assert not ContentType.objects.filter(app_label="registry", model__in=["auditentry", "outboundemail"]).exists()
    assert list(Group.objects.get(name="Auditors").permissions.values_list("content_type__app_label", "codename")) == [
        ("core", "view_auditentry")
    ]


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_maximum_typed_into_a_calls_text_becomes_its_max_award():
    """programs 0006 adds Call.max_award: the calls seeded before it, whose text said "ไม่เกิน 1.5
    ล้านบาทต่อโครงการ", get it as a field, and their text no longer repeats it."""
    before, after = ("programs", "0005_results_reported_by_ventures"), ("programs", "0006_call_max_award")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old_apps = executor.loader.project_state(before).apps
    OldCall = old_apps.get_model("programs", "Call")
    programme = old_apps.get_model("programs", "Programme").objects.get(slug="project-grants")
    window = {"opens_at": "2025-11-01T09:00:00+07:00", "closes_at": "2026-01-31T16:30:00+07:00"}
    OldCall.objects.create(
        programme=programme,
        slug="grants-2569",
        title_th="ทุนโครงการ 2569",
        description_th="ทุนสนับสนุนโครงการนำร่องในชุมชน ไม่เกิน 1.5 ล้านบาทต่อโครงการ เปิดรับตลอดปี",
        description_en="Grants for community pilots, up to 1.5 million THB per project. Open all year.",
        **window,
    )
    OldCall.objects.create(
        programme=programme, slug="no-max", title_th="ไม่มีวงเงิน", description_th="บ่มเพาะหกเดือน", **window
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([after])
    call_command("migrate", verbosity=0, interactive=False)

    stated = Call.objects.get(slug="grants-2569")
    assert stated.max_award == Decimal("1500000")
    assert stated.description_th == "ทุนสนับสนุนโครงการนำร่องในชุมชน เปิดรับตลอดปี"
    assert stated.description_en == "Grants for community pilots. Open all year."
    unstated = Call.objects.get(slug="no-max")
    assert unstated.max_award is None and unstated.description_th == "บ่มเพาะหกเดือน"


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_owner_role_memberships_become_editors_and_back():
    """registry 0015 drops the membership role "owner" (the owner is Venture.owner): such rows
    become editors, and going back makes the venture owner's own membership an "owner" again."""
    before, after = ("registry", "0014_browse_facet_counts"), ("registry", "0015_membership_role_editor_only")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old_apps = executor.loader.project_state(before).apps
    OldUser = old_apps.get_model("registry", "User")
    owner, helper, editor = (OldUser.objects.create(email=f"{name}@example.org") for name in ("owner", "helper", "ed"))
    country = old_apps.get_model("registry", "Country").objects.get(iso2="TH")
    venture = old_apps.get_model("registry", "Venture").objects.create(
        slug="farm", name_en="Farm", country=country, owner=owner
    )
    OldMembership = old_apps.get_model("registry", "VentureMembership")
    OldMembership.objects.create(venture=venture, user=owner, role="owner")
    OldMembership.objects.create(venture=venture, user=helper, role="owner")
    OldMembership.objects.create(venture=venture, user=editor, role="editor")

    def roles() -> dict[str, str]:
        rows = OldMembership.objects.filter(venture=venture).values_list("user__email", "role")
        return dict(rows)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([after])
    forward = roles()
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([before])
    backward = roles()
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert forward == {"owner@example.org": "editor", "helper@example.org": "editor", "ed@example.org": "editor"}
    assert backward == {"owner@example.org": "owner", "helper@example.org": "editor", "ed@example.org": "editor"}
