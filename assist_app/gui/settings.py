"""Preferences and window state: each declared once, with its type and default, over QSettings.

The file lives in the data folder (settings.ini), so a data folder on a USB stick carries them.
No personal data is ever stored here: the helper is kept by id only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Setting(Generic[T]):
    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key, self.default, self.kind = key, default, kind

    def __get__(self, owner: Settings | None, _type: Any = None) -> T:
        if owner is None:
            return self  # type: ignore[return-value]
        value = owner.store.value(self.key, self.default)
        if self.kind is bool and isinstance(value, str):  # INI files give strings back
            return value.lower() in ("true", "1")  # type: ignore[return-value]
        try:
            return self.kind(value) if value is not None else self.default
        except (TypeError, ValueError):
            return self.default

    def __set__(self, owner: Settings, value: T) -> None:
        owner.store.setValue(self.key, value)


class Settings:
    """Typed access to the app's QSettings; see each declaration for its meaning."""

    ward = Setting("general/ward", "generic", str)  # office layer id
    language = Setting("general/language", "ja", str)  # interface language: ja or en
    large_text = Setting("general/large_text", False, bool)
    helper_id = Setting("general/helper_id", 0, int)  # 0: ask who is using the app
    handout_language = Setting("print/handout_language", "ja", str)
    handout_large = Setting("print/handout_large", False, bool)
    group_by = Setting("case/group_by", "due", str)  # due or office
    window_geometry = Setting("window/geometry", QByteArray(), QByteArray)
    window_state = Setting("window/state", QByteArray(), QByteArray)
    last_page = Setting("window/last_page", "today", str)
    last_case_id = Setting("window/last_case_id", 0, int)

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def in_folder(cls, data_dir: Path) -> Settings:
        return cls(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))

    def sync(self) -> None:
        self.store.sync()
