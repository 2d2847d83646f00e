"""The Desk's text size: Ctrl++ and Ctrl+- step it, Ctrl+0 resets it, and the step is kept
in settings, so an agent who needs larger type sets it once, not at every start."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from recovery_desk.services.settings import Settings
from recovery_desk.ui.common.style import STYLE

_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")

#: points per step and the range allowed (below -3 the body text is unreadable, above +12
#: the stage no longer fits a 1366x768 screen at all)
STEP, LOWEST, HIGHEST = 1.0, -3, 12


class DeskZoom:
    """Sets the page's font from the saved step; each change is saved at once."""

    def __init__(self, page: QWidget, settings: Settings) -> None:
        self.page = page
        self.settings = settings
        self.base = page.font().pointSizeF()
        self.apply()

    @property
    def step(self) -> int:
        return max(LOWEST, min(HIGHEST, int(self.settings.desk_zoom)))

    def apply(self) -> None:
        """A page style sheet, since under the application's style sheet a font set on the
        page does not reach the widgets inside it; the sizes the application's sheet gives
        (titles, timers) grow by the same step."""
        step = self.step * STEP
        if not step:
            self.page.setStyleSheet("")
            return
        scaled = _SIZE.sub(lambda m: f"font-size: {float(m.group(1)) + step:g}pt", STYLE)
        self.page.setStyleSheet(f"QWidget {{ font-size: {self.base + step:g}pt; }}\n"
                                + "\n".join(line for line in scaled.splitlines()
                                            if "font-size" in line and line.endswith("}")))

    def change(self, by: int | None) -> None:
        """``by`` steps larger (negative: smaller); None goes back to the normal size."""
        step = 0 if by is None else max(LOWEST, min(HIGHEST, self.step + by))
        if step == self.settings.desk_zoom:
            return
        self.settings.desk_zoom = step
        self.settings.save()
        self.apply()
