"""JSON Schemas of the YAML source files in data/ (structure only; references are checked in validate.py)."""

from __future__ import annotations

from typing import Any

from rcpdesk.catalog.agreement import LEVELS

ID = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
DATE = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
TEXT = {"type": "string", "minLength": 1}
NAMES = {
    "type": "object",
    "required": ["en"],
    "properties": {"en": TEXT, "fr": TEXT, "es": TEXT},
    "additionalProperties": False,
}
SOURCE = {
    "type": "object",
    "required": ["id", "title"],
    "properties": {
        "id": ID,
        "title": TEXT,
        "publisher": {"type": ["string", "null"]},
        "url": {"type": ["string", "null"], "pattern": "^https?://"},
        "accessed": {"anyOf": [DATE, {"type": "null"}]},
        "note": {"type": ["string", "null"]},
    },
    "additionalProperties": False,
}


def fact(value_schema: dict[str, Any]) -> dict[str, Any]:
    """A fact: a value with sources and as-of date, or {status: unknown}; a sourced value may
    carry other sources' alternatives, each a sourced value of its own."""
    sourced = {
        "value": value_schema,
        "sources": {"type": "array", "items": ID},
        "as_of": DATE,
        "event": TEXT,
        "note": TEXT,
        "status": {"enum": ["unverified"]},
    }
    alternative = {"type": "object", "required": ["value"], "properties": sourced,
                   "additionalProperties": False}
    return {
        "type": "object",
        "oneOf": [
            {
                "required": ["status"],
                "properties": {"status": {"const": "unknown"}, "note": TEXT},
                "additionalProperties": False,
            },
            {
                "required": ["value"],
                "properties": {
                    **sourced,
                    "alternatives": {"type": "array", "items": alternative, "minItems": 1},
                    "shown_first_because": TEXT,
                },
                "additionalProperties": False,
            },
        ],
    }


YEAR = {"type": "integer", "minimum": 1900, "maximum": 2100}
TEXT_FACT = fact(TEXT)
LIST_FACT = fact({"type": "array", "items": TEXT})
CODES_FACT = fact({"type": "array", "items": {"type": "string"}})
YEAR_FACT = fact(YEAR)

# Countries sharing one role, span and source: each country is one membership entry.
MEMBERSHIP_GROUP = {
    "type": "object",
    "required": ["countries", "role", "from", "until", "sources", "as_of"],
    "properties": {
        "countries": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "role": {"enum": ["member", "observer"]},
        "from": {"oneOf": [YEAR, {"const": "unknown"}]},
        "until": {"oneOf": [YEAR, {"enum": ["still", "unknown"]}]},
        "sources": {"type": "array", "items": ID, "minItems": 1},
        "as_of": DATE,
        "status": {"enum": ["unverified"]},
        "note": TEXT,
    },
    "additionalProperties": False,
}

