"""compare, summary and timeline; every command in every format, against its JSON Schema;
--fields; completion; export; the pager rule; and imports the fast start-up path relies on."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from conftest import REPO

SCHEMAS = REPO / "schemas"

# One invocation per command (and per form of a command); the first word names its schema.
COMMANDS = [
    ("show", "belize", "colombia"),
    ("search", "embassy"),
    ("countries", "guinea"),
    ("sources",),
    ("compare", "belize", "colombia", "mexico", "united states"),
    ("compare", "belize:colombia", "mexico:guatemala"),
    ("summary", "belize"),
    ("summary", "belize", "colombia"),
    ("timeline", "belize"),
    ("timeline", "usa", "czech republic"),
    ("partners", "belize", "--by", "visas"),
    ("partners", "brazil", "--by", "votes", "--limit", "5"),
    ("partners", "belize", "--by", "missions", "--among", "eu"),
    ("map", "colombia", "--by", "distance"),
]


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))


def validator(name: str, definition: str | None = None) -> Draft202012Validator:
    document = schema(name)
    if definition:
        document = {**document, "$ref": f"#/$defs/{definition}"}
        for key in ("required", "properties", "if", "then", "oneOf", "type"):
            document.pop(key, None)
    return Draft202012Validator(document)


def rows_fields(cli, args: tuple[str, ...]) -> list[str]:
    """The documented CSV header: the fields the command lists for an unknown --fields name."""
    result = cli(*args, "--format", "csv", "--fields", "no-such-field")
    assert result.exit_code == 2
    return re.search(r"the fields are: (\S+)", result.stderr).group(1).split(",")


def test_schemas_are_current():
    run = subprocess.run([sys.executable, str(SCHEMAS / "generate.py"), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_format_of_every_command_is_valid(cli, args):
    name = args[0]
    doc = cli(*args, "--format", "json")
    assert doc.exit_code == 0, doc.stderr
    validator(name).validate(doc.json())
    assert cli(*args, "--json").stdout == doc.stdout

    jsonl = cli(*args, "--format", "jsonl")
    assert jsonl.exit_code == 0, jsonl.stderr
    lines = jsonl.stdout.splitlines()
    row = validator(name, "row")
    for line in lines:
        row.validate(json.loads(line))

    header = rows_fields(cli, args)
    table = list(csv.reader(io.StringIO(cli(*args, "--format", "csv").stdout)))
    assert table[0] == header
    assert len(table) - 1 == len(lines)
    assert all(len(r) == len(header) for r in table)

    markdown = cli(*args, "--format", "markdown").stdout
    assert re.search(r"^\|.*\|$", markdown, re.M), markdown
    plain = cli(*args)  # plain, piped
    rich = cli(*args, "--color", "always")  # Rich
    assert plain.exit_code == 0 and rich.exit_code == 0
    assert plain.stdout.strip() and rich.stdout.strip()
    # A map without colour (NO_COLOR) shades with characters on a terminal too: the same view.
    assert plain.stdout != rich.stdout or name == "map"
    assert "\x1b" not in plain.stdout and "\x1b" not in rich.stdout  # NO_COLOR, set for every test
    # The first row's headline reads the same in both views (a map draws its partners, not names them).
    first = json.loads(lines[0]) if lines and name != "map" else {}
    words = str(first.get("text") or first.get("name") or first.get("title") or "").split()[:3]
    for view in (plain.stdout, rich.stdout):
        assert " ".join(words) in " ".join(view.split())


@pytest.mark.parametrize("args", [COMMANDS[1], COMMANDS[4], COMMANDS[6], COMMANDS[8]], ids=" ".join)
def test_fields_narrow_every_machine_format(cli, args):
    fields = rows_fields(cli, args)[:2]
    wanted = ",".join(fields)
    doc = cli(*args, "--json", "--fields", wanted).json()
    validator(args[0]).validate(doc)
    assert doc["fields"] == fields
    key = {"search": "facts", "compare": "entries", "summary": "partners", "timeline": "facts"}[args[0]]
    listed = doc[key]
    assert listed and all(list(row) == fields for row in listed)
    for line in cli(*args, "--format", "jsonl", "--fields", wanted).stdout.splitlines():
        assert list(json.loads(line)) == fields
    assert next(csv.reader(io.StringIO(cli(*args, "--format", "csv", "--fields", wanted).stdout))) == fields
    assert cli(*args, "--format", "markdown", "--fields", wanted).stdout.startswith(f"| {' | '.join(fields)} |")


def test_unknown_field_lists_the_valid_ones(cli):
    result = cli("search", "embassy", "--format", "jsonl", "--fields", "id,colour")
    assert result.exit_code == 2
    assert "unknown field 'colour'" in result.stderr and "id,parties,topic" in result.stderr
    assert json.loads(result.stderr)["error"]["exit_code"] == 2
    table = cli("search", "embassy", "--fields", "id")  # table output has no fields
    assert table.exit_code == 2 and table.stdout == ""
    assert "--fields" in table.stderr and "json, jsonl, csv" in table.stderr and table.stderr.startswith("relations: error: ")
    both = cli("search", "embassy", "--json", "--format", "csv")
    assert both.exit_code == 2 and both.stdout == ""
    assert "--json" in both.stderr and "--format csv" in both.stderr


def test_search_csv_has_the_documented_header(cli):
    docs = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
    documented = re.search(r"## search\n.*?CSV header:\s*`([^`]+)`", docs, re.S).group(1).split(",")
    reader = csv.DictReader(io.StringIO(cli("search", "embassy", "--format", "csv", "--limit", "5").stdout))
    rows = list(reader)
    assert reader.fieldnames == documented
    assert len(rows) == 5 and all(r["id"] and r["text"] for r in rows)
    assert ";" in rows[0]["parties"]


def test_compare_has_one_entry_per_partner_with_the_same_aspects(cli):
    doc = cli("compare", "belize", "colombia", "mexico", "united states", "--json").json()
    assert doc["base"]["code"] == "BZ"
    assert [e["b"]["code"] for e in doc["entries"]] == ["CO", "MX", "US"]
    keys = {tuple(e) for e in doc["entries"]}
    assert len(keys) == 1 and set(doc["aspects"]) <= set(doc["entries"][0])
    colombia = doc["entries"][0]
    assert [f["date"] for f in colombia["relations_established"]] == ["1982-02-15"]
    assert colombia["exports"][0]["amount"] == 169620


def test_compare_table_fits_100_columns_without_breaking_rows(cli):
    out = cli("compare", "belize", "colombia", "mexico", "united states", "--color", "always").stdout
    assert max(len(line) for line in out.splitlines()) <= 100
    assert re.search(r"^ Relations established +1982-02-15 +— +1981-10-29", out, re.M)
    assert "Shared memberships" in out
    assert "Treaties and agreements" not in out  # empty in every column: a row that says nothing is left out


def test_show_on_a_narrow_terminal_wraps_each_fact_under_its_text(cli):
    out = cli("show", "belize", "colombia", "--color", "always", "--width", "50").stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 50
    assert not [line for line in lines if line.startswith("  ") and line.endswith(" ")]  # fact rows
    start = lines.index("  2002        Colombia closed its embassy in")
    assert lines[start + 1] == "              Belize. [2]"
    assert lines[start + 2].startswith("              Note: The article says Colombia")
    # every word of a long fact is there, in order, whatever the wrapping
    words = " ".join(line.strip() for line in lines)
    assert ("Colombia has advised Belize on technical matters including second-tier banking, small and "
            "medium-sized enterprises, entrepreneurship") in words
    assert "\n  undated     Colombia has an honorary consulate\n" in out


def test_hanging_rows_stay_within_the_width_and_stack_when_labels_leave_no_room():
    import io

    from rich.console import Console
    from rich.text import Text

    from relations.render.rich_facts import Hanging

    text = "Belize and Colombia established relations, with a long unbreakable https://example.org/" + "x" * 60
    for width, label, stacked in ((60, "1982-02-15", False), (30, "2020-01-01–2021-12-31", True)):
        rows = Hanging()
        rows.add_row(Text(label), Text(text))
        console = Console(file=io.StringIO(), width=width, color_system=None)
        console.print(rows)
        lines = console.file.getvalue().splitlines()
        assert max(len(line) for line in lines) <= width, lines
        assert (lines[0] == "  " + label) is stacked
        assert "".join("".join(lines).split()) == label + "".join(text.split())  # nothing lost or doubled


def test_rich_show_does_not_import_the_table_module():
    code = (
        "import sys; from relations.render import rich_facts; from relations.dataset import store; "
        "print(sorted(m for m in sys.modules if m.startswith('rich.table'))); sys.exit('rich.table' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(REPO))
    assert run.returncode == 0, run.stdout + run.stderr


def test_compare_pairs_and_usage_errors(cli):
    doc = cli("compare", "belize:colombia", "mexico:guatemala", "--json").json()
    assert doc["base"] is None
    assert [(e["a"]["code"], e["b"]["code"]) for e in doc["entries"]] == [("BZ", "CO"), ("MX", "GT")]
    for args, message in [
        (("belize",), "name a country and at least one partner: 'compare belize colombia mexico'"),
        (("belize:colombia", "mexico"), "either name a country and its partners ('compare A B C') or pairs ('compare A:B C:D'), not both"),
        (("belize:belize",), "both names are Belize: name two different countries or groups"),
    ]:
        result = cli("compare", *args)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"relations: error: {message}\n")


def test_summary_of_a_country(cli):
    out = cli("summary", "belize").stdout
    assert "Neighbours (land borders)" in out and "Partners by recorded facts" in out
    assert re.search(r"Top export partners\n  United States +█+ +22%", out)
    assert "█" in out.split("Top import partners")[1]
    doc = cli("summarise", "belize", "--json").json()
    assert {n["code"] for n in doc["neighbours"]} == {"GT", "MX"}
    assert doc["partners"][0]["fact_count"] >= doc["partners"][-1]["fact_count"]
    assert cli("summarize", "belize", "--json").json() == doc


def test_summary_of_a_pair(cli):
    doc = cli("summary", "belize", "colombia", "--json").json()
    assert doc["kind"] == "pair" and doc["first"]["date"] == "1982-02-15"  # an event, not a data set's range
    text = " ".join(s["text"] for s in doc["paragraph"])
    assert "Relations were established on 1982-02-15." in text
    assert all(set(s["facts"]) <= {f for f in _fact_ids(cli, "belize", "colombia")} for s in doc["paragraph"])
    assert any(k["value"].startswith("USD 169,620") for k in doc["key_figures"])


def _fact_ids(cli, a: str, b: str) -> set[str]:
    return {f["id"] for f in cli("show", a, b, "--json").json()["facts"]}


def test_timeline_is_in_date_order_at_each_precision(cli):
    doc = cli("timeline", "belize", "--json").json()
    starts = [f["date"].split("/")[0] for f in doc["facts"]]
    padded = [s + "-00-00"[len(s) - 4:] if len(s) < 10 else s for s in starts]
    assert padded == sorted(padded)
    shown = {f["date_display"] for f in doc["facts"]}
    assert {"1982-02-15", "2012-08", "2011", "2012-08-30–2012-08-31"} <= shown
    out = cli("timeline", "belize").stdout
    assert out.index("1982-02-15") < out.index("2012-08-30–2012-08-31")


def test_timeline_includes_a_predecessor(cli):
    doc = cli("timeline", "usa", "czech republic", "--json").json()
    assert [p["code"] for p in doc["predecessors"]] == ["H-CZECHOSLOVAKIA"]
    assert any(f["through"] == "predecessor" for f in doc["facts"])
    assert "Czechoslovakia" in cli("timeline", "usa", "czech republic").stdout


def _complete(cli, monkeypatch, words: str, shell: str = "bash") -> list[str]:
    """What the shell gets back for `words<TAB>`, through Typer's completion machinery."""
    monkeypatch.setenv("_RELATIONS_COMPLETE", f"complete_{shell}")
    if shell == "bash":
        monkeypatch.setenv("COMP_WORDS", words)
        monkeypatch.setenv("COMP_CWORD", str(len(words.split()) - 1))
        return cli().stdout.splitlines()
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", words)
    return [line for line in cli().stdout.splitlines() if line]


