"""Icons drawn for rcpdesk (resources/icons, one PNG per size), the desktop theme's where it has them.

The toolbar does not ask the style for its standard icons: creating PySide6's QStyle type delays
the first paint (tools/make_toolbar_icons.py draws these files).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from rcpdesk.paths import resources_dir

TOOLBAR_SIZES = (16, 24, 32, 48)


def icon_from_files(stem: str, sizes: tuple[int, ...] = TOOLBAR_SIZES) -> QIcon:
    """resources/icons/<stem>-<size>.png for each size found, as one icon."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in sizes:
        path = folder / f"{stem}-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def toolbar_icon(name: str) -> QIcon:
    """An icon by its freedesktop name (go-previous, go-next, go-home): the theme's, else ours."""
    return QIcon.fromTheme(name, icon_from_files(name))
