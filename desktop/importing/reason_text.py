"""The import's reasons and categories in the UI's language.

A reason is a ``db.readers.errors.Reason``: English text that knows its catalogue key and
parameters. Its translation lives in the ``ImportReason`` context of
``resources/i18n/import_reasons_<lang>.ts`` (the key is the disambiguation), the
categories' in ``FailureKind``; ``python -m desktop.i18n.update`` adds new ones. A text
that is not in the catalogue, or not yet translated, shows in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.reasons import REASONS, FailureKind, Reason

REASON_CONTEXT = "ImportReason"
KIND_CONTEXT = "FailureKind"


def translate_reason(text: str) -> str:
    """``text`` in the UI's language when it is a catalogued reason, else as it is."""
    if not isinstance(text, Reason) or text.key not in REASONS:
        return str(text)
    template = QCoreApplication.translate(REASON_CONTEXT, REASONS[text.key], text.key)
    try:
        return template.format(**text.params)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation that lost a placeholder: English beats nothing


def translate_kind(kind: FailureKind | None) -> str:
    """The category's name in the UI's language ("" for none)."""
    if kind is None:
        return ""
    return QCoreApplication.translate(KIND_CONTEXT, kind.value)
