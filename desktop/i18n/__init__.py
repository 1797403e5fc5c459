"""The UI languages: Vietnamese and English through Qt's translation system.

Texts are written in English in the code (``self.tr``) and translated by the compiled
``resources/i18n/archive_viewer_<lang>.qm``. Installing a translator makes Qt send a
``LanguageChange`` event to every widget, whose ``changeEvent`` sets its texts again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.resource_files import resource_path

LANGUAGES = ("vi", "en")
CATALOG = "archive_viewer"
# The import's reasons, written in db/ and kept apart by desktop.i18n.reasons.
REASONS_CATALOG = "import_reasons"
# Qt's own words (standard buttons, text menus, file and print dialogs): qt_catalogue.
QT_CATALOG = "qtbase"

_installed: list[QTranslator] = []
_current = ["en"]


def system_language() -> str:
    """``vi`` when the system locale is Vietnamese, otherwise ``en``."""
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def resolve(choice: str | None) -> str:
    """The language to use for a setting (``system``, ``vi``, ``en`` or None)."""
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    """The language installed last."""
    return _current[0]


def install_language(language: str) -> str:
    """Translate the UI into ``language`` (``vi`` or ``en``); returns the one installed.

    Needs a QCoreApplication. Qt's own words (buttons of message boxes, the menus of text
    fields, the file and print dialogs) are translated too.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    language = language if language in LANGUAGES else "en"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for catalog in (CATALOG, REASONS_CATALOG):
        ours = QTranslator(app)
        if ours.load(f"{catalog}_{language}", str(resource_path("i18n"))):
            _installed.append(ours)
    if language != "en":
        # Qt's own words: our catalogue (the wheel has no Vietnamese one), else Qt's.
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"{QT_CATALOG}_{language}", str(resource_path("i18n"))) or (
            qt_base.load(f"{QT_CATALOG}_{language}", qt_dir)
        ):
            _installed.append(qt_base)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    _current[0] = language
    # Qt posts LanguageChange to every widget; deliver them now, so that the texts are
    # switched when this returns (no half-translated window for one event-loop turn).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return language
