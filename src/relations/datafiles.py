"""Data folders and the TOML files in them: cheap to import, used on every run."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .records import record


@record
class DataRoot:
    """A folder (or a single file) of TOML data and where it comes from (`shipped` or `user`)."""

    path: Path
    origin: str


def toml_files(roots: Iterable[DataRoot]) -> list[tuple[DataRoot, Path]]:
    """Every `*.toml` file below each root, roots in order, files in sorted path order."""
    found: list[tuple[DataRoot, Path]] = []
    for root in roots:
        if root.path.is_file():
            found.append((root, root.path))
        elif root.path.is_dir():
            # os.walk rather than Path.rglob: this runs on every command, and rglob costs more.
            paths = []
            for folder, _, names in os.walk(root.path):
                paths += [os.path.join(folder, n) for n in names if n.endswith(".toml")]
            base = root.path
            found.extend((root, base / os.path.relpath(p, base)) for p in sorted(paths, key=_sort_key) if os.path.isfile(p))
    return found


def _sort_key(path: str) -> tuple[str, ...]:
    # The order Path.rglob + sorted gives: by path components.
    return tuple(path.split(os.sep))
