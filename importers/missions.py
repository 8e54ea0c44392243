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
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers import missions_tables as tables
from importers.common import DATA_DIR, HEADER, SHARED_DIR, load_toml, render_toml, replace_folder
from importers.visas import fmt_bytes, party_codes, render_tsv, un_members

SOURCE_ID = "wikidata-embassies"
FOLDER = "embassies"
FILE = "embassies.csv"
DEFAULT_INPUT = SHARED_DIR / "dyadic" / FOLDER
DEFAULT_OUTPUT = DATA_DIR / "dyadic" / "missions"
MISSION_COLUMNS = ("a", "b", "type", "city", "opened", "qid", "note", "conflict")
ACCREDITATION_COLUMNS = ("a", "b", "host", "type", "city", "qid")
NEEDED = ("operator", "operatorQID", "jurisdictions", "jurisdictionQIDs", "country", "countryQID",
          "city", "type", "typeQID", "creation", "QID")


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
class Report:
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

    def markdown(self) -> str:
        c = self.coverage
        out = [
            "# Import report: missions (Wikidata's diplomatic missions)",
            "",
            "Generated by `python -m importers.missions` from `../shared/dyadic/embassies/embassies.csv`.",
            "Not loaded by the tool. Do not edit by hand.",
            "",
            "The source is crowd-sourced (Wikidata, November 2022) and incomplete: a pair with no row has no "
            "mission *recorded*, which is not the same as no mission.",
            "",
            "## Counts",
            "",
            f"- rows read: {self.rows_read:,}",
            f"- missions written (missions.tsv, one fact each): {self.missions:,}",
            f"- accreditations written (accreditations.tsv, one fact each): {self.accreditations:,}",
            f"- missions left out: {len(self.dropped):,} (listed below)",
            f"- missions whose host was read from the city (HOST_FIXES): {len(self.host_fixed):,}",
            f"- missions in Italy whose jurisdiction is the Holy See, written as missions to the Holy See "
            f"(HOST_FROM_JURISDICTION): {self.host_from_jurisdiction:,}",
            f"- missions with an opening date: {self.opened:,}; without a city: {self.cityless:,}",
            "",
            "| type | missions |", "|---|---|",
        ]
        out += [f"| {t} | {n:,} |" for t, n in sorted(self.by_type.items(), key=lambda kv: (-kv[1], kv[0]))]
        out += ["", "Jurisdictions (the `jurisdictions` column) not written as accreditations:", ""]
        out += [f"- {why}: {n:,}" for why, n in sorted(self.jurisdictions_dropped.items())] or ["- none"]
        out += [
            "", "## Coverage", "",
            f"- UN member states (Factbook memberships of ORG-UN): {c.get('members', 0)}",
            f"- ordered pairs of members: {c.get('pairs', 0):,}",
            f"- with a mission recorded (a keeps a mission in b): {c.get('mission', 0):,} ({c.get('mission_pct', 0):.2f}%)",
            f"- with a mission or an accreditation recorded: {c.get('any', 0):,} ({c.get('any_pct', 0):.2f}%)",
            f"- unordered pairs with something recorded in both directions: {c.get('both', 0):,} of "
            f"{c.get('unordered', 0):,} ({c.get('both_pct', 0):.2f}%)",
            f"- members with no mission abroad recorded: {', '.join(c.get('no_abroad', [])) or 'none'}",
            "",
            "## Conflicts with the Factbook (data/factbook/us-representation.toml)",
            "",
            "The same mission described differently: the Wikidata fact carries a note and `conflicts_with` "
            f"naming the Factbook fact. Pairs compared and agreeing on the city: {self.agreements:,}; "
            f"not compared (a city missing on one side): {len(self.not_compared):,}"
            + (f" ({'; '.join(self.not_compared)})" if self.not_compared else "") + ".",
            "",
        ]
        out += [f"- {x}" for x in self.conflicts] or ["- none"]
        out += ["", "Missions the Factbook lists that Wikidata does not record (not a conflict: the list is incomplete):", ""]
        out += [f"- {x}" for x in self.factbook_only] or ["- none"]
        out += ["", "Consulates general (report only; not the same mission, so not a conflict): the Factbook "
                f"names consulates general Wikidata does not record for {self.consulates_factbook_only} pairs; "
                "Wikidata records consulates general in cities (or states, or with no city) the Factbook does not name:", ""]
        out += [f"- {x}" for x in self.consulate_differences] or ["- none"]
        out += ["", "## Missions left out", ""]
        grouped: dict[str, list[str]] = defaultdict(list)
        for q, why in self.dropped:
            grouped[why].append(q)
        out += [f"- {why} ({len(qs)}): {', '.join(qs)}" for why, qs in sorted(grouped.items())] or ["- none"]
        out += ["", "## Hosts read from the city", ""]
        out += [f"- {x}" for x in self.host_fixed] or ["- none"]
        out += ["", "## Wikidata items and what became of them", "",
                "Every item the source names as operator, country or jurisdiction (uses: op = operator, "
                "host = country, jur = jurisdiction).", "",
                "| item | label | party | uses | reason |", "|---|---|---|---|---|"]
        for item in sorted(self.items, key=lambda q: (tables.ITEMS.get(q, ("",))[0].lower(), q)):
            label, party, why = tables.ITEMS.get(item, (" / ".join(sorted(self.labels[item])), None,
                                                        "NOT IN THE REVIEWED TABLE: not written"))
            roles = ", ".join(f"{r} {n}" for r, n in sorted(self.item_roles[item].items()))
            out.append(f"| {item} | {label} | {party or '(left out)'} | {roles} | {why} |")
        out += ["", "## Types", "", "| type item | label | written as | rows |", "|---|---|---|---|"]
        for t, n in sorted(self.types.items(), key=lambda kv: (-kv[1], kv[0])):
            label, code = tables.TYPES.get(t, ("", "NOT IN THE REVIEWED TABLE: not written"))
            out.append(f"| {t} | {label} | {code} | {n:,} |")
        out += ["", "## Other problems", ""]
        out += [f"- {p}" for p in self.duplicates + self.problems] or ["- none"]
        out += ["", "## Not read", "",
                "- `address`, `latitude`, `longitude`, `website`: not needed for the facts (the address and "
                "coordinates add size, not pairs).",
                "- `cityQID`: the city is kept by name; `operatorQID`, `countryQID`, `jurisdictionQIDs` and "
                "`typeQID` are read through the reviewed tables.",
                "", "## Files", ""]
        out += [f"- `{name}`: {fmt_bytes(n)}" for name, n in sorted(self.sizes.items())]
        return "\n".join(out) + "\n"


