"""The archive's schema, as migrations applied on open.

Each migration is safe to apply twice (sqlite-utils records what ran) and sets
``PRAGMA user_version`` to its number, so an archive written by a newer version of the
program can be recognised and refused before anything is changed.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

# 'AVw1' — lets us tell our archives from any other SQLite file.
APPLICATION_ID = 0x41567731

migrations = Migrations("archive_viewer")


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    # One statement at a time: executescript() would COMMIT the migration's transaction.
    for statement in _split(
        """
        CREATE TABLE IF NOT EXISTS meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS imports (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            imported INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            title_sort TEXT NOT NULL,
            date TEXT,
            date_lo TEXT,
            date_hi TEXT,
            author TEXT,
            author_key TEXT,
            author_sort TEXT,
            source TEXT,
            source_key TEXT,
            body TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            change TEXT NOT NULL DEFAULT 'create',
            fingerprint TEXT,
            original_name TEXT,
            encoding TEXT,
            import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted TEXT
        );
        -- Partial indexes: every list query says "deleted IS NULL".
        CREATE INDEX IF NOT EXISTS articles_live_date
            ON articles(date, id) WHERE deleted IS NULL;
        CREATE INDEX IF NOT EXISTS articles_live_title
            ON articles(title_sort, id) WHERE deleted IS NULL;
        CREATE INDEX IF NOT EXISTS articles_live_author
            ON articles(author_sort, id) WHERE deleted IS NULL;
        CREATE INDEX IF NOT EXISTS articles_trash
            ON articles(deleted, id) WHERE deleted IS NOT NULL;
        CREATE INDEX IF NOT EXISTS articles_fingerprint ON articles(fingerprint);
        CREATE INDEX IF NOT EXISTS articles_author_key ON articles(author_key);
        CREATE INDEX IF NOT EXISTS articles_source_key ON articles(source_key);
        CREATE INDEX IF NOT EXISTS articles_import ON articles(import_id);
        CREATE TABLE IF NOT EXISTS tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            sort TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS article_tags_tag ON article_tags(tag_id, article_id);
        CREATE TABLE IF NOT EXISTS article_versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            saved TEXT NOT NULL,
            change TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT,
            author TEXT,
            source TEXT,
            tags TEXT NOT NULL,
            body TEXT NOT NULL,
            UNIQUE (article_id, version)
        );
        -- The bytes of files read in a legacy encoding, so that a wrong guess can be
        -- decoded again with another encoding.
        CREATE TABLE IF NOT EXISTS originals (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            data BLOB NOT NULL
        );
        -- Contentless: the text lives once, in articles. Two forms of each column:
        -- folded (no marks, đ→d) and marked (tone placement normalised).
        CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
            title_f, body_f, title_m, body_m,
            content='',
            tokenize='unicode61 remove_diacritics 0'
        );
        """
    ):
        db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_images")
def _images(db: Database) -> None:
    # Images found inside imported .docx and .html files; an article's Markdown names
    # them as ``image:NAME``, unique per article.
    for statement in _split(
        """
        CREATE TABLE IF NOT EXISTS images (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            mime TEXT NOT NULL,
            data BLOB NOT NULL,
            UNIQUE (article_id, name)
        );
        """
    ):
        db.execute(statement)
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_tokenised_in_c")
def _tokenised_in_c(db: Database) -> None:
    # Two indexes whose tokenizers do the work Python did word by word before:
    # folded (marks and case removed by FTS5; đ replaced beforehand) with positions for
    # phrases and ranking, and marked (marks kept) with nothing but row ids, queried with
    # every tone placement of a word. Both are rebuilt on open (index_version is dropped).
    # prefix='2': while typing, the last word is a prefix; two-letter prefixes ("ng*",
    # "th*") would otherwise merge thousands of terms (20x slower, for +0.3x the text).
    for statement in _split(
        """
        DROP TABLE IF EXISTS articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body,
            content='',
            prefix='2',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS articles_marks USING fts5(
            text,
            content='',
            detail=none,
            tokenize='unicode61 remove_diacritics 0'
        );
        DELETE FROM meta WHERE key = 'index_version';
        """
    ):
        db.execute(statement)
    db.execute("PRAGMA user_version = 3")


@migrations(name="0004_document_number")
def _document_number(db: Database) -> None:
    # An administrative document's number and symbol ("256/2004/QĐ-UB"), in the article
    # and in each kept version. Existing articles have none, so the search index (which
    # holds the number with the title) stays as it is. A column already there (the
    # migration applied by hand, or twice) is left alone.
    for table in ("articles", "article_versions"):
        if "number" not in db[table].columns_dict:
            db.execute(f"ALTER TABLE {table} ADD COLUMN number TEXT")
    db.execute("PRAGMA user_version = 4")


@migrations(name="0005_search_in_date_order")
def _search_in_date_order(db: Database) -> None:
    # Independent of 0004. The search indexes' row ids become search keys (date order,
    # see db/search_keys.py), a small index of titles alone joins them for ranking, and
    # edits reach the indexes through triggers; a list of the words makes prefixes
    # cheap (db/search_words.py). Dropping index_version makes the next
    # writable open rebuild all three (in steps, with progress, for a large archive).
    for statement in _split(
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS articles_titles USING fts5(
            title,
            content='',
            prefix='2',
            tokenize='unicode61 remove_diacritics 2'
        );
        -- Every word the indexes hold, for prefixes (db/search_words.py), and the
        -- articles edited since their words were collected.
        CREATE TABLE IF NOT EXISTS search_words (
            word TEXT PRIMARY KEY,
            folded TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS search_words_folded ON search_words(folded);
        CREATE TABLE IF NOT EXISTS search_words_due (
            article_id INTEGER PRIMARY KEY
        );
        DELETE FROM meta WHERE key = 'index_version';
        """
    ):
        db.execute(statement)
    db.execute("PRAGMA user_version = 5")


@migrations(name="0006_exchange")
def _exchange(db: Database) -> None:
    # Merging between workstations: the other uids an article is known by (the same
    # file imported at two places is one article), and when it last went into or came
    # out of the Trash, so that the later of two sides' Trash changes wins.
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS article_aliases (
            uid TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        ) WITHOUT ROWID
        """
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS article_aliases_article ON article_aliases(article_id)"
    )
    columns = {row[1] for row in db.execute("PRAGMA table_info(articles)")}
    if "trash_changed" not in columns:
        db.execute("ALTER TABLE articles ADD COLUMN trash_changed TEXT")
    db.execute("PRAGMA user_version = 6")


SCHEMA_VERSION = 6


def _split(script: str) -> list[str]:
    statements = []
    for chunk in script.split(";\n"):
        lines = [line for line in chunk.splitlines() if not line.strip().startswith("--")]
        statement = "\n".join(lines).strip()
        if statement:
            statements.append(statement)
    return statements
