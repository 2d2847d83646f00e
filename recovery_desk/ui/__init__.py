"""Qt lives here and only here: the main window, pages, table models and dialogs."""
