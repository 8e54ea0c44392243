"""Derive the country pairs of armed conflicts from the UCDP/PRIO Armed Conflict Dataset (v25.1).

    python -m importers.conflicts [UCDP_ACD_DIR] [--out DATA_DIR/dyadic/conflicts]

Reads `ucdp_acd.csv` (one row per conflict and year; a conflict-year with several states on a
side comes as several rows, one state per cell), `ucdp_acd_names.csv` (the same conflict-years
with UCDP's names: location, sides, territory) and `gw_states.csv` (Gleditsch–Ward state names),
maps the Gleditsch–Ward codes and UCDP's names to project parties and reader words with the
reviewed tables in `importers/conflicts_tables.py`, and writes to `data/dyadic/conflicts/`:

- `conflicts.tsv`: one row per pair of parties, conflict and relation (`rel`):
  `fought` (the two were the primary states of opposite sides: A against B), `troops` (one sent
  troops to the side fighting the other: A2 against B, or A against B2; `sender` and `receiver`
  say who sent troops to whom), `opposite` (each sent troops to an opposite side of a conflict
  whose primary parties are others: A2 against B2) or `support` (one sent troops to fight on the
  side of the other). Earlier versions of the table had one value, `opposed`, for the first three: read
  `rel != "support"` as the old `opposed`. See "Who is on which side" in the report.
- `sources.toml`: the source entry.
- `report.md`: counts, every GW code and what became of it, the conflicts a code without a party
  drops, the file sizes.

Deterministic: the same input gives byte-identical output. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from importers import conflicts_tables as tables
from importers.common import (
    DATA_DIR,
    REPO_ROOT,
    SHARED_DIR,
    ImportFailed,
    Report,
    load_toml,
    render_toml,
    run_main,
    write_text_atomic,
)
from relations.dyadic.conflicts import with_article
from relations.wording import join, year_runs

NAME = "conflicts"
SOURCE_ID = "ucdp-acd"
DEFAULT_INPUT = SHARED_DIR / "dyadic" / "ucdp-acd"
DEFAULT_OUTPUT = DATA_DIR / "dyadic" / NAME
TABLE = "conflicts"

COLUMNS = ("a", "b", "conflict", "rel", "role_a", "role_b", "sender", "receiver", "years", "war", "inc", "type",
           "side_a", "side_b", "location", "territory", "where", "over", "sides_a", "sides_b", "start", "prec", "gw",
           "note", "conflicts_with")
RELATIONS = ("fought", "troops", "opposite", "support")
NAME_COLUMNS = ("conflict_id", "year", "location", "side_a", "side_a_2nd", "side_b", "side_b_2nd", "territory_name",
                "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", "gwno_loc")
NAME_SIDES = (("side_a", "gwno_a", "A"), ("side_a_2nd", "gwno_a_2nd", "A2"), ("side_b", "gwno_b", "B"),
              ("side_b_2nd", "gwno_b_2nd", "B2"))
GOVERNMENT = "Government of "
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
        "from the side A / side B columns and the states that sent troops to either side: the two primary "
        "sides fought each other; a state that sent troops fought the other side's primary states; states that "
        "sent troops to opposite sides met in a war between others; a state that sent troops fought on the side "
        "of that side's primary states. A state's fight against a non-state group alone gives no pair. Names "
        "(location, sides, disputed territory) come from UCDP's own v25.1 file (read from a public copy), one "
        "row per conflict-year, matched to these rows by conflict and year. Gleditsch-Ward codes are mapped to "
        "parties by a reviewed table (South Vietnam, South Yemen and Hyderabad have no party and are left out)."
    ),
}


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
    # from ucdp_acd_names.csv
    groups: dict[str, list[str]] = field(default_factory=lambda: {"A": [], "B": []})  # non-state names
    location: list[int] = field(default_factory=list)  # gwno_loc
    territory: str = ""


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
    receivers: set[str] = field(default_factory=set)
    cys: list[ConflictYear] = field(default_factory=list)


@dataclass
class Tally:
    """What the import read, wrote and set aside: the figures of its report."""

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
    pairs_by_rel: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    war_rows: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    names_rows: int = 0
    names_copied: list[str] = field(default_factory=list)
    territories: dict[tuple[str, bool], set[int]] = field(default_factory=lambda: defaultdict(set))
    other_readings: list[str] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------

def year_ranges(years: set[int] | list[int]) -> str:
    """1948,1964-1965,1971: the table's cell for a set of years (relations.wording.year_runs)."""
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in year_runs(years))


