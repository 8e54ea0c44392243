"""Where output goes and in what form; and how errors are reported.

The one module that owns the consoles, and the one writer of stdout (`write`). Rich is imported only
when drawing for a terminal, so the machine formats and piped plain text never load it (the fast
start-up path relies on that).

Every command, on every path, writes its result with one call::

    emit(mode, rendering)

`mode` is an `OutputMode` (build it with `resolve_mode(...)`, which applies the user's settings from
`relations.settings`: flag > environment > config file > default); `rendering` is a `Rendering`, the
command's result ready to be drawn in each form. `relations.render.renderings` builds one per command
(`renderings.show(view)`, `renderings.search(result)`, ...), without importing Rich.

Forms (`--format`): table (Rich on a terminal, plain text when piped), json (one document),
jsonl (one row per line), csv (a header row, then one row per line), markdown. `--fields` narrows
the rows of json, jsonl, csv and markdown to the named fields (an unknown one is a usage error
listing the valid ones). See docs/json.md.
"""

from __future__ import annotations

import os
import sys

from ..errors import RelationsError, UsageError
from ..records import record
from .documents import dumps, error_document

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

EXPORT_SUFFIXES = (".svg", ".html", ".htm", ".txt")
EMPTY_CELL = "—"  # render.cells.EMPTY, the empty cell of a table for people


@record
class OutputMode:
    json: bool = False  # --json, shorthand for format "json" (kept: older callers pass it)
    color: str = "auto"  # auto | always | never
    format: str = "table"  # one of settings.FORMATS
    fields: tuple[str, ...] | None = None  # --fields, for json, jsonl, csv and markdown
    pager: str = "auto"  # auto (page long output when stdin and stdout are terminals) | never
    export: str | None = None  # --export: a .svg, .html or .txt file to write the terminal view to
    width: int | None = None  # columns for terminal output; None: the terminal's (COLUMNS overrides)

    @property
    def form(self) -> str:
        return "json" if self.json else self.format

    def machine(self) -> bool:
        from ..settings import MACHINE_FORMATS

        return self.form in MACHINE_FORMATS

    def rich(self) -> bool:
        """Rich tables are for a terminal, or when asked for with --color always. `never` (and
        NO_COLOR) takes the colour away, not the tables (no-color.org)."""
        if self.form != "table":
            return False
        if self.color == "always":
            return True
        # FORCE_COLOR (force-color.org) asks for colour off a terminal too, as --color always does.
        return sys.stdout.isatty() or (self.color == "auto" and bool(os.environ.get("FORCE_COLOR")))


def resolve_mode(
    *,
    format: str | None = None,
    json: bool = False,
    fields: str | None = None,
    color: str | None = None,
    pager: bool | None = None,
    export: str | None = None,
    width: int | None = None,
) -> OutputMode:
    """The output mode for a command's flags (None: not given), with the user's settings filling in
    what the flags leave out. Raises UsageError for flags that contradict each other."""
    flags: dict[str, object | None] = {
        "format": format,
        "color": color,
        "pager": None if pager is None else ("auto" if pager else "never"),
        "width": width,
    }
    chosen = _settings(flags)
    form = chosen["format"]
    if json:
        if format is not None and format != "json":
            raise UsageError(f"--json and --format {format} ask for different formats: give one of them")
        form = "json"
    field_names = None
    if fields is not None:
        field_names = tuple(f.strip() for f in fields.split(",") if f.strip())
        if not field_names:
            raise UsageError("--fields needs at least one field name, separated by commas")
        if form == "table":
            raise UsageError("--fields picks fields for --format json, jsonl, csv or markdown")
    if export is not None and os.path.splitext(str(export))[1].lower() not in EXPORT_SUFFIXES:
        raise UsageError(f"--export writes .svg, .html or .txt files; got {export!r}")
    chosen_width = chosen["width"]
    return OutputMode(
        json=form == "json",
        color=str(chosen["color"]),
        format=str(form),
        fields=field_names,
        pager=str(chosen["pager"]),
        export=export,
        width=chosen_width if isinstance(chosen_width, int) else None,
    )


def _settings(flags: dict[str, object | None]) -> dict[str, Any]:
    """Flags over the user's settings (relations.settings); the built-in defaults without it."""
    defaults: dict[str, Any] = {"format": "table", "color": "auto", "pager": "auto", "width": "auto"}
    try:
        from .. import settings
    except ImportError:  # no settings layer: flags over defaults
        return {k: v if v is not None else defaults[k] for k, v in flags.items()}
    current = settings.settings(flags=flags)
    for problem in current.problems:
        warn(str(problem))
    return {name: current.get(name) for name in defaults}


