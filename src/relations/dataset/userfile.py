"""Adding a fact to the user's own TOML file without ever losing what is already there.

The user's file is never re-serialised: the new entry is appended as TOML text, so every other
entry, comment and blank line stays byte for byte. The new content must parse, with the new entry
in it, before it replaces the old file; the replacement is atomic (a temporary file in the same
folder, fsync, `os.replace`), so a full disk or a crash leaves the old file whole. A lock file
beside the user's file serialises concurrent `relations add` runs, and ids are checked and
generated under that lock, so two adds at once both land with different ids.
"""

from __future__ import annotations

import errno
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date as Date
from pathlib import Path
from typing import Any

from .. import paths, tomlread
from ..errors import DataError, RelationsError, SameParty, UsageError
from ..model import FactDate
from ..records import record
from ..tomltext import toml_entry

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    fcntl = None
else:
    import fcntl

    msvcrt = None

DEFAULT_FILE = "facts.toml"
MAX_TEXT_CHARS = 5000
# The same bound the loader puts on a user file: past it, appending would only make it worse.
MAX_USER_FILE_BYTES = 50 * 1024 * 1024  # the same bound as load.MAX_FILE_BYTES (a test checks)
LOCK_TIMEOUT_SECONDS = 30.0

# The loader's rule for fact ids (data/README.md), and a source id's.
FACT_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")

HEADER = (
    "# Your own facts for `relations`, in the same model as the shipped data (see docs/user-data.md).\n"
    "# `relations add` appends to this file and keeps everything else in it as it is; you may also\n"
    "# edit it by hand. `relations validate` checks it.\n"
)


class WriteFailed(RelationsError):
    """The user's file could not be written; it is unchanged."""


class LockTimeout(RelationsError):
    """Another `relations add` held the user's file for too long."""


@record
class Added:
    """What `add_fact` wrote: the entries, where, and on which line the fact starts."""

    path: Path
    line: int
    fact: dict[str, Any]
    source: dict[str, Any] | None
    created_file: bool


# -- choosing the file ----------------------------------------------------------------------------


def user_file(name: str | None = None, folder: Path | None = None) -> Path:
    """The user's file `name` (default facts.toml) in their first data folder.

    Only a plain file name is accepted: a user file lives in the user's data folder, never
    anywhere a path typed on the command line would lead.
    """
    name = name or DEFAULT_FILE
    if not name.endswith(".toml"):
        name += ".toml"
    if Path(name).name != name or name.startswith(".") or "\\" in name or "/" in name or len(name) > 200:
        raise UsageError(f"--file takes a file name in your data folder, like notes.toml, not a path: {name!r}")
    if folder is None:
        folders = paths.user_data_dirs()
        if not folders:
            raise UsageError("no user data folder: RELATIONS_DATA_DIR is set but empty; set it to a folder")
        folder = Path(folders[0])
    return Path(folder) / name


# -- the fact -------------------------------------------------------------------------------------


