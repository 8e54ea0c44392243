"""The dataset layer: data files in, result objects out.

- `load`: TOML data files -> a checked `Dataset` (with every problem, file and line).
- `index`: opening the SQLite index, and knowing when it is stale (the data files' fingerprint).
- `build`: the index's schema, and building it (in parallel for large user data); loaded only to build.
- `store`: the queries (`Store.pair`, ...) -> result objects (`PairView`, ...).
- `search`: full-text search (`Store.search` calls it) -> `SearchResult`.
- `figures`: one structured reading of a pair's figures (`PairFigures`, made in `Store.pair`),
  and the row readers the partners reading shares.
- `partners`: the same row readers over every partner of one country, for one aspect.
- `maps`: the shipped map data (rasters and shapes), read lazily.
- `userfile`: appending the user's own facts to their TOML file, safely.
- `errata`: attaching the reviewed errata (data/errata.toml) to the facts and memberships they
  are notes on, in one place: TOML facts at build, table facts and shared memberships in `store`.

May import: the base modules (errors, records, names, model, paths, settings, tomlread,
tomltext, wording), `relations.dyadic`, and this layer. Never commands, render, run,
cli or fast; never Rich or Typer.
"""

from __future__ import annotations

# The SQLite module the index is read and written with (`from . import sqlite3` in this layer).
# `_sqlite3` is the C extension that the standard `sqlite3` package wraps: the same `connect`, the
# same classes and exceptions (`sqlite3.DatabaseError is _sqlite3.DatabaseError`). The package adds
# date and time adapters this project never uses, and importing them (`datetime`) costs about 1.5 ms
# of every run; so the extension is used directly where it is there, and the package otherwise. It
# is defined here, not in a module of its own, since every query imports this package anyway.
try:
    import _sqlite3 as sqlite3
except ImportError:  # pragma: no cover - an implementation without the extension module
    import sqlite3  # type: ignore[no-redef]

__all__ = ["sqlite3"]
