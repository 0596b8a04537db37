"""Screenshots of the real window on an X server with a window manager, as a delegate's laptop
shows it: 1366×768 and 1920×1080, in English, French and Spanish, into docs/screenshots/.

    python tools/screenshots_x11.py [--out docs/screenshots] [--sizes 1366x768,1920x1080] [--langs en,fr,es]

Needs Xvfb and openbox (Debian: xvfb openbox). Each shot is a fresh profile: a search for
"secretariat" opened on its first hit, the Colombo Process and the Abu Dhabi Dialogue compared, a
note taken. The window is laid out by rcpdesk for the screen it opens on (ui/window_fit.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCENE = r'''
import sys, time
from rcpdesk.app import build_main_window, create_application
from rcpdesk.notes import NotesStore, Target
from rcpdesk.services import create_services
from rcpdesk.ui.i18n import install_language

profile, out, lang = sys.argv[1], sys.argv[2], sys.argv[3]
with NotesStore(f"{profile}/notes.db") as store:
    store.add(Target.process("colombo-process"), "Ask who funds the secretariat after 2027", tags=["budget"])
    store.add(Target.paragraph("report-2005/p20"), "Self-financing: what did the ADD decide?", tags=["funding"])
app = create_application(sys.argv[:1])
services = create_services(profile)
install_language(lang)
services.set_language(lang)
window = build_main_window(services)
window.show()

def settle(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)

settle(2.5)
window.add_to_comparison(["colombo-process", "abu-dhabi-dialogue"])
window.search_field.setText("secretariat")
window.search_panel.run_search()
settle(1.5)
window.search_panel.open_current()
settle(1.0)
window.screen().grabWindow(0).save(out)
window.close()
'''


def _display(size: str) -> tuple[subprocess.Popen[bytes], subprocess.Popen[bytes], str]:
    for number in range(120, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    display = f":{number}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    manager = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=display),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return server, manager, display


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--langs", default="en,fr,es")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.sizes.split(","):
        server, manager, display = _display(size)
        try:
            for lang in args.langs.split(","):
                out = args.out / f"window-{size}-{lang}.png"
                env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                           QT_LOGGING_RULES="qt.qpa.*=false", PYTHONPATH=str(ROOT))
                with tempfile.TemporaryDirectory(prefix="rcpdesk-x11-shot-") as profile:
                    subprocess.run([sys.executable, "-c", SCENE, profile, str(out), lang],
                                   env=env, check=True, timeout=120)
                print(out)
        finally:
            manager.terminate()
            server.terminate()
            manager.wait(timeout=10)
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
