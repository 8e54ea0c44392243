"""The output options every command shares, defined once: `@output_options` adds them.

    @app.command()
    @output_options
    def show(first: str, second: str, output: OutputMode) -> None: ...

The command receives one `output: OutputMode` (flags over the user's settings, see
relations.settings) in place of the flags: --format, --json, --fields, --color, --pager/--no-pager,
--width and --export. Their names, choices and ranges come from the one grammar in
relations.settings, as the fast parser's do.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import settings as grammar
from ..errors import RelationsError
from ..render.output import OutputMode, report_error, resolve_mode

# The default of a command's `output` parameter: @output_options always passes the real one.
FROM_OPTIONS = OutputMode()

_PANEL = "Output"

HELP = {
    "format": "table (Rich on a terminal, plain text when piped), json, jsonl (one row per line), "
              "csv (with a header row) or markdown. Default: table, or the `format` setting.",
    "json": "Shorthand for --format json (see docs/json.md); errors go to stderr as JSON.",
    "fields": "Only these fields of each row, in this order (json, jsonl, csv, markdown). An unknown name lists the valid ones.",
    "color": "Colour and tables: auto (only on a terminal, and not with NO_COLOR), always or never.",
    "pager": "Page long terminal output (only when stdin and stdout are terminals; the default).",
    "width": "Columns for terminal output (default: the terminal's).",
    "export": "Also write the terminal view to FILE: .svg, .html or .txt.",
}


def choices(name: str, values: tuple[str, ...]) -> type[Enum]:
    """A str Enum of the grammar's values, which is how Typer takes a closed choice."""
    return Enum(name, [(value, value) for value in values], type=str)  # type: ignore[return-value]


def build_output_options() -> dict[str, tuple[Any, Any]]:
    """The shared output options as Typer parameters (annotation, default), built from the grammar
    in relations.settings, as the fast parser is."""
    names = {o.key: o.names for o in grammar.OUTPUT_OPTIONS}
    panel: dict[str, Any] = {"rich_help_panel": _PANEL, "show_default": False}
    built: dict[str, tuple[Any, Any]] = {
        "format": (Annotated[choices("Format", grammar.FORMATS) | None, typer.Option(*names["format"], help=HELP["format"], **panel)], None),
        "json": (Annotated[bool, typer.Option(*names["json"], rich_help_panel=_PANEL, help=HELP["json"])], False),
        "fields": (Annotated[str | None, typer.Option(*names["fields"], metavar="A,B,C", help=HELP["fields"], **panel)], None),
        "color": (Annotated[choices("ColorChoice", grammar.COLORS) | None, typer.Option(*names["color"], help=HELP["color"], **panel)], None),
        "pager": (Annotated[bool | None, typer.Option("/".join(names["pager"]), help=HELP["pager"], **panel)], None),
        "width": (
            Annotated[int | None, typer.Option(*names["width"], min=grammar.MIN_WIDTH, max=grammar.MAX_WIDTH, help=HELP["width"], **panel)],
            None,
        ),
        "export": (Annotated[Path | None, typer.Option(*names["export"], dir_okay=False, metavar="FILE", help=HELP["export"], **panel)], None),
    }
    assert list(built) == list(names), "every option of the grammar is built, in its order"
    return built


OPTIONS = build_output_options()


def output_options(command: Callable[..., None], options: dict[str, tuple[Any, Any]] | None = None) -> Callable[..., None]:
    """Give `command` the shared output options; it receives them as `output: OutputMode`.
    `options`: built with `build_output_options()` (default: the ones built at import)."""
    options = OPTIONS if options is None else options
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "output"]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        for name, (annotation, default) in options.items()
    ]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        flags = {name: kwargs.pop(name, None) for name in options}
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
