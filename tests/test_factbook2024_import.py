"""The Factbook's April 2024 transnational issues: reproducible, complete, and a sample read against the source.

Every paragraph of every entry's "Disputes - international" is either a fact (or several, for a
paragraph on three parties or more) or a row of the import report's set-aside table; a seeded
sample of 30 dispute facts was read by hand against the paragraphs and its pair, status, places and
year are fixed here.
"""

from __future__ import annotations

import functools
import html
import json
import random
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
INPUT = REPO.parent / "shared" / "factbook-2024" / "transnational-issues-2024-04-18.json"
COMMITTED = REPO / "data" / "factbook2024"

if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib  # type: ignore[no-redef]

needs_input = pytest.mark.skipif(not INPUT.is_file(), reason=f"the raw Factbook 2024 file is not at {INPUT}")

STATUSES = {"open", "settled", "issue", "none_identified"}
DISPUTE_KEYS = {"status", "places", "year", "entry"}


@functools.cache
def facts(name: str) -> dict[str, dict]:
    doc = tomllib.loads((COMMITTED / name).read_text(encoding="utf-8"))
    return {f["id"]: f for f in doc["fact"]}


def disputes() -> dict[str, dict]:
    return facts("disputes.toml")


def refugees() -> dict[str, dict]:
    return facts("refugees.toml")


@pytest.fixture(scope="module")
def rerun(tmp_path_factory):
    from importers.factbook2024 import run

    out = tmp_path_factory.mktemp("factbook2024")
    report = run(INPUT, out)
    return out, report


@needs_input
def test_rerun_is_byte_identical_to_committed_data(rerun):
    out, report = rerun
    assert report.problems == []
    fresh = {p.name: p.read_bytes() for p in out.iterdir()}
    kept = {p.name: p.read_bytes() for p in COMMITTED.iterdir()}
    assert sorted(fresh) == sorted(kept) == ["disputes.toml", "refugees.toml", "report.md", "sources.toml"]
    for name in fresh:
        assert fresh[name] == kept[name], f"{name} differs: re-run `python -m importers.factbook2024`"
    assert max(len(b) for b in fresh.values()) < 1_000_000


def _raw_paragraphs() -> list[tuple[str, str]]:
    """(entry name, paragraph) for every paragraph of every disputes field, split independently of the importer."""
    raw = json.loads(INPUT.read_text(encoding="utf-8"))
    out = []
    for key in sorted(raw):
        node = raw[key].get("Transnational Issues", {}).get("Disputes - international")
        if not isinstance(node, dict) or not node.get("text"):
            continue
        for part in re.split(r"(?i)</?p>|<br\s*/?>", node["text"]):
            text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", part)).replace("\xa0", " ")).strip()
            if text:
                out.append((key, text))
    return out


@needs_input
def test_every_paragraph_is_a_fact_or_set_aside_with_a_reason():
    paragraphs = _raw_paragraphs()
    assert len(paragraphs) > 500
    headed = [t for _, t in paragraphs if re.match(r"^[A-Z][^:;,]{2,150}?-[^:;,]*:", t)]
    assert len(headed) >= 440  # the README: 370 naming a dispute, 80 "none identified"
    # Each fact's locator names its entry and, for a paragraph headed by a pair, that heading.
    located = {f["locator"] for f in disputes().values()}
    report = (COMMITTED / "report.md").read_text(encoding="utf-8")
    table = report[report.index("### Disputes: paragraphs and parts of paragraphs"):report.index("### Refugees: figures")]
    set_aside_disputes = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| entry |")]
    whole = [row for row in set_aside_disputes if "part of a paragraph" not in row]
    assert len(located) + len(whole) == len(paragraphs)
    for _, text in paragraphs:
        heading = re.match(r"^([A-Z][^:;,]{2,150}?-[^:;,]*?)\s*:", text)
        if heading and "paragraph on " + heading.group(1).strip() not in " ".join(located):
            assert any(heading.group(1).strip()[:40] in row for row in whole), f"not accounted for: {text[:80]!r}"
    for row in set_aside_disputes:
        why = row.rstrip(" |").rsplit(" | ", 1)[-1]
        assert len(why) > 15, row


