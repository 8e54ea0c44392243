"""Derive the geography and ties table from CEPII's GeoDist (dist_cepii.csv and geo_cepii.csv).

    python -m importers.geodist [GEODIST_DIR] [--out DATA_DIR/dyadic/geodist]

Reads the ordered country pairs of dist_cepii.csv and the country rows of geo_cepii.csv, maps
each ISO alpha-3 code to a party (data/countries.toml, and the reviewed exceptions of
importers/geodist_tables.py), checks that the two ordered rows of each pair agree, names the
shared languages and the colonisers from geo_cepii.csv (and checks those names against the pair
flags), and writes `pairs.tsv` (one row per unordered pair, the format of
src/relations/dyadic/geodist.py), `sources.toml` and `report.md`. Deterministic: the same input
gives byte-identical output. Standard library only (and relations.tomltext for the TOML).
"""

from __future__ import annotations

import argparse
import csv
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from importers import geodist_tables as tables
from importers.common import (
    DATA_DIR,
    HEADER,
    SHARED_DIR,
    ImportFailed,
    Report,
    display,
    load_toml,
    render_toml,
    replace_folder,
    run_main,
)

NAME = "geodist"
SOURCE_ID = "cepii-geodist"
DEFAULT_INPUT = SHARED_DIR / "dyadic" / "cepii-geodist"
DEFAULT_OUTPUT = DATA_DIR / "dyadic" / "geodist"

CAPITAL_COLUMNS = ("a", "b", "capital", "largest_city", "note")
COLUMNS = ("a", "b", "km", "city_km", "contig", "official", "spoken", "coloniser", "col_span", "col45",
           "curcol", "comcol", "comcol_by", "smctry", "cap_a", "cap_b", "note")
DIST_COLUMNS = ("iso_o", "iso_d", "contig", "comlang_off", "comlang_ethno", "colony", "comcol", "curcol", "col45",
                "smctry", "dist", "distcap", "distw", "distwces")
# The columns read from dist_cepii.csv; each must be the same in the rows (A, B) and (B, A).
SYMMETRIC = ("contig", "comlang_off", "comlang_ethno", "colony", "comcol", "curcol", "col45", "smctry", "dist",
             "distcap")
FLAGS = ("contig", "comlang_off", "comlang_ethno", "colony", "comcol", "curcol", "col45", "smctry")
OFFICIAL = ("langoff_1", "langoff_2", "langoff_3")
SPOKEN = ("lang20_1", "lang20_2", "lang20_3", "lang20_4", "lang9_1", "lang9_2", "lang9_3", "lang9_4")
LONG = ("colonizer1", "colonizer2", "colonizer3", "colonizer4")
SHORT = ("short_colonizer1", "short_colonizer2", "short_colonizer3")
NOT_READ = {
    "dist_cepii.csv": "distw, distwces (population-weighted distances: not the same in the two orders of a "
                      "pair, and missing for some countries)",
    "geo_cepii.csv": "cnum, pays, area, dis_int, landlocked, continent, city_fr, citynum; lat and lon only to "
                     "check the distances",
}


def km(text: str) -> int:
    return int(Decimal(text).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass
class Tally:
    """What the import read, wrote and set aside: the figures of its report."""

    input: str = ""
    dist_rows: int = 0
    self_rows: int = 0
    geo_rows: int = 0
    codes: dict[str, tuple[str | None, str]] = field(default_factory=dict)   # code -> (party, how/why)
    code_names: dict[str, str] = field(default_factory=dict)
    geo_only: list[str] = field(default_factory=list)
    source_pairs: int = 0
    mapped_pairs: int = 0
    rows_written: int = 0
    facts: Counter = field(default_factory=Counter)
    order_disagreements: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    language_checks: Counter = field(default_factory=Counter)
    language_disagreements: list[str] = field(default_factory=list)
    colonial: Counter = field(default_factory=Counter)
    colonial_problems: list[str] = field(default_factory=list)
    colonisers_not_flagged: list[str] = field(default_factory=list)
    comcol_named: Counter = field(default_factory=Counter)
    comcol_unnamed: list[str] = field(default_factory=list)
    dropped_pairs_with_flags: Counter = field(default_factory=Counter)
    capitals: list[str] = field(default_factory=list)
    distance_checks: Counter = field(default_factory=Counter)
    distance_mismatches: list[str] = field(default_factory=list)
    languages_renamed: list[str] = field(default_factory=list)
    parties_without_data: list[str] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)


