"""The two search backends behind one interface: PostgreSQL (production) and SQLite (embedded).

Both give the same answers on the same data because matching is defined once: a venture
matches a term when the term's compact text is a substring of the venture's compact text
(`VentureSearchDocument.text`). Each backend only decides how to find those rows fast:
PostgreSQL with `LIKE` on a pg_trgm GIN index, SQLite with its FTS5 trigram table (and a plain
`LIKE` for terms under three characters, which the trigram tokenizer silently drops). The word
indexes (tsvector / FTS5 unicode61) pick the candidates that deserve ranking first.
"""

import sqlite3

from django.core.checks import Error
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import BooleanField, Q, QuerySet
from django.db.models.expressions import RawSQL

from ..models import SearchTerm, VentureSearchDocument
from .query import ParsedQuery, Term
from .text import is_thai

_RECREATE = (
    "Create the database with a UTF-8 ctype (CREATE DATABASE ... TEMPLATE template0 ENCODING 'UTF8' "
    "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8') and restore the data into it; see docs/thai-search.md."
)
C_CTYPE_MESSAGE = (
    "Search refuses to run on PostgreSQL database %(name)s: its LC_CTYPE is %(ctype)s, under which pg_trgm "
    "sees no trigrams in Thai, Lao, Khmer or Burmese text, so substring search would scan every row. " + _RECREATE
)
NO_THAI_TRIGRAMS_MESSAGE = (
    "Search refuses to run on PostgreSQL database %(name)s: pg_trgm finds no trigrams in Thai text there "
    "(an ICU-provider database does this on PostgreSQL 15). " + _RECREATE
)


class SearchConfigurationError(ImproperlyConfigured):
    """The database cannot run the registry's search correctly (the message says why and what to do)."""


def _quote_fts5(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _quote_lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


class SearchBackend:
    vendor = ""

    def restrict(self, docs: QuerySet[VentureSearchDocument], query: ParsedQuery) -> QuerySet[VentureSearchDocument]:
        """Only the documents that contain every required term and none of the excluded ones."""
        raise NotImplementedError

    def name_words(self, query: ParsedQuery) -> Q:
        """Documents whose name has one of the required terms as a whole word (or phrase)."""
        raise NotImplementedError

    def all_words(self, query: ParsedQuery) -> Q:
        """Documents that have every required term as a whole word (or phrase) somewhere."""
        raise NotImplementedError

    def similar_words(self, word: str, limit: int) -> list[tuple[str, int]]:
        """Indexed words that share trigrams with `word`, as (word, frequency)."""
        raise NotImplementedError

    def problems(self, conn: BaseDatabaseWrapper) -> list[Error]:
        """Why this database cannot run search (empty when it can)."""
        return []

    def takes_parameters(self, n: int) -> bool:
        """Whether one SQL statement may carry `n` parameters."""
        raise NotImplementedError

    def materialized(self) -> str:
        """What asks for a CTE to be computed once (`WITH x AS MATERIALIZED (…)`), or "" where it cannot be asked."""
        raise NotImplementedError

    def ensure_usable(self, conn: BaseDatabaseWrapper | None = None) -> None:
        return None


# A two-character term inside more indexed words than this, or inside words that more than
# COUNT_CAP ventures use, is common: LIKE finds the first matches a page needs quickly by itself.
SHORT_TERM_MAX_WORDS = 300
# Thai characters that never begin a word (vowel and tone marks written over or under a
# consonant, and the vowels written after it) or never end one (the vowels written before it).
_NEVER_FIRST = frozenset(
    chr(c) for c in (0x0E30, 0x0E31, 0x0E32, 0x0E33, 0x0E45, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F))
)
_NEVER_LAST = frozenset("เแโใไ")


