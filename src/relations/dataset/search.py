"""Full-text search over the index (SQLite FTS5 with the porter stemmer): `search(store, query)`
-> a `SearchResult`, best first. Kept apart from `store`, which `show` loads: a module's code costs
start-up time whether it runs or not.
"""

from __future__ import annotations

import re

from .. import jsontext
from ..errors import UsageError
from ..model import Fact, Source
from ..records import factory, record

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

    from ..model import Party
    from .store import Store

MAX_QUERY_CHARS = 500

# Ranking costs time in proportion to the matches; past this many, the best are chosen among the
# first RANK_LIMIT matches in index order (shipped facts first), and the result says so.
RANK_LIMIT = 20000

HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"


def highlight_spans(marked: str) -> tuple[str, list[list[int]]]:
    """A search hit's marked text as plain text and [start, end) offsets of the matched words."""
    plain: list[str] = []
    spans: list[list[int]] = []
    start = None
    for char in marked:
        if char == HIGHLIGHT_START:
            start = len(plain)
        elif char == HIGHLIGHT_END and start is not None:
            spans.append([start, len(plain)])
            start = None
        else:
            plain.append(char)
    return "".join(plain), spans


@record
class SearchHit:
    fact: Fact
    score: float
    highlighted_text: str  # fact text with HIGHLIGHT_START/END around matched words

    def spans(self) -> tuple[str, list[list[int]]]:
        """The text without its marks, and [start, end) offsets of the matched words."""
        return highlight_spans(self.highlighted_text)


@record
class SearchResult:
    query: str
    terms: list[str]
    total: int
    hits: list[SearchHit]
    sources: list[Source]
    ranked: int = 0  # how many of the matches were ranked (all of them, unless over RANK_LIMIT)
    names: dict[str, str] = factory(dict)  # code -> short name of the facts' parties (text forms)


def search(
    store: Store,
    query: str,
    topic: str | None = None,
    party: Party | None = None,
    limit: int = 20,
) -> SearchResult:
    """Facts matching every word of `query`, best first (see `search_terms` for matching)."""
    if len(query) > MAX_QUERY_CHARS:
        raise UsageError(f"a search is at most {MAX_QUERY_CHARS} characters; got {len(query)}")
    terms = search_terms(query)
    if not terms:
        raise UsageError(f"nothing to search for in {query!r}: give at least one word")
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    if topic is not None:
        topic = store.resolve_topic(topic)
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    where = ["facts_fts MATCH ?"]
    params: list[Any] = [" ".join(quoted)]
    if topic:
        where.append("facts_fts.topic = ?")
        params.append(topic)
    if party is not None:
        where.append("facts_fts.rowid IN (SELECT fact FROM fact_pairs WHERE a = ? OR b = ?)")
        params += [party.code, party.code]
    condition = " AND ".join(where)
    total = store.connection.execute(f"SELECT count(*) FROM facts_fts WHERE {condition}", params).fetchone()[0]
    ranked = total
    if total > RANK_LIMIT:
        last = store.connection.execute(
            f"SELECT facts_fts.rowid FROM facts_fts WHERE {condition} ORDER BY facts_fts.rowid LIMIT 1 OFFSET ?",
            [*params, RANK_LIMIT - 1],
        ).fetchone()[0]
        condition += " AND facts_fts.rowid <= ?"
        params.append(last)
        ranked = RANK_LIMIT
    # Facts with the words side by side, as written ("state treaty"), come first, each group
    # in bm25 order: otherwise a word found everywhere ("states") buries the fact asked for.
    rows = []
    if len(terms) > 1:
        phrase = '"' + " ".join(t.replace('"', '""') for t in terms) + '"'
        rows = _ranked(store, condition, [phrase, *params[1:]], limit)
    seen = {row[0] for row in rows}
    rows += [row for row in _ranked(store, condition, params, limit + len(rows)) if row[0] not in seen]
    hits = [SearchHit(Fact.from_dict(jsontext.loads(data), stored=True), -score, highlighted) for _, data, score, highlighted in rows[:limit]]
    source_ids = list(dict.fromkeys(s for h in hits for s in h.fact.sources))
    names = store.short_names(code for h in hits for code in h.fact.parties)
    return SearchResult(query, terms, total, hits, store.sources_by_id(source_ids), ranked, names)


def _ranked(store: Store, condition: str, params: list[Any], limit: int) -> list[tuple[int, str, float, str]]:
    """(rowid, data, bm25 score, highlighted text) of the best `limit` matches of `condition`."""
    return store.connection.execute(
        f"SELECT f.rowid, f.data, bm25(facts_fts, 1.0, 0.5, 0.5, 0.6, 0.3) AS score, "
        f"highlight(facts_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}') "
        f"FROM facts_fts JOIN facts f ON f.rowid = facts_fts.rowid WHERE {condition} "
        f"ORDER BY score, f.rowid LIMIT ?",
        [*params, limit],
    ).fetchall()


_TERM: list[re.Pattern[str]] = []


def search_terms(query: str) -> list[str]:
    """The words of a query. Matching is by word stem, insensitive to case and accents: `drug` finds
    drug, drugs and drug-transit (hyphens and punctuation split words); every word must match."""
    if not _TERM:  # compiled on first use: `show` never needs it
        _TERM.append(re.compile(r"\w+"))
    return _TERM[0].findall(query.replace("_", " "))
