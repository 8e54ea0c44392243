"""Derive the country pairs of armed conflicts from the UCDP/PRIO Armed Conflict Dataset (v25.1).

    python -m importers.conflicts [UCDP_ACD_DIR] [--out DATA_DIR/dyadic/conflicts]

Reads `ucdp_acd.csv` (one row per conflict and year; a conflict-year with several states on a
side comes as several rows, one state per cell) and `gw_states.csv` (Gleditsch–Ward state names),
maps the Gleditsch–Ward codes to project parties with the reviewed table in
`importers/conflicts_tables.py`, and writes to `data/dyadic/conflicts/`:

- `conflicts.tsv`: one row per pair of parties and conflict and relation:
  `opposed` (the two were on opposite sides in at least one year) or `support` (one sent troops
  to fight on the side of the other). See "Who is on which side" in the report.
- `sources.toml`: the source entry.
- `report.md`: counts, every GW code and what became of it, the conflicts a code without a party
  drops, the file sizes.

Deterministic: the same input gives byte-identical output. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from importers import conflicts_tables as tables
from importers.common import DATA_DIR, REPO_ROOT, SHARED_DIR, load_toml, render_toml, write_text_atomic

NAME = "conflicts"
SOURCE_ID = "ucdp-acd"
DEFAULT_INPUT = SHARED_DIR / "dyadic" / "ucdp-acd"
DEFAULT_OUTPUT = DATA_DIR / "dyadic" / NAME
TABLE = "conflicts"

COLUMNS = ("a", "b", "conflict", "rel", "role_a", "role_b", "years", "war", "inc", "type",
           "side_a", "side_b", "start", "prec", "gw", "note")
SOURCE_COLUMNS = ("conflict_id", "year", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", "incompatibility",
                  "intensity_level", "type_of_conflict", "start_date", "start_prec")
SIDE_COLUMNS = (("gwno_a", "A"), ("gwno_a_2nd", "A2"), ("gwno_b", "B"), ("gwno_b_2nd", "B2"))
ROLE_ORDER = {"A": 0, "A2": 1, "B": 2, "B2": 3}
INCOMPATIBILITIES = ("territory", "government", "both")
TYPES = ("extrasystemic", "interstate", "intrastate", "II")

SOURCE = {
    "id": SOURCE_ID,
    "title": "UCDP/PRIO Armed Conflict Dataset, version 25.1",
    "publisher": "Uppsala Conflict Data Program (UCDP), Uppsala University, with PRIO",
    "kind": "data set",
    "date": "2025",
    "url": "https://ucdp.uu.se/downloads/",
    "licence": "CC BY 4.0",
    "credit": (
        "UCDP/PRIO Armed Conflict Dataset v25.1, Uppsala Conflict Data Program (UCDP), Uppsala University. "
        "Gleditsch, Wallensteen, Eriksson, Sollenberg and Strand (2002), \"Armed Conflict 1946-2001: A New "
        "Dataset\", Journal of Peace Research 39(5); Davies, Pettersson, Sollenberg and Öberg (2025), "
        "Journal of Peace Research 62(4). State codes: Gleditsch and Ward (1999), International Interactions 25(4). "
        "Packaged by the R package peacesciencer (Steven V. Miller, 2022, Conflict Management and Peace Science 39(6))."
    ),
    "note": (
        "Conflict-years 1946-2024 (release of 2025), as packaged by the R package peacesciencer (one row per "
        "conflict, year and state). A conflict-year is listed when fighting caused at least 25 battle-related "
        "deaths; intensity 2 (war) means 1,000 or more in the year. Country pairs and their sides are derived "
        "by the project from the columns of side A and side B and the states that supported a side with "
        "troops; rebel groups are not named in this packaging, so a state's fight against a non-state group "
        "gives no pair. Gleditsch-Ward codes are mapped to parties by a reviewed table (South Vietnam, South "
        "Yemen and Hyderabad have no party and are left out)."
    ),
}


class ImportError_(Exception):
    """The input is not what the importer expects: it stops rather than write a wrong table."""


@dataclass
class ConflictYear:
    conflict: int
    year: int
    sides: dict[str, set[int]] = field(default_factory=lambda: {r: set() for _, r in SIDE_COLUMNS})
    intensity: int = 0
    inc: str = ""
    type: str = ""
    start: str = ""
    prec: str = ""


@dataclass
class PairEntry:
    roles_a: set[str] = field(default_factory=set)
    roles_b: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    war: set[int] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    side_a: set[str] = field(default_factory=set)
    side_b: set[str] = field(default_factory=set)
    gw_a: set[int] = field(default_factory=set)
    gw_b: set[int] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)


@dataclass
class Report:
    input_label: str = ""
    source_rows: int = 0
    conflict_years: int = 0
    conflicts: int = 0
    years: tuple[int, int] = (0, 0)
    code_years: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    code_conflicts: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    gw_names: dict[int, str] = field(default_factory=dict)
    # (code, conflict) -> years in which the code, having no party, dropped a pair
    dropped: dict[tuple[int, int], set[int]] = field(default_factory=lambda: defaultdict(set))
    dropped_pairs: dict[tuple[int, int], set[str]] = field(default_factory=lambda: defaultdict(set))
    same_party: list[str] = field(default_factory=list)
    indeterminate: set[str] = field(default_factory=set)
    conflicts_by_type: dict[str, int] = field(default_factory=dict)
    conflicts_with_pairs: set[int] = field(default_factory=set)
    rows: int = 0
    rows_by_rel: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    pairs: set[tuple[str, str]] = field(default_factory=set)
    opposed_pairs: set[tuple[str, str]] = field(default_factory=set)
    war_rows: int = 0
    sizes: dict[str, int] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------

def year_ranges(years: set[int] | list[int]) -> str:
    """1948,1964-1965,1971: sorted years with consecutive runs as ranges."""
    out: list[str] = []
    ordered = sorted(set(years))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}-{ordered[j]}")
        i = j + 1
    return ",".join(out)


def input_label(folder: Path) -> str:
    """The input folder as the header names it: relative to the repository's parent where it can be."""
    try:
        # abspath, not resolve: a ../shared that is a link must still read as ../shared
        return "../" + Path(os.path.abspath(folder)).relative_to(REPO_ROOT.parent).as_posix()
    except ValueError:
        return folder.as_posix()


