"""What a new user tripped on in their first hour (issue 16), each checked as they met it:
batch input that is not UTF-8, a --data path that does not exist, completion of names with
spaces, help in one style that wraps to the terminal, usage errors in our words, validate listing
every problem, and the small things (grammar, empty headers, shares, FORCE_COLOR, CSV cells,
telephone numbers in notes)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import subprocess
import sys

import pytest
import typer

SOURCE = "wikipedia-belize-colombia"

# Phrases of the libraries underneath, which must never reach a user.
LIBRARY_PHRASES = ("Value error", "Input should be", "is not one of", "Invalid value for", "<bool>", "Got unexpected",
                   "No such option", "Missing argument", "Missing option", "Try '", "╭─ Error")


def user_fact(tmp_path, text: str, **extra: str) -> str:
    """A --data file with one fact of ours."""
    lines = ["[[fact]]", 'id = "mine.bz-gt.one"', 'parties = ["BZ", "GT"]', 'topic = "dispute"', f'text = "{text}"', f'sources = ["{SOURCE}"]']
    lines += [f"{key} = {value}" for key, value in extra.items()]
    path = tmp_path / "mine.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


# -- 1. batch input that is not UTF-8 ---------------------------------------------------------------

BATCH = b"belize:colombia\nfr\xe9nce:germany\n\xff\xfe:x\nbz:gt\n"


def test_a_batch_line_that_is_not_utf8_fails_alone_with_its_line_and_bytes_escaped(cli, tmp_path):
    path = tmp_path / "pairs.txt"
    path.write_bytes(BATCH)
    result = cli("show", "--batch", str(path))
    assert result.exit_code == 1, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d.get("line") for d in lines] == [None, 2, 3, None]
    assert [d["parties"][1]["code"] for d in (lines[0], lines[3])] == ["CO", "GT"]
    assert lines[1]["input"] == "fr\\xe9nce:germany" and lines[2]["input"] == "\\xff\\xfe:x"
    assert "line 2 is not UTF-8" in lines[1]["error"]["message"] and "\\xe9" in lines[1]["error"]["message"]
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("fast", [True, False], ids=["fast-path", "typer"])
def test_batch_output_through_stdin_is_always_valid_utf8(fast, tmp_path):
    # Through the real entry point, bytes in and bytes out: stdin decoded line by line.
    args = ["show", "--batch", "-"] + ([] if fast else ["--color", "always"])
    run = subprocess.run([sys.executable, "-m", "relations", *args], input=BATCH, capture_output=True, cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    text = run.stdout.decode("utf-8")  # raises if a raw byte was copied through
    documents = [json.loads(line) for line in text.splitlines()]
    assert len(documents) == 4 and documents[1]["input"] == "fr\\xe9nce:germany"
    assert "error" not in documents[0] and "error" not in documents[3]


# -- 2. --data that does not exist ------------------------------------------------------------------


@pytest.mark.parametrize("args", [("show", "belize", "guatemala"), ("show", "belize", "guatemala", "--json"),
                                  ("summary", "belize"), ("search", "drug"), ("validate",)], ids=" ".join)
def test_a_data_path_that_does_not_exist_is_an_error_naming_it(cli, args):
    result = cli("--data", "/nonexistent", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "/nonexistent" in result.stderr and result.stderr.count("\n") == 1
    assert "no such file or folder" in result.stderr


def test_a_data_path_that_does_not_exist_is_an_error_on_the_fast_path_too(capsys):
    from relations.__main__ import main

    assert main(["--data", "/nonexistent", "show", "belize", "guatemala"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == "relations: error: --data /nonexistent: no such file or folder\n"


# -- 4. help ----------------------------------------------------------------------------------------


def _commands() -> list[str]:
    from relations.cli import app

    return sorted({c.name or c.callback.__name__ for c in app.registered_commands if not c.hidden} - {"paths_command", "config_command"} | {"paths", "config"})


def _rendered_help(cli, monkeypatch, *command: str) -> str:
    monkeypatch.setenv("COLUMNS", "80")
    result = cli(*command, "--help")
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("command", ["", *_commands()])
def test_help_has_one_style_and_wraps_to_the_terminal(cli, monkeypatch, command):
    from relations.cli import app
    from relations.cli.style import help_text

    args = [command] if command else []
    out = _rendered_help(cli, monkeypatch, *args)
    # Flags show no metavar; values show one in capitals (or their choices), never <type>.
    assert not re.search(r"<[a-z][^>]*>", out), out
    assert "<bool>" not in out and "[20<=x" not in out and "`" not in out
    # One usage style: required arguments bare, optional ones in [ ], no { }.
    usage = next(line for line in out.splitlines() if "Usage:" in line)
    assert "{" not in usage and "}" not in usage
    assert re.fullmatch(r" Usage: relations( \w+)? \[OPTIONS\]( (\[[A-Z]+\](\.\.\.)?|[A-Z]+(\.\.\.)?))*( COMMAND \[ARGS\]\.\.\.)?\s*", usage), usage
    # Examples: each on its own lines, indented alike (three columns: the panel's one and two).
    info = next((c for c in app.registered_commands if (c.name or c.callback.__name__).replace("_command", "") == command), None)
    doc = help_text(app.info.help if not command else (info.help or info.callback.__doc__))
    rendered = out.splitlines()
    examples = [line for line in doc.splitlines() if line.startswith("  ")]
    assert examples, "every help has examples"
    for example in examples:
        assert any(r.rstrip() == " " + example for r in rendered), f"example not intact at 80 columns: {example}"
    # Prose wraps to the terminal's width (78 columns inside the padding), not at source line breaks.
    prose = out.split("Examples:")[0].split("\n\n", 1)[-1] if command else out.split("Examples:")[0]
    paragraphs = [p.splitlines() for p in re.split(r"\n\s*\n", prose) if p.strip() and "Usage:" not in p]
    for paragraph in paragraphs:
        for line, following in zip(paragraph, paragraph[1:], strict=False):
            words = following.split()
            if words:
                assert len(line.strip()) + 1 + len(words[0]) > 78, f"wrapped early: {line!r} / {following!r}"


def test_help_shows_metavars_in_capitals(cli, monkeypatch):
    out = _rendered_help(cli, monkeypatch, "show")
    assert re.search(r"--batch\s+FILE", out) and re.search(r"--width\s+N\s", out) and re.search(r"--export\s+FILE", out)
    assert re.search(r"--color\s+auto\|always\|never", out) and "; 20 to 1000." in " ".join(out.replace("│", " ").split())
    assert re.search(r"--json\s+Shorthand", out), "a flag has no metavar"
    out = _rendered_help(cli, monkeypatch, "search")
    assert re.search(r"--party\s+-p\s+NAME|--party\s+NAME", out) and re.search(r"--limit\s+-n\s+N\s", out)
    assert "Usage: relations search [OPTIONS] WORDS..." in out
    assert "Usage: relations add [OPTIONS] A B" in _rendered_help(cli, monkeypatch, "add")
    assert "Usage: relations show [OPTIONS] [A] [B]" in _rendered_help(cli, monkeypatch, "show")
    assert re.search(r"--data\s+PATH", _rendered_help(cli, monkeypatch))


# -- 5. usage errors in our words -------------------------------------------------------------------


def _bad_values(param) -> list[list[str]]:
    """Bad uses of one option: a value it cannot take, and no value at all."""
    name = max(param.opts, key=len)
    if getattr(param, "is_flag", False):
        return [[f"{name}=1"]]
    descriptor = param.type_descriptor
    bad = [[name]]  # no value
    if descriptor.is_choice:
        bad.append([name, "bogus"])
    if descriptor.annotation is int or getattr(param, "min", None) is not None:
        bad += [[name, "abc"], [name, "-5"], [name, "0"], [name, "99999999"]]
    return bad


def _usage_cases() -> list[tuple[str, list[str]]]:
    from relations.cli import app

    group = typer.main.get_command(app)
    cases = [("", ["--bogus"]), ("", ["bogus"]), ("", ["shw"]), ("", ["--data"])]
    for name, command in sorted(group.commands.items()):
        arguments = [p for p in command.params if p.param_type_name == "argument"]
        needed = ["belize", "colombia"][: len([p for p in arguments if p.required])] or []
        if name == "search":
            needed = ["drug"]
        if name == "add":
            needed = ["bz", "co", "-t", "trade", "--text", "x", "-s", SOURCE]
        cases.append((name, ["--bogus", *needed]))
        cases.append((name, ["--jsn", *needed]))
        if any(p.required for p in arguments) or name == "add":
            cases.append((name, []))  # a missing argument or option
        if arguments and all(p.nargs == 1 for p in arguments):
            cases.append((name, [*needed, *["x"] * (len(arguments) - len(needed) + 1)]))  # one too many
        for param in command.params:
            if param.param_type_name != "option" or param.name in ("help",):
                continue
            for bad in _bad_values(param):
                cases.append((name, [*needed, *bad]))
    return cases


USAGE_CASES = _usage_cases()


@pytest.mark.parametrize("command", sorted({c for c, _ in USAGE_CASES}), ids=lambda c: c or "relations")
def test_usage_errors_are_in_our_words(cli, command, monkeypatch):
    """Each option of the command with a bad value, no value, or a value for a flag; an unknown
    option; a missing or an extra argument: exit 2 and one message of ours, whatever the case."""
    import typer.testing

    from relations.cli import app

    built = typer.main.get_command(app)  # Typer builds the app on every invoke: once is enough here
    monkeypatch.setattr(typer.testing, "_get_command", lambda _app: built)
    cases = [args for c, args in USAGE_CASES if c == command]
    assert cases
    errors = 0
    for args in cases:
        result = cli(*([command] if command else []), *args)
        if result.exit_code == 0:
            continue  # a value the option does take (a large --limit, say)
        errors += 1
        out = result.stdout + result.stderr
        for phrase in LIBRARY_PHRASES:
            assert phrase not in out, f"{args}: {phrase!r} leaked: {out}"
        assert "`" not in out, (args, out)
        assert result.exit_code == 2, (args, out)
        assert result.stderr.rstrip("\n").splitlines()[-1].startswith("relations: error: "), (args, out)
    assert errors >= len(cases) - 2


def test_usage_error_messages_say_what_is_expected(cli):
    def error(*args: str) -> str:
        result = cli(*args)
        assert result.exit_code == 2
        return result.stderr.splitlines()[-1]

    assert error("show", "a", "b", "--format", "yaml") == "relations: error: --format must be table, json, jsonl, csv or markdown, not 'yaml'"
    assert error("search", "x", "--limit", "0") == "relations: error: --limit must be a whole number from 1 to 100000"
    assert error("show", "--jsn", "a", "b") == "relations: error: there is no option --jsn; did you mean --json?"
    assert error("shw") == "relations: error: there is no command 'shw'; did you mean 'show'?"
    assert error("show", "a", "b", "c") == "relations: error: more arguments than relations show takes: c"
    assert error("compare").startswith("relations: error: NAMES is missing: ")
    assert error("add", "bz", "co") == "relations: error: --topic is required: the fact's topic (diplomatic, trade, security, ...)"
    assert cli("show", "a", "b", "c").stderr.splitlines()[0] == "relations: usage: relations show [OPTIONS] [A] [B] ('relations show --help' for more)"


def test_messages_have_no_backticks(cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[fact]]\nid = "mine.x"\nparties = ["BZ", "XX"]\ntopic = "trade"\ntext = "x"\nsources = ["s"]\n')
    outputs = [
        cli("show", "narnia", "xanadu-nowhere").stderr,
        cli("--data", str(bad), "show", "belize", "colombia").stderr,
        cli("compare", "belize", "colombia", "mexico").stdout,
        cli("compare", "belize").stderr,
        cli("add", "bz", "co", "-t", "trade", "--text", "x").stderr,
        cli("paths").stdout,
    ]
    for out in outputs:
        assert out and "`" not in out, out


# -- 6. validate lists every problem of a fact ------------------------------------------------------


def test_validate_lists_every_problem_of_one_fact(cli, tmp_path, mini, monkeypatch):
    monkeypatch.setenv("RELATIONS_SHIPPED_DATA", str(mini))  # the hand-written data: quicker to load
    monkeypatch.setenv("RELATIONS_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "facts.toml"
    path.write_text('[[fact]]\nid = "mine.one"\nparties = ["BZ", "QQ"]\ntopic = "weather"\ntext = "x"\n'
                    'sources = ["no-such-source"]\ndate = "yesterday"\n', encoding="utf-8")
    result = cli("validate", str(path))
    assert result.exit_code == 1
    problems = [line for line in result.stdout.splitlines() if line.startswith(str(path))]
    assert len(problems) == 4, result.stdout
    joined = "\n".join(problems)
    for part in ("unknown party 'QQ'", "unknown topic 'weather'", "unknown source 'no-such-source'", "'yesterday'"):
        assert part in joined
    assert "4 problems in 1 of 1 files checked." in result.stdout
    doc = cli("validate", str(path), "--json").json()
    assert len(doc["problems"]) == 4


# -- 7. the small things ----------------------------------------------------------------------------


def test_one_fact_matches(cli, tmp_path):
    data = user_fact(tmp_path, "A quixotically unique word.")
    assert cli("--data", data, "search", "quixotically").stdout.startswith("1 fact matches 'quixotically'\n")
    assert cli("--data", data, "search", "quixotically", "--color", "always").stdout.startswith("1 fact matches")
    assert cli("search", "quixotically").stdout.startswith("0 facts match 'quixotically'")


def test_a_pair_summary_without_facts_has_no_empty_topic_header(cli):
    for args in (("summary", "ussr", "tuvalu"), ("summary", "ussr", "tuvalu", "--format", "markdown"),
                 ("summary", "ussr", "tuvalu", "--color", "always")):
        result = cli(*args)
        assert result.exit_code == 0
        assert "No facts are recorded" in result.stdout
        assert "Topic" not in result.stdout and "| topic |" not in result.stdout and "latest" not in result.stdout
    assert "Topic           facts  first" in cli("summary", "belize", "colombia").stdout


def test_a_partner_that_reports_the_share_is_shown_with_it(cli):
    out = cli("summary", "france").stdout
    exports = out.split("Top export partners")[1].split("\n\n")[0]
    assert "Algeria" in exports
    algeria = next(line for line in exports.splitlines() if "Algeria" in line)
    assert algeria.split("Algeria", 1)[1].strip() == "12% of Algeria's imports (2023)"
    assert "listed, no share" not in algeria


def test_force_color_gives_colour_when_piped(cli, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "xterm-256color")
    assert "\x1b[" not in cli("show", "belize", "guatemala").stdout
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in cli("show", "belize", "guatemala").stdout
    assert "\x1b[" not in cli("show", "belize", "guatemala", "--color", "never").stdout
    assert "\x1b[" not in cli("show", "belize", "guatemala", "--json").stdout


def test_compare_csv_leaves_empty_cells_empty(cli):
    out = cli("compare", "belize", "fiji", "iceland", "--format", "csv").stdout
    assert "—" not in out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["disputes"] == "" and rows[0]["shared_memberships"].endswith("groups")
    assert "—" in cli("compare", "belize", "fiji", "iceland").stdout  # a table for people still shows it


def test_a_telephone_number_in_a_note_does_not_read_like_a_citation():
    # The shipped notes no longer carry the Factbook's contact details (they are in our words);
    # a user's note still may, and shows its calling code as +N.
    from relations.render.labels import note_text

    shown = note_text("telephone: [1] (202) 965-4990; FAX [1] (202) 965-1073")
    assert shown == "telephone: +1 (202) 965-4990; FAX +1 (202) 965-1073"
    assert note_text("as the source says [1].") == "as the source says [1]."


def test_a_shipped_note_leaves_out_contact_details(cli):
    facts = cli("show", "usa", "iran", "--json").json()["facts"]
    note = next(f["note"] for f in facts if "Interests Section" in (f.get("note") or ""))
    assert "1250 23rd Street NW" in note and "965-4990" not in note and "daftar" not in note


def test_the_help_of_compare_says_how_empty_cells_read(cli):
    assert "empty in CSV" in " ".join(cli("compare", "--help").stdout.split())


# -- 9. tests that could not fail -------------------------------------------------------------------


def test_show_json_returns_every_fact_of_the_pair_counted_from_the_data(cli):
    """The facts `show --json` returns for Belize–Colombia: those the TOML files name for the pair
    (curated, Factbook, Office of the Historian), counted here from the files themselves, plus one
    per fact the country-pair tables write for it."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    from tests.conftest import REPO

    from relations import dyadic

    data = REPO / "data"
    toml_ids = set()
    for path in sorted(data.rglob("*.toml")):
        for fact in tomllib.loads(path.read_text(encoding="utf-8")).get("fact", []):
            if sorted(fact.get("parties", [])) == ["BZ", "CO"]:
                toml_ids.add(fact["id"])
    table_facts, _ = dyadic.pair_facts(dyadic.tables(str(data)), "BZ", "CO", lambda code: code)
    assert len(toml_ids) >= 10 and len(table_facts) >= 5
    doc = cli("show", "belize", "colombia", "--json").json()
    ids = [f["id"] for f in doc["facts"]]
    assert len(ids) == len(set(ids)) == len(toml_ids) + len(table_facts)
    assert toml_ids <= set(ids)
    assert {f["id"] for f in table_facts} <= set(ids)


