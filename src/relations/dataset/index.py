"""The SQLite index every query runs on, built from the TOML data and kept in the cache folder.

Loading TOML is slow next to a lookup, so the data is read once into SQLite (with an FTS5 table
for search) and reused until a data file changes. There are two index files:

- the *shipped* index, built from the data inside the package;
- when the user has data files, a *full* index: a copy of the shipped one with the user's entries
  added, so a change to the user's files never re-reads the shipped data.

Each file is written under a temporary name and renamed into place, so concurrent first runs both
succeed and a reader never sees half an index; a truncated or corrupt file is rebuilt. Where the
cache folder is not writable, the index is built in memory and a warning says so.
"""

from __future__ import annotations

import os

from ..paths import DataRoot, toml_file_stats, toml_files
from . import sqlite3

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    Progress = Callable[[int, int], None]

# Bump when the tables (dataset/build.py) change, so older index files are rebuilt rather than misread.
INDEX_FORMAT = 7
SHIPPED_INDEX = f"shipped-v{INDEX_FORMAT}.sqlite"
FULL_INDEX = f"full-v{INDEX_FORMAT}.sqlite"


def fingerprint(roots: Iterable[DataRoot]) -> str:
    """What the index was built from: every data file's path, size and modification time, and the
    index format, as one string (compared whole: no hash to import or to collide).

    Reading each file's content would cost as much as the index saves on a large user dataset;
    size and nanosecond mtime change whenever a file is written.
    """
    parts = [f"format {INDEX_FORMAT}"]
    for root, path, stat in toml_file_stats(roots, in_load_order=False):
        parts.append(f"{root.origin}\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return "\n".join(parts)


def open_index(
    roots: list[DataRoot],
    cache_dir: str | None,
    warn: Callable[[str], None],
    progress: Progress | None = None,
) -> sqlite3.Connection:
    """A connection to an up-to-date index of `roots`, building what is missing or stale."""
    shipped = [r for r in roots if r.origin == "shipped"]
    user = [r for r in roots if r.origin != "shipped"]
    warned: list[str] = []

    def warn_once(message: str) -> None:
        if not warned:
            warned.append(message)
            warn(message)

    shipped_fp = fingerprint(shipped)

    def build_shipped(connection: sqlite3.Connection) -> None:
        from .build import build_index
        from .load import load_dataset

        build_index(connection, load_dataset(shipped), shipped_fp, progress)

    if not toml_files(user):
        return _cached(cache_dir, SHIPPED_INDEX, shipped_fp, build_shipped, warn_once)

    full_fp = fingerprint(roots)

    def build_full(connection: sqlite3.Connection) -> None:
        base = _cached(cache_dir, SHIPPED_INDEX, shipped_fp, build_shipped, warn_once)
        try:
            base.backup(connection)
        finally:
            base.close()
        from .build import add_overlay

        add_overlay(connection, user, full_fp, progress)

    return _cached(cache_dir, FULL_INDEX, full_fp, build_full, warn_once)


def discard_index_files(cache_dir: str) -> None:
    """Remove the index files (they are rebuilt from the data on the next run)."""
    for name in (SHIPPED_INDEX, FULL_INDEX):
        try:
            os.unlink(os.path.join(cache_dir, name))
        except FileNotFoundError:
            pass


def _cached(
    cache_dir: str | None,
    name: str,
    want: str,
    build: Callable[[sqlite3.Connection], None],
    warn: Callable[[str], None],
) -> sqlite3.Connection:
    if cache_dir is not None:
        path = os.path.join(cache_dir, name)
        connection = _open_if_current(path, want)
        if connection is not None:
            return connection
        try:
            os.makedirs(cache_dir, exist_ok=True)
            _build_file(path, build)
            connection = _open_if_current(path, want)
            if connection is not None:
                return connection
            warn(f"the index at {path} could not be read back; working from memory")
        except (OSError, sqlite3.OperationalError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            warn(f"cannot write the index in {cache_dir} ({reason}); working from memory, which is slower")
    connection = sqlite3.connect(":memory:")
    build(connection)
    return connection


def _open_if_current(path: str, want: str) -> sqlite3.Connection | None:
    """Open the index at `path` if it is whole and built from the same data; None otherwise."""
    if not os.path.isfile(path):
        return None
    connection = None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows = dict(connection.execute("SELECT key, value FROM meta WHERE key IN ('fingerprint', 'complete')").fetchall())
    except sqlite3.DatabaseError:
        # A truncated or corrupted file: it is rebuilt.
        if connection is not None:
            connection.close()
        return None
    if rows.get("fingerprint") != want or rows.get("complete") != "1":
        connection.close()
        return None
    return connection


def _build_file(path: str, build: Callable[[sqlite3.Connection], None]) -> None:
    import tempfile  # only to build: it costs more to import than a query takes

    folder, name = os.path.split(path)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.splitext(name)[0]}-", suffix=".tmp")
    os.close(fd)
    try:
        connection = sqlite3.connect(tmp)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            build(connection)
        finally:
            connection.close()
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
