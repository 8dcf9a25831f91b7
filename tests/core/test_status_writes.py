"""Every status changes through a named transition (core/workflow.py), and nothing else writes one.

Two checks: the code is read (every tracked .py file outside tests/ and migrations/) for direct
writes of a status field, and a row whose status was changed by hand refuses to be saved.
"""

import ast
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings

from core.workflow import StatusChangeOutsideTransition, StatusGuarded
from programs.models import Call
from programs.workflows import CALL
from registry.models import ImportJob, Venture, VentureInvitation, VentureRevision
from registry.workflows import INVITATION, VENTURE
from tests.factories import (
    AwardFactory,
    CallFactory,
    DisbursementFactory,
    PublishedVentureFactory,
    VentureFactory,
    VentureInvitationFactory,
)

# Written by hand: a new model with a status field must be added here, and given a workflow.
STATUS_MODELS = {
    "registry.Venture": "draft",
    "registry.VentureReviewQueue": "draft",  # a proxy of Venture (the review queue in the admin)
    "registry.VentureRevision": "draft",
    "registry.VentureInvitation": "pending",
    "registry.ImportJob": "queued",
    "programs.Call": "draft",
    "grants.GrantApplication": "draft",
    "grants.Award": "active",
    "grants.Disbursement": "planned",
}
# The model class names whose constructor call can create a row (`Venture(status=…)`).
STATUS_MODEL_NAMES = {label.split(".")[1] for label in STATUS_MODELS}
INITIAL_VALUES = set(STATUS_MODELS.values())
# The enum members of those initial statuses are named after their values (VentureStatus.DRAFT).
INITIAL_MEMBERS = {value.upper() for value in INITIAL_VALUES}
CREATING = {"create", "get_or_create", "update_or_create"}

# The one module that writes statuses.
WRITER = "core/workflow.py"
# Demo data and benchmarks write rows straight into the state they need (a venture published
# years ago, 100k published ventures): no move happened here, so none is recorded. They run by
# hand (seed_demo, bench/), never from a page, a service or a task.
FIXTURE_GENERATORS = ("demo/", "bench/")


def status_models() -> dict[str, Any]:
    return {
        model._meta.label: getattr(model._meta.get_field("status"), "default", None)
        for model in apps.get_models()
        if any(field.name == "status" for field in model._meta.get_fields())
    }


def _name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def _status_values(call: ast.Call) -> list[ast.expr]:
    """The values a call passes for `status`: `status=…`, `**{"status": …}`, `defaults={"status": …}`."""
    values = []
    for keyword in call.keywords:
        if keyword.arg == "status":
            values.append(keyword.value)
        elif keyword.arg in (None, "defaults", "create_defaults") and isinstance(keyword.value, ast.Dict):
            values += [
                value
                for key, value in zip(keyword.value.keys, keyword.value.values, strict=True)
                if isinstance(key, ast.Constant) and key.value == "status"
            ]
    return values


def _names_status(node: ast.expr) -> bool:
    return isinstance(node, ast.List | ast.Tuple | ast.Set) and any(
        isinstance(item, ast.Constant) and item.value == "status" for item in node.elts
    )


def _initial(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in INITIAL_MEMBERS
    return isinstance(node, ast.Constant) and node.value in INITIAL_VALUES


def _write(node: ast.AST) -> str | None:
    """What kind of status write `node` is, if it is one."""
    if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute) and part.attr == "status" and isinstance(part.ctx, ast.Store):
                    return "assignment"
    if not isinstance(node, ast.Call):
        return None
    name = _name(node)
    if name == "setattr" and len(node.args) >= 2:
        attribute = node.args[1]
        if isinstance(attribute, ast.Constant) and attribute.value == "status":
            return "setattr"
    if name == "update" and _status_values(node):
        return "update"
    if name == "bulk_update" and (
        any(_names_status(arg) for arg in node.args[1:])
        or any(keyword.arg == "fields" and _names_status(keyword.value) for keyword in node.keywords)
    ):
        return "bulk_update"
    if (name in CREATING or name in STATUS_MODEL_NAMES) and not all(map(_initial, _status_values(node))):
        return f"{name} in another status than the initial one"
    return None


