"""The command-line interface: a Typer app with one module per command (or family of commands).

Importing this package registers every command on `app`. The only Typer code of the package: each
command module declares its arguments, asks `relations.commands` for the result (through
`relations.run` for show and search) and hands it to `relations.render`. The option grammar it
builds from is in `relations.settings`; `style` gives every command's help and usage errors one
style (`finish(app)`, once every command is registered).

May import: every layer below (base, dataset, commands, render, run) and this one; Typer.
"""

from . import listing, maps, overview, partners, search, show, userdata  # noqa: F401  (each module registers its commands)
from .app import app
from .style import finish

finish(app)

__all__ = ["app"]
