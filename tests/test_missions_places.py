"""Diplomatic missions true to place and time: no district, ward or region shown as a city; Hong
Kong and Macao as hosts of their own; a historical jurisdiction set aside; Taiwan's embassy to the
Holy See kept and dated as the Republic of China's; every fact dated, saying the list records no
closures."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO.parent / "shared" / "dyadic" / "embassies"
COMMITTED = REPO / "data" / "dyadic" / "missions"

if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from importers import missions_tables as tables  # noqa: E402
from importers.common import load_toml, read_tsv  # noqa: E402

from relations.dyadic import missions  # noqa: E402

needs_raw = pytest.mark.skipif(not RAW.is_dir(), reason=f"../shared/dyadic not present: no embassies list at {RAW}")

# Words that name a part of a city or a region, not a city.
PART_WORDS = re.compile(
    r"\b(district|subdistrict|arrondissement|borough|ward|municipality|municipal|township|governorate|prefecture|"
    r"province|region|department|county|canton|parish|territory|commune|city of|emirate of)\b|-ku$|-guyok$|-dong$|"
    r"^Mitte$|-Mitte$|\b[IVX]+$|^Prague \d+$|^Commune \d+$",
    re.IGNORECASE)
US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming""".split() + [
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "Washington", "West Virginia"]
CHINESE_PROVINCES = """Anhui Fujian Gansu Guangdong Guizhou Hainan Hebei Heilongjiang Henan Hubei Hunan Jiangsu Jiangxi
Jilin Liaoning Qinghai Shaanxi Shandong Shanxi Sichuan Yunnan Zhejiang Guangxi Ningxia Xinjiang Tibet""".split() + [
    "Inner Mongolia"]
GERMAN_LANDER = """Baden-Württemberg Bavaria Brandenburg Hesse Mecklenburg-Vorpommern Saarland Saxony Saxony-Anhalt
Schleswig-Holstein Thuringia""".split() + ["Lower Saxony", "North Rhine-Westphalia", "Rhineland-Palatinate"]
INDIAN_STATES = """Assam Bihar Chhattisgarh Goa Gujarat Haryana Jharkhand Karnataka Kerala Maharashtra Manipur Meghalaya
Mizoram Nagaland Odisha Punjab Rajasthan Sikkim Telangana Tripura Uttarakhand""".split() + [
    "Andhra Pradesh", "Arunachal Pradesh", "Himachal Pradesh", "Madhya Pradesh", "Tamil Nadu", "Uttar Pradesh",
    "West Bengal"]
# Rio de Janeiro and São Paulo are cities as well as states: checked by item below.
BRAZILIAN_STATES = """Acre Alagoas Amapá Amazonas Bahia Ceará Goiás Maranhão Pará Paraíba Paraná Pernambuco Piauí
Rondônia Roraima Sergipe Tocantins""".split() + [
    "Espírito Santo", "Mato Grosso", "Mato Grosso do Sul", "Minas Gerais", "Rio Grande do Norte",
    "Rio Grande do Sul", "Santa Catarina", "Distrito Federal"]
OTHER_REGIONS = ["New South Wales", "Queensland", "South Australia", "Western Australia", "Tasmania",
                 "Northern Territory", "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan",
                 "Nova Scotia", "New Brunswick", "Catalonia", "Andalusia", "Aragon", "Asturias", "Balearic Islands",
                 "Basque Country", "Canary Islands", "Cantabria", "Galicia", "Navarre", "Bali", "Crete", "Penang",
                 "Scotland", "Minas Gerais", "Kuwait", "Norway"]
STATES = frozenset(US_STATES + CHINESE_PROVINCES + GERMAN_LANDER + INDIAN_STATES + BRAZILIAN_STATES + OTHER_REGIONS)


def looks_like_part(value: str) -> bool:
    return bool(value) and (value in STATES or bool(PART_WORDS.search(value)))


def reviewed(value: str) -> bool:
    keys = set(tables.CITIES) | set(tables.REGIONS)
    return value in keys or any(k.startswith(value + " (Q") for k in keys)


def shipped_rows() -> list[dict[str, str]]:
    return read_tsv(COMMITTED / "missions.tsv") + read_tsv(COMMITTED / "accreditations.tsv")


