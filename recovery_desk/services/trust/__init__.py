"""Evidence and privacy: check, audit trail, backups, erasure, retention."""
