"""Signing in and out, switching user, supervisor approval by credentials."""