def known_parties(data_dir: Path) -> set[str]:
    codes = {p["code"] for p in load_toml(data_dir / "countries.toml").get("party", [])}
    rdcr = data_dir / "rdcr" / "parties.toml"
    if rdcr.exists():
        codes |= {p["code"] for p in load_toml(rdcr).get("party", [])}
    return codes


def check_cell(value: str, where: str) -> str:
    if "\t" in value or "\n" in value or "\r" in value:
        raise ImportError_(f"{where}: a tab or line break in a cell: {value!r}")
    return value


# ------------------------------------------------------------------------------------------
# Reading
# ------------------------------------------------------------------------------------------

def read_gw_names(folder: Path) -> dict[int, str]:
    path = folder / "gw_states.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {int(r["gwcode"]): r["statename"] for r in csv.DictReader(handle)}


def read_conflict_years(folder: Path, report: Report) -> dict[tuple[int, int], ConflictYear]:
    path = folder / "ucdp_acd.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in SOURCE_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportError_(f"{path.name}: missing columns {missing}")
        found: dict[tuple[int, int], ConflictYear] = {}
        for number, row in enumerate(reader, start=2):
            where = f"{path.name} line {number}"
            report.source_rows += 1
            key = (int(row["conflict_id"]), int(row["year"]))
            entry = found.get(key)
            if entry is None:
                entry = found[key] = ConflictYear(
                    key[0], key[1], intensity=int(row["intensity_level"]), inc=row["incompatibility"],
                    type=row["type_of_conflict"], start=row["start_date"], prec=row["start_prec"])
                if entry.inc not in INCOMPATIBILITIES or entry.type not in TYPES or entry.intensity not in (1, 2):
                    raise ImportError_(f"{where}: unexpected incompatibility, type or intensity: {row}")
            elif (entry.intensity, entry.inc, entry.type, entry.start, entry.prec) != (
                    int(row["intensity_level"]), row["incompatibility"], row["type_of_conflict"],
                    row["start_date"], row["start_prec"]):
                raise ImportError_(f"{where}: conflict {key[0]} in {key[1]} disagrees with its other rows")
            for column, role in SIDE_COLUMNS:
                for cell in row[column].split(","):
                    cell = cell.strip()
                    if cell:
                        code = int(cell)
                        entry.sides[role].add(code)
                        report.code_years[code].add(key[1])
                        report.code_conflicts[code].add(key[0])
    return found


