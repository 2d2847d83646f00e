"""The window's pages: Desk, Log, Dashboard, Training, Settings."""
