"""Load the compiled translations for the chosen language: ours and Qt's own.

Qt's own (``qtbase_<lang>.qm``, shipped with PySide6) translates the standard buttons and
dialogs — OK, Cancel, file dialogs — that our strings never cover.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from recovery_desk.core.paths import resources_dir

_installed: list[QTranslator] = []


def install_translator(app: QApplication, language: str) -> bool:
    """Switch the application's translators; returns whether ours was found."""
    from recovery_desk.ui.common.formatting import locale_for

    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if language == "en":
        # English's own file holds only the plural forms ("%n case(s)" -> 1 case, 2 cases)
        plurals = QTranslator(app)
        if plurals.load(str(resources_dir() / "i18n" / "recovery_desk_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return True
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "i18n" / f"recovery_desk_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
