"""The profile at the top of `show A B`, and shared memberships said right (issue 14).

These run on the full shipped data (the data sets the profile is made from). The markdown golden
`tests/golden/show-india-pakistan.md` is regenerated with

    RELATIONS_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_profile.py

(the test fails, naming the file it rewrote: review its diff, then run again without the variable).
"""

from __future__ import annotations

import json
import math
import re

import pytest

from conftest import REPO, check_golden

REGENERATE = "RELATIONS_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_profile.py"
CITATION = re.compile(r"(\[\d+\])+$")


def _rows(text: str, width: int = 80) -> list[str]:
    """The lines as a terminal `width` columns wide shows them (a long line takes several rows)."""
    rows: list[str] = []
    for line in text.splitlines():
        rows += [line] * max(1, math.ceil(len(line) / width))
    return rows


def _profile_block(lines: list[str]) -> list[str]:
    start = lines.index("At a glance")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].strip())
    return lines[start + 1:end]


@pytest.mark.parametrize("colour", ["never", "always"])
def test_india_pakistan_profile_fits_the_first_screen_of_80_columns(cli, monkeypatch, colour):
    """The profile, led by the open dispute over Kashmir, ends within the first 24 rows: the first
    screen of a standard terminal."""
    monkeypatch.setenv("COLUMNS", "80")
    result = cli("show", "india", "pakistan", "--color", colour)
    assert result.exit_code == 0, result.stderr
    rows = _rows(result.stdout)
    assert "At a glance" in rows[:24]
    head = rows[:24]
    block_end = head.index("At a glance") + 1
    while block_end < len(rows) and rows[block_end].strip():
        block_end += 1
    assert block_end <= 24, "\n".join(rows[:block_end])
    # each aspect the issue names has a line, and each line ends with its citation
    text = "\n".join(rows[:block_end])
    for label in ("Relations", "Neighbours", "Visas", "UN votes", "Conflicts", "Trade"):
        assert re.search(rf"^  {label}\b", text, re.M), label
    # Rich wraps a line under its label; the citation closes each entry
    entries = re.split(r"\n(?=  \S)", text.split("At a glance\n", 1)[1])
    for entry in entries:
        assert CITATION.search(" ".join(entry.split())), entry


def test_profile_lines_say_what_the_sources_say(cli):
    plain = cli("show", "india", "pakistan", "--profile").stdout
    block = {line[2:15].strip(): line[15:] for line in _profile_block(plain.splitlines())}
    assert block["Relations"].startswith("India: high commission in Islamabad; Pakistan: high commission in New Delhi "
                                         "(missions listed in Wikidata, Nov 2022; the list does not record closures) [")
    assert block["Neighbours"].startswith("land border of 3,190 km; capitals 683 km apart [")
    assert block["Visas"].startswith("visa required each way (Passport Index, Jan 2025) [")
    assert block["UN votes"].startswith("same vote on 82% of 908 roll calls, 2010–2019 (abstaining counts as a vote; "
                                        "on yes and no alone 94% of 675); by decade ")
    assert "(1940s 63%, 2010s 82%)" in block["UN votes"]
    assert block["Conflicts"].startswith("fought each other (")
    assert block["Conflicts"].startswith("fought each other (UCDP's conflict over Kashmir: war in 1948, 1965 and 1971) [")
    assert block["Trade"].startswith("not in each other's top-five export or import partner lists [")
    assert block["Shared blocs"].startswith("SAARC, Commonwealth of Nations, Non-Aligned Movement")
    # --profile: the profile and its sources, no facts
    assert "\nDispute\n" not in plain and "\nSources\n" in plain
    numbers = re.findall(r"^  \[(\d+)\]", plain, re.M)
    cited = set(re.findall(r"\[(\d+)\]", "\n".join(block.values())))
    assert cited == set(numbers)


def test_missions_and_visas_say_not_recorded_never_none(cli):
    plain = cli("show", "iran", "iraq", "--profile").stdout
    line = next(x for x in _profile_block(plain.splitlines()) if x.startswith("  Relations"))
    assert "no mission either way recorded (missions listed in Wikidata, Nov 2022; the list does not record closures)" in line
    one_way = cli("show", "belize", "guatemala", "--profile").stdout
    assert "Guatemala: none recorded" in one_way and "missions listed in Wikidata, Nov 2022" in one_way
    document = cli("show", "iran", "iraq", "--json").json()
    sentence = next(x["sentence"] for x in document["profile"]["lines"] if x["key"] == "relations")
    assert "is recorded" in sentence and "incomplete" in sentence


