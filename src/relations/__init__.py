"""relations: a command-line reference for relations between countries.

The package is in layers (docs/architecture.md): base modules here, then `dataset/`, `commands/`,
`render/`, and on top `run`, `api`, `cli/` and `fast`. `relations.api` is the Python API.
"""

from __future__ import annotations


def version() -> str:
    """The installed version (read from the package metadata only when asked: it is slow to import)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("relations")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+unknown"
