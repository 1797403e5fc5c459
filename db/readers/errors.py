"""Why a file could not be read: a fixed set of categories, and a catalogue of reasons.

Every reason a user can see (a failure's detail or an import note) is a ``Reason``: a
``str`` holding the English text, which also carries a stable key and its parameters so
that the window can show it in the user's language. The English templates live in one
catalogue (``REASONS``); the window translates them through the ``ImportReason`` context
of Qt's translation files (``resources/i18n/import_reasons_*.ts``, kept up to date by
``python -m desktop.i18n.update``), using the key as the disambiguation. A reason that is
not in the catalogue still shows, in English.

How a reader adds a reason (the doc, docx, rtf and pdf readers do it in their own module,
so that nobody edits this file for them)::

    from db.readers.errors import FailureKind, ReadError, reason, register_reasons

    register_reasons({
        "docx.encrypted": "the document is password-protected: save it without a password",
        "docx.too-many-parts": "the document has {count} parts; at most {limit} are read",
    })
    ...
    raise ReadError(FailureKind.PROTECTED, reason("docx.encrypted"))
    article.notes.append(reason("docx.too-many-parts", count=n, limit=LIMIT))

Keys are ``<reader>.<what>`` in lower case with dashes; templates are ``str.format``
strings (write ``{{`` and ``}}`` for a brace) in lower case, one line, naming what to do
where there is something to do, and never holding a library's message or a Python
object: put those in the log (``raise ... from error`` keeps the cause for the
traceback the importer logs). Then run ``python -m desktop.i18n.update`` and translate
the new texts in ``resources/i18n/import_reasons_vi.ts``. ``tests/db/readers/
test_reason_catalogue.py`` fails for a ``ReadError`` whose detail is not catalogued.
"""

from __future__ import annotations

import logging

from db.reasons import (
    REASONS,
    FailureKind,
    Reason,
    as_reason,
    reason,
    register_reasons,
)

__all__ = [
    "REASONS",
    "FailureKind",
    "ReadError",
    "Reason",
    "as_reason",
    "reason",
    "register_reasons",
    "undecodable_reason",
]

log = logging.getLogger(__name__)


def undecodable_reason(error: ValueError) -> Reason:
    """The reason for ``db.text_decoding.UndecodableError`` (its own text is English)."""
    tried = tuple(getattr(error, "tried", ()))
    position = getattr(error, "position", None)
    if position is not None and len(tried) == 1:
        return reason("text.undecodable-given", encoding=tried[0], position=position)
    return reason("text.undecodable", tried=", ".join(tried))


class ReadError(Exception):
    """A file that cannot become an article; ``str()`` is the reason for the user.

    ``detail`` should be a ``reason(...)``; a plain string is looked up among the
    catalogue's texts and, when it is not there, shown as it is (in English) and logged.
    """

    def __init__(self, kind: FailureKind, detail: str) -> None:
        detail = as_reason(detail)
        if not isinstance(detail, Reason):
            log.warning("reason not in the catalogue (shown in English): %s", detail)
        super().__init__(f"{kind.value}: {detail}")
        self.kind = kind
        self.detail = detail


register_reasons(
    {
        # --- any file
        "file.empty": "the file is empty",
        "file.blank": "the file holds only blank lines",
        "file.not-article": "'{suffix}' is not an article file",
        "file.not-article-file": "not an article file",
        "file.too-large": "the file is {size} MB; article files over {limit} MB are not read",
        "file.text-too-large": "the text is longer than {limit} MB",
        "file.memory": "too large to read safely",
        "file.nested-too-deep": "too large to read safely: it is nested too deeply",
        "file.unexpected": (
            "could not be read because of an unexpected error in the program "
            "(the log file has the details)"
        ),
        "file.not-stored": (
            "could not be stored in the archive (the log file has the details); "
            "the other files were imported"
        ),
        "file.batch-not-stored": "not imported: {error}",
        "file.date-not-used": (
            "the date {value} is not a date the archive understands; the date was left "
            "empty: set it in the edit dialog"
        ),
        "file.vanished": "the file vanished while importing",
        "file.no-permission": "no permission to read it: ask for read access",
        "file.is-folder": "it is a folder",
        "file.io-error": "the disk could not read it (input/output error): copy it again",
        "file.os-error": "the system could not read it (error {code})",
        "file.missing": "no such file or folder",
        "file.broken-link": "a broken link: what it points to ({target}) does not exist",
        "file.link-loop": "a link that loops back to a parent folder",
        "file.fifo": "a named pipe (FIFO): it was not read",
        "file.socket": "a socket: it was not read",
        "file.device": "a device ({target}): it was not read",
        "file.special": "not a regular file: it was not read",
        "file.redecode-only-text": "{name}: only text files can be re-decoded",
        # --- text files
        "text.binary": "the file holds binary data, not text",
        "text.undecodable-given": (
            "the file is not valid {encoding} (at byte {position}): choose another encoding"
        ),
        "text.undecodable": (
            "could not tell the file's encoding (tried {tried}): it is not Unicode and reads "
            "as Vietnamese in no legacy encoding; choose the encoding by hand"
        ),
        "text.control-characters": (
            "control characters (such as NUL) removed from the text: {count}"
        ),
        # --- Markdown front matter
        "markdown.front-matter-unclosed": (
            "the front matter starts with --- but has no closing --- line"
        ),
        "markdown.front-matter-invalid": (
            "invalid front matter: fix the YAML between the --- lines"
        ),
        "markdown.front-matter-invalid-at": (
            "invalid front matter (line {line}): fix the YAML between the --- lines"
        ),
        "markdown.front-matter-not-mapping": (
            "invalid front matter: it must be 'key: value' lines"
        ),
        "markdown.front-matter-date": (
            "the front matter's date ({value}) is not a date the archive understands; "
            "the date was left empty: set it in the edit dialog"
        ),
        # --- web pages
        "html.binary": "the file holds binary data, not a web page",
        "html.no-text": "the page has no text",
        "html.charset-wrong": (
            "the page declares the charset {charset}, which does not fit its bytes; "
            "the encoding was detected instead ({encoding})"
        ),
        "html.nesting-flattened": (
            "the page nests its elements more than {depth} deep; the deeper ones were "
            "flattened into plain paragraphs"
        ),
        # --- RTF (the reader's own reasons are registered in db.readers.rtf_format)
        "rtf.binary": "the file holds binary data, not RTF",
        "rtf.not-rtf": "the file does not start like an RTF file",
        "rtf.not-rtf-header": "the file does not start like an RTF file ({{\\rtf)",
        "rtf.no-text": "the document has no text",
        # --- Word (.doc, until its reader lands; .docx reasons in db.readers.docx_format)
        "doc.refused": (
            "old binary Word files cannot be read: open it in Word and save it as .docx"
        ),
        "docx.not-zip": "the .docx file is damaged (not a valid zip archive)",
        "docx.damaged": "the .docx file is damaged or not a Word document",
        "docx.no-text": "the document has no text",
    }
)
