"""Tag entry: several tags, completion ignoring marks, new tags allowed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.editing.name_completer import NameCompleter
from desktop.editing.tag_line_edit import TagLineEdit

# The offscreen platform cannot raise the completion popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


def test_tags_are_split_cleaned_and_deduplicated(qtbot: QtBot) -> None:
    edit = TagLineEdit(["kinh tế"])
    qtbot.addWidget(edit)
    edit.setText(" kinh tế ,  Hà   Nội,, KINH TẾ, tag mới ")
    assert edit.tags() == ["kinh tế", "Hà Nội", "tag mới"]
    edit.set_tags(["a", "b"])
    assert edit.text() == "a, b"


def test_completes_the_tag_being_typed(qtbot: QtBot) -> None:
    edit = TagLineEdit(["kinh tế", "Hà Nội", "biên giới"])
    qtbot.addWidget(edit)
    edit.show()
    edit.setText("kinh tế, ")
    qtbot.keyClicks(edit, "ha no")  # no marks typed
    completer = edit.tag_completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Hà Nội"
    completer.activated.emit("Hà Nội")
    assert edit.text() == "kinh tế, Hà Nội, "
    assert edit.tags() == ["kinh tế", "Hà Nội"]


def test_name_completer_matches_without_marks(qtbot: QtBot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    completer = NameCompleter(["Quốc Toản", "Quốc Toản (CTV)", "Lê Thu Hà"], line)
    completer.setCompletionPrefix("quoc toan")
    assert completer.completionCount() == 2
    completer.setCompletionPrefix("ctv")
    assert completer.currentCompletion() == "Quốc Toản (CTV)"
    assert completer.pathFromIndex(completer.currentIndex()) == "Quốc Toản (CTV)"
