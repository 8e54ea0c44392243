"""Machine output: one JSON document per command, as documented in docs/json.md.

Bump SCHEMA_VERSION only for breaking changes (a key removed or its meaning changed).
"""

from __future__ import annotations

import json
from typing import Any

from .errors import RelationsError, UnknownParty
from .model import Party
from .store import HIGHLIGHT_END, HIGHLIGHT_START, PairView, PartyCount, SearchResult, SourceCount

SCHEMA_VERSION = 1


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def party_ref(party: Party) -> dict[str, Any]:
    return {"code": party.code, "name": party.name, "kind": party.kind}


def pair_document(view: PairView) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "show",
        "parties": [party_ref(view.a), party_ref(view.b)],
        "facts": [f.to_dict() for f in view.facts],
        "regional_facts": [{**r.fact.to_dict(), "via": list(r.via)} for r in view.regional],
        "shared_memberships": [
            {"group": m.group.code, "name": m.group.name, "status": [m.status_a, m.status_b]}
            for m in view.shared_memberships
        ],
        "sources": [s.to_dict() for s in view.sources],
    }


def highlight_spans(marked: str) -> tuple[str, list[list[int]]]:
    """Plain text and [start, end) offsets of the matched words in it."""
    plain, spans, start = [], [], None
    for char in marked:
        if char == HIGHLIGHT_START:
            start = len(plain)
        elif char == HIGHLIGHT_END and start is not None:
            spans.append([start, len(plain)])
            start = None
        else:
            plain.append(char)
    return "".join(plain), spans


def search_document(result: SearchResult) -> dict[str, Any]:
    hits = []
    for rank, hit in enumerate(result.hits, start=1):
        _, spans = highlight_spans(hit.highlighted_text)
        hits.append({**hit.fact.to_dict(), "rank": rank, "score": round(hit.score, 6), "highlights": spans})
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "search",
        "query": result.query,
        "terms": result.terms,
        "total": result.total,
        "facts": hits,
        "sources": [s.to_dict() for s in result.sources],
    }


def parties_document(rows: list[PartyCount]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "countries",
        "parties": [{**r.party.to_dict(), "fact_count": r.fact_count} for r in rows],
    }


def sources_document(rows: list[SourceCount]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "sources",
        "sources": [{**r.source.to_dict(), "fact_count": r.fact_count} for r in rows],
    }


def error_document(error: RelationsError | str, code: int) -> dict[str, Any]:
    detail: dict[str, Any] = {"message": str(error), "exit_code": code}
    if isinstance(error, UnknownParty):
        detail["name"] = error.name
        detail["suggestions"] = error.suggestions
    return {"schema_version": SCHEMA_VERSION, "error": detail}