def report(tally: Tally) -> Report:
    """The import's report, from its tally."""
    rep = Report(NAME, "CEPII GeoDist", tally.input)
    rep.section("Coverage")
    rep.line(f"- dist_cepii.csv rows read: {tally.dist_rows:,} ordered pairs "
             f"({tally.self_rows} rows of a country with itself skipped)",
             f"- geo_cepii.csv rows read: {tally.geo_rows} ({len(tally.code_names)} countries)",
             f"- unordered pairs of two different countries in the source: {tally.source_pairs:,}",
             f"- of these, pairs whose two countries are both parties: {tally.mapped_pairs:,}",
             f"- rows written to pairs.tsv: {tally.rows_written:,}",
             f"- pairs with a distance fact: {tally.facts['distance']:,} "
             f"({tally.facts['distance'] / tally.mapped_pairs:.1%} of the pairs whose countries are parties)"
             if tally.mapped_pairs else "- pairs with a distance fact: 0",
             "",
             "Facts the table gives (one per pair and kind):",
             "")
    rep.lines([f"- {kind}: {n:,}" for kind, n in sorted(tally.facts.items())])
    rep.line("", "Fact ids are `geodist.<kind>.<a>-<b>` (kinds: distance, contiguity, language, colony, "
            "common-coloniser, same-country), all dated `2004/2011` and citing `cepii-geodist`; "
            "src/relations/dyadic/geodist.py makes them from a row. Topics: distance and contiguity are "
            "`border` (where two countries lie on the map; the vocabulary's nearest topic); colonial ties, a "
            "common coloniser and former unity are `history` (historical links between the parties); shared "
            "languages are `cooperation` (its description takes in cultural ties; the vocabulary has no topic "
            "for language or culture, so this is a choice to review).")
    for name, size in sorted(tally.sizes.items()):
        rep.file(name, size)
    rep.section("Every source code and what became of it")
    rep.line("| code | source name | party | how / why |", "|---|---|---|---|")
    for code in sorted(tally.codes):
        party, why = tally.codes[code]
        if party is None:
            rep.set_aside(f"code {code} ({tally.code_names.get(code, 'not in geo_cepii.csv')})", why)
        rep.line(f"| {code} | {tally.code_names.get(code, '')} | {party or 'left out'} | {why} |")
    if tally.geo_only:
        rep.line("", "Codes in geo_cepii.csv with no row in dist_cepii.csv (no pairs): " + ", ".join(tally.geo_only))
    rep.line("", "Pairs left out because a country is left out, by what the source flags for them:", "")
    rep.lines([f"- {k}: {n:,}" for k, n in sorted(tally.dropped_pairs_with_flags.items())])
    rep.line("", "Parties in data/countries.toml with no row in the source (no facts from it): "
            + (", ".join(tally.parties_without_data) or "none"))
    rep.section("The two orders of a pair")
    rep.line(f"Columns compared between (A, B) and (B, A): {', '.join(SYMMETRIC)}. "
            f"Disagreements: {len(tally.order_disagreements)}. Where they disagree the cell is left empty "
            "(the source is unclear) and no fact is made from it.", "")
    rep.lines([f"- {a}-{b}: {col} = {x} for ({a}, {b}), {y} for ({b}, {a})"
            for a, b, col, x, y in tally.order_disagreements])
    rep.section("Languages: names from geo_cepii.csv against the pair flags")
    rep.line("Common official languages are the languages both countries list in langoff_1-3; languages "
            "spoken by at least 9% in both are those both list in lang20_1-4 or lang9_1-4 (the source's "
            "columns for 20% or more and for 9-20%).", "")
    rep.lines([f"- {k}: {n:,}" for k, n in sorted(tally.language_checks.items())])
    rep.line("", f"Disagreements: {len(tally.language_disagreements)}")
    rep.lines([f"- {d}" for d in tally.language_disagreements])
    rep.line("", "Language names shown in another spelling (matching uses the source's names): "
            + (", ".join(tally.languages_renamed) or "none"))
    rep.section("Colonial ties")
    rep.line("dist_cepii.csv's colony, col45 and curcol are the same in both orders of a pair, so they do not "
            "say who colonised whom; the direction comes from geo_cepii.csv (colonizer1-4: long rule, "
            "short_colonizer1-3: short or light rule).", "")
    rep.lines([f"- {k}: {n:,}" for k, n in sorted(tally.colonial.items())])
    rep.line("", f"Problems: {len(tally.colonial_problems)}")
    rep.lines([f"- {p}" for p in tally.colonial_problems])
    rep.line("", "Colonisers listed in geo_cepii.csv for a pair whose colony flag is 0 (no colonial fact is "
            f"written; the pair flag is the source's dyadic coding): {len(tally.colonisers_not_flagged)}")
    rep.lines([f"- {c}" for c in sorted(tally.colonisers_not_flagged)])
    rep.line("", "Common coloniser after 1945 (comcol = 1), how it was named:", "")
    rep.lines([f"- {k}: {n:,}" for k, n in sorted(tally.comcol_named.items())])
    rep.lines([f"- not named: {p}" for p in tally.comcol_unnamed])
    rep.section("Distances checked against the coordinates")
    rep.line("Each distance written was recomputed as a great-circle distance (sphere of radius 6,378.137 km) "
            "from geo_cepii.csv's coordinates of the capitals (cap = 1) and of the largest cities "
            "(maincity = 1); a difference of more than 0.5% and 2 km is listed.", "")
    rep.lines([f"- {k}: {n:,}" for k, n in sorted(tally.distance_checks.items())])
    rep.lines([f"- {m}" for m in tally.distance_mismatches])
    rep.section("Capitals")
    rep.line("Names are geo_cepii.csv's city_en of the row with cap = 1, except (importers/geodist_tables.py):", "")
    rep.lines([f"- {c}" for c in tally.capitals])
    rep.section("Not read")
    rep.lines([f"- {f}: {what}" for f, what in NOT_READ.items()])
    return rep


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def cells(row: dict[str, str], columns: tuple[str, ...]) -> list[str]:
    return [row[c] for c in columns if row.get(c) not in (None, "", ".")]


