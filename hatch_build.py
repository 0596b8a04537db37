"""Wheel build hook: compile the Qt translations (.ts -> .qm) into resources/ before packaging."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        sys.path.insert(0, str(root))
        try:
            from rcpdesk.translations import compile_translations

            compile_translations(root / "resources" / "translations")
        except FileNotFoundError as exc:  # PySide6 not in the build environment: ship .ts only
            self.app.display_warning(f"translations not compiled: {exc}")
        finally:
            sys.path.remove(str(root))
