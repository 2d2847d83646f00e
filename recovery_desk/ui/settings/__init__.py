"""The Settings screen: this desk, language, users and retention."""
