"""The Desk: start a case fast and run the guided recovery, keyboard first."""