# ------------------------------------------------------------------------------------------
# Sides -> pairs
# ------------------------------------------------------------------------------------------

Mapped = tuple[int, "str | None", "str | None"]  # (GW code, party, note key)


def _add(pairs: dict[tuple, PairEntry], report: Report, cy: ConflictYear, side_a: set[str], side_b: set[str],
         x: Mapped, rx: str, y: Mapped, ry: str, rel: str) -> None:
    """Record that x (in role rx) and y (in role ry) stood in relation `rel` in conflict-year `cy`."""
    (gx, px, nx), (gy, py, ny) = x, y
    if px is None or py is None:
        for code, other in ((gx, py or f"gw{gy}"), (gy, px or f"gw{gx}")):
            if code in tables.GW_UNMAPPED:
                report.dropped[(code, cy.conflict)].add(cy.year)
                report.dropped_pairs[(code, cy.conflict)].add(other)
        return
    if px == py:
        report.same_party.append(f"conflict {cy.conflict} in {cy.year}: {px} ({rx} and {ry}), GW {gx} and {gy}")
        return
    if (px, rx) > (py, ry):
        (gx, px, nx, rx), (gy, py, ny, ry) = (gy, py, ny, ry), (gx, px, nx, rx)
    entry = pairs[(px, py, cy.conflict, rel)]
    entry.roles_a.add(rx)
    entry.roles_b.add(ry)
    entry.years.add(cy.year)
    if cy.intensity == 2:
        entry.war.add(cy.year)
    entry.types.add(cy.type)
    entry.side_a |= side_a
    entry.side_b |= side_b
    entry.gw_a.add(gx)
    entry.gw_b.add(gy)
    entry.notes |= {n for n in (nx, ny) if n}


