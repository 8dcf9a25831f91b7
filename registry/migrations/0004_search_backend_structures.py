"""Database-specific search structures beside the search tables (docs/thai-search.md).

PostgreSQL: pg_trgm; a generated, weighted tsvector over the word fields (name A, summary B,
description C, areas and places D) with a GIN index; trigram GIN indexes on the normalised
copy and on the word list.
SQLite: FTS5 tables over the same tables (external content), kept in sync by triggers: a word
index (unicode61 with marks kept, over pre-segmented text), a trigram index on the normalised
copy and a trigram index on the word list.
Each half runs only on its own database; the other one skips it.
"""

from django.db import migrations

POSTGRES_FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    ALTER TABLE registry_venturesearchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, name), 'A')
        || setweight(to_tsvector('simple'::regconfig, summary), 'B')
        || setweight(to_tsvector('simple'::regconfig, body), 'C')
        || setweight(to_tsvector('simple'::regconfig, places), 'D')
    ) STORED
    """,
    "CREATE INDEX registry_vsd_vector_gin ON registry_venturesearchdocument USING gin (vector)",
    "CREATE INDEX registry_vsd_text_trgm ON registry_venturesearchdocument USING gin (text gin_trgm_ops)",
    "CREATE INDEX registry_searchterm_term_trgm ON registry_searchterm USING gin (term gin_trgm_ops)",
]
POSTGRES_BACKWARDS = [
    "DROP INDEX IF EXISTS registry_searchterm_term_trgm",
    "DROP INDEX IF EXISTS registry_vsd_text_trgm",
    "DROP INDEX IF EXISTS registry_vsd_vector_gin",
    "ALTER TABLE registry_venturesearchdocument DROP COLUMN IF EXISTS vector",
]

_DOC = "registry_venturesearchdocument"
_WORD_COLUMNS = "name, summary, body, places"
_OLD_WORDS = "old.name, old.summary, old.body, old.places"
_NEW_WORDS = "new.name, new.summary, new.body, new.places"

SQLITE_FORWARDS = [
    f"""
    CREATE VIRTUAL TABLE registry_search_words USING fts5(
        {_WORD_COLUMNS}, content='{_DOC}', content_rowid='venture_id',
        tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
    )
    """,
    f"""
    CREATE VIRTUAL TABLE registry_search_text USING fts5(
        text, content='{_DOC}', content_rowid='venture_id', tokenize='trigram'
    )
    """,
    """
    CREATE VIRTUAL TABLE registry_search_terms USING fts5(
        term, content='registry_searchterm', content_rowid='id', tokenize='trigram'
    )
    """,
    f"""
    CREATE TRIGGER registry_search_doc_insert AFTER INSERT ON {_DOC} BEGIN
        INSERT INTO registry_search_words(rowid, {_WORD_COLUMNS}) VALUES (new.venture_id, {_NEW_WORDS});
        INSERT INTO registry_search_text(rowid, text) VALUES (new.venture_id, new.text);
    END
    """,
    f"""
    CREATE TRIGGER registry_search_doc_delete AFTER DELETE ON {_DOC} BEGIN
        INSERT INTO registry_search_words(registry_search_words, rowid, {_WORD_COLUMNS})
            VALUES ('delete', old.venture_id, {_OLD_WORDS});
        INSERT INTO registry_search_text(registry_search_text, rowid, text) VALUES ('delete', old.venture_id, old.text);
    END
    """,
    f"""
    CREATE TRIGGER registry_search_doc_update AFTER UPDATE ON {_DOC} BEGIN
        INSERT INTO registry_search_words(registry_search_words, rowid, {_WORD_COLUMNS})
            VALUES ('delete', old.venture_id, {_OLD_WORDS});
        INSERT INTO registry_search_text(registry_search_text, rowid, text) VALUES ('delete', old.venture_id, old.text);
        INSERT INTO registry_search_words(rowid, {_WORD_COLUMNS}) VALUES (new.venture_id, {_NEW_WORDS});
        INSERT INTO registry_search_text(rowid, text) VALUES (new.venture_id, new.text);
    END
    """,
    """
    CREATE TRIGGER registry_search_term_insert AFTER INSERT ON registry_searchterm BEGIN
        INSERT INTO registry_search_terms(rowid, term) VALUES (new.id, new.term);
    END
    """,
    """
    CREATE TRIGGER registry_search_term_delete AFTER DELETE ON registry_searchterm BEGIN
        INSERT INTO registry_search_terms(registry_search_terms, rowid, term) VALUES ('delete', old.id, old.term);
    END
    """,
    """
    CREATE TRIGGER registry_search_term_update AFTER UPDATE OF term ON registry_searchterm BEGIN
        INSERT INTO registry_search_terms(registry_search_terms, rowid, term) VALUES ('delete', old.id, old.term);
        INSERT INTO registry_search_terms(rowid, term) VALUES (new.id, new.term);
    END
    """,
]
SQLITE_BACKWARDS = [
    "DROP TRIGGER IF EXISTS registry_search_term_update",
    "DROP TRIGGER IF EXISTS registry_search_term_delete",
    "DROP TRIGGER IF EXISTS registry_search_term_insert",
    "DROP TRIGGER IF EXISTS registry_search_doc_update",
    "DROP TRIGGER IF EXISTS registry_search_doc_delete",
    "DROP TRIGGER IF EXISTS registry_search_doc_insert",
    "DROP TABLE IF EXISTS registry_search_terms",
    "DROP TABLE IF EXISTS registry_search_text",
    "DROP TABLE IF EXISTS registry_search_words",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("registry", "0003_search_index")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARDS, "sqlite": SQLITE_FORWARDS}),
            _run({"postgresql": POSTGRES_BACKWARDS, "sqlite": SQLITE_BACKWARDS}),
        )
    ]
