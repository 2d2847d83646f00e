"""Bringing past complaints in from other systems."""
