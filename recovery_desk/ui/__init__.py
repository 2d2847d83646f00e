"""Qt lives here and only here: the main window, pages, table models and dialogs."""

from .pyside_refcount import keep_none_alive

keep_none_alive()
