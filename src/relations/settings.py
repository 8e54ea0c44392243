"""The option grammar, declared once, and the user's settings (`config.toml`, the environment, flags).

The grammar: every output format, colour choice, pager choice, width and `--limit` range and
default, and the name of every option the commands share. Both the Typer options
(`relations.cli.options`, `relations.cli.search`, `relations.cli.show`) and the fast parser
(`relations.fast`) are built from it, and the settings below check values against it, so a name
or a range changed here changes every path (a test holds that).

Precedence, highest first: a command-line flag, the environment (RELATIONS_FORMAT,
RELATIONS_COLOR, RELATIONS_PAGER, RELATIONS_WIDTH; NO_COLOR turns colour off), the config file,
the defaults. Every value remembers where it came from, so `relations config` can say why a
setting is what it is. A bad value in one layer is reported and that layer is skipped for that
setting: a typo in a config file never stops a command.

The output layer asks with ``config.settings().get("color")``; a command that has the flag's
value passes it in ``settings(flags={"color": value})``.

Config file example::

    # ~/.config/relations/config.toml
    format = "table"   # table | json | jsonl | csv | markdown
    color = "auto"     # auto | always | never
    pager = "auto"     # auto (page long output on a terminal) | never
    width = 100        # columns, 20-1000, or "auto" (the terminal's width)
"""

from __future__ import annotations

import os

from . import paths
from .errors import DataError
from .records import factory, record

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

CONFIG_NAME = "config.toml"
# A config file is a handful of lines; anything larger is not one.
MAX_CONFIG_BYTES = 64 * 1024

# -- the option grammar ----------------------------------------------------------------------------

FORMATS = ("table", "json", "jsonl", "csv", "markdown")
MACHINE_FORMATS = ("json", "jsonl", "csv")  # never drawn with Rich, never styled
COLORS = ("auto", "always", "never")
PAGERS = ("auto", "never")
MIN_WIDTH, MAX_WIDTH = 20, 1000
MIN_LIMIT, MAX_LIMIT, DEFAULT_LIMIT = 1, 100000, 20  # search --limit


@record
class Option:
    """One command-line option: its parameter name, its spellings (the long one first) and whether
    it takes a value. A flag pair (`--pager/--no-pager`) lists both spellings."""

    key: str
    names: tuple[str, ...]
    takes_value: bool


# The output options every command shares (`@output_options` in the CLI).
OUTPUT_OPTIONS = (
    Option("format", ("--format", "-f"), True),
    Option("json", ("--json",), False),
    Option("fields", ("--fields",), True),
    Option("color", ("--color",), True),
    Option("pager", ("--pager", "--no-pager"), False),
    Option("width", ("--width",), True),
    Option("export", ("--export",), True),
)
# Each command's own options, for the commands the fast path answers.
COMMAND_OPTIONS = {
    "show": (
        Option("batch", ("--batch",), True),
        Option("profile", ("--profile",), False),
        Option("topic", ("--topic", "-t"), True),
    ),
    "search": (
        Option("topic", ("--topic", "-t"), True),
        Option("party", ("--party", "-p"), True),
        Option("limit", ("--limit", "-n"), True),
    ),
    "partners": (
        Option("by", ("--by", "-b"), True),
        Option("where", ("--where", "-w"), True),
        Option("limit", ("--limit", "-n"), True),
        Option("among", ("--among",), True),
    ),
    "map": (
        Option("by", ("--by", "-b"), True),
    ),
}
# Output options the fast path leaves to the Typer app (exporting draws with Rich anyway).
TYPER_ONLY = ("export",)
# The global option, given before the command.
DATA_OPTION = "--data"


def command_first(argv: list[str]) -> list[str]:
    """`argv` with the output options written before the command moved to just after it, where
    the commands take them: `relations --json show a b` is `relations show --json a b` (add,
    validate, paths and config take --json alone, and say so of the others). The global --data
    stays where it is. Anything else before the command (--help, --version, an
    unknown option), or no command at all, leaves `argv` as it is, for the usual message."""
    takes_value = {name: option.takes_value for option in OUTPUT_OPTIONS for name in option.names}
    kept: list[str] = []
    moved: list[str] = []
    index = 0
    while index < len(argv):
        name, has_value, _ = argv[index].partition("=")
        if name == DATA_OPTION:
            target = kept
        elif name in takes_value:
            target = moved
        else:
            break
        width = 2 if (name == DATA_OPTION or takes_value[name]) and not has_value else 1
        target += argv[index:index + width]
        index += width
    if not moved or index >= len(argv) or argv[index].startswith("-"):
        return argv
    return [*kept, argv[index], *moved, *argv[index + 1:]]


def option(key: str, command: str | None = None) -> Option:
    """The option called `key` (one of the output options, or of `command`'s own)."""
    for candidate in (*OUTPUT_OPTIONS, *COMMAND_OPTIONS.get(command or "", ())):
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def in_range(value: str | bool, low: int, high: int) -> bool:
    """Whether a command-line value is a plain decimal number from `low` to `high`."""
    return isinstance(value, str) and value.isascii() and value.isdigit() and low <= int(value) <= high


# -- the user's settings ---------------------------------------------------------------------------

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _choice(name: str, grammar: str) -> Callable[[object], object]:
    """A check against the grammar's tuple called `grammar`, read when checking (never copied)."""

    def check(value: object) -> object:
        choices = globals()[grammar]
        if isinstance(value, str) and value.strip().lower() in choices:
            return value.strip().lower()
        raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}")

    return check