PROCESS = {
    "type": "object",
    "required": [
        "id", "acronym", "type", "region", "status", "attended_2005", "names", "established",
        "secretariat", "chair", "meeting_levels", "partners", "themes",
        "website", "dimensions",
    ],
    # the current lists come from `membership` (derived) or are given as facts, never both
    "oneOf": [{"required": ["membership"], "not": {"anyOf": [{"required": ["members"]}, {"required": ["observers"]}]}},
              {"required": ["members", "observers"], "not": {"required": ["membership"]}}],
    "properties": {
        "id": ID,
        "acronym": TEXT,
        "short_name": TEXT,
        "type": {"enum": ["rcp", "inter-regional-forum"]},  # IOM's current classification
        "type_in_report": {"enum": ["rcp", "inter-regional-forum"]},  # how the 2005 report listed it
        "region": ID,
        "status": {"enum": ["active", "dormant", "ended", "unknown"]},  # unknown: no source says
        "status_since": YEAR,  # dormant since / ended in
        "predecessor": ID,
        "successor": ID,
        "membership": {"type": "array", "items": MEMBERSHIP_GROUP},
        "members_note": TEXT,
        "observers_note": TEXT,
        "attended_2005": {"type": "boolean"},
        "name_in_report": {"type": ["string", "null"]},
        "names": {
            "type": "object",
            "required": ["en"],
            # ar, zh, ru: only where the process or IOM (or its UN partner) names it so, sourced
            "properties": {"en": TEXT_FACT, "fr": TEXT_FACT, "es": TEXT_FACT,
                           "ar": TEXT_FACT, "zh": TEXT_FACT, "ru": TEXT_FACT},
            "additionalProperties": False,
        },
        "other_names": {"type": "array", "items": TEXT},
        "established": YEAR_FACT,
        "secretariat": TEXT_FACT,
        "chair": TEXT_FACT,
        "meeting_levels": LIST_FACT,
        "members": CODES_FACT,
        "observers": CODES_FACT,
        "member_organizations": LIST_FACT,
        "partners": LIST_FACT,
        "themes": LIST_FACT,
        "website": TEXT_FACT,
        "dimensions": {"type": "object", "additionalProperties": TEXT_FACT},
        "sources": {"type": "array", "items": SOURCE},
        "note": TEXT,
    },
    "additionalProperties": False,
}

FINDING = {
    "type": "object",
    "required": ["text", "agreement", "dimensions"],
    "properties": {
        "text": TEXT,
        "agreement": {"enum": list(LEVELS)},
        "dimensions": {"type": "array", "items": ID},
        "note": TEXT,
    },
    "additionalProperties": False,
}

PARAGRAPH = {
    "type": "object",
    "required": ["number", "section", "text", "agreement", "dimensions", "processes"],
    "properties": {
        "number": {"type": "integer"},
        "section": ID,
        "heading": {"type": ["string", "null"]},
        "question": {"anyOf": [ID, {"type": "null"}]},
        "text": TEXT,
        "speakers": {"type": "array", "items": ID},
        "agreement": {"enum": list(LEVELS)},
        "dimensions": {"type": "array", "items": ID},
        "processes": {"type": "array", "items": ID},
        "organizations": {"type": "array", "items": ID},
        "footnotes": {"type": "array", "items": {"type": "integer"}},
        "findings": {"type": "array", "items": FINDING},
    },
    "additionalProperties": False,
}

EDITION = {
    "type": "object",
    "required": ["date", "title"],
    "properties": {"date": DATE, "title": TEXT},
    "additionalProperties": False,
}

REGIONS = {
    "type": "object",
    "required": ["regions", "coverage_gaps"],
    "properties": {
        "regions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "order", "names"],
                "properties": {
                    "id": ID,
                    "order": {"type": "integer"},
                    "name_in_report": {"type": ["string", "null"]},
                    "names": NAMES,
                },
                "additionalProperties": False,
            },
        },
        "coverage_gaps": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "names", "paragraphs"],
                "properties": {
                    "id": ID,
                    "names": NAMES,
                    "paragraphs": {"type": "array", "items": {"type": "integer"}},
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}

DIMENSIONS = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "order", "names", "description"],
        # A description in English only (a string), or in each language (like names).
        "properties": {"id": ID, "order": {"type": "integer"}, "names": NAMES,
                       "description": {"oneOf": [TEXT, NAMES]}},
        "additionalProperties": False,
    },
}

SOURCES = {"type": "array", "items": SOURCE}

COUNTRIES = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["code", "name"],
        "properties": {"code": {"type": "string", "pattern": "^[A-Z]{3}$"}, "name": TEXT, "note": TEXT},
        "additionalProperties": False,
    },
}

# Groups of countries the coverage views read (territories, the report's areas), each with the
# source of its list; basis: standard (as the source defines it), adapted (with the changes the
# source line names), own (this project's choice).
COUNTRY_GROUPS = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "description", "basis", "source", "countries"],
        "properties": {
            "id": ID,
            "description": TEXT,
            "basis": {"enum": ["standard", "adapted", "own"]},
            "source": TEXT,
            "url": {"type": "string", "pattern": "^https?://"},
            "countries": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        },
        "additionalProperties": False,
    },
}