def test_completion_offers_belgium_belize_belarus(cli, monkeypatch):
    from relations.cli.app import _COMPLETION_STORE

    _COMPLETION_STORE.clear()
    assert {"Belgium", "Belize", "Belarus"} <= set(_complete(cli, monkeypatch, "relations show bel"))
    assert {"Belgium", "Belize", "Belarus"} <= set(_complete(cli, monkeypatch, "relations show Bel"))
    assert "belize:Belgium" in _complete(cli, monkeypatch, "relations compare belize:bel")
    _COMPLETION_STORE.clear()


def test_completion_keeps_a_name_with_spaces_one_word_as_it_is_written(cli, monkeypatch):
    """Bash inserts a completion word for word: the space is escaped, so `show belize costa<TAB>`
    gives one argument, and the name is written as it is, not in the typed case."""
    import shlex

    from relations.cli.app import _COMPLETION_STORE

    _COMPLETION_STORE.clear()
    assert _complete(cli, monkeypatch, "relations show belize costa") == ["Costa\\ Rica"]
    united = _complete(cli, monkeypatch, "relations show belize united")
    assert "United\\ Kingdom" in united and "United\\ States" in united
    assert not [name for name in united if name.startswith("united")]
    assert _complete(cli, monkeypatch, "relations compare belize:costa") == ["belize:Costa\\ Rica"]
    assert _complete(cli, monkeypatch, "relations show belize cote") == ["Côte\\ d\\'Ivoire"]
    # What the shell then runs: the completed line splits into the two names.
    line = "relations show belize " + _complete(cli, monkeypatch, "relations show belize costa")[0]
    assert shlex.split(line)[2:] == ["belize", "Costa Rica"]
    monkeypatch.delenv("_RELATIONS_COMPLETE")
    assert cli("show", *shlex.split(line)[2:], "--json").json()["parties"][1]["name"] == "Costa Rica"
    # zsh quotes what it inserts itself: the value is the name, unescaped, in one quoted word.
    assert '"Costa Rica"' in _complete(cli, monkeypatch, "relations show belize Costa", shell="zsh")[0]
    _COMPLETION_STORE.clear()


