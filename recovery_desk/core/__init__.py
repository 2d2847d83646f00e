"""Foundations every layer may use: errors for people, the message bridge, paths, logging."""