PEOPLE = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": ID,
            "name": TEXT,
            "title": {"type": ["string", "null"]},
            "affiliation": {"anyOf": [ID, {"type": "null"}]},
            "role": {"type": ["string", "null"]},
        },
        "additionalProperties": False,
    },
}

ORGANIZATIONS = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "name", "kind"],
        "properties": {
            "id": ID,
            "acronym": {"type": ["string", "null"]},
            "name": TEXT,
            "name_in_report": {"type": ["string", "null"]},
            "kind": {"enum": ["international", "regional", "commission"]},
            "report_region": {"type": ["string", "null"]},
            "paragraphs": {"type": "array", "items": {"type": "integer"}},
            "note": {"type": ["string", "null"]},
        },
        "additionalProperties": False,
    },
}

SECTIONS = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "order", "title", "paragraphs"],
        "properties": {
            "id": ID,
            "order": {"type": "integer"},
            "title": TEXT,
            "paragraphs": {
                "type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2,
            },
            "introduced_by": {"type": "array", "items": ID},
        },
        "additionalProperties": True,  # sub-headings may be listed for reference
    },
}

QUESTIONS = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "kind", "text"],
        "properties": {
            "id": ID,
            "kind": {"enum": ["guiding", "overview", "future"]},
            "text": TEXT,
            "paragraph": {"type": ["integer", "null"]},
            "section": {"anyOf": [ID, {"type": "null"}]},
        },
        "additionalProperties": False,
    },
}

FOOTNOTES = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["number", "paragraph", "text"],
        "properties": {
            "number": {"type": "integer"},
            "paragraph": {"type": "integer"},
            "text": {"type": ["string", "null"]},  # null: the text is lost in the source scan
            "note": TEXT,
        },
        "additionalProperties": False,
    },
}

RECOMMENDATIONS = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "paragraph", "kind", "text"],
        "properties": {
            "id": ID,
            "paragraph": {"type": "integer"},
            "kind": {"enum": ["recommendation", "lesson"]},
            "by": {"type": "array", "items": ID},
            "text": TEXT,
            "note": TEXT,
        },
        "additionalProperties": False,
    },
}

PARAGRAPHS = {"type": "array", "items": PARAGRAPH}

FINDING_REF = {"type": "string", "pattern": r"^p[0-9]+/f[0-9]+$"}  # p20/f2: ¶20's second finding

RELEVANCE = {
    "type": "object",
    "required": ["rows"],
    "properties": {
        # comparison row id (a dimension or a profile fact) -> the findings that bear on it,
        # most relevant first; `starts` repeats the finding's opening words as a check
        "rows": {
            "type": "object",
            "propertyNames": ID,
            "additionalProperties": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["finding", "starts"],
                    "properties": {"finding": FINDING_REF, "starts": TEXT},
                    "additionalProperties": False,
                },
            },
        },
        # findings that need their paragraph to make sense, with the editor's words in brackets
        "glosses": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["finding", "text"],
                "properties": {"finding": FINDING_REF, "text": TEXT},
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}

# file (relative to data/) -> schema; processes/*.yaml use PROCESS.
FILES: dict[str, dict[str, Any]] = {
    "edition.yaml": EDITION,
    "sources.yaml": SOURCES,
    "countries.yaml": COUNTRIES,
    "country_groups.yaml": COUNTRY_GROUPS,
    "regions.yaml": REGIONS,
    "dimensions.yaml": DIMENSIONS,
    "organizations.yaml": ORGANIZATIONS,
    "people.yaml": PEOPLE,
    "report/sections.yaml": SECTIONS,
    "report/questions.yaml": QUESTIONS,
    "report/paragraphs.yaml": PARAGRAPHS,
    "report/footnotes.yaml": FOOTNOTES,
    "report/recommendations.yaml": RECOMMENDATIONS,
    "report/relevance.yaml": RELEVANCE,
}
