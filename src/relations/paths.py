"""Where the data, the cache and the user's files live.

Environment variables override the platform folders (tests and scripts use them):
RELATIONS_DATA_DIR (user data, ``os.pathsep``-separated for several), RELATIONS_CACHE_DIR,
RELATIONS_CONFIG_DIR. RELATIONS_SHIPPED_DATA points at another shipped data folder (for
benchmarks and development).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .datafiles import DataRoot

APP = "relations"


def shipped_data_dir() -> Path:
    """The data folder that ships inside the package (`relations/data` in the wheel)."""
    override = os.environ.get("RELATIONS_SHIPPED_DATA")
    if override:
        return Path(override)
    # importlib.resources.files("relations") is this package's folder for a regular install; it is
    # computed directly because importing importlib.resources costs several milliseconds a run.
    packaged = Path(__file__).resolve().parent / "data"
    if (packaged / "topics.toml").is_file():
        return packaged
    # An editable install or a source checkout: the wheel's forced data is not beside the sources.
    checkout = Path(__file__).resolve().parents[2] / "data"
    if (checkout / "topics.toml").is_file() and (checkout.parent / "pyproject.toml").is_file():
        return checkout
    from importlib.resources import files

    return Path(str(files("relations") / "data"))


def _platform_dir(kind: str) -> Path:
    """platformdirs' user folder of `kind` (data, cache, config) for this app.

    On Linux the answer is the XDG rule, computed here because importing platformdirs costs more
    than a whole answer from the index; a test checks it agrees with platformdirs.
    """
    if sys.platform.startswith("linux"):
        variable, default = _XDG[kind]
        base = os.environ.get(variable, "").strip()
        return Path(base if base else os.path.expanduser(default)) / APP
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP, appauthor=False))


_XDG = {
    "data": ("XDG_DATA_HOME", "~/.local/share"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
    "config": ("XDG_CONFIG_HOME", "~/.config"),
}


def user_data_dirs() -> list[Path]:
    override = os.environ.get("RELATIONS_DATA_DIR")
    if override is not None:
        return [Path(p) for p in override.split(os.pathsep) if p]
    return [_platform_dir("data")]


def cache_dir() -> Path:
    override = os.environ.get("RELATIONS_CACHE_DIR")
    if override:
        return Path(override)
    return _platform_dir("cache")


def config_dir() -> Path:
    override = os.environ.get("RELATIONS_CONFIG_DIR")
    if override:
        return Path(override)
    return _platform_dir("config")


def data_roots(extra: list[Path] | None = None) -> list[DataRoot]:
    """Every folder the data is read from: the shipped data, then the user's folders."""
    roots = [DataRoot(shipped_data_dir(), "shipped")]
    roots += [DataRoot(p, "user") for p in user_data_dirs()]
    roots += [DataRoot(p, "user") for p in extra or []]
    return roots
