"""The UCDP/PRIO armed-conflict importer (`importers.conflicts`) and its row-to-fact module
(`relations.dyadic.conflicts`): a hand-made fixture, a byte-identical re-run, real pairs checked
against the raw CSV, every Gleditsch–Ward code mapped or listed, exact texts."""

from __future__ import annotations

import ast
import csv
import io
from collections import defaultdict
from pathlib import Path

import pytest
from importers import conflicts, conflicts_tables
from importers.common import ImportFailed, load_toml

from relations import wording
from relations.dyadic import conflicts as rows_to_facts
from relations.model import FactDate

REPO = Path(__file__).resolve().parents[1]
RAW = REPO.parent / "shared" / "dyadic" / "ucdp-acd"
DATA = REPO / "data" / "dyadic" / "conflicts"

needs_raw = pytest.mark.skipif(
    not (RAW / "ucdp_acd.csv").is_file(),
    reason=f"../shared/dyadic not present: no UCDP/PRIO ACD at {RAW}",
)

NAMES = {
    "IN": "India", "PK": "Pakistan", "IQ": "Iraq", "KW": "Kuwait", "US": "United States",
    "GB": "United Kingdom", "SY": "Syria", "RU": "Russia", "TR": "Turkey", "VN": "Vietnam",
    "H-SOVIET-UNION": "Soviet Union", "AF": "Afghanistan", "AU": "Australia", "CN": "China", "TW": "Taiwan",
}

HEADER = ("conflict_id,year,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,incompatibility,intensity_level,"
          "type_of_conflict,start_date,start_prec,start_date2,start_prec2,ep_end,ep_end_date")

# Hand-made conflict-years, in the packaging's long form (one state per cell, a row per state).
FIXTURE = [
    # 1: interstate, India (A) against Pakistan (B); war in 1948 and 1951.
    "1,1948,750,,770,,territory,2,interstate,1948-12-31,5,1948-12-31,5,1,1948-12-31",
    "1,1950,750,,770,,territory,1,interstate,1948-12-31,5,1950-03-01,1,1,1950-12-31",
    "1,1951,750,,770,,territory,2,interstate,1948-12-31,5,1950-03-01,1,1,1951-12-31",
    # 2: interstate, Iraq (A) against Kuwait (B), the US and the UK supporting Kuwait (two rows).
    "2,1991,645,,690,2,territory,2,interstate,1990-08-02,1,1990-08-02,1,1,1991-02-28",
    "2,1991,645,,690,200,territory,2,interstate,1990-08-02,1,1990-08-02,1,1,1991-02-28",
    # 3: internationalised intrastate in Syria: the USSR (1990) and Russia (2015) supporting the
    #    government, Turkey supporting the non-state side (2015).
    "3,1990,652,365,,,government,1,II,1966-02-23,1,1966-02-23,1,0,",
    "3,2015,652,365,,640,government,2,II,1966-02-23,1,2015-01-01,1,0,",
    # 4: South Vietnam (no party) supported by the US, against North Vietnam.
    "4,1965,817,2,816,,territory,2,interstate,1965-02-07,1,1965-02-07,1,0,",
    # 6: two states on side A (co-belligerents: no row between them) against Iraq.
    "6,2003,2,,645,,government,2,interstate,2003-03-20,1,2003-03-20,1,1,2003-04-30",
    "6,2003,200,,645,,government,2,interstate,2003-03-20,1,2003-03-20,1,1,2003-04-30",
    # 5: an intrastate conflict with no state on side B: no pair at all.
    "5,2001,700,,,,government,1,intrastate,2001-01-01,3,2001-01-01,3,0,",
]


NAMES_HEADER = ("conflict_id", "year", "location", "side_a", "side_a_2nd", "side_b", "side_b_2nd", "territory_name",
                "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", "gwno_loc", "region", "names_copied_from_nearest_year")
G = "Government of "
# UCDP's names for each conflict-year of FIXTURE: (conflict, year, location, side_a, side_a_2nd, side_b,
# side_b_2nd, territory, gwno_loc); the code columns are copied from FIXTURE.
FIXTURE_NAMES = [
    ("1", "1948", "India, Pakistan", G + "India", "", G + "Pakistan", "", "Kashmir", "750, 770"),
    ("1", "1950", "India, Pakistan", G + "India", "", G + "Pakistan", "", "Kashmir", "750, 770"),
    ("1", "1951", "India, Pakistan", G + "India", "", G + "Pakistan", "", "Kashmir", "750, 770"),
    ("2", "1991", "Iraq, Kuwait", G + "Iraq", "", G + "Kuwait",
     f"{G}United Kingdom, {G}United States of America", "Kuwait", "645, 690"),
    ("3", "1990", "Syria", G + "Syria", G + "Russia (Soviet Union)", "Syrian insurgents", "", "", "652"),
    ("3", "2015", "Syria", G + "Syria", G + "Russia (Soviet Union)", "Syrian insurgents, IS", G + "Turkey", "", "652"),
    ("4", "1965", "South Vietnam, Vietnam (North Vietnam)", G + "South Vietnam", G + "United States of America",
     G + "Vietnam (North Vietnam)", "", "South Vietnam", "816, 817"),
    ("6", "2003", "Iraq, United Kingdom, United States of America",
     f"{G}United Kingdom, {G}United States of America", "", G + "Iraq", "", "", "2, 200, 645"),
    ("5", "2001", "Afghanistan", G + "Afghanistan", "", "Taleban", "", "", "700"),
]


