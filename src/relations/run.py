"""Running one command: open the data, do the command's work (`relations.commands`), render its
result (`relations.render`), warn about bad data files, and turn domain errors into a message and
an exit code. The one place where commands and renderers meet; shared by the Typer app and the
fast path, so both give the same answer. No Typer or Rich here."""

from __future__ import annotations

import os

from . import paths
from .dataset.store import Store, open_store
from .errors import RelationsError
from .render.output import OutputMode, emit, note, report_error, warn

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


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


def partners(mode: OutputMode, name: str, aspect: str, where: str | None, limit: int | None, among: str | None,
             extra_data: list[str]) -> int:
    """`partners COUNTRY --by ASPECT`: every partner's value for one aspect, written in the mode's form."""
    from .commands.partners import partners
    from .render import renderings

    return run_command(
        mode, lambda store: emit(mode, renderings.partners(partners(store, name, aspect, where, limit, among))), extra_data
    )


def world_map(mode: OutputMode, name: str, by: str, extra_data: list[str]) -> int:
    """`map COUNTRY --by ASPECT`: a world map of the country's values for one aspect."""
    from .commands.maps import world_map
    from .render import renderings
    from .render.output import coloured, columns

    def work(store: Store) -> None:
        view = world_map(store, name, by, bool(mode.export))
        emit(mode, renderings.world_map(view, columns(mode), coloured(mode)))

    return run_command(mode, work, extra_data)


def run_batch(mode: OutputMode, source: str, extra_data: list[str]) -> int:
    """`show --batch FILE` (`-`: stdin): one JSON document per pair line, in order, on stdout.

    Exit 0 when every line was answered, 1 when some were not (their lines carry the error).
    When the reader goes away (`| head -1`) the batch stops, quietly."""
    import sys

    from .commands.show import read_pairs
    from .errors import UsageError
    from .render.output import write, write_file

    if mode.form not in ("table", "json", "jsonl"):
        error = UsageError("--batch writes JSON Lines: leave out --format, or give --format jsonl")
        report_error(mode, error, error.exit_code)
        return error.exit_code
    failures: list[int] = []

    def work(store: Store) -> None:
        import contextlib

        try:
            # Bytes, decoded line by line in read_pairs: one line that is not UTF-8 fails alone.
            stdin = getattr(sys.stdin, "buffer", None)
            if source != "-":
                handle = open(source, "rb")  # noqa: SIM115
            elif stdin is not None:
                handle = contextlib.nullcontext(stdin)
            else:
                handle = contextlib.nullcontext(sys.stdin)
        except OSError as exc:
            raise UsageError(f"cannot read the batch file {source!r}: {exc.strerror or exc}") from None
        # One line out per line in, as soon as it is answered: memory stays flat on long batches.
        # `closing` stops the workers of a batch left early (the reader gone, an error, Ctrl-C).
        with handle as lines, contextlib.closing(batch_lines(store, read_pairs(lines), paths.data_roots(extra_data))) as answers:
            for failed, text, spooled in answers:
                failures.extend(failed)
                if not (write(text, flush=False) if spooled is None else write_file(spooled)):
                    return  # nobody reads any more
        write("")

    code = run_command(mode, work, extra_data, notes=False)  # each JSON line carries its notes
    return code or (1 if failures else 0)


# -- the batch's lines, in this process or in workers ------------------------------------------------

BATCH_ALONE = 16  # a batch of fewer lines is answered here: starting workers would take longer
BATCH_CHUNK = 32  # lines a worker answers at a time
_BATCH_STORE: list = []  # a worker's own store, what it wrote once (render.documents.pair_line), its spool folder