@record
class Rendering:
    """One command's result, ready to be written in every form. Each callable is called only when
    its form is asked for; `rich` imports Rich itself."""

    command: str
    document: Callable[[], dict[str, Any]]  # the JSON document (docs/json.md)
    rows: Callable[[], list[dict[str, Any]]]  # one row per fact (or entry): JSONL, CSV, markdown
    fields: tuple[str, ...]  # every field a row has, in CSV header order
    plain: Callable[[], str]  # text for pipes
    rich: Callable[[], Any]  # a Rich renderable for a terminal
    lists: tuple[str, ...] = ("facts",)  # the document's lists of rows, which --fields narrows
    markdown: Callable[[], str] | None = None  # None: a markdown table of the rows
    markdown_fields: tuple[str, ...] = ()  # the default columns of the markdown table
    cell_rows: Callable[[], list[dict[str, Any]]] | None = None  # rows for CSV and markdown, if not `rows`
    # --export's text for a suffix (".svg", ...) when the command draws it itself (the map's vector
    # shapes); None, or a None answer: the terminal view, captured.
    export: Callable[[str], str | None] | None = None


def emit(mode: OutputMode, rendering: Rendering) -> None:
    """Write one command's result to stdout in the form the mode asks for."""
    if mode.fields is not None:
        from . import rows

        rows.check_fields(mode.fields, rendering.fields)
    if mode.export:
        _export(mode, rendering)
    form = mode.form
    if form == "json" and mode.fields is None:
        write(dumps(rendering.document()) + "\n")
        return
    from . import rows  # the other forms, and --fields

    if form == "json":
        write(dumps(rows.narrow_document(rendering.document(), rendering.lists, mode.fields)) + "\n")
    elif form == "jsonl":
        write(rows.jsonl(rendering.rows(), mode.fields))
    elif form == "csv":
        # An empty cell is empty in CSV ("—" is for people reading a table).
        table = [{k: "" if v == EMPTY_CELL else v for k, v in row.items()} for row in (rendering.cell_rows or rendering.rows)()]
        write(rows.csv_text(table, mode.fields or rendering.fields))
    elif form == "markdown":
        if rendering.markdown is not None and mode.fields is None:
            write(rendering.markdown())
        else:
            columns = mode.fields or rendering.markdown_fields or rendering.fields
            write(rows.markdown_table((rendering.cell_rows or rendering.rows)(), columns))
    elif mode.rich():
        _print_rich(mode, rendering.rich())
    else:
        write(rendering.plain())


def console(mode: OutputMode, stderr: bool = False):  # type: ignore[no-untyped-def]
    from rich.console import Console

    no_color = mode.color == "never" or bool(os.environ.get("NO_COLOR"))
    # COLUMNS is honoured even on a dumb terminal (Rich would fall back to 80 there).
    width = mode.width or _env_int("COLUMNS")
    return Console(
        height=_terminal_lines() if width else None,
        stderr=stderr,
        force_terminal=True if mode.color == "always" else None,
        no_color=no_color,
        highlight=False,
        emoji=False,
        markup=False,
        width=width,
    )


def coloured(mode: OutputMode) -> bool:
    """Whether a terminal view may use colour: not with --color never or NO_COLOR, nor on a dumb
    terminal unless --color always (the map then shades with characters instead)."""
    if mode.color == "never" or os.environ.get("NO_COLOR"):
        return False
    return mode.color == "always" or os.environ.get("TERM") != "dumb"


def columns(mode: OutputMode) -> int:
    """The columns to draw a fixed-width view (the map) for: --width, then COLUMNS, then the
    terminal's when writing to one, else 80."""
    width = mode.width or _env_int("COLUMNS")
    if width:
        return width
    if sys.stdout.isatty():
        try:
            return os.get_terminal_size(sys.stdout.fileno()).columns or 80
        except OSError:
            return 80
    return 80


def _env_int(name: str) -> int | None:
    value = os.environ.get(name, "")
    return int(value) if value.isdigit() and int(value) > 0 else None


def _print_rich(mode: OutputMode, renderable: Any) -> None:
    """Print for a terminal; long output goes through the pager when a person is reading it
    (stdin and stdout both terminals) unless --no-pager or the `pager` setting says never."""
    terminal = console(mode)
    with terminal.capture() as captured:
        terminal.print(renderable, highlight=False, emoji=False, markup=False)
    text = captured.get()
    if _wants_pager(mode) and text.count("\n") > terminal.size.height - 2:
        # less shows colours with -R; -F quits at once when the text fits after all; -X keeps it on screen.
        os.environ.setdefault("LESS", "-FRX")
        with terminal.pager(styles=True):
            terminal.print(renderable, highlight=False, emoji=False, markup=False)
    else:
        write(text)


