"""The notes schema's version names, apart from the migrations (which need sqlite-utils).

Opening a current database only reads these; sqlite-utils is imported when an upgrade is due.
"""

MIGRATION_SET = "rcpdesk-notes"

# The steps in order; a database that has applied a name not listed here is from a newer rcpdesk.
STEPS = ("m001_notes", "m002_colours_tags_trash", "m003_tombstones_review_history")
SCHEMA_VERSION = len(STEPS)
