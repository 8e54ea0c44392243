"""The SQLite index every query runs on, built from the TOML data and kept in the cache folder.

Loading TOML is slow next to a lookup, so the data is read once into a SQLite file (with an FTS5
table for search) and reused until a data file changes. The file is written to a temporary name and
renamed into place, so concurrent first runs both succeed and a reader never sees half an index.
Where the cache folder is not writable, the index is built in memory and a warning says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from .loading import DataRoot, Dataset, load_dataset, toml_files
from .model import Fact

# Bump when the tables below change, so older index files are rebuilt rather than misread.
INDEX_FORMAT = 1
INDEX_NAME = f"index-v{INDEX_FORMAT}.sqlite"

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE topics (id TEXT PRIMARY KEY, position INTEGER NOT NULL, description TEXT NOT NULL);
CREATE TABLE parties (code TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
                      fact_count INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, code TEXT NOT NULL, rank INTEGER NOT NULL);
CREATE INDEX names_key ON names (key);
CREATE TABLE sources (id TEXT PRIMARY KEY, fact_count INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE facts (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, data TEXT NOT NULL);
CREATE TABLE fact_pairs (a TEXT NOT NULL, b TEXT NOT NULL, fact INTEGER NOT NULL, via TEXT NOT NULL);
CREATE INDEX fact_pairs_ab ON fact_pairs (a, b);
CREATE INDEX fact_pairs_b ON fact_pairs (b);
CREATE TABLE members (grp TEXT NOT NULL, party TEXT NOT NULL, status TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX members_party ON members (party);
CREATE INDEX members_grp ON members (grp);
CREATE VIRTUAL TABLE facts_fts USING fts5(
    text, extra, topic, parties, sources,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
"""


def fingerprint(roots: Iterable[DataRoot]) -> str:
    """A digest of every data file's path, size and modification time, and the index format.

    Reading each file's content would cost as much as the index saves on a large user dataset;
    size and nanosecond mtime change whenever a file is written.
    """
    digest = hashlib.sha256(f"format {INDEX_FORMAT}\n".encode())
    for root, path in toml_files(roots):
        stat = path.stat()
        digest.update(f"{root.origin}\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def open_index(
    roots: list[DataRoot],
    cache_dir: Path | None,
    warn: Callable[[str], None],
    progress: Callable[[int, int], None] | None = None,
) -> sqlite3.Connection:
    """A connection to an up-to-date index of `roots`, building it when needed."""
    want = fingerprint(roots)
    if cache_dir is not None:
        path = cache_dir / INDEX_NAME
        connection = _open_if_current(path, want)
        if connection is not None:
            return connection
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            _build_file(path, roots, want, progress)
            connection = _open_if_current(path, want)
            if connection is not None:
                return connection
            warn(f"the index at {path} could not be read back; using one in memory")
        except OSError as exc:
            warn(f"cannot write the index in {cache_dir} ({exc.strerror or exc}); working from memory, which is slower")
    connection = sqlite3.connect(":memory:")
    build_index(connection, load_dataset(roots), want, progress)
    return connection


