"""Qt lives here and only here: the main window, pages, table models and dialogs."""

from recovery_desk.ui.common.pyside_refcount import keep_none_alive

keep_none_alive()
