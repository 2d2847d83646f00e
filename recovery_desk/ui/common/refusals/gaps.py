"""What the refusal tables share: filling Qt's %1… gaps, and parameters formatted for the
interface language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from recovery_desk.ui.common.formatting import money, number

Params = Mapping[str, object]
#: One code's sentence in the interface language, made from the refusal's parameters.
Render = Callable[[Params], str]
translate = QCoreApplication.translate


def fill(template: str, *values: object) -> str:
    """Qt's ``%1`` … ``%9`` replaced in one pass, so a value that itself contains ``%2``
    stays as it is."""
    out: list[str] = []
    i = 0
    while i < len(template):
        digit = template[i + 1] if i + 1 < len(template) else ""
        if template[i] == "%" and digit and digit in "123456789" and int(digit) <= len(values):
            out.append(str(values[int(digit) - 1]))
            i += 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def amount(params: Params, key: str) -> str:
    value = params[key]
    assert isinstance(value, Decimal)
    return money(value, str(params.get("currency", "")))


def count(params: Params, key: str) -> str:
    value = params[key]
    assert isinstance(value, int)
    return number(value)
