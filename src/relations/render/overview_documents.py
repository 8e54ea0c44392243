"""Machine output of the overview commands (`compare`, `summary`, `timeline`) and of `add`,
`validate`, `paths` and `config`: their JSON documents and rows, as documented in docs/json.md.
Kept apart from `render.documents` (show, search, countries, sources, errors), which a query
loads: a module's code costs start-up time whether it runs or not.
"""

from __future__ import annotations

from ..model import COMPARE_ASPECTS as ASPECTS
from .documents import FACT_FIELDS, SCHEMA_VERSION, party_ref

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

    from ..commands.compare import Comparison, PairAspects
    from ..commands.summary import PairSummary, PartySummary, TradePartner
    from ..commands.timeline import Timeline
    from ..dataset.figures import TradeFigure
    from ..dataset.userfile import Added
    from ..settings import Settings


TIMELINE_FIELDS = (*FACT_FIELDS, "date_display", "through", "via")


def _figure(figure: TradeFigure) -> dict[str, Any]:
    return {
        "fact": figure.fact.id,
        "reporter": figure.reporter,
        "partner": figure.partner,
        "direction": figure.direction,
        "share_pct": figure.share_pct,
        "amount": figure.amount,
        "currency": figure.currency,
        "year": figure.year,
    }


def _shared(memberships: Any) -> list[dict[str, Any]]:
    return [{"group": m.group.code, "name": m.group.name, "status": [m.status_a, m.status_b]} for m in memberships]


def compare_entry(column: PairAspects) -> dict[str, Any]:
    return {
        "a": party_ref(column.a),
        "b": party_ref(column.b),
        "fact_count": column.fact_count,
        "regional_fact_count": column.regional_count,
        "relations_established": [f.to_dict() for f in column.relations_established],
        "missions": [f.to_dict() for f in column.missions],
        "treaties": [f.to_dict() for f in column.treaties],
        "exports": [_figure(t) for t in column.exports],
        "imports": [_figure(t) for t in column.imports],
        "security": [f.to_dict() for f in column.security],
        "disputes": [f.to_dict() for f in column.disputes],
        "shared_memberships": _shared(column.shared_memberships),
        "facts_by_topic": dict(column.facts_by_topic),
        "un_voting": _plain_record(column.un_voting),
        "capital_distance": _plain_record(column.capital_distance),
        "visas": ({"a_to_b": _plain_record(column.visas.a_to_b), "b_to_a": _plain_record(column.visas.b_to_a)}
                  if column.visas is not None else None),
        "missions_both_ways": ({key: [_plain_record(m) for m in getattr(column.missions_both_ways, key)]
                                for key in ("a_in_b", "b_in_a", "a_accredited_to_b", "b_accredited_to_a")}
                               if column.missions_both_ways is not None else None),
        "armed_conflicts": _plain_record(column.armed_conflicts),
    }


def _plain_record(value: Any) -> Any:
    """A record of plain values (numbers, strings, tuples of them) as a JSON object; None as null."""
    if value is None:
        return None
    return {key: list(item) if isinstance(item, tuple) else item for key, item in value.__dict__.items()}


COMPARE_FIELDS = ("a", "b", "fact_count", "regional_fact_count", *ASPECTS)


def compare_document(comparison: Comparison) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "compare",
        "base": party_ref(comparison.base) if comparison.base else None,
        "aspects": list(ASPECTS),
        "entries": [compare_entry(c) for c in comparison.columns],
        "sources": [s.to_dict() for s in comparison.sources],
    }


PARTNER_FIELDS = ("rank", "code", "name", "kind", "fact_count", "neighbour", "export_share_pct", "import_share_pct")


def _trade_partner(partner: TradePartner) -> dict[str, Any]:
    return {
        **party_ref(partner.party),
        "share_pct": partner.share_pct,
        "amount": partner.amount,
        "currency": partner.currency,
        "year": partner.year,
        "facts": [f.id for f in partner.facts],
    }


def party_summary_rows(summary: PartySummary) -> list[dict[str, Any]]:
    neighbours = {n.party.code for n in summary.neighbours}
    exports = {p.party.code: p.share_pct for p in summary.exports}
    imports = {p.party.code: p.share_pct for p in summary.imports}
    return [
        {
            "rank": rank,
            **party_ref(p.party),
            "fact_count": p.fact_count,
            "neighbour": p.party.code in neighbours,
            "export_share_pct": exports.get(p.party.code),
            "import_share_pct": imports.get(p.party.code),
        }
        for rank, p in enumerate(summary.partners, start=1)
    ]


