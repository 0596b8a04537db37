"""Where rcpdesk finds its bundled resources and keeps the delegate's own data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATABASE_NAME = "rcpdesk.db"
NOTES_FILE_NAME = "notes.db"  # the delegate's notes, in the user data folder
APP_NAME = "rcpdesk"
ORGANIZATION_NAME = "rcpdesk"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for; no Qt here
    return text


# The window translates it (context "profile"); the command line prints it as it is.
PROFILE_IS_A_FILE = QT_TRANSLATE_NOOP(
    "profile",
    "The profile folder {path} is a file, not a folder. Give --profile (or RCPDESK_HOME) a "
    "folder; a new one is made when it does not exist."
)


class ProfileNotAFolder(NotADirectoryError):
    """--profile or RCPDESK_HOME names a file: said as such, not as "read-only" (the notes could
    not be opened) or "File exists" (the folder could not be made)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(20, PROFILE_IS_A_FILE.format(path=path))

    def __str__(self) -> str:
        return self.strerror


def resources_dir() -> Path:
    """The resources folder: in a PyInstaller bundle, an installed wheel, or the source tree."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(PACKAGE_DIR / "resources")  # installed wheel (force-included there)
    candidates.append(PACKAGE_DIR.parent / "resources")  # source tree
    for candidate in candidates:
        if (candidate / DATABASE_NAME).is_file():
            return candidate
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def bundled_database() -> Path:
    """The read-only reference database shipped with the app."""
    override = os.environ.get("RCPDESK_DATABASE")
    return Path(override) if override else resources_dir() / DATABASE_NAME


def source_data_dir() -> Path:
    """The YAML source data (present in the source tree only)."""
    return PACKAGE_DIR.parent / "data"


def user_data_dir(profile: str | os.PathLike[str] | None = None) -> Path:
    """The delegate's data folder: --profile, then RCPDESK_HOME, then Qt's AppDataLocation.
    ProfileNotAFolder when the one named is a file."""
    chosen = profile or os.environ.get("RCPDESK_HOME")
    if chosen:
        folder = Path(chosen).expanduser()
        if folder.exists() and not folder.is_dir():
            raise ProfileNotAFolder(folder)
        return folder
    from PySide6.QtCore import QCoreApplication, QStandardPaths  # deferred: keeps imports light

    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)
