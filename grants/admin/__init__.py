"""Staff admin of the grant lifecycle: applications, reviews, approvals, awards, tranches, co-investment.

Statuses, decisions and money already paid are read-only: they change only through
`grants.services`, which staff reach through the buttons on an application's or award's page
and the list actions (each a small form: `grants.admin.forms`). Rows that only a service may
create (reviews and their scores, approvals, awards, tranches, co-investment) have no plain
add page. The application and award lists export to CSV with the list's own filters.

One module per area: applications, reviews, awards (with tranches and co-investment).
"""

from . import applications, awards, reviews

__all__ = ["applications", "awards", "reviews"]
