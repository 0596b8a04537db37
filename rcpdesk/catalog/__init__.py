"""The bundled reference data: its source files, the database build, and read access (no Qt)."""

from rcpdesk.catalog.errors import BuildError, CatalogUnavailable, DataError, UnknownIdError
from rcpdesk.catalog.store import Catalog

__all__ = ["BuildError", "Catalog", "CatalogUnavailable", "DataError", "UnknownIdError"]
