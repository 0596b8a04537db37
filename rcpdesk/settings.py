"""The delegate's window and session settings: one typed object over an INI file in the profile.

Keys are lowercase `group/name`. The file is `rcpdesk.ini` in the user data folder (so --profile
and RCPDESK_HOME isolate it); the sheet options (`sheets/...`) share the same file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:  # the sheets' types load with the first sheet option read
    from rcpdesk.sheets.model import Paper, SheetOptions

SETTINGS_FILE_NAME = "rcpdesk.ini"
ZOOM_MIN = -3
ZOOM_MAX = 10


def settings_path(profile: str | Path | None = None) -> Path:
    from rcpdesk.paths import user_data_dir

    return user_data_dir(profile) / SETTINGS_FILE_NAME


class ComparisonState(NamedTuple):
    """What the comparison panel shows: columns (process ids) and rows (dimension ids)."""

    process_ids: tuple[str, ...] = ()
    dimension_ids: tuple[str, ...] | None = None  # None: every dimension, in the catalog's order
    only_differences: bool = False
    show_findings: bool = True


class PackChoice(NamedTuple):
    """The briefing pack last written: what File > Briefing Pack offers next time."""

    process_ids: tuple[str, ...] = ()
    row_ids: tuple[str, ...] | None = None  # None: a new comparison's default rows
    country: str = ""  # ISO 3166-1 alpha-3, or "" for no country page
    tags: tuple[str, ...] = ()  # the notes with any of these tags; none: every note
    title: str = ""  # "" for the title made from the processes
    paper: str = ""  # a4 | letter; "" for the locale's
    lang: str = ""  # en, fr, es, ar, zh, ru; "" for the interface's
    folder: str = ""  # where the last pack was written


def _join(ids: Iterable[str]) -> str:
    return ",".join(ids)


def _split(value: object) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(str(item).strip() for item in value if str(item).strip())
    return tuple(part.strip() for part in str(value or "").split(",") if part.strip())


def _as_bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    return default


class Settings:
    """Typed access to the settings; unreadable values fall back to the defaults."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def sheets(self) -> SheetSettings:
        """The sheet options last chosen, in this same file."""
        return SheetSettings(self._store)

    # -- plumbing ----------------------------------------------------------------------------

    def _get(self, key: str, default: object = None) -> object:
        return self._store.value(key, default)

    def _set(self, key: str, value: object) -> None:
        self._store.setValue(key, value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._get(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, (bytes, bytearray)) and value:
            return QByteArray(bytes(value))
        return None

    def sync(self) -> None:
        self._store.sync()

    def keys(self) -> list[str]:
        return list(self._store.allKeys())

    # -- window ------------------------------------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_screen(self) -> str | None:
        """The usable size of the screen the window layout was saved on ("1366x728")."""
        return str(self._get("window/screen", "") or "") or None

    @window_screen.setter
    def window_screen(self, value: str) -> None:
        self._set("window/screen", value)

    @property
    def window_state(self) -> QByteArray | None:
        """The dock and toolbar layout (QMainWindow.saveState)."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    @property
    def window_right_to_left(self) -> bool:
        """Whether the saved dock layout was laid out right to left (Arabic: mirrored sides)."""
        return str(self._get("window/direction", "") or "") == "rtl"

    @window_right_to_left.setter
    def window_right_to_left(self, value: bool) -> None:
        self._set("window/direction", "rtl" if value else "ltr")

    # -- view --------------------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """The interface language chosen last (en, fr, es, ar, zh, ru), or None to follow the system."""
        value = str(self._get("view/language", "") or "")
        return value if value in ("en", "fr", "es", "ar", "zh", "ru") else None

    @language.setter
    def language(self, lang: str | None) -> None:
        self._set("view/language", lang or "")

    @property
    def zoom(self) -> int:
        """Text zoom in steps (0 is the system font size)."""
        try:
            step = int(str(self._get("view/zoom", 0)))
        except ValueError:
            return 0
        return max(ZOOM_MIN, min(ZOOM_MAX, step))

    @zoom.setter
    def zoom(self, step: int) -> None:
        self._set("view/zoom", int(max(ZOOM_MIN, min(ZOOM_MAX, step))))

    # -- navigation --------------------------------------------------------------------------

    @property
    def last_location(self) -> str | None:
        """The page open when the window closed, as an rcpdesk: link."""
        value = self._get("navigation/location")
        return str(value) if value else None

    @last_location.setter
    def last_location(self, url: str | None) -> None:
        self._set("navigation/location", url or "")

    @property
    def tree_selection(self) -> tuple[str, ...]:
        """The links of the rows selected in the tree."""
        return _split(self._get("tree/selection", ""))

    @tree_selection.setter
    def tree_selection(self, urls: Sequence[str]) -> None:
        self._set("tree/selection", _join(urls))

    @property
    def tree_expanded(self) -> tuple[str, ...] | None:
        """The links of the expanded rows of the tree (None: never saved, use the default)."""
        if not self._store.contains("tree/expanded"):
            return None
        return _split(self._get("tree/expanded", ""))

    @tree_expanded.setter
    def tree_expanded(self, urls: Sequence[str]) -> None:
        self._set("tree/expanded", _join(urls))

    # -- comparison --------------------------------------------------------------------------

    @property
    def comparison(self) -> ComparisonState:
        dimensions = None
        if self._store.contains("comparison/dimensions"):
            dimensions = _split(self._get("comparison/dimensions", ""))
        return ComparisonState(
            process_ids=_split(self._get("comparison/processes", "")),
            dimension_ids=dimensions,
            only_differences=_as_bool(self._get("comparison/only_differences", False), False),
            show_findings=_as_bool(self._get("comparison/show_findings", True), True),
        )

    @comparison.setter
    def comparison(self, state: ComparisonState) -> None:
        self._set("comparison/processes", _join(state.process_ids))
        if state.dimension_ids is None:
            self._store.remove("comparison/dimensions")
        else:
            self._set("comparison/dimensions", _join(state.dimension_ids))
        self._set("comparison/only_differences", bool(state.only_differences))
        self._set("comparison/show_findings", bool(state.show_findings))

    # -- briefing pack -----------------------------------------------------------------------

    @property
    def pack(self) -> PackChoice:
        rows = _split(self._get("pack/rows", "")) if self._store.contains("pack/rows") else None
        return PackChoice(
            process_ids=_split(self._get("pack/processes", "")),
            row_ids=rows,
            country=str(self._get("pack/country", "") or "").upper(),
            tags=_split(self._get("pack/tags", "")),
            title=str(self._get("pack/title", "") or ""),
            paper=str(self._get("pack/paper", "") or ""),
            lang=str(self._get("pack/lang", "") or ""),
            folder=str(self._get("pack/folder", "") or ""),
        )

    @pack.setter
    def pack(self, choice: PackChoice) -> None:
        self._set("pack/processes", _join(choice.process_ids))
        if choice.row_ids is None:
            self._store.remove("pack/rows")
        else:
            self._set("pack/rows", _join(choice.row_ids))
        self._set("pack/country", choice.country)
        self._set("pack/tags", _join(choice.tags))
        self._set("pack/title", choice.title)
        self._set("pack/paper", choice.paper)
        self._set("pack/lang", choice.lang)
        self._set("pack/folder", choice.folder)

    # -- notes -------------------------------------------------------------------------------

    @property
    def anchored_edition(self) -> str | None:
        """The data edition (content hash) the profile's notes were last anchored to."""
        value = self._get("notes/anchored_edition")
        return str(value) if value else None

    @anchored_edition.setter
    def anchored_edition(self, content_hash: str) -> None:
        self._set("notes/anchored_edition", content_hash)

    # -- search ------------------------------------------------------------------------------

    @property
    def search_filters(self) -> dict[str, str]:
        """The region, dimension and agreement filters last chosen ("" for any)."""
        return {name: str(self._get(f"search/{name}", "") or "")
                for name in ("region", "dimension", "agreement")}

    @search_filters.setter
    def search_filters(self, filters: dict[str, str]) -> None:
        for name in ("region", "dimension", "agreement"):
            self._set(f"search/{name}", filters.get(name, "") or "")


def locale_paper() -> Paper:
    """Letter where the locale measures in inches (the Americas' delegates), A4 elsewhere."""
    from PySide6.QtCore import QLocale

    from rcpdesk.sheets.model import Paper

    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if imperial else Paper.A4


def _ids(value: object) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v)]
    return [part for part in str(value or "").split(",") if part]


