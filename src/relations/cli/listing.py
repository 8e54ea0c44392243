"""`relations countries` and `relations sources`."""

from __future__ import annotations

from typing import Annotated

import typer

from ..commands import listing
from ..dataset.store import Store
from ..render import renderings
from ..render.output import OutputMode, emit
from .app import Kind, app, run
from .options import FROM_OPTIONS, output_options


@app.command()
@output_options
def countries(
    filter: Annotated[str | None, typer.Argument(help="Only parties whose code, name or alias contains this.", show_default=False)] = None,
    kind: Annotated[Kind | None, typer.Option("--kind", "-k", help="Only countries, groups or historical states.")] = None,
    with_facts: Annotated[bool, typer.Option("--with-facts", help="Only parties with at least one fact of their own.")] = False,
    output: OutputMode = FROM_OPTIONS,
) -> None:
    """Every country, group and historical state, with how many facts name it (most first).

    Examples:

      relations countries --with-facts

      relations countries guinea --kind country --json
    """
    def work(store: Store) -> None:
        rows = listing.countries(store, contains=filter, kind=kind.value if kind else None, with_facts=with_facts)
        emit(output, renderings.countries(rows))

    run(output, work)


@app.command()
@output_options
def sources(output: OutputMode = FROM_OPTIONS) -> None:
    """Every source the facts come from, with how many facts cite it and how to cite it.

    Examples:

      relations sources

      relations sources --json | jq -r '.sources[].title'
    """
    def work(store: Store) -> None:
        rows = listing.sources(store)
        emit(output, renderings.sources(rows))

    run(output, work)