def batch_lines(store: Store, items: Iterator[tuple], roots: list[paths.DataRoot] | None,
                workers: int | None = None) -> Iterator[tuple[list[int], str | None, str | None]]:
    """The answers to the items of `read_pairs`, in order, as (the numbers of the lines that failed,
    the lines' JSON text, or None and the path of a file that holds it). A batch of at least
    `BATCH_ALONE` lines is shared, from its first line, among worker processes, one per core
    (`workers` overrides; 1: all here), each with a store of its own on `roots`: a pair takes
    about a millisecond to answer, so 1,000 pairs are half as long on two cores. Workers are
    forked (`processes.forked_pool`: Linux, and only while this process runs no other thread),
    which copies the loaded modules rather than importing them again. A worker writes each chunk's
    answers to a file of a temporary folder (its spool), which this process copies to stdout and
    removes: 1,000 pairs are 40 MB of JSON, which would otherwise be pickled and sent through a pipe."""
    import itertools

    from . import processes

    if workers is None:
        workers = processes.worker_count("RELATIONS_BATCH_WORKERS")
    written: dict[tuple, str] = {}
    head = list(itertools.islice(items, BATCH_ALONE))
    pool = spool = None
    if len(head) == BATCH_ALONE and roots is not None and workers > 1:
        spool = _spool_folder()
        pool = processes.forked_pool(workers, _batch_worker_init, (roots, spool))
    if pool is None:
        _remove_spool(spool)
        for number, line, names in itertools.chain(head, items):
            text, failed = _batch_line(store, written, number, line, names)
            yield ([number] if failed else []), text, None
        return
    import collections

    # The head goes to the workers too, shared among them: its lines can be the batch's longest
    # (a country with every other, largest first), and answered here they would wait for one core.
    share = -(-BATCH_ALONE // workers)
    chunks = itertools.chain(
        (head[start:start + share] for start in range(0, BATCH_ALONE, share)),
        iter(lambda: list(itertools.islice(items, BATCH_CHUNK)), []),
    )
    try:
        waiting: collections.deque = collections.deque()
        for order, chunk in enumerate(itertools.chain(chunks, [None])):
            if chunk is not None:
                waiting.append(pool.submit(_batch_chunk, chunk, order))
                if len(waiting) < 2 * workers:  # a few chunks ahead of the writer, no more: memory stays flat
                    continue
            while waiting and (chunk is None or len(waiting) >= 2 * workers):
                # A worker that dies (killed, out of memory) fails the batch with BrokenProcessPool
                # (an internal error), never a wait without end.
                answer = waiting.popleft().result()
                try:
                    yield answer
                finally:
                    if answer[2] is not None:
                        os.unlink(answer[2])
    finally:
        # Left early (the reader gone, an error, Ctrl-C): the chunks not started are dropped, the
        # workers finish the one they hold (a few milliseconds) and exit.
        pool.shutdown(wait=True, cancel_futures=True)
        _remove_spool(spool)


def _spool_folder() -> str | None:
    """A new temporary folder for the workers' answers; None where none can be made (they are then
    sent back through the pool's pipe)."""
    import tempfile

    try:
        return tempfile.mkdtemp(prefix="relations-batch-")
    except OSError:
        return None


def _remove_spool(spool: str | None) -> None:
    if spool is not None:
        import shutil

        shutil.rmtree(spool, ignore_errors=True)


def _batch_worker_init(roots: list[paths.DataRoot], spool: str | None) -> None:
    import signal

    # Ctrl-C is the parent's to handle (it stops the workers); a worker says nothing of it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent's SQLite connection is not to be used across fork: each worker opens its own.
    _BATCH_STORE[:] = [open_store(roots), {}, spool]


def _batch_chunk(chunk: list[tuple], order: int) -> tuple[list[int], str | None, str | None]:
    """A chunk's answers, as `batch_lines` gives them: in the spool file named `order`, encoded as
    stdout encodes text (characters it has no code for escaped, as `render.output.write` does)."""
    import sys

    store, written, spool = _BATCH_STORE
    failed, texts = [], []
    for number, line, names in chunk:
        text, bad = _batch_line(store, written, number, line, names)
        texts.append(text)
        if bad:
            failed.append(number)
    if spool is None:
        return failed, "".join(texts), None
    path = os.path.join(spool, str(order))
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    with open(path, "wb") as handle:
        handle.writelines(text.encode(encoding, "backslashreplace") for text in texts)
    return failed, None, path


def _batch_line(store: Store, written: dict[tuple, str], number: int, line: str,
                names: tuple[str, str] | None | RelationsError) -> tuple[str, bool]:
    """One batch line's JSON text and whether it failed; `written` holds what was written once
    (sources and shared memberships) for the batch, in this process."""
    from .commands.show import answer_line
    from .jsontext import dumps
    from .render.documents import error_document, pair_line

    answer = answer_line(store, names)  # type: ignore[arg-type]
    if isinstance(answer, RelationsError):
        document = error_document(answer, answer.exit_code) | {"line": number, "input": line}
        return dumps(document) + "\n", True
    return pair_line(answer, written), False
