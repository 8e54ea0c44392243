"""Faults the user's machine can throw at `relations`, and what each must leave behind.

Malformed user files (every kind the loader knows), a truncated index in the cache, a cache folder
that cannot be written, a full disk while `add` writes, and two `add` runs at once.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from _userdata_support import REPO, use_mini

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SOURCE = "wikipedia-belize-colombia"
GOOD = "[[fact]]\nid = 'mine.good'\nparties = ['BZ', 'CO']\ntopic = 'trade'\ntext = 'A good fact of mine.'\nsources = ['wikipedia-belize-colombia']\n"


@pytest.fixture
def user(monkeypatch, tmp_path, mini) -> Path:
    folder = use_mini(monkeypatch, mini, tmp_path / "user", tmp_path / "cache")
    folder.mkdir()
    return folder


def fact(**fields: str) -> str:
    base = {"id": "'mine.bad'", "parties": "['BZ', 'CO']", "topic": "'trade'", "text": "'Bad.'", "sources": f"['{SOURCE}']"}
    base.update(fields)
    return "[[fact]]\n" + "".join(f"{k} = {v}\n" for k, v in base.items() if v)


# kind: (file text, the line the problem is on, words of the message)
MALFORMED = {
    "syntax error": ("# notes\n[[fact]\nid = 'x'\n", 2, "not valid TOML"),
    # tomllib says "at end of document" here, with no line number.
    "unclosed string": ("[[fact]]\nid = 'x\n", None, "not valid TOML"),
    # The loader gives the line of the entry's id, not of the key in error.
    "wrong type": (fact(parties="'BZ CO'"), 2, "'parties' must be a list of strings"),
    "unknown party": (fact(parties="['BZ', 'XX']"), 2, "unknown party 'XX'"),
    "unknown topic": (fact(topic="'weather'"), 2, "unknown topic 'weather'"),
    "unknown source": (fact(sources="['nowhere']"), 2, "unknown source 'nowhere'"),
    "duplicate id": (fact(id="'bz-co.relations-established'"), 2, "duplicate fact id 'bz-co.relations-established'"),
    "bad date": (fact(date="'2020-02-30'"), 2, "not a valid day"),
    "number as string": (fact() + "[fact.values]\namount = '169,620'\n", 2, "values.amount must be a number"),
    "not utf-8": (b"[[fact]]\nid = '\xff'\n", None, "not UTF-8"),
}


@pytest.mark.parametrize("kind", list(MALFORMED))
def test_malformed_user_file_is_reported_and_the_rest_is_used(cli, user, kind):
    text, line, words = MALFORMED[kind]
    bad = user / "bad.toml"
    bad.write_bytes(text if isinstance(text, bytes) else text.encode())
    (user / "good.toml").write_text(GOOD)

    report = cli("validate", "--json")
    assert report.exit_code == 1
    problems = [p for p in report.json()["problems"] if p["path"] == str(bad)]
    assert len(problems) == 1, problems
    assert problems[0]["line"] == line and words in problems[0]["message"]

    shown = cli("show", "belize", "colombia", "--json")
    assert shown.exit_code == 0
    ids = {f["id"] for f in shown.json()["facts"]}
    assert "mine.good" in ids and "bz-co.relations-established" in ids and "mine.bad" not in ids
    warnings = [w for w in shown.stderr.splitlines() if "warning" in w]
    where = f"{bad}:{line}" if line else str(bad)
    assert len(warnings) == 1 and where in warnings[0], shown.stderr


def test_truncated_index_is_rebuilt_and_the_answer_is_right(cli, user, tmp_path):
    expected = cli("show", "belize", "colombia", "--json").json()
    indexes = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert indexes, "the first run writes an index"
    for index in indexes:
        data = index.read_bytes()
        index.write_bytes(data[: len(data) // 3] + b"\x00garbage" * 100)
    again = cli("show", "belize", "colombia", "--json")
    assert again.exit_code == 0
    assert again.json() == expected
    for index in indexes:  # and garbage from the start
        index.write_bytes(b"not a database at all")
    assert cli("show", "belize", "colombia", "--json").json() == expected


def test_cache_folder_that_cannot_be_written(cli, user, tmp_path, monkeypatch):
    expected = cli("show", "belize", "colombia", "--json").json()
    if os.geteuid() == 0:
        # chmod stops no one as root (CI runs as root): a cache folder below a regular file cannot
        # be created by anyone.
        blocker = tmp_path / "a-file"
        blocker.write_text("")
        cache = blocker / "cache"
    else:
        cache = tmp_path / "locked"
        cache.mkdir(mode=0o500)
    monkeypatch.setenv("RELATIONS_CACHE_DIR", str(cache))
    result = cli("show", "belize", "colombia", "--json")
    assert result.exit_code == 0
    assert result.json() == expected
    assert "cannot write the index" in result.stderr or "memory" in result.stderr
    added = cli("add", "BZ", "CO", "-t", "trade", "--text", "Added without a cache.", "-s", SOURCE)
    assert added.exit_code == 0, added.stderr
    assert "Added without a cache." in (user / "facts.toml").read_text()


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_full_disk_during_add_leaves_the_file_unchanged(cli, user, monkeypatch, failing):
    path = user / "facts.toml"
    path.write_text("# my notes\n" + GOOD)
    before = path.read_bytes()
    cli("show", "belize", "colombia")  # build the index before the disk "fills up"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, full)
    result = cli("add", "BZ", "CO", "-t", "trade", "--text", "Lost?", "-s", SOURCE)
    monkeypatch.undo()
    assert result.exit_code == 1
    assert "the disk is full" in result.stderr and "unchanged" in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in user.iterdir()) == [".facts.toml.lock", "facts.toml"], "no temporary file left"


def test_full_disk_when_creating_the_file_creates_nothing(cli, user, monkeypatch):
    cli("show", "belize", "colombia")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    result = cli("add", "BZ", "CO", "-t", "trade", "--text", "Lost?", "-s", SOURCE)
    monkeypatch.undo()
    assert result.exit_code == 1
    assert "the disk is full" in result.stderr and result.stdout == ""
    assert not (user / "facts.toml").exists()


def test_two_concurrent_add_processes_both_land(user, tmp_path):
    (user / "facts.toml").write_text("# my notes, kept\n")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    commands = [
        [sys.executable, "-m", "relations", "add", "belize", "colombia", "-t", "trade", "--text", f"Concurrent {n}.", "-s", SOURCE]
        for n in (1, 2)
    ]
    processes = [subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands]
    outputs = [p.communicate(timeout=60) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    text = (user / "facts.toml").read_text()
    assert text.startswith("# my notes, kept\n")
    facts = tomllib.loads(text)["fact"]
    assert sorted(f["text"] for f in facts) == ["Concurrent 1.", "Concurrent 2."]
    assert sorted(f["id"] for f in facts) == ["user.bz-co.1", "user.bz-co.2"]


def test_many_concurrent_appends_all_land_with_distinct_ids(tmp_path):
    from relations.dataset.userfile import append_entries

    path = tmp_path / "user" / "facts.toml"
    count = 24
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def one(n: int) -> None:
        def entries(current):
            taken = {f["id"] for f in current.get("fact", [])}
            return [("fact", {"id": f"t.{len(taken) + 1}", "text": f"thread {n}"})]

        try:
            barrier.wait()
            append_entries(path, entries)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    facts = tomllib.loads(path.read_text())["fact"]
    assert sorted(f["text"] for f in facts) == sorted(f"thread {n}" for n in range(count))
    assert len({f["id"] for f in facts}) == count


def test_line_numbers_come_from_the_file_itself(tmp_path):
    from relations.dataset.load import DataRoot, load_dataset

    vocabulary = tmp_path / "vocabulary.toml"
    vocabulary.write_text("[[topic]]\nid = 'trade'\n[[party]]\ncode = 'BZ'\nkind = 'country'\nname = 'Belize'\n")
    user = tmp_path / "user"
    user.mkdir()
    for blank in range(30):
        (user / "facts.toml").write_text("\n" * blank + "[[fact]]\nid = 'a.b'\nparties = ['BZ', 'XX']\n")
        problems = load_dataset([DataRoot(vocabulary, "shipped"), DataRoot(user, "user")]).problems
        assert problems and {p.line for p in problems} == {blank + 2}
