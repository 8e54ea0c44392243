"""Derive the diplomatic-missions tables from Wikidata's embassies list (as of November 2022).

    python -m importers.missions [EMBASSIES_DIR] [--out DATA_DIR/dyadic/missions]

Reads `embassies.csv` (one row per mission: operator, host country, city, type, the countries it
is also accredited to, opening date, Wikidata ids), maps the Wikidata items to parties and the
types to a small vocabulary with the reviewed tables in importers/missions_tables.py, and writes
`data/dyadic/missions/`: `missions.tsv` (a keeps a mission in b), `accreditations.tsv` (a's
mission in another host also covers b), `sources.toml` and `report.md`. It compares the missions
with the Factbook's US representation facts (data/factbook/us-representation.toml) and records
each disagreement about the same mission in the row's `note` and `conflict` columns and in the
report. The facts are made from a row at query time by `relations.dyadic.missions`.
Deterministic: the same input gives byte-identical output. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers import missions_tables as tables
from importers.common import (
    DATA_DIR,
    HEADER,
    SHARED_DIR,
    Report,
    load_toml,
    party_codes,
    render_toml,
    render_tsv,
    replace_folder,
    run_main,
    un_members,
)

SOURCE_ID = "wikidata-embassies"
FOLDER = "embassies"
FILE = "embassies.csv"
DEFAULT_INPUT = SHARED_DIR / "dyadic" / FOLDER
DEFAULT_OUTPUT = DATA_DIR / "dyadic" / "missions"
MISSION_COLUMNS = ("a", "b", "type", "city", "city_source", "near", "opened", "opened_as", "qid", "note", "conflict")
ACCREDITATION_COLUMNS = ("a", "b", "host", "type", "city", "city_source", "near", "qid")
NEEDED = ("operator", "operatorQID", "jurisdictions", "jurisdictionQIDs", "country", "countryQID",
          "city", "cityQID", "latitude", "longitude", "type", "typeQID", "creation", "QID")


def qid(uri: str) -> str:
    """'http://www.wikidata.org/entity/Q889' -> 'Q889'."""
    return uri.strip().rsplit("/", 1)[-1]


def opened(creation: str) -> str:
    """Wikidata's `creation` timestamp at the precision it can carry: Wikidata writes a year as
    1 January and a month as its 1st, so YYYY-01-01 is read as a year, YYYY-MM-01 as a month."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T00:00:00Z", creation.strip())
    if not m:
        return ""
    year, month, day = m.groups()
    if month == "01" and day == "01":
        return year
    if day == "01":
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def coordinates(r: dict[str, str]) -> tuple[float, float] | None:
    try:
        return float(r["latitude"]), float(r["longitude"])
    except ValueError:
        return None


@dataclass(frozen=True)
class Place:
    """Where a mission is: the city a reader names (empty when the source names none), the
    source's value where it differs, the city its coordinates lie near when the source names only
    a region, and a note when the coordinates disagree with the city."""
    city: str
    source: str = ""
    near: str = ""
    far: str = ""


def place(label: str, item: str, at: tuple[float, float] | None) -> Place:
    """The reviewed reading of the source's `city` value (tables.CITIES and tables.REGIONS)."""
    keyed = f"{label} ({item})"
    entry = tables.CITIES.get(keyed) or tables.CITIES.get(label)
    if entry is not None:
        city = entry[0]
        centre = tables.CITY_CENTRES.get(city)
        far = ""
        if at is not None and centre is not None and km_between(at, centre) > tables.NEAR_KM:
            far = (f"Wikidata places this mission in {label} ({city}), but its coordinates lie about "
                   f"{km_between(at, centre):,.0f} km from {city}.")
        return Place(city, label, "", far)
    region = tables.REGIONS.get(keyed) or tables.REGIONS.get(label)
    if region is not None:
        near = ""
        if at is not None:
            found = sorted((km_between(at, tables.CITY_CENTRES[c]), c) for c in region[0])
            if found and found[0][0] <= tables.NEAR_KM:
                near = found[0][1]
        return Place("", label, near)
    return Place(label)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9 ]+", " ", "".join(c for c in text if not unicodedata.combining(c)).lower()).strip()


