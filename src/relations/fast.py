"""The fast path: `show`, `search` and `partners` answered without importing Typer (or Rich, unless drawing
for a terminal).

Typer and its dependencies take longer to import than a whole answer from the index, and these
two commands are the ones scripts run in loops. This module recognises exactly the command lines
it can answer the same way as the Typer app — same commands and renderers (through
`relations.run`), same output (`render.output.emit`), same errors — and leaves every other command
line (help, completion, anything unusual or invalid) to the Typer app. Both are built from the one
option grammar in `relations.settings`. A test runs a table of command lines both ways and compares
stdout, stderr and exit codes; another changes the grammar and sees both follow.
"""

from __future__ import annotations

from . import settings as grammar


def accepted_options(command: str) -> dict[str, tuple[str, bool]] | None:
    """Every spelling `command` accepts on the fast path -> (the option's key, whether it takes a
    value); None for a command the fast path does not answer. Built from the one grammar
    (relations.settings) each time, so it cannot drift from the Typer options built from it."""
    if command not in grammar.COMMAND_OPTIONS:
        return None
    options = [o for o in grammar.OUTPUT_OPTIONS if o.key not in grammar.TYPER_ONLY]
    options += grammar.COMMAND_OPTIONS[command]
    spellings: dict[str, tuple[str, bool]] = {}
    for option in options:
        for name in option.names:
            # A flag pair's second spelling (--no-pager) is an option of its own here.
            key = name[2:].replace("-", "_") if option.key == "pager" else option.key
            spellings[name] = (key, option.takes_value)
    return spellings


def parse(argv: list[str]) -> tuple[str, list[str], dict[str, str | bool], list[str]] | None:
    """(command, arguments, options by key, --data folders) when the fast path can answer; else None."""
    data: list[str] = []
    rest = grammar.command_first(argv)
    flag = grammar.DATA_OPTION
    while rest and (rest[0] == flag or rest[0].startswith(flag + "=")):
        if rest[0] == flag:
            if len(rest) < 2:
                return None
            data.append(rest[1])
            rest = rest[2:]
        else:
            data.append(rest[0].split("=", 1)[1])
            rest = rest[1:]
    accepted = accepted_options(rest[0]) if rest else None
    if accepted is None:
        return None
    command = rest[0]
    arguments: list[str] = []
    options: dict[str, str | bool] = {}
    tokens = rest[1:]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token.startswith("-") and token != "-":
            name, has_value, value = token.partition("=")
            if name not in accepted or accepted[name][0] in options:
                return None
            key, takes_value = accepted[name]
            if takes_value:
                if not has_value:
                    if index >= len(tokens):
                        return None
                    value = tokens[index]
                    index += 1
                options[key] = value
            elif has_value:
                return None
            else:
                options[key] = True
        else:
            arguments.append(token)
    if not _valid(command, arguments, options):
        return None
    return command, arguments, options, data


def _valid(command: str, arguments: list[str], options: dict[str, str | bool]) -> bool:
    """Only what the Typer app would accept; anything else gets the Typer app's own message."""
    if options.get("format", "table") not in grammar.FORMATS or options.get("color", "auto") not in grammar.COLORS:
        return False
    if "pager" in options and "no_pager" in options:
        return False
    if "width" in options and not grammar.in_range(options["width"], grammar.MIN_WIDTH, grammar.MAX_WIDTH):
        return False
    if command == "map":
        return len(arguments) == 1 and isinstance(options.get("by"), str)
    if command == "show":
        if "batch" in options:  # a batch answers in JSON: --profile and --topic are for one pair
            return not arguments and "profile" not in options and "topic" not in options
        return len(arguments) == 2
    if command == "partners":
        return (len(arguments) == 1 and isinstance(options.get("by"), str)
                and ("limit" not in options or grammar.in_range(options["limit"], grammar.MIN_LIMIT, grammar.MAX_LIMIT)))
    return bool(arguments) and ("limit" not in options or grammar.in_range(options["limit"], grammar.MIN_LIMIT, grammar.MAX_LIMIT))


def run(argv: list[str]) -> int | None:
    """Answer `argv` and return the exit code, or None to leave it to the Typer app."""
    parsed = parse(argv)
    if parsed is None:
        return None
    command, arguments, options, data = parsed
    from . import run as runner
    from .errors import RelationsError
    from .render.output import OutputMode, report_error, resolve_mode

    def option(name: str) -> str | None:
        value = options.get(name)
        return value if isinstance(value, str) else None

    pager = False if "no_pager" in options else (True if "pager" in options else None)
    json_flag = bool(options.get("json"))
    try:
        mode = resolve_mode(
            format=option("format"), json=json_flag, fields=option("fields"),
            color=option("color"), pager=pager, width=int(option("width") or 0) or None,
        )
    except RelationsError as error:
        report_error(OutputMode(json=json_flag), error, error.exit_code)
        return error.exit_code
    if command == "map":
        return runner.world_map(mode, arguments[0], option("by") or "", data)
    if command == "show" and "batch" in options:
        return runner.run_batch(mode, option("batch") or "-", data)
    if command == "show":
        return runner.show(mode, arguments[0], arguments[1], data, option("topic"), bool(options.get("profile")))
    if command == "partners":
        limit_text = option("limit")
        return runner.partners(mode, arguments[0], option("by") or "", option("where"),
                               int(limit_text) if limit_text else None, option("among"), data)
    limit = int(option("limit") or grammar.DEFAULT_LIMIT)
    return runner.search(mode, arguments, option("topic"), option("party"), limit, data)
