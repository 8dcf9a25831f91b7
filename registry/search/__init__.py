"""Searching the registry in Thai, English and the CLMV languages (docs/search.md, docs/thai-search.md).

text → query → backends → engine: one normalise/segment pipeline for indexing and querying,
the search-box syntax, the PostgreSQL and SQLite backends, and matching and ranking. `index`
keeps the search tables in step with published ventures.
"""
