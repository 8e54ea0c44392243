"""How every command's help and usage errors read: one style, in our words.

Typer draws the help; this module gives it what to draw. `Command` and `Group` (the classes every
command and the app are built with, set by `finish`) tidy each parameter before it is shown:
a flag shows no metavar (`--json`, not `--json <bool>`), a value shows one in capitals (`FILE`,
`NAME`, `N`), a choice its values (`auto|always|never`), a range goes into the help text, and the
usage line writes arguments one way (`A B`, `[A] [B]`, `NAMES...`). `help_text` joins each prose
paragraph into one line, so that it wraps to the terminal and not at the source's line breaks, and
keeps the examples indented alike. A usage error (an unknown option, a bad value, a missing
argument) is reworded by `usage_message` and written as every other error is:
`relations: error: ...` on stderr, exit 2.
"""

from __future__ import annotations

import inspect
import re
import sys
from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from .. import settings as grammar

# Metavars by option name, where the type alone does not say what the value is.
METAVARS = {
    "--data": "PATH",
    "--party": "NAME",
    "--topic": "TOPIC",
    "--source": "ID",
    "--id": "ID",
    "--date": "DATE",
    "--text": "TEXT",
    "--note": "TEXT",
    "--file": "FILE",
    "--source-title": "TITLE",
    "--format": "FORMAT",
    "--batch": "FILE",
    "--export": "FILE",
    "--fields": "A,B,C",
    "--limit": "N",
    "--width": "N",
}

# Argument metavars by parameter name.
ARGUMENTS = {"first": "A", "second": "B", "names": "NAMES", "query": "WORDS", "filter": "TEXT", "targets": "PATH"}


def _choices(param: Any) -> tuple[str, ...]:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or not descriptor.is_choice:
        return ()
    return tuple(str(getattr(c, "value", c)) for c in descriptor.choices or ())


def _range(param: Any) -> tuple[int | None, int | None]:
    return getattr(param, "min", None), getattr(param, "max", None)


def tidy(param: Any) -> None:
    """Give one parameter our help style (idempotent)."""
    if getattr(param, "_relations_tidy", False):
        return
    param._relations_tidy = True
    if param.help:
        param.help = param.help.replace("`", "'")
    if isinstance(param, TyperArgument):
        param.metavar = ARGUMENTS.get(param.name or "", (param.name or "value").upper())
        param.display_type_rich = lambda ctx: None  # the metavar names it; no `<str>` beside it
        param._usage_display_name = lambda: param.metavar + ("..." if param.nargs != 1 else "") if param.required else f"[{param.metavar}]" + ("..." if param.nargs != 1 else "")
        return
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        param.metavar = ""  # a flag takes no value: nothing to show
        return
    long = max(param.opts, key=len)
    choices = _choices(param)
    if long in METAVARS:
        param.metavar = METAVARS[long]
    elif choices:
        param.metavar = "|".join(choices)
    else:
        param.metavar = "VALUE"
    low, high = _range(param)
    if low is not None or high is not None:
        param._get_number_range_help_str = lambda: None
        bounds = f"{low} to {high}" if low is not None and high is not None else (f"at least {low}" if low is not None else f"at most {high}")
        param.help = (param.help or "").rstrip().rstrip(".") + f"; {bounds}."
    if param.nargs != 1 or getattr(param, "multiple", False):
        param.help = (param.help or "").rstrip()
        if "repeatable" not in param.help:
            param.help += " (repeatable)"


class _Tidy:
    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            tidy(param)
        return params

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        self.get_params(ctx)
        return super().collect_usage_pieces(ctx)  # type: ignore[misc]

    def make_context(self, info_name: Any, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)  # type: ignore[misc]
        except typer.Exit:
            raise
        except typer.TyperException as error:
            usage_error(error)
            raise


class Command(_Tidy, TyperCommand):
    """A command in our help style, with usage errors in our words."""


class Group(_Tidy, TyperGroup):
    """The app in our help style, with usage errors in our words; output options given before the
    command are taken as given after it (`settings.command_first`), as on the fast path."""

    def make_context(self, info_name: Any, args: list[str], parent: Any = None, **extra: Any) -> Any:
        return super().make_context(info_name, grammar.command_first(list(args)), parent=parent, **extra)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as error:
            usage_error(error)
            raise


def usage_error(error: Exception) -> None:
    """Write a usage error in our words and exit 2; anything else is left to Typer."""
    if getattr(error, "exit_code", None) != 2 or type(error).__name__ == "NoArgsIsHelpError":
        return
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        for param in ctx.command.get_params(ctx):
            tidy(param)
        usage = ctx.get_usage().replace("Usage: ", "", 1)
        sys.stderr.write(f"relations: usage: {usage} ('{ctx.command_path} --help' for more)\n")
    sys.stderr.write(f"relations: error: {usage_message(error)}\n")
    raise typer.Exit(2)


