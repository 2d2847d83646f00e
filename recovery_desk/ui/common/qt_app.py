"""The running QApplication, typed as one.

``QApplication.instance()`` is declared to return the ``QCoreApplication`` base (or None),
so code that needs the widget application's own methods (style sheets, fonts, processing
events for a screenshot) asks here instead of casting at every call.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def running_app() -> QApplication:
    """The QApplication of this process; refused if none (or only a core one) runs."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication is running in this process")
    return app
