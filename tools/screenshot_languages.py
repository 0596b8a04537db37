"""The main window in French and Spanish, offscreen at 1366×768: docs/screenshots/main-<lang>.png.

    python tools/screenshot_languages.py [--out docs/screenshots] [--lang fr es]

A process profile (IGC: its members include Germany, "Allemagne" / "Alemania"), the contents
tree and a comparison of four processes below, after switching through View -> Language, as a
delegate would. Uses a throw-away profile; compiles the translations first if needed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication
from screenshots import FOUR, SIZE, _settle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["fr", "es"])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="rcpdesk-shots-"))
    os.environ["RCPDESK_HOME"] = str(profile)

    from rcpdesk.app import build_main_window, create_application, create_services
    from rcpdesk.translations import compile_translations
    from rcpdesk.ui.i18n import install_language

    compile_translations(ROOT / "resources" / "translations")
    app = QApplication.instance() or create_application(sys.argv[:1])
    services = create_services(profile, database=ROOT / "resources" / "rcpdesk.db")
    window = build_main_window(services)
    window.resize(*SIZE)
    window.show()
    if window.comparison_panel is not None:
        window.add_to_comparison(FOUR)
    window.navigate("rcpdesk:process/igc")
    window.tree_panel.follow("rcpdesk:process/igc")
    _settle(app, window)
    for lang in args.lang:
        window.language_menu.switch(lang)
        _settle(app, window, 400)
        path = args.out / f"main-{lang}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
    install_language("en")
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
