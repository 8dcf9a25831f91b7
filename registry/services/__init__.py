"""Every write to ventures that carries a business rule. Views, admin, API and tasks call these.

One module per question: `moderation` (the review of ventures and of proposed changes: submit,
publish, request changes, reject, archive, verify…), `profile` (creating and editing a venture,
its areas, contact consent, deleting it), `team` (invitations, members, handing over), `staff`
(the texts and facts staff correct in the admin) and `files` (stored files removed once nothing
uses them). `common` holds what they share.

Moderation decisions each lock the row, check `registry.permissions` and the transition table,
write one audit entry and queue one email to the owner, keyed by that audit entry so it is sent
once per decision.
"""
