"""`relations show A B`."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import render_json, render_plain, render_rich
from ..output import OutputMode, emit
from ..store import Store
from .app import Color, ColorOption, JsonOption, app, complete_party, run


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

    run(mode, work)
