"""`relations add`, `relations validate`, `relations paths` and `relations config`: the user's own
facts, the checks on every data file, and where everything lives."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..commands import userdata
from ..dataset.store import Store
from ..dataset.userfile import MAX_TEXT_CHARS
from ..errors import RelationsError
from ..render import documents, overview_documents
from ..render import text as plain_text
from ..render.output import OutputMode, report_error, warn, write
from .app import JsonOption, app, complete_party, extra_data, run


def _json(document: dict[str, object]) -> None:
    write(documents.dumps(document) + "\n")


# -- add ------------------------------------------------------------------------------------------


@app.command()
def add(
    first: Annotated[str, typer.Argument(help="A country, group or historical state: name, alias or ISO code.", autocompletion=complete_party, show_default=False)],
    second: Annotated[str, typer.Argument(help="The other one.", autocompletion=complete_party, show_default=False)],
    topic: Annotated[str, typer.Option("--topic", "-t", help="The fact's topic (diplomatic, trade, security, ...).", show_default=False)],
    text: Annotated[str, typer.Option("--text", help=f"The fact, in your own words (at most {MAX_TEXT_CHARS} characters).", show_default=False)],
    source: Annotated[list[str], typer.Option("--source", "-s", help="The id of the source it comes from (repeatable); `relations sources` lists them.", show_default=False)],
    date: Annotated[str | None, typer.Option("--date", "-d", help="When: 1982-02-15, 2012-08, 2010 or 2009/2010.")] = None,
    ident: Annotated[str | None, typer.Option("--id", help="A stable id for the fact; by default user.A-B.N (user.bz-co.1, say).")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Caveats: how sure, what is inferred.")] = None,
    file: Annotated[str | None, typer.Option("--file", help="A file name in your data folder (default facts.toml).")] = None,
    source_title: Annotated[str | None, typer.Option("--source-title", help="Create the --source id as a new source of yours, with this title.")] = None,
    json: JsonOption = False,
) -> None:
    """Add a fact of your own about a pair to your data file, checked first.

    The fact is appended to facts.toml in your data folder (`relations paths` shows it); the rest
    of the file, comments included, is kept as it is, and an existing id is never overwritten.
    The source must be one `relations sources` lists; to cite a source of your own, give it an id
    and a title with --source-title, and it is added to your file too.

    Examples:

      relations add belize guatemala --topic dispute --date 2019-05-08 \\
        --text "Belize voted to take the claim to the ICJ." \\
        --source my-notes --source-title "My notes"

      relations add BZ CO -t trade --text "Colombia opened a trade office." \\
        -s wikipedia-belize-colombia --json
    """
    mode = OutputMode(json=json, color="never")

    def work(store: Store) -> None:
        added = userdata.add(
            store, first=first, second=second, topic=topic, text=text, sources=source, date=date,
            ident=ident, note=note, file=file, source_title=source_title,
        )
        if json:
            _json(overview_documents.added_document(added))
        else:
            write(plain_text.added(added))

    run(mode, work)


# -- validate -------------------------------------------------------------------------------------


@app.command()
def validate(
    targets: Annotated[list[Path] | None, typer.Argument(help="Files or folders to check (default: the shipped data and all of yours).", show_default=False)] = None,
    json: JsonOption = False,
) -> None:
    """Check data files against the data model and list every problem as file:line: message.

    Unknown parties, topics and sources, duplicate ids, bad dates, numbers written as strings and
    TOML syntax errors are all reported; exit 1 if there is any problem, 0 otherwise. Files named
    are checked together with the shipped and user data, so they may refer to them.

    Examples:

      relations validate

      relations validate ~/notes/belize.toml --json
    """
    mode = OutputMode(json=json)
    try:
        report = userdata.check(list(targets or []), extra_data())
    except RelationsError as error:
        report_error(mode, error, error.exit_code)
        raise typer.Exit(error.exit_code) from None
    if json:
        _json(overview_documents.command_document("validate", **report))
    else:
        write(plain_text.validation(report))
    if report["problems"]:
        raise typer.Exit(1)


# -- paths ----------------------------------------------------------------------------------------


@app.command(name="paths")
def paths_command(json: JsonOption = False) -> None:
    """Every folder and file relations reads or writes, and whether each exists.

    Examples:

      relations paths

      relations paths --json | jq -r '.paths[].path'
    """
    rows = userdata.locations(extra_data())
    if json:
        _json(overview_documents.command_document("paths", paths=rows))
    else:
        write(plain_text.locations(rows))


# -- config ---------------------------------------------------------------------------------------


@app.command(name="config")
def config_command(json: JsonOption = False) -> None:
    """The settings in force (format, color, pager, width) and where each comes from.

    Precedence: a command-line flag, then the environment (RELATIONS_FORMAT, RELATIONS_COLOR,
    RELATIONS_PAGER, RELATIONS_WIDTH, NO_COLOR), then config.toml in the config folder, then the
    defaults. See docs/user-data.md for the file.

    Examples:

      relations config

      RELATIONS_WIDTH=120 relations config --json
    """
    current = userdata.config()
    for problem in current.problems:
        warn(str(problem))
    exists = userdata.config_file_exists(current)
    write(documents.dumps(overview_documents.config_document(current, exists)) + "\n" if json else plain_text.config(current, exists))
