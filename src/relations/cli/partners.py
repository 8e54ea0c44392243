"""`relations partners COUNTRY --by ASPECT`."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import run as runner
from .. import settings as grammar
from ..model import ASPECTS
from ..render.output import OutputMode
from .app import app, complete_party, extra_data
from .options import FROM_OPTIONS, output_options


def complete_aspect(incomplete: str) -> list[str]:
    return [aspect for aspect in ASPECTS if aspect.startswith(incomplete.lower())]


@app.command()
@output_options
def partners(
    country: Annotated[str, typer.Argument(help="A country: name, alias or ISO code.", autocompletion=complete_party, show_default=False)],
    by: Annotated[str, typer.Option(*grammar.option("by", "partners").names, help=f"The aspect to list partners by: {', '.join(ASPECTS)}.", autocompletion=complete_aspect, show_default=False)],
    where: Annotated[str | None, typer.Option(*grammar.option("where", "partners").names, help="Only partners with this value: a category (visa-free, embassy, open, ...) or a comparison ('<1000', '>=80').")] = None,
    limit: Annotated[int | None, typer.Option(*grammar.option("limit", "partners").names, min=grammar.MIN_LIMIT, max=grammar.MAX_LIMIT, help="Show at most this many partners.")] = None,
    among: Annotated[str | None, typer.Option(*grammar.option("among", "partners").names, help="Only partners that are members of this group (eu, nato, \"african union\", ...).", autocompletion=complete_party)] = None,
    output: OutputMode = FROM_OPTIONS,
) -> None:
    """Every partner of a country with its value for one aspect, one row per partner, sorted the
    way the aspect reads: visa-free first, closest first, most first.

    Aspects: visas (what this passport needs there, and theirs here), votes (UN General Assembly
    agreement, 2010-2019 and overall), distance (between capitals), missions (where it has
    missions, accreditations, theirs here), conflicts (UCDP), trade (Factbook partner shares),
    disputes (Factbook). An unknown aspect or --where value lists the valid ones.

    Examples:

      relations partners colombia --by visas --where visa-free

      relations partners belize --by missions --format csv

      relations partners brazil --by votes --limit 10 --json

      relations partners france --by distance --where '<1000' --among eu
    """
    code = runner.partners(output, country, by, where, limit, among, extra_data())
    if code:
        raise typer.Exit(code)
