"""Where the data lives: the data folder and the database URL (``config.json`` in that folder).

The data folder is ``--data-dir``, else ``$ASSIST_APP_DATA_DIR``, else the user's data folder.
It holds the SQLite database, backups, settings and logs, so one folder can travel on a USB stick.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "ASSIST_APP_DATA_DIR"
CONFIG_FILE = "config.json"
DATABASE_FILE = "assist.sqlite3"


class ConfigError(Exception):
    """The configuration file cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("assist-app", appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env).expanduser() if env else default_data_dir()


def load_config(data_dir: Path) -> Config:
    url = f"sqlite:///{data_dir / DATABASE_FILE}"
    path = data_dir / CONFIG_FILE
    if path.exists():
        import json  # here, as below: the window imports this module before its first paint

        from assist_app.messages.storage import CONFIG_NOT_AN_OBJECT, CONFIG_UNREADABLE

        try:
            values = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(CONFIG_UNREADABLE(path=path, error=exc.__class__.__name__)) from None
        if not isinstance(values, dict):
            raise ConfigError(CONFIG_NOT_AN_OBJECT(path=path))
        url = values.get("database_url") or url
    return Config(data_dir=data_dir, database_url=url)


def save_database_url(data_dir: Path, url: str | None) -> None:
    import json

    path = data_dir / CONFIG_FILE
    values = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    if url:
        values["database_url"] = url
    else:
        values.pop("database_url", None)
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, indent=2), encoding="utf-8")
    tmp.replace(path)
