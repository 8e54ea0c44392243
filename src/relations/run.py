"""Running one command: open the data, do the command's work (`relations.commands`), render its
result (`relations.render`), warn about bad data files, and turn domain errors into a message and
an exit code. The one place where commands and renderers meet; shared by the Typer app and the
fast path, so both give the same answer. No Typer or Rich here."""

from __future__ import annotations

from . import paths
from .dataset.store import Store, open_store
from .errors import RelationsError
from .render.output import OutputMode, emit, note, report_error, warn

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable


def run_command(mode: OutputMode, work: Callable[[Store], None], extra_data: list[str], notes: bool = True) -> int:
    """Do `work` on the dataset; the exit code (0, or the error's documented code).

    With `notes`, a name that resolves to something a little different from what was typed
    ("scotland": the United Kingdom) says so in one line on stderr, unless the output is JSON,
    which carries the note as the party's `note`."""
    from .dataset import sqlite3

    on_note = note if notes and mode.form not in ("json", "jsonl") else None
    try:
        roots = paths.data_roots(extra_data)
        try:
            store = open_store(roots, warn=warn, progress=progress_bar())
            store.on_note = on_note
            warn_problems(store)
            work(store)
        except sqlite3.DatabaseError:
            # An index file damaged inside (zeroed pages, say) can pass the check made when it is
            # opened; it is only a cache, so it is dropped and built again, once, as a truncated one is.
            from .dataset.index import discard_index_files

            discard_index_files(paths.cache_dir())
            store = open_store(roots, warn=warn, progress=progress_bar())
            store.on_note = on_note
            work(store)
    except RelationsError as error:
        report_error(mode, error, error.exit_code)
        return error.exit_code
    return 0


def warn_problems(store: Store) -> None:
    """Each problem in the data files once, on stderr: the rest of the data still answers."""
    for problem in store.problems[:5]:
        what = "the fact is still used" if problem.kept else "this entry is left out"
        warn(f"{problem} ({what}; 'relations validate' lists every problem)")
    if len(store.problems) > 5:
        warn(f"{len(store.problems) - 5} more problems in the data are not shown")


def progress_bar() -> Callable[[int, int], None] | None:
    """A progress line for index builds on a terminal (stderr); nothing when stderr is not one."""
    import sys

    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\rrelations: indexing facts [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def show(mode: OutputMode, first: str, second: str, extra_data: list[str], topic: str | None = None,
         only_profile: bool = False) -> int:
    """`show A B`: the pair's profile and facts, written in the mode's form."""
    from .commands.show import show
    from .render import renderings

    return run_command(
        mode, lambda store: emit(mode, renderings.show(show(store, first, second, topic, only_profile))), extra_data
    )


def search(mode: OutputMode, words: list[str], topic: str | None, party: str | None, limit: int, extra_data: list[str]) -> int:
    """`search WORDS`: the matching facts, best first, written in the mode's form."""
    from .commands.search import search
    from .render import renderings

    return run_command(mode, lambda store: emit(mode, renderings.search(search(store, words, topic, party, limit))), extra_data)


def run_batch(mode: OutputMode, source: str, extra_data: list[str]) -> int:
    """`show --batch FILE` (`-`: stdin): one JSON document per pair line, in order, on stdout.

    Exit 0 when every line was answered, 1 when some were not (their lines carry the error).
    When the reader goes away (`| head -1`) the batch stops, quietly."""
    import json
    import sys

    from .commands.show import show_batch
    from .errors import UsageError
    from .render.documents import error_document, pair_document
    from .render.output import write

    if mode.form not in ("table", "json", "jsonl"):
        error = UsageError("--batch writes JSON Lines: leave out --format, or give --format jsonl")
        report_error(mode, error, error.exit_code)
        return error.exit_code
    failures: list[int] = []

    def work(store: Store) -> None:
        import contextlib

        try:
            # Bytes, decoded line by line in show_batch: one line that is not UTF-8 fails alone.
            stdin = getattr(sys.stdin, "buffer", None)
            if source != "-":
                handle = open(source, "rb")  # noqa: SIM115
            elif stdin is not None:
                handle = contextlib.nullcontext(stdin)
            else:
                handle = contextlib.nullcontext(sys.stdin)
        except OSError as exc:
            raise UsageError(f"cannot read the batch file {source!r}: {exc.strerror or exc}") from None
        with handle as lines:
            # One line out per line in, as soon as it is answered: memory stays flat on long batches.
            for number, line, answer in show_batch(store, lines):
                if isinstance(answer, RelationsError):
                    document = error_document(answer, answer.exit_code) | {"line": number, "input": line}
                    failures.append(number)
                else:
                    document = pair_document(answer)
                if not write(json.dumps(document, ensure_ascii=False) + "\n", flush=False):
                    return  # nobody reads any more
        write("")

    code = run_command(mode, work, extra_data, notes=False)  # each JSON line carries its notes
    return code or (1 if failures else 0)
