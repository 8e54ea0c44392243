"""The SQLite module the index is read and written with.

`_sqlite3` is the C extension that the standard `sqlite3` package wraps: the same `connect`, the
same classes and exceptions (`sqlite3.DatabaseError is _sqlite3.DatabaseError`). The package adds
date and time adapters this project never uses, and importing them (`datetime`) costs about 1.5 ms
of every run, about a twentieth of a whole answer; so the extension is used directly where it is
there, and the package otherwise.
"""

from __future__ import annotations

try:
    import _sqlite3 as sqlite3
except ImportError:  # pragma: no cover - an implementation without the extension module
    import sqlite3  # type: ignore[no-redef]

__all__ = ["sqlite3"]
