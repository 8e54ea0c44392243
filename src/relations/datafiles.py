"""Data folders and the TOML files in them: cheap to import, used on every run."""

from __future__ import annotations

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
    found = []
    for root in roots:
        if root.path.is_file():
            found.append((root, root.path))
        elif root.path.is_dir():
            found.extend((root, p) for p in sorted(root.path.rglob("*.toml")) if p.is_file())
    return found
