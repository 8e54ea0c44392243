"""`relations compare`, `relations summary` (also `summarise`, `summarize`) and `relations timeline`."""

from __future__ import annotations

from typing import Annotated

import typer

from ..commands import compare as compare_command
from ..commands import summary as summary_command
from ..commands import timeline as timeline_command
from ..dataset.store import Store
from ..render import renderings
from ..render.output import OutputMode, emit
from .app import app, complete_party, offer, party_names, run
from .options import FROM_OPTIONS, output_options


def complete_pair(incomplete: str) -> list[tuple[str, str]]:
    """Complete the name after a colon too (`belize:col<TAB>`)."""
    if ":" in incomplete:
        first, _, rest = incomplete.partition(":")
        return offer([(f"{first}:{name}", kind) for name, kind in party_names(rest)])
    return complete_party(incomplete)


@app.command()
@output_options
def compare(
    names: Annotated[
        list[str],
        typer.Argument(help="A country or group and its partners (A B C ...), or pairs written A:B.", autocompletion=complete_pair, show_default=False),
    ],
    output: OutputMode = FROM_OPTIONS,
) -> None:
    """A's relations with B, C, ... side by side: one column per partner, a row per aspect.

    Aspects: relations established, missions, treaties and agreements, trade both ways, security
    cooperation, disputes, shared memberships and the number of facts by topic. An empty cell
    is "—" (empty in CSV). Only the pair's own facts fill the aspects; facts about a group either belongs to
    are counted in the last row. With pairs (A:B C:D) each column is one pair.

    Examples:

      relations compare belize colombia mexico "united states"

      relations compare belize:colombia mexico:guatemala --json
    """

    def work(store: Store) -> None:
        emit(output, renderings.compare(compare_command.compare(store, names)))

    run(output, work)


def summary(
    first: Annotated[str, typer.Argument(help="A country, group or historical state.", autocompletion=complete_party, show_default=False)],
    second: Annotated[str | None, typer.Argument(help="Another one, for an overview of the pair.", autocompletion=complete_party, show_default=False)] = None,
    output: OutputMode = FROM_OPTIONS,
) -> None:
    """One country's or group's relations at a glance, or an overview of a pair.

    For one name: partners ranked by recorded facts, neighbours, top export and import partners
    with a bar chart, memberships, the latest dated facts and the sources behind it all. For two:
    counts by topic, the first and latest dated facts, key figures and a short paragraph made
    only from the facts' own data. Also spelled `summarise` and `summarize`.

    Examples:

      relations summary belize

      relations summary belize colombia --format markdown
    """

    def work(store: Store) -> None:
        result = summary_command.summary(store, first, second)
        emit(output, renderings.party_summary(result) if second is None else renderings.pair_summary(result))  # type: ignore[arg-type]

    run(output, work)


_summary = output_options(summary)
app.command("summary")(_summary)
app.command("summarise", hidden=True)(_summary)
app.command("summarize", hidden=True)(_summary)


@app.command()
@output_options
def timeline(
    first: Annotated[str, typer.Argument(help="A country, group or historical state.", autocompletion=complete_party, show_default=False)],
    second: Annotated[str | None, typer.Argument(help="Another one: only the pair's facts.", autocompletion=complete_party, show_default=False)] = None,
    output: OutputMode = FROM_OPTIONS,
) -> None:
    """Dated facts in date order, each date at its precision (1982-02-15, 2012-08, 2010, 2009–2010).

    Facts about a historical state that a party succeeded (Czechoslovakia for the Czech Republic)
    are included and marked. For a pair, facts about a group either belongs to are marked
    "through" the group. Undated facts are counted, not shown.

    Examples:

      relations timeline belize

      relations timeline usa "czech republic" --format csv
    """

    def work(store: Store) -> None:
        emit(output, renderings.timeline(timeline_command.timeline_of(store, first, second)))

    run(output, work)
