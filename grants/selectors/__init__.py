"""Reads of the grant lifecycle, one module per reader: `applicant` (the entrepreneur's pages and
the call page's "Apply" panel), `reviews` (the reviewers' score table), `stats` (the headline
figures, the staff dashboard and the public statistics), `exports` (the admin's CSV files) and
`public` (the public grants list, its API, facets and the grants on a venture's page)."""
