"""Realistic demo cases made through the real recovery flow."""
