"""`relations search WORDS`."""

from __future__ import annotations

from typing import Annotated

import typer

from ..commands import show as actions
from ..render.output import OutputMode, emit
from ..dataset.store import Store
from .app import app, complete_party, run
from .options import FROM_OPTIONS, output_options


@app.command()
@output_options
def search(
    query: Annotated[list[str], typer.Argument(help="Words to look for; every word must match.", show_default=False)],
    topic: Annotated[str | None, typer.Option("--topic", "-t", help="Only facts of this topic: diplomatic, missions, treaty, trade, security, development, cooperation, dispute, border, membership, history or migration.")] = None,
    party: Annotated[str | None, typer.Option("--party", "-p", help="Only facts about this country or group.", autocompletion=complete_party)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100000, help="Show at most this many facts.")] = 20,
    output: OutputMode = FROM_OPTIONS,
) -> None:
    """Search every fact's text, topic, parties and sources; best matches first.

    Matching is by word, insensitive to case and accents, and by stem: "drug" also finds
    "drugs" and "drug-transit" (hyphens and punctuation separate words). Every word of the query
    must match somewhere in the fact, its parties' names or its sources; facts with the words side
    by side, in order, come first. Matched words are highlighted on a terminal; --json gives their
    offsets.

    Examples:

      relations search drug

      relations search embassy --party belgium --limit 5 --json
    """
    def work(store: Store) -> None:
        emit(output, actions.search(store, query, topic, party, limit))

    run(output, work)
