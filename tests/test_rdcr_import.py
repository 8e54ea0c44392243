"""The Office of the Historian's guide importer: committed data/rdcr matches a re-run, and samples
match the TEI files exactly."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from importers import rdcr
from importers.common import load_toml

REPO = Path(__file__).resolve().parents[1]
RDCR_DIR = Path(__file__).parents[1].parent / "shared" / "rdcr"
DATA = REPO / "data" / "rdcr"
TEI = "{http://www.tei-c.org/ns/1.0}"

needs_raw = pytest.mark.skipif(
    not (RDCR_DIR / "articles").is_dir(), reason=f"raw guide not available at {RDCR_DIR}"
)


def committed() -> dict:
    facts, parties = [], []
    for path in sorted(DATA.glob("*.toml")):
        doc = load_toml(path)
        facts += doc.get("fact", [])
        parties += doc.get("party", [])
    return {"facts": facts, "parties": parties}


@pytest.fixture(scope="module")
def data() -> dict:
    return committed()


def pair(data: dict, code: str) -> list[dict]:
    return [f for f in data["facts"] if f["parties"] == ["US", code]]


def timeline(stem: str) -> list[tuple[str, str]]:
    """(head text, paragraph text) of each timeline event of a guide file."""
    root = ET.parse(RDCR_DIR / "articles" / f"{stem}.xml").getroot()
    out = []
    for div in root.iter(f"{TEI}div"):
        if div.get("type") == "timeline":
            head = div.find(f"{TEI}head")
            body = " ".join("".join(p.itertext()) for p in div.findall(f"{TEI}p"))
            out.append((" ".join("".join(head.itertext()).split()) if head is not None else "", " ".join(body.split())))
    return out


@needs_raw
def test_rerun_is_byte_identical(tmp_path: Path) -> None:
    out, report = rdcr.build(RDCR_DIR)
    rdcr.replace_folder(tmp_path, out)
    written = sorted(p.name for p in tmp_path.glob("*.toml"))
    assert written == sorted(p.name for p in DATA.glob("*.toml"))
    for name in written:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
        assert len((tmp_path / name).read_bytes()) < 2_000_000
    # every event is either a fact or listed with a reason
    assert report["facts"] + len(report["skipped"]) == report["events"]
    assert not report["unmapped"]
    text = rdcr.report_text(report, out)
    assert "events not imported" in text
    assert text == (DATA / "report.md").read_text(encoding="utf-8"), "re-run `python -m importers.rdcr`"


@needs_raw
def test_belize_samples_match_the_xml(data: dict) -> None:
    events = timeline("belize")
    assert "1981-10-29" in ET.tostring(ET.parse(RDCR_DIR / "articles" / "belize.xml").getroot(), encoding="unicode")
    facts = {f["kind"]: f for f in pair(data, "BZ")}
    assert facts["recognition"]["date"] == "1981-10-29"
    assert facts["recognition"]["text"] == "The United States recognised Belize's independence."
    # relations: the paragraph writes the date in words
    rel = facts["relations_established"]
    assert "October 29, 1981" in events[1][1]
    assert rel["date"] == "1981-10-29"
    move = facts["mission_moved"]
    assert "December 11, 2006" in events[2][1]
    assert move["date"] == "2006-12-11"
    assert move["text"] == "The US embassy moved from Belize City to Belmopan."
    assert {"name": "Belmopan", "key": "belmopan", "country": "BZ"} in move["places"]
    for f in facts.values():
        assert f["locator"] == "https://history.state.gov/countries/belize"
        assert f["sources"] == ["rdcr"]
        # never a copy of the guide's sentences
        for _head, body in events:
            assert f["text"] not in body


def test_colombia_starts_in_the_1820s(data: dict) -> None:
    dates = sorted(f["date"] for f in pair(data, "CO") if f.get("date"))
    assert dates and re.match(r"182\d", dates[0])


def test_germany_breaks_and_resumptions(data: dict) -> None:
    kinds = {f["kind"] for f in pair(data, "DE")}
    assert kinds & {"relations_severed", "relations_interrupted", "relations_ended"}
    assert "relations_resumed" in kinds
    severed = [f for f in pair(data, "DE") if f["kind"] == "relations_severed"]
    assert any(f["date"] == "1941-12-11" for f in severed)


def test_czechoslovakia_is_historical_with_facts(data: dict) -> None:
    parties = {p["code"]: p for p in data["parties"]}
    cz = parties["H-CZECHOSLOVAKIA"]
    assert cz["kind"] == "historical"
    assert "CSHH" in cz["aliases"]
    assert cz["successors"] == ["CZ", "SK"]
    assert cz["sources"] == ["rdcr"]
    facts = pair(data, "H-CZECHOSLOVAKIA")
    assert any(f["kind"] == "recognition" and f["date"] == "1918-09-03" for f in facts)


def test_model_rules(data: dict) -> None:
    topics = {t["id"] for t in load_toml(REPO / "data" / "topics.toml")["topic"]}
    ids = [f["id"] for f in data["facts"]]
    assert len(ids) == len(set(ids))
    codes = {p["code"] for p in data["parties"]}
    countries = REPO / "data" / "countries.toml"
    if countries.exists():
        codes |= {p["code"] for p in load_toml(countries)["party"]}
    for f in data["facts"]:
        assert re.fullmatch(r"[a-z0-9._-]+", f["id"]), f["id"]
        assert f["topic"] in topics
        assert len(f["parties"]) == 2 and f["parties"][0] == "US"
        if countries.exists():
            assert f["parties"][1] in codes, f["id"]
        if "date" in f:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", f["date"]), f["id"]
        assert f["text"].endswith(".") and f["text"][0].isupper()


def test_every_event_reads_as_a_sentence_not_a_quoted_heading(data: dict) -> None:
    """Headings the importer cannot put into words get a reviewed text (importers/rdcr_texts.py)."""
    quoting = [f["id"] for f in data["facts"] if f["text"].startswith("The guide records")]
    assert quoting == []
    dubs = next(f for f in data["facts"] if f["id"] == "rdcr.afghanistan.05.other")
    assert "Adolph Dubs" in dubs["text"] and dubs["date"] == "1979-02-14"
    assert dubs["values"]["label"] == "Assassination of the U.S. Ambassador"


def test_untitled_entries_with_a_reviewed_reading_are_facts(data: dict, cli) -> None:
    treaty = next(f for f in data["facts"] if f["id"] == "rdcr.austria.10.treaty")
    assert treaty["date"] == "1955-05-15" and treaty["parties"] == ["US", "AT"] and treaty["topic"] == "treaty"
    shown = cli("show", "usa", "austria", "--json").json()
    assert "rdcr.austria.10.treaty" in [f["id"] for f in shown["facts"]]
    # an entry describing a situation, with no date, stays undated rather than being given one
    dominica = next(f for f in data["facts"] if f["id"] == "rdcr.dominica.02.other")
    assert "date" not in dominica and dominica["text"].startswith("According to the guide")


@needs_raw
def test_reviewed_texts_do_not_repeat_their_paragraph(data: dict) -> None:
    """The texts written from a paragraph (importers/rdcr_texts.py) keep its facts, dates and names,
    not its sentences: no run of 10 words in common. (The other facts are written from headings.)"""
    from importers import rdcr_texts

    words = re.compile(r"[0-9a-zà-ÿ]+(?:['’][a-z]+)?")
    written = set(rdcr_texts.TEXTS) | set(rdcr_texts.UNTITLED)
    paragraphs: dict[str, list[tuple[str, str]]] = {}
    checked, copied = 0, []
    for fact in data["facts"]:
        stem, number = fact["id"].split(".")[1:3]
        if f"{stem}.{number}" not in written:
            continue
        if stem not in paragraphs:
            paragraphs[stem] = timeline(stem)
        body = words.findall(paragraphs[stem][int(number) - 1][1].lower())
        grams = {tuple(body[i:i + 10]) for i in range(len(body) - 9)}
        text = words.findall(fact["text"].lower())
        checked += 1
        if any(tuple(text[i:i + 10]) in grams for i in range(len(text) - 9)):
            copied.append(fact["id"])
    assert checked >= 100 and copied == []