def input_label(folder: Path) -> str:
    """The input folder as the header names it: relative to the repository's parent where it can be."""
    try:
        # abspath, not resolve: a ../shared that is a link must still read as ../shared
        return "../" + Path(os.path.abspath(folder)).relative_to(REPO_ROOT.parent).as_posix()
    except ValueError:
        return folder.as_posix()


def party_names(data_dir: Path) -> dict[str, str]:
    """Every party's code -> its display name (countries, then the historical parties)."""
    names = {p["code"]: p["name"] for p in load_toml(data_dir / "countries.toml").get("party", [])}
    rdcr = data_dir / "rdcr" / "parties.toml"
    if rdcr.exists():
        names.update({p["code"]: p["name"] for p in load_toml(rdcr).get("party", [])})
    return names


def known_parties(data_dir: Path) -> set[str]:
    return set(party_names(data_dir))


def check_cell(value: str, where: str) -> str:
    if "\t" in value or "\n" in value or "\r" in value:
        raise ImportFailed(f"{where}: a tab or line break in a cell: {value!r}")
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


def read_conflict_years(folder: Path, report: Tally) -> dict[tuple[int, int], ConflictYear]:
    path = folder / "ucdp_acd.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in SOURCE_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportFailed(f"{path.name}: missing columns {missing}")
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
                    raise ImportFailed(f"{where}: unexpected incompatibility, type or intensity: {row}")
            elif (entry.intensity, entry.inc, entry.type, entry.start, entry.prec) != (
                    int(row["intensity_level"]), row["incompatibility"], row["type_of_conflict"],
                    row["start_date"], row["start_prec"]):
                raise ImportFailed(f"{where}: conflict {key[0]} in {key[1]} disagrees with its other rows")
            for column, role in SIDE_COLUMNS:
                for cell in row[column].split(","):
                    cell = cell.strip()
                    if cell:
                        code = int(cell)
                        entry.sides[role].add(code)
                        report.code_years[code].add(key[1])
                        report.code_conflicts[code].add(key[0])
    return found


def _codes(cell: str) -> set[int]:
    return {int(c) for c in cell.split(",") if c.strip()}


def read_names(folder: Path, conflict_years: dict[tuple[int, int], ConflictYear], report: Tally) -> None:
    """Add UCDP's names (non-state sides, location, territory) to each conflict-year, checking
    that the names file's codes are the main file's and that its state names are those codes."""
    path = folder / "ucdp_acd_names.csv"
    seen: set[tuple[int, int]] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in NAME_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportFailed(f"{path.name}: missing columns {missing}")
        for number, row in enumerate(reader, start=2):
            where = f"{path.name} line {number}"
            report.names_rows += 1
            key = (int(row["conflict_id"]), int(row["year"]))
            cy = conflict_years.get(key)
            if cy is None or key in seen:
                raise ImportFailed(f"{where}: conflict {key[0]} in {key[1]} is not once in ucdp_acd.csv")
            seen.add(key)
            if row.get("names_copied_from_nearest_year", "").strip() == "1":
                report.names_copied.append(f"conflict {key[0]} in {key[1]}")
            for column, code_column, role in NAME_SIDES:
                codes = _codes(row[code_column])
                if codes != cy.sides[role]:
                    raise ImportFailed(f"{where}: {code_column} {sorted(codes)} is not ucdp_acd.csv's {sorted(cy.sides[role])}")
                names = [n.strip() for n in row[column].split(", ") if n.strip()]
                states = [n[len(GOVERNMENT):].strip() for n in names if n.startswith(GOVERNMENT)]
                unknown = [n for n in states if n not in tables.UCDP_STATE_NAMES]
                if unknown:
                    raise ImportFailed(f"{where}: state names not in conflicts_tables.UCDP_STATE_NAMES: {unknown}")
                if {tables.UCDP_STATE_NAMES[n] for n in states} != codes or len(states) != len(codes):
                    raise ImportFailed(f"{where}: {column} {states} does not name the codes {sorted(codes)}")
                groups = [n for n in names if not n.startswith(GOVERNMENT)]
                if role in ("A", "B"):
                    cy.groups[role] = groups
                elif groups:
                    raise ImportFailed(f"{where}: a non-state supporter in {column}: {groups}")
            places = [n.strip() for n in row["location"].split(", ") if n.strip()]
            codes = _codes(row["gwno_loc"])
            unknown = [n for n in places if n not in tables.UCDP_STATE_NAMES]
            if unknown or {tables.UCDP_STATE_NAMES[n] for n in places} != codes or len(places) != len(codes):
                raise ImportFailed(f"{where}: location {places} does not name gwno_loc {sorted(codes)}")
            cy.location = sorted(codes)
            cy.territory = row["territory_name"].strip()
            check_cell(cy.territory, where)
    if len(seen) != len(conflict_years):
        absent = sorted(set(conflict_years) - seen)[:5]
        raise ImportFailed(f"{path.name}: {len(conflict_years) - len(seen)} conflict-years have no names, e.g. {absent}")


