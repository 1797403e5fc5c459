"""Every reason a reader gives is in the catalogue, so the window can translate it.

The static check reads the source of every module under db/ (readers added later
included) and fails for a ``ReadError`` whose detail is an f-string, a concatenation or
a literal that is not a catalogued text, or a ``reason()`` key that nobody registered.
When it fails after a merge: register the reason (see ``db.readers.errors``) and
translate it (``python -m desktop.i18n.update``).
"""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

import db.readers  # noqa: F401 - every reader registers its reasons on import
from db.readers.errors import (
    REASONS,
    FailureKind,
    ReadError,
    Reason,
    as_reason,
    reason,
    register_reasons,
)

DB = Path(__file__).resolve().parents[3] / "db"


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id == name)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == name)
        )
    ]


def _detail(call: ast.Call) -> ast.expr | None:
    if len(call.args) >= 2:
        return call.args[1]
    return next((k.value for k in call.keywords if k.arg == "detail"), None)


def _problem(detail: ast.expr | None, names: dict[str, ast.expr]) -> str | None:
    """Why ``detail`` is not a catalogued reason (None when it is)."""
    if isinstance(detail, ast.Name) and detail.id in names:
        detail = names[detail.id]  # ``why = reason(...)`` a few lines up
    if isinstance(detail, ast.Constant) and isinstance(detail.value, str):
        if isinstance(as_reason(detail.value), Reason):
            return None
        return f"the text {detail.value!r} is not in the catalogue"
    if isinstance(detail, ast.Call) and isinstance(detail.func, ast.Name):
        if detail.func.id == "reason" and detail.args:
            key = detail.args[0]
            if isinstance(key, ast.Constant) and key.value in REASONS:
                return None
            return f"reason key {ast.unparse(key)} is not registered"
        if detail.func.id in (
            "undecodable_reason",
            "os_error_reason",
            "not_a_file_reason",
            "Reason",
        ):
            return None
    if isinstance(detail, ast.IfExp):
        return _problem(detail.body, names) or _problem(detail.orelse, names)
    if isinstance(detail, ast.Name) and detail.id in ("why", "detail"):
        return None  # a variable filled from reason() calls checked where they are made
    return f"{ast.unparse(detail) if detail else 'nothing'} is not a reason(...)"


def _assignments(tree: ast.AST) -> dict[str, ast.expr]:
    found: dict[str, ast.expr] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                found.setdefault(target.id, node.value)
    return found


MODULES = sorted(DB.rglob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=[str(m.relative_to(DB)) for m in MODULES])
def test_every_read_error_gives_a_catalogued_reason(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = _assignments(tree)
    problems = []
    for call in _calls(tree, "ReadError"):
        why = _problem(_detail(call), names)
        if why is not None:
            problems.append(f"line {call.lineno}: {why}")
    for call in _calls(tree, "reason"):
        if call.args and isinstance(call.args[0], ast.Constant):
            if call.args[0].value not in REASONS:
                problems.append(f"line {call.lineno}: reason {call.args[0].value!r} unregistered")
    assert problems == []


def test_templates_are_one_line_and_format_with_their_own_fields() -> None:
    import string

    for key, template in REASONS.items():
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name]
        assert "\n" not in template, key
        assert str(reason(key, **{name: "x" for name in fields})), key
        assert "object at 0x" not in template and "Traceback" not in template, key


def test_a_reason_is_its_english_text_and_survives_pickling() -> None:
    why = reason("file.too-large", size=300, limit=200)
    assert why == "the file is 300 MB; article files over 200 MB are not read"
    assert (why.key, why.params) == ("file.too-large", {"size": "300", "limit": "200"})
    again = pickle.loads(pickle.dumps(why))
    assert isinstance(again, Reason) and again.key == why.key and again == why


def test_a_plain_catalogued_text_becomes_its_reason_and_others_stay_english() -> None:
    assert ReadError(FailureKind.EMPTY, "the file is empty").detail.key == "file.empty"  # type: ignore[attr-defined]
    other = ReadError(FailureKind.DAMAGED, "something a reader made up")
    assert other.detail == "something a reader made up"
    assert not isinstance(other.detail, Reason)


def test_keys_cannot_be_taken_twice_or_malformed() -> None:
    register_reasons({"test.same": "the same text"})
    register_reasons({"test.same": "the same text"})  # again at a module reload: fine
    with pytest.raises(ValueError, match="already used"):
        register_reasons({"test.same": "another text"})
    with pytest.raises(ValueError, match="lower-case"):
        register_reasons({"Bad Key": "x"})
    with pytest.raises(KeyError):
        reason("test.never-registered")
    del REASONS["test.same"]
