"""Errors the catalog raises: bad source data, unknown ids, a missing database."""

from __future__ import annotations

from typing import NamedTuple


class DataError(NamedTuple):
    """One problem in the source data, named by file and field (a NamedTuple: loaded at start-up)."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


class BuildError(Exception):
    """The source data is invalid; nothing was written."""

    def __init__(self, errors: list[DataError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.file, e.field, e.message))
        super().__init__("\n".join(str(error) for error in self.errors))


class UnknownIdError(KeyError):
    """No process, paragraph, dimension or country has this id."""

    def __init__(self, kind: str, ident: str) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"unknown {kind}: {ident}")

    def __str__(self) -> str:
        return f"unknown {self.kind}: {self.ident}"


class CatalogUnavailable(RuntimeError):
    """The bundled database is missing or unreadable."""