def _names_csv(lines: list[str], names: list[tuple[str, ...]]) -> str:
    codes: dict[tuple[str, str], list[set[str]]] = {}
    for line in lines:
        cells = line.split(",")
        sides = codes.setdefault((cells[0], cells[1]), [set(), set(), set(), set()])
        for i in range(4):
            if cells[2 + i]:
                sides[i].add(cells[2 + i])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(NAMES_HEADER)
    for conflict, year, location, a, a2, b, b2, territory, loc in names:
        cells = [", ".join(sorted(c, key=int)) for c in codes[(conflict, year)]]
        writer.writerow([conflict, year, location, a, a2, b, b2, territory, *cells, loc, "1", ""])
    return out.getvalue()


def write_fixture(folder: Path, lines: list[str] = FIXTURE, names: list[tuple[str, ...]] = FIXTURE_NAMES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ucdp_acd.csv").write_text(HEADER + "\n" + "\n".join(lines) + "\n", "utf-8")
    (folder / "ucdp_acd_names.csv").write_text(_names_csv(lines, names), "utf-8")
    (folder / "gw_states.csv").write_text(
        "gwcode,stateabb,statename,startdate,enddate\n750,IND,India,1947-08-15,2017-12-31\n", "utf-8")
    return folder


def read_table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    lines = path.read_text("utf-8").split("\n")
    assert lines[-1] == ""
    columns = lines[1].split("\t")
    return lines, [dict(zip(columns, line.split("\t"))) for line in lines[2:-1]]


def find(rows: list[dict[str, str]], a: str, b: str, conflict: str, rel: str = "fought") -> dict[str, str]:
    found = [r for r in rows if (r["a"], r["b"], r["conflict"], r["rel"]) == (a, b, conflict, rel)]
    assert len(found) == 1, (a, b, conflict, rel, found)
    return found[0]


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, conflicts.Tally]:
    base = tmp_path_factory.mktemp("ucdp")
    out = base / "out"
    report = conflicts.run(write_fixture(base / "in"), out)
    return out, report


# ------------------------------------------------------------------------------------------
# The fixture
# ------------------------------------------------------------------------------------------

def test_fixture_table_format(fixture_run) -> None:
    out, _ = fixture_run
    lines, rows = read_table(out / "conflicts.tsv")
    assert lines[0].startswith("# Generated by python -m importers.conflicts from ")
    assert lines[0].endswith(". Do not edit by hand.")
    assert lines[1].split("\t") == list(conflicts.COLUMNS)
    keys = [tuple(r.values()) for r in rows]
    assert keys == sorted(keys)
    assert all(r["a"] < r["b"] for r in rows)
    assert all(len(line.split("\t")) == len(conflicts.COLUMNS) for line in lines[2:-1])


def test_fixture_sides(fixture_run) -> None:
    out, report = fixture_run
    _, rows = read_table(out / "conflicts.tsv")
    got = {(r["a"], r["b"], r["conflict"], r["rel"]): (r["role_a"], r["role_b"], r["sender"], r["receiver"], r["years"],
                                                       r["war"]) for r in rows}
    assert got == {
        ("IN", "PK", "1", "fought"): ("A", "B", "", "", "1948,1950-1951", "1948,1951"),
        # Kuwait's supporters sent troops against Iraq and support Kuwait; the two supporters: no row
        ("IQ", "KW", "2", "fought"): ("A", "B", "", "", "1991", "1991"),
        ("IQ", "US", "2", "troops"): ("A", "B2", "US", "KW", "1991", "1991"),
        ("GB", "IQ", "2", "troops"): ("B2", "A", "GB", "KW", "1991", "1991"),
        ("KW", "US", "2", "support"): ("B", "B2", "US", "KW", "1991", "1991"),
        ("GB", "KW", "2", "support"): ("B2", "B", "GB", "KW", "1991", "1991"),
        # GW 365 is the USSR in 1990, Russia in 2015; Turkey (B2) sent troops against the government
        # (to a non-state side: no receiver) and was on the opposite side to the government's supporter
        ("H-SOVIET-UNION", "SY", "3", "support"): ("A2", "A", "H-SOVIET-UNION", "SY", "1990", ""),
        ("RU", "SY", "3", "support"): ("A2", "A", "RU", "SY", "2015", "2015"),
        ("RU", "TR", "3", "opposite"): ("A2", "B2", "", "", "2015", "2015"),
        ("SY", "TR", "3", "troops"): ("A", "B2", "TR", "", "2015", "2015"),
        # South Vietnam has no party: only the US against North Vietnam is left, its receiver kept as gw817
        ("US", "VN", "4", "troops"): ("A2", "B", "US", "gw817", "1965", "1965"),
        ("GB", "IQ", "6", "fought"): ("A", "B", "", "", "2003", "2003"),
        ("IQ", "US", "6", "fought"): ("B", "A", "", "", "2003", "2003"),
    }
    us_vn = find(rows, "US", "VN", "4", "troops")
    assert (us_vn["side_a"], us_vn["side_b"], us_vn["note"], us_vn["gw"]) == ("gw817", "VN", "drv", "2,816")
    assert (us_vn["sides_a"], us_vn["sides_b"], us_vn["location"]) == ("South Vietnam", "North Vietnam",
                                                                      "North Vietnam; South Vietnam")
    assert report.dropped == {(817, 4): {1965}}
    assert report.dropped_pairs[(817, 4)] == {"US", "VN"}
    assert report.rows_by_rel == {"fought": 4, "troops": 4, "opposite": 1, "support": 4}


def test_fixture_names(fixture_run) -> None:
    out, _ = fixture_run
    _, rows = read_table(out / "conflicts.tsv")
    names = {(r["conflict"]): (r["location"], r["territory"], r["where"], r["over"]) for r in rows}
    assert names == {
        "1": ("India; Pakistan", "Kashmir", "over Kashmir", ""),
        "2": ("Iraq; Kuwait", "Kuwait", "over Kuwait", ""),
        "3": ("Syria", "", "in Syria", "over government"),
        "4": ("North Vietnam; South Vietnam", "South Vietnam", "in South Vietnam", "over territory"),
        "6": ("Iraq; United Kingdom; United States", "", "in Iraq, the United Kingdom and the United States",
              "over government"),
    }
    # the non-state side keeps UCDP's names, in the pair's years (IS only in 2015)
    assert find(rows, "RU", "TR", "3", "opposite")["sides_b"] == "Syrian insurgents; IS"
    assert find(rows, "H-SOVIET-UNION", "SY", "3", "support")["sides_b"] == "Syrian insurgents"


def test_fixture_rerun_is_byte_identical(fixture_run, tmp_path: Path) -> None:
    out, _ = fixture_run
    again = tmp_path / "again"
    conflicts.run(out.parent / "in", again)
    for name in ("conflicts.tsv", "sources.toml"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_an_unknown_code_stops_the_import(tmp_path: Path) -> None:
    line = "7,2000,750,,999,,territory,1,interstate,2000-01-01,1,,,0,"
    names = (*FIXTURE_NAMES, ("7", "2000", "India", G + "India", "", G + "Nowhere", "", "", "750"))
    folder = write_fixture(tmp_path / "in", [*FIXTURE, line], list(names))
    with pytest.raises(ImportFailed, match="999"):
        conflicts.run(folder, tmp_path / "out")


@pytest.mark.parametrize(("change", "message"), [
    # a state name naming another code than the main file's
    (lambda n: [("1", "1948", "India, Pakistan", G + "Pakistan", "", G + "India", "", "Kashmir", "750, 770"), *n[1:]],
     "does not name"),
    # an unknown state name
    (lambda n: [("1", "1948", "India, Pakistan", G + "Hindustan", "", G + "Pakistan", "", "Kashmir", "750, 770"),
                *n[1:]], "UCDP_STATE_NAMES"),
    # a conflict-year without names
    (lambda n: n[1:], "have no names"),
    # a territory the reviewed table does not word
    (lambda n: [(*r[:7], "Atlantis", r[8]) if r[0] == "1" else r for r in n], "TERRITORY_WORDS"),
])
def test_names_that_do_not_fit_stop_the_import(tmp_path: Path, change, message) -> None:
    folder = write_fixture(tmp_path / "in", FIXTURE, change(FIXTURE_NAMES))
    with pytest.raises(ImportFailed, match=message):
        conflicts.run(folder, tmp_path / "out")


def test_a_tab_in_a_cell_stops_the_import() -> None:
    with pytest.raises(ImportFailed):
        conflicts.check_cell("a\tb", "test")


def test_year_ranges() -> None:
    assert conflicts.year_ranges({1971, 1948, 1964, 1965}) == "1948,1964-1965,1971"
    assert rows_to_facts.parse_years("1948,1964-1966") == [1948, 1964, 1965, 1966]
    assert wording.year_ranges(rows_to_facts.parse_years("1948,1964-1965,1971")) == "1948, 1964–65 and 1971"
    assert wording.year_span(1950, 1953) == "1950–53"
    assert wording.year_span(1965, 1973) == "1965–1973"
    assert wording.year_span(2000, 2009) == "2000–09"
    assert wording.year_span(1971, 1971) == "1971"
    assert wording.year_ranges([1948, 1964, 1965, 1971, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]) == (
        "1948, 1964–65, 1971 and 2013–2020")
    assert wording.year_ranges([]) == ""


# ------------------------------------------------------------------------------------------
# The row-to-fact module: exact texts
# ------------------------------------------------------------------------------------------

def fact_of(row: dict[str, str]) -> dict:
    [fact] = rows_to_facts.facts("conflicts", row, NAMES.__getitem__)
    return fact


CITE = "(UCDP/PRIO Armed Conflict Dataset v25.1, 1946–2024)."


def test_fact_of_an_interstate_pair(fixture_run) -> None:
    out, _ = fixture_run
    _, rows = read_table(out / "conflicts.tsv")
    fact = fact_of(find(rows, "IN", "PK", "1"))
    assert fact["text"] == (
        "India and Pakistan fought each other, 1948 and 1950–51 (UCDP's conflict over Kashmir: war in 1948 and "
        f"1951). UCDP dates the conflict's first battle-related death to 1948 {CITE}"
    )
    assert fact["id"] == "conflicts.in-pk.1.fought"
    assert fact["parties"] == ["IN", "PK"]
    assert fact["topic"] == "dispute"
    assert fact["date"] == "1948/1951"
    assert fact["sources"] == ["ucdp-acd"]
    assert fact["locator"] == ("ucdp_acd.csv: conflict_id 1, years 1948,1950-1951; IN as GW 750 in gwno_a, PK as GW "
                               "770 in gwno_b; names from ucdp_acd_names.csv")
    assert fact["values"] == {
        "conflict_id": 1, "relation": "fought", "name": "UCDP's conflict over Kashmir", "role_a": "A", "role_b": "B",
        "years": "1948,1950-1951", "first_year": 1948, "last_year": 1951, "incompatibility": "territory",
        "type_of_conflict": "interstate", "where": "over Kashmir", "location": "India and Pakistan",
        "territory": "Kashmir", "war_years": "1948,1951", "start_date": "1948", "start_prec": 5,
    }
    assert "precision code 5" in fact["note"] and "1,000 or more battle-related deaths" in fact["note"]


def test_facts_of_troops_support_and_opposite_sides(fixture_run) -> None:
    out, _ = fixture_run
    _, rows = read_table(out / "conflicts.tsv")
    troops = fact_of(find(rows, "IQ", "US", "2", "troops"))
    assert troops["text"] == (
        "The United States sent troops to forces fighting Iraq, on the side of Kuwait, 1991 (UCDP's conflict over "
        f"Kuwait: war that year). UCDP dates the conflict's first battle-related death to 2 August 1990 {CITE}"
    )
    assert (troops["topic"], troops["id"]) == ("dispute", "conflicts.iq-us.2.troops")
    assert (troops["values"]["sender"], troops["values"]["receiver"]) == ("US", "KW")
    support = fact_of(find(rows, "KW", "US", "2", "support"))
    assert support["text"] == (
        "The United States sent troops to fight on the side of Kuwait against Iraq, 1991 (UCDP's conflict over "
        f"Kuwait: war that year). UCDP dates the conflict's first battle-related death to 2 August 1990 {CITE}"
    )
    assert (support["topic"], support["date"], support["id"]) == ("security", "1991", "conflicts.kw-us.2.support")
    gov = fact_of(find(rows, "H-SOVIET-UNION", "SY", "3", "support"))
    assert gov["text"] == (
        "The Soviet Union sent troops to fight on the side of the government of Syria against a non-state group "
        "(UCDP's name: Syrian insurgents) over government, 1990 (UCDP's conflict in Syria: below war intensity that "
        f"year). UCDP dates the conflict's first battle-related death to 23 February 1966 {CITE}"
    )
    both = fact_of(find(rows, "RU", "TR", "3", "opposite"))
    assert both["text"] == (
        "Russia and Turkey were on opposite sides in Syria over government, 2015: Russia sent troops to fight on the "
        "side of the government of Syria, Turkey on the side of non-state groups (UCDP's names: Syrian insurgents "
        "and IS) (UCDP's conflict in Syria: war that year). UCDP dates the conflict's first battle-related death to "
        f"23 February 1966 {CITE}"
    )
    assert (both["topic"], both["values"]["relation"]) == ("security", "opposite")
    assert "sender" not in both["values"]
    to_groups = fact_of(find(rows, "SY", "TR", "3", "troops"))
    assert to_groups["text"].startswith(
        "Turkey sent troops to forces fighting the government of Syria over government, on the side of non-state "
        "groups (UCDP's names: Syrian insurgents and IS), 2015 ")
    assert to_groups["values"]["sender"] == "TR" and "receiver" not in to_groups["values"]
    north = fact_of(find(rows, "US", "VN", "4", "troops"))
    assert north["text"].startswith(
        "The United States sent troops to forces fighting Vietnam (North Vietnam before 1976) over territory, on the "
        "side of South Vietnam, 1965 (UCDP's conflict in South Vietnam: war that year).")
    assert "North Vietnam, the Democratic Republic of Vietnam" in north["note"]


def test_facts_fit_the_model(fixture_run) -> None:
    out, _ = fixture_run
    _, rows = read_table(out / "conflicts.tsv")
    topics = {t["id"] for t in load_toml(REPO / "data" / "topics.toml")["topic"]}
    keys = {"id", "parties", "topic", "date", "text", "sources", "locator", "note", "values", "conflicts_with"}
    ids = set()
    for row in rows:
        fact = fact_of(row)
        assert set(fact) <= keys
        assert fact["topic"] in topics
        assert fact["values"]["relation"] in rows_to_facts.RELATIONS
        FactDate.parse(fact["date"])
        assert fact["id"] == fact["id"].lower() and fact["id"] not in ids
        ids.add(fact["id"])
    assert rows_to_facts.facts("other", rows[0], NAMES.__getitem__) == []


def test_a_row_of_the_earlier_table_still_reads(fixture_run) -> None:
    """Rows with rel `opposed` and no names (the table before the split) give the relation by roles."""
    out, _ = fixture_run
    _, rows = read_table(out / "conflicts.tsv")
    old = {k: v for k, v in find(rows, "RU", "TR", "3", "opposite").items()
           if k not in ("sender", "receiver", "location", "territory", "where", "over", "sides_a", "sides_b")}
    old["rel"] = "opposed"
    fact = fact_of(old)
    assert fact["values"]["relation"] == "opposite" and fact["values"]["name"] == "UCDP's conflict 3"
    assert fact["text"].startswith("Russia and Turkey were on opposite sides of one conflict over government, 2015: ")


def test_the_fact_module_is_pure() -> None:
    tree = ast.parse(Path(rows_to_facts.__file__).read_text("utf-8"))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert imported <= {"__future__", "collections.abc", "wording"}, imported  # relations.wording: stdlib only
    assert set(conflicts_tables.NOTES) <= set(rows_to_facts.NOTE_TEXTS)
    assert {f"gw{c}" for c in conflicts_tables.GW_UNMAPPED} <= set(rows_to_facts.GW_NAMES)
    assert set(conflicts_tables.GW_UNMAPPED) <= set(conflicts_tables.STATE_WORDS)


def test_conflict_summary(fixture_run) -> None:
    out, _ = fixture_run
    _, rows = read_table(out / "conflicts.tsv")
    summary = rows_to_facts.conflict_summary([r for r in rows if "US" in (r["a"], r["b"])], "US")
    assert summary == {"conflicts": 3, "fought": 1, "troops": 2, "opposite": 0, "years": [1965, 1991, 2003],
                       "war_years": [1965, 1991, 2003], "first_year": 1965, "last_year": 2003, "support": 1,
                       "opponents": ["IQ", "VN"]}
    assert rows_to_facts.conflict_summary([])["conflicts"] == 0


def test_pair_figures(fixture_run) -> None:
    out, _ = fixture_run
    _, rows = read_table(out / "conflicts.tsv")
    figures = rows_to_facts.pair_figures(rows, "US", "IQ")
    assert [c["id"] for c in figures["fought"]] == [6] and [c["id"] for c in figures["troops"]] == [2]
    assert figures["opposite"] == [] and figures["support"] == []
    assert (figures["against_each_other"], figures["conflicts"], figures["years"]) == (2, 2, [1991, 2003])
    assert figures["troops"][0] == {
        "id": 2, "fact": "conflicts.iq-us.2.troops", "name": "UCDP's conflict over Kuwait", "where": "over Kuwait",
        "relation": "troops", "years": [1991], "years_text": "1991", "war_years": [1991], "war_text": "1991",
        "first_year": 1991, "last_year": 1991, "incompatibility": "territory", "location": "Iraq and Kuwait",
        "territory": "Kuwait", "sender": "US", "receiver": ["KW"], "against": "IQ",
    }
    # the same figures from the pair's facts as dictionaries
    facts = [fact_of(r) for r in rows if {r["a"], r["b"]} == {"US", "IQ"}]
    assert rows_to_facts.pair_figures(facts, "IQ", "US") == figures
    assert rows_to_facts.relation(find(rows, "IQ", "US", "2", "troops")) == ("troops", "US", "IQ")
    assert rows_to_facts.relation(find(rows, "KW", "US", "2", "support")) == ("support", "US", None)
    assert rows_to_facts.relation(find(rows, "IN", "PK", "1")) == ("fought", None, None)
    assert rows_to_facts.fact_id(find(rows, "RU", "TR", "3", "opposite")) == "conflicts.ru-tr.3.opposite"
    opposite = rows_to_facts.pair_figures(rows, "TR", "RU")
    assert [c["id"] for c in opposite["opposite"]] == [3] and opposite["against_each_other"] == 0


# ------------------------------------------------------------------------------------------
# The real data
# ------------------------------------------------------------------------------------------

def raw_rows() -> list[dict[str, str]]:
    with (RAW / "ucdp_acd.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def raw_opposed_years(raw: list[dict[str, str]], conflict: str, x: int, y: int) -> tuple[set[int], set[int]]:
    """Years (and war years) in which GW codes x and y were on opposite sides of a conflict, read from
    the raw CSV without the importer's code."""
    sides: dict[int, dict[str, set[int]]] = defaultdict(lambda: {"A": set(), "B": set()})
    war: set[int] = set()
    for r in raw:
        if r["conflict_id"] != conflict:
            continue
        year = int(r["year"])
        for col, side in (("gwno_a", "A"), ("gwno_a_2nd", "A"), ("gwno_b", "B"), ("gwno_b_2nd", "B")):
            sides[year][side] |= {int(c) for c in r[col].split(",") if c.strip()}
        if r["intensity_level"] == "2":
            war.add(year)
    years = {y_ for y_, s in sides.items() if (x in s["A"] and y in s["B"]) or (y in s["A"] and x in s["B"])}
    return years, years & war


@pytest.fixture(scope="module")
def shipped() -> list[dict[str, str]]:
    return read_table(DATA / "conflicts.tsv")[1]


@needs_raw
def test_shipped_files_match_a_rerun(tmp_path: Path) -> None:
    conflicts.run(RAW, tmp_path)
    for name in ("conflicts.tsv", "sources.toml", "report.md"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), f"{name}: re-run python -m importers.conflicts"


RAW_ROLES = (("gwno_a", "A"), ("gwno_a_2nd", "A2"), ("gwno_b", "B"), ("gwno_b_2nd", "B2"))
RAW_RELATION = {("A", "B"): "fought", ("A2", "B"): "troops", ("A", "B2"): "troops", ("A2", "B2"): "opposite"}


def raw_relation_years(raw: list[dict[str, str]], conflict: str, x: int, y: int) -> dict[str, tuple[set[int], set[int]]]:
    """relation -> (years, war years) of GW codes x and y in a conflict, read from the raw CSV
    without the importer's code: the roles of each in each year give the relation."""
    roles: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    war: set[int] = set()
    for r in raw:
        if r["conflict_id"] != conflict:
            continue
        year = int(r["year"])
        for col, role in RAW_ROLES:
            for c in r[col].split(","):
                if c.strip():
                    roles[year][int(c)].add(role)
        if r["intensity_level"] == "2":
            war.add(year)
    out: dict[str, tuple[set[int], set[int]]] = {}
    for year, by_code in roles.items():
        for rx in by_code.get(x, ()):
            for ry in by_code.get(y, ()):
                rel = RAW_RELATION.get((rx, ry)) or RAW_RELATION.get((ry, rx))
                if rel is None and {rx, ry} in ({"A", "A2"}, {"B", "B2"}):
                    rel = "support"
                if rel:
                    years, wars = out.setdefault(rel, (set(), set()))
                    years.add(year)
                    if year in war:
                        wars.add(year)
    return out


@needs_raw
@pytest.mark.parametrize(("a", "b", "conflict", "gw_a", "gw_b", "rel"), [
    ("IN", "PK", "218", 750, 770, "fought"),     # Kashmir, from 1948
    ("IQ", "KW", "371", 645, 690, "fought"),     # the Gulf War
    ("CN", "TW", "232", 710, 713, "fought"),
    ("IQ", "US", "371", 645, 2, "troops"),       # a supporter against a primary
    ("KP", "KR", "235", 731, 732, "fought"),     # Korea, 1949-1953
    ("CN", "US", "235", 710, 2, "opposite"),     # supporters of the two Koreas
    ("KP", "KR", "293", 731, 732, "opposite"),   # supporters of the two Vietnams
    ("RU", "UA", "13243", 365, 369, "fought"),   # 2022-2024
    ("RU", "UA", "13306", 365, 369, "troops"),   # Novorossiya, 2014-2022
    ("KP", "RU", "13243", 731, 365, "support"),  # 2024
])
def test_real_pairs_match_the_raw_csv(shipped, a, b, conflict, gw_a, gw_b, rel) -> None:
    found = raw_relation_years(raw_rows(), conflict, gw_a, gw_b)
    assert set(found) == {rel}, found
    years, war = found[rel]
    row = find(shipped, a, b, conflict, rel)
    assert rows_to_facts.parse_years(row["years"]) == sorted(years)
    assert rows_to_facts.parse_years(row["war"]) == sorted(war)
    assert row["gw"] == f"{gw_a},{gw_b}"


@needs_raw
def test_every_relation_matches_the_raw_csv(shipped) -> None:
    """Every row's years, recomputed from the raw CSV by roles alone (codes with one party)."""
    raw = raw_rows()
    by_conflict: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in raw:
        by_conflict[r["conflict_id"]].append(r)
    for row in shipped:
        gw_a, gw_b = (int(c) for c in row["gw"].split(","))
        found = raw_relation_years(by_conflict[row["conflict"]], row["conflict"], gw_a, gw_b)
        years, war = found[row["rel"]]
        # a row's years are those the raw roles give, less years where a code meant another party
        assert set(rows_to_facts.parse_years(row["years"])) <= years, row
        assert set(rows_to_facts.parse_years(row["war"])) == war & set(rows_to_facts.parse_years(row["years"])), row


@needs_raw
def test_names_match_the_raw_names_csv(shipped) -> None:
    with (RAW / "ucdp_acd_names.csv").open(encoding="utf-8", newline="") as handle:
        names = list(csv.DictReader(handle))
    territory = {r["conflict_id"]: r["territory_name"] for r in names}
    assert territory["218"] == "Kashmir" and territory["13243"] == "Crimea" and territory["235"] == "Korea"
    for row in shipped:
        assert row["territory"] == territory[row["conflict"]].strip(), row
    # over government and territory: named by its location, its territory given as UCDP's
    war = find(shipped, "RU", "UA", "13243")
    assert (war["where"], war["over"]) == ("in Russia and Ukraine", "over government and territory (UCDP's territory: Crimea)")
    assert "Crimea" not in war["where"]
    assert find(shipped, "IN", "PK", "218")["where"] == "over Kashmir"


def test_every_territory_word_is_reviewed() -> None:
    for territory, (template, name_it, _why) in conflicts_tables.TERRITORY_WORDS.items():
        assert template.startswith(("over ", "in ", "with ")), territory
        assert not (name_it and template.startswith("over ")), territory
        assert "{" not in template.replace("{location}", ""), territory


@needs_raw
def test_india_pakistan_kashmir_from_1948_and_the_factbook_reading(shipped) -> None:
    raw = raw_rows()
    years, war = raw_relation_years(raw, "218", 750, 770)["fought"]
    start = {r["start_date"] for r in raw if r["conflict_id"] == "218"}
    assert min(years) == 1948 and start == {"1948-12-31"} and 1971 in years
    fact = fact_of_real(find(shipped, "IN", "PK", "218"))
    assert fact["text"] == (
        "India and Pakistan fought each other, 1948, 1964–65, 1971, 1984, 1987, 1989–1992, 1994, 1996–2003 and "
        "2013–2020 (UCDP's conflict over Kashmir: war in 1948, 1965 and 1971). UCDP dates the conflict's first "
        f"battle-related death to 1948 {CITE}"
    )
    assert sorted(war) == [1948, 1965, 1971]
    assert fact["date"] == f"1948/{max(years)}"
    assert fact["values"]["territory"] == "Kashmir" and fact["values"]["relation"] == "fought"
    # the Factbook sets the 1971 war apart from Kashmir: both kept, each naming the other reading
    assert fact["conflicts_with"] == ["factbook.dispute.in-pk.background"]
    assert fact["note"].startswith("The World Factbook reads 1971 differently: ")
    factbook = {f["id"]: f for f in load_toml(REPO / "data" / "factbook" / "disputes.toml")["fact"]}
    assert "1971 war" in factbook["factbook.dispute.in-pk.background"]["text"]


@needs_raw
def test_the_two_koreas(shipped) -> None:
    korea = fact_of_real(find(shipped, "KP", "KR", "235"))
    assert korea["text"] == (
        "North Korea and South Korea fought each other over territory, 1949–1953 (UCDP's conflict in Korea: war in "
        f"1950–53). UCDP dates the conflict's first battle-related death to May 1949 {CITE}"
    )
    assert (korea["topic"], korea["values"]["relation"], korea["values"]["war_years"]) == ("dispute", "fought", "1950-1953")
    vietnam = fact_of_real(find(shipped, "KP", "KR", "293", "opposite"))
    assert vietnam["text"] == (
        "South Korea and North Korea were on opposite sides in South Vietnam, 1965–1973: South Korea sent troops to "
        "fight on the side of South Vietnam, North Korea on the side of North Vietnam (UCDP's conflict in South "
        f"Vietnam: war in each of those years). UCDP dates the conflict's first battle-related death to 1965 {CITE}"
    )
    assert (vietnam["topic"], vietnam["values"]["relation"]) == ("security", "opposite")
    assert {r["conflict"]: r["rel"] for r in shipped if (r["a"], r["b"]) == ("KP", "KR")} == {"235": "fought", "293": "opposite"}


@needs_raw
def test_the_united_states_and_china(shipped) -> None:
    korea = fact_of_real(find(shipped, "CN", "US", "235", "opposite"))
    assert korea["text"] == (
        "China and the United States were on opposite sides in Korea, 1950–53: China sent troops to fight on the side "
        "of North Korea, the United States on the side of South Korea (UCDP's conflict in Korea: war in each of those "
        f"years). UCDP dates the conflict's first battle-related death to May 1949 {CITE}"
    )
    assert (korea["values"]["relation"], korea["values"]["name"]) == ("opposite", "UCDP's conflict in Korea")
    strait = fact_of_real(find(shipped, "CN", "US", "232", "troops"))
    assert strait["text"].startswith(
        "The United States sent troops to forces fighting China over government and territory (UCDP's territory: "
        "Taiwan strait), on the side of Taiwan, 1954 and 1958 (UCDP's conflict in China and Taiwan: ")
    assert (strait["values"]["sender"], strait["values"]["receiver"]) == ("US", "TW")


@needs_raw
def test_russia_and_ukraine(shipped) -> None:
    war = fact_of_real(find(shipped, "RU", "UA", "13243"))
    assert war["text"] == (
        "Russia and Ukraine fought each other over government and territory (UCDP's territory: Crimea), 2022–24 "
        "(UCDP's conflict in Russia and Ukraine: war in each of those years). UCDP dates the conflict's first "
        f"battle-related death to 18 March 2014 {CITE}"
    )
    assert "the years of this pair begin in 2022" in war["note"]
    east = fact_of_real(find(shipped, "RU", "UA", "13306", "troops"))
    assert east["text"] == (
        "Russia sent troops to forces fighting the government of Ukraine, on the side of non-state groups (UCDP's "
        "names: United Armed Forces of Novorossiya, DPR and LPR), 2014–2022 (UCDP's conflict over Novorossiya: war "
        f"in 2014–15). UCDP dates the conflict's first battle-related death to 9 August 2014 {CITE}"
    )
    assert (east["values"]["sender"], east["values"].get("receiver")) == ("RU", None)
    figures = rows_to_facts.pair_figures([r for r in shipped if {r["a"], r["b"]} == {"RU", "UA"}], "RU", "UA")
    assert [c["id"] for c in figures["fought"]] == [13243]
    assert [(c["id"], c["years_text"]) for c in figures["troops"]] == [
        (13246, "2014"), (13247, "2014"), (13306, "2014–2022")]
    assert figures["years"] == list(range(2014, 2025)) and figures["against_each_other"] == 4


@needs_raw
def test_every_gw_code_is_mapped_or_listed() -> None:
    codes = set()
    for r in raw_rows():
        for col in ("gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd"):
            codes |= {int(c) for c in r[col].split(",") if c.strip()}
    assert codes <= set(conflicts_tables.GW_PARTY), sorted(codes - set(conflicts_tables.GW_PARTY))
    parties = conflicts.known_parties(REPO / "data")
    for code in codes:
        for _, _, party, note in conflicts_tables.GW_PARTY[code]:
            if party is None:
                assert code in conflicts_tables.GW_UNMAPPED, code
            else:
                assert party in parties, (code, party)
            assert note is None or note in conflicts_tables.NOTES
    assert conflicts_tables.party_for(365, 1991) == ("H-SOVIET-UNION", None)
    assert conflicts_tables.party_for(365, 1992) == ("RU", None)
    assert conflicts_tables.party_for(345, 1991) == ("H-YUGOSLAVIA", None)


def test_shipped_table_format(shipped) -> None:
    lines = (DATA / "conflicts.tsv").read_text("utf-8").split("\n")
    assert lines[0] == "# Generated by python -m importers.conflicts from ../shared/dyadic/ucdp-acd. Do not edit by hand."
    keys = [tuple(r.values()) for r in shipped]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    parties = conflicts.known_parties(REPO / "data")
    assert all(r["a"] < r["b"] and r["a"] in parties and r["b"] in parties for r in shipped)
    assert (DATA / "conflicts.tsv").stat().st_size < 8_000_000
    names = {p["code"]: p["name"] for f in ("countries.toml", "rdcr/parties.toml")
             for p in load_toml(REPO / "data" / f)["party"]}
    for row in shipped:
        [fact] = rows_to_facts.facts("conflicts", row, names.__getitem__)
        assert "\t" not in fact["text"] and "gw" not in fact["text"]


@needs_raw
def test_yugoslavia_after_1991_is_shown_as_serbia_with_a_note(shipped) -> None:
    fact = fact_of_real(find(shipped, "BA", "RS", "389", "troops"))
    assert fact["text"] == (
        "Serbia (coded as Yugoslavia) sent troops to forces fighting the government of Bosnia and Herzegovina, on the "
        "side of non-state groups (UCDP's names: Serbian irregulars and Serbian Republic of Bosnia-Herzegovina), "
        "1992–93 (UCDP's conflict over the Serb areas of Bosnia and Herzegovina: war in each of those years). UCDP "
        f"dates the conflict's first battle-related death to 5 April 1992 {CITE}"
    )
    assert fact["note"].startswith("UCDP codes this state as Yugoslavia (Gleditsch–Ward 345); in 1992–2006")


def fact_of_real(row: dict[str, str]) -> dict:
    names = {p["code"]: p["name"] for f in ("countries.toml", "rdcr/parties.toml")
             for p in load_toml(REPO / "data" / f)["party"]}
    [fact] = rows_to_facts.facts("conflicts", row, names.__getitem__)
    return fact


# ------------------------------------------------------------------------------------------
# Through the command line
# ------------------------------------------------------------------------------------------

def _conflict_facts(cli, a: str, b: str) -> dict[str, dict]:
    doc = cli("show", a, b, "--json").json()
    return {f["id"]: f for f in doc["facts"] if f["id"].startswith("conflicts.")}


def test_show_the_two_koreas(cli) -> None:
    facts = _conflict_facts(cli, "north korea", "south korea")
    assert set(facts) == {"conflicts.kp-kr.235.fought", "conflicts.kp-kr.293.opposite"}
    vietnam = facts["conflicts.kp-kr.293.opposite"]
    assert "were on opposite sides in South Vietnam, 1965–1973" in vietnam["text"]
    assert "fought each other" not in vietnam["text"] and vietnam["values"]["relation"] == "opposite"
    assert facts["conflicts.kp-kr.235.fought"]["text"].startswith("North Korea and South Korea fought each other")


def test_show_india_pakistan_names_kashmir(cli) -> None:
    facts = _conflict_facts(cli, "india", "pakistan")
    fact = facts["conflicts.in-pk.218.fought"]
    assert "(UCDP's conflict over Kashmir: war in 1948, 1965 and 1971)" in fact["text"]
    assert fact["values"]["territory"] == "Kashmir"
    assert fact["conflicts_with"] == ["factbook.dispute.in-pk.background"]


def test_show_russia_ukraine_names_the_war_from_2022(cli) -> None:
    facts = _conflict_facts(cli, "russia", "ukraine")
    war = facts["conflicts.ru-ua.13243.fought"]
    assert war["date"] == "2022/2024" and war["values"]["name"] == "UCDP's conflict in Russia and Ukraine"
    assert "over government and territory (UCDP's territory: Crimea)" in war["text"]
    assert facts["conflicts.ru-ua.13306.troops"]["values"]["sender"] == "RU"


def test_show_united_states_china(cli) -> None:
    facts = _conflict_facts(cli, "united states", "china")
    assert facts["conflicts.cn-us.235.opposite"]["text"].startswith(
        "China and the United States were on opposite sides in Korea, 1950–53: ")
