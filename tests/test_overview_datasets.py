"""compare, summary and timeline on the country-pair data sets (data/dyadic/): the values they show
are checked against counts this test makes itself from the shipped tables."""

from __future__ import annotations

import csv
import io
import re

import pytest

from conftest import REPO
from relations import dyadic
from relations.dyadic import unvotes

DATA = str(REPO / "data")


@pytest.fixture(scope="module")
def tables() -> dict[str, dyadic.Table]:
    return {t.name: t for t in dyadic.tables(DATA)}


def _rows(table: dyadic.Table, code: str) -> list[dict[str, str]]:
    """A plain scan (not Table.rows_of, which this file also checks)."""
    return [r for r in table.all_rows() if code in (r["a"], r["b"])]


def _agreement_2010s(row: dict[str, str]) -> tuple[int, int]:
    """(same, common) in 2010-2019, summed from the yearly cells."""
    points = [p for p in unvotes.years(row) if 2010 <= p[0] <= 2019]
    return sum(p[2] for p in points), sum(p[1] for p in points)


def test_rows_of_finds_every_row_of_a_party_in_file_order(tables):
    for table in tables.values():
        if table.columns[:2] != ["a", "b"]:  # keyed by one state (alignment's points): rows_by_first
            continue
        for code in ("IN", "BZ", "US", "ZW", "H-SOVIET-UNION"):
            assert table.rows_of(code) == _rows(table, code), (table.name, code)


def test_summary_ranks_voting_partners_from_the_agreement_table(cli, tables):
    ranked = []
    for row in _rows(tables["agreement"], "IN"):
        same, common = _agreement_2010s(row)
        if common >= 50:
            other = row["b"] if row["a"] == "IN" else row["a"]
            ranked.append((same / common, common, other, same))
    closest = max(ranked, key=lambda r: (r[0], r[1]))
    distant = min(ranked, key=lambda r: (r[0], -r[1]))
    assert closest[2] == "PK" and distant[2] == "US"
    doc = cli("summary", "india", "--json").json()
    partners = doc["un_partners"]
    assert partners["period"] == "2010/2019" and partners["source"] == "unvotes"
    assert len(partners["closest"]) == len(partners["most_distant"]) == 10
    first = partners["closest"][0]
    assert (first["code"], first["common"]) == (closest[2], closest[1])
    assert first["share_pct"] == round(100 * closest[3] / closest[1])
    assert first["fact"] == "unvotes.agreement-2010s.in-pk"
    last = partners["most_distant"][0]
    assert (last["code"], last["common"], last["share_pct"]) == (distant[2], distant[1], round(100 * distant[3] / distant[1]))
    assert [p["agreement"] for p in partners["closest"]] == sorted((p["agreement"] for p in partners["closest"]), reverse=True)
    out = cli("summary", "india").stdout
    numbers = dict(re.findall(r"^  \[(\d+)\] (\S+) ", out, re.M))
    unvotes_number = {v: k for k, v in numbers.items()}["unvotes"]
    assert f"Voted most like it at the UN, 2010–2019 [{unvotes_number}]" in out
    assert re.search(rf"^   1\. Pakistan +{round(100 * closest[3] / closest[1])}% of {closest[1]}$", out, re.M)
    least = out.split("Voted least like it at the UN")[1]
    assert re.search(rf"^   1\. United States +{round(100 * distant[3] / distant[1])}% of {distant[1]}$", least, re.M)