def test_trade_shares_each_way_from_the_factbook(cli):
    document = cli("show", "france", "germany", "--json").json()
    trade = next(x for x in document["profile"]["lines"] if x["key"] == "trade")
    assert trade["text"] == ("Germany: 11% of France's exports and 15% of its imports; "
                             "France: 8% of Germany's exports and 5% of its imports (2023)")
    assert {(s["reporter"], s["direction"], s["share_pct"]) for s in trade["values"]["shares"]} == {
        ("FR", "exports", 11), ("FR", "imports", 15), ("DE", "exports", 8), ("DE", "imports", 5)}
    ids = [s["id"] for s in document["sources"]]
    assert trade["sources"] == ["factbook"] and "factbook" in ids


def test_trade_amounts_recorded_for_the_pair_lead_the_trade_line(cli):
    """Belize–Colombia: a curated table gives each one's exports to the other (no year); the line
    gives them, then what the Factbook's partner lists say, citing both sources."""
    document = cli("show", "belize", "colombia", "--json").json()
    trade = next(x for x in document["profile"]["lines"] if x["key"] == "trade")
    assert trade["text"] == ("exports Belize → Colombia USD 169,620, Colombia → Belize USD 1,800,903 (no year given); "
                             "not in each other's top-five export or import partner lists")
    assert trade["values"]["amounts"] == [
        {"reporter": "BZ", "partner": "CO", "direction": "exports", "amount": 169620, "currency": "USD", "year": None},
        {"reporter": "CO", "partner": "BZ", "direction": "exports", "amount": 1800903, "currency": "USD", "year": None},
    ]
    assert trade["values"]["top_five"] is False
    assert trade["sentence"].startswith("Recorded trade: Belize's exports to Colombia at USD 169,620 and Colombia's "
                                        "exports to Belize at USD 1,800,903, without a year. ")
    assert trade["sources"] == ["wikipedia-belize-colombia", "factbook"]


def test_relations_established_and_events_lead_where_a_fact_dates_them(cli):
    document = cli("show", "belize", "colombia", "--json").json()
    lines = {x["key"]: x for x in document["profile"]["lines"]}
    assert lines["relations"]["text"].startswith("established 1982-02-15; Belize: none recorded; "
                                                 "Colombia: covered from its embassy in San Salvador "
                                                 "(missions listed in Wikidata, Nov 2022; the list does not record closures)")
    assert lines["events"]["text"] == "first 1982-02-15 relations established; latest 2002 mission closed (2 dated)"
    assert "conflicts" not in lines and "ties" not in lines  # nothing recorded: no line
    cuba = {x["key"]: x for x in cli("show", "usa", "cuba", "--json").json()["profile"]["lines"]}["relations"]
    assert cuba["text"].startswith("established 1902-05-27; severed 1961-01-03; resumed 2015-07-20; United States: embassy")
    assert cuba["sentence"].startswith("Diplomatic relations between the United States and Cuba were established on "
                                       "1902-05-27, severed on 1961-01-03 and resumed on 2015-07-20. ")


def test_profile_json_is_in_the_schema_and_in_batch_output(cli):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "schemas" / "show.json").read_text())
    for pair in (("india", "pakistan"), ("belize", "colombia"), ("usa", "china")):
        document = cli("show", *pair, "--json").json()
        jsonschema.validate(document, schema)
        assert document["profile"]["lines"]
    broken = cli("show", "india", "pakistan", "--json").json()
    broken["profile"]["lines"][0]["key"] = "mood"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    batch = cli("show", "--batch", "-", input="india:pakistan\n")
    assert json.loads(batch.stdout)["profile"] == cli("show", "india", "pakistan", "--json").json()["profile"]


