"""Plain-Python domain: cases as event streams, playbooks, the recovery flow.

Nothing here imports Qt or SQLAlchemy (a test enforces it), so the rules can be tested and
reused by the command line, the GUI, sync and benchmarks alike.
"""