def test_summary_gives_nearest_capitals_passport_reach_network_and_conflicts(cli, tables):
    doc = cli("summary", "india", "--json").json()
    pk = next(r for r in tables["pairs"].all_rows() if (r["a"], r["b"]) == ("IN", "PK"))
    nearest = doc["nearest_capitals"]
    assert nearest["capital"] == "New Delhi" and nearest["date"] == "2004/2011"
    assert (nearest["nearest"][0]["code"], nearest["nearest"][0]["km"]) == ("PK", int(pk["km"])) == ("PK", 683)
    kms = [c["km"] for c in nearest["nearest"]]
    assert kms == sorted(kms) and len(kms) == 10
    visas = tables["visas"].all_rows()
    without = {"visa_free", "visa_on_arrival", "eta"}
    reach = sum(r["a"] == "IN" and r["requirement"] in without for r in visas)
    enter = sum(r["b"] == "IN" and r["requirement"] in without for r in visas)
    passport = doc["passport"]
    assert (passport["destinations_without_visa"], passport["passports_without_visa"]) == (reach, enter)
    assert passport["destinations"] == sum(r["a"] == "IN" for r in visas) and passport["as_of"] == "2025-01-12"
    network = doc["mission_network"]
    assert network["missions_abroad"] == sum(r["a"] == "IN" for r in tables["missions"].all_rows())
    assert network["missions_hosted"] == sum(r["b"] == "IN" for r in tables["missions"].all_rows())
    conflicts = doc["armed_conflicts"]
    assert [o["code"] for o in conflicts["opponents"]] == ["PK", "CN"] and conflicts["count"] == 2
    assert conflicts["opponents"][0]["war_years"] == [1948, 1965, 1971]
    assert {doc["sources"][i]["id"] for i in range(len(doc["sources"]))} >= {
        "unvotes", "cepii-geodist", "passport-index", "wikidata-embassies", "ucdp-acd"}
    out = cli("summary", "india").stdout
    assert re.search(r"^Nearest capitals \(from New Delhi, CEPII GeoDist, data of about 2004–2011\) \[\d+\]\n  Pakistan +Islamabad +683 km$", out, re.M)
    assert f"Its passport reaches {reach} of {passport['destinations']} destinations without a visa" in out
    assert f"{enter} of {passport['passports']} passports enter it without one." in out
    assert "Diplomatic network (recorded in Wikidata, as of November 2022)" in out
    assert re.search(r"^  Pakistan +1 conflict, 1948–2020; war in 1948, 1965 and 1971$", out, re.M)
    markdown = cli("summary", "india", "--format", "markdown").stdout
    assert "**Passport reach (as of 12 January 2025)" in markdown and "- Its passport reaches" in markdown


def test_summary_of_a_group_has_no_data_set_sections(cli):
    doc = cli("summary", "caricom", "--json").json()
    assert doc["un_partners"] is None and doc["passport"] is None and doc["armed_conflicts"] is None


def test_compare_shows_the_data_set_aspects_with_exact_values(cli, tables):
    in_pk = next(r for r in tables["agreement"].all_rows() if (r["a"], r["b"]) == ("IN", "PK"))
    same, common = _agreement_2010s(in_pk)
    assert (round(100 * same / common), common) == (82, 908)
    out = cli("compare", "india", "pakistan", "china").stdout
    blocks = {block.split("\n")[0]: block for block in out.split("\n\n")}
    assert blocks["UN agreement 2010–2019"].split("\n")[1:] == ["  Pakistan  82% of 908", "  China     73% of 907"]
    assert blocks["Distance between capitals"].split("\n")[1:] == ["  Pakistan  683 km", "  China     3,785 km"]
    assert blocks["Visa: IN passport / into IN"].split("\n")[1:] == [
        "  Pakistan  visa required / visa required", "  China     visa required / visa required"]
    assert blocks["Missions of IN / in IN"].split("\n")[1:] == [
        "  Pakistan  high commission, Islamabad / high commission, New Delhi",
        "  China     embassy, Beijing; consulate general, Guangzhou (+1 more) / embassy, New Delhi"]
    assert blocks["Armed conflicts"].split("\n")[1:] == [
        "  Pakistan  1 conflict, 1948–2020; war in 1948, 1965 and 1971", "  China     1 conflict, 1962–2020; war in 1962"]
    assert "Data sets as of: unvotes (2020-01-14)" in out and "ucdp-acd (2025)" in out

    doc = cli("compare", "india", "pakistan", "china", "--json").json()
    assert {"un_voting", "capital_distance", "visas", "missions_both_ways", "armed_conflicts"} <= set(doc["aspects"])
    pakistan = doc["entries"][0]
    assert pakistan["un_voting"] == {"period": "2010/2019", "agreement": round(same / common, 4), "share_pct": 82,
                                     "common": 908, "same": same, "opposite": int(in_pk["opposite_2010s"]),
                                     "fact": "unvotes.agreement-2010s.in-pk"}
    assert pakistan["capital_distance"]["km"] == 683 and pakistan["capital_distance"]["capital_b"] == "Islamabad"
    assert pakistan["visas"]["a_to_b"]["requirement"] == "visa_required" and pakistan["visas"]["b_to_a"]["fact"] == "visas.pk-in"
    assert [m["city"] for m in pakistan["missions_both_ways"]["a_in_b"]] == ["Islamabad"]
    assert pakistan["armed_conflicts"]["war_years"] == [1948, 1965, 1971]
    assert pakistan["armed_conflicts"]["facts"] == ["conflicts.in-pk.218.fought"]
    shown = {f["id"] for f in cli("show", "india", "pakistan", "--json").json()["facts"]}
    assert {pakistan["un_voting"]["fact"], pakistan["capital_distance"]["fact"], *pakistan["armed_conflicts"]["facts"]} <= shown


