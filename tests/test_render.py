"""The renderers on their own: result objects built by hand in, text and documents out, without the
CLI, the store or any data file."""

from __future__ import annotations

import io
import json

import pytest

from relations.dataset.search import SearchHit, SearchResult
from relations.dataset.store import (
    PairView,
    PartyCount,
    RegionalFact,
    SharedMembership,
    SourceCount,
)
from relations.model import Fact, FactDate, Party, Source
from relations.render import documents, output, renderings, rows, text

A = Party("AA", "country", "Aland")
B = Party("BB", "country", "Bland", aliases=("Bee",))
G = Party("GG", "group", "Group of Lands")
SOURCE = Source("notes", "Field notes", publisher="Us", url="https://example.org/notes")
FACT = Fact("t.aa-bb.1", ("AA", "BB"), "diplomatic", "Aland and Bland opened embassies.", ("notes",),
            date=FactDate.parse("1990-05-01"), kind="relations_established")
UNDATED = Fact("t.aa-bb.2", ("AA", "BB"), "trade", "They trade <b>[bold]</b> goods.", ("notes",))
REGIONAL = Fact("t.gg-bb.1", ("GG", "BB"), "cooperation", "The group works with Bland.", ("notes",))
VIEW = PairView(A, B, [FACT, UNDATED], [RegionalFact(REGIONAL, ("GG",))], [SharedMembership(G, "member", "observer")], [SOURCE])
HIT = SearchHit(FACT, 1.5, "Aland and Bland opened \x02embassies\x03.")
FOUND = SearchResult("embassy", ["embassy"], 1, [HIT], [SOURCE], ranked=1)


def test_pair_document_lists_facts_regional_facts_and_sources():
    doc = documents.pair_document(VIEW)
    assert doc["schema_version"] == documents.SCHEMA_VERSION and doc["command"] == "show"
    assert [p["code"] for p in doc["parties"]] == ["AA", "BB"]
    assert [f["id"] for f in doc["facts"]] == ["t.aa-bb.1", "t.aa-bb.2"]
    assert doc["facts"][0]["date"] == "1990-05-01" and doc["facts"][0]["date_precision"] == "day"
    assert [f["id"] for f in doc["regional_facts"]] == ["t.gg-bb.1"]
    assert [s["id"] for s in doc["sources"]] == ["notes"]
    json.dumps(doc)  # every value is JSON


def test_a_batch_line_is_the_pair_document_written_compact_byte_for_byte():
    """`pair_line` writes the sources and shared memberships it has written before from its cache:
    the line must still be exactly `json.dumps` of the document, in the document's key order."""
    other = Source("more", "Más notas", publisher="Them")
    second = PairView(B, A, [UNDATED], [], [SharedMembership(G, "member", "observer"), SharedMembership(G, "observer", "member")],
                      [other, SOURCE])
    written: dict = {}
    for view in (VIEW, second, VIEW):
        assert documents.pair_line(view, written) == json.dumps(documents.pair_document(view), ensure_ascii=False) + "\n"
    assert len(written) == 4  # two sources and two memberships (a group and its statuses), each written once


def test_search_document_gives_highlight_offsets_of_the_plain_text():
    doc = documents.search_document(FOUND)
    hit = doc["hits"][0] if "hits" in doc else doc["facts"][0]
    start, end = hit["highlights"][0]
    assert hit["text"][start:end] == "embassies" and hit["rank"] == 1


def test_error_document_carries_the_code_and_the_suggestions():
    from relations.errors import UnknownParty

    doc = documents.error_document(UnknownParty("belise", ["Belize"]), 2)
    assert doc["error"]["exit_code"] == 2 and doc["error"]["suggestions"] == ["Belize"]


def test_plain_text_of_a_pair_shows_dates_topics_sources_and_never_markup():
    out = text.pair(VIEW)
    assert "Aland" in out and "Bland" in out
    assert "1990-05-01" in out and "undated" in out
    assert "Field notes" in out and "[bold]" in out  # data text stays as it is: no markup
    assert "The group works with Bland." in out


def test_plain_text_of_a_search_has_no_marks():
    out = text.search(FOUND)
    assert "embassies" in out and "\x02" not in out and "\x03" not in out


def test_rows_csv_and_fields():
    pair_rows = documents.pair_rows(VIEW)
    csv_text = rows.csv_text(pair_rows, ("id", "topic", "date"))
    assert csv_text.splitlines() == ["id,topic,date", "t.aa-bb.1,diplomatic,1990-05-01", "t.aa-bb.2,trade,", "t.gg-bb.1,cooperation,"]
    with pytest.raises(Exception, match="the fields are"):
        rows.check_fields(("nope",), documents.SHOW_FIELDS)


def test_countries_and_sources_renderings():
    listing = renderings.countries([PartyCount(A, 2), PartyCount(G, 0)])
    assert [r["code"] for r in listing.rows()] == ["AA", "GG"]
    assert "Aland" in listing.plain()
    cited = renderings.sources([SourceCount(SOURCE, 3)])
    assert cited.document()["sources"][0]["fact_count"] == 3


def test_the_rich_view_draws_the_pair_at_a_fixed_width():
    from rich.console import Console

    from relations.render import rich_facts

    console = Console(file=io.StringIO(), width=60, color_system=None, force_terminal=False)
    console.print(rich_facts.pair(VIEW))
    drawn = console.file.getvalue()
    assert "Aland" in drawn and "1990-05-01" in drawn and "[bold]" in drawn
    assert max(len(line) for line in drawn.splitlines()) <= 60


def test_emit_writes_each_form_through_the_one_writer(capsys):
    rendering = renderings.show(VIEW)
    output.emit(output.OutputMode(format="json"), rendering)
    assert json.loads(capsys.readouterr().out) == documents.pair_document(VIEW)
    output.emit(output.OutputMode(format="jsonl", fields=("id",)), rendering)
    assert capsys.readouterr().out.splitlines() == ['{"id": "t.aa-bb.1"}', '{"id": "t.aa-bb.2"}', '{"id": "t.gg-bb.1"}']
    output.emit(output.OutputMode(format="table", color="never"), rendering)
    assert capsys.readouterr().out == text.pair(VIEW)


def test_machine_formats_never_load_rich():
    import subprocess
    import sys

    code = (
        "import sys, io, contextlib\n"
        "from tests.test_render import VIEW\n"
        "from relations.render import output, renderings\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    for form in ('json', 'jsonl', 'csv', 'markdown'):\n"
        "        output.emit(output.OutputMode(format=form), renderings.show(VIEW))\n"
        "sys.exit('rich' in sys.modules)\n"
    )
    from pathlib import Path

    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    assert run.returncode == 0, run.stderr
