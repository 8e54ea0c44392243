"""The Office of the Historian layer: dates you can defend, texts that read right, historical
states complete (issue 15). Each example the issue names is pinned to its fixed value."""

from __future__ import annotations

import io
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from importers import rdcr_tables, rdcr_texts
from importers.common import load_toml

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data" / "rdcr"
RDCR_DIR = REPO.parent / "shared" / "rdcr"
needs_raw = pytest.mark.skipif(
    not (RDCR_DIR / "articles").is_dir(), reason=f"raw guide not available at {RDCR_DIR}"
)


@pytest.fixture(scope="module")
def facts() -> dict[str, dict]:
    out = {}
    for path in sorted(DATA.glob("events-*.toml")):
        for fact in load_toml(path).get("fact", []):
            out[fact["id"]] = fact
    return out


@pytest.fixture(scope="module")
def parties() -> dict[str, dict]:
    return {p["code"]: p for p in load_toml(DATA / "parties.toml")["party"]}


# ------------------------------------------------------------------------------------------------
# Dates
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("fact_id", "date"), [
    ("rdcr.yemen.03.recognition", "1967-12-07"),  # not South Yemen's independence (1967-11-30)
    ("rdcr.nicaragua.10.relations_resumed", "1926-11-17"),  # the note, not the election (11 November)
    # accessions to the extradition convention of 16 June 1852: each on its own date
    ("rdcr.mecklenburg-schwerin.04.treaty", "1853-11-26"),
    ("rdcr.mecklenburg-strelitz.03.treaty", "1853-12-02"),
    ("rdcr.oldenburg.04.treaty", "1853-12-30"),
    ("rdcr.schaumburg-lippe.03.treaty", "1854-06-07"),
    ("rdcr.wurttemberg.06.treaty", "1853-10-13"),
    ("rdcr.mecklenburg-schwerin.03.treaty", "1847-12-09"),  # not the Hanover treaty of 1846 it acceded to
    ("rdcr.two-sicilies.06.treaty", "1835-12-26"),  # not the 1832 convention its title names
    ("rdcr.saint-lucia.01.recognition", "1979-05-17"),  # formal recognition, not independence
    ("rdcr.mexico.09.relations_severed", "1914-04-22"),  # not the Tampico incident
    ("rdcr.germany.08.relations_resumed", "1921-12-10"),  # relations, not the treaty restoring them
    ("rdcr.federal-government-germany.03.relations_ended", "1849-11-02"),  # not an earlier accreditation
    ("rdcr.china.13.mission_moved", "1941-12-08"),
])
def test_dates_the_issue_and_the_audit_found_wrong(facts: dict, fact_id: str, date: str) -> None:
    assert facts[fact_id]["date"] == date


def test_no_treaty_takes_its_date_from_another_treatys_title(facts: dict) -> None:
    for fact in facts.values():
        if fact["kind"] in ("treaty", "agreement") and fact.get("date") == "1852-06-16":
            assert "extradition" not in fact["text"].lower() or "Prussia" in fact["parties"], fact["id"]


def test_a_tagged_date_that_its_text_contradicts_is_noted(facts: dict) -> None:
    afghanistan = facts["rdcr.afghanistan.01.recognition"]
    assert afghanistan["date"] == "1921-07-26"  # the guide's text; its tag says 1921-07-21
    assert "1921-07-21" in afghanistan["note"] and "1921-07-26" in afghanistan["note"]


def test_every_reviewed_date_has_a_reason_and_is_used(facts: dict) -> None:
    for key, spec in rdcr_tables.DATE_OVERRIDES.items():
        assert spec["reason"].strip() and "\n" not in spec["reason"], key
        stem, number = key.rsplit(".", 1)
        matching = [f for f in facts.values() if f["id"].startswith(f"rdcr.{stem}.{number}.")]
        assert len(matching) == 1, key
        assert matching[0]["date"] == spec["date"] and matching[0]["values"]["date_from"] == "reviewed", key


