"""The rows every app writes: audit entries and outbound emails."""

from .audit import AuditEntry
from .outbox import OutboundEmail

__all__ = ["AuditEntry", "OutboundEmail"]
