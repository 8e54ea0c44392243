"""The Typer command-line interface: options in, core calls, renderers out. Nothing else."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Callable, Optional

import typer

from . import render_json, render_plain, render_rich
from .errors import RelationsError
from .output import OutputMode, emit, report_error, warn
from .store import Store, open_store

app = typer.Typer(
    name="relations",
    help=(
        "A reference for relations between countries: every fact with its source, offline.\n\n"
        "Examples:\n\n"
        "  relations show belize colombia\n\n"
        "  relations search drug --topic security\n\n"
        "  relations show belize colombia --json | jq '.facts[] | select(.topic == \"trade\")'"
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
)


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Kind(str, Enum):
    country = "country"
    group = "group"
    historical = "historical"


JsonOption = Annotated[
    bool, typer.Option("--json", help="Print one JSON document on stdout (see docs/json.md); errors go to stderr as JSON.")
]
ColorOption = Annotated[
    Color, typer.Option("--color", help="Colour and tables: auto (only on a terminal, and not with NO_COLOR), always or never.")
]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"relations {version('relations')}")
        except PackageNotFoundError:
            typer.echo("relations (not installed)")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        Optional[bool], typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """A reference for relations between countries: every fact with its source, offline."""


def _run(mode: OutputMode, work: Callable[[Store], None]) -> None:
    """Open the data, do the command's work, and turn domain errors into messages and exit codes."""
    try:
        store = open_store(warn=warn)
        _warn_problems(store)
        work(store)
    except RelationsError as error:
        report_error(mode, error, error.exit_code)
        raise typer.Exit(error.exit_code) from None


def _warn_problems(store: Store) -> None:
    for problem in store.problems[:5]:
        warn(f"{problem} (this entry is left out; `relations validate` lists every problem)")
    if len(store.problems) > 5:
        warn(f"{len(store.problems) - 5} more problems in the data are not shown")


_COMPLETION_STORE: list[Store] = []


def complete_party(incomplete: str) -> list[tuple[str, str]]:
    """Country, group and historical-state names for shell completion."""
    try:
        if not _COMPLETION_STORE:
            _COMPLETION_STORE.append(open_store())
        parties = _COMPLETION_STORE[0].names_starting(incomplete)
    except Exception:  # completion must never break the user's shell
        return []
    return [(p.name, p.kind) for p in parties]


@app.command()
def show(
    first: Annotated[str, typer.Argument(help="A country, group or historical state: name, alias or ISO code.", autocompletion=complete_party, show_default=False)],
    second: Annotated[str, typer.Argument(help="The other one.", autocompletion=complete_party, show_default=False)],
    json: JsonOption = False,
    color: ColorOption = Color.auto,
) -> None:
    """Every fact about a pair, grouped by topic, dated ones in date order, each with its source.

    Facts about a group one of them belongs to (CARICOM, the EU, ...) are listed apart, as
    regional facts. The order of the two names does not matter.

    Examples:

      relations show belize colombia

      relations show "united states" GT --json
    """
    mode = OutputMode(json=json, color=color.value)

    def work(store: Store) -> None:
        view = store.pair(store.resolve(first), store.resolve(second))
        emit(mode, lambda: render_json.pair_document(view), lambda: render_plain.pair(view), lambda: render_rich.pair(view))

    _run(mode, work)


@app.command()
def search(
    query: Annotated[list[str], typer.Argument(help="Words to look for; every word must match.", show_default=False)],
    topic: Annotated[Optional[str], typer.Option("--topic", "-t", help="Only facts of this topic (see `relations topics` in docs/data.md).")] = None,
    party: Annotated[Optional[str], typer.Option("--party", "-p", help="Only facts about this country or group.", autocompletion=complete_party)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100000, help="Show at most this many facts.")] = 20,
    json: JsonOption = False,
    color: ColorOption = Color.auto,
) -> None:
    """Search every fact's text, topic, parties and sources; best matches first.

    Matching is by word, insensitive to case and accents, and by stem: "drug" also finds
    "drugs" and "drug-transit" (hyphens and punctuation separate words). Every word of the query
    must match somewhere in the fact, its parties' names or its sources. Matched words are
    highlighted on a terminal; --json gives their offsets.

    Examples:

      relations search drug

      relations search embassy --party belgium --limit 5 --json
    """
    mode = OutputMode(json=json, color=color.value)

    def work(store: Store) -> None:
        found = store.search(
            " ".join(query), topic=topic, party=store.resolve(party) if party else None, limit=limit
        )
        emit(mode, lambda: render_json.search_document(found), lambda: render_plain.search(found), lambda: render_rich.search(found))

    _run(mode, work)


@app.command()
def countries(
    filter: Annotated[Optional[str], typer.Argument(help="Only parties whose code, name or alias contains this.", show_default=False)] = None,
    kind: Annotated[Optional[Kind], typer.Option("--kind", "-k", help="Only countries, groups or historical states.")] = None,
    with_facts: Annotated[bool, typer.Option("--with-facts", help="Only parties with at least one fact of their own.")] = False,
    json: JsonOption = False,
    color: ColorOption = Color.auto,
) -> None:
    """Every country, group and historical state, with how many facts name it (most first).

    Examples:

      relations countries --with-facts

      relations countries guinea --kind country --json
    """
    mode = OutputMode(json=json, color=color.value)

    def work(store: Store) -> None:
        rows = store.parties(kind=kind.value if kind else None, contains=filter)
        if with_facts:
            rows = [r for r in rows if r.fact_count]
        emit(mode, lambda: render_json.parties_document(rows), lambda: render_plain.parties(rows), lambda: render_rich.parties(rows))

    _run(mode, work)


@app.command()
def sources(json: JsonOption = False, color: ColorOption = Color.auto) -> None:
    """Every source the facts come from, with how many facts cite it and how to cite it.

    Examples:

      relations sources

      relations sources --json | jq -r '.sources[].title'
    """
    mode = OutputMode(json=json, color=color.value)

    def work(store: Store) -> None:
        rows = store.sources()
        emit(mode, lambda: render_json.sources_document(rows), lambda: render_plain.sources(rows), lambda: render_rich.sources(rows))

    _run(mode, work)
