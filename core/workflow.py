"""Explicit state machines: one workflow of named transitions per model, one audit entry per state change.

A `Workflow` is a table of `Transition` rows: a name, the statuses it may start from, the status
it leads to and the audit action it records. A service asks for a move by its name
(`VENTURE.apply(venture, "withdraw", by=user)`), so two moves that lead to the same status
("withdraw" and "reopen" both lead to draft) keep their own sources and their own audit action;
a status → allowed-statuses map cannot tell them apart.

`Workflow.apply` is the only writer of a status. Every model with a status field inherits
`StatusGuarded`: it remembers the status it was loaded with, and saving it with another status
raises `StatusChangeOutsideTransition` unless the workflow is the one saving. A new row may be
created in any status (tests/core/test_status_writes.py reads the code for creations in another
status than the model's initial one).
"""

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import AuditEntry


class TransitionError(Exception):
    """A state change the transition table does not allow; the message says which and why."""

    def __init__(self, message: str, *, from_status: str = "", to_status: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.from_status = from_status
        self.to_status = to_status


class StatusChangeOutsideTransition(Exception):
    """A saved row's status was changed by hand instead of through its workflow's named transition."""


_NOT_LOADED = object()


class StatusGuarded(models.Model):
    """A model whose `status` changes only through its workflow (`Workflow.apply`).

    `from_db` remembers the status a row was read with; `save` refuses to write another one
    unless the workflow marked the write as its own. Rows read without their status (`only()`,
    `defer()`) and saves whose `update_fields` leave the status out are not checked: they cannot
    write a status the code did not read.
    """

    status_field = "status"

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        field = self.status_field
        loaded = getattr(self, "_loaded_status", _NOT_LOADED)
        current = self.__dict__.get(field, _NOT_LOADED)
        update_fields = kwargs.get("update_fields")
        written = update_fields is None or field in update_fields
        if (
            written
            and loaded is not _NOT_LOADED
            and current != loaded
            and getattr(self, "_status_write_by_workflow", _NOT_LOADED) != current
        ):
            raise StatusChangeOutsideTransition(
                f"{type(self).__name__} {self.pk}: its {field} went from {loaded!r} to {current!r} outside a "
                "transition. Ask its workflow for the move by name (Workflow.apply)."
            )
        super().save(*args, **kwargs)
        if written and current is not _NOT_LOADED:
            self._loaded_status = current

    def refresh_from_db(self, *args: Any, **kwargs: Any) -> None:
        super().refresh_from_db(*args, **kwargs)
        fields = kwargs.get("fields", args[1] if len(args) > 1 else None)
        if fields is None or self.status_field in fields:
            self._loaded_status = self.__dict__.get(self.status_field, _NOT_LOADED)

    @classmethod
    def from_db(cls, *args: Any, **kwargs: Any) -> Any:
        instance = super().from_db(*args, **kwargs)
        instance._loaded_status = instance.__dict__.get(cls.status_field, _NOT_LOADED)
        return instance


def _refusal(obj: models.Model, field: str, current: str, to_status: str) -> TransitionError:
    labels = dict(getattr(obj._meta.get_field(field), "choices", None) or [])
    return TransitionError(
        _("%(object)s cannot go from “%(from)s” to “%(to)s”.")
        % {
            "object": str(obj._meta.verbose_name).capitalize(),
            "from": labels.get(current, current),
            "to": labels.get(to_status, to_status),
        },
        from_status=current,
        to_status=to_status,
    )


def record_audit(
    *,
    obj: models.Model,
    actor: Any,
    action: str,
    from_status: str = "",
    to_status: str = "",
    reason: str = "",
) -> AuditEntry:
    """Append an audit entry for `obj` (never updated afterwards)."""
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )


def _move(
    obj: models.Model,
    field: str,
    from_status: str,
    to_status: str,
    *,
    by: Any,
    action: str,
    reason: str,
    timestamps: tuple[str, ...],
    now: datetime.datetime | None,
    subject: models.Model | None = None,
) -> AuditEntry:
    now = now or timezone.now()
    setattr(obj, field, to_status)
    if hasattr(obj, "status_changed_at"):
        obj.status_changed_at = now
    for name in timestamps:
        setattr(obj, name, now)
    obj.full_clean()
    obj._status_write_by_workflow = to_status  # type: ignore[attr-defined]  # StatusGuarded: this write is a transition
    try:
        obj.save()
    finally:
        del obj._status_write_by_workflow  # type: ignore[attr-defined]
    return record_audit(
        obj=obj if subject is None else subject,
        actor=by,
        action=action,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )


@dataclass(frozen=True)
class Transition:
    """One named move: from any status in `sources` to `target`, recorded in the audit trail as `action`."""

    name: str
    sources: frozenset[str]
    target: str
    action: str

    def __init__(self, name: str, sources: Iterable[str], target: str, action: str) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "sources", frozenset(str(source) for source in sources))
        object.__setattr__(self, "target", str(target))
        object.__setattr__(self, "action", action)