def test_dispute_values_have_exactly_the_agreed_keys():
    for ident, fact in disputes().items():
        values = fact["values"]
        assert set(values) <= DISPUTE_KEYS and {"status", "entry"} <= set(values), ident
        assert values["status"] in STATUSES, ident
        assert fact["topic"] == "dispute" and fact["date"] == "2024-04" and fact["sources"] == ["factbook-2024"]
        assert re.fullmatch(r"factbook2024\.dispute\.[a-z]{2}-[a-z]{2}\.[a-z]{2}(-[a-z0-9]+)?", ident), ident
        assert ident.split(".")[2] == "-".join(p.lower() for p in fact["parties"])
        assert "places" not in values or (values["places"] and all(isinstance(p, str) for p in values["places"]))
        assert "year" not in values or (isinstance(values["year"], int) and str(values["year"]) in fact["text"])
        assert ".json" not in fact["locator"] and "entry: Transnational Issues > Disputes - international" in fact["locator"]
        if values["status"] == "none_identified":
            assert "places" not in values and "year" not in values
            assert "not proof that none exists" in fact["text"]


def test_none_against_an_issue_is_recorded_as_a_conflict_both_ways():
    facts_ = disputes()
    ba = facts_["factbook2024.dispute.ba-me.ba"]
    me = facts_["factbook2024.dispute.ba-me.me"]
    assert ba["values"]["status"] == "none_identified" and me["values"]["status"] == "open"
    assert me["id"] in ba["conflicts_with"] and ba["id"] in me["conflicts_with"]
    for fact in facts_.values():
        for other in fact.get("conflicts_with", []):
            assert fact["id"] in facts_[other]["conflicts_with"]
            reviewed = {"factbook2024.dispute.ci-gh.ci", "factbook2024.dispute.ci-gh.gh"}  # settled in one entry, open in the other
            assert {fact["values"]["status"], facts_[other]["values"]["status"]} & {"none_identified"} or {fact["id"], other} == reviewed
    pairs = {tuple(f["parties"]) for f in facts_.values() if f.get("conflicts_with")}
    assert len(pairs) >= 11


# Read by hand against the source paragraphs: id (after "factbook2024.dispute."), pair, status,
# places, year. random.Random(2024).sample of the sorted ids, 30 of them.
SAMPLE = [
    ("my-th.my", ("MY", "TH"), "issue", [], 2008),
    ("cn-ph.ph", ("CN", "PH"), "open", ["Scarborough Reef", "Spratly Islands"], 2005),
    ("gt-mx.gt", ("GT", "MX"), "issue", [], None),
    ("co-pa.pa", ("CO", "PA"), "issue", [], None),
    ("kz-ru.ru", ("KZ", "RU"), "issue", [], 2013),
    ("et-sd.et", ("ET", "SD"), "issue", [], 2023),
    ("sz-za.za", ("SZ", "ZA"), "open", ["land in South Africa claimed by Eswatini"], None),
    ("eg-ly.ly", ("EG", "LY"), "none_identified", [], None),
    ("om-ye.ye", ("OM", "YE"), "none_identified", [], None),
    ("iq-kw.kw", ("IQ", "KW"), "issue", [], 2012),
    ("kz-uz.uz", ("KZ", "UZ"), "open", [], 2023),
    ("sk-ua.ua", ("SK", "UA"), "issue", [], None),
    ("dk-ie.dk", ("DK", "IE"), "open", ["the Faroe Islands' continental shelf"], None),
    ("gy-sr.sr", ("GY", "SR"), "open", ["the New River Triangle"], 2007),
    ("vc-ve.vc", ("VC", "VE"), "open", ["Aves Island"], None),
    ("id-pw.id", ("ID", "PW"), "issue", [], None),
    ("rw-ug.rw", ("RW", "UG"), "issue", [], 2007),
    ("bd-mm.mm", ("BD", "MM"), "issue", [], 2010),
    ("cr-ni.ni", ("CR", "NI"), "open", ["the San Juan River and Calero Island"], 2018),
    ("my-sg.my", ("MY", "SG"), "open", ["Pedra Branca, Middle Rocks and South Ledge"], 2008),
    ("cd-zm.cd", ("CD", "ZM"), "open", ["the Lunkinda River triangle"], None),
    ("sz-za.sz", ("SZ", "ZA"), "open", ["land in South Africa claimed by Eswatini"], None),
    ("dj-er.er", ("DJ", "ER"), "open", ["Doumera Island and the Ras Doumera peninsula"], 2008),
    ("kz-tm.tm", ("KZ", "TM"), "issue", [], 2014),
    ("az-ir.az-2", ("AZ", "IR"), "open", ["the Caspian Sea"], None),
    ("in-pk.pk", ("IN", "PK"), "open", ["Kashmir", "Siachen Glacier", "Sir Creek"], 2008),
    ("la-mm.la", ("LA", "MM"), "none_identified", [], None),
    ("my-ph.ph", ("MY", "PH"), "open", ["Spratly Islands"], 2002),
    ("by-lt.lt", ("BY", "LT"), "issue", [], 2007),
    ("ca-us.us-2", ("CA", "US"), "issue", [], None),
]