def factbook_city(fact: dict[str, Any], inbound: bool) -> str | None:
    """The Factbook's city for the mission: its place, or the city of a US chancery address."""
    if fact.get("places"):
        return fact["places"][0]["name"]
    address = fact.get("values", {}).get("chancery", "") if inbound else ""
    m = re.search(r"[,;]\s*([A-Za-z .]+?),?\s+(?:[A-Z]{2}|D\.?\s?C\.?)\s*\d{5}", address)
    return m.group(1).strip() if m else None


def in_address(city: str, address: str) -> bool:
    """Whether a Wikidata city (or the city its district is in) is named in a Factbook address."""
    key = fold(tables.SAME_CITY.get(city, city).split(",")[0])
    return bool(key) and f" {key} " in f" {fold(address)} "


def same_city(wikidata_city: str, factbook_city: str) -> bool:
    """'New York City' and 'New York', 'Washington, D.C.' and 'Washington', 'Mitte' and 'Berlin'."""
    x = fold(tables.SAME_CITY.get(wikidata_city, wikidata_city))
    y = fold(factbook_city)
    return bool(x and y) and (x.startswith(y) or y.startswith(x))


@dataclass
class Tally:
    """What the import read, wrote and set aside: the figures of its report."""

    rows_read: int = 0
    missions: int = 0
    accreditations: int = 0
    items: Counter = field(default_factory=Counter)            # QID -> uses
    item_roles: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    labels: dict[str, set] = field(default_factory=lambda: defaultdict(set))   # QID -> labels seen
    types: Counter = field(default_factory=Counter)            # typeQID -> rows
    unmapped_items: Counter = field(default_factory=Counter)   # QID not in the table
    unmapped_types: Counter = field(default_factory=Counter)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (QID, reason)
    jurisdictions_dropped: Counter = field(default_factory=Counter)  # reason -> count
    host_fixed: list[str] = field(default_factory=list)
    operator_fixed: list[str] = field(default_factory=list)
    place_fixed: list[str] = field(default_factory=list)
    sar_hosts: Counter = field(default_factory=Counter)              # HK / MO -> missions
    remapped: Counter = field(default_factory=Counter)               # (source value, our reading) -> missions
    far: list[str] = field(default_factory=list)
    jurisdictions_left: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    factbook_only: list[str] = field(default_factory=list)
    consulate_differences: list[str] = field(default_factory=list)
    agreements: int = 0
    not_compared: list[str] = field(default_factory=list)
    consulates_factbook_only: int = 0
    host_from_jurisdiction: int = 0
    problems: list[str] = field(default_factory=list)
    by_type: Counter = field(default_factory=Counter)
    opened: int = 0
    cityless: int = 0
    coverage: dict[str, Any] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)


