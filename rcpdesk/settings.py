"""The delegate's settings: one typed object over QSettings, stored as INI in the profile folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from rcpdesk.paths import user_data_dir

SETTINGS_FILE = "settings.ini"


def _as_list(value: object) -> list[str]:
    # QSettings gives back a str for a one-item list and None for an empty one.
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value]  # type: ignore[union-attr]


class Settings:
    """Keys are lowercase group/name; values are typed on the way out."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / SETTINGS_FILE
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qsettings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # window
    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qsettings.setValue("window/state", value)

    @property
    def zoom(self) -> int:
        """Text zoom steps relative to the default size (0 = default)."""
        try:
            return int(self._qsettings.value("view/zoom", 0))
        except (TypeError, ValueError):
            return 0

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self._qsettings.setValue("view/zoom", int(steps))

    @property
    def language(self) -> str | None:
        value = self._qsettings.value("view/language")
        return str(value) if value in ("en", "fr", "es") else None

    @language.setter
    def language(self, lang: str) -> None:
        self._qsettings.setValue("view/language", lang)

    # what the delegate was looking at
    @property
    def current_target(self) -> str | None:
        value = self._qsettings.value("navigation/current")
        return str(value) if value else None

    @current_target.setter
    def current_target(self, target: str | None) -> None:
        self._qsettings.setValue("navigation/current", target or "")

    @property
    def comparison_processes(self) -> list[str]:
        return _as_list(self._qsettings.value("comparison/processes"))

    @comparison_processes.setter
    def comparison_processes(self, ids: list[str]) -> None:
        self._qsettings.setValue("comparison/processes", list(ids))

    @property
    def comparison_dimensions(self) -> list[str] | None:
        """None: never chosen (all dimensions); a list: the delegate's choice."""
        if not self._qsettings.contains("comparison/dimensions"):
            return None
        return _as_list(self._qsettings.value("comparison/dimensions"))

    @comparison_dimensions.setter
    def comparison_dimensions(self, ids: list[str]) -> None:
        self._qsettings.setValue("comparison/dimensions", list(ids))

    @property
    def only_differences(self) -> bool:
        return str(self._qsettings.value("comparison/only_differences", "false")).lower() == "true"

    @only_differences.setter
    def only_differences(self, value: bool) -> None:
        self._qsettings.setValue("comparison/only_differences", bool(value))

    def value(self, key: str, default: object = None) -> object:
        """Escape hatch for panels with their own small state (key: lowercase group/name)."""
        return self._qsettings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._qsettings.setValue(key, value)
