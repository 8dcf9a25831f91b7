"""What every app of the registry uses: the workflow mechanism and its audit trail, the email
outbox, CSV exports, dates, collation, client addresses, charts and the admin's decision pages.

`core` imports no other app of the project; `registry`, `programs` and `grants` build on it.
"""
