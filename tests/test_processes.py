"""Worker processes (relations.processes): how many, and forked only while no other thread runs
(a fork copies the locks other threads hold; Python 3.12+ warns, 3.14 stops forking by default)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from relations import processes
from relations.errors import UsageError


@pytest.mark.parametrize("setting", ["abc", "0", "65", "٣", "1.5", "-2"])
def test_a_worker_setting_that_is_not_a_count_is_a_usage_error(monkeypatch, setting):
    monkeypatch.setenv("RELATIONS_WORKERS", setting)
    with pytest.raises(UsageError, match="RELATIONS_WORKERS is a number of processes from 1 to 64"):
        processes.worker_count("RELATIONS_WORKERS")


def test_worker_count(monkeypatch):
    monkeypatch.setenv("RELATIONS_BATCH_WORKERS", " 3 ")
    assert processes.worker_count("RELATIONS_BATCH_WORKERS") == (3 if sys.platform.startswith("linux") else 1)
    monkeypatch.delenv("RELATIONS_BATCH_WORKERS")
    assert 1 <= processes.worker_count("RELATIONS_BATCH_WORKERS") <= 4


@pytest.fixture
def another_thread():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    yield thread
    stop.set()
    thread.join()


def test_no_fork_while_another_thread_runs(another_thread):
    assert not processes.single_threaded()
    assert processes.forked_pool(2, print, ()) is None
    spawned = processes.forked_pool(2, print, (), spawn_otherwise=True)
    try:
        assert spawned is not None and spawned._mp_context.get_start_method() == "spawn"
    finally:
        spawned.shutdown()
    assert processes.forked_pool(1, print, ()) is None


def test_a_long_batch_in_a_threaded_program_is_answered_in_its_own_process(cli, monkeypatch, another_thread):
    """relations embedded in a program that runs threads: no worker is forked, the answers are the same."""
    import concurrent.futures

    from relations import run as runner

    def refuse(*args, **kwargs):
        raise AssertionError("a pool was made while another thread runs")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    monkeypatch.setenv("RELATIONS_BATCH_WORKERS", "2")
    lines = "belize:colombia\nnarnia:belize\n" * (runner.BATCH_ALONE + runner.BATCH_CHUNK)
    threaded = cli("show", "--batch", "-", input=lines)
    monkeypatch.setenv("RELATIONS_BATCH_WORKERS", "1")
    assert threaded.stdout == cli("show", "--batch", "-", input=lines).stdout
    assert threaded.exit_code == 1 and len(threaded.stdout.splitlines()) == 2 * (runner.BATCH_ALONE + runner.BATCH_CHUNK)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_a_long_batch_forks_its_workers_with_no_other_thread_running(tmp_path):
    """A long batch in a fresh process forks its workers with no other thread running: Python's
    warning about forking a multi-threaded process (3.12+) never appears, even made an error."""
    code = ("import sys; from relations.__main__ import main; sys.exit(main(['show', '--batch', '-']))")
    lines = "belize:colombia\n" * 200
    done = subprocess.run([sys.executable, "-W", "error::DeprecationWarning", "-c", code], input=lines,
                          capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "RELATIONS_BATCH_WORKERS": "2"})
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 200 and "multi-threaded" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_a_long_batch_without_a_spool_folder_sends_its_answers_through_the_pool(cli, monkeypatch):
    """Where no temporary folder can be made, the workers' answers come back through the pool's
    pipe: the same lines, in the same order."""
    from relations import run as runner

    lines = "belize:colombia\nnarnia:belize\nfrance:germany\n" * (runner.BATCH_ALONE + runner.BATCH_CHUNK)
    monkeypatch.setenv("RELATIONS_BATCH_WORKERS", "1")
    alone = cli("show", "--batch", "-", input=lines)
    monkeypatch.setenv("RELATIONS_BATCH_WORKERS", "2")
    monkeypatch.setattr(runner, "_spool_folder", lambda: None)
    piped = cli("show", "--batch", "-", input=lines)
    assert piped.exit_code == alone.exit_code == 1
    assert piped.stdout == alone.stdout and len(piped.stdout.splitlines()) == 3 * (runner.BATCH_ALONE + runner.BATCH_CHUNK)