def status_writes(source: str) -> list[tuple[str, int, str]]:
    """(enclosing function, line, kind) of every direct status write in `source`."""
    found: list[tuple[str, int, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        kind = _write(node)
        if kind is not None:
            found.append((function, getattr(node, "lineno", 0), kind))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(ast.parse(source), "")
    return found


def tracked_python_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=settings.BASE_DIR, capture_output=True, text=True, check=True
    ).stdout.split()
    return [path for path in listed if not path.startswith("tests/") and "/migrations/" not in path]


def test_the_models_with_a_status_are_the_ones_listed_by_hand() -> None:
    assert status_models() == STATUS_MODELS


def test_every_model_with_a_status_is_guarded() -> None:
    for label in STATUS_MODELS:
        assert issubclass(apps.get_model(label), StatusGuarded), label


@pytest.mark.parametrize(
    ("snippet", "kind"),
    [
        ("venture.status = VentureStatus.PUBLISHED", "assignment"),
        ("a.status, b = 'x', 1", "assignment"),
        ("job.status += 'x'", "assignment"),
        ("setattr(award, 'status', 'closed')", "setattr"),
        ("Venture.objects.filter(pk=1).update(status='archived')", "update"),
        ("Call.objects.update(**{'status': 'open'})", "update"),
        ("Award.objects.bulk_update(awards, ['status', 'closed_at'])", "bulk_update"),
        ("Award.objects.bulk_update(awards, fields=('status',))", "bulk_update"),
        ("Venture.objects.create(name_en='x', status=VentureStatus.PUBLISHED)", "create in another status"),
        ("Call.objects.get_or_create(slug='x', defaults={'status': 'open'})", "get_or_create in another status"),
        ("Disbursement(award=a, status=Disbursement.Status.PAID)", "Disbursement in another status"),
        ("Venture.objects.create(name_en='x', status=chosen)", "create in another status"),
    ],
)
def test_the_reader_finds_a_planted_status_write(snippet: str, kind: str) -> None:
    found = status_writes(f"def planted():\n    {snippet}\n")
    assert [(function, line) for function, line, _ in found] == [("planted", 2)]
    assert found[0][2].startswith(kind)


@pytest.mark.parametrize(
    "snippet",
    [
        "Venture.objects.filter(status='published')",
        "if venture.status == 'draft': pass",
        "Venture.objects.create(name_en='x', status=VentureStatus.DRAFT)",
        "ImportJob.objects.create(file_name='a.csv', status='queued')",
        "JsonResponse({'status': 'ok'}, status=200)",
        "Award.objects.bulk_update(awards, ['closed_at'])",
        "Venture.objects.filter(pk=1).update(verified=True)",
    ],
)
def test_the_reader_leaves_reads_and_initial_statuses_alone(snippet: str) -> None:
    assert status_writes(snippet) == []


def test_no_code_but_the_workflow_writes_a_status() -> None:
    base = Path(settings.BASE_DIR)
    files = tracked_python_files()
    assert WRITER in files and "registry/tasks.py" in files and len(files) > 100
    offending = []
    for path in files:
        if path == WRITER or path.startswith(FIXTURE_GENERATORS):
            continue
        for function, line, kind in status_writes((base / path).read_text(encoding="utf-8")):
            offending.append(f"{path}:{line} ({function}): {kind}")
    assert offending == []


# --- At run time ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make", "status"),
    [
        (lambda: VentureFactory.create(), "published"),
        (lambda: CallFactory.create(), "closed"),
        (lambda: VentureInvitationFactory.create(), "accepted"),
        (lambda: AwardFactory.create(), "closed"),
        (lambda: DisbursementFactory.create(), "paid"),
        (lambda: ImportJob.objects.create(file_name="a.csv", content=b"x", language="en"), "done"),
    ],
)
def test_a_status_changed_by_hand_is_not_saved(make: Any, status: str) -> None:
    created = make()
    row = type(created).objects.get(pk=created.pk)
    before = row.status
    row.status = status
    with pytest.raises(StatusChangeOutsideTransition, match=f"from '{before}' to '{status}' outside a transition"):
        row.save()
    with pytest.raises(StatusChangeOutsideTransition):
        row.save(update_fields=["status"])
    assert type(created).objects.get(pk=created.pk).status == before


@pytest.mark.django_db
def test_the_same_instance_refuses_a_second_change_after_a_transition() -> None:
    call = CallFactory.create(status=Call.Status.DRAFT)
    CALL.apply(call, "open", by=None)
    call.save()  # nothing changed since the transition: saving again is fine
    call.status = Call.Status.CANCELLED
    with pytest.raises(StatusChangeOutsideTransition):
        call.save()
    assert Call.objects.get(pk=call.pk).status == Call.Status.OPEN


@pytest.mark.django_db
def test_transitions_and_other_saves_go_through() -> None:
    venture = Venture.objects.get(pk=VentureFactory.create().pk)
    venture.name_en = "Renamed"
    venture.save()  # same status: an ordinary save
    VENTURE.apply(venture, "submit", by=venture.owner)
    assert Venture.objects.get(pk=venture.pk).status == "submitted"

    invitation = VentureInvitation.objects.get(pk=VentureInvitationFactory.create().pk)
    INVITATION.apply(invitation, "revoke", by=None)
    assert VentureInvitation.objects.get(pk=invitation.pk).status == "revoked"


@pytest.mark.django_db
def test_a_save_that_leaves_the_status_out_is_not_refused() -> None:
    venture = Venture.objects.get(pk=PublishedVentureFactory.create().pk)
    venture.status = "archived"
    venture.name_en = "Renamed"
    venture.save(update_fields=["name_en"])
    assert Venture.objects.filter(pk=venture.pk).values_list("status", "name_en").get() == ("published", "Renamed")


@pytest.mark.django_db
def test_creation_in_the_initial_status_is_allowed() -> None:
    venture = Venture(slug="fresh", name_en="Fresh", country=VentureFactory.create().country)
    venture.save()
    revision = VentureRevision.objects.create(venture=venture, created_by=venture.owner)
    assert (venture.status, revision.status) == ("draft", "draft")


@pytest.mark.django_db
def test_a_row_read_again_remembers_the_status_it_read() -> None:
    stale = Venture.objects.get(pk=VentureFactory.create().pk)
    fresh = Venture.objects.get(pk=stale.pk)
    VENTURE.apply(fresh, "submit", by=fresh.owner)
    stale.refresh_from_db()
    stale.name_en = "Renamed"
    stale.save()  # the status it holds is the one in the database: nothing changed by hand
    assert Venture.objects.filter(pk=stale.pk).values_list("status", "name_en").get() == ("submitted", "Renamed")

    deferred = Venture.objects.only("name_en").get(pk=stale.pk)
    assert deferred.status == "submitted"  # read on first use
    deferred.status = "published"
    with pytest.raises(StatusChangeOutsideTransition):
        deferred.save()