def party_summary_document(summary: PartySummary) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "summary",
        "kind": "party",
        "party": party_ref(summary.party),
        "fact_count": summary.fact_count,
        "facts_by_topic": dict(summary.facts_by_topic),
        "partners": party_summary_rows(summary),
        "neighbours": [
            {**party_ref(n.party), "length_km": n.length_km, "fact": n.fact.id} for n in summary.neighbours
        ],
        "exports": [_trade_partner(p) for p in summary.exports],
        "imports": [_trade_partner(p) for p in summary.imports],
        "memberships": [{"group": m.group.code, "name": m.group.name, "status": m.status} for m in summary.memberships],
        "members": [party_ref(p) for p in summary.members],
        "latest": [f.to_dict() for f in summary.latest],
        **party_summary_sections(summary),
        "sources": [{**u.source.to_dict(), "fact_count": u.fact_count} for u in summary.sources],
    }


def _with_party(item: Any) -> dict[str, Any]:
    """A record with a `party` field as a JSON object: the party's reference, then the rest."""
    data = _plain_record(item)
    return {**party_ref(data.pop("party")), **data}


def party_summary_sections(summary: PartySummary) -> dict[str, Any]:
    """The sections made from the country-pair data sets (null when not shipped or not about it);
    each names its `source` (an id in `sources`) and the data's date."""
    out: dict[str, Any] = {}
    value = summary.un_partners
    out["un_partners"] = None if value is None else {
        "period": value.period, "min_common": value.min_common, "source": value.source.id,
        "closest": [_with_party(p) for p in value.closest], "most_distant": [_with_party(p) for p in value.most_distant],
    }
    value = summary.alignment_partners
    out["alignment_partners"] = None if value is None else {
        "year": value.year, "measure": value.measure, "votes": value.votes, "pool": value.pool, "source": value.source.id,
        "closest": [_with_party(p) for p in value.closest], "most_distant": [_with_party(p) for p in value.most_distant],
    }
    value = summary.nearest_capitals
    out["nearest_capitals"] = None if value is None else {
        "capital": value.capital, "date": value.date, "source": value.source.id,
        "nearest": [_with_party(c) for c in value.nearest],
    }
    for key in ("passport", "mission_network"):
        value = getattr(summary, key)
        out[key] = None if value is None else {**_plain_record(value), "source": value.source.id}
    value = summary.armed_conflicts
    out["armed_conflicts"] = None if value is None else {
        **_plain_record(value), "opponents": [_with_party(o) for o in value.opponents], "source": value.source.id,
    }
    return out


TOPIC_FIELDS = ("topic", "fact_count", "first", "latest")


def pair_summary_rows(summary: PairSummary) -> list[dict[str, Any]]:
    return [{"topic": t.topic, "fact_count": t.fact_count, "first": t.first, "latest": t.latest} for t in summary.topics]


def pair_summary_document(summary: PairSummary) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "summary",
        "kind": "pair",
        "parties": [party_ref(summary.a), party_ref(summary.b)],
        "fact_count": summary.fact_count,
        "regional_fact_count": summary.regional_count,
        "topics": pair_summary_rows(summary),
        "first": summary.first.to_dict() if summary.first else None,
        "latest": summary.latest.to_dict() if summary.latest else None,
        "key_figures": [{"label": k.label, "value": k.value, "fact": k.fact.id} for k in summary.key_figures],
        "shared_memberships": _shared(summary.shared_memberships),
        "paragraph": [{"text": s.text, "facts": list(s.facts)} for s in summary.paragraph],
        "sources": [s.to_dict() for s in summary.sources],
    }


def timeline_rows(timeline: Timeline) -> list[dict[str, Any]]:
    return [
        {**e.fact.to_dict(), "date_display": e.fact.date.display() if e.fact.date else None, "through": e.through or None,
         "via": list(e.via)}
        for e in timeline.entries
    ]


def timeline_document(timeline: Timeline) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "command": "timeline",
        "party": party_ref(timeline.party),
        "other": party_ref(timeline.other) if timeline.other else None,
        "predecessors": [party_ref(p) for p in timeline.predecessors],
        "undated_count": timeline.undated_count,
        "facts": timeline_rows(timeline),
        "series": [s.to_dict() for s in timeline.series],
        "sources": [s.to_dict() for s in timeline.sources],
    }


def command_document(command: str, **body: Any) -> dict[str, Any]:
    """The JSON document of a command whose result is a few named values."""
    return {"schema_version": SCHEMA_VERSION, "command": command, **body}


def added_document(added: Added) -> dict[str, Any]:
    return command_document(
        "add", path=str(added.path), line=added.line, created_file=added.created_file, fact=added.fact, source=added.source
    )


def config_document(current: Settings, config_file_exists: bool) -> dict[str, Any]:
    return command_document(
        "config", config_file=str(current.config_file), config_file_exists=config_file_exists,
        settings=[s.to_dict() for s in current],
        problems=[{"path": p.path, "line": p.line, "message": p.message} for p in current.problems],
    )