def words_containing(text: str) -> list[str] | None:
    """The indexed words that contain a two-character term, when a document can contain the term
    only inside one of its words; None when that is not so or the term is common (LIKE alone then).

    The compact text a term is matched against joins a Thai text's words without spaces, so a
    term could straddle two words (ก|ข); a term whose second character never begins a Thai word
    (ปู, นา) or whose first never ends one cannot, nor can a term without Thai letters (Latin
    words stay apart). The word list (SearchTerm) has every word of two to 100 characters that
    is not a number, so the term must not be a number either.
    """
    # Imported here: registry.search.engine imports this module.
    from .engine import COUNT_CAP

    if len(text) != 2 or text.isdigit():
        return None
    straddles = text[1] not in _NEVER_FIRST and text[0] not in _NEVER_LAST
    if is_thai(text) and (not all(is_thai(c) for c in text) or straddles):
        return None
    found = list(
        SearchTerm.objects.filter(term__contains=text).values_list("term", "frequency")[: SHORT_TERM_MAX_WORDS + 1]
    )
    if len(found) > SHORT_TERM_MAX_WORDS or sum(frequency for _, frequency in found) > COUNT_CAP:
        return None
    return [word for word, _ in found]


class PostgresBackend(SearchBackend):
    vendor = "postgresql"

    def takes_parameters(self, n: int) -> bool:
        return n <= 65535  # the wire protocol counts parameters in 16 bits

    def materialized(self) -> str:
        return "MATERIALIZED "  # PostgreSQL ≥ 12

    def restrict(self, docs: QuerySet[VentureSearchDocument], query: ParsedQuery) -> QuerySet[VentureSearchDocument]:
        self.ensure_usable()
        # `contains` on the lower-cased copy is LIKE, which the trigram index serves
        # (`icontains` would be UPPER(...) LIKE and scan every row).
        for term in query.include:
            docs = docs.filter(text__contains=term.text)
            if term.is_short:
                # pg_trgm cannot serve a pattern under three characters: without help, LIKE reads
                # every document (all of them when nothing matches).
                words = words_containing(term.text)
                if words == []:
                    return docs.none()
                if words:
                    tsquery = " | ".join(_quote_lexeme(word) for word in words)
                    docs = docs.filter(
                        RawSQL("vector @@ to_tsquery('simple', %s)", [tsquery], output_field=BooleanField())
                    )
        for term in query.exclude:
            docs = docs.exclude(text__contains=term.text)
        return docs

    @staticmethod
    def _tsquery(term: Term) -> str:
        return "(" + " <-> ".join(_quote_lexeme(tok) for tok in term.tokens) + ")"

    def name_words(self, query: ParsedQuery) -> Q:
        # The expression of the registry_vsd_name_tsv index (migration 0005), word for word.
        tsquery = " | ".join(self._tsquery(t) for t in query.include if t.tokens)
        return Q(
            RawSQL(
                "to_tsvector('simple'::regconfig, name) @@ to_tsquery('simple', %s)",
                [tsquery],
                output_field=BooleanField(),
            )
        )

    def all_words(self, query: ParsedQuery) -> Q:
        tsquery = " & ".join(self._tsquery(t) for t in query.include if t.tokens)
        return Q(RawSQL("vector @@ to_tsquery('simple', %s)", [tsquery], output_field=BooleanField()))

    def similar_words(self, word: str, limit: int) -> list[tuple[str, int]]:
        self.ensure_usable()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, frequency FROM registry_searchterm WHERE term %% %s "
                "ORDER BY similarity(term, %s) DESC, frequency DESC, term LIMIT %s",
                [word, word, limit],
            )
            return [(term, frequency) for term, frequency in cursor.fetchall()]

    def problems(self, conn: BaseDatabaseWrapper) -> list[Error]:
        """A C/POSIX ctype (or any database where pg_trgm sees no trigrams in Thai) is refused."""
        with conn.cursor() as cursor:
            cursor.execute("SHOW lc_ctype")
            ctype = cursor.fetchone()[0]
            if ctype.upper() in {"C", "POSIX"}:
                return [
                    Error(C_CTYPE_MESSAGE % {"name": conn.settings_dict["NAME"], "ctype": ctype}, id="registry.E101")
                ]
            # Before the first migration pg_trgm is not there yet: nothing more to check.
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            if cursor.fetchone() is None:
                return []
            cursor.execute("SELECT cardinality(show_trgm('เกษตร'))")
            if not cursor.fetchone()[0]:
                return [Error(NO_THAI_TRIGRAMS_MESSAGE % {"name": conn.settings_dict["NAME"]}, id="registry.E102")]
        return []

    def ensure_usable(self, conn: BaseDatabaseWrapper | None = None) -> None:
        """Raise SearchConfigurationError on a database where search cannot work (checked once per database)."""
        conn = conn or connection
        key = (conn.alias, conn.settings_dict["NAME"], conn.settings_dict.get("HOST") or "")
        if key not in _checked:
            errors = self.problems(conn)
            _checked[key] = errors[0].msg if errors else ""
        if _checked[key]:
            raise SearchConfigurationError(_checked[key])


