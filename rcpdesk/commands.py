"""What the command line's commands share: the one-line error and the catalog they read. The
packages' own cli modules (notes, sheets, maps) import these from here, never from cli.py, which
imports them to build the parser."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a command runs: opening the window does not wait for them
    from rcpdesk.catalog import Catalog


class CommandError(Exception):
    """A one-line message for the delegate; the command exits non-zero."""


def open_catalog(args: argparse.Namespace) -> Catalog:
    """The bundled catalog (or --database), in the language the command asks for."""
    from rcpdesk.catalog import Catalog
    from rcpdesk.paths import bundled_database

    return Catalog(Path(getattr(args, "database", None) or bundled_database()),
                   lang=getattr(args, "lang", None) or "en")