class Workflow:
    """The named transitions of one model's status field; the only way that field changes.

    The audit entries are about the object itself, or about what `audit_subject` returns for it
    when its history belongs to another object (a tranche's payment is in its award's history).
    """

    def __init__(
        self,
        label: str,
        transitions: Iterable[Transition],
        *,
        field: str = "status",
        audit_subject: Callable[[Any], models.Model] | None = None,
    ) -> None:
        self.label = label
        self.field = field
        self.audit_subject = audit_subject
        self.transitions: dict[str, Transition] = {}
        for transition in transitions:
            if transition.name in self.transitions:
                raise ImproperlyConfigured(f"Workflow {label!r} names the transition {transition.name!r} twice.")
            self.transitions[transition.name] = transition

    def __repr__(self) -> str:
        return f"Workflow({self.label!r}, {list(self.transitions)})"

    def __getitem__(self, name: str) -> Transition:
        try:
            return self.transitions[name]
        except KeyError:
            raise LookupError(f"Workflow {self.label!r} has no transition {name!r}.") from None

    def _status(self, obj_or_status: models.Model | str) -> str:
        return obj_or_status if isinstance(obj_or_status, str) else getattr(obj_or_status, self.field)

    def allows(self, obj_or_status: models.Model | str, name: str) -> bool:
        """Whether the transition `name` may start from the object's (or the given) status."""
        return self._status(obj_or_status) in self[name].sources

    def available(self, obj_or_status: models.Model | str) -> list[Transition]:
        """The transitions that may start from the object's (or the given) status, in table order."""
        status = self._status(obj_or_status)
        return [transition for transition in self.transitions.values() if status in transition.sources]

    def targets(self, obj_or_status: models.Model | str) -> frozenset[str]:
        """The statuses some transition leads to from the object's (or the given) status."""
        return frozenset(transition.target for transition in self.available(obj_or_status))

    def check(self, obj: models.Model, name: str) -> Transition:
        """The transition `name` if it may start from the object's status, else raise TransitionError."""
        transition = self[name]
        current = getattr(obj, self.field)
        if current not in transition.sources:
            raise _refusal(obj, self.field, current, transition.target)
        return transition

    def apply(
        self,
        obj: models.Model,
        name: str,
        *,
        by: Any,
        reason: str = "",
        timestamps: tuple[str, ...] = (),
        now: datetime.datetime | None = None,
    ) -> AuditEntry:
        """Run the transition `name` on `obj`: check its source, set the status (and the timestamps,
        all to the same `now`), validate, save and write the transition's audit entry.

        Callers hold the row lock (`select_for_update`) and the transaction.
        """
        transition = self.check(obj, name)
        from_status = getattr(obj, self.field)
        return _move(
            obj,
            self.field,
            from_status,
            transition.target,
            by=by,
            action=transition.action,
            reason=reason,
            timestamps=timestamps,
            now=now,
            subject=self.audit_subject(obj) if self.audit_subject is not None else None,
        )

    def apply_bulk(
        self,
        objs: Sequence[models.Model],
        name: str,
        *,
        by: Any,
        reason: str | Callable[[Any], str] = "",
        timestamps: tuple[str, ...] = (),
        now: datetime.datetime | None = None,
    ) -> list[AuditEntry]:
        """Run the transition `name` on many objects of one model at once, set-based: one conditional
        UPDATE (only rows still in one of the transition's sources move) and one audit entry per object.

        Every object must be in a source status and so must its row when the UPDATE runs, or
        TransitionError is raised and nothing is changed. Unlike `apply` it neither
        validates nor saves the objects (callers validate them first); in memory they get the new
        status and timestamps. `reason` is a text or a function of the object. Callers hold the row
        locks (`select_for_update`) and the transaction.
        """
        if not objs:
            return []
        transition = self[name]
        for obj in objs:
            self.check(obj, name)
        from_statuses = [getattr(obj, self.field) for obj in objs]
        now = now or timezone.now()
        model = type(objs[0])
        stamps = [*timestamps, *(["status_changed_at"] if hasattr(objs[0], "status_changed_at") else [])]
        with transaction.atomic():  # a refusal undoes the rows the UPDATE did move
            moved = model._default_manager.filter(
                pk__in=[obj.pk for obj in objs], **{f"{self.field}__in": transition.sources}
            ).update(**{self.field: transition.target}, **dict.fromkeys(stamps, now))
            if moved != len(objs):
                raise TransitionError(
                    _("%(moved)s of %(count)s objects could make the move “%(name)s”: the others changed meanwhile.")
                    % {"moved": moved, "count": len(objs), "name": name},
                    to_status=transition.target,
                )
        entries = []
        for obj, from_status in zip(objs, from_statuses, strict=True):
            setattr(obj, self.field, transition.target)
            for stamp in stamps:
                setattr(obj, stamp, now)
            subject = self.audit_subject(obj) if self.audit_subject is not None else obj
            entries.append(
                AuditEntry(
                    content_type=ContentType.objects.get_for_model(subject),
                    object_id=str(subject.pk),
                    actor=by if getattr(by, "pk", None) else None,
                    action=transition.action,
                    from_status=from_status,
                    to_status=transition.target,
                    reason=reason(obj) if callable(reason) else reason,
                )
            )
        return AuditEntry.objects.bulk_create(entries)
