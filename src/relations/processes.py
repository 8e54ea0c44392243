"""Worker processes: how many a command may use, and a pool forked only where forking is safe.

A long `show --batch` and the index build of a large user dataset share their work among forked
worker processes (forking copies the loaded modules instead of importing them again). A fork
copies the whole process but only the thread that forks: a lock another thread held at that
moment stays locked in the child for ever, and the child can hang (Python 3.12+ warns of it, and
3.14 stops forking by default). So a pool is forked only while this process runs one thread, and
all its workers are forked at once, before the pool starts a thread of its own; otherwise (not
Linux, or a program that embeds relations runs threads) the work is done in this process.
"""

from __future__ import annotations

import os
import sys

from .errors import UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import ProcessPoolExecutor

MAX_SETTING = 64


def worker_count(variable: str, most: int = 4, forked_only: bool = True) -> int:
    """Worker processes wanted: the environment `variable` if set (1: none; a whole number from 1
    to 64, else a UsageError naming it), else one per core this process may use, at most `most`;
    with `forked_only`, 1 where no pool is forked (off Linux)."""
    setting = os.environ.get(variable, "").strip()
    if setting:
        if not (setting.isascii() and setting.isdigit()) or not 1 <= int(setting) <= MAX_SETTING:
            raise UsageError(f"{variable} is a number of processes from 1 to {MAX_SETTING}; got {setting!r}")
        wanted = int(setting)
    else:
        try:
            wanted = min(len(os.sched_getaffinity(0)), most)
        except (AttributeError, OSError):
            wanted = 1
    return wanted if sys.platform.startswith("linux") or not forked_only else 1


def single_threaded() -> bool:
    """Whether this process runs one thread only (Linux: the threads the kernel lists, those of C
    libraries included; elsewhere: Python's threads)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        threading = sys.modules.get("threading")
        return threading is None or threading.active_count() == 1


def forked_pool(workers: int, initializer: Callable[..., object], initargs: tuple,
                spawn_otherwise: bool = False) -> ProcessPoolExecutor | None:
    """A pool of `workers` processes forked while no other thread runs (all of them before the pool
    starts its own thread, at its first submit). Where that cannot be done safely (not Linux,
    another thread running): with `spawn_otherwise`, a pool of fresh interpreters (the safe start
    method, slower to start: for work of seconds, an index build), else None, and the caller does
    the work itself. None for fewer than 2 workers."""
    if workers < 2:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if not sys.platform.startswith("linux") or not single_threaded():
        if spawn_otherwise:
            return ProcessPoolExecutor(workers, multiprocessing.get_context("spawn"), initializer, initargs)
        return None
    pool = ProcessPoolExecutor(workers, multiprocessing.get_context("fork"), initializer, initargs)
    if not hasattr(pool, "_launch_processes"):
        # Before the fix of CPython issue 90622 (3.10.x and 3.11.x of 2022 on forks them all at
        # the first submit), a pool forked a worker at each of its first submits, while its own
        # manager thread already ran: fork them all now.
        for _ in range(workers):
            pool._adjust_process_count()  # type: ignore[attr-defined]
    return pool