def test_a_share_keeps_its_decimal(cli, tmp_path):
    from relations.wording import format_number

    assert [format_number(v) for v in (1.4, 0.5, 12.0, 12, 1234.5)] == ["1.4", "0.5", "12", "12", "1,234.5"]
    path = tmp_path / "share.toml"
    path.write_text(
        '[[fact]]\nid = "mine.bz-gt.share"\nparties = ["BZ", "GT"]\ntopic = "trade"\n'
        'text = "Guatemala took 1.4% of Belize\'s exports in 2031."\nsources = ["wikipedia-belize-colombia"]\n'
        'values = { direction = "exports", reporter = "BZ", partner = "GT", share_pct = 1.4, year = 2031 }\n',
        encoding="utf-8",
    )
    out = " ".join(cli("--data", str(path), "compare", "belize", "guatemala").stdout.split())
    assert "1.4% of BZ exports, 2031" in out
    summary = cli("--data", str(path), "summary", "belize").stdout
    assert re.search(r"Guatemala .*1\.4% \(2031\)", summary), summary


# -- issue 20: the rough edges of the second round ----------------------------------------------------


def test_validate_a_path_too_long_for_the_system_is_one_line_of_error(cli, tmp_path):
    for target in ("a" * 300, str(tmp_path / ("b" * 300) / "x.toml"), "c/" * 3000):
        result = cli("validate", target)
        assert result.exit_code == 2, result.stderr
        assert result.stderr.startswith("relations: error: cannot read ") and result.stderr.endswith(": file name too long\n")
        assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr
    as_json = cli("validate", "a" * 300, "--json")
    assert as_json.exit_code == 2 and "file name too long" in as_json.error_json()["error"]["message"]
    missing = cli("validate", str(tmp_path / "missing.toml"))
    assert missing.exit_code == 2 and missing.stderr == f"relations: error: no such file or folder: {tmp_path / 'missing.toml'}\n"