def _open_if_current(path: Path, want: str) -> sqlite3.Connection | None:
    """Open the index at `path` if it is whole and built from the same data; None otherwise."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = connection.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        complete = connection.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone()
    except sqlite3.DatabaseError:
        # A truncated or corrupted file: it is rebuilt.
        return None
    if row is None or row[0] != want or complete is None:
        connection.close()
        return None
    return connection


def _build_file(path: Path, roots: list[DataRoot], want: str, progress: Callable[[int, int], None] | None) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".index-", suffix=".tmp")
    os.close(fd)
    try:
        connection = sqlite3.connect(tmp)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            build_index(connection, load_dataset(roots), want, progress)
        finally:
            connection.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build_index(
    connection: sqlite3.Connection,
    dataset: Dataset,
    want: str,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    connection.executescript(_TABLES)
    parties = dataset.parties
    with connection:
        for position, topic in enumerate(dataset.topics.values()):
            connection.execute("INSERT INTO topics VALUES (?, ?, ?)", (topic.id, position, topic.description))

        from .names import normalise

        for party in parties.values():
            keys = [(party.code, 0), (party.alpha3, 0), (party.name, 1), (party.official_name, 2)]
            keys += [(alias, 3) for alias in party.aliases]
            seen = set()
            for key, rank in keys:
                if key and normalise(key) and (normalise(key), party.code) not in seen:
                    seen.add((normalise(key), party.code))
                    connection.execute("INSERT INTO names VALUES (?, ?, ?)", (normalise(key), party.code, rank))

        members: dict[tuple[str, str], tuple[str, dict]] = {}
        for party in parties.values():
            for member in party.members:
                if member in parties:
                    members[(party.code, member)] = ("member", {"sources": list(party.sources)})
        for membership in dataset.memberships:
            key = (membership.group, membership.party)
            if key not in members or membership.status == "member":
                members[key] = (membership.status, {"sources": list(membership.sources), "locator": membership.locator})
        connection.executemany(
            "INSERT INTO members VALUES (?, ?, ?, ?)",
            [(grp, party, status, json.dumps(data)) for (grp, party), (status, data) in sorted(members.items())],
        )

        fact_counts: dict[str, int] = {}
        source_counts: dict[str, int] = {}
        total = len(dataset.facts)
        for number, fact in enumerate(dataset.facts.values(), start=1):
            cursor = connection.execute("INSERT INTO facts (id, data) VALUES (?, ?)", (fact.id, json.dumps(fact.to_dict(), ensure_ascii=False)))
            rowid = cursor.lastrowid
            for a, b, via in fact_pairs(fact, parties):
                connection.execute("INSERT INTO fact_pairs VALUES (?, ?, ?, ?)", (a, b, rowid, via))
            for code in set(fact.parties):
                fact_counts[code] = fact_counts.get(code, 0) + 1
            for source in fact.sources:
                source_counts[source] = source_counts.get(source, 0) + 1
            extra = " ".join([*(p["name"] for p in fact.places), *fact.people, (fact.kind or "").replace("_", " "), fact.note or ""])
            party_words = " ".join(_party_words(parties[code]) for code in fact.parties)
            source_words = " ".join(
                f"{s.title} {s.publisher or ''}" for s in (dataset.sources[i] for i in fact.sources)
            )
            connection.execute(
                "INSERT INTO facts_fts (rowid, text, extra, topic, parties, sources) VALUES (?, ?, ?, ?, ?, ?)",
                (rowid, fact.text, extra, fact.topic, party_words, source_words),
            )
            if progress is not None and (number % 5000 == 0 or number == total):
                progress(number, total)

        connection.executemany(
            "INSERT INTO parties VALUES (?, ?, ?, ?, ?)",
            [
                (p.code, p.kind, p.name, fact_counts.get(p.code, 0), json.dumps(p.to_dict(), ensure_ascii=False))
                for p in parties.values()
            ],
        )
        connection.executemany(
            "INSERT INTO sources VALUES (?, ?, ?)",
            [(s.id, source_counts.get(s.id, 0), json.dumps(s.to_dict(), ensure_ascii=False)) for s in dataset.sources.values()],
        )
        problems = [{"path": p.path, "line": p.line, "message": p.message} for p in dataset.problems]
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("fingerprint", want), ("problems", json.dumps(problems)), ("complete", "1")],
        )


def _party_words(party) -> str:  # type: ignore[no-untyped-def]
    return " ".join(filter(None, [party.code, party.name, party.alpha3, *party.aliases]))


def fact_pairs(fact: Fact, parties: dict) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    """The pairs a fact answers for directly: its own, and (for a country–group fact that names
    places) the country with each place's country. Pairs are stored in sorted order."""
    a, b = sorted(fact.parties)
    pairs = [(a, b, "parties")]
    kinds = {code: parties[code].kind for code in fact.parties}
    countries = [c for c in fact.parties if kinds[c] != "group"]
    if len(countries) == 1 and len(kinds) == 2:
        country = countries[0]
        for place in fact.places:
            other = place.get("country")
            if other and other != country and other not in fact.parties:
                x, y = sorted((country, other))
                if (x, y, "place") not in pairs:
                    pairs.append((x, y, "place"))
    return pairs
