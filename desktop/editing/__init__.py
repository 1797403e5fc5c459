"""Changing articles: the edit dialog, history, Trash, bulk edits and tidying names.

The main window opens these dialogs; each writes through ``db.archive.Archive`` and
signals what changed so the window can refresh its list and reading pane.
"""