@needs_raw
def test_the_audit_lists_every_multi_date_entry_with_its_sentences() -> None:
    from importers import rdcr_audit

    buf = io.StringIO()
    with redirect_stdout(buf):
        assert rdcr_audit.main([str(RDCR_DIR)]) == 0
    out = buf.getvalue()
    block = out.split("rdcr.yemen.03.recognition", 1)[1].split("\n\n", 1)[0]
    assert "chosen 1967-12-07" in block
    assert "  * 1967-12-07" in block and "    1967-11-30" in block and "did not recognize it until December 7" in block
    summary = out.strip().splitlines()[-1]
    count = int(summary.split()[0])
    assert count > 300 and "reviewed" in summary


# ------------------------------------------------------------------------------------------------
# Texts
# ------------------------------------------------------------------------------------------------
_VERBS = r"opened|closed|established|moved|raised|recogni[sz]ed|severed|resumed|signed|appointed|accredited|elevated|reopened"
# "X opened a consulate in Y was opened": an active verb and a passive one of the same kind in one clause
DOUBLED = re.compile(rf"\b({_VERBS})\b[^;:,()]*?\b(?:was|were|is|are|has been|had been) ({_VERBS})\b")
DANGLING = re.compile(r"(?:(?:^|(?<=\s))(?:of|and|or|the|a|an|in|to|for|with|between|on|by|from|at|its|their)|[,;:…])\.?$", re.I)
FINITE = re.compile(rf"\b({_VERBS}|recognised|recognized|ended|were|was|is|are|became|joined|signed|lists|took|"
                    r"declared|left|withdrew|expelled|interrupted|suspended|restored|broke|united|merged|met|"
                    r"received|presented|concluded|named|came|began|passed|changed|had|gave|sent|set|made|"
                    r"agreed|announced|held|kept|created|ceased|annexed|seceded|fell|entered|served|founded|"
                    r"granted|remained|carried|rose|has|have|live|lives|travel|[a-z]+ed)\b")


_ABBREV = re.compile(r"(?:\b[A-Z]|U\.S|Jr|Sr|Mr|Mrs|Dr|St|Gen|Lt|Col|Capt|No|Ft|Hon|Rev)\.$")


def sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in re.finditer(r"(?<=[.;]) (?=[A-Z“\"])", text):
        if not _ABBREV.search(text[start:m.start()]):
            out.append(text[start:m.start()])
            start = m.end()
    return out + [text[start:]]


def check_text(text: str) -> list[str]:
    problems = []
    if len(text.strip()) < 20:
        problems.append("empty or too short")
    if not text[:1].isupper() or not text.endswith("."):
        problems.append("not a sentence")
    if "…" in text or "None" in text.split():
        problems.append("cut off or a missing value")
    for sentence in sentences(text):
        if DOUBLED.search(sentence) and not re.search(r"\b(and|when|after|which|that|who|where|until|before|but)\b",
                                                    DOUBLED.search(sentence).group(0)):
            problems.append(f"two finite verbs of the same shape: {DOUBLED.search(sentence).group(0)!r}")
        if not FINITE.search(sentence):
            problems.append(f"a fragment without a verb: {sentence!r}")
        if DANGLING.search(sentence.rstrip(".;")):
            problems.append(f"ends mid-phrase: {sentence!r}")
    if re.search(r"\b(\w+) \1\b", text, re.I):
        problems.append("a doubled word")
    return problems


def test_the_checks_catch_the_garbled_texts_the_issue_found() -> None:
    assert check_text("The United States opened a consulate in Grand Duchy of Baden was opened on July 13.")
    assert check_text("The guide lists a treaty between the United States and Oldenburg: Declaration of Accession to the Convention for….")
    assert check_text("The guide lists a treaty: Treaty with Hanover of.")
    assert check_text("Of the legation.")
    assert not check_text("The United States opened its first consulate in the Grand Duchy of Baden, at Baden-Baden.")


