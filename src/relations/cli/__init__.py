"""The command-line interface: a Typer app with one module per command (or family of commands).

Importing this package registers every command on `app`.
"""

from . import listing, overview, search, show, userdata  # noqa: F401  (each module registers its commands)
from .app import app

__all__ = ["app"]
