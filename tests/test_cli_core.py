"""The core commands as a user runs them: show, search, countries, sources, names and errors."""

from __future__ import annotations

import pytest


def fact_ids(document: dict) -> set[str]:
    return {f["id"] for f in document["facts"]}


def test_show_pair_lists_facts_grouped_with_sources(cli):
    result = cli("show", "belize", "colombia")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Belize – Colombia\n")
    assert "1982-02-15  Belize and Colombia established relations." in out
    assert "\nDiplomatic\n" in out and "\nMissions\n" in out
    assert "Sources\n  [1] United Nations General Assembly Voting Data." in out
    assert "\n  [2] Belize–Colombia relations. Wikipedia (English)" in out
    # The country-pair data sets answer too, each fact with its data set's date.
    assert ("2025-01-12  Holders of Belize's passport may visit Colombia without a visa for up to 90 days "
            "(Passport Index, as of 12 January 2025). [6]") in out
    # Topics come in vocabulary order, dated facts first within a topic.
    assert out.index("\nDiplomatic\n") < out.index("\nMissions\n") < out.index("\nTrade\n")
    missions = out[out.index("\nMissions\n"):out.index("\nTrade\n")]
    assert missions.index("2002") < missions.index("undated")


def test_show_order_of_names_does_not_matter(cli):
    one = cli("show", "belize", "colombia", "--json").json()
    other = cli("show", "colombia", "belize", "--json").json()
    assert fact_ids(one) == fact_ids(other)
    assert len(one["facts"]) >= 15


def test_show_json_document(cli):
    doc = cli("show", "BZ", "COL", "--json").json()
    assert doc["schema_version"] == 1
    assert doc["command"] == "show"
    assert [p["code"] for p in doc["parties"]] == ["BZ", "CO"]
    established = next(f for f in doc["facts"] if f["id"] == "bz-co.relations-established")
    assert established["date"] == "1982-02-15"
    assert established["date_precision"] == "day"
    assert established["topic"] == "diplomatic"
    assert established["sources"] == ["wikipedia-belize-colombia"]
    cited = {s["id"] for s in doc["sources"]}
    assert all(set(f["sources"]) <= cited for f in doc["facts"] + doc["regional_facts"])


def test_show_trade_figures_are_numbers(cli):
    doc = cli("show", "belize", "colombia", "--json").json()
    amounts = sorted(f["values"]["amount"] for f in doc["facts"] if f["topic"] == "trade" and "amount" in f["values"])
    assert amounts == [169620, 1800903]


def test_group_facts_apply_to_members_as_regional(cli):
    doc = cli("show", "belize", "colombia", "--json").json()
    regional = {f["id"]: f for f in doc["regional_facts"]}
    fta = next(f for f in regional.values() if f["parties"] == ["CARICOM", "CO"] or set(f["parties"]) == {"CARICOM", "CO"})
    assert fta["date"] == "1994"
    assert fta["via"] == ["CARICOM"]
    assert not fact_ids(doc) & set(regional)


def test_fact_naming_a_city_belongs_to_that_countrys_pair(cli):
    doc = cli("show", "belgium", "colombia", "--json").json()
    texts = " ".join(f["text"] for f in doc["facts"])
    assert "Bogotá" in texts


def test_conflicting_statements_are_both_shown_and_marked(cli):
    out = cli("show", "belize", "colombia").stdout
    assert "Belize has no accreditation to Colombia." in out
    assert "Conflicts with: bz-co.no-accreditation" in out
    assert "Conflicts with: bz-co.ambassador-in-mexico-city" in out


@pytest.mark.parametrize(
    "name",
    ["united states", "United-States", "USA", "U.S.", "us", "usa", "America", "UNITED STATES OF AMERICA", "  united   states "],
)
def test_names_resolve_whatever_the_spelling(cli, name):
    doc = cli("show", name, "belize", "--json").json()
    assert doc["parties"][0]["code"] == "US"


