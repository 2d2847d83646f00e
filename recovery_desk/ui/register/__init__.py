"""The complaint register screen."""
