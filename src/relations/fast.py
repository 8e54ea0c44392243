"""The fast path: `show` and `search` answered without importing Typer (or Rich, unless drawing
for a terminal).

Typer and its dependencies take longer to import than a whole answer from the index, and these
two commands are the ones scripts run in loops. This module recognises exactly the command lines
it can answer the same way as the Typer app — same core (`actions`), same output (`output.emit`),
same errors — and leaves every other command line (help, completion, anything unusual or
invalid) to the Typer app, which stays the one grammar of record. A test runs a table of command
lines both ways and compares stdout, stderr and exit codes.
"""

from __future__ import annotations

# Options each fast command accepts: name -> (takes a value, accepted values or None)
_OUTPUT_OPTIONS: dict[str, bool] = {
    "--json": False, "--format": True, "-f": True, "--fields": True, "--color": True,
    "--pager": False, "--no-pager": False, "--width": True,
}
_COMMANDS: dict[str, dict[str, bool]] = {
    "show": {**_OUTPUT_OPTIONS, "--batch": True},
    "search": {**_OUTPUT_OPTIONS, "--topic": True, "-t": True, "--party": True, "-p": True, "--limit": True, "-n": True},
}
_CANONICAL = {"-f": "--format", "-t": "--topic", "-p": "--party", "-n": "--limit"}
_FORMATS = ("table", "json", "jsonl", "csv", "markdown")
_COLORS = ("auto", "always", "never")


def parse(argv: list[str]) -> tuple[str, list[str], dict[str, str | bool], list[str]] | None:
    """(command, arguments, options, --data folders) when the fast path can answer; else None."""
    data: list[str] = []
    rest = list(argv)
    while rest and (rest[0] == "--data" or rest[0].startswith("--data=")):
        if rest[0] == "--data":
            if len(rest) < 2:
                return None
            data.append(rest[1])
            rest = rest[2:]
        else:
            data.append(rest[0].split("=", 1)[1])
            rest = rest[1:]
    if not rest or rest[0] not in _COMMANDS:
        return None
    command, accepted = rest[0], _COMMANDS[rest[0]]
    arguments: list[str] = []
    options: dict[str, str | bool] = {}
    tokens = rest[1:]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token.startswith("-") and token != "-":
            name, has_value, value = token.partition("=")
            if name not in accepted or name in options or _CANONICAL.get(name, name) in options:
                return None
            if accepted[name]:
                if not has_value:
                    if index >= len(tokens):
                        return None
                    value = tokens[index]
                    index += 1
                options[_CANONICAL.get(name, name)] = value
            elif has_value:
                return None
            else:
                options[name] = True
        else:
            arguments.append(token)
    if not _valid(command, arguments, options):
        return None
    return command, arguments, options, data


def _valid(command: str, arguments: list[str], options: dict[str, str | bool]) -> bool:
    """Only what the Typer app would accept; anything else gets the Typer app's own message."""
    if options.get("--format", "table") not in _FORMATS or options.get("--color", "auto") not in _COLORS:
        return False
    if "--pager" in options and "--no-pager" in options:
        return False
    if "--width" in options and not _integer(options["--width"], 20, 1000):
        return False
    if command == "show":
        return len(arguments) == 2 or ("--batch" in options and not arguments)
    return bool(arguments) and ("--limit" not in options or _integer(options["--limit"], 1, 100000))


def _integer(value: str | bool, low: int, high: int) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit() and low <= int(value) <= high


def run(argv: list[str]) -> int | None:
    """Answer `argv` and return the exit code, or None to leave it to the Typer app."""
    parsed = parse(argv)
    if parsed is None:
        return None
    command, arguments, options, data = parsed
    from .errors import RelationsError
    from .render.output import emit, report_error, resolve_mode
    from .run import run_batch, run_command

    def option(name: str) -> str | None:
        value = options.get(name)
        return value if isinstance(value, str) else None

    pager = False if "--no-pager" in options else (True if "--pager" in options else None)
    json_flag = bool(options.get("--json"))
    try:
        mode = resolve_mode(
            format=option("--format"), json=json_flag, fields=option("--fields"),
            color=option("--color"), pager=pager, width=int(option("--width") or 0) or None,
        )
    except RelationsError as error:
        from .render.output import OutputMode

        report_error(OutputMode(json=json_flag), error, error.exit_code)
        return error.exit_code
    from .commands import show as actions

    if command == "show" and "--batch" in options:
        return run_batch(mode, option("--batch") or "-", data)
    if command == "show":
        return run_command(mode, lambda store: emit(mode, actions.show(store, arguments[0], arguments[1])), data)
    limit = int(option("--limit") or 20)
    return run_command(
        mode,
        lambda store: emit(mode, actions.search(store, arguments, option("--topic"), option("--party"), limit)),
        data,
    )