def test_the_sample_is_the_seeded_one():
    assert [s[0] for s in SAMPLE] == [i[len("factbook2024.dispute."):] for i in random.Random(2024).sample(sorted(disputes()), 30)]


@pytest.mark.parametrize(("ident", "pair", "status", "places", "year"), SAMPLE, ids=[s[0] for s in SAMPLE])
def test_sampled_fact_matches_what_was_read(ident, pair, status, places, year):
    fact = disputes()["factbook2024.dispute." + ident]
    assert tuple(fact["parties"]) == pair
    assert fact["values"]["status"] == status
    assert fact["values"].get("places", []) == places
    assert fact["values"].get("year") == year
    assert fact["values"]["entry"] == ident.split(".")[1][:2].upper()


@needs_input
@pytest.mark.parametrize("ident", [s[0] for s in SAMPLE if s[4]], ids=[s[0] for s in SAMPLE if s[4]])
def test_sampled_year_is_in_the_entry_paragraph(ident):
    fact = disputes()["factbook2024.dispute." + ident]
    raw = json.loads(INPUT.read_text(encoding="utf-8"))
    code = fact["values"]["entry"].lower()
    entries = [v for v in raw.values() if str(v.get("internet_country_code", "")).lstrip("<p>").startswith("." + code)]
    text = " ".join(v["Transnational Issues"]["Disputes - international"]["text"] for v in entries)
    assert str(fact["values"]["year"]) in text


def test_the_three_named_disputes_are_there():
    facts_ = disputes()
    assert any("Essequibo" in facts_[i]["values"].get("places", []) for i in ("factbook2024.dispute.gy-ve.gy", "factbook2024.dispute.gy-ve.ve"))
    assert "Falkland Islands (Islas Malvinas)" in facts_["factbook2024.dispute.ar-gb.ar"]["values"]["places"]
    assert "Falkland Islands (Islas Malvinas)" in facts_["factbook2024.dispute.ar-gb.gb"]["values"]["places"]
    assert "Senkaku Islands (Diaoyu Islands)" in facts_["factbook2024.dispute.cn-jp.jp"]["values"]["places"]
    assert facts_["factbook2024.dispute.ci-gh.gh"]["values"] == {"status": "settled", "year": 2017, "entry": "GH"}


@pytest.mark.parametrize(("a", "b", "word"), [("venezuela", "guyana", "Essequibo"), ("united kingdom", "argentina", "Falkland"),
                                             ("japan", "china", "Senkaku")])
def test_show_names_the_disputed_place(cli, a, b, word):
    result = cli("show", a, b, "--json")
    assert result.exit_code == 0
    texts = [f["text"] for f in json.loads(result.stdout)["facts"] if f["id"].startswith("factbook2024.dispute.")]
    assert any(word in t for t in texts)


def test_search_finds_the_falklands(cli):
    result = cli("search", "falklands", "--json")
    assert result.exit_code == 0
    assert "factbook2024.dispute." in result.stdout


def test_refugee_facts():
    facts_ = refugees()
    syria = facts_["factbook2024.refugees.tr-sy.2024"]
    assert syria["values"] == {"host": "TR", "origin": "SY", "count": 3130768, "year": 2024}
    assert syria["parties"] == ["SY", "TR"] and syria["topic"] == "migration"
    assert "3,130,768" in syria["text"] and "not a zero" in syria["note"]
    afghans = facts_["factbook2024.refugees.pk-af.2023"]["values"]
    assert "count" not in afghans and (afghans["count_min"], afghans["count_max"]) == (2_640_000, 2_900_000)
    sahrawi = facts_["factbook2024.refugees.dz-eh.undated"]
    assert sahrawi["date"] == "2024-04" and sahrawi["values"]["qualifier"] == "more than" and "year" not in sahrawi["values"]
    for ident, fact in facts_.items():
        values = fact["values"]
        assert values["host"] in fact["parties"] and values["origin"] in fact["parties"] and values["host"] != values["origin"]
        assert isinstance(values.get("count", values.get("count_min")), int), ident
