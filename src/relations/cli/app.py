"""The Typer app and what every command shares: options, error handling, completion."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from .. import settings as grammar
from ..dataset.store import Store, open_store
from ..errors import RelationsError
from ..model import PARTY_KINDS
from ..names import normalise
from ..render.output import OutputMode, report_error, write
from ..run import run_command
from .style import Group

app = typer.Typer(
    name="relations",
    help=(
        "A reference for relations between countries: every fact with its source, offline.\n\n"
        "Examples:\n\n"
        "  relations show belize colombia\n\n"
        "  relations search drug --topic security\n\n"
        "  relations show bz co --json | jq '.facts[] | select(.topic == \"trade\")'"
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
    cls=Group,
)


# The kinds of party, as the model names them (Typer takes a closed choice as a str Enum).
Kind = Enum("Kind", [(kind, kind) for kind in PARTY_KINDS], type=str)  # type: ignore[misc]


JsonOption = Annotated[
    bool, typer.Option("--json", help="Print one JSON document on stdout (see docs/json.md); errors go to stderr as JSON.")
]

def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            write(f"relations {version('relations')}\n")
        except PackageNotFoundError:
            write("relations (not installed)\n")
        raise typer.Exit()


# Folders named with the global --data option, read after the shipped and user data.
_EXTRA_DATA: list[Path] = []


@app.callback()
def main_options(
    version: Annotated[
        bool | None, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
    data: Annotated[
        list[Path] | None,
        typer.Option(grammar.DATA_OPTION, help="Also read facts from this TOML file or folder (repeatable), after the shipped and user data."),
    ] = None,
) -> None:
    """A reference for relations between countries: every fact with its source, offline."""
    _EXTRA_DATA[:] = list(data or [])


def extra_data() -> list[Path]:
    """The folders named with the global --data option."""
    return list(_EXTRA_DATA)


def fail(mode: OutputMode, error: RelationsError) -> NoReturn:
    """Report a domain error as every command does, and exit with its code."""
    report_error(mode, error, error.exit_code)
    raise typer.Exit(error.exit_code)


def run(mode: OutputMode, work: Callable[[Store], None]) -> None:
    """Open the data, do the command's work, and turn domain errors into messages and exit codes."""
    code = run_command(mode, work, _EXTRA_DATA)
    if code:
        raise typer.Exit(code)


_COMPLETION_STORE: list[Store] = []


class _Offer(str):
    """A completion Typer passes on as it is. Typer keeps only values that start with the typed
    text, case and all; a name is offered as it is written ("Costa Rica" for `costa`), and in bash
    with its spaces escaped ("Costa\\ Rica"), so neither starts with what was typed."""

    __slots__ = ()

    def startswith(self, *args: object) -> bool:  # type: ignore[override]
        return True


def _shell() -> str:
    """The shell asking for completions (bash, zsh, fish, powershell), from Typer's variable."""
    return os.environ.get("_RELATIONS_COMPLETE", "").replace("complete_", "").replace("_complete", "")


_SHELL_SPECIAL = re.compile(r"([^\w@%+=:,./-])")


def offer(values: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Completions as the shell should insert them: bash inserts a reply word for word, so its
    spaces and quotes are escaped there ("Costa\\ Rica" stays one word); zsh and fish quote what
    they insert themselves."""
    bash = _shell() == "bash"
    return [(_Offer(_SHELL_SPECIAL.sub(r"\\\1", value) if bash else value), help) for value, help in values]


def party_names(incomplete: str) -> list[tuple[str, str]]:
    """(name, description) of the countries, groups and historical states a completion offers
    for `incomplete`: each name as it is written, or the alias or code that matched."""
    try:
        parties = _completion_store().names_starting(incomplete)
    except Exception:  # completion must never break the user's shell
        return []
    # Zsh and fish keep only the offers that start with the typed text: there a name whose case
    # differs from what was typed is finished in the case the user began it.
    filtering = _shell() in ("zsh", "fish")
    typed = normalise(incomplete)
    offered = []
    for party in parties:
        for name in (party.name, *party.aliases, party.code, party.alpha3 or ""):
            if name and normalise(name).startswith(typed):
                value = incomplete + name[len(incomplete):] if filtering and name.lower().startswith(incomplete.lower()) else name
                offered.append((value, f"{party.name} ({party.kind})" if name != party.name else party.kind))
                break
    return offered


def complete_party(incomplete: str) -> list[tuple[str, str]]:
    """Country, group and historical-state names for shell completion."""
    return offer(party_names(incomplete))


def complete_topic(incomplete: str) -> list[tuple[str, str]]:
    """The topics starting with what was typed, each with its description, for `--topic`
    (without it the shell would offer file names)."""
    try:
        topics = _completion_store().topics()
    except Exception:  # completion must never break the user's shell
        return []
    typed = incomplete.lower()
    return offer([(t.id, re.split(r"[.;]", t.description or "", maxsplit=1)[0].strip()) for t in topics
                  if t.id.startswith(typed)])


def _completion_store() -> Store:
    if not _COMPLETION_STORE:
        _COMPLETION_STORE.append(open_store())
    return _COMPLETION_STORE[0]
