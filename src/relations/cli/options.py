"""The output options every command shares, defined once: `@output_options` adds them.

    @app.command()
    @output_options
    def show(first: str, second: str, output: OutputMode) -> None: ...

The command receives one `output: OutputMode` (flags over the user's settings, see
relations.config) in place of the flags: --format, --json, --fields, --color, --pager/--no-pager,
--width and --export.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import RelationsError
from ..render.output import OutputMode, report_error, resolve_mode


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class ColorChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


# The default of a command's `output` parameter: @output_options always passes the real one.
FROM_OPTIONS = OutputMode()

_PANEL = "Output"

OPTIONS: dict[str, tuple[Any, Any]] = {
    "format": (
        Annotated[
            Format | None,
            typer.Option(
                "--format", "-f", rich_help_panel=_PANEL, show_default=False,
                help="table (Rich on a terminal, plain text when piped), json, jsonl (one row per line), "
                     "csv (with a header row) or markdown. Default: table, or the `format` setting.",
            ),
        ],
        None,
    ),
    "json": (
        Annotated[bool, typer.Option("--json", rich_help_panel=_PANEL, help="Shorthand for --format json (see docs/json.md); errors go to stderr as JSON.")],
        False,
    ),
    "fields": (
        Annotated[
            str | None,
            typer.Option("--fields", rich_help_panel=_PANEL, show_default=False, metavar="A,B,C",
                         help="Only these fields of each row, in this order (json, jsonl, csv, markdown). An unknown name lists the valid ones."),
        ],
        None,
    ),
    "color": (
        Annotated[
            ColorChoice | None,
            typer.Option("--color", rich_help_panel=_PANEL, show_default=False,
                         help="Colour and tables: auto (only on a terminal, and not with NO_COLOR), always or never."),
        ],
        None,
    ),
    "pager": (
        Annotated[
            bool | None,
            typer.Option("--pager/--no-pager", rich_help_panel=_PANEL, show_default=False,
                         help="Page long terminal output (only when stdin and stdout are terminals; the default)."),
        ],
        None,
    ),
    "width": (
        Annotated[int | None, typer.Option("--width", min=20, max=1000, rich_help_panel=_PANEL, show_default=False, help="Columns for terminal output (default: the terminal's).")],
        None,
    ),
    "export": (
        Annotated[
            Path | None,
            typer.Option("--export", rich_help_panel=_PANEL, show_default=False, dir_okay=False, metavar="FILE",
                         help="Also write the terminal view to FILE: .svg, .html or .txt."),
        ],
        None,
    ),
}


def output_options(command: Callable[..., None]) -> Callable[..., None]:
    """Give `command` the shared output options; it receives them as `output: OutputMode`."""
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "output"]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        for name, (annotation, default) in OPTIONS.items()
    ]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        flags = {name: kwargs.pop(name, None) for name in OPTIONS}
        try:
            mode = resolve_mode(
                format=flags["format"].value if flags["format"] else None,
                json=bool(flags["json"]),
                fields=flags["fields"],
                color=flags["color"].value if flags["color"] else None,
                pager=flags["pager"],
                width=flags["width"],
                export=str(flags["export"]) if flags["export"] else None,
            )
        except RelationsError as error:
            report_error(OutputMode(json=bool(flags["json"])), error, error.exit_code)
            raise typer.Exit(error.exit_code) from None
        command(*args, output=mode, **kwargs)

    wrapper.__signature__ = signature.replace(parameters=[*own, *added], return_annotation=None)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in [*own, *added]}
    return wrapper
