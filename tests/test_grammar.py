"""One option grammar (relations.settings): the Typer options and the fast parser are both built
from it, so a format name or a range changed there changes both."""

from __future__ import annotations

from typing import Annotated

import typer
from typer.testing import CliRunner

from relations import fast
from relations import settings as grammar
from relations.cli import options
from relations.render.output import OutputMode


def typer_accepts(argv: list[str]) -> bool:
    """Whether a Typer command built now, from the grammar as it is now, takes these options."""
    app = typer.Typer()
    seen: list[OutputMode] = []

    def probe(first: Annotated[str, typer.Argument()], output: OutputMode = options.FROM_OPTIONS) -> None:
        seen.append(output)

    app.command()(options.output_options(probe, options.build_output_options()))
    app.command("other")(lambda: None)  # two commands, so the probe is called by name as in relations
    result = CliRunner().invoke(app, ["probe", "belize", *argv])
    assert result.exit_code in (0, 2), result.output
    return result.exit_code == 0


def fast_accepts(argv: list[str]) -> bool:
    return fast.parse(["show", "belize", "colombia", *argv]) is not None


def test_both_paths_agree_with_the_grammar_as_it_ships():
    for argv, want in [
        (["--format", "markdown"], True), (["--format", "yaml"], False),
        (["--width", "20"], True), (["--width", "19"], False), (["--width", "1000"], True), (["--width", "1001"], False),
        (["--color", "never"], True), (["--color", "sometimes"], False),
    ]:
        assert typer_accepts(argv) is want, argv
        assert fast_accepts(argv) is want, argv


def test_a_format_renamed_in_the_grammar_changes_typer_and_the_fast_path(monkeypatch):
    monkeypatch.setattr(grammar, "FORMATS", ("table", "json", "jsonl", "csv", "md"))
    for argv, want in [(["--format", "md"], True), (["--format", "markdown"], False)]:
        assert typer_accepts(argv) is want, argv
        assert fast_accepts(argv) is want, argv


def test_a_range_changed_in_the_grammar_changes_typer_and_the_fast_path(monkeypatch):
    monkeypatch.setattr(grammar, "MIN_WIDTH", 10)
    monkeypatch.setattr(grammar, "MAX_WIDTH", 50)
    for argv, want in [(["--width", "15"], True), (["--width", "60"], False), (["--width", "9"], False)]:
        assert typer_accepts(argv) is want, argv
        assert fast_accepts(argv) is want, argv
    # and the setting's check reads the same range (config.toml, RELATIONS_WIDTH)
    assert grammar.settings(environ={"RELATIONS_WIDTH": "15"}, path="/nonexistent").get("width") == 15


def test_the_limit_range_and_an_option_name_come_from_the_grammar(monkeypatch):
    assert fast.parse(["search", "drug", "--limit", "100000"]) is not None
    monkeypatch.setattr(grammar, "MAX_LIMIT", 50)
    assert fast.parse(["search", "drug", "--limit", "51"]) is None
    assert fast.parse(["search", "drug", "-n", "50"]) is not None
    renamed = (grammar.Option("limit", ("--max", "-m"), True),)
    monkeypatch.setitem(grammar.COMMAND_OPTIONS, "search", renamed)
    assert fast.parse(["search", "drug", "--max", "5"]) is not None
    assert fast.parse(["search", "drug", "--limit", "5"]) is None


def test_every_output_option_of_the_grammar_is_a_typer_option_with_its_spellings():
    from relations.cli import app

    command = typer.main.get_command(app).commands["show"]  # type: ignore[attr-defined]
    spellings = {tuple(p.opts) + tuple(p.secondary_opts) for p in command.params}
    for option in grammar.OUTPUT_OPTIONS:
        assert option.names in spellings, option
    assert grammar.option("batch", "show").names in spellings
