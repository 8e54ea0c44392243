"""Write the JSON Schemas of every command's output (schemas/<command>.json, draft 2020-12).

    python schemas/generate.py          # rewrite the files
    python schemas/generate.py --check  # exit 1 when a file is not what this script writes

The schemas describe `schema_version` 1 (see docs/json.md). Each has `$defs/row`: one line of
`--format jsonl` output, and one row of CSV before its values are flattened to text. With
`--fields`, a document names its fields in `fields` and its rows hold only those.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from relations.dyadic.visas import REQUIREMENTS as VISA_REQUIREMENTS
from relations.model import ASPECTS
from relations.render import documents as rj
from relations.render import overview_documents as ro

HERE = Path(__file__).resolve().parent
BASE = "https://github.com/relations-cli/relations/blob/main/schemas/"

STR = {"type": "string"}
INT = {"type": "integer"}
NUM = {"type": "number"}
BOOL = {"type": "boolean"}
OPT_STR = {"type": ["string", "null"]}
OPT_NUM = {"type": ["number", "null"]}
OPT_INT = {"type": ["integer", "null"]}
INTS = {"type": "array", "items": INT}
STRS = {"type": "array", "items": STR}
DATE = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"}


def obj(required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"type": "object", "required": list(required), "properties": {**required, **(optional or {})}}


# A reviewed note that a source's value is wrong (data/errata.toml): on a fact, or on a shared
# membership (naming the member it is about).
ERRATUM = obj(
    {"id": STR, "source": STR, "value": STR, "problem": STR, "evidence": STR},
    {"evidence_source": STR, "evidence_locator": STR, "party": STR,
     "document": obj({"title": STR, "publisher": STR, "date": DATE})},
)
ERRATA = {"type": "array", "items": ERRATUM}
PARTY_REF = obj({"code": STR, "name": STR, "kind": {"enum": ["country", "group", "historical"]}}, {"note": STR})
FACT = obj(
    {
        "id": STR,
        "parties": {"type": "array", "items": STR, "minItems": 2, "maxItems": 2},
        "topic": STR,
        "kind": OPT_STR,
        "date": DATE,
        "date_precision": {"enum": ["day", "month", "year", "range", None]},
        "text": STR,
        "values": {"type": "object"},
        "places": {"type": "array", "items": {"type": "object"}},
        "people": STRS,
        "sources": {"type": "array", "items": STR, "minItems": 1},
        "locator": OPT_STR,
        "note": OPT_STR,
        "conflicts_with": STRS,
        "origin": {"enum": ["shipped", "user"]},
        "errata": ERRATA,
    },
    {"corrects": OPT_STR, "path": STR},
)
SOURCE = obj(
    {"id": STR, "title": STR, "origin": {"enum": ["shipped", "user"]}},
    {"publisher": OPT_STR, "kind": OPT_STR, "date": DATE, "date_precision": OPT_STR, "url": OPT_STR, "note": OPT_STR,
     "licence": OPT_STR, "credit": OPT_STR, "fact_count": INT, "table_rows": INT},
)
SERIES = obj({
    "id": STR,
    "parties": {"type": "array", "items": STR, "minItems": 2, "maxItems": 2},
    "name": STR,
    "unit": STR,
    "points": {"type": "array", "items": {
        **obj({"period": {"type": "string", "pattern": r"^\d{4}(/\d{4})?$"}, "value": NUM},
              {"common": INT, "same": INT, "opposite": INT, "enough_votes": {"type": "boolean"}, "percentile": NUM}),
        # the ideal-point distance: the votes each party's point rests on, keyed by party code
        "patternProperties": {"^votes_[A-Z0-9-]+$": INT},
    }},
    "sources": {"type": "array", "items": STR, "minItems": 1},
    "locator": OPT_STR,
    "note": OPT_STR,
})
SHARED = obj({"group": STR, "name": STR, "status": {"type": "array", "items": STR, "minItems": 2, "maxItems": 2}},
             {"role": {"enum": ["member", "other"]}, "kind": {"enum": ["organisation", "peace_operation"]},
              "errata": ERRATA})
PROFILE = obj({"lines": {"type": "array", "items": obj({
    "key": {"enum": ["relations", "neighbours", "distance", "visas", "un_voting", "alignment", "conflicts", "disputes",
                     "trade", "ties", "blocs", "us_visits", "us_ambassadors", "events"]},
    "label": STR, "text": STR, "sentence": STR, "sources": {"type": "array", "items": STR, "minItems": 1},
    "values": {"type": "object"},
})}})


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def with_props(base: dict[str, Any], required: dict[str, Any]) -> dict[str, Any]:
    return {**base, "required": base["required"] + list(required), "properties": {**base["properties"], **required}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


def array(name: str) -> dict[str, Any]:
    return {"type": "array", "items": ref(name)}


def document(command: str, properties: dict[str, Any], defs: dict[str, Any], row: dict[str, Any], fields: tuple[str, ...],
             lists: tuple[str, ...]) -> dict[str, Any]:
    """A command's document schema; with `fields` present, the rows in `lists` are narrowed."""
    narrowed = {"type": "object", "propertyNames": {"enum": list(fields)}}
    full = {key: properties[key] for key in lists if key in properties}
    properties = {key: ({"type": "array"} if key in full else value) for key, value in properties.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + f"{command}.json",
        "title": f"relations {command} --json",
        "description": f"The output of `relations {command} --json` (schema_version 1); `$defs/row` is one line of --format jsonl.",
        "type": "object",
        "required": ["schema_version", "command", *properties],
        "properties": {"schema_version": {"const": 1}, "command": {"const": command}, "fields": {"type": "array", "items": {"enum": list(fields)}}, **properties},
        "if": {"required": ["fields"]},
        "then": {"properties": {key: {"type": "array", "items": ref("row_narrowed")} for key in lists}},
        "else": {"properties": full},
        "$defs": {"party_ref": PARTY_REF, "fact": FACT, "source": SOURCE, "shared_membership": SHARED, **defs, "row": row,
                  "row_narrowed": narrowed},
    }


