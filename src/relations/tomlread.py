"""The one TOML reader: every file relations reads as TOML (data files, config.toml, the user's
file that `relations add` checks and appends to) goes through `loads` here, with the same parser.

tomli is preferred on every Python: its compiled wheels parse a large user dataset about three
times faster than the standard library's tomllib (benchmarks/README.md). tomllib is the fallback,
and both raise `TOMLDecodeError` with the same messages. This module is imported only where TOML
is read, never on the query path (the index answers queries).
"""

from __future__ import annotations

try:
    import tomli as _parser
except ModuleNotFoundError:  # pragma: no cover - tomli is a dependency; this is a safety net
    import tomllib as _parser  # type: ignore[no-redef]

loads = _parser.loads
TOMLDecodeError = _parser.TOMLDecodeError
PARSER = _parser.__name__  # "tomli" or "tomllib", for tests and `relations paths`-style reports

__all__ = ["PARSER", "TOMLDecodeError", "loads"]