class Importer:
    def __init__(self, source_dir: Path, data_dir: Path = DATA_DIR) -> None:
        self.dir = source_dir
        self.report = Tally(input=display(source_dir))
        countries = load_toml(data_dir / "countries.toml").get("party", [])
        self.countries = {p["code"]: p for p in countries}
        self.by_alpha3 = {p["alpha3"]: p["code"] for p in countries if p.get("alpha3")}
        historical_path = data_dir / "rdcr" / "parties.toml"
        historical = load_toml(historical_path).get("party", []) if historical_path.exists() else []
        self.historical = {p["code"] for p in historical}
        self.points: dict[tuple[str, str], tuple[float, float, float]] = {}
        self.fact_notes: dict[tuple[str, str], list[str]] = defaultdict(list)
        for (one, two, kind), note in sorted(tables.FACT_NOTES.items()):
            self.fact_notes[(one, two) if one < two else (two, one)].append(f"{kind}: {note}")

    # -- reading ------------------------------------------------------------------------------

    def read(self) -> None:
        dist_rows = read_csv(self.dir / "dist_cepii.csv")
        if dist_rows and tuple(dist_rows[0]) != DIST_COLUMNS:
            raise ImportFailed(f"dist_cepii.csv: unexpected columns {tuple(dist_rows[0])}")
        self.dist: dict[tuple[str, str], dict[str, str]] = {}
        for row in dist_rows:
            self.report.dist_rows += 1
            if row["iso_o"] == row["iso_d"]:
                self.report.self_rows += 1
                continue
            for col in FLAGS:
                if row[col] not in ("0", "1"):
                    raise ImportFailed(f"dist_cepii.csv {row['iso_o']}-{row['iso_d']}: {col} = {row[col]!r}")
            self.dist[(row["iso_o"], row["iso_d"])] = row
        geo_rows = read_csv(self.dir / "geo_cepii.csv")
        self.report.geo_rows = len(geo_rows)
        self.geo: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in geo_rows:
            self.geo[row["iso3"]].append(row)
        self.capital: dict[str, dict[str, str]] = {}
        for code, rows in self.geo.items():
            caps = [r for r in rows if r["cap"] == "1"]
            if len(caps) != 1:
                raise ImportFailed(f"geo_cepii.csv {code}: {len(caps)} rows with cap = 1")
            self.capital[code] = caps[0]
            self.report.code_names[code] = rows[0]["country"]
            for col in OFFICIAL + SPOKEN + LONG + SHORT:
                if len({r[col] for r in rows}) != 1:
                    raise ImportFailed(f"geo_cepii.csv {code}: the rows disagree on {col}")
        self.official = {c: set(cells(r[0], OFFICIAL)) for c, r in self.geo.items()}
        self.spoken = {c: set(cells(r[0], SPOKEN)) for c, r in self.geo.items()}
        self.long = {c: cells(r[0], LONG) for c, r in self.geo.items()}
        self.short = {c: cells(r[0], SHORT) for c, r in self.geo.items()}

    # -- codes --------------------------------------------------------------------------------

    def map_codes(self) -> None:
        codes = {c for pair in self.dist for c in pair} | set(self.geo)
        codes |= {c for lists in (self.long, self.short) for v in lists.values() for c in v}
        self.party: dict[str, str] = {}
        for code in sorted(codes):
            if code in tables.CODE_EXCEPTIONS:
                party, why = tables.CODE_EXCEPTIONS[code]
                if party is not None and party not in self.countries and party not in self.historical:
                    raise ImportFailed(f"{code}: the exception maps to {party}, which is not a party")
                self.report.codes[code] = (party, f"exception: {why}")
            elif code in self.by_alpha3:
                party = self.by_alpha3[code]
                iso2 = self.geo[code][0]["iso2"] if code in self.geo else party
                if iso2 != party:
                    raise ImportFailed(f"{code}: countries.toml gives {party}, geo_cepii.csv iso2 {iso2}")
                why = "alpha3 in data/countries.toml" + (f"; note: {tables.MAPPING_NOTES[code]}"
                                                         if code in tables.MAPPING_NOTES else "")
                self.report.codes[code] = (party, why)
            else:
                raise ImportFailed(f"{code}: neither in data/countries.toml nor in geodist_tables.CODE_EXCEPTIONS")
            if party is not None:
                if party in self.party.values():
                    raise ImportFailed(f"{code}: {party} is already the party of another code")
                self.party[code] = party
        in_dist = {c for pair in self.dist for c in pair}
        self.report.geo_only = sorted(set(self.geo) - in_dist)
        covered = {self.party[c] for c in in_dist if c in self.party}
        self.report.parties_without_data = sorted(set(self.countries) - covered)

    # -- pairs --------------------------------------------------------------------------------

    def agreed(self, x: str, y: str) -> dict[str, str]:
        """The pair's columns, with a cell emptied where (x, y) and (y, x) disagree."""
        one, two = self.dist[(x, y)], self.dist[(y, x)]
        out = {}
        for col in SYMMETRIC:
            if one[col] == two[col]:
                out[col] = one[col]
            else:
                out[col] = ""
                self.report.order_disagreements.append((x, y, col, one[col], two[col]))
        return out

    def languages(self, x: str, y: str, flags: dict[str, str]) -> tuple[list[str], list[str]]:
        official = self.official[x] & self.official[y]
        spoken = self.spoken[x] & self.spoken[y]
        for label, names, col in (("official", official, "comlang_off"), ("spoken by 9%+", spoken, "comlang_ethno")):
            flag = flags[col]
            if flag == "" or (flag == "1") == bool(names):
                self.report.language_checks[f"{label}: names and {col} agree"] += 1
            else:
                self.report.language_checks[f"{label}: names and {col} disagree"] += 1
                self.report.language_disagreements.append(
                    f"{x}-{y}: {col} = {flag}, names in common: {', '.join(sorted(names)) or 'none'}")
        show = lambda names: sorted(tables.LANGUAGE_NAMES.get(n, n) for n in names)  # noqa: E731
        # A name is written only where the flag says 1 (the dyadic coding is the fact).
        return (show(official) if flags["comlang_off"] == "1" else [],
                show(spoken) if flags["comlang_ethno"] == "1" else [])

    def colony(self, x: str, y: str, flags: dict[str, str]) -> tuple[str, str]:
        """(coloniser source code, 'long' | 'short'), or ('', '') where the pair has no colonial tie."""
        for col, needs in (("col45", "colony"), ("curcol", "col45")):
            if flags[col] == "1" and flags[needs] != "1":
                self.report.colonial_problems.append(f"{x}-{y}: {col} = 1 but {needs} = {flags[needs] or 'unclear'}")
        listed = []
        for colony, coloniser in ((x, y), (y, x)):
            if coloniser in self.long[colony]:
                listed.append((coloniser, "long"))
            elif coloniser in self.short[colony]:
                listed.append((coloniser, "short"))
        if flags["colony"] != "1":
            for coloniser, span in listed:
                colony = y if coloniser == x else x
                self.report.colonisers_not_flagged.append(
                    f"{colony} lists {coloniser} ({span}); colony flag {flags['colony'] or 'unclear'}")
            return "", ""
        self.report.colonial["pairs with colony = 1"] += 1
        if len(listed) != 1:
            self.report.colonial_problems.append(f"{x}-{y}: colony = 1, colonisers found in geo_cepii.csv: {listed}")
            return "", ""
        self.report.colonial[f"direction from geo_cepii.csv ({listed[0][1]} colonizer column)"] += 1
        return listed[0]

    def colonisers_after_1945(self, c: str) -> set[str]:
        return {k for k in self.long[c] + self.short[c]
                if (c, k) in self.dist and self.dist[(c, k)]["col45"] == "1" == self.dist[(k, c)]["col45"]}

    def common_coloniser(self, x: str, y: str, flags: dict[str, str]) -> list[str]:
        if flags["comcol"] != "1":
            return []
        for how, found in (
                ("a coloniser of both after 1945 (colonizer columns and col45)",
                 self.colonisers_after_1945(x) & self.colonisers_after_1945(y)),
                ("a long-rule coloniser of both (colonizer1-4)", set(self.long[x]) & set(self.long[y])),
                ("a coloniser of both (any colonizer column)",
                 set(self.long[x] + self.short[x]) & set(self.long[y] + self.short[y]))):
            named = sorted(self.party[k] for k in found if k in self.party)
            if named:
                self.report.comcol_named[how] += 1
                return named
        self.report.comcol_unnamed.append(f"{x}-{y}")
        return []

    def point(self, code: str, flag: str) -> tuple[float, float, float]:
        """(sin lat, cos lat, lon in radians) of the country's city with `flag` = 1, cached."""
        key = (code, flag)
        if key not in self.points:
            city = next(r for r in self.geo[code] if r[flag] == "1")
            lat, lon = math.radians(float(city["lat"])), math.radians(float(city["lon"]))
            self.points[key] = (math.sin(lat), math.cos(lat), lon)
        return self.points[key]

    def check_distance(self, x: str, y: str, column: str, value: str) -> None:
        flag = "cap" if column == "distcap" else "maincity"
        sin1, cos1, lon1 = self.point(x, flag)
        sin2, cos2, lon2 = self.point(y, flag)
        computed = 6378.137 * math.acos(max(-1.0, min(1.0, sin1 * sin2 + cos1 * cos2 * math.cos(lon2 - lon1))))
        if abs(computed - float(value)) > max(2.0, 0.005 * float(value)):
            self.report.distance_checks[f"{column}: differs from the coordinates"] += 1
            self.report.distance_mismatches.append(f"{x}-{y} {column}: source {value}, from coordinates {computed:.1f}")
        else:
            self.report.distance_checks[f"{column}: agrees with the coordinates"] += 1

    def capital_name(self, code: str) -> tuple[str, str | None]:
        if code in tables.CAPITAL_NAMES:
            name, note = tables.CAPITAL_NAMES[code]
            return name or "", note
        return self.capital[code]["city_en"], None

    def rows(self) -> list[list[str]]:
        in_dist = sorted({c for pair in self.dist for c in pair})
        out = []
        for i, x in enumerate(in_dist):
            for y in in_dist[i + 1:]:
                if (x, y) not in self.dist or (y, x) not in self.dist:
                    raise ImportFailed(f"dist_cepii.csv has no row for {x}-{y} or {y}-{x}")
                self.report.source_pairs += 1
                if x not in self.party or y not in self.party:
                    row = self.dist[(x, y)]
                    for col in ("contig", "colony", "comcol", "smctry"):
                        if row[col] == "1":
                            self.report.dropped_pairs_with_flags[f"{col} = 1"] += 1
                    self.report.dropped_pairs_with_flags["all"] += 1
                    continue
                self.report.mapped_pairs += 1
                out.append(self.row(x, y))
        out.sort()
        return out

    def row(self, x: str, y: str) -> list[str]:
        if self.party[x] > self.party[y]:
            x, y = y, x
        flags = self.agreed(x, y)
        official, spoken = self.languages(x, y, flags)
        coloniser, span = self.colony(x, y, flags)
        comcol_by = self.common_coloniser(x, y, flags)
        cap_x, note_x = self.capital_name(x)
        cap_y, note_y = self.capital_name(y)
        notes = [f"distance: {n}" for n in (note_x, note_y) if n]
        pair = (x, y) if x < y else (y, x)
        notes += self.fact_notes.get(pair, [])
        distcap = km(flags["distcap"]) if flags["distcap"] else None
        dist = km(flags["dist"]) if flags["dist"] else None
        for column in ("distcap", "dist"):
            if flags[column]:
                self.check_distance(x, y, column, flags[column])
        values = {
            "a": self.party[x], "b": self.party[y],
            "km": "" if distcap is None else str(distcap),
            "city_km": str(dist) if dist is not None and dist != distcap else "",
            "contig": flags["contig"],
            "official": "|".join(official), "spoken": "|".join(spoken),
            "coloniser": self.party.get(coloniser, "") if coloniser else "",
            "col_span": span if coloniser in self.party else "",
            "col45": flags["col45"], "curcol": flags["curcol"],
            "comcol": flags["comcol"], "comcol_by": "|".join(comcol_by),
            "smctry": flags["smctry"],
            "cap_a": cap_x, "cap_b": cap_y,
            "note": " | ".join(notes),
        }
        if coloniser and coloniser not in self.party:
            self.report.colonial_problems.append(f"{x}-{y}: coloniser {coloniser} is left out")
        self.count(values)
        return [values[c] for c in COLUMNS]

    def count(self, v: dict[str, str]) -> None:
        facts = self.report.facts
        facts["distance"] += bool(v["km"])
        facts["distance, with largest cities"] += bool(v["city_km"])
        facts["contiguity"] += v["contig"] == "1"
        facts["language"] += bool(v["official"] or v["spoken"])
        facts["colony"] += bool(v["coloniser"])
        facts["common-coloniser"] += v["comcol"] == "1"
        facts["common-coloniser, named"] += bool(v["comcol_by"])
        facts["same-country"] += v["smctry"] == "1"

    # -- output -------------------------------------------------------------------------------

    def build(self) -> dict[str, str]:
        self.read()
        self.map_codes()
        rows = self.rows()
        self.report.rows_written = len(rows)
        for code, (name, note) in sorted(tables.CAPITAL_NAMES.items()):
            source = self.capital[code]["city_en"] if code in self.capital else "(no row)"
            shown = f"shown as {name!r}" if name else "not shown"
            self.report.capitals.append(f"{code}: source {source!r}, {shown}" + (f"; note: {note}" if note else ""))
        used = {n for c in self.geo for n in self.official[c] | self.spoken[c]}
        self.report.languages_renamed = [f"{k} -> {v}" for k, v in sorted(tables.LANGUAGE_NAMES.items()) if k in used]
        header = HEADER.format(name=NAME, input=self.report.input)
        files = {"pairs.tsv": self.tsv(COLUMNS, rows),
                 "capitals.tsv": self.tsv(CAPITAL_COLUMNS, self.capital_rows()),
                 "sources.toml": render_toml(header, [("source", source_entry())])}
        self.report.sizes = {name: len(text.encode("utf-8")) for name, text in files.items()}
        files["report.md"] = report(self.report).markdown()
        return files


    def tsv(self, columns: tuple[str, ...], rows: list[list[str]]) -> str:
        lines = [f"# Generated by python -m importers.{NAME} from {self.report.input}. Do not edit by hand.",
                 "\t".join(columns)]
        for row in rows:
            for cell in row:
                if "\t" in cell or "\n" in cell or "\r" in cell:
                    raise ImportFailed(f"a cell holds a tab or a line break: {cell!r} in {row[:2]}")
            lines.append("\t".join(row))
        return "\n".join(lines) + "\n"

    def capital_rows(self) -> list[list[str]]:
        """One row per party with pairs: a, b (empty: a table of single parties), capital, largest city."""
        in_dist = {c for pair in self.dist for c in pair}
        out = []
        for code in sorted(in_dist):
            if code not in self.party:
                continue
            capital, note = self.capital_name(code)
            main = next(r for r in self.geo[code] if r["maincity"] == "1")
            largest = ""
            if main is not self.capital[code]:
                largest = tables.LARGEST_CITY_NAMES.get(code, main["city_en"])
            out.append([self.party[code], "", capital, largest, note or ""])
        out.sort()
        return out