@pytest.mark.parametrize(
    ("name", "code"),
    [("cote divoire", "CI"), ("Côte d'Ivoire", "CI"), ("ivory coast", "CI"), ("czech republic", "CZ"), ("Czechia", "CZ"),
     ("great britain", "GB"), ("UK", "GB"), ("caricom", "CARICOM"), ("Caribbean Community", "CARICOM")],
)
def test_aliases(cli, name, code):
    doc = cli("show", name, "belize", "--json").json()
    assert doc["parties"][0]["code"] == code


def test_unknown_name_exits_2_with_one_line_and_suggestions(cli):
    result = cli("show", "belgum", "colombia")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "'belgum'" in result.stderr and "Belgium" in result.stderr


def test_unknown_name_as_json_error_on_stderr(cli):
    result = cli("show", "narnia", "belize", "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    error = result.error_json()["error"]
    assert error["name"] == "narnia"
    assert error["exit_code"] == 2
    assert isinstance(error["suggestions"], list)


def test_same_party_twice_exits_2(cli):
    result = cli("show", "belize", "BLZ")
    assert result.exit_code == 2
    assert "both names are Belize" in result.stderr


def test_known_pair_without_facts_says_so_and_exits_0(cli):
    # Every pair of today's countries has data-set facts (distance, visas...); a historical state
    # and a far-away country may have none.
    result = cli("show", "hawaii", "tuvalu")
    assert result.exit_code == 0
    assert "No facts are recorded for Kingdom of Hawaii and Tuvalu." in result.stdout
    doc = cli("show", "hawaii", "tuvalu", "--json").json()
    assert doc["facts"] == [] and doc["regional_facts"] == [] and doc["series"] == []


def test_search_finds_stems_and_hyphenated_words(cli):
    doc = cli("search", "drug", "--json", "--limit", "100").json()
    texts = [f["text"] for f in doc["facts"]]
    assert doc["total"] == len(texts)
    assert any("drugs" in t for t in texts)
    assert any("drug-trafficking" in t or "drug-transit" in t for t in texts)
    first = doc["facts"][0]
    assert first["highlights"], "matched words carry their offsets"
    start, end = first["highlights"][0]
    assert first["text"][start:end].lower().startswith("drug")


def test_search_filters_by_topic_and_party(cli):
    doc = cli("search", "embassy", "--party", "belgium", "--json").json()
    assert doc["facts"] and all("BE" in f["parties"] for f in doc["facts"])
    doc = cli("search", "drug", "--topic", "security", "--json").json()
    assert doc["facts"] and all(f["topic"] == "security" for f in doc["facts"])


def test_search_puts_the_words_side_by_side_first(cli):
    # "state" is in nearly every Historian fact ("the United States"); the State Treaty comes first
    doc = cli("search", "state", "treaty", "--json", "--limit", "3").json()
    assert doc["facts"][0]["id"] == "rdcr.austria.10.treaty"
    assert doc["total"] > 50 and len(doc["facts"]) == 3
    assert len({f["id"] for f in doc["facts"]}) == 3
    # with --party and --topic too, and a phrase found nowhere leaves the ranking as it was
    narrowed = cli("search", "state", "treaty", "--party", "austria", "--topic", "treaty", "--json").json()
    assert narrowed["facts"][0]["id"] == "rdcr.austria.10.treaty"
    reversed_words = cli("search", "treaty", "state", "--json", "--limit", "100").json()
    assert reversed_words["total"] == doc["total"] and len(reversed_words["facts"]) == min(100, doc["total"])


def test_search_limit(cli):
    doc = cli("search", "belize", "--limit", "2", "--json").json()
    assert len(doc["facts"]) == 2 and doc["total"] > 2


def test_search_unknown_topic_suggests(cli):
    result = cli("search", "drug", "--topic", "securty")
    assert result.exit_code == 2
    assert "did you mean security" in result.stderr


def test_search_nothing_found_exits_0_with_empty_list(cli):
    result = cli("search", "zzzyyyxxx", "--json")
    assert result.exit_code == 0
    assert result.json()["facts"] == []


def test_search_of_punctuation_only_is_a_usage_error(cli):
    result = cli("search", "--", "--- !!")
    assert result.exit_code == 2
    assert "nothing to search for" in result.stderr


def test_countries_lists_parties_with_counts(cli):
    doc = cli("countries", "--json").json()
    by_code = {p["code"]: p for p in doc["parties"]}
    # Every ISO 3166-1 entry, and Kosovo under its user-assigned code.
    assert len([p for p in doc["parties"] if p["kind"] == "country"]) == 250
    assert by_code["XK"]["name"] == "Kosovo"
    assert by_code["BZ"]["fact_count"] > 20
    assert by_code["CARICOM"]["kind"] == "group"
    filtered = cli("countries", "guinea", "--kind", "country", "--json").json()["parties"]
    assert {p["code"] for p in filtered} >= {"GN", "GW", "GQ", "PG"}


def test_sources_lists_every_source(cli):
    doc = cli("sources", "--json").json()
    ids = {s["id"] for s in doc["sources"]}
    assert {"wikipedia-belize-colombia", "belize-embassy-us-bilateral", "state-us-guatemala",
            "belgium-fpsfa-lac", "insightcrime-mexico-belize-2012"} <= ids
    # Every source gives facts: from the index, or from the rows of a country-pair table; the map's
    # shapes (Natural Earth) give none, they draw `relations map`.
    assert all(s["fact_count"] > 0 or s["table_rows"] > 0 or s["kind"] == "map shapes" for s in doc["sources"])
    assert [s["id"] for s in doc["sources"] if s["kind"] == "map shapes"] == ["natural-earth"]
    by_id = {s["id"]: s for s in doc["sources"]}
    assert by_id["passport-index"]["fact_count"] == 0 and by_id["passport-index"]["table_rows"] == 39402
    assert by_id["passport-index"]["licence"] == "MIT"


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("relations ")


def _commands() -> list[str]:
    import typer.main

    from relations.cli import app

    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_the_commands_are_all_there():
    assert {"show", "search", "countries", "sources", "compare", "summary", "timeline", "add", "validate", "paths", "config"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_with_examples(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout


def test_search_help_names_every_topic(cli):
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    from tests.conftest import REPO

    topics = [t["id"] for t in tomllib.loads((REPO / "data" / "topics.toml").read_text())["topic"]]
    help_text = " ".join(cli("search", "--help").stdout.split())
    assert all(topic in help_text for topic in topics)


def test_validate_accepts_a_users_correction_and_retraction(cli, tmp_path, monkeypatch):
    user = tmp_path / "user"
    user.mkdir()
    (user / "notes.toml").write_text(
        '[[source]]\nid = "mine"\ntitle = "Mine"\n\n'
        '[[fact]]\nid = "mine.one"\nparties = ["BZ", "CO"]\ntopic = "diplomatic"\ntext = "Corrected."\n'
        'sources = ["mine"]\ncorrects = "bz-co.relations-established"\n\n'
        '[[retraction]]\nid = "bz-co.no-accreditation"\nreason = "Superseded."\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("RELATIONS_DATA_DIR", str(user))
    result = cli("validate")
    assert result.exit_code == 0, result.stdout + result.stderr


def test_the_docs_state_the_shipped_datasets_size():
    import re

    from tests.conftest import REPO

    from relations.dataset.load import load_dataset
    from relations.paths import DataRoot

    dataset = load_dataset([DataRoot(str(REPO / "data"), "shipped")])
    facts, members = len(dataset.facts), len(dataset.memberships)
    for doc in ("README.md", "docs/data.md"):
        text = " ".join((REPO / doc).read_text(encoding="utf-8").split())
        stated = re.search(r"shipped dataset (?:holds|is) ([\d,]+) facts and ([\d,]+) memberships", text)
        assert stated, doc
        assert (int(stated[1].replace(",", "")), int(stated[2].replace(",", ""))) == (facts, members), doc
