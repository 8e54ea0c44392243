"""Machine output: one JSON document per command, as documented in docs/json.md (the overview
commands' documents and rows are in `overview_documents`).

Bump SCHEMA_VERSION only for breaking changes (a key removed or its meaning changed).
"""

from __future__ import annotations

from .. import jsontext
from ..errors import RelationsError, UnknownParty
from ..model import Party, Source, membership_kind, membership_role

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

    from ..commands.partners import Partners
    from ..dataset.search import SearchResult
    from ..dataset.store import PairView, PartyCount, SharedMembership, SourceCount

SCHEMA_VERSION = 1


def dumps(document: dict[str, Any], pretty: bool | None = None) -> str:
    """JSON text: indented for a person at a terminal, compact for a pipe or a file (as gh does;
    the compact form is also several times faster to write). `pretty` overrides."""
    if pretty is None:
        import sys

        pretty = sys.stdout.isatty()
    return jsontext.dumps(document, indent=2 if pretty else None)


def party_ref(party: Party) -> dict[str, Any]:
    ref = {"code": party.code, "name": party.name, "kind": party.kind}
    return {**ref, "note": party.note} if party.note else ref  # a note on the name typed (relations.suggest)


def pair_document(view: PairView) -> dict[str, Any]:
    return _pair_document(view, [membership_document(m) for m in view.shared_memberships],
                          [s.to_dict() for s in view.sources])


def membership_document(m: SharedMembership) -> dict[str, Any]:
    return {"group": m.group.code, "name": m.group.name, "status": [m.status_a, m.status_b],
            "role": membership_role(m.status_a, m.status_b), "kind": membership_kind(m.group.code),
            "errata": [e.to_dict() for e in m.errata]}


def _pair_document(view: PairView, shared: Any, sources: Any) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "show",
        "parties": [party_ref(view.a), party_ref(view.b)],
        "profile": view.profile.to_dict() if view.profile is not None else {"lines": []},
        "facts": [f.to_dict() for f in view.facts],
        "regional_facts": [{**r.fact.to_dict(), "via": list(r.via)} for r in view.regional],
        "shared_memberships": shared,
        "set_aside": [
            {"id": item.fact.id, "status": item.status, "by": item.by, "reason": item.reason, "path": item.path,
             "fact": item.fact.to_dict()}
            for item in view.set_aside
        ],
        "series": [s.to_dict() for s in view.series],
        "predecessor_facts": [{**r.fact.to_dict(), "via": list(r.via)} for r in view.predecessor_facts],
        "predecessors": [party_ref(p) for p in view.predecessors],
        "successors": [
            {**party_ref(s.successor), "of": s.of, "fact_count": s.fact_count, "note": s.note} for s in view.successors
        ],
        "sources": sources,
    }


def pair_line(view: PairView, written: dict[tuple, str]) -> str:
    """`pair_document(view)` as one line of compact JSON (with its newline), byte for byte what
    `json.dumps` writes. A batch repeats the same sources and shared memberships from line to line:
    each is written once and kept in `written` (one dict per batch and process)."""
    # The pieces of the line, joined once (a line of a large pair is a megabyte).
    pieces: list[str] = ["{"]
    for key, value in _pair_document(view, None, None).items():
        pieces += ['"', key, '": ']
        if key == "shared_memberships":
            pieces += ["[", ", ".join(_written(written, ("m", m.group.code, m.status_a, m.status_b, *(e.id for e in m.errata)),
                                               membership_document, m) for m in view.shared_memberships), "], "]
        elif key == "sources":
            pieces += ["[", ", ".join(_written(written, ("s", s.id), Source.to_dict, s) for s in view.sources), "]}\n"]
        else:
            pieces += jsontext.pieces(value)
            pieces.append(", ")
    return "".join(pieces)


def _written(written: dict[tuple, str], key: tuple, document: Any, value: Any) -> str:
    text = written.get(key)
    if text is None:
        text = written[key] = jsontext.dumps(document(value))
    return text


def search_document(result: SearchResult) -> dict[str, Any]:
    hits = []
    for rank, hit in enumerate(result.hits, start=1):
        _, spans = hit.spans()
        hits.append({**hit.fact.to_dict(), "rank": rank, "score": round(hit.score, 6), "highlights": spans})
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "search",
        "query": result.query,
        "terms": result.terms,
        "total": result.total,
        "ranked": result.ranked,
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
        "sources": [{**r.source.to_dict(), "fact_count": r.fact_count, "table_rows": r.table_rows} for r in rows],
    }


def error_document(error: RelationsError | str, code: int) -> dict[str, Any]:
    detail: dict[str, Any] = {"message": str(error), "exit_code": code}
    if isinstance(error, UnknownParty):
        detail["name"] = error.name
        detail["suggestions"] = error.suggestions
    return {"schema_version": SCHEMA_VERSION, "error": detail}


# -- rows: one per fact or entry, for --fields, JSON Lines and CSV --------------------------------


def _fact_fields() -> tuple[str, ...]:
    from ..model import Fact

    sample = Fact(id="", parties=("", ""), topic="", text="", sources=(), origin="user", path="x")
    return tuple(sample.to_dict())


FACT_FIELDS = _fact_fields()
SHOW_FIELDS = (*FACT_FIELDS, "regional", "via")
SEARCH_FIELDS = (*FACT_FIELDS, "rank", "score", "highlights")
PARTY_FIELDS = ("code", "kind", "name", "official_name", "alpha3", "category", "note", "aliases", "members",
                "successors", "sources", "fact_count")
SOURCE_FIELDS = ("id", "title", "publisher", "kind", "date", "date_precision", "url", "note", "licence", "credit",
                 "origin", "fact_count", "table_rows")


def pair_rows(view: PairView) -> list[dict[str, Any]]:
    rows = [{**f.to_dict(), "regional": False, "via": []} for f in view.facts]
    rows += [{**r.fact.to_dict(), "regional": True, "via": list(r.via)} for r in view.regional]
    rows += [{**r.fact.to_dict(), "regional": False, "via": list(r.via)} for r in view.predecessor_facts]
    return rows


def search_rows(result: SearchResult) -> list[dict[str, Any]]:
    return search_document(result)["facts"]


def parties_rows(rows: list[PartyCount]) -> list[dict[str, Any]]:
    return [{name: row.get(name) for name in PARTY_FIELDS} for row in parties_document(rows)["parties"]]


def sources_rows(rows: list[SourceCount]) -> list[dict[str, Any]]:
    return [{name: row.get(name) for name in SOURCE_FIELDS} for row in sources_document(rows)["sources"]]


# -- compare, summary, timeline -------------------------------------------------------------------


# -- add, validate, paths, config -------------------------------------------------------------------




PARTNER_FIELDS = ("rank", "code", "name", "value", "category", "number", "values", "facts")


def partners_document(result: Partners) -> dict[str, Any]:
    """`partners COUNTRY --by ASPECT` (docs/json.md)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "partners",
        "country": party_ref(result.country),
        "aspect": result.aspect,
        "measure": result.measure,
        "as_of": result.as_of,
        "where": result.where,
        "among": party_ref(result.among) if result.among else None,
        "total": result.total,
        "categories": list(result.categories),
        "partners": partners_rows(result),
        "sources": [s.to_dict() for s in result.sources],
    }


def partners_rows(result: Partners) -> list[dict[str, Any]]:
    return [{"rank": n, "code": row.party.code, "name": row.party.name, "value": row.value,
             "category": row.category, "number": row.number, "values": dict(row.values), "facts": list(row.facts)}
            for n, row in enumerate(result.rows, 1)]
