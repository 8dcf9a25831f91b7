"""The programmes' workflow: every move a call for applications can make (`core.workflow`)."""

from core.workflow import Transition, Workflow

from .models import CallStatus

CALL = Workflow(
    "call",
    [
        # A draft opens; a closed call may open again (its closing time moved on).
        Transition("open", {CallStatus.DRAFT, CallStatus.CLOSED}, CallStatus.OPEN, "call.open"),
        Transition("close", {CallStatus.OPEN}, CallStatus.CLOSED, "call.close"),
        Transition("cancel", {CallStatus.DRAFT, CallStatus.OPEN}, CallStatus.CANCELLED, "call.cancel"),
    ],
)
