"""`relations show A B`."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import run as runner
from .. import settings as grammar
from ..errors import UsageError
from ..render.output import OutputMode
from .app import app, complete_party, complete_topic, extra_data, fail
from .options import FROM_OPTIONS, output_options


@app.command()
@output_options
def show(
    first: Annotated[str | None, typer.Argument(help="A country, group or historical state: name, alias or ISO code.", autocompletion=complete_party, show_default=False)] = None,
    second: Annotated[str | None, typer.Argument(help="The other one.", autocompletion=complete_party, show_default=False)] = None,
    batch: Annotated[str | None, typer.Option(*grammar.option("batch", "show").names, metavar="FILE", show_default=False, help="Answer many pairs: one per line of FILE (- for stdin), two names separated by a tab or a colon (or a space, for one-word names and codes); one JSON document per line out.")] = None,
    profile: Annotated[bool, typer.Option(*grammar.option("profile", "show").names, help="Show only the profile: the pair at a glance, with its sources.")] = False,
    topic: Annotated[str | None, typer.Option(*grammar.option("topic", "show").names, autocompletion=complete_topic, metavar="TOPIC", show_default=False, help="Only the facts of this topic (diplomatic, missions, trade, border, ...); the profile is still made from all.")] = None,
    output: OutputMode = FROM_OPTIONS,
) -> None:
    """A pair at a glance (its profile), then every fact about it, grouped by topic, dated ones in
    date order, each with its source.

    Facts about a group one of them belongs to (CARICOM, the EU, ...) are listed apart, as
    regional facts; so are facts about a historical state one of them succeeded (Yugoslavia for
    Serbia), each marked with the state. For a historical state, its successors are named with the
    command that shows them. The order of the two names does not matter.

    Examples:

      relations show belize colombia

      relations show india pakistan --profile

      relations show india pakistan --topic border

      relations show "united states" GT --json

      printf 'bz:co\\nfr:de\\n' | relations show --batch - > pairs.jsonl
    """
    if batch is not None:
        if first is not None:
            fail(output, UsageError("give either two names or --batch, not both"))
        if profile or topic is not None:
            fail(output, UsageError("--profile and --topic are for one pair; a batch gives every pair's whole document"))
        code = runner.run_batch(output, batch, extra_data())
    elif first is None or second is None:
        fail(output, UsageError("name two countries or groups: relations show A B"))
    else:
        code = runner.show(output, first, second, extra_data(), topic, profile)
    if code:
        raise typer.Exit(code)
