"""`relations show A B`."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import renderings
from ..output import OutputMode, emit
from ..store import Store
from .app import app, complete_party, run
from .options import FROM_OPTIONS, output_options


@app.command()
@output_options
def show(
    first: Annotated[str, typer.Argument(help="A country, group or historical state: name, alias or ISO code.", autocompletion=complete_party, show_default=False)],
    second: Annotated[str, typer.Argument(help="The other one.", autocompletion=complete_party, show_default=False)],
    output: OutputMode = FROM_OPTIONS,
) -> None:
    """Every fact about a pair, grouped by topic, dated ones in date order, each with its source.

    Facts about a group one of them belongs to (CARICOM, the EU, ...) are listed apart, as
    regional facts. The order of the two names does not matter.

    Examples:

      relations show belize colombia

      relations show "united states" GT --json
    """
    def work(store: Store) -> None:
        view = store.pair(store.resolve(first), store.resolve(second))
        emit(output, renderings.show(view))

    run(output, work)
