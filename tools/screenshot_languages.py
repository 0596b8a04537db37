"""The main window in the UN languages, offscreen at 1366×768: docs/screenshots/main-<lang>.png.

    python tools/screenshot_languages.py [--out docs/screenshots] [--lang fr es ar zh ru]

A process profile (IGC: its members include Germany, "Allemagne" / "Alemania"; in Arabic the Abu
Dhabi Dialogue, in Chinese the Colombo Process, in Russian the Almaty Process: processes that work
in those languages), the contents tree and a comparison of four processes below, in a window
started in that language (`rcpdesk --lang ar`). Arabic mirrors the whole window. Uses a throw-away
profile; compiles the translations first if needed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from offscreen_screen import use_offscreen_screen

use_offscreen_screen((1366, 768))  # before Qt starts (and before screenshots is imported)
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from screenshots import FOUR, SIZE, _settle

PROCESS_SHOWN = {"ar": "abu-dhabi-dialogue", "zh": "colombo-process", "ru": "almaty-process"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["fr", "es", "ar", "zh", "ru"])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="rcpdesk-shots-"))
    os.environ["RCPDESK_HOME"] = str(profile)

    from rcpdesk.app import build_main_window, create_application, create_services
    from rcpdesk.translations import compile_translations
    from rcpdesk.ui.i18n import install_language
    from rcpdesk.ui.window_fit import size_docks

    compile_translations(ROOT / "resources" / "translations")
    app = QApplication.instance() or create_application(sys.argv[:1])
    for lang in args.lang:  # a window started in each language, as `rcpdesk --lang ar` starts it
        install_language(lang)
        services = create_services(profile, database=ROOT / "resources" / "rcpdesk.db")
        services.set_language(lang)
        window = build_main_window(services)
        window.resize(*SIZE)
        window.show()
        if window.comparison_panel is not None:
            window.add_to_comparison(FOUR)
        page = f"rcpdesk:process/{PROCESS_SHOWN.get(lang, 'igc')}"
        window.navigate(page)
        window.tree_panel.follow(page)
        _settle(app, window, 400)
        window.setWindowState(Qt.WindowState.WindowNoState)  # the layout maximised it to the screen
        window.resize(*SIZE)
        size_docks(window, window.docks)
        _settle(app, window, 400)
        path = args.out / f"main-{lang}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
        window.close()
        services.close()
    install_language("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
