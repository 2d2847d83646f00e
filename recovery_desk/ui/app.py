"""Start the workstation (or render a page offscreen) and keep errors visible.

An unexpected exception is logged and shown in a dialog; the window stays up.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from recovery_desk.ui.common import gc_guard
from recovery_desk.ui.common.flow_texts import error_text
from recovery_desk.ui.common.style import STYLE
from recovery_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from recovery_desk.services.workspace import Workspace

log = logging.getLogger(__name__)


def make_app(argv: list[str] | None = None) -> QApplication:
    running = QApplication.instance()
    app = (running if isinstance(running, QApplication)
           else QApplication(argv or [sys.argv[0]]))
    app.setApplicationName("Recovery Desk")
    app.setOrganizationName("Recovery Desk")
    app.setStyleSheet(STYLE)
    gc_guard.install(app)  # garbage with Qt objects must never be freed on a worker thread
    return app


def install_exception_hook(window_getter: Callable[[], QWidget | None]) -> None:
    """Log unexpected exceptions and show them; never exit silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            QMessageBox.critical(window_getter(), "Recovery Desk",
                                 f"Something went wrong: {kind.__name__}: {value}\n\n"
                                 "Your recorded steps are safe in the case log. Details are in "
                                 "the log file.")
        except Exception:  # noqa: BLE001 - the dialog itself must never take the app down
            pass

    sys.excepthook = hook


def build_window(workspace: Workspace) -> MainWindow:
    return MainWindow(workspace)


def run_gui(args: argparse.Namespace) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and \
            not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux"):
        print("recovery-desk: no display found. Run it under a virtual display: "
              "xvfb-run -a recovery-desk", file=sys.stderr)
        return 1
    from recovery_desk.services.settings import Settings
    from recovery_desk.ui.common.i18n import install_translator

    settings = Settings.load()
    if args.lang:
        settings.language = args.lang
    if getattr(args, "global_desk", None):
        settings.desk_id = args.global_desk
    app = make_app()
    install_translator(app, settings.language)
    window = MainWindow()  # appears at once; the case log opens behind it
    install_exception_hook(lambda: window)
    window.show()
    app.processEvents()
    from recovery_desk.core.errors import RecoveryDeskError
    from recovery_desk.services.workspace import open_workspace

    try:
        workspace = open_workspace(args.db, settings=settings)
    except RecoveryDeskError as exc:
        print(f"recovery-desk: {exc}", file=sys.stderr)
        QMessageBox.critical(window, "Recovery Desk", error_text(exc))
        return 1
    from recovery_desk.ui.account.sign_in import ensure_signed_in

    workspace.session = None  # the window runs only on a real sign-in, never an assumed one
    if not ensure_signed_in(workspace, window):
        workspace.close()
        return 0
    _remember_user(workspace)
    window.attach(workspace)
    from recovery_desk.services.startup import housekeeping
    from recovery_desk.ui.common.workers import run_in_background

    run_in_background(lambda: housekeeping(workspace), lambda _done: None,
                      lambda _exc: None)  # daily backup and retention, off the GUI thread
    if getattr(args, "demo_on_first_run", False) and not workspace.has_cases():
        QTimer.singleShot(0, window.desk.load_demo)
    code = app.exec()
    window.desk.save_drafts_now()
    workspace.close()
    return code


def _remember_user(workspace: Workspace) -> None:
    """Offer the last signed-in name first next time (settings.json)."""
    try:
        workspace.settings.save()
    except OSError as exc:
        log.warning("could not save the settings: %s", exc)


def take_screenshot(args: argparse.Namespace, workspace: Workspace) -> int:
    """Render a page of the window on ``workspace`` as its signed-in user sees it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    from recovery_desk.ui.common.i18n import install_translator

    install_translator(app, workspace.settings.language)
    if getattr(args, "stages", False):
        from recovery_desk.ui.screenshots.tour import stage_tour

        files = stage_tour(workspace, args.out, args.size)
        print(f"Saved {len(files)} screenshots to {args.out}")
        workspace.close()
        return 0
    window = build_window(workspace)
    window.resize(*args.size)
    window.show_page(args.page)
    window.show()
    for _ in range(20):
        app.processEvents()
    page = window.pages[args.page]
    page.refresh()
    page.prepare_screenshot()  # e.g. the Log opens its first case
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(20):
        app.processEvents()
    image = window.grab()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.out)):
        print(f"recovery-desk: could not write {args.out}", file=sys.stderr)
        return 1
    print(f"Saved {args.page} page ({image.width()}x{image.height()}) to {args.out}")
    window.close()
    workspace.close()
    return 0
