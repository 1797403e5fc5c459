"""The dialogs of other features, found lazily so the window works without any of them.

``available(name)`` answers "does this build have it?" without importing the feature
(the menus ask at start; export loads pypdf, import bs4 and lxml), ``feature(name)``
imports it when it is used.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

# action name → (module, class) of the dialog or controller it opens.
FEATURES: dict[str, tuple[str, str]] = {
    "import": ("desktop.importing", "ImportController"),
    "edit": ("desktop.editing", "EditDialog"),
    "history": ("desktop.editing", "HistoryDialog"),
    "trash": ("desktop.editing", "TrashDialog"),
    "bulk_edit": ("desktop.editing", "BulkEditDialog"),
    "tidy_names": ("desktop.editing", "TidyNamesDialog"),
    "export": ("desktop.export", "ExportDialog"),
}

# Third-party modules a feature cannot work without (importing it would fail).
REQUIRES: dict[str, tuple[str, ...]] = {
    "import": ("bs4", "lxml"),
    "export": ("pypdf",),
}


def available(name: str) -> bool:
    """Whether this build has feature ``name``, without importing it when not yet loaded."""
    module_name, _class_name = FEATURES[name]
    if module_name in sys.modules:
        return feature(name) is not None  # already loaded: the exact answer is cheap
    return all(_spec_exists(module) for module in (module_name, *REQUIRES.get(name, ())))


def _spec_exists(module_name: str) -> bool:
    try:
        return importlib.util.find_spec(module_name) is not None
    except (ImportError, ValueError):
        return False


def feature(name: str) -> Any | None:
    """The class behind feature ``name``, or None when this build does not have it."""
    module_name, class_name = FEATURES[name]
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    found = getattr(module, class_name, None)
    if found is None:
        # The package may not re-export the class: look in its snake_case module.
        snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in class_name).lstrip("_")
        for candidate in (snake, snake.removesuffix("_dialog"), "controller"):
            try:
                submodule = importlib.import_module(f"{module_name}.{candidate}")
            except ImportError:
                continue
            found = getattr(submodule, class_name, None)
            if found is not None:
                break
    return found
