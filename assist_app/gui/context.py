"""What the pages share, handed down through constructors from the composition root (app.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from assist_app.gui.settings import Settings

if TYPE_CHECKING:  # the core is imported after the first paint (start-up time)
    from assist_app.services.access import Actor
    from assist_app.services.core import Core


class CurrentHelper(QObject):
    """The signed-in helper (None while the app is locked); every service call is made as them."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.actor: Actor | None = None

    @property
    def view(self) -> Actor | None:  # name, role and id, as before accounts
        return self.actor

    @property
    def id(self) -> int | None:
        return self.actor.helper_id if self.actor else None

    def set(self, actor: Actor | None) -> None:
        self.actor = actor
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
