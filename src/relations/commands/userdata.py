"""`add`, `validate`, `paths` and `config`: the user's own facts, the checks on every data file,
where everything lives, and the settings in force. Each returns plain values; nothing prints."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .. import paths as paths_module
from .. import settings as settings_module
from ..dataset.load import DataRoot, load_dataset
from ..dataset.store import Store
from ..dataset.userfile import Added, add_fact
from ..errors import UsageError


def add(store: Store, **fact: Any) -> Added:
    """Check a fact of the user's and append it to their data file (see dataset.userfile.add_fact)."""
    return add_fact(store, **fact)


def check(targets: list[Path], extra_data: list[Path] | None = None) -> dict[str, Any]:
    """Load the data (plus `targets`) and return its problems, only those in `targets` if named."""
    roots = paths_module.data_roots(extra_data or [])
    for target in targets:
        _check_readable(target)
        if not any(_within(target, Path(root.path)) for root in roots):
            roots.append(DataRoot(target, "user"))
    dataset = load_dataset(roots)
    files = [f for f in dataset.files if not targets or any(_within(f, t) for t in targets)]
    problems = [
        {"path": p.path, "line": p.line, "message": p.message}
        for p in dataset.problems
        if not targets or any(_within(Path(p.path), t) for t in targets)
    ]
    facts = [f for f in dataset.facts.values() if not targets or (f.path and any(_within(Path(f.path), t) for t in targets))]
    series = [i for i, path in dataset.series_paths.items() if not targets or any(_within(Path(path), t) for t in targets)]
    return {"files_checked": len(files), "facts": len(facts), "series": len(series), "problems": problems}


def _check_readable(target: Path) -> None:
    """A UsageError, one line, for a path that cannot be checked: missing, a name too long for the
    system, a NUL character, no permission."""
    try:
        target.stat()
    except FileNotFoundError:
        raise UsageError(f"no such file or folder: {target}") from None
    except ValueError:  # a NUL character: the system cannot take the name at all
        raise UsageError(f"cannot read {str(target)!r}: a file name cannot hold a NUL character") from None
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        raise UsageError(f"cannot read {target}: {reason}") from None


def _within(path: Path, folder: Path) -> bool:
    try:
        path, folder = path.resolve(), folder.resolve()
    except OSError:
        return False
    return path == folder or folder in path.parents


def locations(extra_data: list[Path] | None = None) -> list[dict[str, Any]]:
    """Every folder and file relations reads or writes: role, path, whether it exists, access."""
    from ..dataset.userfile import DEFAULT_FILE

    rows: list[tuple[str, Path, str]] = [("shipped data", Path(paths_module.shipped_data_dir()), "read")]
    user_dirs = [Path(p) for p in paths_module.user_data_dirs()]
    for number, folder in enumerate(user_dirs):
        rows.append(("user data", folder, "read; 'relations add' writes here" if number == 0 else "read"))
    if user_dirs:
        rows.append(("add file", user_dirs[0] / DEFAULT_FILE, "read, write (default file of 'relations add')"))
    rows += [("--data", Path(p), "read") for p in extra_data or []]
    cache = Path(paths_module.cache_dir())
    rows.append(("cache", cache, "read, write (the index; safe to delete)"))
    rows.append(("config file", Path(settings_module.config_file()), "read"))
    # os.path.exists: False for a path the system refuses (too long, a NUL), where Path.exists raises
    return [{"role": role, "path": str(path), "exists": os.path.exists(path), "access": access} for role, path, access in rows]


def config() -> settings_module.Settings:
    """The settings in force, each with where it came from, and the problems met reading them."""
    return settings_module.settings()


def config_file_exists(current: settings_module.Settings) -> bool:
    return os.path.exists(current.config_file)
