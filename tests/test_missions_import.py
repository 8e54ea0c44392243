"""The missions importer (Wikidata's embassies list): a fixture, a byte-identical re-run, real
pairs checked against the raw CSV, every item and type mapped or listed, and the exact texts."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO.parent / "shared" / "dyadic" / "embassies"
COMMITTED = REPO / "data" / "dyadic" / "missions"

if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from importers import missions as importer  # noqa: E402
from importers import missions_tables as tables  # noqa: E402
from importers.common import read_tsv  # noqa: E402

from relations.dyadic import missions  # noqa: E402

needs_raw = pytest.mark.skipif(not RAW.is_dir(), reason=f"../shared/dyadic not present: no embassies list at {RAW}")

NAMES = {"BZ": "Belize", "GT": "Guatemala", "PA": "Panama", "CR": "Costa Rica", "IN": "India", "PK": "Pakistan",
         "US": "United States", "AF": "Afghanistan", "AU": "Australia", "TR": "Turkey", "GE": "Georgia",
         "FI": "Finland", "HK": "Hong Kong", "MO": "Macao", "VA": "Holy See", "CO": "Colombia", "SV": "El Salvador",
         "PH": "Philippines", "TV": "Tuvalu"}
name = NAMES.__getitem__

E = "http://www.wikidata.org/entity/"
HEADER = ("operator,operatorQID,jurisdictions,jurisdictionQIDs,country,countryQID,city,cityQID,address,latitude,"
          "longitude,website,type,typeQID,creation,QID")


def line(op, opq, jur, jurq, country, cq, city, typ, tq, creation, q, city_item="", at=("", "")):
    jq = "|".join(E + x for x in jurq)
    return ",".join([op, E + opq, "|".join(jur), jq, country, E + cq, city, E + city_item if city_item else "", "",
                     at[0], at[1], "", typ, E + tq, creation, E + q])


FIXTURE = "\n".join([
    HEADER,
    # Belize's embassy in Guatemala City, also covering Costa Rica and Panama (and its own host).
    line("Belize", "Q242", ["Guatemala", "Costa Rica", "Panama"], ["Q774", "Q800", "Q804"], "Guatemala", "Q774",
         "Guatemala City", "embassy", "Q3917681", "1993-05-01T00:00:00Z", "Q111056009"),
    # India's high commission in Islamabad; opened 1 January: read as a year.
    line("India", "Q668", ["Pakistan"], ["Q843"], "Pakistan", "Q843", "Islamabad", "high commission", "Q18414273",
         "1948-01-01T00:00:00Z", "Q28130681"),
    # A consulate general whose jurisdiction includes a province (left out) and Macau.
    line("Finland", "Q33", ["Guangdong", "Macau"], ["Q15175", "Q14773"], "Hong Kong", "Q8646", "", "consulate general",
         "Q372690", "1968-04-25T00:00:00Z", "Q107464982"),
    # The country column is the operator: the host is read from the city (HOST_FIXES).
    line("Australia", "Q408", ["Turkey", "Georgia"], ["Q43", "Q230"], "Australia", "Q408", "Ankara", "embassy",
         "Q3917681", "", "Q106519946"),
    # An operator left out (Quebec), an item not in the table, a type not in the table.
    line("Quebec", "Q176", [], [], "Belgium", "Q31", "Brussels", "Quebec Government Office", "Q431071", "", "Q1"),
    line("Belize", "Q242", [], [], "Atlantis", "Q99999999", "Poseidonia", "embassy", "Q3917681", "", "Q2"),
    line("Belize", "Q242", [], [], "Panama", "Q804", "Panama City", "space station", "Q88888888", "", "Q3"),
    # An embassy to the Holy See in Rome, given Italy as its country (HOST_FROM_JURISDICTION).
    line("Belize", "Q242", ["Vatican City"], ["Q237"], "Italy", "Q38", "Rome", "embassy", "Q3917681", "",
         "Q104038450"),
    # The Factbook lists no US embassy in Afghanistan: a conflict, noted on the row.
    line("United States of America", "Q30", [], [], "Afghanistan", "Q889", "Kabul", "embassy", "Q3917681", "",
         "Q894835"),
    # A borough as the city (Mitte: Berlin), and one whose coordinates lie far from its city.
    line("Belize", "Q242", [], [], "Germany", "Q183", "Mitte", "embassy", "Q3917681", "", "Q11", "Q163966",
         ("52.5134", "13.413")),
    line("Belize", "Q242", [], [], "People's Republic of China", "Q148", "Tianhe District", "consulate general",
         "Q372690", "", "Q12", "Q917049", ("39.935", "116.46")),
    # A state as the city: near the city its coordinates lie by, or none recorded.
    line("Belize", "Q242", [], [], "United States of America", "Q30", "Texas", "consulate general", "Q372690", "",
         "Q13", "Q1439", ("29.7195", "-95.4945")),
    line("India", "Q668", [], [], "Greece", "Q41", "Crete", "consulate", "Q7843791", "", "Q14", "Q34374"),
    # Hong Kong and Macao: by the city, or by the coordinates when there is no city.
    line("Belize", "Q242", [], [], "People's Republic of China", "Q148", "Central", "consulate general", "Q372690",
         "", "Q15", "Q14767"),
    line("India", "Q668", [], [], "People's Republic of China", "Q148", "", "consulate general", "Q372690", "",
         "Q16", "", ("22.28", "114.158")),
    # A jurisdiction that is a state the project does not hold: set aside.
    line("Vatican", "Q237", ["Republic of Florence"], ["Q148540"], "Italy", "Q38", "Florence", "apostolic nunciature",
         "Q620045", "", "Q28407820", "Q2044"),
    # An operator read from the row; its opening belongs to the Republic of China.
    line("Ministry of Foreign Affairs", "Q697158", ["Vatican City"], ["Q237"], "Italy", "Q38", "Rome", "embassy",
         "Q3917681", "1942-01-01T00:00:00Z", "Q28065003", "Q220"),
]) + "\n"


def _run_fixture(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / importer.FILE).write_text(FIXTURE, encoding="utf-8")
    out = tmp_path / "out"
    return out, importer.run(src, out)


def test_fixture(tmp_path):
    out, report = _run_fixture(tmp_path)
    m = (out / "missions.tsv").read_text(encoding="utf-8").split("\n")
    assert m[0] == "# Generated by python -m importers.missions from ../shared/dyadic/embassies. Do not edit by hand."
    assert m[1] == "a\tb\ttype\tcity\tcity_source\tnear\topened\topened_as\tqid\tnote\tconflict"
    note_af = ("The Factbook (factbook.us-mission.af) lists no embassy of the United States in Afghanistan. "
               "(The dates differ: this list is of November 2022, the Factbook of 2025-2026.)")
    china = "Wikidata gives the People's Republic of China as the country of this mission; it is in Hong Kong"
    roc = "as the mission of the Republic of China, before its government moved to Taiwan in 1949"
    assert m[2:] == [
        "AU\tTR\tembassy\tAnkara\t\t\t\t\tQ106519946\tWikidata gives Australia as the country of this mission; "
        "the host is read from its city, Ankara.\t",
        "BZ\tCN\tconsulate_general\tGuangzhou\tTianhe District\t\t\t\tQ12\tWikidata places this mission in Tianhe "
        "District (Guangzhou), but its coordinates lie about 1,893 km from Guangzhou.\t",
        "BZ\tDE\tembassy\tBerlin\tMitte\t\t\t\tQ11\t\t",
        "BZ\tGT\tembassy\tGuatemala City\t\t\t1993-05\t\tQ111056009\t\t",
        f"BZ\tHK\tconsulate_general\tHong Kong\tCentral\t\t\t\tQ15\t{china} (by its city, Central), and is "
        "written as a mission there.\t",
        "BZ\tUS\tconsulate_general\t\tTexas\tHouston\t\t\tQ13\t\t",
        "BZ\tVA\tembassy\tRome\t\t\t\t\tQ104038450\tWikidata gives Italy as the country of this mission and the "
        "Holy See as its jurisdiction; it is taken as a mission to the Holy See.\t",
        "FI\tHK\tconsulate_general\t\t\t\t1968-04-25\t\tQ107464982\t\t",
        "IN\tGR\tconsulate\t\tCrete\t\t\t\tQ14\t\t",
        f"IN\tHK\tconsulate_general\t\t\t\t\t\tQ16\t{china} (by its coordinates), and is written as a mission there.\t",
        "IN\tPK\thigh_commission\tIslamabad\t\t\t1948\t\tQ28130681\t\t",
        f"TW\tVA\tembassy\tRome\t\t\t1942\t{roc}\tQ28065003\tWikidata names its operator only as a ministry of "
        "foreign affairs, without a country; the mission's website is that of Taiwan's embassy to the Holy See, so it "
        "is read as Taiwan's. Wikidata gives Italy as the country of this mission and the Holy See as its "
        "jurisdiction; it is taken as a mission to the Holy See.\t",
        f"US\tAF\tembassy\tKabul\t\t\t\t\tQ894835\t{note_af}\tfactbook.us-mission.af",
        "",
    ]
    acc = (out / "accreditations.tsv").read_text(encoding="utf-8").split("\n")
    assert acc[1:] == [
        "a\tb\thost\ttype\tcity\tcity_source\tnear\tqid",
        "AU\tGE\tTR\tembassy\tAnkara\t\t\tQ106519946",
        "BZ\tCR\tGT\tembassy\tGuatemala City\t\t\tQ111056009",
        "BZ\tPA\tGT\tembassy\tGuatemala City\t\t\tQ111056009",
        "FI\tMO\tHK\tconsulate_general\t\t\t\tQ107464982",
        "",
    ]
    assert report.unmapped_items == {"Q99999999": 1}
    assert report.unmapped_types == {"Q88888888": 1}
    assert [q for q, _ in report.dropped] == ["Q1", "Q2", "Q3", "Q28407820"]
    assert "Republic of Florence" in dict(report.dropped)["Q28407820"]
    assert report.remapped == {("Mitte", "Berlin"): 1, ("Tianhe District", "Guangzhou"): 1,
                               ("Texas", "near Houston"): 1, ("Crete", "(not recorded)"): 1,
                               ("Central", "Hong Kong"): 1}
    assert report.sar_hosts == {"HK": 2}
    text = (out / "report.md").read_text(encoding="utf-8")
    assert "| Q99999999 | Atlantis | (left out) | host 1 | NOT IN THE REVIEWED TABLE: not written |" in text
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    importer.run(tmp_path / "in", out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first


def test_opened_precision():
    assert importer.opened("1927-01-01T00:00:00Z") == "1927"
    assert importer.opened("1993-05-01T00:00:00Z") == "1993-05"
    assert importer.opened("1968-01-30T00:00:00Z") == "1968-01-30"
    assert importer.opened("") == ""


@pytest.fixture(scope="module")
def rebuilt():
    if not RAW.is_dir():
        pytest.skip(f"../shared/dyadic not present: no embassies list at {RAW}")
    return importer.build(RAW)


@needs_raw
def test_rerun_is_byte_identical_to_committed(rebuilt):
    files, _ = rebuilt
    assert sorted(files) == sorted(p.name for p in COMMITTED.iterdir())
    for file_name, text in files.items():
        assert text.encode("utf-8") == (COMMITTED / file_name).read_bytes(), file_name


def _raw() -> list[dict[str, str]]:
    with (RAW / importer.FILE).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def q(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


@needs_raw
def test_real_pairs_match_the_raw_csv():
    raw = _raw()
    mrows = read_tsv(COMMITTED / "missions.tsv")
    arows = read_tsv(COMMITTED / "accreditations.tsv")

    def expected_missions(op: str, country: str) -> set[tuple[str, str, str]]:
        return {(tables.TYPES[q(r["typeQID"])][1], r["city"], q(r["QID"])) for r in raw
                if r["operator"] == op and r["country"] == country}

    def written(a: str, b: str) -> set[tuple[str, str, str]]:
        # The source's city: where ours differs (a district read as its city), it is kept beside it.
        return {(r["type"], r["city_source"] or r["city"], r["qid"]) for r in mrows if (r["a"], r["b"]) == (a, b)}

    for (op, country), (a, b) in {("India", "Pakistan"): ("IN", "PK"), ("Pakistan", "India"): ("PK", "IN"),
                                  ("Belize", "Colombia"): ("BZ", "CO"), ("Colombia", "Belize"): ("CO", "BZ"),
                                  ("Belize", "Guatemala"): ("BZ", "GT")}.items():
        assert written(a, b) == expected_missions(op, country), (a, b)
    assert written("IN", "PK") and written("PK", "IN") and written("BZ", "GT")

    # Belize's embassy in Guatemala City also covers Panama; and whatever covers Belize for Colombia.
    belize_gt = [r for r in raw if r["operator"] == "Belize" and r["country"] == "Guatemala"
                 and "Panama" in r["jurisdictions"].split("|")]
    assert len(belize_gt) == 1
    assert {"a": "BZ", "b": "PA", "host": "GT", "type": "embassy", "city": belize_gt[0]["city"], "city_source": "",
            "near": "", "qid": q(belize_gt[0]["QID"])} in arows
    for op, target, a, b in (("Colombia", "Belize", "CO", "BZ"), ("Belize", "Colombia", "BZ", "CO")):
        covering = {q(r["QID"]) for r in raw if r["operator"] == op and r["country"] != target
                    and target in r["jurisdictions"].split("|")}
        assert covering == {r["qid"] for r in arows if (r["a"], r["b"]) == (a, b)}, (a, b)


@needs_raw
def test_every_item_and_type_is_mapped_or_listed(rebuilt):
    raw = _raw()
    items = set()
    for r in raw:
        items |= {q(r["operatorQID"]), q(r["countryQID"])}
        items |= {q(x) for x in r["jurisdictionQIDs"].split("|") if x}
    assert items <= set(tables.ITEMS)
    assert {q(r["typeQID"]) for r in raw} <= set(tables.TYPES)
    # Every left-out item has a reason; every label the source uses is in the table's label.
    assert all(why for _, party, why in tables.ITEMS.values() if party is None)
    for r in raw:
        assert r["operator"] in tables.ITEMS[q(r["operatorQID"])][0].split(" / ")
    _, report = rebuilt
    assert not report.unmapped_items and not report.unmapped_types and not report.problems
    # Every vocabulary code has a wording.
    assert {code for _, code in tables.TYPES.values()} <= set(missions.TYPES)


def test_fact_texts():
    row = {"a": "IN", "b": "PK", "type": "high_commission", "city": "Islamabad", "opened": "", "qid": "Q28130681",
           "note": "", "conflict": ""}
    assert missions.facts("missions", row, name) == [{
        "id": "missions.in-pk.q28130681",
        "parties": ["IN", "PK"],
        "topic": "missions",
        "date": "2022-11",
        "text": "India keeps a high commission in Islamabad, Pakistan (listed in Wikidata as of November 2022; the list does not record closures).",
        "sources": ["wikidata-embassies"],
        "locator": "embassies.csv: row QID Q28130681 (columns operator, country, city, type, creation)",
        "places": [{"name": "Islamabad", "country": "PK"}],
        "values": {"type": "high_commission", "city": "Islamabad", "wikidata": "Q28130681"},
    }]
    row = {"a": "US", "b": "AF", "type": "embassy", "city": "Kabul", "opened": "1948-05", "qid": "Q894835",
           "note": "The Factbook disagrees.", "conflict": "factbook.us-mission.af"}
    fact = missions.facts("missions", row, name)[0]
    assert fact["text"] == "The United States keeps an embassy in Kabul, Afghanistan, open since May 1948 (listed in Wikidata as of November 2022; the list does not record closures)."
    assert fact["note"] == "The Factbook disagrees."
    assert fact["conflicts_with"] == ["factbook.us-mission.af"]
    assert fact["values"]["opened"] == "1948-05"
    row = {"a": "FI", "b": "HK", "type": "consulate_general", "city": "", "opened": "1968-04-25", "qid": "Q1",
           "note": "", "conflict": ""}
    assert missions.facts("missions", row, name)[0]["text"] == (
        "Finland keeps a consulate general in Hong Kong, open since 25 April 1968 (listed in Wikidata as of November 2022; the list does not record closures).")
    acc = {"a": "BZ", "b": "PA", "host": "GT", "type": "embassy", "city": "Guatemala City", "qid": "Q111056009"}
    fact = missions.facts("accreditations", acc, name)[0]
    assert fact["id"] == "missions.bz-pa.via-q111056009"
    assert fact["text"] == ("Belize's embassy in Guatemala City, Guatemala, is also accredited to Panama "
                            "(listed in Wikidata as of November 2022; the list does not record closures).")
    assert fact["locator"] == "embassies.csv: row QID Q111056009, column jurisdictions"
    assert fact["values"] == {"type": "embassy", "host": "GT", "city": "Guatemala City", "wikidata": "Q111056009"}
    acc = {"a": "FI", "b": "MO", "host": "HK", "type": "consulate_general", "city": "", "qid": "Q107464982"}
    assert missions.facts("accreditations", acc, name)[0]["text"] == (
        "Finland's consulate general in Hong Kong also serves Macao (listed in Wikidata as of November 2022; the list does not record closures).")
    assert missions.no_mission_text("India", "Tuvalu") == (
        "Wikidata's list of diplomatic missions records no mission of India in Tuvalu (as of November 2022); "
        "the list is crowd-sourced and incomplete, so one may exist.")
    assert missions.no_mission_text("Belize", "Philippines") .startswith(
        "Wikidata's list of diplomatic missions records no mission of Belize in the Philippines")


def test_network():
    ms = [{"a": "BZ", "b": "GT", "type": "embassy"}, {"a": "BZ", "b": "US", "type": "embassy"},
          {"a": "BZ", "b": "US", "type": "consulate_general"}, {"a": "GT", "b": "BZ", "type": "embassy"}]
    ac = [{"a": "BZ", "b": "PA"}, {"a": "BZ", "b": "CR"}, {"a": "BZ", "b": "GT"}]
    assert missions.network("BZ", ms, ac) == {
        "missions_abroad": 3, "embassies_abroad": 2, "countries_with_mission": 2,
        "missions_hosted": 1, "embassies_hosted": 1, "countries_hosted": 1, "countries_accredited_only": 2}
    assert missions.network_text("BZ", name, ms, ac) == (
        "Belize keeps 3 missions in 2 countries (2 embassy-level) and hosts 1 missions of 1 countries; its "
        "missions also cover 2 countries where it keeps none (listed in Wikidata as of November 2022; the list does not record closures); the list is "
        "crowd-sourced and incomplete.")