def source_entry() -> dict[str, str]:
    return {
        "id": SOURCE_ID,
        "title": "GeoDist (distances and ties between countries, and their capitals)",
        "publisher": "CEPII (Centre d'études prospectives et d'informations internationales)",
        "kind": "data set",
        "date": "2004/2011",
        "url": "http://www.cepii.fr/CEPII/en/bdd_modele/download.asp?id=6",
        "licence": "Etalab Open Licence 2.0",
        "credit": ("Thierry Mayer and Soledad Zignago (2011), \"Notes on CEPII's distances measures: the GeoDist "
                   "database\", CEPII Working Paper 2011-25"),
        "note": ("The data carry no single as-of date: they were compiled for the 2011 working paper and describe "
                 "the world of about 2004-2011. The country list shows it: Serbia and Montenegro as one state, the "
                 "Netherlands Antilles, no South Sudan (independent in 2011), and ISO codes older than 2002 (ROM, "
                 "TMP, ZAR). CEPII's terms (Etalab 2.0) ask for credit to CEPII and the data's date; the R package "
                 "cepiigeodist (Mauricio Vargas), from which these files were taken, is marked CC0. Distances are "
                 "great-circle distances between the source's chosen cities; contiguity, languages and colonial "
                 "ties are the source's codings, not facts checked one by one."),
    }


def run(source_dir: Path = DEFAULT_INPUT, out_dir: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR) -> Tally:
    importer = Importer(source_dir, data_dir)
    files = importer.build()
    replace_folder(out_dir, files, stale=("*.tsv", "*.toml", "*.md"))
    return importer.report


def main(argv: list[str] | None = None) -> int:
    def go(args: argparse.Namespace) -> str:
        report = run(args.input, args.out, args.data)
        return (f"pairs written: {report.rows_written:,} of {report.source_pairs:,} in the source; "
                f"distance facts: {report.facts['distance']:,}; see {display(args.out / 'report.md')}")

    return run_main(NAME, __doc__.splitlines()[0], go, argv,
                    default_input=DEFAULT_INPUT, default_output=DEFAULT_OUTPUT, data_option=True)


if __name__ == "__main__":
    raise SystemExit(main())