def test_every_historian_text_reads_as_whole_sentences(facts: dict) -> None:
    bad = {fid: check_text(f["text"]) for fid, f in facts.items() if check_text(f["text"])}
    assert bad == {}


def test_treaty_titles_are_whole(facts: dict) -> None:
    for fact in facts.values():
        title = fact.get("values", {}).get("title")
        if title:
            assert not DANGLING.search(title), (fact["id"], title)
            assert not title.endswith("…"), fact["id"]
    accession = facts["rdcr.oldenburg.04.treaty"]["values"]["title"]
    assert accession.endswith("of 16 June 1852 between the United States and Prussia and Other States of the Germanic Confederation")
    sicilies = facts["rdcr.two-sicilies.06.treaty"]["values"]["title"]
    assert sicilies.endswith("Remaining Under the Convention of 14 October 1832")


def test_a_title_is_quoted_as_a_title_and_a_label_is_short(facts: dict) -> None:
    """A treaty's text quotes its title whole in “...”; a heading of 12+ words is not kept as a label."""
    words = re.compile(r"[0-9a-zà-ÿ]+(?:['’][a-z]+)?")
    for fact in facts.values():
        values = fact.get("values", {})
        if "title" in values:
            assert f": “{values['title']}”." in fact["text"], fact["id"]
        if "label" in values:
            assert len(words.findall(values["label"].lower())) < 12 or values["label"] in rdcr_texts.LABELS.values(), fact["id"]
    assert facts["rdcr.yemen.16.other"]["values"]["label"] == "North and South Yemen unite"


@pytest.mark.parametrize(("fact_id", "text"), [
    ("rdcr.baden.02.consulate_opened", "The United States opened its first consulate in the Grand Duchy of Baden, at Baden-Baden."),
    ("rdcr.bavaria.02.consulate_opened", "The United States opened its first consulate in the Kingdom of Bavaria."),
])
def test_the_first_consulates_of_baden_and_bavaria(facts: dict, fact_id: str, text: str) -> None:
    assert facts[fact_id]["text"] == text


def test_the_embassy_that_moved_twice_says_where_and_when(facts: dict) -> None:
    fact = facts["rdcr.russia.06.mission_moved"]
    assert fact["text"] != "The US embassy moved twice."
    for words in ("Vologda", "Archangel", "27 February", "9 August", "St. Petersburg"):
        assert words in fact["text"]
    assert fact["date"] == "1918-02-27/1918-08-09"


def test_a_state_is_named_as_it_was_at_the_time(facts: dict) -> None:
    prague = facts["rdcr.czechoslovakia.02.consulate_opened"]
    assert "in Czechoslovakia" not in prague["text"] and "Austria-Hungary" in prague["text"]
    assert "did not exist until 1918" in prague["note"]
    serbia = facts["rdcr.kingdom-of-yugoslavia.03.relations_established"]
    assert serbia["parties"] == ["US", "H-KINGDOM-OF-SERBIA"] and "Kingdom of Serbia" in serbia["text"]
    assert "Yugoslavia" not in serbia["text"]


@pytest.mark.parametrize(("fact_id", "text"), [
    ("rdcr.turkey.01.recognition", "The United States and the Ottoman Empire recognised each other."),
    ("rdcr.saudi-arabia.01.recognition", "The United States recognised the Kingdom of Hejaz and Nejd."),
    ("rdcr.yemen.09.relations_severed",
     "Diplomatic relations between the United States and the Yemen Arab Republic (North Yemen) were severed."),
    ("rdcr.iran.01.recognition", "The United States and Persia recognised each other."),
])
def test_former_names_in_texts_written_from_headings(facts: dict, fact_id: str, text: str) -> None:
    assert facts[fact_id]["text"] == text


def test_facts_from_before_a_state_existed_say_where_it_was(facts: dict) -> None:
    assert "Ottoman Empire" in facts["rdcr.iraq.02.consular_relations_established"]["text"]
    assert "southern Sudan" in facts["rdcr.south-sudan.02.consular_relations_established"]["text"]


