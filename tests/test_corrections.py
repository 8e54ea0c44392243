"""A user's file may correct or retract a shipped fact by id; `show` says so, and search follows."""

from __future__ import annotations

import pytest
from tests._userdata_support import copy_mini_shipped, use_mini

USER_FILE = """
[[source]]
id = "my-notes"
title = "My interview notes"
kind = "user"

[[fact]]
id = "mine.bz-co.established"
parties = ["BZ", "CO"]
topic = "diplomatic"
date = "1982-02-16"
text = "My notes put the establishment of relations one day later."
sources = ["my-notes"]
corrects = "bz-co.relations-established"
note = "Checked against the exchange of notes."

[[retraction]]
id = "bz-co.no-accreditation"
reason = "Superseded by the 2024 accreditation."
"""


@pytest.fixture
def corrected(monkeypatch, tmp_path):
    mini = copy_mini_shipped(tmp_path / "mini")
    user = use_mini(monkeypatch, mini, tmp_path / "user", tmp_path / "cache")
    user.mkdir()
    (user / "notes.toml").write_text(USER_FILE, encoding="utf-8")
    return user


def test_show_replaces_a_corrected_fact_and_lists_what_was_set_aside(cli, corrected):
    doc = cli("show", "belize", "colombia", "--json").json()
    ids = {f["id"] for f in doc["facts"]}
    assert "bz-co.relations-established" not in ids
    assert "bz-co.no-accreditation" not in ids
    mine = next(f for f in doc["facts"] if f["id"] == "mine.bz-co.established")
    assert mine["origin"] == "user" and mine["corrects"] == "bz-co.relations-established"
    assert mine["date"] == "1982-02-16"
    aside = {item["id"]: item for item in doc["set_aside"]}
    assert aside["bz-co.relations-established"]["status"] == "corrected"
    assert aside["bz-co.relations-established"]["by"] == "mine.bz-co.established"
    assert aside["bz-co.relations-established"]["fact"]["date"] == "1982-02-15"
    assert aside["bz-co.no-accreditation"]["status"] == "retracted"
    assert aside["bz-co.no-accreditation"]["reason"] == "Superseded by the 2024 accreditation."
    assert "my-notes" in {s["id"] for s in doc["sources"]}


def test_show_says_so_in_plain_text(cli, corrected):
    out = cli("show", "belize", "colombia").stdout
    assert "Corrects shipped fact bz-co.relations-established, which is set aside" in out
    assert "\nSet aside by your data\n" in out
    assert "bz-co.no-accreditation, retracted: Superseded by the 2024 accreditation." in out
    assert "My interview notes" in out and "(your data)" in out


def test_search_leaves_set_aside_facts_out(cli, corrected):
    doc = cli("search", "accreditation", "--json", "--limit", "50").json()
    assert "bz-co.no-accreditation" not in {f["id"] for f in doc["facts"]}


def test_retracting_an_unknown_fact_is_reported_and_the_rest_still_answers(cli, corrected):
    (corrected / "more.toml").write_text('[[retraction]]\nid = "no.such.fact"\nreason = "typo"\n', encoding="utf-8")
    result = cli("show", "belize", "colombia", "--json")
    assert result.exit_code == 0
    assert "more.toml:2" in result.stderr and "no.such.fact" in result.stderr
    assert {item["id"] for item in result.json()["set_aside"]} == {"bz-co.relations-established", "bz-co.no-accreditation"}


def test_source_counts_leave_set_aside_facts_out(cli, corrected, monkeypatch):
    with_notes = {s["id"]: s["fact_count"] for s in cli("sources", "--json").json()["sources"]}
    (corrected / "notes.toml").unlink()
    shipped = {s["id"]: s["fact_count"] for s in cli("sources", "--json").json()["sources"]}
    assert with_notes["my-notes"] == 1
    # Both facts set aside cite the Wikipedia article.
    assert with_notes["wikipedia-belize-colombia"] == shipped["wikipedia-belize-colombia"] - 2