def _or(values: list[str] | tuple[str, ...]) -> str:
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " or " + values[-1]


def _name(param: Any) -> str:
    if isinstance(param, TyperArgument):
        return param.metavar or (param.name or "").upper()
    return max(param.opts, key=len)


def usage_message(error: Exception) -> str:
    """A usage error said in our words: what was wrong and what is expected, never the
    wording of the library that found it."""
    kind = type(error).__name__
    message = str(getattr(error, "message", "") or error)
    param = getattr(error, "param", None)
    if kind == "NoSuchOption":
        option = getattr(error, "option_name", "")
        possibilities = sorted(getattr(error, "possibilities", None) or [])
        ctx = getattr(error, "ctx", None)
        output = {name: o.takes_value for o in grammar.OUTPUT_OPTIONS for name in o.names}
        if ctx is not None and ctx.parent is None and option in output:  # before the command, with none after
            example = f"{option} VALUE" if output[option] else option
            return f"{option} goes with a command, as in: relations show A B {example}"
        text = f"there is no option {option}"
        return text + (f"; did you mean {_or(possibilities)}?" if possibilities else "")
    if kind == "BadOptionUsage":
        option = getattr(error, "option_name", "")
        if "requires" in message:
            return f"{option} needs a value"
        if "does not take" in message:
            return f"{option} takes no value"
        return f"{option} is not used that way"
    if kind == "MissingParameter" and param is not None:
        if isinstance(param, TyperArgument):
            what = "names" if param.nargs != 1 else "name"
            return f"{_name(param)} is missing: {_first_sentence(param.help) or what}"
        return f"{_name(param)} is required: {_first_sentence(param.help)}".rstrip(": ")
    if param is not None:
        name = _name(param)
        choices = _choices(param)
        given = re.search(r"'(.*?)' is not one of", message)
        if choices:
            return f"{name} must be {_or(choices)}" + (f", not {given.group(1)!r}" if given else "")
        low, high = _range(param)
        descriptor = getattr(param, "type_descriptor", None)
        annotation = getattr(descriptor, "annotation", None)
        if low is not None or high is not None or annotation is int:
            if low is not None and high is not None:
                return f"{name} must be a whole number from {low} to {high}"
            return f"{name} must be a whole number"
        return f"{name} has a value it cannot use"
    extra = re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", message)
    if extra:
        return f"more arguments than {ctx_path(error)} takes: {extra.group(1)}"
    command = re.match(r"No such command '(.*?)'\.(?: Did you mean (.*)\?)?", message)
    if command:
        text = f"there is no command {command.group(1)!r}"
        return text + (f"; did you mean {command.group(2)}?" if command.group(2) else "; 'relations --help' lists them")
    return message[:1].lower() + message[1:].rstrip(".")


def _first_sentence(text: str | None) -> str:
    sentence = (text or "").split(". ")[0].rstrip(".")
    return sentence[:1].lower() + sentence[1:]


def ctx_path(error: Exception) -> str:
    ctx = getattr(error, "ctx", None)
    return ctx.command_path if ctx is not None else "relations"


def help_text(doc: str | None) -> str:
    """A docstring as help: each prose paragraph one line (Rich wraps it to the terminal), each
    example line kept, indented by two spaces, and backticks (which the terminal shows as they
    are) turned into quotes."""
    if not doc:
        return ""
    paragraphs = []
    for paragraph in inspect.cleandoc(doc).split("\n\n"):
        lines = paragraph.split("\n")
        if all(line.startswith("  ") for line in lines):  # examples; a line ending in \ goes on
            example = []
            for before, line in zip(["", *lines], lines, strict=False):
                example.append(("    " if before.endswith("\\") else "  ") + line.strip())
            paragraphs.append("\n".join(example))
        else:
            paragraphs.append(" ".join(line.strip() for line in lines))
    text = "\n\n".join(p.replace("`", "'") for p in paragraphs[1:])
    # Typer dedents all but the first line of what follows the first paragraph: a blank first line
    # keeps the examples' indent whatever paragraph comes first.
    return paragraphs[0].replace("`", "'") + ("\n\n\n" + text if text else "")


def finish(app: typer.Typer) -> None:
    """Give every registered command our classes and help text (call once, after registering)."""
    for info in app.registered_commands:
        if info.cls in (None, TyperCommand):
            info.cls = Command
        doc = info.help if info.help is not None else (info.callback.__doc__ if info.callback else None)
        info.help = help_text(doc)
    app.info.help = help_text(app.info.help if isinstance(app.info.help, str) else None)