def state_words(code: int, year: int, party_names: dict[str, str]) -> str:
    """A state's name for a reader, in a year: the words of STATE_WORDS, else its party's name."""
    for first, last, words in tables.STATE_WORDS.get(code, ()):
        if (first is None or year >= first) and (last is None or year <= last):
            return words
    party, _ = tables.party_for(code, year)
    if party is None:
        raise ImportFailed(f"GW {code} in {year}: no party and no words in conflicts_tables.STATE_WORDS")
    return party_names[party]


def in_order(items: list[str]) -> list[str]:
    """Each item once, where it first comes."""
    return list(dict.fromkeys(items))


def joined(words: list[str]) -> str:
    """['India', 'United States'] -> 'India and the United States'."""
    return join(with_article(w) for w in words)


def conflict_words(cys: list[ConflictYear], party_names: dict[str, str]) -> dict[str, str]:
    """The conflict's location, territory, how a sentence names it (`where`) and what it was
    fought over (`over`), all in a reader's words, from its years' names (the whole span)."""
    first = cys[0]
    location = in_order([w for cy in cys for w in sorted(state_words(c, cy.year, party_names) for c in cy.location)])
    territories = in_order([cy.territory for cy in cys if cy.territory])
    if len(territories) > 1:
        raise ImportFailed(f"conflict {first.conflict}: more than one territory name: {territories}")
    territory = territories[0] if territories else ""
    incs = {cy.inc for cy in cys}
    inc = first.inc if len(incs) == 1 else "both" if incs == {"territory", "government"} or "both" in incs else first.inc
    place = joined(location)
    if inc == "territory" and territory:
        if territory not in tables.TERRITORY_WORDS:
            raise ImportFailed(f"conflict {first.conflict}: territory {territory!r} not in conflicts_tables.TERRITORY_WORDS")
        template, name_it, _ = tables.TERRITORY_WORDS[territory]
        where = template.format(location=place)
        over = "" if where.startswith("over ") else (
            "over territory" + (f" (UCDP's territory: {territory})" if name_it else ""))
    else:
        where = f"in {place}"
        over = {"territory": "over territory", "government": "over government",
                "both": "over government and territory"}[inc]
        if territory and inc != "government":
            over += f" (UCDP's territory: {territory})"
    return {"location": "; ".join(location), "territory": territory, "where": where, "over": over}


# ------------------------------------------------------------------------------------------
# Sides -> pairs
# ------------------------------------------------------------------------------------------

Mapped = tuple[int, "str | None", "str | None"]  # (GW code, party, note key)


