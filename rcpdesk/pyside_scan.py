"""Spare the window's start-up PySide6's scan of every module's source.

PySide6 (6.4 and later) wraps `import`: each module imported after PySide6 has its source file
read and searched for the word "PySide6", to decide whether the module may switch PySide's
`__feature__` options (snake_case, true_property) on. rcpdesk switches none, so the answer
changes nothing, yet reading the sources of the forty-odd modules the window loads before its
first paint is a cost benchmarks/README.md measures. This counts every module as a PySide6
user with no feature selected, which is the scan's own answer for rcpdesk's modules.
"""

from __future__ import annotations

import sys


def _uses_pyside(module: object) -> bool:
    return True


def skip_feature_source_scan() -> None:
    """Import PySide6 (which installs its import wrapper) and answer its scan without reading
    files. Does nothing on a PySide6 without the scan."""
    import PySide6  # noqa: F401 - installs the wrapper and its `feature` module

    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside
