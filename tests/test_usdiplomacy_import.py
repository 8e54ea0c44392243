"""The Office of the Historian's trips, visits and chiefs of mission (issue 22, point 4): the
committed data/usdiplomacy matches a re-run of the importer, the report lists what was set aside,
a hand-checked sample holds, and the pairs the issue names show what it asks for."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from importers import usdiplomacy
from importers.common import load_toml

REPO = Path(__file__).resolve().parents[1]
RAW = REPO.parent / "shared" / "usdiplomacy"
DATA = REPO / "data" / "usdiplomacy"

needs_raw = pytest.mark.skipif(
    not (RAW / "pocom" / "missions-countries").is_dir(), reason=f"the Office's raw data is not available at {RAW}"
)


@pytest.fixture(scope="module")
def facts() -> dict[str, dict]:
    found: dict[str, dict] = {}
    for path in sorted(DATA.glob("*.toml")):
        for fact in load_toml(path).get("fact", []):
            found[fact["id"]] = fact
    return found


@needs_raw
def test_rerun_reproduces_the_committed_data(tmp_path: Path) -> None:
    assert usdiplomacy.main([str(RAW), "--out", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert written == sorted(p.name for p in DATA.iterdir() if not p.name.startswith("."))
    for name in written:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
        assert (tmp_path / name).stat().st_size < 2_000_000, name


@needs_raw
def test_every_row_is_a_fact_or_set_aside_with_a_reason() -> None:
    _, report = usdiplomacy.build(RAW)
    counts = report["counts"]
    read = report["trips"] + report["visits"] + report["chiefs"]
    written = counts["trip facts"] + counts["visit facts"] + counts["chief facts"]
    assert written + len(report["set_aside"]) == read
    assert all(reason for _, reason in report["set_aside"])
    # the set-aside rows (Antarctica, one repeated visit), each with its reason
    text = (DATA / "report.md").read_text(encoding="utf-8")
    assert "trip 3711 (John Forbes Kerry, 2016-11-10, antarctica): Antarctica is no state" in text
    assert "repeats visit 2044" in text
    # every id met is listed with its party and why, historical states included
    assert "| soviet-union |" not in text  # the lists file the USSR under `russia`, by date
    assert "| russia | H-SOVIET-UNION (Soviet Union) |" in text
    assert "| yugoslavia-1946 | H-YUGOSLAVIA (Yugoslavia) |" in text
    assert "| netherlands-antilles | CW (Curaçao) |" in text
    assert "## Visitors with no title recognised" in text


def test_sources_give_licence_credit_and_the_lists_end() -> None:
    sources = {s["id"]: s for s in load_toml(DATA / "sources.toml")["source"]}
    assert set(sources) == {"ohist-travels", "ohist-visits", "ohist-chiefs"}
    for source in sources.values():
        assert "public domain" in source["licence"].lower() and "CC0" in source["licence"]
        assert source["credit"] == "Office of the Historian, US Department of State"
        assert source["kind"] == "data set" and source["date"]
    assert "2 December 2024" in sources["ohist-travels"]["note"]  # presidents' last trip
    assert "19 February 2025" in sources["ohist-travels"]["note"]  # secretaries' last trip
    assert "12 November 2024" in sources["ohist-visits"]["note"]
    assert "August 2020" in sources["ohist-chiefs"]["note"]


def test_no_fact_says_a_chief_is_serving(facts: dict[str, dict]) -> None:
    chiefs = [f for f in facts.values() if f["kind"] == "chief_of_mission"]
    assert len(chiefs) > 5000
    for fact in chiefs:
        assert "serving" not in fact["text"] and "current" not in fact["text"]
        if "end" not in fact["values"]:
            assert "no end recorded" in fact["text"]


# The fixed sample, checked by hand against the XML (dates, people, places, titles) on 2026-12-07:
# five of each kind, drawn with random.Random(20261207).sample over the sorted ids of each kind.
# Every one matched; the list keeps them from drifting.
CHECKED: list[tuple[str, str, str, str]] = [
    # (fact id, party, date, what was checked: traveller/visitor/chief, and places or title)
    ("ohist.trip.2140", "JO", "1988-04-07/1988-04-08", "George Pratt Shultz|Amman"),
    ("ohist.trip.1751", "DE", "1972-05-29/1972-05-31", "William Pierce Rogers|Bonn"),
    ("ohist.trip.2064", "HT", "1986-08-15", "George Pratt Shultz|Port-au-Prince"),
    ("ohist.trip.2051", "IT", "1986-03-28/1986-03-30", "George Pratt Shultz|Rome"),
    ("ohist.trip.3423", "BE", "2014-06-04/2014-06-05", "Barack Obama|Brussels"),
    ("ohist.visit.2144", "CL", "1910-08-06", "Montt|President"),
    ("ohist.visit.2102", "MX", "2010-04-12/2010-04-13", "Felipe Calderon|President"),
    ("ohist.visit.1307", "CR", "1998-12-09/1998-12-11", "Miguel Angel Rodriguez|President"),
    ("ohist.visit.109", "MY", "1969-10-13", "Tunku Abdul Rahman|Prime Minister"),
    ("ohist.visit.1299", "JO", "1998-10-20/1998-10-23", "Hussein|King"),
    ("ohist.chief.tuvalu.005", "TV", "1988-05-06/1989-08-31", "Leonard Rochwarger|Ambassador Extraordinary and Plenipotentiary|1987-09-28"),
    ("ohist.chief.tonga.015", "TO", "2005-09-14/2008-07-05", "Larry Miles Dinger|Ambassador Extraordinary and Plenipotentiary|2005-06-27"),
    ("ohist.chief.japan.042", "JP", "2017-08-31/2019-07-22", "William F. Hagerty IV|Ambassador Extraordinary and Plenipotentiary|2017-07-20"),
    ("ohist.chief.vietnam.002", "VN", "1997-05-14/2001-07-15", "Pete (Douglas) Peterson|Ambassador Extraordinary and Plenipotentiary|1997-04-11"),
    ("ohist.chief.cuba.014", "CU", "1942-05-19/1945-04-27", "Spruille Braden|Ambassador Extraordinary and Plenipotentiary|1941-12-20"),
]


@pytest.mark.parametrize(("fact_id", "party", "date", "checked"), CHECKED, ids=[c[0] for c in CHECKED])
def test_checked_sample(facts: dict[str, dict], fact_id: str, party: str, date: str, checked: str) -> None:
    fact = facts[fact_id]
    assert fact["parties"] == ["US", party]
    assert fact["date"] == date
    values = fact["values"]
    parts = checked.split("|")
    if fact["kind"] == "visit" and values["direction"] == "from_us":
        assert [values["person"], *values["cities"]] == parts
    elif fact["kind"] == "visit":
        assert [values["visitor"], values["title"]] == parts
    else:
        assert [values["person"], values["title"], values["appointed"]] == parts


@needs_raw
def test_sample_trips_match_the_xml(facts: dict[str, dict]) -> None:
    trips = {}
    for path in (RAW / "travels").glob("*-travels/*.xml"):
        for trip in ET.parse(path).getroot().findall("trip"):
            trips[trip.findtext("id")] = trip
    for fact_id, _, date, checked in CHECKED[:5]:
        trip = trips[fact_id.rsplit(".", 1)[1]]
        start, end = trip.findtext("start-date"), trip.findtext("end-date")
        assert date == (start if start == end else f"{start}/{end}")
        assert checked.split("|")[0] == trip.findtext("name")


# -- what the issue asks the CLI to show ---------------------------------------------------------


def test_show_usa_japan_has_presidential_trips_with_dates(cli) -> None:
    doc = cli("show", "usa", "japan", "--json").json()
    trips = [f for f in doc["facts"] if f.get("kind") == "visit" and f["values"].get("traveller") == "president"]
    assert len(trips) > 20
    reagan = [f for f in trips if f["values"]["person"] == "Ronald Reagan"]
    assert reagan and all(f["date"] for f in reagan)
    assert any("Tokyo" in f["values"]["cities"] for f in reagan)
    # the terminal forms list them compactly, latest first
    text = cli("show", "usa", "japan").stdout
    assert "Trips by US presidents and secretaries of state (" in text
    assert "more (--topic visits lists them all" in text


def test_show_usa_belize_lists_chiefs_of_mission_from_1981(cli) -> None:
    doc = cli("show", "usa", "belize", "--json").json()
    chiefs = [f for f in doc["facts"] if f.get("kind") == "chief_of_mission"]
    assert chiefs[0]["date"] == "1981-10-29/1983-06-23"
    assert chiefs[0]["values"]["title"] == "Chargé d’Affaires ad interim"
    assert chiefs[0]["values"]["person"] == "Malcolm R. Barnebey"
    assert all(c["values"]["title"] for c in chiefs) and len(chiefs) == 13
    text = cli("show", "usa", "belize").stdout
    block = text.split("US chiefs of mission (13, first to last)")[1]
    assert block.index("1981-10-29  Chargé d’Affaires ad interim Malcolm R. Barnebey, to 1983-06-23") < block.index(
        "1983-06-23  Ambassador Malcolm R. Barnebey, to 1985-07-10")
    assert "Keith R. Gilges, no end recorded" in block
    # the Factbook's 2025 chief of mission is still there, and not contradicted
    assert "Katharine BEAMER (since 23 August 2025)" in text


def test_show_usa_brazil_has_dom_pedro_ii_in_1876(cli) -> None:
    doc = cli("show", "usa", "brazil", "--json").json()
    visits = [f for f in doc["facts"] if f.get("values", {}).get("visitor") == "Dom Pedro II"]
    assert len(visits) == 1
    assert visits[0]["date"] == "1876-05-07/1876-05-11" and visits[0]["values"]["title"] == "Emperor"
    assert visits[0]["values"]["direction"] == "to_us"


def test_historical_states_get_their_visits(cli) -> None:
    doc = cli("show", "usa", "soviet union", "--json").json()
    people = {f["values"].get("visitor") or f["values"].get("person") for f in doc["facts"] if f.get("kind") == "visit"}
    assert "Khrushchev" in people and "Ronald Reagan" in people
    doc = cli("show", "usa", "russia", "--json").json()
    assert not any(f.get("values", {}).get("visitor") == "Khrushchev" for f in doc["facts"])


def test_compact_lists_in_the_terminal_and_all_with_topic(cli) -> None:
    text = cli("show", "usa", "united kingdom").stdout
    block = text.split("Trips by US presidents and secretaries of state (")[1].split("  Leaders' visits to the United States")[0]
    lines = block.splitlines()
    dated = [line.split()[0] for line in lines[1:] if line.startswith("    2") or line.startswith("    1")]
    assert len(dated) == 10 and dated == sorted(dated, reverse=True)
    total = int(lines[0].split(",")[0])
    assert f"… and {total - 10} more" in block
    every = cli("show", "usa", "united kingdom", "--topic", "visits").stdout
    assert "more (--topic" not in every
    doc = json.loads(cli("show", "usa", "united kingdom", "--json").stdout)
    assert sum(1 for f in doc["facts"] if f.get("values", {}).get("traveller")) == total


def test_the_rich_view_lists_them_compactly_too(cli) -> None:
    import re

    drawn = cli("show", "usa", "united kingdom", "--color", "always", "--no-pager", "--width", "100").stdout
    drawn = re.sub(r"\x1b\[[0-9;]*m", "", drawn)
    block = drawn.split("Trips by US presidents and secretaries of state (")[1].split("  Leaders' visits")[0]
    rows = [line for line in block.splitlines() if re.match(r"    \d{4}-\d{2}-\d{2}  ", line)]
    assert len(rows) == 10 and rows[0].startswith("    2024-10-25  Secretary of State Antony John Blinken: London")
    assert "more (--topic visits lists them all" in block
    assert "US chiefs of mission (" in drawn and "Leaders' visits to the United States (" in drawn