def build(conflict_years: dict[tuple[int, int], ConflictYear], report: Report) -> dict[tuple, PairEntry]:
    """(a, b, conflict, rel) -> what the pair shares in that conflict.

    Who is on which side in a conflict-year (the rules the report states):
    - side A is gwno_a and the states that supported it with troops (gwno_a_2nd); side B is gwno_b
      (states only in interstate conflicts; empty otherwise, where side B is non-state) and its
      troop supporters (gwno_b_2nd).
    - every state on side A is opposed to every state on side B (`opposed`).
    - a troop supporter supports each primary state of its own side (`support`): gwno_a_2nd with
      gwno_a, gwno_b_2nd with gwno_b. A supporter of a non-state side B has no state to support:
      it only gets `opposed` rows, against side A.
    - states on the same side that are not supporter and supported (two primaries, or two
      supporters) give no row.
    """
    pairs: dict[tuple, PairEntry] = defaultdict(PairEntry)
    unknown = sorted({c for cy in conflict_years.values() for s in cy.sides.values() for c in s} - set(tables.GW_PARTY))
    if unknown:
        raise ImportError_(f"GW codes not in importers/conflicts_tables.py GW_PARTY: {unknown}")
    for (_, year), cy in sorted(conflict_years.items()):
        mapped: dict[str, list[tuple[int, str | None, str | None]]] = {}
        for _, role in SIDE_COLUMNS:
            mapped[role] = [(code, *tables.party_for(code, year)) for code in sorted(cy.sides[role])]

        def label(entries: list[tuple[int, str | None, str | None]]) -> set[str]:
            return {party if party else f"gw{code}" for code, party, _ in entries}

        side_a, side_b = label(mapped["A"]), label(mapped["B"])

        # A party on both sides in one year (a government changed hands during the year): its
        # opposition to another such party cannot be told from the year's row.
        side_one = {p for role in ("A", "A2") for _, p, _ in mapped[role] if p}
        side_two = {p for role in ("B", "B2") for _, p, _ in mapped[role] if p}
        both = side_one & side_two
        for one, one_role in ((mapped["A"], "A"), (mapped["A2"], "A2")):
            for other, other_role in ((mapped["B"], "B"), (mapped["B2"], "B2")):
                for x in one:
                    for y in other:
                        if x[1] in both and y[1] in both and x[1] != y[1]:
                            report.indeterminate.add(f"conflict {cy.conflict} in {cy.year}: {min(x[1], y[1])} and "
                                                     f"{max(x[1], y[1])}, each on both sides")
                            continue
                        _add(pairs, report, cy, side_a, side_b, x, one_role, y, other_role, "opposed")
        for supporters, s_role, supported, p_role in ((mapped["A2"], "A2", mapped["A"], "A"),
                                                      (mapped["B2"], "B2", mapped["B"], "B")):
            for x in supporters:
                for y in supported:
                    _add(pairs, report, cy, side_a, side_b, x, s_role, y, p_role, "support")
    return pairs


def table_rows(pairs: dict[tuple, PairEntry], conflict_years: dict[tuple[int, int], ConflictYear]) -> list[tuple[str, ...]]:
    meta = {conflict: cy for (conflict, _), cy in sorted(conflict_years.items())}
    rows = []
    for (a, b, conflict, rel), e in pairs.items():
        if len(e.gw_a) != 1 or len(e.gw_b) != 1:
            raise ImportError_(f"{a}-{b} in conflict {conflict}: more than one GW code for a party")
        cy = meta[conflict]

        def ordered(roles: set[str]) -> str:
            return ",".join(sorted(roles, key=ROLE_ORDER.__getitem__))

        row = (a, b, str(conflict), rel, ordered(e.roles_a), ordered(e.roles_b), year_ranges(e.years),
               year_ranges(e.war), cy.inc, ",".join(t for t in TYPES if t in e.types),
               ",".join(sorted(e.side_a)), ",".join(sorted(e.side_b)), cy.start, cy.prec,
               f"{min(e.gw_a)},{min(e.gw_b)}", ",".join(sorted(e.notes)))
        for column, cell in zip(COLUMNS, row):
            check_cell(cell, f"{a}-{b} conflict {conflict} column {column}")
        rows.append(row)
    rows.sort()
    return rows


# ------------------------------------------------------------------------------------------
# Writing
# ------------------------------------------------------------------------------------------

def render_table(rows: list[tuple[str, ...]], label: str) -> str:
    lines = [f"# Generated by python -m importers.{NAME} from {label}. Do not edit by hand.", "\t".join(COLUMNS)]
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def render_sources(label: str) -> str:
    header = f"# Generated by `python -m importers.{NAME}` from {label}. Do not edit by hand: re-run the importer.\n"
    return render_toml(header, [("source", SOURCE)])


