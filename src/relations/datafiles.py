"""Data folders and the TOML files in them: cheap to import, used on every run.

Paths are strings (or anything os.fspath takes): pathlib costs milliseconds to import, and this
runs on every command.
"""

from __future__ import annotations

import os

from .records import record

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Iterable


@record
class DataRoot:
    """A folder (or a single file) of TOML data and where it comes from (`shipped` or `user`)."""

    path: str | os.PathLike[str]
    origin: str


def toml_files(roots: Iterable[DataRoot]) -> list[tuple[DataRoot, str]]:
    """Every `*.toml` file below each root, roots in order, files in sorted path order."""
    found: list[tuple[DataRoot, str]] = []
    for root in roots:
        base = os.fspath(root.path)
        if os.path.isfile(base):
            found.append((root, base))
        elif os.path.isdir(base):
            paths = []
            for folder, _, names in os.walk(base):
                paths += [os.path.join(folder, n) for n in names if n.endswith(".toml")]
            found.extend((root, p) for p in sorted(paths, key=_sort_key) if os.path.isfile(p))
    return found


def _sort_key(path: str) -> tuple[str, ...]:
    # By path components, as sorting pathlib paths does.
    return tuple(path.split(os.sep))