def test_a_batch_line_of_two_codes_separated_by_a_space_is_a_pair(cli):
    result = cli("show", "--batch", "-", input="AD AE\n  bz   co  \ncosta rica\ncosta rica panama\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["code"] for p in lines[0]["parties"]] == ["AD", "AE"]
    assert [p["code"] for p in lines[1]["parties"]] == ["BZ", "CO"]
    # one name of two words: the error says how the line was read, and keeps its suggestions
    assert lines[2]["error"]["name"] == "costa" and "Costa Rica" in lines[2]["error"]["suggestions"]
    assert "read as two names separated by a space" in lines[2]["error"]["message"]
    assert lines[3]["line"] == 4 and "separated by a tab or a colon" in lines[3]["error"]["message"]
    assert result.exit_code == 1


def _bash_completion(cli, monkeypatch, words: str) -> list[str]:
    from relations.cli.app import _COMPLETION_STORE

    _COMPLETION_STORE.clear()
    monkeypatch.setenv("_RELATIONS_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", words)
    monkeypatch.setenv("COMP_CWORD", str(len(words.split()) - (0 if words.endswith(" ") else 1)))
    try:
        return cli().stdout.splitlines()
    finally:
        _COMPLETION_STORE.clear()


def test_topic_completion_offers_topics_not_file_names(cli, monkeypatch):
    from conftest import REPO
    from relations import tomlread

    topics = [t["id"] for t in tomlread.loads((REPO / "data" / "topics.toml").read_text(encoding="utf-8"))["topic"]]
    assert _bash_completion(cli, monkeypatch, "relations show belize colombia --topic ") == topics
    assert _bash_completion(cli, monkeypatch, "relations show belize colombia -t tr") == ["treaty", "trade"]
    assert _bash_completion(cli, monkeypatch, "relations search drug --topic secu") == ["security"]


def test_name_completion_offers_countries_before_groups(cli, monkeypatch):
    offered = _bash_completion(cli, monkeypatch, "relations show belize united")
    united_nations = offered.index("United\\ Nations")
    for country in ("United\\ States", "United\\ Kingdom", "United\\ Arab\\ Emirates"):
        assert offered.index(country) < united_nations, offered[:10]


@pytest.mark.parametrize("before", [("--json",), ("--format", "json"), ("-f", "json"), ("--format=json", "--color", "never")])
def test_output_options_before_the_command_are_taken_as_after_it(cli, before):
    from relations.__main__ import main

    result = cli(*before, "show", "belize", "colombia")
    assert result.exit_code == 0, result.stderr
    assert result.json() == cli("show", "belize", "colombia", "--json").json()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*before, "show", "belize", "colombia"]) == 0  # the fast path too
    assert json.loads(out.getvalue()) == result.json()


