"""Moving a journal in and out: goodcry's own JSON (lossless), jrnl's JSON, Daylio's CSV, and CSV/Markdown.

A fixed registry of small modules (as jrnl's plugins are): the CLI picks one by name.
"""

from __future__ import annotations

IMPORT_FORMATS = ("goodcry-json", "jrnl-json", "daylio-csv")
EXPORT_FORMATS = ("json", "csv", "md")