def render_report(report: Report) -> str:
    out: list[str] = []
    w = out.append
    w("# Import report: UCDP/PRIO Armed Conflict Dataset v25.1 -> data/dyadic/conflicts\n")
    w(f"Generated by `python -m importers.{NAME}` from {report.input_label}. Do not edit by hand.\n")
    w("## Counts\n")
    w(f"- Source rows read: {report.source_rows:,} (ucdp_acd.csv; one row per conflict, year and state, "
      f"so {report.conflict_years:,} conflict-years)")
    w(f"- Conflicts: {report.conflicts:,}, years {report.years[0]}-{report.years[1]}; by type: "
      + ", ".join(f"{t} {n}" for t, n in report.conflicts_by_type.items()))
    w(f"- Conflicts that give at least one pair of parties: {len(report.conflicts_with_pairs):,}")
    w(f"- Table rows (conflicts.tsv): {report.rows:,}: "
      + ", ".join(f"{rel} {n:,}" for rel, n in sorted(report.rows_by_rel.items())))
    w(f"- Pairs of parties with a row: {len(report.pairs):,}; on opposite sides of at least one conflict: "
      f"{len(report.opposed_pairs):,}")
    w(f"- `opposed` rows with at least one war year: {report.war_rows:,}")
    w("")
    w("## File sizes\n")
    for name, size in sorted(report.sizes.items()):
        w(f"- `{name}`: {size:,} bytes")
    w("")
    w("## Who is on which side\n")
    w("In each conflict-year the source names, as Gleditsch-Ward (GW) codes, the state(s) of side A "
      "(`gwno_a`), the state(s) of side B (`gwno_b`, only in interstate conflicts: elsewhere side B is "
      "one or more non-state groups, not named in this packaging), and the states that supported either "
      "side with troops (`gwno_a_2nd`, `gwno_b_2nd`). The importer reads them so:\n")
    w("- Side A is side A's states and their troop supporters; side B likewise. Every party on side A is "
      "`opposed` to every party on side B in that year. So in an interstate conflict the two primaries are "
      "opposed, each supporter is opposed to the other side's primaries, and supporters of the two sides are "
      "opposed to each other.")
    w("- In an intrastate or internationalised intrastate conflict, side A is a government: a state that sent "
      "troops to support it has no state opponent, unless another state sent troops to support the non-state "
      "side B; then the two supporters are `opposed`, and B's supporter is `opposed` to the government.")
    w("- In an extrasystemic conflict side A is a state fighting a non-state group outside its own territory; "
      "only its troop supporters give rows (`support`).")
    w("- `support`: a troop supporter and each primary state of the side it supported (gwno_a_2nd with "
      "gwno_a, gwno_b_2nd with gwno_b). Supporters of a non-state side B have no state to support.")
    w("- Two primaries of the same side, or two supporters of the same side, give no row (co-belligerents "
      "are not a pair fact here).")
    w("- Years: the years in which the pair stood so; war years: those of them in which the conflict as a "
      "whole had intensity 2 (1,000 or more battle-related deaths in the year). The intensity is the "
      "conflict's, not the pair's.")
    w("")
    w("## Columns of conflicts.tsv\n")
    w("`a`, `b` (parties, a < b); `conflict` (UCDP conflict_id); `rel` (`opposed` or `support`); `role_a`, "
      "`role_b` (A, B: primary state of side A or B; A2, B2: troop supporter of side A or B; several when the "
      "role changed over the years); `years`, `war` (years as ranges, `1964-1965,1971`); `inc` "
      "(incompatibility: territory, government, both); `type` (type_of_conflict in the pair's years); "
      "`side_a`, `side_b` (the primary parties of each side in those years, `gwNNN` for a code without a "
      "party; side_b empty when non-state); `start`, `prec` (start_date and start_prec of the conflict, as "
      "the source gives them); `gw` (the GW codes of a and b); `note` (keys of mapping caveats, see below).\n")
    w("## Gleditsch-Ward codes\n")
    w("Every code in ucdp_acd.csv, what it became, and in how many conflicts and years it occurs.\n")
    w("| GW | name in gw_states.csv | party | conflicts | years |")
    w("|---|---|---|---|---|")
    for code in sorted(report.code_years):
        periods = tables.GW_PARTY[code]
        parts = []
        for first, last, party, note in periods:
            span = "" if first is None and last is None else f"{first or ''}-{last or ''}: "
            parts.append(f"{span}{party or 'no party'}" + (f" (note `{note}`)" if note else ""))
        name = report.gw_names.get(code, "(not in gw_states.csv)")
        years = report.code_years[code]
        w(f"| {code} | {name} | {'; '.join(parts)} | {len(report.code_conflicts[code])} | "
          f"{min(years)}-{max(years)} |")
    w("")
    w("## Mapping notes\n")
    for key, text in sorted(tables.NOTES.items()):
        w(f"- `{key}`: {text}.")
    w("")
    w("## Codes without a party, and what they drop\n")
    w("Pairs with one of these codes are left out (the conflict's other pairs are kept).\n")
    for code, why in sorted(tables.GW_UNMAPPED.items()):
        w(f"- GW {code}: {why}.")
        conflicts = sorted(c for (k, c) in report.dropped if k == code)
        if not conflicts:
            cs = sorted(report.code_conflicts.get(code, ()))
            w(f"  - No pair dropped (it occurs in conflict(s) {', '.join(map(str, cs)) or 'none'} with no state "
              f"on the other side)." if cs else "  - Does not occur in this input.")
        for c in conflicts:
            w(f"  - conflict {c}, {year_ranges(report.dropped[(code, c)])}: pairs with "
              + ", ".join(sorted(report.dropped_pairs[(code, c)])))
    w("")
    w("## A state on both sides in one year\n")
    w("Where the government changed hands during a year, UCDP may list a state as a troop supporter of "
      "both sides in that year. Such a state gets no row with itself, and two such states get no `opposed` "
      "row for that year (which of them was against which cannot be told from a yearly row); their rows "
      "with the other parties are kept.\n")
    for line in report.same_party:
        w(f"- {line}: no row")
    for line in sorted(report.indeterminate):
        w(f"- {line}: no `opposed` row for that year")
    if not report.same_party and not report.indeterminate:
        w("- None.")
    w("")
    w("## Decisions to review\n")
    w("- Topics: `opposed` rows are facts of topic `dispute` (UCDP's armed conflict is a contested "
      "incompatibility over territory or government fought with arms: the armed form of a dispute between "
      "the two); `support` rows are `security` (sending troops to fight on another state's side is defence "
      "cooperation).")
    w("- GW 345 after 1991 (the Federal Republic of Yugoslavia, then Serbia and Montenegro, then Serbia) is "
      "mapped to Serbia (RS), its continuing state, with note `fry` and the display name \"Serbia (coded as "
      "Yugoslavia)\" in the rows it concerns; a party H-SERBIA-AND-MONTENEGRO would be more exact.")
    w("- GW 678 before 1990 (North Yemen) and GW 816 before 1976 (North Vietnam) are mapped to Yemen and "
      "Vietnam, with notes: Gleditsch and Ward keep these codes for the united states, and the project has no "
      "party for either. Parties H-NORTH-YEMEN / H-NORTH-VIETNAM would be more exact.")
    w("- Parties wished for in data/rdcr/parties.toml (owned by another importer): H-SOUTH-VIETNAM (GW 817), "
      "H-SOUTH-YEMEN (GW 680), H-HYDERABAD (GW 751); with them the pairs listed above would be kept.")
    w("- GW 710 (China) is mapped to CN in every year, including the Republic of China's government before "
      "October 1949; GW 713 (Taiwan, from December 1949) to TW.")
    w("- The government side is whoever UCDP codes as the state's government in a year. Two cases read "
      "oddly in a sentence but are the source's coding: in Yemen from 2015 (conflict 230) the government side "
      "is the authorities in Sanaa, so the Saudi-led coalition's states are `opposed` to Yemen; in conflict "
      "418 the United States is the government side (against a non-state group), so its supporters have "
      "`support` rows with the US.")
    w("- UN peacekeeping contributors that UCDP codes as troop supporters of a government (e.g. the Central "
      "African Republic, conflicts 416 and 15283) get `support` rows like any other supporter.")
    w("- The start date is shown at the precision read from `start_prec` (see Not read); its raw value "
      "stays in the table.")
    w("- No conflict names: the packaging has no names or locations (issue 13 speaks of India and Pakistan's "
      "conflict over Kashmir; the word is not in this input), so a fact names the conflict by its type, "
      "incompatibility, primary states and UCDP id (India-Pakistan: conflict 218, over territory, from 1948).")
    w("")
    w("## Not read\n")
    w("- `start_date2`, `start_prec2`, `ep_end`, `ep_end_date` (episodes): the facts give the conflict's "
      "years and its start date, not its episodes.")
    w("- The source's conflict and side names, location and battle-death figures are not in this packaging: "
      "facts name a conflict by its UCDP id, its type, its incompatibility and its primary states.")
    w("- `start_prec`: the packaged documentation says only that it is the precision of `start_date`; the "
      "codes are not defined there. The facts show the date at a precision read conservatively from the "
      "codes (1: day; 2-3: month; 4-7: year) and give the source's date and code in a note.")
    w("")
    return "\n".join(out)


