"""Interface language: installs Qt translators for our catalogue and Qt's own strings.

English is the source language, so it needs no catalogue. Switching installs new translators
on the running application; Qt then sends ``QEvent.LanguageChange`` to every widget, which
re-sets its texts. A missing ``.qm`` file leaves the English texts in place.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

log = logging.getLogger(__name__)

ENGLISH = "en"
CHINESE = "zh_CN"
# Language names are shown in their own language, whatever the current one.
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "中文 (简体)"}

CATALOGUE_DIR = Path(__file__).with_name("i18n")

_installed: list[QTranslator] = []
_current = ENGLISH


def catalogue_path(language: str) -> Path:
    return CATALOGUE_DIR / f"qa_desk_{language}.qm"


def system_language() -> str:
    """zh_CN on a Chinese system (any Chinese locale), English otherwise."""
    return CHINESE if QLocale.system().name().lower().startswith("zh") else ENGLISH


def effective_language(saved: str) -> str:
    """The saved choice when it is one we ship, else the system's language."""
    return saved if saved in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def install_language(language: str) -> bool:
    """Replace the installed translators; True when our catalogue for ``language`` loaded."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    loaded = language == ENGLISH
    if language != ENGLISH:
        ours = QTranslator(app)
        if ours.load(str(catalogue_path(language))):
            _installed.append(ours)
            loaded = True
        else:
            log.warning("no translation catalogue %s; showing English", catalogue_path(language))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", qt_dir):
            _installed.append(qtbase)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    _current = language
    QLocale.setDefault(QLocale(language if language != ENGLISH else "en_US"))
    # Qt sends LanguageChange on install/remove only; an English-to-English switch changes nothing.
    return loaded


# Progress texts of the services (in English, as they have no Qt) that the shell shows;
# marked here so the catalogue carries their translations. Error messages are not listed:
# the services mark their templates themselves (context "Errors", see error_text).
_SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "Creating vendors, teams, agents and users"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Generating conversations"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Writing records"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Writing messages and transcripts"),
)


def service_text(message: str) -> str:
    """A service's progress text in the interface language, when the catalogue has it.

    Errors go through ``qa_desk.ui.messages.error_text`` instead.
    """
    return QCoreApplication.translate("ServiceMessages", message)