def test_compare_words_the_disputes_a_source_records_and_counts_the_other_facts(cli):
    """The Disputes row says what the Factbook records (open, over which places, and its edition);
    facts of the topic that are not such records (a UCDP conflict) are counted after them; JSON
    keeps the facts."""
    out = cli("compare", "usa", "russia", "china", "cuba").stdout
    row = out.split("Disputes\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert row == ["  Russia  open: the Bering Sea (2024-04)", "  China   1 fact; 1954–1958",
                   "  Cuba    border or security issues (2024-04); 1 fact; 1961"]
    doc = cli("compare", "usa", "russia", "--json").json()
    assert [f["id"] for f in doc["entries"][0]["disputes"]] == ["factbook2024.dispute.ru-us.ru", "factbook2024.dispute.ru-us.us"]


def test_compare_says_none_recorded_and_leaves_csv_cells_empty(cli):
    out = cli("compare", "belize", "panama", "colombia").stdout
    blocks = {block.split("\n")[0]: block for block in out.split("\n\n")}
    assert "  Panama    none recorded; covered by its embassy in Guatemala City / embassy, Belize City" in blocks["Missions of BZ / in BZ"]
    assert "  Colombia  none recorded" in blocks["Armed conflicts"]
    assert "visa-free 90 days / visa-free 30 days" in blocks["Visa: BZ passport / into BZ"]
    assert " none\n" not in out and " none /" not in out
    rows = list(csv.DictReader(io.StringIO(cli("compare", "belize", "panama", "--format", "csv").stdout)))
    assert rows[0]["treaties"] == "" and "—" not in rows[0].values()
    assert rows[0]["un_voting"].endswith("% of 847") and rows[0]["armed_conflicts"] == "none recorded"


def test_timeline_of_a_pair_carries_the_agreement_series(cli):
    doc = cli("timeline", "india", "pakistan", "--json").json()
    by_id = {s["id"]: s for s in doc["series"]}
    assert set(by_id) == {"unvotes.agreement.in-pk", "unvotes.agreement-decade.in-pk", "alignment.distance.in-pk"}
    assert by_id["alignment.distance.in-pk"]["points"][-1]["period"] == "2025"
    decade = {p["period"]: p for p in by_id["unvotes.agreement-decade.in-pk"]["points"]}
    assert (decade["2010/2019"]["common"], decade["2010/2019"]["same"]) == (908, 747)
    yearly = by_id["unvotes.agreement.in-pk"]["points"]
    assert yearly[0]["period"] == "1947" and sum(p["common"] for p in yearly) == 5996
    assert "unvotes" in {s["id"] for s in doc["sources"]}
    out = cli("timeline", "india", "pakistan").stdout
    block = out.split("UN General Assembly voting agreement by decade [")[1].split("\n\n")[0].split("\n")[1:]
    assert block[0] == "  1940s                  63% of 182" and "  2010s                  82% of 908" in block
    assert block[-1] == "  2020s (to 2020-01-14)  100% of 1"
    assert cli("timeline", "india", "--json").json()["series"] == []


def test_the_data_set_aspects_are_compare_aspects_of_shipped_data_sets():
    from relations.model import COMPARE_ASPECTS, COMPARE_DATASET_ASPECTS

    assert set(COMPARE_DATASET_ASPECTS) <= set(COMPARE_ASPECTS)
    assert set(COMPARE_DATASET_ASPECTS.values()) <= set(dyadic.DATASETS)