def _add(pairs: dict[tuple, PairEntry], report: Tally, cy: ConflictYear, side_a: set[str], side_b: set[str],
         x: Mapped, rx: str, y: Mapped, ry: str, rel: str, receivers: set[str] | None = None) -> None:
    """Record that x (in role rx) and y (in role ry) stood in relation `rel` in conflict-year `cy`;
    for `troops` and `support` x is the one that sent troops, and `receivers` the primary states
    of the side it sent them to (empty when that side is non-state)."""
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
    sender = px if rel in ("troops", "support") else ""
    if (px, rx) > (py, ry):
        (gx, px, nx, rx), (gy, py, ny, ry) = (gy, py, ny, ry), (gx, px, nx, rx)
    entry = pairs[(px, py, cy.conflict, rel, sender)]
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
    entry.receivers |= receivers or set()
    if cy not in entry.cys:
        entry.cys.append(cy)


def check_codes(conflict_years: dict[tuple[int, int], ConflictYear]) -> None:
    unknown = sorted({c for cy in conflict_years.values() for s in cy.sides.values() for c in s} - set(tables.GW_PARTY))
    if unknown:
        raise ImportFailed(f"GW codes not in importers/conflicts_tables.py GW_PARTY: {unknown}")


def build(conflict_years: dict[tuple[int, int], ConflictYear], report: Tally) -> dict[tuple, PairEntry]:
    """(a, b, conflict, rel, sender) -> what the pair shares in that conflict.

    Who is on which side in a conflict-year (the rules the report states):
    - side A is gwno_a (primary) and the states that sent it troops (gwno_a_2nd); side B is gwno_b
      (states only in interstate conflicts; empty otherwise, where side B is non-state) and the
      states that sent it troops (gwno_b_2nd).
    - `fought`: a primary state of side A and one of side B (A against B).
    - `troops`: a state that sent troops to one side and a primary state of the other (A2 against
      B, A against B2); the sender is the one in A2 or B2, the receivers the primaries of its side.
    - `opposite`: states that sent troops to opposite sides (A2 against B2).
    - `support`: a state that sent troops and each primary state of the side it sent them to (A2
      with A, B2 with B). A supporter of a non-state side B has no state to support.
    - states on the same side that are not supporter and supported (two primaries, or two
      supporters) give no row.
    """
    pairs: dict[tuple, PairEntry] = defaultdict(PairEntry)
    check_codes(conflict_years)
    across = {("A", "B"): "fought", ("A2", "B"): "troops", ("A", "B2"): "troops", ("A2", "B2"): "opposite"}
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
        for one_role in ("A", "A2"):
            for other_role in ("B", "B2"):
                rel = across[(one_role, other_role)]
                for x in mapped[one_role]:
                    for y in mapped[other_role]:
                        if x[1] in both and y[1] in both and x[1] != y[1]:
                            report.indeterminate.add(f"conflict {cy.conflict} in {cy.year}: {min(x[1], y[1])} and "
                                                     f"{max(x[1], y[1])}, each on both sides")
                            continue
                        if rel == "troops" and other_role == "B2":
                            _add(pairs, report, cy, side_a, side_b, y, other_role, x, one_role, rel, side_b)
                        elif rel == "troops":
                            _add(pairs, report, cy, side_a, side_b, x, one_role, y, other_role, rel, side_a)
                        else:
                            _add(pairs, report, cy, side_a, side_b, x, one_role, y, other_role, rel)
        for supporters, s_role, supported, p_role in ((mapped["A2"], "A2", mapped["A"], "A"),
                                                      (mapped["B2"], "B2", mapped["B"], "B")):
            for x in supporters:
                for y in supported:
                    if y[1]:
                        _add(pairs, report, cy, side_a, side_b, x, s_role, y, p_role, "support", {y[1]})
                    else:
                        _add(pairs, report, cy, side_a, side_b, x, s_role, y, p_role, "support")
    return pairs