class SheetSettings:
    """The sheet options last chosen (keys sheets/...): a view of the profile's one settings
    file, got as Settings.sheets."""

    def __init__(self, store: QSettings) -> None:
        self._settings = store

    def _get(self, key: str, default: str = "") -> str:
        value = self._settings.value(f"sheets/{key}", default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: str) -> None:
        self._settings.setValue(f"sheets/{key}", value)

    def sync(self) -> None:
        self._settings.sync()

    # -- page and notes -------------------------------------------------------------------------

    def options(self, lang: str = "en") -> SheetOptions:
        from rcpdesk.sheets.model import NotesPlacement, Orientation, Paper, SheetOptions

        def pick(enum: type, key: str, default: object) -> object:
            try:
                return enum(self._get(key, str(default.value)))  # type: ignore[attr-defined]
            except ValueError:
                return default

        return SheetOptions(
            paper=pick(Paper, "paper", locale_paper()),  # type: ignore[arg-type]
            orientation=pick(Orientation, "orientation", Orientation.AUTO),  # type: ignore[arg-type]
            notes=pick(NotesPlacement, "notes", NotesPlacement.NONE),  # type: ignore[arg-type]
            all_findings=self._get("all_findings", "false") == "true",
            with_map=self._get("with_map", "false") == "true",
            lang=lang,
        )

    def set_options(self, options: SheetOptions) -> None:
        self._set("paper", options.paper.value)
        self._set("orientation", options.orientation.value)
        self._set("notes", options.notes.value)
        self._set("all_findings", "true" if options.all_findings else "false")
        self._set("with_map", "true" if options.with_map else "false")
        self.sync()

    # -- what goes on the comparison -----------------------------------------------------------

    def selection(self, window_processes: Sequence[str], window_dimensions: Sequence[str],
                  known_processes: set[str], known_dimensions: set[str]
                  ) -> tuple[list[str], list[str] | None]:
        """The processes and dimensions to print: the dialog's choice while the window's
        comparison is the one it was made for, else the window's own (ids no longer in the data
        are dropped). Dimensions None: all of them."""
        def resolve(key: str, window: Sequence[str], known: set[str]) -> list[str]:
            chosen = [i for i in _ids(self._get(key)) if i in known]
            base = _ids(self._get(f"{key}_base"))
            if chosen and (not window or list(window) == base):
                return chosen
            return [i for i in window if i in known]

        processes = resolve("processes", window_processes, known_processes)
        dimensions = resolve("dimensions", window_dimensions, known_dimensions)
        return processes, (dimensions or None)

    def set_selection(self, processes: Sequence[str], dimensions: Sequence[str],
                      window_processes: Sequence[str], window_dimensions: Sequence[str]) -> None:
        self._set("processes", ",".join(processes))
        self._set("processes_base", ",".join(window_processes))
        self._set("dimensions", ",".join(dimensions))
        self._set("dimensions_base", ",".join(window_dimensions))
        self.sync()

    # -- where exports go ------------------------------------------------------------------------

    def last_folder(self) -> str:
        return self._get("last_folder")

    def set_last_folder(self, folder: str) -> None:
        self._set("last_folder", folder)
        self.sync()
