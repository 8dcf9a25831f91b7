"""The core app's admin pages (the audit trail and the outbox) and what the apps' admins share:
`core.admin.mixins` (read-only rows, the audit panel, CSV exports) and `core.admin.decisions`
(admin pages and actions that call a service)."""

from . import audit  # noqa: F401 - registers the audit trail and outbox admins
