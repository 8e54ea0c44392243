"""`relations search WORDS`."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import run as runner
from .. import settings as grammar
from ..render.output import OutputMode
from .app import app, complete_party, complete_topic, extra_data
from .options import FROM_OPTIONS, output_options


@app.command()
@output_options
def search(
    query: Annotated[list[str], typer.Argument(help="Words to look for; every word must match.", show_default=False)],
    topic: Annotated[str | None, typer.Option(*grammar.option("topic", "search").names, autocompletion=complete_topic, help="Only facts of this topic: diplomatic, missions, visits, treaty, trade, security, development, cooperation, dispute, border, membership, history or migration.")] = None,
    party: Annotated[str | None, typer.Option(*grammar.option("party", "search").names, help="Only facts about this country or group.", autocompletion=complete_party)] = None,
    limit: Annotated[int, typer.Option(*grammar.option("limit", "search").names, min=grammar.MIN_LIMIT, max=grammar.MAX_LIMIT, help="Show at most this many facts.")] = grammar.DEFAULT_LIMIT,
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
    code = runner.search(output, query, topic, party, limit, extra_data())
    if code:
        raise typer.Exit(code)
