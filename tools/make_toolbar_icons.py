"""Draw the toolbar's icons (Back, Forward, Start Page) as PNG files in resources/icons.

    python tools/make_toolbar_icons.py

The window loads these files instead of asking the style for its standard icons: creating
PySide6's QStyle type costs ~12 ms before the first paint. A desktop icon theme, where there is
one, still wins (QIcon.fromTheme with these files as the fallback).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48)
INK = QColor("#37474f")  # the dark slate of the page's headings


def _arrow(path: QPainterPath, pointing_left: bool) -> None:
    """An arrow on a 24-unit grid: a shaft and a chevron head."""
    tip, tail = (5.0, 19.0) if pointing_left else (19.0, 5.0)
    back = 7.0 if pointing_left else -7.0
    path.moveTo(tail, 12.0)
    path.lineTo(tip, 12.0)
    path.moveTo(tip + back, 5.0)
    path.lineTo(tip, 12.0)
    path.lineTo(tip + back, 19.0)


def _home(path: QPainterPath) -> None:
    """A house on a 24-unit grid: roof, walls and a door."""
    path.moveTo(3.0, 11.5)
    path.lineTo(12.0, 3.5)
    path.lineTo(21.0, 11.5)
    path.moveTo(5.5, 9.5)
    path.lineTo(5.5, 20.0)
    path.lineTo(18.5, 20.0)
    path.lineTo(18.5, 9.5)
    path.addRect(QRectF(10.0, 14.0, 4.0, 6.0))


DRAWINGS = {
    "go-previous": lambda path: _arrow(path, True),
    "go-next": lambda path: _arrow(path, False),
    "go-home": _home,
}


def render(name: str, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    path = QPainterPath()
    DRAWINGS[name](path)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24.0, size / 24.0)
    pen = QPen(INK, 2.0 if size >= 24 else 2.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(path)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, paint engine
    for name in DRAWINGS:
        for size in SIZES:
            target = OUT / f"{name}-{size}.png"
            if not render(name, size).save(str(target)):
                print(f"could not write {target}", file=sys.stderr)
                return 1
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
