"""Load the YAML files of data/ and check their structure against the JSON Schemas."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from rcpdesk.catalog import schema
from rcpdesk.catalog.errors import DataError

# country_groups.yaml: without it the coverage views could not tell a territory from a gap
REQUIRED_FILES = ("edition.yaml", "regions.yaml", "dimensions.yaml", "country_groups.yaml")


@dataclass
class SourceData:
    """The raw content of data/, file by file, after the structural check."""

    root: Path
    files: dict[str, Any] = field(default_factory=dict)  # relative path -> parsed YAML
    processes: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # id -> (file, doc)
    content_hash: str = ""

    def get(self, name: str, default: Any = None) -> Any:
        value = self.files.get(name)
        return default if value is None else value


def _json_path(error: jsonschema.ValidationError) -> str:
    parts = []
    for part in error.absolute_path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or "(top level)"


_validators: dict[int, jsonschema.Draft202012Validator] = {}


def _schema_errors(relative: str, doc: Any, file_schema: dict[str, Any]) -> list[DataError]:
    validator = _validators.get(id(file_schema))
    if validator is None:  # one compiled validator per schema: processes share one
        validator = _validators[id(file_schema)] = jsonschema.Draft202012Validator(file_schema)
    errors = []
    for error in validator.iter_errors(doc):
        best = jsonschema.exceptions.best_match([error]) if error.context else error
        errors.append(DataError(relative, _json_path(best), best.message))
    return errors


# libyaml's C parser is ~10x faster than the pure-Python one; same safe subset of YAML.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path, relative: str, errors: list[DataError]) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        errors.append(DataError(relative, "", f"not valid YAML: {exc}"))
    except UnicodeDecodeError:
        errors.append(DataError(relative, "", "not UTF-8 text"))
    return None


def data_files(root: Path) -> list[Path]:
    """Every YAML file that goes into the database, in a stable order."""
    return sorted(p for p in root.rglob("*.yaml") if p.is_file())


def content_hash(root: Path) -> str:
    """SHA-256 over the relative paths and bytes of every data file: the edition's fingerprint."""
    digest = hashlib.sha256()
    for path in data_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def load(root: Path) -> tuple[SourceData, list[DataError]]:
    """Read and structurally validate data/; returns the data and every error found."""
    data = SourceData(root=root)
    errors: list[DataError] = []
    if not root.is_dir():
        return data, [DataError(str(root), "", "data folder not found")]
    for name in REQUIRED_FILES:
        if not (root / name).is_file():
            errors.append(DataError(name, "", "required file is missing"))
    for relative, file_schema in schema.FILES.items():
        path = root / relative
        if not path.is_file():
            continue
        doc = _load_yaml(path, relative, errors)
        if doc is None:
            continue
        file_errors = _schema_errors(relative, doc, file_schema)
        errors.extend(file_errors)
        if not file_errors:
            data.files[relative] = doc
    for path in sorted((root / "processes").glob("*.yaml")):
        relative = path.relative_to(root).as_posix()
        doc = _load_yaml(path, relative, errors)
        if doc is None:
            continue
        file_errors = _schema_errors(relative, doc, schema.PROCESS)
        errors.extend(file_errors)
        if file_errors:
            continue
        if doc["id"] != path.stem:
            errors.append(DataError(relative, "id", f"'{doc['id']}' does not match the file name"))
        if doc["id"] in data.processes:
            errors.append(DataError(relative, "id", f"duplicate id '{doc['id']}'"))
            continue
        data.processes[doc["id"]] = (relative, doc)
    known = set(schema.FILES) | {
        p.relative_to(root).as_posix() for p in (root / "processes").glob("*.yaml")
    }
    for path in data_files(root):
        relative = path.relative_to(root).as_posix()
        if relative not in known:
            errors.append(DataError(relative, "", "unexpected file (not part of the data model)"))
    data.content_hash = content_hash(root)
    return data, errors
