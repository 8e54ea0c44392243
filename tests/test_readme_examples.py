"""The README's example outputs are what the commands print.

Each example block checked is marked in README.md by the line `<!-- example: checked -->` just
before its ```console fence. In a block, a line starting with `$ ` is a command (a trailing `\\`
continues it); the lines up to the next command are what it prints, stdout and stderr together,
as when piped. A line `…` stands for any number of lines the README leaves out, and a line ending
in ` …` for a line that starts with what comes before it. `$ echo $?` prints the exit code of the
command before it. Blocks that need `jq` are skipped where it is not installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import REPO

MARK = "<!-- example: checked -->"


def examples() -> list[tuple[int, list[tuple[str, list[str]]]]]:
    """(line number of the block, [(command, expected lines)]) for each marked block."""
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    blocks = []
    for number, line in enumerate(lines):
        if line.strip() != MARK:
            continue
        assert lines[number + 1].startswith("```console"), f"README.md:{number + 1}: the mark goes just before a console block"
        end = lines.index("```", number + 2)
        runs: list[tuple[str, list[str]]] = []
        body = lines[number + 2 : end]
        index = 0
        while index < len(body):
            text = body[index]
            assert text.startswith("$ "), f"README.md:{number + 3 + index}: a block starts with a command"
            command = text[2:]
            while command.endswith("\\"):
                index += 1
                command = command[:-1] + body[index].strip()
            index += 1
            expected = []
            while index < len(body) and not body[index].startswith("$ "):
                expected.append(body[index])
                index += 1
            runs.append((command, expected))
        blocks.append((number + 2, runs))
    return blocks


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether `actual` reads as `expected`, `…` lines standing for any lines."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head.strip() == "…":  # indented as the lines around it, in JSON say
        return any(matches(rest, actual[skip:]) for skip in range(len(actual) + 1))
    if not actual:
        return False
    line = actual[0].rstrip()
    same = line.startswith(head[:-2]) if head.endswith(" …") else line == head.rstrip()
    return same and matches(rest, actual[1:])


BLOCKS = examples()


def test_the_readme_marks_its_examples():
    assert len(BLOCKS) >= 10
    commands = " ".join(command for _, runs in BLOCKS for command, _ in runs)
    for command in ("show", "search", "countries", "compare", "summary", "timeline", "--batch", "--format csv", "--json"):
        assert command in commands




@pytest.mark.parametrize("line, runs", [
    pytest.param(line, runs, id=f"README.md:{line}")
    for line, runs in BLOCKS])
def test_a_readme_example_prints_what_it_shows(line, runs, tmp_path):
    if any("jq" in command for command, _ in runs) and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    code = 0
    for command, expected in runs:
        if command == "echo $?":
            assert [str(code)] == expected, f"README.md:{line}: exit code"
            continue
        run = subprocess.run(["bash", "-o", "pipefail", "-c", f"{command} 2>&1"], capture_output=True, text=True, env=env, cwd=tmp_path)
        code = run.returncode
        actual = run.stdout.splitlines()
        assert matches(expected, actual), f"README.md:{line}: $ {command}\n--- README\n" + "\n".join(expected) + "\n--- real\n" + run.stdout


def test_the_matcher_reads_ellipses_as_the_readme_means_them():
    assert matches(["a", "…", "d"], ["a", "b", "c", "d"])
    assert matches(["a", "…"], ["a", "b"]) and matches(["a", "…"], ["a"])
    assert matches(["Note: long …"], ["Note: long line"])
    assert not matches(["a", "c"], ["a", "b", "c"])
    assert not matches(["a"], ["a", "b"])
    assert not matches(["a  b"], ["a b"]), "spacing counts: aligned columns must be real"
    assert re.sub(r"\s", "", MARK) == "<!--example:checked-->"
