"""Where the data, the cache and the user's files live, as path strings; and the TOML data files in
a data folder (`DataRoot`, `toml_files`).

Strings rather than pathlib.Path: this runs on every command, and importing pathlib costs about as
much as answering a query. Callers that need Path methods wrap the string.

Environment variables override the platform folders (tests and scripts use them):
RELATIONS_DATA_DIR (user data, ``os.pathsep``-separated for several), RELATIONS_CACHE_DIR,
RELATIONS_CONFIG_DIR. RELATIONS_SHIPPED_DATA points at another shipped data folder (for
benchmarks and development).
"""

from __future__ import annotations

import os
import sys

from .records import record

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Iterable

APP = "relations"


def shipped_data_dir() -> str:
    """The data folder that ships inside the package (`relations/data` in the wheel)."""
    override = os.environ.get("RELATIONS_SHIPPED_DATA")
    if override:
        return override
    # importlib.resources.files("relations") is this package's folder for a regular install; it is
    # computed directly because importing importlib.resources costs several milliseconds a run.
    package = os.path.dirname(os.path.realpath(__file__))
    packaged = os.path.join(package, "data")
    if os.path.isfile(os.path.join(packaged, "topics.toml")):
        return packaged
    # An editable install or a source checkout: the wheel's forced data is not beside the sources.
    root = os.path.dirname(os.path.dirname(package))
    checkout = os.path.join(root, "data")
    if os.path.isfile(os.path.join(checkout, "topics.toml")) and os.path.isfile(os.path.join(root, "pyproject.toml")):
        return checkout
    from importlib.resources import files

    return str(files("relations") / "data")


def _platform_dir(kind: str) -> str:
    """platformdirs' user folder of `kind` (data, cache, config) for this app.

    On Linux the answer is the XDG rule, computed here because importing platformdirs costs more
    than a whole answer from the index; a test checks it agrees with platformdirs.
    """
    if sys.platform.startswith("linux"):
        variable, default = _XDG[kind]
        base = os.environ.get(variable, "").strip()
        return os.path.join(base if base else os.path.expanduser(default), APP)
    import platformdirs

    return str(getattr(platformdirs, f"user_{kind}_dir")(APP, appauthor=False))


_XDG = {
    "data": ("XDG_DATA_HOME", "~/.local/share"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
    "config": ("XDG_CONFIG_HOME", "~/.config"),
}


def user_data_dirs() -> list[str]:
    override = os.environ.get("RELATIONS_DATA_DIR")
    if override is not None:
        return [p for p in override.split(os.pathsep) if p]
    return [_platform_dir("data")]


def cache_dir() -> str:
    override = os.environ.get("RELATIONS_CACHE_DIR")
    if override:
        return override
    return _platform_dir("cache")


def config_dir() -> str:
    override = os.environ.get("RELATIONS_CONFIG_DIR")
    if override:
        return override
    return _platform_dir("config")


def data_roots(extra: list[str] | list[os.PathLike[str]] | None = None) -> list[DataRoot]:
    """Every folder the data is read from: the shipped data, then the user's folders. A folder or
    file named with --data (`extra`) that does not exist is a usage error."""
    for path in extra or []:
        if not os.path.exists(path):
            from .errors import UsageError

            raise UsageError(f"--data {os.fspath(path)}: no such file or folder")
    roots = [DataRoot(shipped_data_dir(), "shipped")]
    roots += [DataRoot(p, "user") for p in user_data_dirs()]
    roots += [DataRoot(p, "user") for p in extra or []]
    return roots


# -- data folders and the TOML files in them -------------------------------------------------------


@record
class DataRoot:
    """A folder (or a single file) of TOML data and where it comes from (`shipped` or `user`)."""

    path: str | os.PathLike[str]
    origin: str


def toml_files(roots: Iterable[DataRoot]) -> list[tuple[DataRoot, str]]:
    """Every `*.toml` file below each root, roots in order, files in sorted path order."""
    return [(root, path) for root, path, _ in toml_file_stats(roots)]


def toml_file_stats(roots: Iterable[DataRoot], in_load_order: bool = True) -> list[tuple[DataRoot, str, os.stat_result]]:
    """`toml_files` with each file's `os.stat` (one call a file: the index's fingerprint reads
    them on every run). Links to files are followed, links to folders are not (as `os.walk`).
    Without `in_load_order` the files of a root come in plain string order (the fingerprint needs
    an order that does not change, not the load order, and sorts faster that way)."""
    found: list[tuple[DataRoot, str, os.stat_result]] = []
    for root in roots:
        base = os.fspath(root.path)
        try:
            mode = os.stat(base).st_mode
        except (OSError, ValueError):
            continue
        if mode & 0o170000 == 0o100000:  # a file
            found.append((root, base, os.stat(base)))
        elif mode & 0o170000 == 0o040000:  # a folder
            files: list[tuple[str, os.stat_result]] = []
            _scan(base, files)
            if in_load_order:
                files.sort(key=lambda item: _sort_key(item[0]))
            else:
                files.sort(key=_first)
            found.extend((root, path, stat) for path, stat in files)
    return found


def _first(item: tuple[str, os.stat_result]) -> str:
    return item[0]


def _scan(folder: str, files: list[tuple[str, os.stat_result]]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir():
                if not entry.is_symlink():
                    _scan(entry.path, files)
            elif entry.name.endswith(".toml"):
                stat = entry.stat()
                if stat.st_mode & 0o170000 == 0o100000:  # a regular file (a link's target)
                    files.append((entry.path, stat))
        except OSError:  # gone meanwhile, or a broken link
            continue


def _sort_key(path: str) -> tuple[str, ...]:
    # By path components, as sorting pathlib paths does.
    return tuple(path.split(os.sep))