def table_rows(pairs: dict[tuple, PairEntry], conflict_years: dict[tuple[int, int], ConflictYear],
               party_names: dict[str, str], report: Tally) -> list[tuple[str, ...]]:
    by_conflict: dict[int, list[ConflictYear]] = defaultdict(list)
    for (conflict, _), cy in sorted(conflict_years.items()):
        by_conflict[conflict].append(cy)
    words = {}
    rows = []
    directions: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for (a, b, conflict, rel, sender), e in pairs.items():
        if len(e.gw_a) != 1 or len(e.gw_b) != 1:
            raise ImportFailed(f"{a}-{b} in conflict {conflict}: more than one GW code for a party")
        if rel in ("troops", "support"):
            directions[(a, b, conflict, rel)].add(sender)
            if len(directions[(a, b, conflict, rel)]) > 1:
                raise ImportFailed(f"{a}-{b} in conflict {conflict}: {rel} both ways (the fact ids assume one way)")
        cy = by_conflict[conflict][-1]
        if conflict not in words:
            words[conflict] = conflict_words(by_conflict[conflict], party_names)
            if words[conflict]["territory"]:
                report.territories[(words[conflict]["territory"], cy.inc == "territory")].add(conflict)
        w = words[conflict]

        def ordered(roles: set[str]) -> str:
            return ",".join(sorted(roles, key=ROLE_ORDER.__getitem__))

        def side_words(role: str, e: PairEntry = e) -> str:
            names = []
            for one in sorted(e.cys, key=lambda c: c.year):
                names += sorted(state_words(c, one.year, party_names) for c in one.sides[role])
                names += one.groups[role]
            return "; ".join(in_order(names))

        readings = tables.OTHER_READINGS.get((conflict, a, b, rel), [])
        notes = sorted(e.notes | {key for key, _ in readings})
        for key, other in readings:
            report.other_readings.append(f"conflict {conflict}, {a}-{b} ({rel}): note `{key}`, conflicts with {other}")
        row = (a, b, str(conflict), rel, ordered(e.roles_a), ordered(e.roles_b), sender,
               ",".join(sorted(e.receivers)), year_ranges(e.years), year_ranges(e.war), cy.inc,
               ",".join(t for t in TYPES if t in e.types), ",".join(sorted(e.side_a)), ",".join(sorted(e.side_b)),
               w["location"], w["territory"], w["where"], w["over"], side_words("A"), side_words("B"),
               cy.start, cy.prec, f"{min(e.gw_a)},{min(e.gw_b)}", ",".join(notes),
               " ".join(other for _, other in readings))
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