def report(tally: Tally) -> Report:
    """The import's report, from its tally."""
    c = tally.coverage
    rep = Report("missions", "missions (Wikidata's diplomatic missions)", "../shared/dyadic/embassies/embassies.csv")
    rep.intro().line("The source is crowd-sourced (Wikidata, November 2022) and incomplete: a pair with no row has "
                     "no mission *recorded*, which is not the same as no mission.")
    rep.section("Counts")
    rep.line(f"- rows read: {tally.rows_read:,}",
             f"- missions written (missions.tsv, one fact each): {tally.missions:,}",
             f"- accreditations written (accreditations.tsv, one fact each): {tally.accreditations:,}",
             f"- missions left out: {len(tally.dropped):,} (listed below)",
             f"- missions whose host was read from the city (HOST_FIXES): {len(tally.host_fixed):,}",
             f"- missions in Italy whose jurisdiction is the Holy See, written as missions to the Holy See "
             f"(HOST_FROM_JURISDICTION): {tally.host_from_jurisdiction:,}",
             f"- missions whose operator was read from the row (OPERATOR_FIXES): {len(tally.operator_fixed):,}",
             "- missions Wikidata places in the People's Republic of China written as missions in Hong Kong "
             "(HK) or Macao (MO) (SAR_CITIES, SAR_BOUNDS): "
             + (", ".join(f"{code} {n:,}" for code, n in sorted(tally.sar_hosts.items())) or "none"),
             f"- missions whose city is read from a district, a municipality or a region (CITIES, REGIONS; the "
             f"source's value kept in `city_source`): {sum(tally.remapped.values()):,}, from "
             f"{len({src for src, _ in tally.remapped}):,} values (listed below)",
             f"- missions with an opening date: {tally.opened:,}; without a city: {tally.cityless:,}",
             "",
             "| type | missions |",
             "|---|---|")
    rep.lines([f"| {t} | {n:,} |" for t, n in sorted(tally.by_type.items(), key=lambda kv: (-kv[1], kv[0]))])
    rep.line("", "Jurisdictions (the `jurisdictions` column) not written as accreditations:", "")
    rep.lines([f"- {why}: {n:,}" for why, n in sorted(tally.jurisdictions_dropped.items())] or ["- none"])
    rep.section("Coverage")
    rep.line(f"- UN member states (Factbook memberships of ORG-UN): {c.get('members', 0)}",
             f"- ordered pairs of members: {c.get('pairs', 0):,}",
             f"- with a mission recorded (a keeps a mission in b): {c.get('mission', 0):,} ({c.get('mission_pct', 0):.2f}%)",
             f"- with a mission or an accreditation recorded: {c.get('any', 0):,} ({c.get('any_pct', 0):.2f}%)",
             f"- unordered pairs with something recorded in both directions: {c.get('both', 0):,} of "
             f"{c.get('unordered', 0):,} ({c.get('both_pct', 0):.2f}%)",
             f"- members with no mission abroad recorded: {', '.join(c.get('no_abroad', [])) or 'none'}",
             "")
    rep.section("Conflicts with the Factbook (data/factbook/us-representation.toml)")
    rep.line("The same mission described differently: the Wikidata fact carries a note and `conflicts_with` "
        f"naming the Factbook fact. Pairs compared and agreeing on the city: {tally.agreements:,}; "
        f"not compared (a city missing on one side): {len(tally.not_compared):,}"
        + (f" ({'; '.join(tally.not_compared)})" if tally.not_compared else "") + ".", "")
    rep.lines([f"- {x}" for x in tally.conflicts] or ["- none"])
    rep.line("",
             "Missions the Factbook lists that Wikidata does not record (not a conflict: the list is incomplete):",
             "")
    rep.lines([f"- {x}" for x in tally.factbook_only] or ["- none"])
    rep.line("",
             "Consulates general (report only; not the same mission, so not a conflict): the Factbook "
             f"names consulates general Wikidata does not record for {tally.consulates_factbook_only} pairs; "
             "Wikidata records consulates general in cities (or states, or with no city) the Factbook does not name:",
             "")
    rep.lines([f"- {x}" for x in tally.consulate_differences] or ["- none"])
    rep.set_aside_section("Missions left out")
    grouped: dict[str, list[str]] = defaultdict(list)
    for q, why in tally.dropped:
        grouped[why].append(q)
    rep.lines([f"- {why} ({len(qs)}): {', '.join(qs)}" for why, qs in sorted(grouped.items())] or ["- none"])
    rep.line("", "Jurisdictions left out, by mission (an item with no party, or the operator itself):", "")
    rep.lines([f"- {x}" for x in tally.jurisdictions_left] or ["- none"])
    rep.section("Hosts read from the city")
    rep.lines([f"- {x}" for x in tally.host_fixed] or ["- none"])
    rep.section("Cities that are plainly another city's (PLACE_FIXES; the source's value kept)")
    rep.lines([f"- {x}" for x in tally.place_fixed] or ["- none"])
    rep.section("Operators read from the row")
    rep.lines([f"- {x}" for x in tally.operator_fixed] or ["- none"])
    rep.section("Cities read from districts, municipalities and regions")
    rep.line("The source's `city` is the item a mission is located in: often a district, a borough, a ward, a "
             "municipality, or a state or region. Each value below was reviewed (importers/missions_tables.py, "
             "CITIES and REGIONS). A district's city is certain; a region names no city, so the city is given "
             "only as near the one its coordinates lie within "
             f"{tables.NEAR_KM} km of, or as not recorded. The source's value stays in `city_source`.",
             "",
             "| the source's value | read as | missions | why |",
             "|---|---|---|---|")
    for (src, read), n in sorted(tally.remapped.items(), key=lambda kv: (kv[0][0].lower(), kv[0][1])):
        entry = tables.CITIES.get(src) or tables.REGIONS.get(src)
        why = entry[1] if entry else next((v[1] for k, v in {**tables.CITIES, **tables.REGIONS}.items()
                                           if k.startswith(src + " (")), "")
        rep.line(f"| {src} | {read} | {n:,} | {why} |")
    rep.line("",
             "Missions whose coordinates lie far from the city their district is in (kept, with a note on the fact):",
             "")
    rep.lines([f"- {x}" for x in tally.far] or ["- none"])
    rep.section("Wikidata items and what became of them")
    rep.line("Every item the source names as operator, country or jurisdiction (uses: op = operator, "
             "host = country, jur = jurisdiction).",
             "",
             "| item | label | party | uses | reason |",
             "|---|---|---|---|---|")
    for item in sorted(tally.items, key=lambda q: (tables.ITEMS.get(q, ("",))[0].lower(), q)):
        label, party, why = tables.ITEMS.get(item, (" / ".join(sorted(tally.labels[item])), None,
                                                    "NOT IN THE REVIEWED TABLE: not written"))
        roles = ", ".join(f"{r} {n}" for r, n in sorted(tally.item_roles[item].items()))
        rep.line(f"| {item} | {label} | {party or '(left out)'} | {roles} | {why} |")
    rep.section("Types")
    rep.line("| type item | label | written as | rows |", "|---|---|---|---|")
    for t, n in sorted(tally.types.items(), key=lambda kv: (-kv[1], kv[0])):
        label, code = tables.TYPES.get(t, ("", "NOT IN THE REVIEWED TABLE: not written"))
        rep.line(f"| {t} | {label} | {code} | {n:,} |")
    rep.section("Other problems")
    rep.lines([f"- {p}" for p in tally.duplicates + tally.problems] or ["- none"])
    rep.section("Not read")
    rep.line("- `address`, `website`: not needed for the facts. `latitude` and `longitude` are read to check a "
             "district's city and to place a region's mission near a city; they are not written.",
             "- `cityQID` tells apart two items of one name (Kingston, Chūō-ku, San Isidro); the city is kept by "
             "name. `operatorQID`, `countryQID`, `jurisdictionQIDs` and `typeQID` are read through the reviewed "
             "tables.",
             "")
    for name, size in sorted(tally.sizes.items()):
        rep.file(name, size)
    return rep


