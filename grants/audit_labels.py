"""The audit action codes the grant lifecycle writes (applications, awards, tranches, co-investment), in words.

Registered with `core.audit` by `GrantsConfig.ready()`.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.audit import VERIFICATION, AuditAction

# A tranche's statuses, for the award's audit entries about it.
TRANCHE = "grants.Disbursement.status"

AUDIT_ACTIONS: dict[str, AuditAction] = {
    # grant applications
    "application.create": AuditAction(
        pgettext_lazy("audit action", "Application started"), applicant=_("You started the application as a draft.")
    ),
    "application.submit": AuditAction(
        pgettext_lazy("audit action", "Application submitted"), applicant=_("You submitted the application.")
    ),
    "application.screen": AuditAction(
        pgettext_lazy("audit action", "Screening started"), applicant=_("NIA staff started screening it.")
    ),
    "application.pass_screening": AuditAction(
        pgettext_lazy("audit action", "Passed screening"), applicant=_("It passed screening and went to the reviewers.")
    ),
    "application.fail_screening": AuditAction(
        pgettext_lazy("audit action", "Failed screening"),
        applicant=_("It did not pass screening."),
        applicant_reason=True,
    ),
    "application.assign_reviewer": AuditAction(pgettext_lazy("audit action", "Reviewer assigned")),
    "application.review": AuditAction(pgettext_lazy("audit action", "Review submitted")),
    "application.first_approval": AuditAction(pgettext_lazy("audit action", "First approval given")),
    "application.approve": AuditAction(
        pgettext_lazy("audit action", "Approved: grant awarded"),
        applicant=_("It was approved: a grant was awarded."),
        applicant_reason=True,
    ),
    "application.reject": AuditAction(
        pgettext_lazy("audit action", "Not funded"), applicant=_("It was not funded."), applicant_reason=True
    ),
    "application.withdraw": AuditAction(
        pgettext_lazy("audit action", "Application withdrawn"), applicant=_("It was withdrawn."), applicant_reason=True
    ),
    # awards, tranches and co-investment
    "award.create": AuditAction(pgettext_lazy("audit action", "Award made")),
    "award.plan_tranche": AuditAction(pgettext_lazy("audit action", "Tranche planned"), statuses=TRANCHE),
    "award.pay_tranche": AuditAction(
        pgettext_lazy("audit action", "Tranche paid"), statuses=TRANCHE, applicant=_("A tranche of the grant was paid.")
    ),
    "award.close": AuditAction(
        pgettext_lazy("audit action", "Award closed"), applicant=_("The grant was closed with its final report.")
    ),
    "coinvestment.record": AuditAction(pgettext_lazy("audit action", "Co-investment recorded"), statuses=VERIFICATION),
    "coinvestment.verify": AuditAction(pgettext_lazy("audit action", "Co-investment verified"), statuses=VERIFICATION),
}