_checked: dict[tuple[str, str, str], str] = {}


class SqliteBackend(SearchBackend):
    vendor = "sqlite"

    def takes_parameters(self, n: int) -> bool:
        connection.ensure_connection()  # SQLite before 3.32 stops at 999, later ones at 32766
        return n <= connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)

    def materialized(self) -> str:
        # SQLite ≥ 3.35 takes the keyword; an older one decides by itself.
        return "MATERIALIZED " if sqlite3.sqlite_version_info >= (3, 35) else ""

    @staticmethod
    def _in_fts(table: str, expression: str) -> Q:
        # `table` is one of this module's constants; the user's words travel as a parameter.
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH %s"  # noqa: S608
        return Q(pk__in=RawSQL(sql, [expression]))  # noqa: S611

    def restrict(self, docs: QuerySet[VentureSearchDocument], query: ParsedQuery) -> QuerySet[VentureSearchDocument]:
        long_terms = [t for t in query.include if not t.is_short]
        if long_terms:
            docs = docs.filter(
                self._in_fts("registry_search_text", " AND ".join(_quote_fts5(t.text) for t in long_terms))
            )
        for term in query.include:
            if term.is_short:
                # The trigram tokenizer returns nothing for terms under 3 characters.
                docs = docs.filter(text__contains=term.text)
        long_excluded = [t for t in query.exclude if not t.is_short]
        if long_excluded:
            docs = docs.exclude(
                self._in_fts("registry_search_text", " OR ".join(_quote_fts5(t.text) for t in long_excluded))
            )
        for term in query.exclude:
            if term.is_short:
                docs = docs.exclude(text__contains=term.text)
        return docs

    def name_words(self, query: ParsedQuery) -> Q:
        phrases = " OR ".join(_quote_fts5(t.phrase) for t in query.include if t.tokens)
        return self._in_fts("registry_search_words", f"name : ({phrases})")

    def all_words(self, query: ParsedQuery) -> Q:
        return self._in_fts(
            "registry_search_words", " AND ".join(_quote_fts5(t.phrase) for t in query.include if t.tokens)
        )

    def similar_words(self, word: str, limit: int) -> list[tuple[str, int]]:
        trigrams = sorted({word[i : i + 3] for i in range(len(word) - 2)})
        if not trigrams:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t.term, t.frequency FROM registry_search_terms "
                "JOIN registry_searchterm t ON t.id = registry_search_terms.rowid "
                "WHERE registry_search_terms MATCH %s ORDER BY registry_search_terms.rank LIMIT %s",
                [" OR ".join(_quote_fts5(t) for t in trigrams), limit],
            )
            return [(term, frequency) for term, frequency in cursor.fetchall()]


_BACKENDS: dict[str, type[SearchBackend]] = {"postgresql": PostgresBackend, "sqlite": SqliteBackend}


def get_backend() -> SearchBackend:
    try:
        return _BACKENDS[connection.vendor]()
    except KeyError:
        raise SearchConfigurationError(
            f"The registry's search runs on PostgreSQL or SQLite, not on {connection.vendor}."
        ) from None
