"""Keep ``None`` alive under PySide6 builds that return it without a reference.

PySide6 6.12's wheels are built for the stable ABI with headers in which ``None`` is
immortal (PEP 683, Python 3.12), so their void methods hand back ``None`` without taking a
reference. On Python 3.11 ``None`` is still counted: every ``label.setText(...)`` lowers its
count by one, and a session that drew enough (a Dashboard, a PDF report) aborts at exit with
"Fatal Python error: none_dealloc". Where a probe shows the leak, ``None`` gets the huge
count Python 3.12 gives it, which is all that immortality means for it.
"""

from __future__ import annotations

import sys

_IMMORTAL = 1 << 40


def leaks_none() -> bool:
    """Whether a void Qt call lowers ``None``'s reference count (measured, not guessed)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def keep_none_alive() -> bool:
    """Give ``None`` an immortal-size count when the build needs it; returns whether it did."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if hasattr(sys, "gettotalrefcount"):   # debug builds put other fields first
        return False
    if not leaks_none():
        return False
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))   # ob_refcnt: PyObject's first field
    if count.value < _IMMORTAL:
        count.value += _IMMORTAL
    return True