def render_report(report: Tally) -> Report:
    rep = Report(NAME, "UCDP/PRIO Armed Conflict Dataset v25.1 -> data/dyadic/conflicts", report.input_label)

    def w(text: str) -> None:
        rep.line(*text.split("\n"))

    rep.section("Counts")
    w(f"- Source rows read: {report.source_rows:,} (ucdp_acd.csv; one row per conflict, year and state, "
      f"so {report.conflict_years:,} conflict-years)")
    w(f"- Conflicts: {report.conflicts:,}, years {report.years[0]}-{report.years[1]}; by type: "
      + ", ".join(f"{t} {n}" for t, n in report.conflicts_by_type.items()))
    w(f"- Conflicts that give at least one pair of parties: {len(report.conflicts_with_pairs):,}")
    w(f"- Names read: {report.names_rows:,} rows of ucdp_acd_names.csv, one per conflict-year, each checked "
      "against ucdp_acd.csv's codes; names copied from the nearest year by the names file's maker: "
      + (", ".join(report.names_copied) or "none"))
    w(f"- Table rows (conflicts.tsv): {report.rows:,}: "
      + ", ".join(f"{rel} {report.rows_by_rel.get(rel, 0):,}" for rel in RELATIONS))
    w(f"- Pairs of parties with a row: {len(report.pairs):,}; by relation: "
      + ", ".join(f"{rel} {len(report.pairs_by_rel.get(rel, ())):,}" for rel in RELATIONS))
    w("- Rows with at least one war year: "
      + ", ".join(f"{rel} {report.war_rows.get(rel, 0):,}" for rel in RELATIONS))
    w("")
    for name, size in sorted(report.sizes.items()):
        rep.file(name, size)
    rep.section("Who is on which side")
    w("In each conflict-year the source names, as Gleditsch-Ward (GW) codes, the state(s) of side A "
      "(`gwno_a`), the state(s) of side B (`gwno_b`, only in interstate conflicts: elsewhere side B is "
      "one or more non-state groups, named in ucdp_acd_names.csv), and the states that sent troops to "
      "fight on either side (`gwno_a_2nd`, `gwno_b_2nd`). The importer reads four relations from them, "
      "year by year:\n")
    w("- `fought` (A against B): the two were primary states of opposite sides.")
    w("- `troops` (A2 against B, or A against B2): one sent troops to the side fighting the other. "
      "`sender` is the one that sent troops; `receiver` the primary state(s) of the side it sent them to "
      "(empty when that side is non-state: its groups are in `sides_b`).")
    w("- `opposite` (A2 against B2): each sent troops to an opposite side of a conflict whose primary "
      "parties are others (the United States and China in Korea).")
    w("- `support` (A2 with A, B2 with B): one sent troops to fight on the side of the other (`sender`, "
      "`receiver`). Supporters of a non-state side B have no state to support.")
    w("- Two primaries of the same side, or two supporters of the same side, give no row (co-belligerents "
      "are not a pair fact here).")
    w("- A pair whose roles changed over a conflict's years has a row for each relation, with the years of "
      "each.")
    w("- Years: the years in which the pair stood so; war years: those of them in which the conflict as a "
      "whole had intensity 2 (1,000 or more battle-related deaths in the year). The intensity is the "
      "conflict's, not the pair's.")
    w("- Earlier versions of this table had one value, `opposed`, for `fought`, `troops` and `opposite`: "
      "read `rel` other than `support` as the old `opposed`.")
    w("")
    rep.section("Columns of conflicts.tsv")
    w("`a`, `b` (parties, a < b); `conflict` (UCDP conflict_id); `rel` (`fought`, `troops`, `opposite`, "
      "`support`); `role_a`, `role_b` (A, B: primary state of side A or B; A2, B2: troop supporter of side A "
      "or B); `sender`, `receiver` (`troops` and `support`: the party that sent troops, and the primary "
      "parties of the side it sent them to, `gwNNN` for a code without a party); `years`, `war` (years as "
      "ranges, `1964-1965,1971`); `inc` (incompatibility: territory, government, both); `type` "
      "(type_of_conflict in the pair's years); `side_a`, `side_b` (the primary parties of each side in those "
      "years, `gwNNN` for a code without a party; side_b empty when non-state); `location` (UCDP's location, "
      "the state(s) with a primary claim in the conflict, in reader words, `; ` between them, over the "
      "conflict's whole span); `territory` (UCDP's territory name as given, over the whole span: a conflict "
      "over government and territory lists it in every year); `where` (how a sentence names the conflict: "
      "\"over Kashmir\", \"in Korea\"; only a conflict over territory alone is named by its territory); "
      "`over` (what it was fought over, in words, where `where` does not say it); `sides_a`, `sides_b` (each "
      "side's primary states and non-state groups in the pair's years, reader words for states, UCDP's names "
      "for groups, `; ` between them); `start`, `prec` (start_date and start_prec of the conflict, as the "
      "source gives them); `gw` (the GW codes of a and b); `note` (keys of caveats, see below); "
      "`conflicts_with` (ids of facts of another source that read the same war differently).\n")
    rep.section("Names")
    w("- State names in ucdp_acd_names.csv (\"Government of Russia (Soviet Union)\") map to GW codes by the "
      f"reviewed table UCDP_STATE_NAMES ({len(tables.UCDP_STATE_NAMES)} names); each conflict-year's names must "
      "name exactly its codes, or the import stops. In reader words a state is its party's name, or the "
      "words of STATE_WORDS for the years the party's name would misstate it:")
    for code, periods in sorted(tables.STATE_WORDS.items()):
        for first, last, words in periods:
            span = "every year" if first is None and last is None else f"{first or ''}-{last or ''}"
            w(f"  - GW {code}, {span}: {words}")
    w("- Non-state groups keep UCDP's names (\"DPR\", \"Kashmir insurgents\").")
    w("- A conflict over territory alone is named by its territory, in the words of TERRITORY_WORDS; a conflict "
      "over government, or over government and territory, by its location (\"in Russia and Ukraine\"), with "
      "UCDP's territory given as such. Territories of the rows written:\n")
    w("| UCDP's territory | conflicts | a sentence says | why |")
    w("|---|---|---|---|")
    for (territory, by_territory), conflicts_ in sorted(report.territories.items()):
        template, _, why = tables.TERRITORY_WORDS[territory] if by_territory else (
            "in {location} (over government and territory: named by its location)", False, "")
        w(f"| {territory} | {', '.join(map(str, sorted(conflicts_)))} | {template} | {why} |")
    w("")
    rep.section("Other readings")
    w("Where another shipped source reads the same war differently, the row carries a note and the id of "
      "that source's fact (`conflicts_with`):\n")
    for line in sorted(report.other_readings) or ["None."]:
        w(f"- {line}")
    w("")
    rep.section("Gleditsch-Ward codes")
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
    rep.section("Mapping notes")
    for key, text in sorted(tables.NOTES.items()):
        w(f"- `{key}`: {text}.")
    w("")
    rep.set_aside_section("Codes without a party, and what they drop")
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
    rep.set_aside_section("A state on both sides in one year")
    w("Where the government changed hands during a year, UCDP may list a state as a troop supporter of "
      "both sides in that year. Such a state gets no row with itself, and two such states get no row across "
      "the sides for that year (which of them was against which cannot be told from a yearly row); their rows "
      "with the other parties are kept.\n")
    for line in report.same_party:
        w(f"- {line}: no row")
    for line in sorted(report.indeterminate):
        w(f"- {line}: no `fought`, `troops` or `opposite` row for that year")
    if not report.same_party and not report.indeterminate:
        w("- None.")
    w("")
    rep.section("Decisions to review")
    w("- Topics: `fought` and `troops` rows are facts of topic `dispute` (the two fought each other, directly or "
      "one with troops sent to the other's enemy: the armed form of a dispute between them); `opposite` rows "
      "are `security` (their troops met on opposite sides of a war whose primary parties are others: not a "
      "dispute between the two, but not cooperation either; `values.relation` tells them apart); `support` "
      "rows are `security` (sending troops to fight on another state's side is defence cooperation).")
    w("- GW 345 after 1991 (the Federal Republic of Yugoslavia, then Serbia and Montenegro, then Serbia) is "
      "mapped to Serbia (RS), its continuing state, with note `fry` and the display name \"Serbia (coded as "
      "Yugoslavia)\" in the rows it concerns; a party H-SERBIA-AND-MONTENEGRO would be more exact.")
    w("- GW 678 before 1990 (North Yemen) and GW 816 before 1976 (North Vietnam) are mapped to Yemen and "
      "Vietnam, with notes: Gleditsch and Ward keep these codes for the united states, and the project has no "
      "party for either. Parties H-NORTH-YEMEN / H-NORTH-VIETNAM would be more exact.")
    w("- Parties wished for in data/rdcr/parties.toml (owned by another importer): H-SOUTH-VIETNAM (GW 817), "
      "H-SOUTH-YEMEN (GW 680), H-HYDERABAD (GW 751); with them the pairs listed under Set aside would be kept.")
    w("- GW 710 (China) is mapped to CN in every year, including the Republic of China's government before "
      "October 1949; GW 713 (Taiwan, from December 1949) to TW.")
    w("- The government side is whoever UCDP codes as the state's government in a year. Two cases read "
      "oddly in a sentence but are the source's coding: in Yemen from 2015 (conflict 230) the government side "
      "is the authorities in Sanaa, so the Saudi-led coalition's states have `troops` rows with Yemen; in conflict "
      "418 the United States is the government side (against a non-state group), so its supporters have "
      "`support` rows with the US.")
    w("- UN peacekeeping contributors that UCDP codes as troop supporters of a government (e.g. the Central "
      "African Republic, conflicts 416 and 15283) get `support` rows like any other supporter.")
    w("- The start date is shown at the precision read from `start_prec` (see Not read); its raw value "
      "stays in the table.")
    w("- A conflict's name is made from UCDP's location and territory for its whole span, not the pair's "
      "years: UCDP gives one territory per conflict, even where the conflict is over government and "
      "territory (conflict 13243, 2022-2024: Crimea in every year), so such a conflict is named by its "
      "location and its territory is given as UCDP's, never as what the war was over.")
    w("- `location` is UCDP's: the state(s) whose government has a primary claim in the conflict, not "
      "necessarily where the fighting was (conflict 418, against al-Qaida, has the United States).")
    w("")
    rep.section("Not read")
    w("- `start_date2`, `start_prec2`, `ep_end`, `ep_end_date` (episodes): the facts give the conflict's "
      "years and its start date, not its episodes.")
    w("- ucdp_acd_names.csv: `side_a_2nd`, `side_b_2nd` (the supporters' names) are read only to check them "
      "against the codes; `region` is not read. Battle-death figures are not in these inputs.")
    w("- `start_prec`: the packaged documentation says only that it is the precision of `start_date`; the "
      "codes are not defined there. The facts show the date at a precision read conservatively from the "
      "codes (1: day; 2-3: month; 4-7: year) and give the source's date and code in a note.")
    return rep