def test_markdown_opens_with_the_profile_paragraph(cli):
    result = cli("show", "india", "pakistan", "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "## India – Pakistan"
    # an open dispute leads, then the relations line
    assert lines[2].startswith("India's entry in The World Factbook (April 2024) records an open dispute between India "
                               "and Pakistan over Kashmir.")
    assert "India keeps a high commission in Islamabad; Pakistan keeps a high commission in New Delhi" in lines[2]
    assert "| date | parties | topic | text | sources |" in lines
    check_golden("show-india-pakistan.md", result.stdout, REGENERATE)


def test_memberships_apart_from_other_roles_and_missions(cli):
    plain = cli("show", "india", "pakistan").stdout
    full = plain.split("Shared memberships (both full members: ", 1)[1].split("\n\n", 1)[0]
    assert "  ASEAN  " not in full and "MINURSO" not in full and "  OAS  " not in full
    assert len([x for x in full.splitlines()[1:] if x.startswith("  ") and not x.startswith("  and ")]) == 12
    assert re.search(r"^  and \d+ more \(--json lists them all\)$", full, re.M)
    assert ("  ASEAN  Association of Southeast Asian Nations (India: dialogue partner; "
            "Pakistan: sectoral dialogue partner)") in plain
    assert "  OAS  Organization of American States (both: observer)" in plain
    assert "Peacekeeping and observer missions both send people to\n  MINURSO, MONUSCO, UNISFA, UNMISS\n" in plain
    document = cli("show", "india", "pakistan", "--json").json()
    by_group = {m["group"]: m for m in document["shared_memberships"]}
    assert (by_group["ASEAN"]["role"], by_group["ASEAN"]["kind"]) == ("other", "organisation")
    assert (by_group["MINURSO"]["role"], by_group["MINURSO"]["kind"]) == ("member", "peace_operation")
    assert (by_group["SAARC"]["role"], by_group["SAARC"]["kind"]) == ("member", "organisation")
    full_count = int(plain.split("both full members: ", 1)[1].split(")", 1)[0])
    assert full_count == sum(m["role"] == "member" and m["kind"] == "organisation" for m in document["shared_memberships"])


def test_every_mission_or_force_in_the_factbook_is_a_peace_operation():
    """The Factbook does not mark them; a new one in the data must be added to the list."""
    from relations import tomlread
    from relations.model import PEACE_OPERATIONS

    parties = tomlread.loads((REPO / "data" / "factbook" / "organisations.toml").read_text())["party"]
    looks_like = re.compile(r"\b(Mission|Peacekeeping Force|Interim (Security )?Force|Observer (Force|Group)|"
                            r"Operation in|Hybrid Operation|Truce Supervision|Joint Task Force)\b")
    missions = {p["code"] for p in parties if looks_like.search(p["name"])}
    assert missions <= PEACE_OPERATIONS
    assert {"MINURSO", "MONUSCO", "UNMISS", "UNMOGIP", "UNIFIL"} <= missions
    codes = {p["code"] for p in parties}
    assert PEACE_OPERATIONS <= codes


def test_sparkline_and_year_ranges():
    from relations.commands.profile import sparkline, year_ranges

    assert sparkline([0.0, 0.5, 0.99, 1.0]) == "▁▅██"
    assert year_ranges([1980, 1981, 1982, 1990, 1992, 1993]) == "1980–82, 1990 and 1992–93"
    assert year_ranges([1965, 1966, 1973]) == "1965–66 and 1973" and year_ranges([1965, 1966, 1967, 1970]) == "1965–67 and 1970"
    assert year_ranges(range(1965, 1974)) == "1965–1973"  # across a decade, in full


# -- what a reader sees, checked against the other views (issue 20: bugs these catch) ---------------
# Through the CLI only: the profile's code is being rewritten, the words and figures must not change.


def _decade_lines(cli, *pair: str) -> dict[str, str]:
    """The timeline's figure for each decade ('1940s' -> '65% of 320'), from its plain text."""
    found = re.findall(r"^  (\d{4}s)(?: \(to [^)]*\))?\s+(\d+% of [\d,]+)$", cli("timeline", *pair).stdout, re.M)
    return dict(found)


def test_profile_decade_shares_are_rounded_as_the_timeline_rounds_them(cli):
    """Canada–France: the 1940s are 65.5% and a bit (64 if truncated), the 2010s 61.48% (62 if
    rounded up): the profile's first and last decades say what the timeline says."""
    line = next(x for x in _profile_block(cli("show", "canada", "france", "--profile").stdout.splitlines())
                if x.startswith("  UN votes"))
    assert line.endswith("by decade ▆▆▅▆▇▇▆▅ (1940s 65%, 2010s 61%) [1]"), line
    decades = _decade_lines(cli, "canada", "france")
    assert decades["1940s"].startswith("65% of ") and decades["2010s"].startswith("61% of ")


def test_a_decade_at_a_half_rounds_up_in_the_profile_as_everywhere(cli):
    """United Arab Emirates–Cameroon, 2010s: 535 same votes of 781, 68.502%."""
    plain = cli("show", "united arab emirates", "cameroon", "--profile").stdout
    line = next(x for x in _profile_block(plain.splitlines()) if x.startswith("  UN votes"))
    assert line.startswith("  UN votes     same vote on 69% of 781 roll calls, 2010–2019 (abstaining counts as a vote"), line
    assert "2010s 69%)" in line, line


def test_timeline_decades_round_halves_up_from_the_counts(cli):
    """United Arab Emirates–Cameroon: the 1990s are exactly 92.5% (666 of 720: 92 if rounded to
    even or truncated), the 2010s 68.502% (68 if rounded from a 4-decimal share), the 1970s 91.75%
    (91 if truncated), the 2000s 72.23% (73 if rounded up)."""
    assert _decade_lines(cli, "united arab emirates", "cameroon") == {
        "1970s": "92% of 800", "1980s": "91% of 1,343", "1990s": "93% of 720", "2000s": "72% of 785",
        "2010s": "69% of 781", "2020s": "100% of 1"}


def test_visas_each_way_say_who_travels_where(cli):
    """Canada–France: visa-free for Canadians going to France, an ETA for the French going to
    Canada; the profile says so, in the order of the pair, as the visa facts do."""
    document = cli("show", "canada", "france", "--json").json()
    visas = next(x for x in document["profile"]["lines"] if x["key"] == "visas")
    assert visas["text"] == ("Canada → France: visa-free (90 days); France → Canada: electronic travel authorisation "
                             "(Passport Index, Jan 2025)")
    assert visas["sentence"].startswith("Holders of Canada's passport may visit France without a visa for up to 90 "
                                        "days; holders of France's passport need an electronic travel authorisation "
                                        "to visit Canada")
    assert visas["values"] == {"CA_to_FR": "visa_free", "FR_to_CA": "eta", "as_of": "2025-01-12"}
    facts = {tuple(f["parties"]): f["text"] for f in document["facts"] if f["id"].startswith("visas.")}
    assert "Canada's passport" in facts[("CA", "FR")] and "visit France" in facts[("CA", "FR")]
    assert "France's passport" in facts[("FR", "CA")] and "electronic travel authorisation" in facts[("FR", "CA")]
    # the other order of the pair reads the other way round
    reverse = next(x for x in cli("show", "france", "canada", "--json").json()["profile"]["lines"] if x["key"] == "visas")
    assert reverse["text"] == ("France → Canada: electronic travel authorisation; Canada → France: visa-free (90 days) "
                               "(Passport Index, Jan 2025)")


def test_shared_blocs_name_five_and_count_the_rest(cli):
    """Canada–France share six of the key blocs (NATO, OSCE, G-7, G-20, OECD, OIF) among 59 full
    memberships: five are named, the other 54 counted."""
    document = cli("show", "canada", "france", "--json").json()
    blocs = next(x for x in document["profile"]["lines"] if x["key"] == "blocs")
    assert blocs["text"] == "NATO, OSCE, G-7, G-20, OECD (and 54 more)"
    assert blocs["sentence"] == "Both are full members of NATO, OSCE, G-7, G-20 and OECD, and of 54 other organisations."
    full = [m["group"] for m in document["shared_memberships"] if m["role"] == "member" and m["kind"] == "organisation"]
    assert len(full) == 59 and {"NATO", "OSCE", "G-7", "G-20", "OECD", "OIF"} <= set(full)


@pytest.mark.parametrize("form", ["plain.txt", "json"])
def test_profile_golden_of_a_pair_with_visas_differing_and_six_key_blocs(cli, form):
    """Canada–France, plain and JSON (the profile object of `show --json`)."""
    result = cli("show", "canada", "france", "--profile", *(["--json"] if form == "json" else []))
    assert result.exit_code == 0, result.stderr
    text = result.stdout if form != "json" else json.dumps(result.json()["profile"], ensure_ascii=False, indent=2) + "\n"
    check_golden(f"profile-canada-france.{form}", text, REGENERATE)


@pytest.mark.parametrize("form", [[], ["--format", "markdown"]], ids=["plain", "markdown"])
def test_the_profiles_sources_are_numbered_without_a_gap(cli, form):
    """With --profile (and in markdown, whose facts table names sources by id), the sources listed
    are those the profile cites, numbered 1 to N: UK–Argentina has a source that only a regional
    fact cites, which once left [8] out of the list."""
    import re

    out = cli("show", "united kingdom", "argentina", "--profile", *form).stdout
    listed = [int(n) for n in re.findall(r"^ *\[(\d+)\] ", out, flags=re.M)]
    assert listed == list(range(1, len(listed) + 1)) and len(listed) >= 8
    cited = {int(n) for n in re.findall(r"\[(\d+)\](?!\s*[A-Z][^\n]*\.\s*$)", out)}
    assert cited <= set(listed)
