"""`relations countries` and `relations sources`."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import render_json, render_plain, render_rich
from ..output import OutputMode, emit
from ..store import Store
from .app import Color, ColorOption, JsonOption, Kind, app, run


@app.command()
def countries(
    filter: Annotated[str | None, typer.Argument(help="Only parties whose code, name or alias contains this.", show_default=False)] = None,
    kind: Annotated[Kind | None, typer.Option("--kind", "-k", help="Only countries, groups or historical states.")] = None,
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

    run(mode, work)


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

    run(mode, work)
