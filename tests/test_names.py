"""Names people type (issue 15): ambiguous names ask, short forms and constituent countries resolve
(with a note where the name means something narrower than the party), reviewed official names,
and suggestions that rank by what people mean."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from relations import suggest
from relations.names import normalise

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

COUNTRIES_TOML = Path(__file__).resolve().parent.parent / "data" / "countries.toml"


def code_of(cli, name: str) -> str:
    result = cli("show", name, "belize", "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()["parties"][0]["code"]


def suggestions(cli, name: str) -> list[str]:
    result = cli("show", name, "belize", "--json")
    assert result.exit_code == 2, result.stdout
    return result.error_json()["error"]["suggestions"]


# -- ambiguous names ask -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["congo", "Congo", "the Congo"])
def test_congo_asks_which(cli, name):
    result = cli("show", name, "france")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "'Republic of the Congo'" in result.stderr
    assert "'Democratic Republic of the Congo'" in result.stderr
    assert "could mean" in result.stderr


def test_congo_asks_in_json_with_the_choices(cli):
    result = cli("show", "congo", "france", "--json")
    assert result.exit_code == 2
    error = result.error_json()["error"]
    assert error["name"] == "congo"
    assert error["suggestions"] == ["Republic of the Congo", "Democratic Republic of the Congo"]


@pytest.mark.parametrize(
    ("name", "choices"),
    [
        ("korea", ["South Korea", "North Korea"]),
        ("new guinea", ["Papua New Guinea", "Indonesia"]),
        ("virgin islands", ["British Virgin Islands", "U.S. Virgin Islands"]),
    ],
)
def test_other_ambiguous_names_ask(cli, name, choices):
    result = cli("show", name, "france", "--json")
    assert result.exit_code == 2
    assert result.error_json()["error"]["suggestions"][: len(choices)] == choices


def test_each_congo_by_its_own_name(cli):
    assert code_of(cli, "Republic of the Congo") == "CG"
    assert code_of(cli, "Congo-Brazzaville") == "CG"
    assert code_of(cli, "DR Congo") == "CD"
    assert code_of(cli, "Congo (Kinshasa)") == "CD"


def test_guinea_is_the_republic_of_guinea_with_a_note_naming_the_others(cli):
    doc = cli("show", "guinea", "belize", "--json").json()
    guinea = doc["parties"][0]
    assert guinea["code"] == "GN"
    assert "Guinea-Bissau" in guinea["note"] and "Equatorial Guinea" in guinea["note"]
    assert "note" not in cli("show", "GN", "belize", "--json").json()["parties"][0]


def test_no_ambiguous_or_redirected_name_is_a_name_in_the_data():
    parties = tomllib.loads(COUNTRIES_TOML.read_text(encoding="utf-8"))["party"]
    names = {
        normalise(n)
        for p in parties
        for n in [p["code"], p["alpha3"], p["name"], p.get("official_name") or "", *p.get("aliases", [])]
        if n
    }
    assert not names & set(suggest.AMBIGUOUS)
    assert not names & set(suggest.REDIRECTS)


# -- names that resolve --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("emirates", "AE"),
        ("the Emirates", "AE"),
        ("bosnia", "BA"),
        ("herzegovina", "BA"),
        ("Bosnia-Herzegovina", "BA"),
        ("gaza", "PS"),
        ("Gaza Strip", "PS"),
        ("west bank", "PS"),
        ("scotland", "GB"),
        ("wales", "GB"),
        ("Northern Ireland", "GB"),
        ("england", "GB"),
        ("holland", "NL"),
        ("czechia", "CZ"),
        ("Czech Republic", "CZ"),
        ("Ivory Coast", "CI"),
        ("Burma", "MM"),
        ("Swaziland", "SZ"),
        ("Macedonia", "MK"),
        ("Vatican", "VA"),
        ("Russia", "RU"),
        ("Syria", "SY"),
        ("Laos", "LA"),
        ("Iran", "IR"),
        ("Trinidad", "TT"),
        ("Saudi", "SA"),
        ("Falklands", "FK"),
    ],
)
def test_short_forms_resolve(cli, name, code):
    assert code_of(cli, name) == code


@pytest.mark.parametrize("name", ["scotland", "wales", "northern ireland", "england"])
def test_constituent_countries_resolve_to_the_uk_with_a_note(cli, name):
    party = cli("show", name, "belize", "--json").json()["parties"][0]
    assert party["code"] == "GB"
    assert "constituent country of the United Kingdom" in party["note"]
    assert "facts are about the United Kingdom" in party["note"]


@pytest.mark.parametrize("name", ["gaza", "gaza strip", "west bank"])
def test_gaza_and_the_west_bank_resolve_to_palestine_with_a_note(cli, name):
    party = cli("show", name, "belize", "--json").json()["parties"][0]
    assert party["code"] == "PS"
    assert "resolves to Palestine" in party["note"]


def test_a_plain_name_has_no_resolution_note(cli):
    for name in ("united kingdom", "emirates", "palestine"):
        assert "note" not in cli("show", name, "belize", "--json").json()["parties"][0]


def test_constituent_country_answers_for_the_uk(cli):
    scotland = cli("show", "scotland", "belize", "--json").json()
    uk = cli("show", "united kingdom", "belize", "--json").json()
    assert scotland["facts"] == uk["facts"] and uk["facts"]


# -- official names ------------------------------------------------------------------------------


def test_taiwan_official_name_is_not_the_iso_province_form(cli):
    party = cli("countries", "taiwan", "--json").json()["parties"][0]
    assert party["code"] == "TW"
    assert party["name"] == "Taiwan"
    assert party["official_name"] == "Republic of China"
    assert "Province of China" not in party["official_name"]
    assert "ISO 3166-1" in party["note"]
    # The ISO name still finds it.
    assert code_of(cli, "Taiwan, Province of China") == "TW"


@pytest.mark.parametrize(
    ("code", "official"),
    [
        ("ER", "State of Eritrea"),
        ("PS", "State of Palestine"),
        ("BA", "Bosnia and Herzegovina"),
        ("MM", "Republic of the Union of Myanmar"),
    ],
)
def test_official_names_read_right(code, official):
    parties = {p["code"]: p for p in tomllib.loads(COUNTRIES_TOML.read_text(encoding="utf-8"))["party"]}
    assert parties[code]["official_name"] == official


# -- suggestions through the CLI -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("united", ["United States", "United Kingdom", "United Arab Emirates"]),
        ("south", ["South Korea", "South Africa", "South Sudan"]),  # by facts recorded (US visits and envoys)
        ("belgum", ["Belgium"]),
        ("kosova", ["Kosovo"]),
        ("britian", ["United Kingdom"]),
        ("emirats", ["United Arab Emirates"]),
        ("tiawan", ["Taiwan"]),
    ],
)
def test_suggestions_rank_by_what_people_mean(cli, name, expected):
    assert suggestions(cli, name)[: len(expected)] == expected


def test_misspelt_guinea_suggests_the_guineas(cli):
    assert set(suggestions(cli, "guinae")) <= {"Guinea", "Equatorial Guinea", "Guinea-Bissau", "Papua New Guinea"}
    assert "Guinea" in suggestions(cli, "guinae")


@pytest.mark.parametrize(
    ("name", "never"),
    [
        ("prussia", {"Russia", "Iran"}),
        ("gazza", {"South Africa"}),
        ("emiratez", {"Ireland"}),
        ("narnia", set()),
    ],
)
def test_no_suggestion_shares_no_word_and_little_spelling(cli, name, never):
    result = cli("show", name, "belize", "--json")
    if result.exit_code == 0:  # a name the data learns later (a historical Prussia, say) resolves
        assert result.json()["parties"][0]["name"] not in never
        return
    got = result.error_json()["error"]["suggestions"]
    assert not set(got) & never
    if name in ("prussia", "narnia"):
        assert got == []


# -- suggest.rank on its own ---------------------------------------------------------------------

CANDIDATES = [
    # (normalised key, display name), in the order the store gives them: countries, most facts first
    ("united states", "United States"),
    ("usa", "United States"),
    ("united kingdom", "United Kingdom"),
    ("britain", "United Kingdom"),
    ("great britain", "United Kingdom"),
    ("united arab emirates", "United Arab Emirates"),
    ("south africa", "South Africa"),
    ("south korea", "South Korea"),
    ("korea south", "South Korea"),
    ("south sudan", "South Sudan"),
    ("russia", "Russia"),
    ("iran", "Iran"),
    ("ireland", "Ireland"),
    ("belgium", "Belgium"),
    ("kosovo", "Kosovo"),
    ("guinea", "Guinea"),
    ("equatorial guinea", "Equatorial Guinea"),
    ("guinea bissau", "Guinea-Bissau"),
    ("papua new guinea", "Papua New Guinea"),
    ("south georgia and the south sandwich islands", "South Georgia and the South Sandwich Islands"),
    ("united nations", "United Nations"),  # a group: after the countries
]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("united", ["United States", "United Kingdom", "United Arab Emirates", "United Nations"]),
        ("south", ["South Africa", "South Korea", "South Sudan", "South Georgia and the South Sandwich Islands"]),
        ("belgum", ["Belgium"]),
        ("kosova", ["Kosovo"]),
        ("britian", ["United Kingdom"]),
        ("emirates", ["United Arab Emirates"]),
        ("prussia", []),
        ("gaza", []),
    ],
)
def test_rank(key, expected):
    assert suggest.rank(key, CANDIDATES) == expected


def test_rank_guinea_gives_the_guineas_with_the_exact_name_first():
    ranked = suggest.rank("guinea", CANDIDATES)
    assert ranked[0] == "Guinea"
    assert set(ranked) == {"Guinea", "Equatorial Guinea", "Guinea-Bissau", "Papua New Guinea"}


def test_rank_words_before_spelling_and_each_name_once():
    # "south korea" matches both typed words; South Africa only one.
    ranked = suggest.rank("south korae", CANDIDATES)
    assert ranked[0] == "South Korea"
    assert ranked.count("South Korea") == 1


def test_rank_a_known_alias_counts_as_the_name():
    assert suggest.rank("great britian", CANDIDATES) == ["United Kingdom"]


def test_rank_a_misspelling_keeps_the_first_letter():
    assert suggest.rank("prussia", [("russia", "Russia")]) == []
    assert suggest.rank("rusia", [("russia", "Russia")]) == ["Russia"]


def test_rank_nothing_to_rank():
    assert suggest.rank("", CANDIDATES) == []
    assert suggest.rank("united", []) == []


def test_rank_keeps_only_the_names_matching_most_typed_words():
    candidates = [
        ("china", "China"),
        ("peoples republic of china", "China"),
        ("south korea", "South Korea"),
        ("republic of korea", "South Korea"),
        ("democratic peoples republic of korea", "North Korea"),
    ]
    assert suggest.rank("korea republic", candidates) == ["South Korea", "North Korea"]


def test_rank_a_complete_misspelt_name_comes_first():
    candidates = [("united mexican states", "Mexico"), ("united states", "United States")]
    assert suggest.rank("untied states", candidates)[0] == "United States"


def test_suggestions_for_two_words_leave_out_names_matching_one(cli):
    assert suggestions(cli, "korea republic") == ["South Korea", "North Korea"]
    assert suggestions(cli, "unted kingdom") == ["United Kingdom"]
    assert suggestions(cli, "untied states")[0] == "United States"
