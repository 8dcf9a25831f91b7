"""The audit action codes the programmes write (calls, impact results), in words.

Registered with `core.audit` by `ProgramsConfig.ready()`.
"""

from django.utils.translation import pgettext_lazy

from core.audit import AuditAction

AUDIT_ACTIONS: dict[str, AuditAction] = {
    # programme calls
    "call.open": AuditAction(pgettext_lazy("audit action", "Call opened")),
    "call.close": AuditAction(pgettext_lazy("audit action", "Call closed")),
    "call.cancel": AuditAction(pgettext_lazy("audit action", "Call cancelled")),
    # impact results
    "impact.report_indicator": AuditAction(pgettext_lazy("audit action", "Indicator reported by the venture")),
    "impact.report": AuditAction(pgettext_lazy("audit action", "Figure reported by the venture")),
    "impact.check": AuditAction(pgettext_lazy("audit action", "Checked by staff (now public)")),
}