def add_fact(
    store: Any,
    *,
    first: str,
    second: str,
    topic: str,
    text: str,
    sources: list[str],
    date: str | None = None,
    ident: str | None = None,
    note: str | None = None,
    file: str | None = None,
    source_title: str | None = None,
    folder: Path | None = None,
) -> Added:
    """Check a new fact against the dataset in `store` and append it to the user's file.

    With `source_title`, an unknown source id (only one) is created as a user source in the same
    file, in the same write.
    """
    a, b = store.resolve(first), store.resolve(second)
    if a.code == b.code:
        raise SameParty(a.name)
    topic_id = store.resolve_topic(topic)
    text = _bounded("--text", text, required=True)
    note = _bounded("--note", note) if note is not None else None
    if date is not None:
        try:
            date = FactDate.parse(date.strip()).value
        except ValueError as exc:
            raise UsageError(f"--date: {exc}") from None
    if ident is not None and not FACT_ID.match(ident):
        raise UsageError(f"--id {ident!r}: an id is lower case letters, digits, '.', '-' or '_', starting with a letter or digit")
    if ident is not None and len(ident) > 200:
        raise UsageError("--id is at most 200 characters")
    if not sources:
        raise UsageError("--source is required: the id of the source this fact comes from ('relations sources' lists them)")
    known = {s.id for s in store.sources_by_id(list(dict.fromkeys(sources)))}
    unknown = [s for s in dict.fromkeys(sources) if s not in known]
    new_source: dict[str, Any] | None = None
    if unknown:
        if source_title is None or len(unknown) > 1:
            raise UsageError(_unknown_source_message(store, unknown))
        if not SOURCE_ID.match(unknown[0]) or len(unknown[0]) > 200:
            raise UsageError(f"--source {unknown[0]!r}: a new source id is lower case letters, digits, '.', '-' or '_'")
        new_source = {
            "id": unknown[0],
            "title": _bounded("--source-title", source_title, required=True),
            "kind": "user",
            "date": Date.today().isoformat(),
            "note": "Created by 'relations add'.",
        }
    elif source_title is not None:
        raise UsageError(f"--source-title is for a new source, and {sources[0]!r} already exists")

    pair = "-".join(sorted((a.code.lower(), b.code.lower())))
    path = user_file(file, folder)

    def entries(current: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        in_file = {f.get("id") for f in _tables(current, "fact")}
        if ident is not None:
            if ident in in_file or store.has_fact(ident):
                raise UsageError(f"a fact with id {ident!r} exists already; choose another --id (or leave it out for a new one)")
            fact_id = ident
        else:
            prefix = f"user.{pair}."
            taken = in_file | set(store.fact_ids_starting(prefix))
            numbers = [int(i[len(prefix):]) for i in taken if isinstance(i, str) and i.startswith(prefix) and i[len(prefix):].isdigit()]
            fact_id = f"{prefix}{max(numbers, default=0) + 1}"
        fact: dict[str, Any] = {"id": fact_id, "parties": [a.code, b.code], "topic": topic_id}
        if date is not None:
            fact["date"] = date
        fact["text"] = text
        fact["sources"] = list(dict.fromkeys(sources))
        if note:
            fact["note"] = note
        result: list[tuple[str, dict[str, Any]]] = []
        if new_source is not None:
            if new_source["id"] in {s.get("id") for s in _tables(current, "source")}:
                raise UsageError(f"source {new_source['id']!r} is already in {path}: leave out --source-title")
            result.append(("source", new_source))
        result.append(("fact", fact))
        return result

    written_path, line, created, written = append_entries(path, entries)
    fact_entry = written[-1][1]
    return Added(written_path, line, fact_entry, new_source, created)


def _bounded(option: str, value: str | None, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise UsageError(f"{option} must not be empty")
    if len(value) > MAX_TEXT_CHARS:
        raise UsageError(f"{option} is at most {MAX_TEXT_CHARS} characters; got {len(value)}")
    return value


def _unknown_source_message(store: Any, unknown: list[str]) -> str:
    ids = sorted(s.source.id for s in store.sources())
    return (
        f"unknown source {', '.join(repr(s) for s in unknown)}. Known sources: {', '.join(ids)}. "
        f"To cite a new one, add --source-title \"Its title\" (one new source at a time), or add a [[source]] "
        f"with id and title to your file first (see docs/user-data.md)"
    )


def _tables(document: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = document.get(key, [])
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


# -- the write ------------------------------------------------------------------------------------


def append_entries(
    path: Path,
    build: Callable[[dict[str, Any]], list[tuple[str, dict[str, Any]]]],
) -> tuple[Path, int, bool, list[tuple[str, dict[str, Any]]]]:
    """Append the entries `build` returns (given the file's current content) to `path`, under its
    lock, atomically. Returns the path written, the line the last entry starts on, whether the file
    was created, and the entries. The file is unchanged if anything fails."""
    if path.is_symlink():
        path = path.resolve()  # replace the file the link points to, not the link
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteFailed(f"cannot create your data folder {folder}: {exc.strerror or exc}") from None
    with _locked(folder / f".{path.name}.lock"):
        try:
            size = path.stat().st_size
            if size > MAX_USER_FILE_BYTES:
                raise UsageError(
                    f"{path} is {size} bytes; a user file is at most {MAX_USER_FILE_BYTES // 2**20} MB. "
                    "Start another one with --file NAME"
                )
            old = path.read_bytes()
            created = False
        except FileNotFoundError:
            old, created = HEADER.encode(), True
        except OSError as exc:
            raise WriteFailed(f"cannot read {path}: {exc.strerror or exc}") from None
        try:
            old_text = old.decode("utf-8")
            current = tomlread.loads(old_text)
        except UnicodeDecodeError as exc:
            raise DataError(str(path), None, f"not UTF-8 text ({exc.reason}); fix it first, nothing was written") from None
        except tomlread.TOMLDecodeError as exc:
            match = re.search(r"line (\d+)", str(exc))
            raise DataError(
                str(path), int(match.group(1)) if match else None,
                f"not valid TOML ({exc}); fix it first ('relations validate'), nothing was written",
            ) from None
        entries = build(current)
        try:
            texts = [toml_entry(table, entry) for table, entry in entries]
        except (TypeError, ValueError) as exc:
            raise UsageError(f"cannot write this entry: {exc}") from None
        lead = "" if not old_text or old_text.endswith("\n") else "\n"
        new_text = old_text + lead + "".join("\n" + t for t in texts)
        line = (old_text + lead).count("\n") + sum(t.count("\n") + 1 for t in texts[:-1]) + 2
        _check_appended(path, new_text, current, entries)
        mode = path.stat().st_mode & 0o7777 if not created else 0o644
        _replace(path, new_text.encode("utf-8"), mode)
    return path, line, created, entries


def _check_appended(path: Path, new_text: str, current: dict[str, Any], entries: list[tuple[str, dict[str, Any]]]) -> None:
    """The new content parses and holds exactly the old entries plus the new ones."""
    try:
        document = tomlread.loads(new_text)
    except tomlread.TOMLDecodeError as exc:
        raise DataError(str(path), None, f"appending would make the file invalid ({exc}); nothing was written") from None
    expected = {k: (list(v) if isinstance(v, list) else v) for k, v in current.items()}
    for table, entry in entries:
        if table in expected and not isinstance(expected[table], list):
            raise DataError(str(path), None, f"{table!r} in this file is not an array of tables; nothing was written")
        expected.setdefault(table, []).append(entry)
    if document != expected:
        raise DataError(str(path), None, "appending would change other entries of this file; nothing was written")


def _replace(path: Path, data: bytes, mode: int) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise WriteFailed(f"could not write {path} ({reason}); it is unchanged") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where a folder cannot be opened, nothing to do."""
    if sys.platform == "win32":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the data itself is already synced
    finally:
        os.close(fd)


@contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WriteFailed(f"cannot lock {lock_path}: {exc.strerror or exc}") from None
    try:
        deadline = time.monotonic() + LOCK_TIMEOUT_SECONDS
        while True:
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                elif msvcrt is not None:  # pragma: no cover - Windows
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK) or time.monotonic() > deadline:
                    raise LockTimeout(f"another 'relations add' is writing {lock_path.name[1:-5]}; try again") from None
                time.sleep(0.01)
        yield
    finally:
        # Closing the descriptor releases the lock (flock and msvcrt alike).
        os.close(fd)
