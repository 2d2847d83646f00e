"""Running and reading cases: the recovery commands, drafts, the Log's queries."""
