"""`relations partners COUNTRY --by ASPECT`: one country against all others, read from the same
figures as a pair (relations.dataset.figures), in every format."""

from __future__ import annotations

import csv
import io

import pytest

from relations.dataset.figures import vote_figures
from relations.dataset.store import open_store


@pytest.fixture(scope="module")
def store():
    return open_store()


def test_colombia_visa_free_destinations_match_the_passport_index_count(cli, store):
    document = cli("partners", "colombia", "--by", "visas", "--where", "visa-free", "--json").json()
    rows = document["partners"]
    # The Passport Index counts 85 visa-free destinations (day counts and "visa free") for Colombia.
    table = store.table("visas", "visas")
    expected = {r["b"] for r in table.rows_of("CO") if r["a"] == "CO" and r["requirement"] == "visa_free"}
    assert len(rows) == len(expected) == 85
    assert {r["code"] for r in rows} == expected
    assert all(r["category"] == "visa-free" and r["values"]["requirement"] == "visa_free" for r in rows)
    days = [r["values"]["days"] or 0 for r in rows]
    assert days == sorted(days, reverse=True)  # the longest stays first
    assert document["as_of"] == "2025-01-12" and document["sources"][0]["id"] == "passport-index"
    text = cli("partners", "colombia", "--by", "visas", "--where", "visa-free", "--format", "csv").stdout
    assert len(list(csv.DictReader(io.StringIO(text)))) == 85


def test_belize_missions_list_where_it_keeps_them_embassies_first(cli):
    document = cli("partners", "belize", "--by", "missions", "--json").json()
    rows = document["partners"]
    categories = [r["category"] for r in rows]
    assert categories == sorted(categories, key=["embassy", "consulate", "accredited", "theirs-only"].index)
    kept = {r["name"] for r in rows if r["category"] in ("embassy", "consulate")}
    assert {"Mexico", "United States", "Guatemala", "Taiwan", "United Kingdom"} <= kept
    mexico = next(r for r in rows if r["code"] == "MX")
    assert mexico["values"]["missions"][0] == {"type": "embassy", "city": "Mexico City", "near": None, "via": None}
    embassies = [r["name"] for r in rows if r["category"] == "embassy"]
    assert embassies == sorted(embassies)  # then by partner name


def test_brazil_votes_closest_first_with_counts(cli, store):
    rows = cli("partners", "brazil", "--by", "votes", "--json").json()["partners"]
    numbers = [r["number"] for r in rows if r["number"] is not None]
    assert numbers == sorted(numbers, reverse=True)
    first = rows[0]
    # the closest partner's figure, worked out from the table's yearly counts
    row = store.table("unvotes", "agreement").rows("BR", first["code"]) or store.table("unvotes", "agreement").rows(first["code"], "BR")
    latest = vote_figures(row[0]).latest
    assert first["values"]["common_2010s"] == latest.common and first["number"] == latest.share_pct
    assert first["value"].startswith(f"{latest.share_pct}% of {latest.common:,} roll calls in 2010–2019")
    # a share from fewer than 20 roll calls never ranks, and never shows without its count
    few = [r for r in rows if r["values"]["common_2010s"] < 20]
    assert all(r["number"] is None for r in few)


def test_every_vote_row_reads_alike_with_and_without_its_years(store):
    """partners reads each row's stored totals; a pair adds up its years: the same figures."""
    checked = 0
    for row in store.table("unvotes", "agreement").all_rows():
        full, quick = vote_figures(dict(row)), vote_figures(dict(row), decades=False)
        if full is None:
            assert quick is None
            continue
        assert (full.latest, full.whole) == (quick.latest, quick.whole), row["a"] + row["b"]
        checked += 1
    assert checked > 19000


def test_among_a_group_and_a_numeric_where(cli):
    rows = cli("partners", "france", "--by", "distance", "--where", "<1000", "--among", "eu", "--json").json()["partners"]
    assert rows and all(r["number"] < 1000 for r in rows)
    assert [r["number"] for r in rows] == sorted(r["number"] for r in rows)
    assert "Belgium" in {r["name"] for r in rows}


def test_unknown_aspect_or_value_lists_the_valid_ones_and_exits_2(cli):
    result = cli("partners", "belize", "--by", "nope")
    assert result.exit_code == 2
    assert "aspects are: visas, votes, alignment, distance, missions, conflicts, trade, disputes" in result.stderr
    result = cli("partners", "belize", "--by", "visas", "--where", "sometimes")
    assert result.exit_code == 2 and "visa-free, visa-on-arrival, eta, e-visa, visa-required" in result.stderr
    result = cli("partners", "belize", "--by", "distance", "--where", "near")
    assert result.exit_code == 2 and "'<1000'" in result.stderr
    result = cli("partners", "european union", "--by", "visas")
    assert result.exit_code == 2 and "partners are listed for a country" in result.stderr


def test_partners_in_markdown_and_jsonl(cli):
    md = cli("partners", "belize", "--by", "distance", "--limit", "3", "--format", "markdown").stdout
    assert md.splitlines()[0].startswith("| rank | name | value |")
    assert "Guatemala" in md.splitlines()[2]
    lines = cli("partners", "belize", "--by", "distance", "--limit", "3", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 3