class Importer:
    def __init__(self, input_dir: Path, data_dir: Path = DATA_DIR) -> None:
        self.dir = input_dir
        self.data_dir = data_dir
        self.report = Report()
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
        city = " ".join(r["city"].split())
        note = ""
        if mq in tables.NO_HOST:
            rep.dropped.append((mq, tables.NO_HOST[mq]))
            return
        if mq in tables.HOST_FIXES:
            host, fix_city = tables.HOST_FIXES[mq]
            if fix_city != city:
                rep.problems.append(f"{mq}: HOST_FIXES names the city {fix_city!r}, the source {city!r}: not fixed")
            else:
                rep.host_fixed.append(f"{mq}: {r['operator']}'s {r['type']} in {city}: the source's country is "
                                      f"{r['country']!r}; host {host}")
                note = (f"Wikidata gives {r['country']} as the country of this mission; the host is read from "
                        f"its city, {city}.")
                b = host
        codes = {j for _, j in jurisdictions if j}
        for (country, juris), new_host in sorted(tables.HOST_FROM_JURISDICTION.items()):
            if b == country and juris in codes and country not in codes:
                rep.host_from_jurisdiction += 1
                note = (f"Wikidata gives {r['country']} as the country of this mission and "
                        f"{self.the(juris)} as its jurisdiction; it is taken as a mission to {self.the(new_host)}.")
                b = new_host
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
            rep.dropped.append((mq, f"{r['operator']}'s {r['type']} in {city or '?'}: operator and country are one "
                                    f"party ({a}) and no reviewed host"))
            return
        key = (a, b, mq)
        if key in self.missions:
            rep.duplicates.append(f"{mq}: a second row for {a} in {b}: the first is kept")
            return
        self.missions[key] = {"a": a, "b": b, "type": kind, "city": city, "opened": opened(r["creation"]),
                              "qid": mq, "note": note, "conflict": ""}
        for _jq, j in jurisdictions:
            if j is None:
                rep.jurisdictions_dropped["an item left out (see the items table: regions, organisations, entities without a party)"] += 1
            elif j == b:
                rep.jurisdictions_dropped["the mission's own host (not an accreditation elsewhere)"] += 1
            elif j == a:
                rep.jurisdictions_dropped["the operator itself"] += 1
            elif (a, j, mq) in self.accreditations:
                rep.jurisdictions_dropped["named twice for one mission"] += 1
            else:
                self.accreditations[(a, j, mq)] = {"a": a, "b": j, "host": b, "type": kind, "city": city, "qid": mq}

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
                if any(same_city(r["city"], city) for r in embassies):
                    rep.agreements += 1
                elif not any(r["city"] for r in embassies):
                    rep.not_compared.append(f"{a} in {b}: Wikidata gives no city")
                else:
                    for r in embassies:
                        if r["city"]:
                            self._conflict(r, fid, f"The Factbook ({fid}) places this embassy in {city}, "
                                                   f"Wikidata in {r['city'].rstrip('.')}.")
            elif embassies and any(r["city"] and in_address(r["city"], address) for r in embassies):
                rep.agreements += 1
            elif embassies:
                rep.not_compared.append(f"{a} in {b} ({fid}): no city in the Factbook's address, "
                                        f"Wikidata's ({', '.join(r['city'] or '-' for r in embassies)}) not in it")
            elif address and not says_none:
                rep.factbook_only.append(f"{a} in {b}: the Factbook ({fid}) gives an embassy or chancery"
                                         f"{' in ' + city if city else ''}; Wikidata records none")
            # A list of offices ({city, qualifier}), or (Bhutan) one consulate's address.
            listed = values.get("consulates_general", [])
            fb_cgs = [c["city"] for c in listed] if isinstance(listed, list) else []
            wd_cgs = sorted(r["city"] or "(no city)" for r in rows if r["type"] == "consulate_general")
            if fb_cgs or wd_cgs:
                fb_only = [c for c in fb_cgs if not any(same_city(w, c) for w in wd_cgs)]
                wd_only = [w for w in wd_cgs if not any(same_city(w, c) for c in fb_cgs)]
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
        files["report.md"] = rep.markdown()
        return files


def build(input_dir: Path, data_dir: Path = DATA_DIR) -> tuple[dict[str, str], Report]:
    importer = Importer(input_dir, data_dir)
    files = importer.build()
    return files, importer.report


def run(input_dir: Path = DEFAULT_INPUT, out_dir: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR) -> Report:
    files, report = build(input_dir, data_dir)
    replace_folder(out_dir, files)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m importers.missions", description=__doc__.splitlines()[0])
    parser.add_argument("input_dir", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    if not (args.input_dir / FILE).is_file():
        parser.error(f"no {FILE} in {args.input_dir}")
    report = run(args.input_dir, args.out)
    sys.stdout.write(report.markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
