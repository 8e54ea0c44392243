"""Historical states in answers: a successor's show and timeline include its predecessors' facts
and say which; a historical state points to its successors; West Germany, Prussia; name notes on
stderr; the Hans Island border; Cuba in 1902 (issue 15)."""

from __future__ import annotations

import json


def test_show_serbia_includes_kingdom_of_serbia_and_yugoslavia(cli):
    result = cli("show", "usa", "serbia", "--format", "table")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[1] == "33 facts, 75 through predecessors"
    start = lines.index("Through predecessors (facts about a historical state one of them succeeded)")
    assert lines[start + 1] == "  Kingdom of Serbia, Yugoslavia"
    assert lines[start + 2] == "    1881-10-14  The United States recognised Serbian independence. [1] (through Kingdom of Serbia) (note 1)"
    assert "    1992-05-21  The United States' relations with Yugoslavia ended. [1] (through Yugoslavia) (note 1)" in lines


def test_show_json_lists_predecessor_facts_with_via(cli):
    document = json.loads(cli("show", "usa", "serbia", "--json").stdout)
    assert [p["code"] for p in document["predecessors"]] == ["H-KINGDOM-OF-SERBIA", "H-YUGOSLAVIA"]
    vias = {f["via"][0] for f in document["predecessor_facts"]}
    assert vias == {"H-KINGDOM-OF-SERBIA", "H-YUGOSLAVIA"}
    assert len(document["predecessor_facts"]) == 75
    own = {f["id"] for f in document["facts"]}
    assert not own & {f["id"] for f in document["predecessor_facts"]}
    assert document["successors"] == []


def test_timeline_serbia_includes_yugoslavia_through_the_kingdom_too(cli):
    result = cli("timeline", "usa", "serbia", "--format", "table")
    lines = result.stdout.splitlines()
    assert lines[2] == "Including facts about Kingdom of Serbia, Yugoslavia (predecessor)"
    assert any("United States – Yugoslavia" in line and "1919-02-07" in line for line in lines)


def test_show_ussr_points_to_russia(cli):
    result = cli("show", "usa", "ussr", "--format", "table")
    lines = result.stdout.splitlines()
    start = lines.index("See also")
    assert lines[start + 1:start + 3] == [
        '  Successor of Soviet Union: Russia, 165 facts with United States (relations show "United States" Russia)',
        "  The Office of the Historian's guide files the United States' relations with the Soviet Union (1917-1991) under Russia.",
    ]
    document = json.loads(cli("show", "usa", "ussr", "--json").stdout)
    assert [(s["code"], s["of"], s["fact_count"]) for s in document["successors"]] == [("RU", "H-SOVIET-UNION", 165)]


def test_west_germany_is_germany_with_a_note_not_east_germany(cli):
    result = cli("show", "usa", "west germany", "--format", "table")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "United States – Germany"
    assert result.stderr == (
        "relations: note: West Germany (the Federal Republic of Germany, 1949-1990) continues as Germany, "
        "which East Germany joined in 1990; facts are about Germany.\n"
    )


def test_prussia_answers(cli):
    result = cli("show", "usa", "prussia", "--format", "table")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == ["United States – Prussia", "14 facts"]


def test_resolution_note_on_stderr_for_people_in_json_for_machines(cli):
    note = "Scotland is a constituent country of the United Kingdom; facts are about the United Kingdom."
    assert cli("show", "usa", "scotland", "--format", "table").stderr == f"relations: note: {note}\n"
    assert cli("timeline", "scotland", "--format", "csv").stderr == f"relations: note: {note}\n"
    result = cli("show", "usa", "scotland", "--json")
    assert result.stderr == ""
    assert json.loads(result.stdout)["parties"][1]["note"] == note


def test_hans_island_border_is_canada_greenland(cli):
    document = json.loads(cli("show", "canada", "greenland", "--json").stdout)
    border = [f for f in document["facts"] if f["id"] == "factbook.border.ca-gl"]
    assert [f["text"] for f in border] == ["Canada and Greenland share a land border of 1.3 km."]
    denmark = json.loads(cli("show", "canada", "denmark", "--json").stdout)
    assert not [f for f in denmark["facts"] if f["id"].startswith("factbook.border.")]


def test_cuba_1902_is_the_end_of_us_administration(cli):
    document = json.loads(cli("show", "cuba", "usa", "--json").stdout)
    fact = next(f for f in document["facts"] if f["id"] == "factbook.independence.cu.us")
    assert fact["text"] == (
        "The Republic of Cuba was inaugurated on 20 May 1902, ending the United States' military administration of the island."
    )


def test_predecessor_facts_are_rows_too(cli):
    result = cli("show", "usa", "serbia", "--format", "csv")
    rows = [line for line in result.stdout.splitlines() if line.startswith("rdcr.kingdom-of-yugoslavia.01.recognition,")]
    assert len(rows) == 1
    assert rows[0].endswith(",shipped,,,false,H-KINGDOM-OF-SERBIA")  # origin, path, errata


def test_a_pair_without_predecessors_has_empty_history_lists(cli):
    document = json.loads(cli("show", "belize", "colombia", "--json").stdout)
    assert (document["predecessor_facts"], document["predecessors"], document["successors"]) == ([], [], [])
