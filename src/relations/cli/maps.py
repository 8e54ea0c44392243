"""`relations map COUNTRY --by ASPECT`."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import run as runner
from .. import settings as grammar
from ..commands.maps import aspect_names
from ..render.output import OutputMode
from .app import app, complete_party, extra_data
from .options import FROM_OPTIONS, output_options


def complete_aspect(incomplete: str) -> list[str]:
    return [name for name in aspect_names() if name.startswith(incomplete.lower())]


@app.command(name="map")
@output_options
def world_map(
    country: Annotated[str, typer.Argument(help="A country: name, alias or ISO code.", autocompletion=complete_party, show_default=False)],
    by: Annotated[str, typer.Option(*grammar.option("by", "map").names, metavar="ASPECT", autocompletion=complete_aspect,
                                    show_default=False, help="What colours the map: " + ", ".join(aspect_names()) + ".")],
    output: OutputMode = FROM_OPTIONS,
) -> None:
    """A world map of one country's value with every partner for one aspect: each country coloured
    by its value, the country itself marked, with a legend. The values are those `partners COUNTRY
    --by ASPECT` lists: a category (visas, missions, disputes) or a number in bands.

    In colour on a terminal (two map cells per character); plain, it shades each value with a
    character (█▓▒░ for ordered values). Partners too small to draw at the width are listed under
    the map with their value. --export FILE.svg writes the map as vector shapes, .html a page with
    it and every partner's value. The map follows this reference's parties where Natural Earth's
    shapes draw de facto lines (Crimea as Ukraine's, among others), and says so under the map.

    Examples:

      relations map colombia --by visas

      relations map japan --by distance --width 120

      relations map colombia --by visas --export colombia.svg
    """
    code = runner.world_map(output, country, by, extra_data())
    if code:
        raise typer.Exit(code)
