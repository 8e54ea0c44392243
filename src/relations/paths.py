"""Where the data, the cache and the user's files live.

Environment variables override the platform folders (tests and scripts use them):
RELATIONS_DATA_DIR (user data, ``os.pathsep``-separated for several), RELATIONS_CACHE_DIR,
RELATIONS_CONFIG_DIR. RELATIONS_SHIPPED_DATA points at another shipped data folder (for
benchmarks and development).
"""

from __future__ import annotations

import os
from pathlib import Path

from .loading import DataRoot

APP = "relations"


def shipped_data_dir() -> Path:
    """The data folder that ships inside the package (`relations/data` in the wheel)."""
    override = os.environ.get("RELATIONS_SHIPPED_DATA")
    if override:
        return Path(override)
    from importlib.resources import files

    packaged = files("relations") / "data"
    if packaged.is_dir() and (packaged / "topics.toml").is_file():
        return Path(str(packaged))
    # An editable install or a source checkout: the wheel's forced data is not beside the sources.
    checkout = Path(__file__).resolve().parents[2] / "data"
    if (checkout / "topics.toml").is_file():
        return checkout
    return Path(str(packaged))


def user_data_dirs() -> list[Path]:
    override = os.environ.get("RELATIONS_DATA_DIR")
    if override is not None:
        return [Path(p) for p in override.split(os.pathsep) if p]
    import platformdirs

    return [platformdirs.user_data_path(APP, appauthor=False)]


def cache_dir() -> Path:
    override = os.environ.get("RELATIONS_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_cache_path(APP, appauthor=False)


def config_dir() -> Path:
    override = os.environ.get("RELATIONS_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_config_path(APP, appauthor=False)


def data_roots(extra: list[Path] | None = None) -> list[DataRoot]:
    """Every folder the data is read from: the shipped data, then the user's folders."""
    roots = [DataRoot(shipped_data_dir(), "shipped")]
    roots += [DataRoot(p, "user") for p in user_data_dirs()]
    roots += [DataRoot(p, "user") for p in extra or []]
    return roots
