"""The JSON Schema an .rcpnotes file must meet before any of it is read (W3C Web Annotation shape)."""

from __future__ import annotations

from typing import Any

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
RCPDESK_PREFIX = "rcpdesk"
RCPDESK_NAMESPACE = "urn:rcpdesk:vocab:"
FORMAT_VERSION = 1
MAX_OFFSET = 10_000_000  # characters into a paragraph; far beyond the longest

_TIME = {"type": "string", "minLength": 10, "maxLength": 40}
_SHORT = {"type": "string", "maxLength": 1000}
_URN_UUID = {"type": "string", "pattern": "^urn:uuid:[0-9a-fA-F-]{36}$"}

_BODY = {
    "type": "object",
    "required": ["type", "value"],
    "properties": {
        "type": {"const": "TextualBody"},
        "value": {"type": "string", "maxLength": 200_000},
        "format": {"type": "string", "maxLength": 100},
        "purpose": {"enum": ["commenting", "describing", "tagging", "highlighting"]},
        "rcpdesk:colour": {"type": "string", "maxLength": 100},
        "rcpdesk:hex": {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$"},
    },
}

_SELECTOR = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": {"enum": ["TextQuoteSelector", "TextPositionSelector"]},
        "exact": {"type": "string", "maxLength": 20_000},
        "prefix": {"type": "string", "maxLength": 1000},
        "suffix": {"type": "string", "maxLength": 1000},
        # Offsets into one paragraph, bounded: a number past SQLite's 64-bit integers stopped an
        # import with a traceback.
        "start": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
        "end": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
    },
}

_TARGET = {
    "type": "object",
    "required": ["source", "rcpdesk:kind", "rcpdesk:targetId"],
    "properties": {
        "source": _SHORT,
        "rcpdesk:kind": {"enum": ["process", "paragraph", "passage", "dimension", "cell"]},
        "rcpdesk:targetId": {"type": "string", "minLength": 1, "maxLength": 200},
        "selector": {"type": "array", "items": _SELECTOR, "maxItems": 4},
    },
}

_ANNOTATION = {
    "type": "object",
    "required": ["id", "type", "target", "created", "modified"],
    "properties": {
        "id": _URN_UUID,
        "type": {"const": "Annotation"},
        "motivation": {"type": "string"},
        "body": {"type": "array", "items": _BODY, "maxItems": 60},
        "target": _TARGET,
        "creator": {
            "type": "object",
            "properties": {"name": _SHORT, "type": {"type": "string"}},
        },
        "created": _TIME,
        "modified": _TIME,
        "rcpdesk:history": {"type": "array", "items": _TIME, "maxItems": 1000},
        "rcpdesk:conflictOf": _URN_UUID,
    },
}

_TOMBSTONE = {
    "type": "object",
    "required": ["id", "rcpdesk:deleted"],
    "properties": {"id": _URN_UUID, "rcpdesk:deleted": _TIME, "rcpdesk:version": _TIME},
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["@context", "type", "rcpdesk:formatVersion", "first"],
    "properties": {
        "@context": {
            "anyOf": [
                {"const": ANNO_CONTEXT},
                {"type": "array", "contains": {"const": ANNO_CONTEXT}},
            ],
        },
        "type": {"const": "AnnotationCollection"},
        "rcpdesk:formatVersion": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
        "rcpdesk:edition": {"type": ["string", "null"], "maxLength": 100},
        "first": {
            "type": "object",
            "required": ["type", "items"],
            "properties": {
                "type": {"const": "AnnotationPage"},
                "items": {"type": "array", "items": _ANNOTATION},
            },
        },
        "rcpdesk:tombstones": {"type": "array", "items": _TOMBSTONE},
    },
}
