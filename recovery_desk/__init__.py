"""Recovery Desk: a desktop workstation for complaint recovery."""

__version__ = "0.1.0"
