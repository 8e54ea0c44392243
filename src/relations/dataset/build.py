"""Building the index: the SQLite schema, and the data files' parties, sources, facts and
memberships written into it (`build_index` for the shipped data, `add_overlay` for the user's on a
copy of it). `dataset.index` opens the index and calls here only when a file is missing or stale:
a query never loads this module.
"""

from __future__ import annotations

import json
import os

from .. import processes
from ..errors import DataError
from ..model import Fact, Party, Source, Topic
from ..names import normalise
from ..paths import DataRoot, toml_files
from . import sqlite3

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    Progress = Callable[[int, int], None]
    from typing import Any  # load (and the TOML parser) is imported only to build an index

    from .load import Dataset, Known

# A change to these tables needs INDEX_FORMAT (dataset.index) bumped: older files are then rebuilt.
_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE topics (id TEXT PRIMARY KEY, position INTEGER NOT NULL, description TEXT NOT NULL);
CREATE TABLE parties (code TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
                      fact_count INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
-- Covering indexes: `show` asks for groups with facts and for groups' names, and reading them
-- from the index skips the rows' JSON.
CREATE INDEX parties_kind ON parties (kind, fact_count, code);
CREATE INDEX parties_refs ON parties (code, kind, name);
CREATE TABLE successions (successor TEXT NOT NULL, predecessor TEXT NOT NULL);
CREATE INDEX successions_successor ON successions (successor);
CREATE TABLE names (key TEXT NOT NULL, code TEXT NOT NULL, rank INTEGER NOT NULL);
CREATE INDEX names_key ON names (key);
CREATE TABLE sources (id TEXT PRIMARY KEY, fact_count INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL);
CREATE TABLE facts (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, data TEXT NOT NULL);
CREATE TABLE fact_pairs (a TEXT NOT NULL, b TEXT NOT NULL, fact INTEGER NOT NULL, via TEXT NOT NULL);
{pair_indexes}
CREATE TABLE members (grp TEXT NOT NULL, party TEXT NOT NULL, status TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX members_party ON members (party, grp, status);
CREATE INDEX members_grp ON members (grp);
CREATE TABLE set_aside (fact_id TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, status TEXT NOT NULL,
                        by TEXT, reason TEXT, path TEXT);
CREATE INDEX set_aside_ab ON set_aside (a, b);
CREATE TABLE series (id TEXT PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX series_ab ON series (a, b);
-- Reviewed notes on sources' values (data/errata.toml), by what they are about: `fact:<id>` or
-- `membership:<party>:<group>` (relations.dataset.errata).
CREATE TABLE errata (target TEXT NOT NULL, data TEXT NOT NULL);
CREATE VIRTUAL TABLE facts_fts USING fts5(
    text, extra, topic, parties, sources,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- Terms are gathered in memory up to 16 MB (FTS5's default is 1 MB) before a segment is written:
-- fewer segments to merge makes a large build about a fifth faster.
INSERT INTO facts_fts (facts_fts, rank) VALUES ('hashsize', 16777216);
"""
# Dropped while a large user dataset is inserted and made again after: sorting once is quicker.
_PAIR_INDEXES = "CREATE INDEX fact_pairs_ab ON fact_pairs (a, b); CREATE INDEX fact_pairs_b ON fact_pairs (b)"
_TABLES = _TABLES.format(pair_indexes=_PAIR_INDEXES + ";")


def build_index(connection: sqlite3.Connection, dataset: Dataset, want: str, progress: Progress | None = None) -> None:
    """Write `dataset` into an empty database as a complete index."""
    connection.executescript(_TABLES)
    with connection:
        _insert(connection, dataset, progress)
        _finish(connection, dataset, want, [])


# User data above this size is parsed by worker processes (one per core), since parsing dominates.
PARALLEL_BYTES = 16 * 1024 * 1024
# A file that names any of these tables anywhere is read by the main process (a search for the six
# at once: the file is scanned once, not six times).
_DEFINITION_TABLES = rb"\[\[(?:party|source|topic|membership|retraction|series)\]\]"


def add_overlay(connection: sqlite3.Connection, roots: list[DataRoot], want: str, progress: Progress | None = None) -> None:
    """Add the user's data in `roots` to a copy of the shipped index."""
    from .load import load_dataset

    known = known_entries(connection)
    files = [path for _, path in toml_files(roots)]
    size = sum(os.path.getsize(path) for path in files)
    workers = processes.worker_count("RELATIONS_WORKERS", forked_only=False)
    previous = json.loads(connection.execute("SELECT value FROM meta WHERE key = 'problems'").fetchone()[0])
    with connection:
        connection.execute("DELETE FROM meta WHERE key IN ('fingerprint', 'complete', 'problems', 'summary')")
        corrections: list[list] = []  # made by facts that worker processes read
        if size < PARALLEL_BYTES or workers < 2:
            dataset = load_dataset(roots, known)
            _insert_definitions(connection, dataset)
            _insert_fact_rows(connection, fact_rows(dataset.facts.values(), dataset), progress)
        else:
            connection.execute("DROP INDEX fact_pairs_ab")
            connection.execute("DROP INDEX fact_pairs_b")
            dataset, corrections = _load_in_parallel(connection, roots, files, known, workers, progress)
            for statement in _PAIR_INDEXES.split(";"):
                connection.execute(statement)
        _set_aside(connection, dataset, corrections)
        _finish(connection, dataset, want, previous)


def _load_in_parallel(
    connection: sqlite3.Connection, roots: list[DataRoot], files: list[str], known: Known, workers: int,
    progress: Progress | None,
) -> tuple[Dataset, list[list]]:
    """Files that define parties, sources, topics, memberships or retractions are read here first;
    files of facts alone are read by worker processes, whose rows are inserted here as they come,
    while the workers go on reading. Problems found on the way are added to the dataset returned;
    the corrections made by the workers' facts (corrected id, id, note, path) are returned beside it."""
    import re
    from collections import deque
    from itertools import islice

    from .load import Known, duplicate_fact_line, load_dataset

    defines = re.compile(_DEFINITION_TABLES).search
    origin = {path: root for root, path in toml_files(roots)}
    definitions, fact_files = [], []
    for path in files:
        with open(path, "rb") as handle:
            data = handle.read()
        (definitions if defines(data) else fact_files).append(path)
    dataset = load_dataset([DataRoot(p, origin[p].origin) for p in definitions], known)
    _insert_definitions(connection, dataset)
    seen = set(known.fact_ids) | set(dataset.facts)
    first_rows = fact_rows(dataset.facts.values(), dataset)
    _insert_fact_rows(connection, first_rows, None)
    conflicts = [(ident, others, path) for _, ident, others, path in first_rows.conflicts]
    corrections: list[list] = []  # of the workers' facts (the dataset's own are in the dataset)
    extended = Known(
        topics={**known.topics, **dataset.topics},
        parties={**known.parties, **dataset.parties},
        sources={**known.sources, **dataset.sources},
        fact_ids=set(known.fact_ids),
        series_ids=set(known.series_ids),
    )
    problems = dataset.problems
    texts: dict[str, str] = {}
    jobs = [(p, origin[p].origin) for p in fact_files]
    done = 0
    # Forked where safe; spawned where not (another thread running, not Linux): a build is long
    # enough for fresh interpreters to pay.
    with processes.forked_pool(workers, _worker_init, (extended,), spawn_otherwise=True) as pool:  # type: ignore[union-attr]
        # A few files ahead, not all: the workers read faster than rows are inserted here, and
        # the rows of files read ahead wait in memory.
        waiting = deque(pool.submit(_worker_facts, job) for job in jobs[:2 * workers])
        ahead = iter(jobs[2 * workers:])
        while waiting:
            rows, file_problems = waiting.popleft().result()
            for job in islice(ahead, 1):
                waiting.append(pool.submit(_worker_facts, job))
            problems += [DataError(*p) for p in file_problems]
            if not seen.isdisjoint(rows.ids):
                kept = []
                for n, ident in enumerate(rows.ids):
                    if ident in seen:
                        path = rows.path
                        if path not in texts:  # read again only for the line of a duplicate
                            with open(path, encoding="utf-8") as handle:
                                texts[path] = handle.read()
                        line = duplicate_fact_line(texts[path], ident)
                        problems.append(DataError(path, line, f"duplicate fact id {ident!r}: the first one is kept"))
                    else:
                        seen.add(ident)
                        kept.append(n)
                rows = rows.only(kept)
            seen.update(rows.ids)
            conflicts += [(ident, others, path) for _, ident, others, path in rows.conflicts]
            corrections += [rest for _, *rest in rows.corrections]
            _insert_fact_rows(connection, rows, None)
            done += 1
            if progress is not None:
                progress(done, len(jobs))
    for ident, others, path in conflicts:
        for other in others:
            if other not in seen:
                problems.append(DataError(path, None, f"fact {ident!r}: conflicts_with names unknown fact {other!r}", kept=True))
    return dataset, corrections


_WORKER_KNOWN: list[Known] = []


def _worker_init(known: Known) -> None:
    _WORKER_KNOWN[:] = [known]


def _worker_facts(job: tuple[str, str]) -> tuple[FactRows, list[tuple[str, int | None, str]]]:
    from .load import load_dataset

    path, origin = job
    dataset = load_dataset([DataRoot(path, origin)], _WORKER_KNOWN[0], check_conflicts=False)
    rows = fact_rows(dataset.facts.values(), dataset)
    rows.path = str(dataset.files[0]) if dataset.files else path
    return rows, [(p.path, p.line, p.message) for p in dataset.problems]


def known_entries(connection: sqlite3.Connection) -> Known:
    from ..model import party_from_dict, source_from_dict
    from .load import Known

    return Known(
        topics={i: Topic(i, d) for i, d in connection.execute("SELECT id, description FROM topics")},
        parties={c: party_from_dict(json.loads(d)) for c, d in connection.execute("SELECT code, data FROM parties")},
        sources={i: source_from_dict(json.loads(d)) for i, d in connection.execute("SELECT id, data FROM sources")},
        fact_ids={i for (i,) in connection.execute("SELECT id FROM facts")},
        series_ids={i for (i,) in connection.execute("SELECT id FROM series")},
    )


class FactRows:
    """Facts ready to insert, column by column: a worker sends one of these a file, and columns of
    strings cost less to pickle, and to hand to `executemany`, than a tuple a fact.

    `ids`, `data` (the stored JSON), the five full-text columns (`text`, `extra`, `topic`, `parties`,
    `sources`), `cites` (each fact's source ids), `pairs` as (a, b, position of the fact in these
    rows, via), `cited` (source id -> facts citing it, counted once), `conflicts` as (position, id,
    conflicts_with, path) of the facts that name any, and `path`: the file they all come from,
    when they come from one (a worker's)."""

    __slots__ = ("ids", "data", "text", "extra", "topic", "parties", "sources", "cites", "pairs", "cited", "conflicts",
                 "corrections", "path")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.data: list[str] = []
        self.text: list[str] = []
        self.extra: list[str] = []
        self.topic: list[str] = []
        self.parties: list[str] = []
        self.sources: list[str] = []
        self.cites: list[tuple[str, ...]] = []
        self.pairs: list[tuple[str, str, int, str]] = []
        self.cited: dict[str, int] = {}
        self.conflicts: list[tuple[int, str, tuple[str, ...], str]] = []
        self.corrections: list[tuple[int, str, str, str | None, str | None]] = []
        self.path = ""

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self.__slots__, state):
            setattr(self, name, value)

    def __len__(self) -> int:
        return len(self.ids)

    def only(self, kept: Iterable[int]) -> FactRows:
        """The rows at the positions `kept` (in order), numbered from 0."""
        rows = FactRows()
        position = {old: new for new, old in enumerate(kept)}
        for name in ("ids", "data", "text", "extra", "topic", "parties", "sources", "cites"):
            column = getattr(self, name)
            setattr(rows, name, [column[n] for n in position])
        rows.pairs = [(a, b, position[n], via) for a, b, n, via in self.pairs if n in position]
        rows.conflicts = [(position[n], *rest) for n, *rest in self.conflicts if n in position]  # type: ignore[misc]
        rows.corrections = [(position[n], *rest) for n, *rest in self.corrections if n in position]  # type: ignore[misc]
        for sources in rows.cites:
            for source in sources:
                rows.cited[source] = rows.cited.get(source, 0) + 1
        rows.path = self.path
        return rows


def fact_rows(facts: Iterable[Fact], dataset: Dataset) -> FactRows:
    """The rows of `facts`, in order. The words of a pair of parties and of a list of sources are
    the same for every fact that names them, so each is made once."""
    rows = FactRows()
    party_words: dict[tuple[str, ...], str] = {}
    source_words: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = {}
    cited = rows.cited
    for n, fact in enumerate(facts):
        rows.ids.append(fact.id)
        rows.data.append(_fact_json(fact))
        rows.text.append(fact.text)
        rows.extra.append(_extra_words(fact))
        rows.topic.append(fact.topic)
        words = party_words.get(fact.parties)
        if words is None:
            words = party_words[fact.parties] = _party_words(fact, dataset)
        rows.parties.append(words)
        sources = fact.sources
        known = source_words.get(sources)
        if known is None:
            known = source_words[sources] = (sources, _source_words(fact, dataset))
        rows.cites.append(known[0])  # one tuple for all facts citing the same: pickled once
        rows.sources.append(known[1])
        for source in sources:
            cited[source] = cited.get(source, 0) + 1
        rows.pairs += [(a, b, n, via) for a, b, via in fact_pairs(fact, dataset.party)]
        if fact.conflicts_with:
            rows.conflicts.append((n, fact.id, fact.conflicts_with, fact.path or ""))
        if fact.corrects:
            rows.corrections.append((n, fact.corrects, fact.id, fact.note, fact.path))
    return rows


def _stored(fact: Fact) -> dict[str, Any]:
    """What the index keeps of a fact: the keys that are set (Fact.from_dict fills in the rest)."""
    data: dict[str, Any] = {"id": fact.id, "parties": fact.parties, "topic": fact.topic, "text": fact.text, "sources": fact.sources}
    for key in ("kind", "locator", "note", "corrects"):
        value = getattr(fact, key)
        if value:
            data[key] = value
    if fact.date:
        data["date"] = fact.date.value
    for key in ("values", "places", "people", "conflicts_with"):
        value = getattr(fact, key)
        if value:
            data[key] = value
    if fact.errata:
        data["errata"] = [e.to_dict() for e in fact.errata]
    if fact.origin != "shipped":
        data["origin"] = fact.origin
        data["path"] = fact.path
    return data


def _fact_json(fact: Fact) -> str:
    """`_dumps(_stored(fact))`, written directly for a fact of the common keys only (all strings;
    nearly every fact of a large user dataset), which takes a third of the time."""
    if (fact.kind or fact.locator or fact.note or fact.corrects or fact.values or fact.places or fact.people
            or fact.conflicts_with or fact.errata):
        return _dumps(_stored(fact))
    a, b = fact.parties
    text = (
        f'{{"id": {_string(fact.id)}, "parties": [{_string(a)}, {_string(b)}], "topic": {_string(fact.topic)}, '
        f'"text": {_string(fact.text)}, "sources": [{", ".join(map(_string, fact.sources))}]'
    )
    if fact.date:
        text += f', "date": {_string(fact.date.value)}'
    if fact.origin != "shipped":
        path = _string(fact.path) if fact.path is not None else "null"
        text += f', "origin": {_string(fact.origin)}, "path": {path}'
    return text + "}"


def _insert(connection: sqlite3.Connection, dataset: Dataset, progress: Progress | None) -> None:
    from .errata import attach, by_target

    _insert_definitions(connection, dataset)
    # The errata of the TOML facts go into their stored form: every reader of the index gets them.
    errata = by_target((entry.target, entry.erratum) for entry in dataset.errata)
    facts = [attach(fact, errata) for fact in dataset.facts.values()] if errata else dataset.facts.values()
    _insert_fact_rows(connection, fact_rows(facts, dataset), progress)


def _insert_definitions(connection: sqlite3.Connection, dataset: Dataset) -> None:
    start = connection.execute("SELECT count(*) FROM topics").fetchone()[0]
    connection.executemany(
        "INSERT INTO topics VALUES (?, ?, ?)",
        [(t.id, start + n, t.description) for n, t in enumerate(dataset.topics.values())],
    )
    for party in dataset.parties.values():
        connection.execute(
            "INSERT INTO parties (code, kind, name, data) VALUES (?, ?, ?, ?)",
            (party.code, party.kind, party.name, _dumps(party.to_dict() | {"origin": party.origin})),
        )
        connection.executemany("INSERT INTO names VALUES (?, ?, ?)", _name_rows(party))
        connection.executemany("INSERT INTO successions VALUES (?, ?)", [(code, party.code) for code in party.successors])
    connection.executemany(
        "INSERT INTO sources (id, data) VALUES (?, ?)",
        [(s.id, _dumps(s.to_dict())) for s in dataset.sources.values()],
    )
    connection.executemany("INSERT INTO members VALUES (?, ?, ?, ?)", _member_rows(dataset))
    connection.executemany("INSERT INTO series VALUES (?, ?, ?, ?)", [
        (s.id, *sorted(s.parties), _dumps(s.to_dict())) for s in dataset.series.values()
    ])
    connection.executemany("INSERT INTO errata VALUES (?, ?)", [
        (entry.target, _dumps(entry.erratum.to_dict())) for entry in dataset.errata
    ])


def _insert_fact_rows(connection: sqlite3.Connection, rows: FactRows, progress: Progress | None) -> None:
    """Insert `rows` after the facts already there, in batches of 10,000 when there is progress to
    report (a worker's rows, one file of them, go in at once)."""
    total = len(rows)
    batch = 10000 if progress is not None and total > 10000 else max(total, 1)
    for begin in range(0, total, batch):
        chunk = rows if batch >= total else rows.only(range(begin, min(begin + batch, total)))
        first = (connection.execute("SELECT max(rowid) FROM facts").fetchone()[0] or 0) + 1
        numbers = range(first, first + len(chunk))
        connection.executemany("INSERT INTO facts (rowid, id, data) VALUES (?, ?, ?)", zip(numbers, chunk.ids, chunk.data))
        connection.executemany("UPDATE sources SET fact_count = fact_count + ? WHERE id = ?", [(n, s) for s, n in chunk.cited.items()])
        # Each pair names its fact by position in the chunk: SQLite adds the first rowid.
        connection.executemany(f"INSERT INTO fact_pairs VALUES (?, ?, ? + {first:d}, ?)", chunk.pairs)
        connection.executemany(
            "INSERT INTO facts_fts (rowid, text, extra, topic, parties, sources) VALUES (?, ?, ?, ?, ?, ?)",
            zip(numbers, chunk.text, chunk.extra, chunk.topic, chunk.parties, chunk.sources),
        )
        if progress is not None:
            progress(begin + len(chunk), total)


def _set_aside(connection: sqlite3.Connection, dataset: Dataset,
               corrections: list[list] | None = None) -> None:
    """Take corrected and retracted facts out of answers and search, recording who set them aside.
    `corrections`: (corrected id, id, note, path) of correcting facts not in `dataset` (those that
    worker processes read)."""
    aside: list[tuple[str, str, str | None, str | None, str | None]] = []
    for fact in dataset.facts.values():
        if fact.corrects:
            aside.append((fact.corrects, "corrected", fact.id, fact.note, fact.path))
    for corrects, ident, note, path in corrections or []:
        aside.append((corrects, "corrected", ident, note, path))
    for retraction in dataset.retractions:
        aside.append((retraction.id, "retracted", None, retraction.reason, retraction.path))
    for fact_id, status, by, reason, path in aside:
        row = connection.execute("SELECT rowid, data FROM facts WHERE id = ?", (fact_id,)).fetchone()
        if row is None:
            continue
        rowid, data = row
        stored = json.loads(data)
        a, b = sorted(stored["parties"])
        first = connection.execute("SELECT 1 FROM set_aside WHERE fact_id = ?", (fact_id,)).fetchone() is None
        connection.execute("INSERT INTO set_aside VALUES (?, ?, ?, ?, ?, ?, ?)", (fact_id, a, b, status, by, reason, path))
        if first:
            connection.execute("DELETE FROM fact_pairs WHERE fact = ?", (rowid,))
            connection.execute("DELETE FROM facts_fts WHERE rowid = ?", (rowid,))
            connection.executemany("UPDATE sources SET fact_count = fact_count - 1 WHERE id = ?", [(s,) for s in stored["sources"]])


def _finish(connection: sqlite3.Connection, dataset: Dataset, want: str, previous: list[dict[str, Any]]) -> None:
    connection.execute(
        "UPDATE parties SET fact_count = (SELECT count(*) FROM fact_pairs "
        "WHERE via = 'parties' AND (a = parties.code OR b = parties.code))"
    )
    problems = previous + [
        {"path": p.path, "line": p.line, "message": p.message, **({"kept": True} if p.kept else {})} for p in dataset.problems
    ]
    # What every query of a store reads first, in one record it reads with the problems: the topics
    # in order, the groups that are a party to a fact, whether any series or set-aside rows exist.
    summary = {
        "topics": connection.execute("SELECT id, description FROM topics ORDER BY position").fetchall(),
        "groups_with_facts": [code for (code,) in connection.execute(
            "SELECT code FROM parties WHERE kind = 'group' AND fact_count > 0 ORDER BY code")],
        "series": bool(connection.execute("SELECT EXISTS (SELECT 1 FROM series)").fetchone()[0]),
        "set_aside": bool(connection.execute("SELECT EXISTS (SELECT 1 FROM set_aside)").fetchone()[0]),
        # the errata (a handful), so that a store has them without a query of its own
        "errata": [[target, json.loads(data)] for target, data in connection.execute("SELECT target, data FROM errata ORDER BY rowid")],
    }
    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("fingerprint", want), ("problems", json.dumps(problems)), ("summary", json.dumps(summary)), ("complete", "1")],
    )


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


# A string as `_dumps` writes it (json's own function for that, without the encoder around it).
_string = json.encoder.encode_basestring


def _name_rows(party: Party) -> list[tuple[str, str, int]]:
    keys = [(party.code, 0), (party.alpha3, 0), (party.name, 1), (party.official_name, 2)]
    keys += [(alias, 3) for alias in party.aliases]
    rows: dict[str, tuple[str, str, int]] = {}
    for key, rank in keys:
        folded = normalise(key) if key else ""
        if folded and folded not in rows:
            rows[folded] = (folded, party.code, rank)
    return list(rows.values())


def _member_rows(dataset: Dataset) -> list[tuple[str, str, str, str]]:
    members: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for party in dataset.parties.values():
        for member in party.members:
            if dataset.party(member) is not None:
                members[(party.code, member)] = ("member", {"sources": list(party.sources)})
    for membership in dataset.memberships:
        key = (membership.group, membership.party)
        if key not in members or membership.status == "member":
            members[key] = (membership.status, {"sources": list(membership.sources), "locator": membership.locator})
    return [(grp, party, status, json.dumps(data)) for (grp, party), (status, data) in sorted(members.items())]


def _extra_words(fact: Fact) -> str:
    if not (fact.places or fact.people or fact.kind or fact.note):
        return " "  # what the join below gives for a fact with none of them
    return " ".join([*(p["name"] for p in fact.places), *fact.people, (fact.kind or "").replace("_", " "), fact.note or ""])


def _party_words(fact: Fact, dataset: Dataset) -> str:
    words = []
    for code in fact.parties:
        party = dataset.party(code)
        if party is not None:
            words += [party.code, party.name, party.alpha3 or ""]
    return " ".join(filter(None, words))


def _source_words(fact: Fact, dataset: Dataset) -> str:
    words = []
    for ident in fact.sources:
        source: Source | None = dataset.source(ident)
        if source is not None:
            words += [source.title, source.publisher or ""]
    return " ".join(filter(None, words))


def fact_pairs(fact: Fact, party: Callable[[str], Party | None]) -> list[tuple[str, str, str]]:
    """The pairs a fact answers for directly: its own, and (for a country–group fact that names
    places) the country with each place's country. Pairs are stored in sorted order."""
    a, b = fact.parties
    if not fact.places:
        return [(a, b, "parties") if a < b else (b, a, "parties")]
    a, b = sorted(fact.parties)
    pairs = [(a, b, "parties")]
    kinds = {code: (p.kind if (p := party(code)) else "") for code in fact.parties}
    countries = [c for c in fact.parties if kinds[c] != "group"]
    if len(countries) == 1:
        country = countries[0]
        for place in fact.places:
            other = place.get("country")
            if other and other != country and other not in fact.parties:
                x, y = sorted((country, other))
                if (x, y, "place") not in pairs:
                    pairs.append((x, y, "place"))
    return pairs
