"""Moving events between desks: bundles through a shared folder and a central server.

Events are immutable and identified by UUID and chained per desk, so merging is safe:
every import verifies the chain, applies all or nothing, and replays touched cases.
"""
