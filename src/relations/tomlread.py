"""The one TOML reader: every file relations reads as TOML (data files, config.toml, the user's
file that `relations add` checks and appends to) goes through `loads` here, with the same parser.

tomli is preferred on every Python: its compiled wheels parse a large user dataset about three
times faster than the standard library's tomllib (benchmarks/README.md). tomllib is the fallback,
and both raise `TOMLDecodeError` with the same messages. This module is imported only where TOML
is read, never on the query path (the index answers queries).

A large user dataset is mostly files of `[[fact]]` tables whose values are plain strings and
lists of them, one a line. `loads` reads such a text itself (`_plain_tables`, about twice as fast
as tomli), and gives anything else, valid or not, to the parser: the answer is the parser's own.
"""

from __future__ import annotations

import re

try:
    import tomli as _parser
except ModuleNotFoundError:  # pragma: no cover - tomli is a dependency; this is a safety net
    import tomllib as _parser  # type: ignore[no-redef]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

TOMLDecodeError = _parser.TOMLDecodeError
PARSER = _parser.__name__  # "tomli" or "tomllib", for tests and `relations paths`-style reports

__all__ = ["PARSER", "TOMLDecodeError", "loads"]


def loads(text: str) -> dict[str, Any]:
    """The TOML document in `text` (TOMLDecodeError if it is not valid TOML). A byte-order mark at
    the start (what Windows Notepad writes before UTF-8 text) is not part of the document: it is
    read past, as most TOML readers do, rather than refusing the user's whole file."""
    if text.startswith("\ufeff"):
        text = text[1:]
    doc = _plain_tables(text)
    if doc is not None:
        return doc
    try:
        return _parser.loads(text)
    except RecursionError:  # arrays or inline tables nested hundreds deep: the parser gives up
        raise _decode_error("arrays or inline tables are nested too deeply to read") from None


def _decode_error(message: str) -> Exception:
    """A TOMLDecodeError of ours, for what the parser refuses with another exception. tomli 2.1+
    (and Python 3.14's tomllib) deprecate making one from a message alone; it still works."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return TOMLDecodeError(message)


# What `_plain_tables` reads, a line at a time: an empty line, a comment, a `[[name]]` header, or
# `key = "string"` or `key = ["string", "string"]` (strings without escapes), with spaces or tabs
# around. Control characters (but tab and newline), a backslash or a carriage return anywhere
# leave the text to the parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\\]")
_LINE = re.compile(
    r'^[ \t]*(?:'
    r'\[\[([A-Za-z0-9_-]+)\]\]'
    r'|([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"([^"\\\n]*)"|\[((?:"[^"\\\n]*"(?:, "[^"\\\n]*")*)?)\])'
    r'|#[^\n]*'
    r')?[ \t]*(?:\n|\Z)',
    re.MULTILINE,
)
_ITEM = re.compile(r'"([^"\n]*)"')


def _plain_tables(text: str) -> dict[str, Any] | None:
    """The document, if `text` is only arrays of tables of plain strings and lists of them, as
    above (and valid: no key twice in a table, none outside one); None for anything else."""
    if _CONTROL.search(text):
        return None
    doc: dict[str, list[dict[str, Any]]] = {}
    table: dict[str, Any] | None = None
    end = 0
    for match in _LINE.finditer(text):
        if match.start() != end:
            return None
        end = match.end()
        header, key, string, strings = match.groups()
        if key is not None:
            if table is None or key in table:
                return None
            table[key] = string if string is not None else _ITEM.findall(strings)
        elif header is not None:
            table = {}
            doc.setdefault(header, []).append(table)
        if end == len(text):
            break
    return doc if end == len(text) else None