def test_abbreviated_months_are_read(facts: dict) -> None:
    assert facts["rdcr.yemen.13.mission_closed"]["date"] == "1969-10-26"
    assert facts["rdcr.saudi-arabia.05.mission_moved"]["date"] == "1984-09-26"


def test_cuba_recognition_says_what_the_paragraph_says(facts: dict) -> None:
    cuba = facts["rdcr.cuba.01.recognition"]
    assert cuba["date"] == "1902-05-19/1902-05-20"
    assert "installed" in cuba["note"] and "occupation" in cuba["note"]


# ------------------------------------------------------------------------------------------------
# Historical states
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("code", "successors"), [
    ("H-PRUSSIA", ["DE"]),
    ("H-YUGOSLAVIA", ["BA", "HR", "MK", "ME", "RS", "SI"]),
    ("H-KINGDOM-OF-SERBIA", ["H-YUGOSLAVIA", "RS"]),
    ("H-KOREA", ["KR", "KP"]),
    ("H-NASSAU", ["DE"]),
    ("H-HANOVER", ["DE"]),
    ("H-AUSTRIAN-EMPIRE", ["AT", "HU"]),
    ("H-SOUTH-YEMEN", ["YE"]),
    ("H-SOUTH-VIETNAM", ["VN"]),
])
def test_reviewed_successors(parties: dict, code: str, successors: list[str]) -> None:
    assert parties[code]["successors"] == successors
    assert parties[code]["kind"] == "historical" and "reviewed" in parties[code]["note"].lower()


def test_existing_party_codes_are_kept(parties: dict) -> None:
    for code in ("H-AUSTRIAN-EMPIRE", "H-CZECHOSLOVAKIA", "H-EAST-GERMANY", "H-HANOVER", "H-HAWAII", "H-KOREA",
                 "H-NASSAU", "H-NORTH-GERMAN-CONFEDERATION", "H-SOVIET-UNION", "H-TEXAS", "H-YUGOSLAVIA"):
        assert code in parties


def test_prussia_has_its_own_facts(facts: dict) -> None:
    assert facts["rdcr.germany.01.recognition"]["parties"] == ["US", "H-PRUSSIA"]
    assert facts["rdcr.germany.01.recognition"]["date"] == "1785-09-18"
    assert facts["rdcr.germany.03.relations_established"]["parties"] == ["US", "H-PRUSSIA"]
    assert facts["rdcr.germany.04.relations_established"]["parties"] == ["US", "DE"]


def test_states_a_page_shares_are_filed_by_the_state_of_the_time(facts: dict) -> None:
    assert facts["rdcr.yemen.03.recognition"]["parties"] == ["US", "H-SOUTH-YEMEN"]
    assert facts["rdcr.yemen.14.relations_resumed"]["parties"] == ["US", "YE"]  # North Yemen
    assert facts["rdcr.vietnam.04.relations_established"]["parties"] == ["US", "H-SOUTH-VIETNAM"]
    assert "State of Vietnam" in facts["rdcr.vietnam.04.relations_established"]["text"]
    assert facts["rdcr.vietnam.09.relations_resumed"]["parties"] == ["US", "VN"]


def test_kingdom_of_serbia_is_not_an_alias_of_yugoslavia(parties: dict) -> None:
    assert "Kingdom of Serbia" not in parties["H-YUGOSLAVIA"].get("aliases", [])
    assert parties["H-KINGDOM-OF-SERBIA"]["name"] == "Kingdom of Serbia"


def test_names_resolve(cli) -> None:
    shown = cli("show", "usa", "prussia", "--json").json()
    assert shown["parties"][1]["code"] == "H-PRUSSIA"
    assert {f["id"] for f in shown["facts"]} >= {"rdcr.germany.01.recognition", "rdcr.germany.03.relations_established"}
    serbia = cli("show", "usa", "kingdom of serbia", "--json").json()
    assert serbia["parties"][1]["code"] == "H-KINGDOM-OF-SERBIA"
