"""Row formats for scripts and reports: JSON Lines, CSV and markdown tables, and --fields.

A command's rows are flat-ish dicts (one per fact, or per entry); see docs/json.md for each
command's fields. Standard library only.
"""

from __future__ import annotations

import io
import json

from ..errors import UsageError
from .labels import safe

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

LIST_SEPARATOR = "; "


def check_fields(wanted: Iterable[str], valid: tuple[str, ...]) -> None:
    unknown = [f for f in wanted if f not in valid]
    if unknown:
        raise UsageError(
            f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(repr(f) for f in unknown)}; "
            f"the fields are: {','.join(valid)}"
        )


def narrow(row: dict[str, Any], fields: tuple[str, ...] | None) -> dict[str, Any]:
    if fields is None:
        return row
    return {name: row.get(name) for name in fields}


def narrow_document(document: dict[str, Any], lists: tuple[str, ...], fields: tuple[str, ...] | None) -> dict[str, Any]:
    """The document with each of its row lists narrowed to `fields`, which it then names."""
    if fields is None:
        return document
    narrowed = dict(document)
    for key in lists:
        if key in narrowed:
            narrowed[key] = [narrow(row, fields) for row in narrowed[key]]
    narrowed["fields"] = list(fields)
    return narrowed


def jsonl(rows: list[dict[str, Any]], fields: tuple[str, ...] | None) -> str:
    return "".join(json.dumps(narrow(row, fields), ensure_ascii=False) + "\n" for row in rows)


def csv_value(name: str, value: Any) -> str:
    """A row value as one CSV cell: lists of plain values joined with "; ", other lists and
    objects as compact JSON, None as an empty cell, numbers as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else ""
    return str(value)


def csv_text(rows: list[dict[str, Any]], fields: tuple[str, ...], value: Callable[[str, Any], str] | None = None) -> str:
    """A header row naming `fields`, then one row per item (RFC 4180 quoting, \\r\\n line ends)."""
    cell = value or csv_value
    import csv  # only for --format csv

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(fields)
    for row in rows:
        writer.writerow([cell(name, row.get(name)) for name in fields])
    return out.getvalue()


def markdown_cell(text: str) -> str:
    return safe(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>")


def markdown_table(rows: list[dict[str, Any]], fields: tuple[str, ...], value: Callable[[str, Any], str] | None = None) -> str:
    cell = value or csv_value
    lines = ["| " + " | ".join(fields) + " |", "|" + "|".join("---" for _ in fields) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(markdown_cell(cell(name, row.get(name))) for name in fields) + " |")
    return "\n".join(lines) + "\n"
