"""The window's language: English or Simplified Chinese, following the system's locale
unless the user chose one in Settings.

Every visible string of the window goes through Qt's translation system: the Designer
forms' strings (QUiLoader translates them with the form's class as context) and the
strings in the code (``QCoreApplication.translate``). The Chinese translation is kept as
``resources/translations/engagements_zh_CN.ts`` and compiled to ``.qm`` beside it by
``python packaging/translations.py``; Qt's own strings (OK, Cancel, the file dialog) come
from the translations shipped with Qt.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SYSTEM = "system"
# The languages the window speaks: setting value -> the name shown in Settings.
LANGUAGES = {SYSTEM: "System language", "en": "English", "zh_CN": "简体中文"}
TRANSLATED = ("zh_CN",)
_INSTALLED: list[QTranslator] = []


def resolved_language(choice: str) -> str:
    """The language to show for a Settings choice ("system" follows the system locale)."""
    if choice in TRANSLATED or choice == "en":
        return choice
    system = QLocale.system()
    if system.language() == QLocale.Language.Chinese:
        return "zh_CN"  # the one Chinese translation, for every Chinese locale
    return "en"


def install_language(app: QCoreApplication, choice: str = SYSTEM) -> str:
    """Install the translations for ``choice`` and make its locale the default for dates,
    numbers and weekday names. Returns the language shown ("en" or "zh_CN")."""
    for installed in _INSTALLED:
        app.removeTranslator(installed)
    _INSTALLED.clear()
    language = resolved_language(choice)
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    if language == "en":
        return language
    for translator in (_application_translator(language), _qt_translator(locale)):
        if translator is not None:
            app.installTranslator(translator)
            _INSTALLED.append(translator)  # Qt does not keep them alive; this list does
    return language


def _application_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    compiled = files("engagements.resources") / "translations" / f"engagements_{language}.qm"
    with as_file(compiled) as path:
        return translator if path.is_file() and translator.load(str(path)) else None


def _qt_translator(locale: QLocale) -> QTranslator | None:
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(locale, "qtbase", "_", folder) else None


def tr(context: str, text: str) -> str:
    """``text`` in the window's language; ``context`` is the module's translation context
    (what lupdate files it under)."""
    return QCoreApplication.translate(context, text)
