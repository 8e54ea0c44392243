"""A reader that goes away (`| head -1`) is not an error: exit 0 (or by SIGPIPE), nothing on stderr.

Real processes and a real pipe: the in-process test runner cannot close its end early."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

if sys.platform == "win32":  # pragma: no cover
    pytest.skip("POSIX pipes", allow_module_level=True)


def through_head(argv: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    """Run relations with its stdout into `head -1`: (its exit code, head's output, its stderr)."""
    relations = subprocess.Popen(
        [sys.executable, "-m", "relations", *argv],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    head = subprocess.Popen(["head", "-1"], stdin=relations.stdout, stdout=subprocess.PIPE)
    assert relations.stdout is not None
    relations.stdout.close()  # only head holds the reading end now
    if stdin is not None:
        assert relations.stdin is not None
        try:
            relations.stdin.write(stdin.encode())
            relations.stdin.close()
        except BrokenPipeError:
            pass
    first, _ = head.communicate(timeout=120)
    assert relations.stderr is not None
    errors = relations.stderr.read().decode()
    return relations.wait(timeout=120), first.decode(), errors


def test_show_batch_of_5000_lines_into_head(tmp_path):
    batch = tmp_path / "pairs.txt"
    batch.write_text("belize:colombia\nfrance:germany\n" * 2500, encoding="utf-8")
    code, first, errors = through_head(["show", "--batch", str(batch)])
    assert errors == ""
    assert code in (0, -signal.SIGPIPE)
    assert first.startswith('{"schema_version": 1, "command": "show"')


def test_show_batch_from_stdin_into_head():
    code, first, errors = through_head(["show", "--batch", "-"], stdin="belize:colombia\n" * 5000)
    assert errors == "" and code in (0, -signal.SIGPIPE) and first.startswith("{")


@pytest.mark.parametrize("form", [[], ["--json"], ["--format", "csv"], ["--format", "jsonl"]], ids=["plain", "json", "csv", "jsonl"])
def test_search_the_into_head(form):
    code, first, errors = through_head(["search", "the", "--limit", "5000", *form])
    assert errors == "" and code in (0, -signal.SIGPIPE) and first


def test_a_command_of_the_typer_app_into_head():
    code, first, errors = through_head(["countries"])
    assert errors == "" and code in (0, -signal.SIGPIPE) and first


def test_the_whole_answer_arrives_before_the_process_ends(tmp_path):
    """The fast path ends the process without the interpreter's teardown: what it wrote must be
    flushed first, on stdout (buffered into a pipe) and on stderr, with the command's exit code."""
    batch = tmp_path / "pairs.txt"
    batch.write_text("belize:colombia\nfrance:germany\nnowhere:belize\n" * 40, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = subprocess.run([sys.executable, "-m", "relations", "show", "--batch", str(batch)],
                          capture_output=True, env=env, timeout=120)
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 120 and all(json.loads(line)["schema_version"] == 1 for line in lines)
    assert done.returncode == 1  # some lines were not answered
    one = subprocess.run([sys.executable, "-m", "relations", "show", "belize", "nowhere"],
                         capture_output=True, env=env, timeout=120)
    assert one.returncode == 2 and one.stderr.decode().startswith("relations: error: unknown country")


def test_a_long_batch_leaves_no_spool_folder_behind(tmp_path):
    """A long batch's workers write their answers to files of a temporary folder: it is gone when
    the batch ends, whole or left early by its reader."""
    env = dict(os.environ, TMPDIR=str(tmp_path), RELATIONS_BATCH_WORKERS="2")
    done = subprocess.run([sys.executable, "-m", "relations", "show", "--batch", "-"], input=b"belize:colombia\n" * 100,
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 100
    relations = subprocess.Popen([sys.executable, "-m", "relations", "show", "--batch", "-"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    head = subprocess.Popen(["head", "-1"], stdin=relations.stdout, stdout=subprocess.PIPE)
    relations.stdout.close()
    try:
        relations.stdin.write(b"france:germany\n" * 3000)
        relations.stdin.close()
    except BrokenPipeError:
        pass
    first, _ = head.communicate(timeout=120)
    assert relations.wait(timeout=120) in (0, -signal.SIGPIPE) and first.startswith(b"{")
    assert relations.stderr.read() == b""
    assert [p.name for p in tmp_path.iterdir()] == []


def test_a_long_batch_escapes_what_stdout_cannot_encode_as_one_process_does():
    """Workers encode their answers as stdout would: on an ASCII stdout, the same escapes."""
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    lines = b"ci:fr\n" * 40
    shared = subprocess.run([sys.executable, "-m", "relations", "show", "--batch", "-"], input=lines,
                            capture_output=True, env=dict(env, RELATIONS_BATCH_WORKERS="2"), timeout=120)
    alone = subprocess.run([sys.executable, "-m", "relations", "show", "--batch", "-"], input=lines,
                           capture_output=True, env=dict(env, RELATIONS_BATCH_WORKERS="1"), timeout=120)
    assert shared.returncode == alone.returncode == 0
    assert shared.stdout == alone.stdout and shared.stdout.isascii()
    assert "C\\xf4te" in shared.stdout.decode()  # Côte d'Ivoire
