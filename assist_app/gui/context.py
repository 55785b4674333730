"""What the pages share, handed down through constructors from the composition root (app.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from assist_app.gui.settings import Settings

if TYPE_CHECKING:  # the core is imported after the first paint (start-up time)
    from assist_app.services.core import Core
    from assist_app.services.views import HelperView


class CurrentHelper(QObject):
    """The helper every change is attributed to; switching is one action."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.view: HelperView | None = None

    @property
    def id(self) -> int | None:
        return self.view.id if self.view else None

    def set(self, view: HelperView | None) -> None:
        self.view = view
        self.changed.emit()


@dataclass
class AppContext:
    core: Core
    settings: Settings
    helper: CurrentHelper
    today: Callable[[], dt.date] = field(default=dt.date.today)

    @property
    def lang(self) -> str:
        return self.settings.language

    @property
    def ward(self) -> str | None:
        ward = self.settings.ward
        return None if ward in ("", "generic") else ward