def _wants_pager(mode: OutputMode) -> bool:
    return mode.pager != "never" and sys.stdin.isatty() and sys.stdout.isatty()


def _export(mode: OutputMode, rendering: Rendering) -> None:
    """Write the terminal view (Rich, at the terminal's width) to an SVG, HTML or text file."""
    import io

    from rich.console import Console

    assert mode.export is not None
    from pathlib import Path  # only when exporting

    path = Path(mode.export)
    own = rendering.export(path.suffix.lower()) if rendering.export is not None else None
    if own is not None:
        try:
            path.write_text(own, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
        sys.stderr.write(f"relations: wrote {path}\n")
        return
    width = mode.width or console(mode).size.width
    recorder = Console(record=True, file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor",
                       highlight=False, emoji=False, markup=False)
    recorder.print(rendering.rich(), highlight=False, emoji=False, markup=False)
    suffix = path.suffix.lower()
    try:
        if suffix == ".svg":
            recorder.save_svg(str(path), title=f"relations {rendering.command}".strip())
        elif suffix in (".html", ".htm"):
            recorder.save_html(str(path))
        else:
            recorder.save_text(str(path))
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    sys.stderr.write(f"relations: wrote {path}\n")


_STDOUT_GONE: list[bool] = []  # set once the reader of stdout went away


def write(text: str, flush: bool = True) -> bool:
    """The one writer of stdout: every result and report goes through here. False (and nothing
    written, from then on) once the reader has gone away (`relations search x | head -1`): that is
    not an error of ours, so nothing goes to stderr and the exit code stays the command's."""
    if _STDOUT_GONE:
        return False
    try:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError:
            # Text stdout cannot take: an argument that was not UTF-8 (Python keeps its bytes as
            # lone surrogates, and a search echoes its words) or a character outside a narrower
            # encoding. Written escaped (\udcff), which inside a JSON string is that very escape.
            encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
            sys.stdout.write(text.encode(encoding, "backslashreplace").decode(encoding))
        if flush:
            sys.stdout.flush()
    except BrokenPipeError:
        return _reader_gone()
    return True


def _reader_gone() -> bool:
    """Note that the reader of stdout went away; False, for `write` and `write_file` to give."""
    _STDOUT_GONE.append(True)
    # What is still buffered goes nowhere, rather than failing again when Python exits.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return False


def write_file(path: str) -> bool:
    """The bytes of a file (a batch worker's answers, already encoded as stdout encodes), written
    to stdout after what is buffered there; False, as `write` gives it, once the reader has gone.
    The kernel copies them (sendfile) where stdout is a file descriptor that takes it."""
    if _STDOUT_GONE:
        return False
    try:
        sys.stdout.flush()
        with open(path, "rb") as handle:
            offset = _send(handle.fileno())
            handle.seek(offset)
            rest = handle.read()
        if rest:
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is not None:
                buffer.write(rest)
                buffer.flush()
            else:
                encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
                sys.stdout.write(rest.decode(encoding))
    except BrokenPipeError:
        return _reader_gone()
    return True


def _send(source: int) -> int:
    """How many bytes of the file `source` the kernel copied to stdout's descriptor (0 where
    stdout has none, as in tests, or where it is a descriptor sendfile does not write to)."""
    sendfile = getattr(os, "sendfile", None)
    try:
        target = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both OSError and ValueError
        return 0
    if sendfile is None:
        return 0
    sent = 0
    size = os.fstat(source).st_size
    try:
        while sent < size:
            done = sendfile(target, source, sent, size - sent)
            if not done:
                break
            sent += done
    except BrokenPipeError:
        raise
    except OSError:
        pass  # the rest is copied by hand
    return sent


def warn(message: str) -> None:
    sys.stderr.write(f"relations: warning: {message}\n")


def note(message: str) -> None:
    """A word for people about the answer (a name read as another party), on stderr."""
    sys.stderr.write(f"relations: note: {message}\n")


def report_error(mode: OutputMode, error: RelationsError | str, code: int) -> None:
    """An error for people (one line on stderr), or as JSON on stderr with --json or jsonl."""
    if mode.form in ("json", "jsonl"):
        sys.stderr.write(dumps(error_document(error, code)) + "\n")
    else:
        sys.stderr.write(f"relations: error: {error}\n")


def _terminal_lines() -> int:
    """The terminal's height, as shutil.get_terminal_size gives it (LINES first), without its import."""
    lines = _env_int("LINES")
    if lines:
        return lines
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).lines or 24
    except (AttributeError, ValueError, OSError):
        return 24