def test_an_output_option_without_a_command_says_where_it_goes(cli):
    for argv, option in ((["--json"], "--json"), (["--format", "csv"], "--format"), (["--json", "--version"], "--json")):
        result = cli(*argv)
        assert result.exit_code == 2
        assert result.stderr.splitlines()[-1] == (f"relations: error: {option} goes with a command, as in: "
                                                  f"relations show A B {option}{' VALUE' if option == '--format' else ''}")


@pytest.mark.parametrize("form", [["--json"], [], ["--format", "csv"]])
def test_a_word_that_is_not_utf8_is_echoed_escaped_not_an_internal_error(form):
    """Found by tests/fuzz_cli.py: `search $'bel\\xffize' --json` under a UTF-8 locale whose stdout is
    strict (Python keeps the byte as a lone surrogate, and the search echoes its words)."""
    import os

    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    done = subprocess.run([sys.executable, "-m", "relations", "search", b"bel\xffize", *form], env=env,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert b"internal error" not in done.stderr
    done.stdout.decode("utf-8")  # what is written is UTF-8
    if form == ["--json"]:
        assert json.loads(done.stdout)["query"] == "bel\udcffize"  # the JSON escape of the byte


def test_paths_with_a_data_path_too_long_for_the_system_says_it_is_missing(cli, tmp_path):
    """Found by tests/fuzz_cli.py (2 of 10,000, seed 21): `relations --data <300 characters> paths`."""
    long = str(tmp_path / ("y" * 300))
    result = cli("--data", long, "paths", "--json")
    assert result.exit_code == 0, result.stderr
    row = next(r for r in result.json()["paths"] if r["role"] == "--data")
    assert (row["path"], row["exists"]) == (long, False)