# ------------------------------------------------------------------------------------------
# Main
# ------------------------------------------------------------------------------------------

def run(input_dir: Path = DEFAULT_INPUT, output_dir: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR) -> Tally:
    report = Tally(input_label=input_label(input_dir))
    report.gw_names = read_gw_names(input_dir)
    conflict_years = read_conflict_years(input_dir, report)
    report.conflict_years = len(conflict_years)
    check_codes(conflict_years)
    read_names(input_dir, conflict_years, report)
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

    names = party_names(data_dir)
    missing = sorted({p for periods in tables.GW_PARTY.values() for _, _, p, _ in periods if p} - set(names))
    if missing:
        raise ImportFailed(f"parties in conflicts_tables.py not in data/countries.toml or data/rdcr/parties.toml: {missing}")
    fact_ids = {f["id"] for f in load_toml(data_dir / "factbook" / "disputes.toml").get("fact", [])} \
        if (data_dir / "factbook" / "disputes.toml").exists() else set()
    for readings in tables.OTHER_READINGS.values():
        for key, other in readings:
            if key not in tables.NOTES or (fact_ids and other not in fact_ids):
                raise ImportFailed(f"OTHER_READINGS: note {key!r} or fact {other!r} unknown")

    pairs = build(conflict_years, report)
    rows = table_rows(pairs, conflict_years, names, report)
    report.rows = len(rows)
    war = COLUMNS.index("war")
    for row in rows:
        rel = row[3]
        report.rows_by_rel[rel] += 1
        report.pairs.add((row[0], row[1]))
        report.pairs_by_rel[rel].add((row[0], row[1]))
        report.conflicts_with_pairs.add(int(row[2]))
        if row[war]:
            report.war_rows[rel] += 1

    table_text = render_table(rows, report.input_label)
    sources_text = render_sources(report.input_label)
    report.sizes = {f"{TABLE}.tsv": len(table_text.encode("utf-8")), "sources.toml": len(sources_text.encode("utf-8"))}
    report_text = render_report(report).markdown()
    output_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(output_dir / f"{TABLE}.tsv", table_text)
    write_text_atomic(output_dir / "sources.toml", sources_text)
    write_text_atomic(output_dir / "report.md", report_text)
    return report


def main(argv: list[str] | None = None) -> int:
    def go(args: argparse.Namespace) -> str:
        report = run(args.input, args.out)
        return (f"{report.rows:,} rows ({dict(sorted(report.rows_by_rel.items()))}) for {len(report.pairs):,} pairs "
                f"from {report.conflicts:,} conflicts; written to {args.out}")

    return run_main(NAME, __doc__.splitlines()[0], go, argv,
                    default_input=DEFAULT_INPUT, default_output=DEFAULT_OUTPUT, needs=("ucdp_acd.csv",))


if __name__ == "__main__":
    raise SystemExit(main())
