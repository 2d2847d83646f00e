"""The ``recovery-desk`` command line: a static list of commands, one module per group."""