def test_the_patterns_see_what_they_should():
    for value in ("Mitte", "16th arrondissement of Paris", "Minato-ku", "Texas", "Illinois", "Tianhe District",
                  "London Borough of Camden", "Guangdong", "Bavaria", "Kerala", "Minas Gerais", "Budapest District II",
                  "Copenhagen Municipality", "Hamburg-Mitte", "Bratislava I", "Taedonggang-guyok", "Hannam-dong"):
        assert looks_like_part(value), value
    for value in ("Berlin", "Paris", "Houston", "Mexico City", "Kuwait City", "Rio de Janeiro", "Washington, D.C.",
                  "Victoria", "Hamburg", "Edwardsville"):
        assert not looks_like_part(value), value


def test_no_shipped_city_is_a_district_or_a_region():
    rows = shipped_rows()
    bad = sorted({r["city"] for r in rows if looks_like_part(r["city"])})
    assert bad == []
    # Every such value the source gives is in the reviewed tables, and read as they say.
    unreviewed = sorted({r["city_source"] for r in rows if looks_like_part(r["city_source"])
                         and not reviewed(r["city_source"])})
    assert unreviewed == []
    for r in rows:
        if r["qid"] in tables.PLACE_FIXES:
            assert (r["city_source"], r["city"]) == tables.PLACE_FIXES[r["qid"]][:2], r
        elif r["city_source"]:
            entry = tables.CITIES.get(r["city_source"])
            region = tables.REGIONS.get(r["city_source"])
            assert entry or region or reviewed(r["city_source"]), r
            if entry:
                assert r["city"] == entry[0] and not r["near"], r
            if region:
                assert r["city"] == "" and r["near"] in region[0] + ("",), r
        else:
            assert not r["near"], r
    # The examples the issue names.
    by_source = {(r["city_source"], r["city"] or r["near"]) for r in rows}
    for pair in (("Mitte", "Berlin"), ("16th arrondissement of Paris", "Paris"), ("Sé", "Macau"),
                 ("Woluwe-Saint-Lambert - Sint-Lambrechts-Woluwe", "Brussels"), ("Texas", "Houston"),
                 ("Tianhe District", "Guangzhou"), ("Chaoyang District", "Beijing"), ("Central", "Hong Kong"),
                 ("Illinois", "Chicago"), ("Minato-ku", "Tokyo")):
        assert pair in by_source, pair


@needs_raw
def test_every_district_or_region_in_the_source_is_reviewed():
    with (RAW / "embassies.csv").open(encoding="utf-8", newline="") as handle:
        raw = list(csv.DictReader(handle))
    values = {" ".join(r["city"].split()) for r in raw}
    assert sorted(v for v in values if looks_like_part(v) and not reviewed(v)) == []
    # Every reviewed value is one the source uses (no stale entries).
    keys = {k.split(" (Q")[0] for k in set(tables.CITIES) | set(tables.REGIONS)}
    assert keys <= values
    # The cities that share a state's name are the cities' items, not the states'.
    items = {(r["city"], r["cityQID"].rsplit("/", 1)[-1]) for r in raw if r["city"] in ("Rio de Janeiro", "São Paulo")}
    assert items == {("Rio de Janeiro", "Q8678"), ("São Paulo", "Q174")}
    # Every city a district maps to and every region's candidate has a centre to check coordinates against.
    assert {c for c, _ in tables.CITIES.values()} | {c for cs, _ in tables.REGIONS.values() for c in cs} <= set(
        tables.CITY_CENTRES)


def test_region_facts_say_the_city_is_inferred_or_not_recorded():
    name = {"US": "United States", "GR": "Greece", "MX": "Mexico", "IN": "India"}.__getitem__
    row = {"a": "MX", "b": "US", "type": "consulate_general", "city": "", "city_source": "Texas", "near": "Dallas",
           "opened": "", "opened_as": "", "qid": "Q5164566", "note": "", "conflict": ""}
    fact = missions.facts("missions", row, name)[0]
    assert fact["text"] == ("Mexico keeps a consulate general in Texas, the United States, near Dallas from its "
                            "coordinates (no city recorded; listed in Wikidata as of November 2022; the list does not "
                            "record closures).")
    assert fact["values"] == {"type": "consulate_general", "city_source": "Texas", "near": "Dallas",
                              "wikidata": "Q5164566"}
    row = dict(row, a="IN", b="GR", type="consulate", city_source="Crete", near="")
    assert missions.facts("missions", row, name)[0]["text"] == (
        "India keeps a consulate in Crete, Greece (no city recorded; listed in Wikidata as of November 2022; the list "
        "does not record closures).")
    acc = {"a": "MX", "b": "GT", "host": "US", "type": "consulate_general", "city": "", "city_source": "Texas",
           "near": "Dallas", "qid": "Q1"}
    assert missions.facts("accreditations", acc, {"MX": "Mexico", "GT": "Guatemala", "US": "United States"}.get)[0][
        "text"] == ("Mexico's consulate general in Texas, the United States, near Dallas from its coordinates, also "
                    "serves Guatemala (no city recorded; listed in Wikidata as of November 2022; the list does not "
                    "record closures).")
    row = dict(row, city="Berlin", city_source="Mitte", b="US")
    fact = missions.facts("missions", row, name)[0]
    assert "in Berlin, the United States" in fact["text"] and fact["values"]["city_source"] == "Mitte"


