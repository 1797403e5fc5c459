"""The questions the edit dialog asks: a change made elsewhere, changes not saved.

Texts stay in the edit dialog's translation context, where the user meets them.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import VersionConflictError


class ConflictChoice(Enum):
    """What to do when the article changed elsewhere while the dialog was open."""

    RELOAD = "reload"
    SAVE_ANYWAY = "save anyway"
    CANCEL = "cancel"


class UnsavedChoice(Enum):
    """What to do with changes when the dialog is being closed."""

    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep editing"


def ask_conflict(parent: QWidget, conflict: VersionConflictError) -> ConflictChoice:
    """Ask what to do about a change made elsewhere since the dialog opened."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("EditDialog", "Article changed elsewhere"))
    box.setText(
        QCoreApplication.translate(
            "EditDialog",
            "This article was changed in the archive after you opened it "
            "(now version {found}, you started from version {expected}).",
        ).format(found=conflict.found, expected=conflict.expected)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "EditDialog",
            "Reload shows the other version here and drops your changes in this dialog. "
            "Save anyway stores your text as the newest version; the other version "
            "stays in the History.",
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("EditDialog", "&Reload"), QMessageBox.ButtonRole.ResetRole
    )
    save_button = box.addButton(
        QCoreApplication.translate("EditDialog", "&Save anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload_button:
        return ConflictChoice.RELOAD
    if clicked is save_button:
        return ConflictChoice.SAVE_ANYWAY
    return ConflictChoice.CANCEL


def ask_unsaved(parent: QWidget) -> UnsavedChoice:
    """Ask whether to save, discard or keep editing the changes."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("EditDialog", "Unsaved changes"),
        QCoreApplication.translate(
            "EditDialog", "This article has changes that are not saved. Save them?"
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.KEEP_EDITING