class Importer:
    def __init__(self, input_dir: Path, data_dir: Path = DATA_DIR) -> None:
        self.dir = input_dir
        self.data_dir = data_dir
        self.report = Tally()
        self.missions: dict[tuple[str, str, str], dict[str, str]] = {}
        self.accreditations: dict[tuple[str, str, str], dict[str, str]] = {}
        path = data_dir / "countries.toml"
        self.names = {p["code"]: p["name"] for p in load_toml(path).get("party", [])} if path.exists() else {}

    def the(self, code: str) -> str:
        from relations.dyadic.missions import the

        return the(self.names.get(code, code))

    def item(self, q: str, label: str, role: str) -> str | None:
        self.report.items[q] += 1
        self.report.labels[q].add(label)
        self.report.item_roles[q][role] += 1
        entry = tables.ITEMS.get(q)
        if entry is None:
            self.report.unmapped_items[q] += 1
            return None
        return entry[1]

    def read(self) -> None:
        rep = self.report
        countries = party_codes(self.data_dir)
        for q, (label, party, _) in sorted(tables.ITEMS.items()):
            if party is not None and party not in countries:
                rep.problems.append(f"reviewed table maps {q} ({label}) to {party}, which is not in countries.toml")
        with (self.dir / FILE).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in NEEDED if c not in (reader.fieldnames or [])]
            if missing:
                raise ValueError(f"{FILE}: columns missing: {missing}")
            for record in reader:
                rep.rows_read += 1
                self.row(record)

    def row(self, r: dict[str, str]) -> None:
        rep = self.report
        mq = qid(r["QID"])
        a = self.item(qid(r["operatorQID"]), r["operator"], "op")
        b = self.item(qid(r["countryQID"]), r["country"], "host")
        names = [n.strip() for n in r["jurisdictions"].split("|")] if r["jurisdictions"].strip() else []
        jqs = [qid(x) for x in r["jurisdictionQIDs"].split("|")] if r["jurisdictionQIDs"].strip() else []
        if len(names) != len(jqs):
            rep.problems.append(f"{mq}: {len(names)} jurisdiction names but {len(jqs)} items: jurisdictions not read")
            names, jqs = [], []
        jurisdictions = [(jq, self.item(jq, n, "jur")) for n, jq in zip(names, jqs, strict=True)]
        t = qid(r["typeQID"])
        rep.types[t] += 1
        kind = tables.TYPES.get(t, ("", None))[1]
        source_city = " ".join(r["city"].split())
        where = place(source_city, qid(r["cityQID"]) if r["cityQID"].strip() else "", coordinates(r))
        notes = [where.far] if where.far else []
        if mq in tables.PLACE_FIXES:
            wrong, right, fix_note = tables.PLACE_FIXES[mq]
            if wrong != source_city:
                rep.problems.append(f"{mq}: PLACE_FIXES names the city {wrong!r}, the source {source_city!r}: not fixed")
            else:
                where = Place(right, source_city)
                notes.append(fix_note)
                rep.place_fixed.append(f"{mq}: {r['operator']}'s {r['type']} in {r['country']}: {fix_note}")
        city = where.city
        named = city or where.near or where.source   # the place the report names the mission by
        if mq in tables.NO_HOST:
            rep.dropped.append((mq, tables.NO_HOST[mq]))
            return
        if mq in tables.OPERATOR_FIXES:
            party, item, why, fix_note = tables.OPERATOR_FIXES[mq]
            if item != qid(r["operatorQID"]):
                rep.problems.append(f"{mq}: OPERATOR_FIXES names the operator {item}, the source "
                                    f"{qid(r['operatorQID'])}: not fixed")
            else:
                rep.operator_fixed.append(f"{mq}: {r['operator']}'s {r['type']} in {named or '?'}: operator {party} ({why})")
                notes.append(fix_note)
                a = party
        if mq in tables.HOST_FIXES:
            host, fix_city = tables.HOST_FIXES[mq]
            if fix_city != source_city:
                rep.problems.append(f"{mq}: HOST_FIXES names the city {fix_city!r}, the source {source_city!r}: not fixed")
            else:
                rep.host_fixed.append(f"{mq}: {r['operator']}'s {r['type']} in {source_city}: the source's country is "
                                      f"{r['country']!r}; host {host}")
                notes.append(f"Wikidata gives {r['country']} as the country of this mission; the host is read "
                             f"from its city, {city or source_city}.")
                b = host
        codes = {j for _, j in jurisdictions if j}
        for (country, juris), new_host in sorted(tables.HOST_FROM_JURISDICTION.items()):
            if b == country and juris in codes and country not in codes:
                rep.host_from_jurisdiction += 1
                notes.append(f"Wikidata gives {r['country']} as the country of this mission and "
                             f"{self.the(juris)} as its jurisdiction; it is taken as a mission to {self.the(new_host)}.")
                b = new_host
        if b == "CN":
            at = coordinates(r)
            sar = tables.SAR_CITIES.get(city)
            if sar is None and not city and not where.source and at is not None:
                sar = next((code for code, (s, n, w, e) in sorted(tables.SAR_BOUNDS.items())
                            if s <= at[0] <= n and w <= at[1] <= e), None)
                how = "its coordinates"
            else:
                how = "its city" if where.source in ("", city) else f"its city, {where.source}"
            if sar is not None:
                rep.sar_hosts[sar] += 1
                notes.append(f"Wikidata gives the People's Republic of China as the country of this mission; it is "
                             f"in {self.the(sar)} (by {how}), and is written as a mission there.")
                b = sar
        for jq, _ in jurisdictions:
            if jq in tables.HISTORICAL_JURISDICTIONS:
                party, why = tables.HISTORICAL_JURISDICTIONS[jq]
                if party is None:
                    rep.dropped.append((mq, f"{r['operator']}'s {r['type']} in {named or '?'}: {why}"))
                    return
                notes.append(f"Its jurisdiction in Wikidata is {self.names.get(party, party)}, a state that no "
                             f"longer exists: it is a fact of that state.")
                b = party
        if kind is None:
            rep.unmapped_types[t] += 1
            rep.dropped.append((mq, f"type {t} ({r['type']}) not in the reviewed table"))
            return
        if a is None:
            why = tables.ITEMS.get(qid(r["operatorQID"]), ("", None, "not in the reviewed table"))[2]
            rep.dropped.append((mq, f"operator {r['operator']} ({qid(r['operatorQID'])}): {why}"))
            return
        if b is None:
            why = tables.ITEMS.get(qid(r["countryQID"]), ("", None, "not in the reviewed table"))[2]
            rep.dropped.append((mq, f"operator {r['operator']}, country {r['country']} ({qid(r['countryQID'])}): {why}"))
            return
        if a == b:
            rep.dropped.append((mq, f"{r['operator']}'s {r['type']} in {named or '?'}: operator and country are one "
                                    f"party ({a}) and no reviewed host"))
            return
        key = (a, b, mq)
        if key in self.missions:
            rep.duplicates.append(f"{mq}: a second row for {a} in {b}: the first is kept")
            return
        if where.source and mq not in tables.PLACE_FIXES:
            rep.remapped[(where.source, city or (f"near {where.near}" if where.near else "(not recorded)"))] += 1
        if where.far:
            rep.far.append(f"{mq} ({a} in {b}): {where.far}")
        self.missions[key] = {"a": a, "b": b, "type": kind, "city": city, "city_source": where.source,
                              "near": where.near, "opened": opened(r["creation"]),
                              "opened_as": tables.OPENED_AS.get(mq, "") if r["creation"].strip() else "",
                              "qid": mq, "note": " ".join(notes), "conflict": ""}
        left: list[str] = []
        for _jq, j in jurisdictions:
            if j is None:
                rep.jurisdictions_dropped["an item left out (see the items table: regions, organisations, entities without a party)"] += 1
                left.append(f"{tables.ITEMS.get(_jq, (_jq,))[0]} ({_jq})")
            elif j == b:
                rep.jurisdictions_dropped["the mission's own host (not an accreditation elsewhere)"] += 1
            elif j == a:
                rep.jurisdictions_dropped["the operator itself"] += 1
                left.append(f"{tables.ITEMS.get(_jq, (_jq,))[0]} ({_jq}, the operator itself)")
            elif (a, j, mq) in self.accreditations:
                rep.jurisdictions_dropped["named twice for one mission"] += 1
            else:
                self.accreditations[(a, j, mq)] = {"a": a, "b": j, "host": b, "type": kind, "city": city,
                                                   "city_source": where.source, "near": where.near, "qid": mq}
        if left:
            rep.jurisdictions_left.append(f"{mq} ({a} in {b}): {', '.join(left)}")

    # -- the Factbook's US representation ------------------------------------------------------

    def compare_factbook(self) -> None:
        """Compare embassy-level missions with the Factbook's US representation facts: a conflict is
        the Factbook saying there is no embassy where Wikidata lists one, or the two placing it in
        different cities. The Factbook's city is its fact's place, or (missions in the US) the city
        of the chancery's US address."""
        path = self.data_dir / "factbook" / "us-representation.toml"
        if not path.exists():
            self.report.problems.append(f"{path} not found: no comparison with the Factbook")
            return
        facts = {f["id"]: f for f in load_toml(path).get("fact", [])}
        by_pair: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
        for row in self.missions.values():
            by_pair[(row["a"], row["b"])].append(row)
        rep = self.report
        for fid, fact in sorted(facts.items()):
            other = [p for p in fact["parties"] if p != "US"][0]
            inbound = fid.startswith("factbook.mission-in-us.")
            a, b = (other, "US") if inbound else ("US", other)
            values = fact.get("values", {})
            address = values.get("chancery" if inbound else "embassy", "")
            says_none = (fact["text"].startswith("The Factbook lists no")
                         or "the Factbook lists no embassy" in fact["text"]
                         or bool(re.search(r"does not (have|maintain)|has no offices", address + " " + fact["text"])))
            rows = by_pair.get((a, b), [])
            embassies = [r for r in rows if r["type"] in ("embassy", "high_commission", "nunciature")]
            city = factbook_city(fact, inbound)
            if embassies and says_none:
                for r in embassies:
                    self._conflict(r, fid, f"The Factbook ({fid}) lists no embassy of {self.the(a)} in {self.the(b)}.")
            elif embassies and city:
                # A region's mission agrees when its coordinates lie near the Factbook's city; it is
                # never a conflict (Wikidata names no city for it).
                if any(same_city(r["city"] or r["near"], city) for r in embassies):
                    rep.agreements += 1
                elif not any(r["city"] for r in embassies):
                    rep.not_compared.append(f"{a} in {b}: Wikidata gives no city")
                else:
                    for r in embassies:
                        if r["city"]:
                            self._conflict(r, fid, f"The Factbook ({fid}) places this embassy in {city}, "
                                                   f"Wikidata in {r['city'].rstrip('.')}.")
            elif embassies and any((r["city"] or r["near"]) and in_address(r["city"] or r["near"], address)
                                   for r in embassies):
                rep.agreements += 1
            elif embassies:
                rep.not_compared.append(f"{a} in {b} ({fid}): no city in the Factbook's address, Wikidata's "
                                        f"({', '.join(r['city'] or r['city_source'] or '-' for r in embassies)}) not in it")
            elif address and not says_none:
                rep.factbook_only.append(f"{a} in {b}: the Factbook ({fid}) gives an embassy or chancery"
                                         f"{' in ' + city if city else ''}; Wikidata records none")
            # A list of offices ({city, qualifier}), or (Bhutan) one consulate's address.
            listed = values.get("consulates_general", [])
            fb_cgs = [c["city"] for c in listed] if isinstance(listed, list) else []
            # Wikidata's city, or the city a region's coordinates lie near (inferred: shown as such).
            wd = sorted((r["city"] or r["near"], r["city"] or (f"{r['city_source']} (near {r['near']})" if r["near"]
                                                             else r["city_source"] or "(no city)"))
                        for r in rows if r["type"] == "consulate_general")
            wd_cgs = [shown for _, shown in wd]
            if fb_cgs or wd_cgs:
                fb_only = [c for c in fb_cgs if not any(same_city(w, c) for w, _ in wd)]
                wd_only = [shown for w, shown in wd if not any(same_city(w, c) for c in fb_cgs)]
                if fb_only and not wd_only:
                    rep.consulates_factbook_only += 1
                elif wd_only:
                    rep.consulate_differences.append(
                        f"{a} in {b} ({fid}): Factbook only: {', '.join(fb_only) or '-'}; "
                        f"Wikidata only: {', '.join(wd_only) or '-'}")

    def _conflict(self, row: dict[str, str], fid: str, note: str) -> None:
        note += " (The dates differ: this list is of November 2022, the Factbook of 2025-2026.)"
        row["note"] = (row["note"] + " " + note).strip()
        row["conflict"] = " ".join(sorted(set(row["conflict"].split()) | {fid}))
        self.report.conflicts.append(f"{row['a']} in {row['b']}, {row['qid']} ({row['type']}, "
                                     f"{row['city'] or 'no city'}): {note}")

    # -- coverage and output -------------------------------------------------------------------

    def coverage(self) -> None:
        members = un_members(self.data_dir)
        mission = {(r["a"], r["b"]) for r in self.missions.values()}
        accredited = {(r["a"], r["b"]) for r in self.accreditations.values()}
        any_ = mission | accredited
        pairs = [(x, y) for x in members for y in members if x != y]
        n = len(pairs)
        unordered = [(x, y) for i, x in enumerate(members) for y in members[i + 1:]]
        both = sum((x, y) in any_ and (y, x) in any_ for x, y in unordered)
        self.report.coverage = {
            "members": len(members), "pairs": n,
            "mission": sum(p in mission for p in pairs), "any": sum(p in any_ for p in pairs),
            "mission_pct": 100 * sum(p in mission for p in pairs) / n if n else 0.0,
            "any_pct": 100 * sum(p in any_ for p in pairs) / n if n else 0.0,
            "unordered": len(unordered), "both": both, "both_pct": 100 * both / len(unordered) if unordered else 0.0,
            "no_abroad": [m for m in members if not any(a == m for a, _ in mission)],
        }

    def build(self) -> dict[str, str]:
        self.read()
        self.compare_factbook()
        self.coverage()
        rep = self.report
        rep.missions = len(self.missions)
        rep.accreditations = len(self.accreditations)
        rep.by_type = Counter(r["type"] for r in self.missions.values())
        rep.opened = sum(bool(r["opened"]) for r in self.missions.values())
        rep.cityless = sum(not r["city"] for r in self.missions.values())
        rep.conflicts.sort()
        header = HEADER.format(name="missions", input="Wikidata's embassies list (../shared/dyadic/embassies)")
        source = {
            "id": SOURCE_ID,
            "title": "Diplomatic missions in Wikidata (the database of embassies and consulates)",
            "publisher": "Wikidata contributors, via the \"database of embassies\" project",
            "kind": "data set",
            "date": "2022-11",
            "url": "https://github.com/database-of-embassies/database-of-embassies",
            "licence": "CC0",
            "credit": "Wikidata contributors, via the \"database of embassies\" project",
            "note": ("Crowd-sourced and incomplete, as of November 2022: a mission missing from it may well "
                     "exist, and one listed may have closed since. Types are normalised to a small vocabulary "
                     "(embassy, high commission, nunciature, consulate general, consulate, honorary consulate, "
                     "de facto embassy, ...); opening dates given as 1 January or the 1st of a month are read as "
                     "a year or a month. Facts cite the mission's Wikidata item (QID), which is the key of its row."),
        }
        m_rows = [[r[c] for c in MISSION_COLUMNS] for r in self.missions.values()]
        a_rows = [[r[c] for c in ACCREDITATION_COLUMNS] for r in self.accreditations.values()]
        files = {
            "missions.tsv": render_tsv("missions", FOLDER, MISSION_COLUMNS, m_rows),
            "accreditations.tsv": render_tsv("missions", FOLDER, ACCREDITATION_COLUMNS, a_rows),
            "sources.toml": render_toml(header, [("source", source)]),
        }
        rep.sizes = {name: len(text.encode("utf-8")) for name, text in files.items()}
        files["report.md"] = report(rep).markdown()
        return files


def build(input_dir: Path, data_dir: Path = DATA_DIR) -> tuple[dict[str, str], Tally]:
    importer = Importer(input_dir, data_dir)
    files = importer.build()
    return files, importer.report


def run(input_dir: Path = DEFAULT_INPUT, out_dir: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR) -> Tally:
    files, report = build(input_dir, data_dir)
    replace_folder(out_dir, files)
    return report


def main(argv: list[str] | None = None) -> int:
    def go(args: argparse.Namespace) -> str:
        return report(run(args.input, args.out)).markdown()

    return run_main("missions", __doc__.splitlines()[0], go, argv,
                    default_input=DEFAULT_INPUT, default_output=DEFAULT_OUTPUT, needs=(FILE,))


if __name__ == "__main__":
    raise SystemExit(main())