def test_every_fact_is_dated_and_says_the_list_records_no_closures():
    codes = {p["code"]: p["name"] for p in load_toml(REPO / "data" / "countries.toml")["party"]}
    for table in ("missions", "accreditations"):
        for row in read_tsv(COMMITTED / f"{table}.tsv"):
            for fact in missions.facts(table, row, lambda c: codes.get(c, c)):
                assert fact["date"] == "2022-11"
                assert "as of November 2022; the list does not record closures" in fact["text"], fact["id"]


def test_hong_kong_and_macao_are_hosts_of_their_own():
    codes = {p["code"] for p in load_toml(REPO / "data" / "countries.toml")["party"]}
    assert {"HK", "MO"} <= codes and set(tables.SAR_CITIES.values()) == {"HK", "MO"}
    rows = read_tsv(COMMITTED / "missions.tsv")
    in_china = [r for r in rows if r["b"] == "CN"]
    assert not [r for r in in_china if r["city"] in tables.SAR_CITIES], "a mission in Hong Kong or Macao under CN"
    hk = [r for r in rows if r["b"] == "HK"]
    assert {r["city"] for r in hk} <= {"Hong Kong", ""} and len(hk) >= 20
    assert any(r["a"] == "US" and r["city_source"] == "Central" for r in hk)
    assert [(r["a"], r["city"], r["city_source"]) for r in rows if r["b"] == "MO"] == [
        ("PT", "Macau", ""), ("TW", "Macau", "Sé")]
    # A mission with no city is placed by its coordinates, and the note says so.
    estonia = [r for r in hk if r["a"] == "EE"]
    assert estonia and "(by its coordinates)" in estonia[0]["note"]


def test_a_historical_jurisdiction_is_set_aside_with_its_reason():
    rows = read_tsv(COMMITTED / "missions.tsv") + read_tsv(COMMITTED / "accreditations.tsv")
    assert not [r for r in rows if r["qid"] == "Q28407820"]   # the nunciature to the Republic of Florence
    assert not [r for r in rows if r["a"] == "VA" and r["b"] == "IT" and r["city"] == "Florence"]
    report = (COMMITTED / "report.md").read_text(encoding="utf-8")
    line = next(x for x in report.splitlines() if "Q28407820" in x)
    assert "Republic of Florence" in line and "does not hold" in line
    # A historical party a jurisdiction maps to must exist; none is mapped today, and the missions
    # tables hold no historical code (dyadic.HISTORICAL_CODES, checked against the tables elsewhere).
    from relations import dyadic

    historical = {p["code"] for f in ("rdcr/parties.toml", "factbook/historical.toml")
                  for p in load_toml(REPO / "data" / f).get("party", [])}
    assert {p for p, _ in tables.HISTORICAL_JURISDICTIONS.values() if p} <= historical
    assert "missions" not in dyadic.HISTORICAL_CODES


def test_taiwans_embassy_to_the_holy_see(cli):
    result = cli("show", "taiwan", "holy see", "--json")
    assert result.exit_code == 0
    facts = {f["id"]: f for f in result.json()["facts"]}
    fact = facts["missions.tw-va.q28065003"]
    assert fact["text"].startswith("Taiwan keeps an embassy to the Holy See, in Rome, open since 1942 as the "
                                   "mission of the Republic of China, before its government moved to Taiwan in 1949")
    assert "ministry of foreign affairs" in fact["note"]
    nunciature = facts["missions.va-tw.q12784970"]
    assert "1922 as the Holy See's mission to the Republic of China" in nunciature["text"]
    # The plain text a reader sees names the embassy.
    plain = cli("show", "taiwan", "holy see")
    assert "Taiwan keeps an embassy to the Holy See, in Rome" in " ".join(plain.stdout.split())
