"""What the views make of the pair's figures (relations.dataset.figures) that the other tests do
not: UN alignment in the profile, partners and summary; the US lists; flagged memberships; a
year's ideal points on few votes in the chart."""

from __future__ import annotations


def _line(cli, a: str, b: str, key: str) -> dict:
    lines = cli("show", a, b, "--json").json()["profile"]["lines"]
    return next(x for x in lines if x["key"] == key)


def test_alignment_line_ranks_the_latest_year_with_enough_votes_and_says_what_is_missing(cli):
    line = _line(cli, "united states", "turkey", "alignment")
    assert line["values"]["measure"] == "ideal-point distance" and line["values"]["year"] == 2023
    assert line["values"]["missing"] == {"TR": [2025]}
    assert "1.67 in 2023 (lower is closer; 90.7% of 17,578 pairs were closer)" in line["text"]
    assert "2024: 1.57 on 7 and 8 votes, too few to rank" in line["text"]
    assert line["text"].endswith("no 2025 point for Turkey")
    usa_russia = _line(cli, "usa", "russia", "alignment")
    assert usa_russia["values"]["year"] == 2025 and usa_russia["values"]["percentile"] == 98.5


def test_partners_and_summary_rank_by_the_same_ideal_points(cli):
    rows = cli("partners", "india", "--by", "alignment", "--json").json()["partners"]
    distances = [r["number"] for r in rows]
    assert distances == sorted(distances) and rows[-1]["code"] == "US"
    assert rows[0]["values"]["year"] == 2025
    summary = cli("summary", "india", "--json").json()["alignment_partners"]
    assert summary["year"] == 2025
    assert [p["code"] for p in summary["closest"]] == [r["code"] for r in rows[:10]]
    assert summary["most_distant"][0]["code"] == "US" and summary["most_distant"][0]["distance"] == rows[-1]["number"]


def test_us_lines_give_counts_the_latest_in_each_list_and_its_end(cli):
    visits = _line(cli, "usa", "japan", "us_visits")
    assert visits["values"]["president_trips"] == 27
    assert "27 presidential trips, latest 2023-05-18–2023-05-21 (list to Feb 2025)" in visits["text"]
    assert "the latest in its list, which ends in February 2025" in visits["sentence"]
    envoys = _line(cli, "usa", "belize", "us_ambassadors")
    assert envoys["text"].startswith("13 in the Office's list (to Jan 2021): first Malcolm R. Barnebey, Chargé")
    assert "(1981-10-29–1983-06-23)" in envoys["text"]
    events = _line(cli, "usa", "japan", "events")  # trips and visits are not counted as events
    assert "visit" not in events["text"]


def test_a_membership_the_source_gives_wrongly_is_kept_and_flagged_among_a_group(cli):
    rows = cli("partners", "france", "--by", "distance", "--among", "eu", "--json").json()["partners"]
    uk = next(r for r in rows if r["code"] == "GB")
    assert "membership is flagged as a source error" in uk["value"]
    assert uk["values"]["among_errata"][0]["value"] == "member"
    assert all("among_errata" not in r["values"] for r in rows if r["code"] != "GB")
    blocs = _line(cli, "united kingdom", "france", "blocs")
    assert "EU (flagged as a source error)" in blocs["text"] and "Erratum:" in blocs["sentence"]


def test_a_year_of_ideal_points_on_few_votes_is_marked_with_its_counts(cli):
    plain = cli("show", "usa", "russia").stdout
    assert "2.95*" in plain
    assert "* From fewer than 20 votes behind a point: 2024 (8 and 8 votes)" in plain
