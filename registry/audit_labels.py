"""The audit action codes the registry writes (accounts, ventures, proposed changes, teams), in words.

Registered with `core.audit` by `RegistryConfig.ready()`.
"""

from django.utils.translation import pgettext_lazy

from core.audit import VERIFICATION, AuditAction

AUDIT_ACTIONS: dict[str, AuditAction] = {
    # accounts
    "account.sign_up": AuditAction(pgettext_lazy("audit action", "Signed up")),
    "account.verify_email": AuditAction(pgettext_lazy("audit action", "Confirmed the email address")),
    "account.erase": AuditAction(pgettext_lazy("audit action", "Account erased")),
    # ventures
    "venture.create": AuditAction(pgettext_lazy("audit action", "Venture registered")),
    "venture.import": AuditAction(pgettext_lazy("audit action", "Venture imported")),
    "venture.import_publish": AuditAction(pgettext_lazy("audit action", "Published by an import")),
    "venture.edit": AuditAction(pgettext_lazy("audit action", "Profile edited")),
    "venture.staff_edit": AuditAction(pgettext_lazy("audit action", "Corrected by staff")),
    "venture.submit": AuditAction(pgettext_lazy("audit action", "Sent for review")),
    "venture.withdraw": AuditAction(pgettext_lazy("audit action", "Taken back from review")),
    "venture.publish": AuditAction(pgettext_lazy("audit action", "Published")),
    "venture.request_changes": AuditAction(pgettext_lazy("audit action", "Changes requested")),
    "venture.reject": AuditAction(pgettext_lazy("audit action", "Rejected")),
    "venture.archive": AuditAction(pgettext_lazy("audit action", "Archived")),
    "venture.reopen": AuditAction(pgettext_lazy("audit action", "Reopened as a draft")),
    "venture.verify": AuditAction(pgettext_lazy("audit action", "Verified"), statuses=VERIFICATION),
    "venture.unverify": AuditAction(pgettext_lazy("audit action", "Verification removed"), statuses=VERIFICATION),
    "venture.hide_contact": AuditAction(pgettext_lazy("audit action", "Contact details hidden")),
    "venture.delete": AuditAction(pgettext_lazy("audit action", "Venture deleted")),
    "venture.apply_change": AuditAction(pgettext_lazy("audit action", "Approved changes published")),
    "venture.transfer": AuditAction(pgettext_lazy("audit action", "Handed over to a new owner")),
    # proposed changes to a published venture
    "revision.create": AuditAction(pgettext_lazy("audit action", "Changes proposed")),
    "revision.submit": AuditAction(pgettext_lazy("audit action", "Changes sent for review")),
    "revision.withdraw": AuditAction(pgettext_lazy("audit action", "Changes taken back for editing")),
    "revision.discard": AuditAction(pgettext_lazy("audit action", "Changes discarded")),
    "revision.approve": AuditAction(pgettext_lazy("audit action", "Changes approved")),
    "revision.request_changes": AuditAction(pgettext_lazy("audit action", "More changes requested")),
    "revision.reject": AuditAction(pgettext_lazy("audit action", "Changes rejected")),
    # teams
    "team.invite": AuditAction(pgettext_lazy("audit action", "Team member invited")),
    "team.join": AuditAction(pgettext_lazy("audit action", "Joined the team")),
    "team.leave": AuditAction(pgettext_lazy("audit action", "Left the team")),
    "team.remove": AuditAction(pgettext_lazy("audit action", "Removed from the team")),
    # team invitations (entries on the invitation; its status codes are the invitation's)
    "invitation.accept": AuditAction(pgettext_lazy("audit action", "Invitation accepted")),
    "invitation.decline": AuditAction(pgettext_lazy("audit action", "Invitation declined")),
    "invitation.revoke": AuditAction(pgettext_lazy("audit action", "Invitation cancelled")),
    # CSV import jobs (entries on the job; the worker acts for the person who uploaded it)
    "import_job.start": AuditAction(pgettext_lazy("audit action", "Import started")),
    "import_job.restart": AuditAction(pgettext_lazy("audit action", "Import started again")),
    "import_job.finish": AuditAction(pgettext_lazy("audit action", "Import finished")),
    "import_job.fail": AuditAction(pgettext_lazy("audit action", "Import failed")),
}