@pytest.mark.parametrize("suffix, marker", [(".svg", "<svg"), (".html", "<html"), (".txt", "Relations established")])
def test_export_writes_the_terminal_view(cli, tmp_path, suffix, marker):
    path = tmp_path / f"view{suffix}"
    result = cli("compare", "belize", "colombia", "--export", str(path))
    assert result.exit_code == 0, result.stderr
    assert marker in path.read_text(encoding="utf-8")
    assert f"wrote {path}" in result.stderr
    refused = cli("compare", "belize", "colombia", "--export", str(tmp_path / "view.pdf"))
    assert refused.exit_code == 2 and refused.stdout == ""
    assert refused.stderr == f"relations: error: --export writes .svg, .html or .txt files; got '{tmp_path / 'view.pdf'}'\n"
    assert not (tmp_path / "view.pdf").exists()


def test_pager_only_when_a_person_reads(monkeypatch):
    from relations.render import output

    mode = output.OutputMode()
    for stdin, stdout, want in [(True, True, True), (False, True, False), (True, False, False)]:
        monkeypatch.setattr(sys.stdin, "isatty", lambda v=stdin: v, raising=False)
        monkeypatch.setattr(sys.stdout, "isatty", lambda v=stdout: v, raising=False)
        assert output._wants_pager(mode) is want
    assert output._wants_pager(output.OutputMode(pager="never")) is False


def test_every_command_has_help_with_an_example(cli):
    for command in ("compare", "summary", "timeline"):
        result = cli(command, "--help")
        assert result.exit_code == 0 and "Examples" in result.stdout and "--format" in result.stdout


def test_machine_output_paths_never_import_rich_or_typer():
    code = (
        "import sys, relations.render.output, relations.render.renderings, relations.render.documents, relations.render.text, "
        "relations.render.rows, relations.commands.compare, relations.commands.summary, relations.commands.timeline; "
        "bad = [m for m in ('rich', 'typer') if m in sys.modules]; print(bad); sys.exit(bool(bad))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(REPO))
    assert run.returncode == 0, run.stdout + run.stderr