# ------------------------------------------------------------------------------------------
# Main
# ------------------------------------------------------------------------------------------

def run(input_dir: Path = DEFAULT_INPUT, output_dir: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR) -> Report:
    report = Report(input_label=input_label(input_dir))
    report.gw_names = read_gw_names(input_dir)
    conflict_years = read_conflict_years(input_dir, report)
    report.conflict_years = len(conflict_years)
    first_type: dict[int, str] = {}
    for (conflict, _), cy in sorted(conflict_years.items()):
        first_type.setdefault(conflict, cy.type)
    report.conflicts = len(first_type)
    years = [y for _, y in conflict_years]
    report.years = (min(years), max(years)) if years else (0, 0)
    counts: dict[str, int] = defaultdict(int)
    for conflict in first_type:
        kinds = {cy.type for (c, _), cy in conflict_years.items() if c == conflict}
        counts["interstate" if "interstate" in kinds else "extrasystemic" if "extrasystemic" in kinds
               else "internationalised intrastate in some year" if "II" in kinds else "intrastate only"] += 1
    report.conflicts_by_type = dict(sorted(counts.items()))

    parties = known_parties(data_dir)
    missing = sorted({p for periods in tables.GW_PARTY.values() for _, _, p, _ in periods if p} - parties)
    if missing:
        raise ImportError_(f"parties in conflicts_tables.py not in data/countries.toml or data/rdcr/parties.toml: {missing}")

    pairs = build(conflict_years, report)
    rows = table_rows(pairs, conflict_years)
    report.rows = len(rows)
    for row in rows:
        report.rows_by_rel[row[3]] += 1
        report.pairs.add((row[0], row[1]))
        report.conflicts_with_pairs.add(int(row[2]))
        if row[3] == "opposed":
            report.opposed_pairs.add((row[0], row[1]))
            if row[7]:
                report.war_rows += 1

    table_text = render_table(rows, report.input_label)
    sources_text = render_sources(report.input_label)
    report.sizes = {f"{TABLE}.tsv": len(table_text.encode("utf-8")), "sources.toml": len(sources_text.encode("utf-8"))}
    report_text = render_report(report)
    output_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(output_dir / f"{TABLE}.tsv", table_text)
    write_text_atomic(output_dir / "sources.toml", sources_text)
    write_text_atomic(output_dir / "report.md", report_text)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=DEFAULT_INPUT, help="folder with ucdp_acd.csv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUTPUT, help="output folder")
    args = parser.parse_args(argv)
    try:
        report = run(args.input, args.out)
    except (ImportError_, FileNotFoundError, KeyError, ValueError) as error:
        print(f"importers.{NAME}: {error}", file=sys.stderr)
        return 1
    print(f"{report.rows:,} rows ({dict(sorted(report.rows_by_rel.items()))}) for {len(report.pairs):,} pairs "
          f"from {report.conflicts:,} conflicts; written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
