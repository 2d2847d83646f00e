"""Load the compiled translation for the chosen language, if one ships."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir

_installed: list[QTranslator] = []


def install_translator(app: QApplication, language: str) -> bool:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    from .formatting import locale_for

    QLocale.setDefault(locale_for(language))
    if language == "en":
        return True
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "i18n" / f"recovery_desk_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
