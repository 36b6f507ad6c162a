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

from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QTranslator,
)

from engagements.assets import resource

SYSTEM = "system"
# The languages the window speaks: setting value -> the name shown in Settings.
LANGUAGES = {
    SYSTEM: QT_TRANSLATE_NOOP("Language", "System language"),
    "en": "English",
    "zh_CN": "简体中文",
}
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
    locale = (
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
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
    compiled = resource("translations", f"engagements_{language}.qm")
    return translator if compiled.is_file() and translator.load(str(compiled)) else None


def _qt_translator(locale: QLocale) -> QTranslator | None:
    from PySide6.QtCore import QLibraryInfo  # only for a translated window

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(locale, "qtbase", "_", folder) else None


def local_date(day: date, style: str = "short") -> str:
    """``day`` written as the chosen language writes dates: "short" (2026-03-09 /
    2026/3/9), "medium" (9 Mar 2026 / 2026年3月9日), "long" (with the weekday),
    "month" (March 2026 / 2026年3月), "weekday" (Monday 9 March 2026 / 2026年3月9日 星期一),
    "day_month" (9 Mar / 3月9日)."""
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    if style == "long":
        return locale.toString(qdate, QLocale.FormatType.LongFormat)
    if style == "medium":
        return locale.toString(qdate, "yyyy年M月d日" if _chinese(locale) else "d MMM yyyy")
    if style == "month":
        return locale.toString(qdate, "yyyy年M月" if _chinese(locale) else "MMMM yyyy")
    if style == "weekday":  # the whole date with its weekday, as a day's title
        return locale.toString(
            qdate, "yyyy年M月d日 dddd" if _chinese(locale) else "dddd d MMMM yyyy"
        )
    if style == "day_month":
        return locale.toString(qdate, "M月d日" if _chinese(locale) else "d MMM")
    return (
        locale.toString(qdate, QLocale.FormatType.ShortFormat)
        if _chinese(locale)
        else day.isoformat()
    )


def local_date_time(moment: datetime) -> str:
    """A date and clock time as the chosen language writes them (24-hour clock)."""
    return f"{local_date(moment.date())} {moment:%H:%M}"


def weekday_name(day: date | int, short: bool = True) -> str:
    """The weekday of ``day`` (a date, or ISO weekday 1 = Monday) in the chosen language."""
    number = day if isinstance(day, int) else day.isoweekday()
    return QLocale().dayName(
        number, QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    )


def local_number(value: float | int) -> str:
    """A number with the chosen language's digit grouping (1,234)."""
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "g", 6)


def _chinese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Chinese