def _pager(value: object) -> object:
    if isinstance(value, bool):
        return "auto" if value else "never"
    if isinstance(value, str):
        word = value.strip().lower()
        if word in PAGERS:
            return word
        if word in _TRUE:
            return "auto"
        if word in _FALSE:
            return "never"
    raise ValueError(f"pager must be one of {', '.join(PAGERS)} (or true/false), not {value!r}")


def _width(value: object) -> object:
    if isinstance(value, str) and value.strip().lower() == "auto":
        return "auto"
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    if number is None or not MIN_WIDTH <= number <= MAX_WIDTH:
        raise ValueError(f"width must be a number of columns from {MIN_WIDTH} to {MAX_WIDTH}, or auto, not {value!r}")
    return number


@record
class Spec:
    name: str
    default: object
    env: str
    check: Callable[[object], object]
    help: str


SPECS: dict[str, Spec] = {
    spec.name: spec
    for spec in (
        Spec("format", "table", "RELATIONS_FORMAT", _choice("format", "FORMATS"), "output format: " + " | ".join(FORMATS)),
        Spec("color", "auto", "RELATIONS_COLOR", _choice("color", "COLORS"), "colour and tables: " + " | ".join(COLORS)),
        Spec("pager", "auto", "RELATIONS_PAGER", _pager, "page long output on a terminal: auto | never"),
        Spec("width", "auto", "RELATIONS_WIDTH", _width, f"columns for terminal output: auto or {MIN_WIDTH}-{MAX_WIDTH}"),
    )
}


@record
class Setting:
    name: str
    value: object
    origin: str  # flag | env | file | default
    detail: str  # the flag, variable or file it came from ("" for a default)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "origin": self.origin, "detail": self.detail}


@record
class Settings:
    values: dict[str, Setting]
    config_file: str
    problems: list[DataError] = factory(list)

    def get(self, name: str) -> Any:
        return self.values[name].value

    def origin(self, name: str) -> Setting:
        return self.values[name]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.values.values())


def config_file() -> str:
    return os.path.join(paths.config_dir(), CONFIG_NAME)


def read_config_file(path: str | os.PathLike[str]) -> tuple[dict[str, Any], list[DataError]]:
    """The settings in a config file, and its problems; a missing file is no settings, no problem."""
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        return {}, []
    except OSError as exc:
        return {}, [DataError(str(path), None, f"cannot read: {exc.strerror or exc}")]
    if size > MAX_CONFIG_BYTES:
        return {}, [DataError(str(path), None, f"a config file is at most {MAX_CONFIG_BYTES // 1024} KB; this one is {size} bytes, so it is ignored")]
    from . import tomlread  # only when there is a config file to read (it costs milliseconds)
    try:
        with open(path, encoding="utf-8") as handle:
            document = tomlread.loads(handle.read())
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [DataError(str(path), None, f"cannot read: {exc}")]
    except tomlread.TOMLDecodeError as exc:
        import re

        match = re.search(r"line (\d+)", str(exc))
        return {}, [DataError(str(path), int(match.group(1)) if match else None, f"not valid TOML, so it is ignored: {exc}")]
    problems = []
    for key in document:
        if key not in SPECS:
            problems.append(DataError(str(path), _line_of(path, key), f"unknown setting {key!r} (known: {', '.join(SPECS)})"))
    return {k: v for k, v in document.items() if k in SPECS}, problems


def settings(
    flags: Mapping[str, object | None] | None = None,
    environ: Mapping[str, str] | None = None,
    path: str | os.PathLike[str] | None = None,
) -> Settings:
    """The settings in force, each with where it came from. `flags` maps a setting to the value of
    its command-line flag, None where the flag was not given."""
    environ = os.environ if environ is None else environ
    path = config_file() if path is None else path
    from_file, problems = read_config_file(path)
    values: dict[str, Setting] = {}
    for name, spec in SPECS.items():
        layers: list[tuple[str, str, object]] = []
        flag = (flags or {}).get(name)
        if flag is not None:
            layers.append(("flag", f"--{name}", flag))
        if environ.get(spec.env, "") != "":
            layers.append(("env", spec.env, environ[spec.env]))
        if name == "color" and environ.get("NO_COLOR", "") != "":
            # no-color.org: a non-empty NO_COLOR turns colour off unless asked for more specifically.
            layers.append(("env", "NO_COLOR", "never"))
        if name in from_file:
            layers.append(("file", str(path), from_file[name]))
        chosen: Setting | None = None
        # Every layer is checked, so a typo in the file is reported even while a flag overrides it.
        for origin, detail, raw in layers:
            try:
                value = spec.check(raw)
                chosen = chosen or Setting(name, value, origin, detail)
            except ValueError as exc:
                where = str(path) if origin == "file" else detail
                line = _line_of(path, name) if origin == "file" else None
                problems.append(DataError(where, line, f"{exc}; ignored"))
        values[name] = chosen or Setting(name, spec.default, "default", "")
    return Settings(values, path, problems)


def _line_of(path: str | os.PathLike[str], key: str) -> int | None:
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, start=1):
        if line.strip().startswith(key) and line.strip()[len(key):].lstrip().startswith("="):
            return number
    return None
