"""An offscreen screen of a laptop's size for the screenshot tools: Qt's offscreen platform
otherwise offers an 800×800 screen, and the window fits itself to the screen it opens on (a
1366×768 request came out 796×796)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def use_offscreen_screen(size: tuple[int, int]) -> None:
    """QT_QPA_PLATFORM for an offscreen screen of this size; call it before Qt starts."""
    config = Path(tempfile.mkdtemp(prefix="rcpdesk-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": size[0],
                                               "height": size[1], "logicalDpi": 96, "dpr": 1}]}),
                      encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