def schemas() -> dict[str, dict[str, Any]]:
    show_row = with_props(FACT, {"regional": BOOL, "via": STRS})
    regional = with_props(FACT, {"via": STRS})
    search_fact = with_props(FACT, {"rank": INT, "score": NUM, "highlights": {"type": "array", "items": {"type": "array", "items": INT, "minItems": 2, "maxItems": 2}}})
    timeline_fact = with_props(FACT, {"date_display": STR, "through": {"enum": [None, "group", "place", "predecessor"]}, "via": STRS})
    party_row = obj({"code": STR, "kind": STR, "name": STR, "fact_count": INT})
    source_row = with_props(SOURCE, {"fact_count": INT})
    figure = obj({"fact": STR, "reporter": STR, "partner": STR, "direction": {"enum": ["exports", "imports"]},
                  "share_pct": OPT_NUM, "amount": OPT_NUM, "currency": OPT_STR, "year": {"type": ["integer", "null"]}})
    facts = {"type": "array", "items": ref("fact")}
    entry = obj({
        "a": ref("party_ref"), "b": ref("party_ref"), "fact_count": INT, "regional_fact_count": INT,
        "relations_established": facts, "missions": facts, "treaties": facts,
        "exports": array("trade_figure"), "imports": array("trade_figure"), "security": facts, "disputes": facts,
        "shared_memberships": array("shared_membership"),
        "facts_by_topic": {"type": "object", "additionalProperties": INT},
        "un_voting": nullable(obj({"period": STR, "agreement": OPT_NUM, "share_pct": INT, "common": INT, "same": INT,
                                   "opposite": INT, "fact": STR})),
        "capital_distance": nullable(obj({"km": INT, "largest_cities_km": OPT_INT, "capital_a": OPT_STR,
                                          "capital_b": OPT_STR, "fact": STR})),
        "visas": nullable(obj({"a_to_b": nullable(ref("visa_rule")), "b_to_a": nullable(ref("visa_rule"))})),
        "missions_both_ways": nullable(obj({key: array("mission_entry") for key in
                                            ("a_in_b", "b_in_a", "a_accredited_to_b", "b_accredited_to_a")})),
        "armed_conflicts": nullable(obj({"count": INT, "first_year": OPT_INT, "last_year": OPT_INT, "years": INTS,
                                         "war_years": INTS, "support": INT, "facts": STRS, "opposite_sides": INT})),
    })
    visa_rule = obj({"passport": STR, "destination": STR, "requirement": {"enum": list(VISA_REQUIREMENTS)},
                     "days": OPT_INT, "without_visa": BOOL, "fact": STR})
    mission_entry = obj({"sender": STR, "host": STR, "type": STR, "city": OPT_STR, "via_host": OPT_STR, "fact": STR})
    partner_row = obj({"rank": INT, "code": STR, "name": STR, "kind": STR, "fact_count": INT, "neighbour": BOOL,
                       "export_share_pct": OPT_NUM, "import_share_pct": OPT_NUM})
    topic_row = obj({"topic": STR, "fact_count": INT, "first": OPT_STR, "latest": OPT_STR})
    trade_partner = with_props(PARTY_REF, {"share_pct": OPT_NUM, "amount": OPT_NUM, "currency": OPT_STR,
                                           "year": {"type": ["integer", "null"]}, "facts": STRS})
    sources = {"sources": array("source")}
    party_summary = obj({
        "kind": {"const": "party"}, "party": ref("party_ref"), "fact_count": INT,
        "facts_by_topic": {"type": "object", "additionalProperties": INT},
        "partners": {"type": "array"},
        "neighbours": {"type": "array", "items": with_props(PARTY_REF, {"length_km": OPT_NUM, "fact": STR})},
        "exports": array("trade_partner"), "imports": array("trade_partner"),
        "memberships": {"type": "array", "items": obj({"group": STR, "name": STR, "status": STR})},
        "members": array("party_ref"), "latest": facts, "sources": {"type": "array", "items": source_row},
        "un_partners": nullable(obj({
            "period": STR, "min_common": INT, "source": STR,
            **{key: {"type": "array", "items": with_props(PARTY_REF, {
                "agreement": NUM, "share_pct": INT, "common": INT, "opposite": INT, "fact": STR})}
               for key in ("closest", "most_distant")},
        })),
        "alignment_partners": nullable(obj({
            "year": INT, "measure": STR, "votes": INT, "pool": INT, "source": STR,
            **{key: {"type": "array", "items": with_props(PARTY_REF, {"distance": NUM, "votes": INT})}
               for key in ("closest", "most_distant")},
        })),
        "nearest_capitals": nullable(obj({
            "capital": OPT_STR, "date": DATE, "source": STR,
            "nearest": {"type": "array", "items": with_props(PARTY_REF, {"capital": OPT_STR, "km": INT, "fact": STR})},
        })),
        "passport": nullable(obj({"destinations_without_visa": INT, "destinations": INT, "passports_without_visa": INT,
                                  "passports": INT, "as_of": DATE, "source": STR})),
        "mission_network": nullable(obj({
            "missions_abroad": INT, "embassies_abroad": INT, "countries_with_mission": INT, "missions_hosted": INT,
            "embassies_hosted": INT, "countries_hosted": INT, "countries_accredited_only": INT, "as_of": DATE, "source": STR,
        })),
        "armed_conflicts": nullable(obj({
            "count": INT, "first_year": OPT_INT, "last_year": OPT_INT, "war_years": INTS, "support": INT, "period": DATE,
            "source": STR,
            "opponents": {"type": "array", "items": with_props(PARTY_REF, {
                "conflicts": INT, "first_year": OPT_INT, "last_year": OPT_INT, "war_years": INTS})},
        })),
    })
    pair_summary = obj({
        "kind": {"const": "pair"}, "parties": {"type": "array", "items": ref("party_ref"), "minItems": 2, "maxItems": 2},
        "fact_count": INT, "regional_fact_count": INT, "topics": {"type": "array"},
        "first": {"anyOf": [ref("fact"), {"type": "null"}]}, "latest": {"anyOf": [ref("fact"), {"type": "null"}]},
        "key_figures": {"type": "array", "items": obj({"label": STR, "value": STR, "fact": STR})},
        "shared_memberships": array("shared_membership"),
        "paragraph": {"type": "array", "items": obj({"text": STR, "facts": STRS})},
        "sources": array("source"),
    })
    summary = document("summary", {"kind": {"enum": ["party", "pair"]}}, {
        "partner_row": partner_row, "topic_row": topic_row, "trade_partner": trade_partner,
        "party_summary": party_summary, "pair_summary": pair_summary,
    }, {"anyOf": [ref("partner_row"), ref("topic_row")]}, tuple(dict.fromkeys((*ro.PARTNER_FIELDS, *ro.TOPIC_FIELDS))), ("partners", "topics"))
    summary["oneOf"] = [ref("party_summary"), ref("pair_summary")]
    summary["else"] = {"properties": {"partners": array("partner_row"), "topics": array("topic_row")}}
    return {
        "show": document("show", {
            "parties": {"type": "array", "items": ref("party_ref"), "minItems": 2, "maxItems": 2},
            "profile": ref("profile"),
            "facts": array("fact"), "regional_facts": array("regional_fact"),
            "shared_memberships": array("shared_membership"),
            "set_aside": {"type": "array", "items": obj({"id": STR, "status": {"enum": ["corrected", "retracted"]},
                                                         "by": OPT_STR, "reason": OPT_STR, "path": OPT_STR, "fact": ref("fact")})},
            "series": array("series"),
            "predecessor_facts": array("regional_fact"),
            "predecessors": array("party_ref"),
            "successors": {"type": "array", "items": obj({
                "code": STR, "name": STR, "kind": STR, "of": STR, "fact_count": INT, "note": OPT_STR})},
            **sources,
        }, {"regional_fact": regional, "series": SERIES, "profile": PROFILE}, show_row, rj.SHOW_FIELDS, ("facts", "regional_facts")),
        "search": document("search", {"query": STR, "terms": STRS, "total": INT, "ranked": INT, "facts": array("row"), **sources},
                           {}, search_fact, rj.SEARCH_FIELDS, ("facts",)),
        "countries": document("countries", {"parties": array("row")}, {}, party_row, rj.PARTY_FIELDS, ("parties",)),
        "sources": document("sources", {"sources": array("row")}, {}, source_row, rj.SOURCE_FIELDS, ("sources",)),
        "compare": document("compare", {
            "base": {"anyOf": [ref("party_ref"), {"type": "null"}]}, "aspects": STRS, "entries": array("row"), **sources,
        }, {"trade_figure": figure, "visa_rule": visa_rule, "mission_entry": mission_entry}, entry, ro.COMPARE_FIELDS,
            ("entries",)),
        "summary": summary,
        "partners": document("partners", {
            "country": ref("party_ref"), "aspect": {"enum": list(ASPECTS)}, "measure": STR, "as_of": DATE,
            "where": OPT_STR, "among": {"anyOf": [ref("party_ref"), {"type": "null"}]}, "total": INT,
            "categories": STRS, "partners": array("row"), **sources,
        }, {}, obj({"rank": INT, "code": STR, "name": STR, "value": STR, "category": OPT_STR, "number": OPT_NUM,
                    "values": {"type": "object"}, "facts": STRS}), rj.PARTNER_FIELDS, ("partners",)),
        "timeline": document("timeline", {
            "party": ref("party_ref"), "other": {"anyOf": [ref("party_ref"), {"type": "null"}]},
            "predecessors": array("party_ref"), "undated_count": INT, "facts": array("row"), "series": array("series"),
            **sources,
        }, {"series": SERIES}, timeline_fact, ro.TIMELINE_FIELDS, ("facts",)),
        "map": document("map", {
            "country": obj({"code": STR, "name": STR}), "aspect": STR, "aspect_label": STR, "ordered": BOOL,
            "legend": {"type": "array", "items": obj({"category": INT, "label": STR, "count": INT})},
            "partners": array("row"), "notes": STRS, "redrawn": STR, **sources,
        }, {}, obj({"code": STR, "name": STR, "category": INT, "label": STR}), ("code", "name", "category", "label"),
            ("partners",)),
        "error": {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": BASE + "error.json",
            "title": "relations error (stderr, with --json or --format jsonl)",
            "type": "object",
            "required": ["schema_version", "error"],
            "properties": {
                "schema_version": {"const": 1},
                "error": obj({"message": STR, "exit_code": INT}, {"name": STR, "suggestions": STRS}),
            },
        },
    }


def main(argv: list[str]) -> int:
    stale = []
    for name, schema in schemas().items():
        path = HERE / f"{name}.json"
        text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        if "--check" in argv:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"stale: {', '.join(stale)}; run python schemas/generate.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
