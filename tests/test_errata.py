"""Known source errors are flagged, never corrected: a reviewed table (data/errata.toml) puts a
note, with its evidence, on a source's value; the value stays, the note is shown and in JSON."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests._userdata_support import copy_mini_shipped, use_mini

from relations import tomlread
from relations.dataset.load import load_dataset
from relations.dataset.store import open_store
from relations.paths import DataRoot

REPO = Path(__file__).resolve().parents[1]
ERRATA = tomlread.loads((REPO / "data" / "errata.toml").read_text(encoding="utf-8"))["erratum"]


def test_the_table_is_few_and_each_entry_has_its_evidence():
    assert 3 <= len(ERRATA) <= 20
    assert len({e["id"] for e in ERRATA}) == len(ERRATA)
    for entry in ERRATA:
        assert entry["problem"].strip() and entry["evidence"].strip() and entry["value"].strip()
        if "document" in entry:  # a named public document: title, publisher, date
            assert set(entry["document"]) == {"title", "publisher", "date"}
            assert "evidence_source" not in entry
        else:  # another shipped source, and where in it
            assert entry["evidence_source"] and entry["evidence_locator"]


def test_the_shipped_errata_load_without_a_problem():
    dataset = load_dataset([DataRoot(REPO / "data", "shipped")])
    assert [p for p in dataset.problems if "errata" in p.path] == []
    assert len(dataset.errata) == len(ERRATA)


@pytest.fixture(scope="module")
def store():
    return open_store()


def test_every_erratum_is_attached_where_it_belongs(store):
    for entry in ERRATA:
        if "fact" in entry:
            a, b = entry["fact"].split(".")[-1].upper().split("-")
            view = store.pair(store.party(a), store.party(b), with_history=False)
            fact = next(f for f in view.facts if f.id == entry["fact"])
            assert [e.id for e in fact.errata] == [entry["id"]]
            assert entry["source"] in fact.sources
        else:
            # a member of the group that is not the party, to make a pair that shares it
            party, group = entry["party"], entry["group"]
            other = next(p for p, _ in _members(store, group) if p != party)
            view = store.pair(store.party(party), store.party(other), with_history=False)
            shared = next(m for m in view.shared_memberships if m.group.code == group)
            assert [(e.id, e.party) for e in shared.errata] == [(entry["id"], party)]
            status = shared.status_a if view.a.code == party else shared.status_b
            assert status == entry["value"]  # the source's value stays


def _members(store, group):  # type: ignore[no-untyped-def]
    return store.connection.execute("SELECT party, status FROM members WHERE grp = ? ORDER BY party", (group,)).fetchall()


def test_the_three_of_the_issue_in_json(cli):
    doc = cli("show", "india", "pakistan", "--json").json()
    noted = {m["group"]: m["errata"] for m in doc["shared_memberships"] if m["errata"]}
    assert noted["SCO"][0]["party"] == "IN" and noted["SCO"][0]["value"] == "observer"
    assert noted["SCO"][0]["document"]["date"] == "2017-06-09"
    assert "OECD" not in noted  # Pakistan is not in the OECD: not a shared membership
    doc = cli("show", "india", "united kingdom", "--json").json()
    noted = {(e["party"], m["group"]) for m in doc["shared_memberships"] for e in m["errata"]}
    assert noted == {("IN", "OECD")}  # India is in no EU: the UK's erratum there is not shared

    doc = cli("show", "western sahara", "morocco", "--json").json()
    colony = next(f for f in doc["facts"] if f["id"] == "geodist.colony.eh-ma")
    assert colony["values"]["coloniser"] == "MA"  # the source's value stays
    assert colony["errata"][0]["evidence_source"] == "factbook"
    assert colony["errata"][0]["evidence_locator"] == "Western Sahara: Introduction > Background"

    doc = cli("show", "north korea", "south korea", "--json").json()
    visa = next(f for f in doc["facts"] if f["id"] == "visas.kp-kr")
    assert visa["values"]["requirement"] == "e_visa" and "e-visa" in visa["text"]
    assert visa["errata"][0]["document"]["title"].startswith("Inter-Korean Exchange and Cooperation Act")
    other = next(f for f in doc["facts"] if f["id"] == "visas.kr-kp")
    assert other["errata"] == []


def test_the_text_forms_show_the_note(cli, monkeypatch):
    text = cli("show", "north korea", "south korea").stdout
    lines = text.splitlines()
    at = next(n for n, line in enumerate(lines) if "need an electronic visa (e-visa) to visit South Korea" in line)
    assert lines[at + 1].strip().startswith("Erratum: North Korea's citizens cannot visit South Korea")
    text = cli("show", "india", "pakistan").stdout
    assert "Errata on shared memberships" in text
    assert "  SCO, India (observer): Erratum: India has been a full member" in text
    monkeypatch.setenv("COLUMNS", "100")
    rich = cli("show", "united kingdom", "france", "--color", "always").stdout
    assert "Errata on shared memberships" in rich and "EU, United Kingdom (member)" in rich


def test_an_erratum_on_a_fact_of_the_toml_data_goes_into_the_index(tmp_path, monkeypatch):
    mini = copy_mini_shipped(tmp_path / "shipped")
    (mini / "errata.toml").write_text(
        '[[erratum]]\nid = "test.bz-us"\nfact = "bz-us.relationship"\nsource = "belize-embassy-us-bilateral"\n'
        'value = "the text"\nproblem = "A test problem."\nevidence = "A test evidence."\n'
        'document = { title = "A title", publisher = "A publisher", date = "2020-01-01" }\n', encoding="utf-8")
    use_mini(monkeypatch, mini, tmp_path / "user", tmp_path / "cache")
    store = open_store()
    view = store.pair(store.party("BZ"), store.party("US"))
    fact = next(f for f in view.facts if f.id == "bz-us.relationship")
    assert [(e.id, e.problem) for e in fact.errata] == [("test.bz-us", "A test problem.")]
    # search reads the same stored fact
    hits = store.search("belize", limit=200).hits
    assert any(h.fact.id == "bz-us.relationship" and h.fact.errata for h in hits)


@pytest.mark.parametrize(("change", "message"), [
    ('value = "member"', "out of date"),
    ('group = "NATO"', "no membership"),
    ('source = "nowhere"', "unknown source"),
    ('evidence_source = "factbook"\nevidence_locator = "x"', "one of the two"),
])
def test_a_wrong_erratum_is_a_problem(tmp_path, change, message):
    folder = tmp_path / "shipped"
    shutil.copytree(REPO / "data" / "factbook", folder / "factbook")
    for name in ("countries.toml", "groups.toml", "topics.toml", "sources.toml"):
        shutil.copy2(REPO / "data" / name, folder / name)
    entry = {"id": '"x"', "party": '"IN"', "group": '"SCO"', "source": '"factbook"', "value": '"observer"',
             "problem": '"p"', "evidence": '"e"'}
    key = change.split(" = ")[0]
    text = "[[erratum]]\n" + "".join(f"{k} = {v}\n" for k, v in entry.items() if k != key) + change + "\n"
    text += 'document = { title = "t", publisher = "p", date = "2020" }\n'
    (folder / "errata.toml").write_text(text, encoding="utf-8")
    problems = [p.message for p in load_dataset([DataRoot(folder, "shipped")]).problems]
    assert any(message in p for p in problems), problems


def test_a_user_file_cannot_add_an_erratum(tmp_path):
    user = tmp_path / "user"
    user.mkdir()
    (user / "mine.toml").write_text(
        '[[erratum]]\nid = "x"\nparty = "IN"\ngroup = "SCO"\nsource = "factbook"\nvalue = "observer"\n'
        'problem = "p"\nevidence = "e"\ndocument = { title = "t", publisher = "p", date = "2020" }\n', encoding="utf-8")
    problems = [p.message for p in load_dataset([DataRoot(REPO / "data", "shipped"), DataRoot(user, "user")]).problems]
    assert any("reviewed notes of the shipped data" in p for p in problems)


def test_markdown_shows_the_note_with_its_fact(cli):
    rows = [line for line in cli("show", "north korea", "south korea", "--format", "markdown").stdout.splitlines()
            if "e-visa" in line and line.startswith("|")]
    assert len(rows) == 1 and "[Erratum: North Korea's citizens cannot visit South Korea" in rows[0]


FACTBOOK = REPO.parent / "shared" / "factbook"


@pytest.mark.skipif(not FACTBOOK.is_dir(), reason=f"the raw Factbook is not at {FACTBOOK}")
def test_each_factbook_evidence_is_a_field_of_a_profile():
    import json

    from importers.factbook import profile_name

    profiles = {}
    for path in FACTBOOK.glob("*/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        profiles[profile_name(data, path.stem)] = data
    for entry in ERRATA:
        if entry.get("evidence_source") != "factbook":
            continue
        name, _, field = entry["evidence_locator"].partition(": ")
        node = profiles[name]
        for part in field.split(" > "):
            node = node[part]
        assert node.get("text"), entry["id"]
