"""The SQLite index and the fast path (issue 5), run as a user runs them: `python -m relations`
in a subprocess.

- the index is rebuilt when a data file is added, edited or deleted, and reused when nothing
  changed;
- a truncated or corrupted index file is detected and rebuilt;
- two first runs at once both succeed and leave no temporary files;
- a cache folder that cannot be written still answers (from memory, with a warning);
- the fast path (no Typer, no Rich when piped) gives byte-for-byte what the Typer app gives;
- `show --batch` answers a file or stdin of pairs as JSON Lines;
- a user dataset large enough to be read by worker processes gives the same answers and warnings.

Rebuilds use the small copy of the shipped data (tests/_userdata_support.py), so each costs
milliseconds; the fast-path comparison uses the real shipped data, indexed once for the module.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from _userdata_support import copy_mini_shipped, use_mini
from relations.dataset.index import FULL_INDEX, SHIPPED_INDEX  # noqa: E402

TYPER_APP = "import sys; from relations.cli import app; app(prog_name='relations')"
# The Typer app for many command lines at once: imported once, then each command line runs in a
# forked child with its own stdin, stdout and stderr files (not terminals), as a fresh process would.
TYPER_FORKS = r"""
import json, os, sys, traceback
jobs = json.load(open(sys.argv[1]))
from relations.cli import app
codes = {}
running = {}  # a few forks at a time, side by side: each waits on little but its own work

def reap():
    pid, status = os.wait()
    codes[running.pop(pid)] = os.waitstatus_to_exitcode(status)

for job in jobs:
    while len(running) >= 4:
        reap()
    sys.stdout.flush(); sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        for fd, name, flags in ((0, "stdin", os.O_RDONLY), (1, "stdout", os.O_WRONLY | os.O_CREAT), (2, "stderr", os.O_WRONLY | os.O_CREAT)):
            os.dup2(os.open(job[name], flags, 0o600), fd)
        code = 0
        try:
            app(args=job["args"], prog_name="relations")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if isinstance(exc.code, str):
                sys.stderr.write(exc.code + "\n")
        except BaseException:
            traceback.print_exc()
            code = 1
        sys.stdout.flush(); sys.stderr.flush()
        os._exit(code)
    running[pid] = job["id"]
while running:
    reap()
print(json.dumps(codes))
"""
MY_FACT = """\
[[fact]]
id = "mine.bz-co.fishing"
parties = ["BZ", "CO"]
topic = "cooperation"
text = "{text}"
sources = ["wikipedia-belize-colombia"]
"""


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)


def environment(**changes: str | None) -> dict[str, str]:
    """The test's isolated environment (conftest) with `changes`; None removes a variable."""
    env = dict(os.environ)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def relations(*args: str, env: dict[str, str], input: str | None = None, python_flags: tuple[str, ...] = ()) -> Run:
    """`python -m relations ARGS`, stdout and stderr pipes (not a terminal: the fast path)."""
    done = subprocess.run(
        [sys.executable, *python_flags, "-m", "relations", *args],
        env=env, input=input, capture_output=True, text=True, timeout=60,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def typer_app(*args: str, env: dict[str, str], input: str | None = None) -> Run:
    """The same command line through the Typer app alone, never the fast path."""
    done = subprocess.run(
        [sys.executable, "-c", TYPER_APP, *args], env=env, input=input, capture_output=True, text=True, timeout=60
    )
    return Run(done.returncode, done.stdout, done.stderr)


def fact_ids(run: Run) -> list[str]:
    assert run.code == 0, run.stderr
    return [fact["id"] for fact in run.json()["facts"]]


def index_is_whole(path: Path) -> None:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone() == ("1",)
        assert connection.execute("SELECT count(*) FROM facts").fetchone()[0] > 0
    finally:
        connection.close()


def temporary_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in (SHIPPED_INDEX, FULL_INDEX))


# -- fixtures -----------------------------------------------------------------------------------------


@pytest.fixture
def mini_env(mini: Path, tmp_path: Path) -> dict[str, str]:
    """The small shipped copy, a fresh cache and an empty user folder (tmp_path/user)."""
    (tmp_path / "user").mkdir()
    return environment(
        RELATIONS_SHIPPED_DATA=str(mini), RELATIONS_CACHE_DIR=str(tmp_path / "cache"), RELATIONS_DATA_DIR=str(tmp_path / "user")
    )


@pytest.fixture(scope="module")
def mini_baseline(mini: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """`show belize colombia --json` on the small copy with a good index: what every repair must give."""
    cache = tmp_path_factory.mktemp("mini-baseline-cache")
    env = environment(RELATIONS_SHIPPED_DATA=str(mini), RELATIONS_CACHE_DIR=str(cache), RELATIONS_DATA_DIR="")
    run = relations("show", "belize", "colombia", "--json", env=env)
    assert run.code == 0 and run.stderr == "", run.stderr
    assert "bz-co.relations-established" in fact_ids(run)
    return run.stdout


@pytest.fixture(scope="module")
def shipped_env(session_cache: Path) -> dict[str, str]:
    """The real shipped data with its index, in the session's cache (built once for every test
    that reads the shipped data; nothing here damages it)."""
    env = environment(RELATIONS_SHIPPED_DATA=None, RELATIONS_CACHE_DIR=str(session_cache), RELATIONS_DATA_DIR="")
    run = relations("show", "belize", "colombia", "--json", env=env)
    assert run.code == 0, run.stderr
    return env


# -- 1. the index follows the data ----------------------------------------------------------------------


def test_the_index_is_rebuilt_when_a_user_file_is_added_edited_and_deleted(mini_env, tmp_path):
    show = ("show", "belize", "colombia", "--json")
    before = fact_ids(relations(*show, env=mini_env))
    assert "mine.bz-co.fishing" not in before

    mine = tmp_path / "user" / "facts.toml"
    mine.write_text(MY_FACT.format(text="Belize and Colombia agreed on fishing."))
    added = relations(*show, env=mini_env)
    assert added.stderr == ""
    fact = next(f for f in added.json()["facts"] if f["id"] == "mine.bz-co.fishing")
    assert fact["text"] == "Belize and Colombia agreed on fishing." and fact["origin"] == "user"
    assert (tmp_path / "cache" / FULL_INDEX).is_file()

    mine.write_text(MY_FACT.format(text="Belize and Colombia renewed their fishing agreement."))
    edited = relations(*show, env=mini_env)
    fact = next(f for f in edited.json()["facts"] if f["id"] == "mine.bz-co.fishing")
    assert fact["text"] == "Belize and Colombia renewed their fishing agreement."
    found = relations("search", "renewed", "--json", env=mini_env)
    assert found.code == 0, found.stderr
    assert "mine.bz-co.fishing" in [f["id"] for f in found.json()["facts"]]

    mine.unlink()
    deleted = relations(*show, env=mini_env)
    assert fact_ids(deleted) == before
    gone = relations("search", "renewed", "--json", env=mini_env)
    assert gone.code == 0, gone.stderr
    assert "mine.bz-co.fishing" not in [f["id"] for f in gone.json()["facts"]]


def test_the_index_is_rebuilt_when_a_shipped_file_changes(mini, tmp_path):
    shipped = copy_mini_shipped(tmp_path / "shipped")
    env = environment(RELATIONS_SHIPPED_DATA=str(shipped), RELATIONS_CACHE_DIR=str(tmp_path / "cache"), RELATIONS_DATA_DIR="")
    assert "mine.bz-co.fishing" not in fact_ids(relations("show", "bz", "co", "--json", env=env))
    (shipped / "curated" / "999-test.toml").write_text(MY_FACT.format(text="A new shipped fact."))
    assert "mine.bz-co.fishing" in fact_ids(relations("show", "bz", "co", "--json", env=env))


@pytest.mark.parametrize("with_user_data", [False, True], ids=["shipped-only", "with-user-data"])
def test_an_unchanged_dataset_reuses_the_index_file(mini_env, tmp_path, with_user_data):
    if with_user_data:
        (tmp_path / "user" / "facts.toml").write_text(MY_FACT.format(text="Belize and Colombia agreed on fishing."))
    index = tmp_path / "cache" / (FULL_INDEX if with_user_data else SHIPPED_INDEX)
    first = relations("show", "belize", "colombia", "--json", env=mini_env)
    assert first.code == 0, first.stderr
    before = index.stat()
    second = relations("show", "belize", "colombia", "--json", env=mini_env)
    third = relations("search", "drug", "--json", env=mini_env)
    after = index.stat()
    assert second.stdout == first.stdout and third.code == 0
    assert third.json()["facts"], "the reused index still answers a search"
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (before.st_ino, before.st_mtime_ns, before.st_size)
    assert temporary_files(tmp_path / "cache") == []


# -- 2. a damaged index is rebuilt ------------------------------------------------------------------------


def _truncate_to_half(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _overwrite_with_garbage(path: Path) -> None:
    path.write_bytes(b"this is not an index \x00\xff" * 4000)


def _zero_the_middle(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 4)
        handle.write(b"\x00" * (size // 2))


def _delete_the_complete_row(path: Path) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DELETE FROM meta WHERE key = 'complete'")
    connection.close()


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


DAMAGE = {
    "truncated-to-half": _truncate_to_half,
    "overwritten-with-garbage": _overwrite_with_garbage,
    "middle-zeroed": _zero_the_middle,
    "complete-row-deleted": _delete_the_complete_row,
    "empty-file": _empty_file,
}


@pytest.mark.parametrize(
    "damage",
    [
        name
        for name in DAMAGE
    ],
)
def test_a_damaged_shipped_index_is_detected_and_rebuilt(mini_env, tmp_path, mini_baseline, damage):
    index = tmp_path / "cache" / SHIPPED_INDEX
    assert relations("show", "belize", "colombia", "--json", env=mini_env).stdout == mini_baseline
    DAMAGE[damage](index)
    repaired = relations("show", "belize", "colombia", "--json", env=mini_env)
    assert (repaired.code, repaired.stderr) == (0, "")
    assert repaired.stdout == mini_baseline
    index_is_whole(index)
    assert temporary_files(tmp_path / "cache") == []
    again = relations("search", "drug", "--json", env=mini_env)
    assert again.code == 0 and again.json()["facts"], again.stderr


@pytest.mark.parametrize("damage", ["truncated-to-half", "overwritten-with-garbage", "complete-row-deleted"])
def test_a_damaged_full_index_is_detected_and_rebuilt(mini_env, tmp_path, damage):
    (tmp_path / "user" / "facts.toml").write_text(MY_FACT.format(text="Belize and Colombia agreed on fishing."))
    index = tmp_path / "cache" / FULL_INDEX
    good = relations("show", "belize", "colombia", "--json", env=mini_env)
    assert "mine.bz-co.fishing" in fact_ids(good)
    DAMAGE[damage](index)
    repaired = relations("show", "belize", "colombia", "--json", env=mini_env)
    assert (repaired.code, repaired.stderr, repaired.stdout) == (0, "", good.stdout)
    index_is_whole(index)


# -- 3. concurrent first runs --------------------------------------------------------------------------------


@pytest.mark.parametrize("with_user_data", [False, True], ids=["shipped-only", "with-user-data"])
def test_two_concurrent_first_runs_both_succeed(mini_env, tmp_path, with_user_data):
    if with_user_data:
        (tmp_path / "user" / "facts.toml").write_text(MY_FACT.format(text="Belize and Colombia agreed on fishing."))
    command = [sys.executable, "-m", "relations", "show", "belize", "colombia", "--json"]
    for round in range(2):  # two races, each on a fresh cache folder
        cache = tmp_path / f"cache-{round}"
        env = dict(mini_env, RELATIONS_CACHE_DIR=str(cache))
        processes = [
            subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        results = [(p.wait(timeout=60), *p.communicate(timeout=60)) for p in processes]
        for code, _, stderr in results:
            assert (code, stderr) == (0, "")
        assert results[0][1] == results[1][1]
        assert ("mine.bz-co.fishing" in results[0][1]) is with_user_data
        assert temporary_files(cache) == []
        index_is_whole(cache / SHIPPED_INDEX)
        if with_user_data:
            index_is_whole(cache / FULL_INDEX)


# -- 4. a cache folder that cannot be written ------------------------------------------------------------


@pytest.mark.parametrize("with_user_data", [False, True], ids=["shipped-only", "with-user-data"])
def test_an_unwritable_cache_folder_still_answers_with_a_warning(mini_env, tmp_path, mini_baseline, with_user_data):
    if with_user_data:
        (tmp_path / "user" / "facts.toml").write_text(MY_FACT.format(text="Belize and Colombia agreed on fishing."))
    blocker = tmp_path / "a-regular-file"
    blocker.write_text("not a folder")
    env = dict(mini_env, RELATIONS_CACHE_DIR=str(blocker / "cache"))  # mkdir fails, even for root
    run = relations("show", "belize", "colombia", "--json", env=env)
    assert run.code == 0, run.stderr
    if with_user_data:
        assert "mine.bz-co.fishing" in fact_ids(run)
    else:
        assert run.stdout == mini_baseline
    warnings = run.stderr.splitlines()
    assert len(warnings) == 1, run.stderr
    assert warnings[0].startswith("relations: warning: cannot write the index") and "memory" in warnings[0]
    assert blocker.read_text() == "not a folder"
    search = relations("search", "drug", "--json", env=env)
    assert search.code == 0 and search.json()["facts"] and search.stderr.startswith("relations: warning:")


# -- 5. the fast path and the Typer app agree -----------------------------------------------------------------

BATCH = "# pairs\nbelize\tcolombia\n\nnarnia:belize\nunited states : GT\nbelize\n"

TABLE: list[tuple[str, tuple[str, ...], str | None]] = [
    ("show-json", ("show", "belize", "colombia", "--json"), None),
    ("show-quoted-name", ("show", "united states", "GT", "--json"), None),
    ("show-jsonl", ("show", "colombia", "belize", "--format", "jsonl"), None),
    ("show-csv", ("show", "bz", "co", "--format", "csv"), None),
    ("show-csv-fields", ("show", "bz", "co", "--fields", "id,date", "--format", "csv"), None),
    ("show-markdown", ("show", "bz", "co", "-f", "markdown"), None),
    ("show-plain-piped", ("show", "belize", "colombia"), None),
    ("show-fields-json", ("show", "bz", "co", "--fields=id,topic", "--json"), None),
    ("show-profile-plain", ("show", "india", "pakistan", "--profile"), None),
    ("show-profile-markdown", ("show", "india", "pakistan", "--profile", "-f", "markdown"), None),
    ("show-topic-json", ("show", "india", "pakistan", "--topic", "border", "--json"), None),
    ("show-topic-short-plain", ("show", "india", "pakistan", "-t", "migration"), None),
    ("error-show-unknown-topic", ("show", "india", "pakistan", "--topic", "nope"), None),
    ("search-json", ("search", "drug", "--json"), None),
    ("search-party-limit", ("search", "embassy", "--party", "belgium", "--limit", "3", "--json"), None),
    ("search-topic-jsonl", ("search", "drug", "--topic", "security", "--format", "jsonl"), None),
    ("search-plain", ("search", "drug"), None),
    ("search-two-words", ("search", "drug", "trafficking", "-n", "5", "--json"), None),
    ("search-no-hits", ("search", "zzzqqqnothing", "--json"), None),
    ("partners-json", ("partners", "colombia", "--by", "visas", "--where", "visa-free", "--json"), None),
    ("partners-csv-limit", ("partners", "brazil", "--by", "votes", "-n", "5", "--format", "csv"), None),
    ("partners-plain-among", ("partners", "france", "--by", "distance", "--among", "eu"), None),
    ("error-partners-aspect", ("partners", "belize", "--by", "nope"), None),
    ("error-partners-where", ("partners", "belize", "--by", "visas", "--where", "nope", "--json"), None),
    ("error-unknown-name-json", ("show", "narnia", "belize", "--json"), None),
    ("error-unknown-name-plain", ("show", "narnia", "belize"), None),
    ("error-same-party", ("show", "belize", "belize"), None),
    ("error-unknown-topic", ("search", "--topic", "nope", "drug", "--json"), None),
    ("error-bad-fields", ("show", "bz", "co", "--fields", "nope", "--format", "csv"), None),
    ("batch-file", ("show", "--batch", "{batch}"), None),
    ("batch-file-jsonl", ("show", "--batch", "{batch}", "--format", "jsonl"), None),
    ("batch-stdin", ("show", "--batch", "-"), BATCH),
    ("batch-missing-file", ("show", "--batch", "{missing}"), None),
    ("batch-csv-refused", ("show", "--batch", "{batch}", "--format", "csv"), None),
    ("map-plain", ("map", "colombia", "--by", "distance"), None),
    ("map-plain-width", ("map", "japan", "--by", "distance", "--width", "120"), None),
    ("map-json", ("map", "co", "--by", "distance", "--json"), None),
    ("map-csv", ("map", "co", "--by", "distance", "--format", "csv"), None),
    ("map-visas-plain", ("map", "colombia", "--by", "visas"), None),
    ("map-votes-json", ("map", "brazil", "--by", "votes", "--json"), None),
    ("error-map-unknown-aspect", ("map", "colombia", "--by", "nope"), None),
    ("error-map-group", ("map", "eu", "--by", "distance"), None),
    # output options before the command are taken as given after it (issue 20)
    ("json-before-show", ("--json", "show", "belize", "colombia"), None),
    ("format-before-search", ("--format", "csv", "search", "drug", "-n", "2"), None),
    ("data-and-json-before-show", ("--data", "{folder}", "--json", "show", "bz", "co"), None),
    ("batch-spaced-codes", ("show", "--batch", "-"), "AD AE\ncosta rica\n"),
]


@pytest.fixture(scope="module")
def batch_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "pairs.txt"
    path.write_text(BATCH)
    return path


def _fill(args: tuple[str, ...], batch_file: Path) -> list[str]:
    return [a.format(batch=batch_file, missing=batch_file.parent / "missing.txt", folder=batch_file.parent) for a in args]


def _imported(importtime_stderr: str) -> set[str]:
    """Top-level packages named by `python -X importtime` lines."""
    names = set()
    for line in importtime_stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


def test_a_query_on_a_current_index_loads_no_building_code(shipped_env):
    """The index's schema and build (`dataset.build`), the TOML loader and parser are for building
    only: a warm `show --json` must not load them, nor the json package (each module costs
    start-up time)."""
    run = relations("show", "belize", "colombia", "--json", env=shipped_env, python_flags=("-X", "importtime"))
    assert run.code == 0
    modules = {line.rsplit("|", 1)[1].strip() for line in run.stderr.splitlines() if line.startswith("import time:") and "|" in line}
    assert "relations.dataset.index" in modules
    assert not modules & {"relations.dataset.build", "relations.dataset.load", "tomli", "tomllib", "relations.tomlread"}
    # nor the json package: `relations.jsontext` reads and writes JSON through its C accelerator
    assert "json" not in modules and "relations.jsontext" in modules


FALLBACK: list[tuple[str, tuple[str, ...], str | None]] = [
    ("show-help", ("show", "belize", "colombia", "--help"), None),
    ("one-name", ("show", "belize", "--json"), None),
    ("bad-limit", ("search", "drug", "--limit", "0"), None),
    ("other-command", ("countries", "--json"), None),
    ("partners-without-by", ("partners", "belize", "--json"), None),
    ("batch-with-profile", ("show", "--batch", "-", "--profile"), None),
]


@pytest.fixture(scope="module")
def typer_runs(shipped_env, batch_file, tmp_path_factory) -> dict[str, Run]:
    """Every row of TABLE and FALLBACK through the Typer app alone (see TYPER_FORKS)."""
    folder = tmp_path_factory.mktemp("typer-runs")
    jobs = []
    for name, args, input in TABLE + FALLBACK:
        (folder / f"{name}.in").write_text(input or "")
        jobs.append({"id": name, "args": _fill(args, batch_file), "stdin": str(folder / f"{name}.in"),
                     "stdout": str(folder / f"{name}.out"), "stderr": str(folder / f"{name}.err")})
    (folder / "jobs.json").write_text(json.dumps(jobs))
    done = subprocess.run([sys.executable, "-c", TYPER_FORKS, str(folder / "jobs.json")], env=shipped_env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    codes = json.loads(done.stdout)
    return {
        name: Run(codes[name], (folder / f"{name}.out").read_text(), (folder / f"{name}.err").read_text())
        for name, _, _ in TABLE + FALLBACK
    }


def _without_importtime(run: Run) -> tuple[Run, set[str]]:
    kept = "".join(line for line in run.stderr.splitlines(keepends=True) if not line.startswith("import time:"))
    return Run(run.code, run.stdout, kept), _imported(run.stderr)


@pytest.mark.parametrize(("name", "args", "input"), TABLE, ids=[row[0] for row in TABLE])
def test_the_fast_path_and_the_typer_app_give_the_same_output(shipped_env, batch_file, typer_runs, name, args, input):
    argv = _fill(args, batch_file)
    from relations import fast

    assert fast.parse(argv) is not None, "this command line should be answered by the fast path"
    fast_run, imported = _without_importtime(relations(*argv, env=shipped_env, input=input, python_flags=("-X", "importtime")))
    assert "relations" in imported
    assert not imported & {"typer", "click", "rich", "pydantic"}, "the fast path imported the Typer app or Rich"
    slow_run = typer_runs[name]
    assert "Traceback" not in slow_run.stderr
    assert (fast_run.code, fast_run.stdout, fast_run.stderr) == (slow_run.code, slow_run.stdout, slow_run.stderr)


def test_the_forked_typer_runs_match_a_fresh_typer_process(shipped_env, batch_file, typer_runs):
    """TYPER_FORKS is a shortcut for `python -c TYPER_APP ARGS`; check it gives the same."""
    for name in ("show-json", "error-same-party"):
        args = _fill(next(row[1] for row in TABLE if row[0] == name), batch_file)
        assert typer_app(*args, env=shipped_env) == typer_runs[name]


def test_the_table_covers_answers_and_errors(typer_runs):
    """The comparison above is only worth something if the rows really answer, and really fail."""
    for name in ("show-json", "show-quoted-name", "search-json", "search-party-limit"):
        assert typer_runs[name].code == 0 and typer_runs[name].json()["facts"], name
    assert typer_runs["search-party-limit"].json()["total"] >= 1 and len(typer_runs["search-party-limit"].json()["facts"]) <= 3
    for name in ("show-csv", "show-csv-fields", "show-plain-piped", "search-plain", "search-topic-jsonl"):
        assert typer_runs[name].code == 0 and typer_runs[name].stdout.strip(), name
    assert typer_runs["show-csv-fields"].stdout.splitlines()[0] == "id,date"
    for name in ("error-unknown-name-json", "error-same-party", "error-unknown-topic", "error-bad-fields"):
        assert typer_runs[name].code == 2 and typer_runs[name].stderr, name
    assert json.loads(typer_runs["error-unknown-name-json"].stderr)["error"]["name"] == "narnia"
    assert typer_runs["show-profile-plain"].stdout.splitlines()[2] == "At a glance"
    assert "\nBorder\n" not in typer_runs["show-profile-plain"].stdout
    assert {f["topic"] for f in typer_runs["show-topic-json"].json()["facts"]} == {"border"}
    assert typer_runs["show-topic-json"].json()["profile"]["lines"]
    assert "\nMigration\n" in typer_runs["show-topic-short-plain"].stdout
    assert "\nBorder\n" not in typer_runs["show-topic-short-plain"].stdout
    assert typer_runs["error-show-unknown-topic"].code == 2 and "unknown topic" in typer_runs["error-show-unknown-topic"].stderr
    assert typer_runs["batch-file"].code == 1 and len(typer_runs["batch-file"].stdout.splitlines()) == 4


@pytest.mark.parametrize(("name", "args", "input"), FALLBACK, ids=[row[0] for row in FALLBACK])
def test_what_the_fast_path_cannot_answer_falls_back_to_the_typer_app(shipped_env, typer_runs, name, args, input):
    from relations import fast

    assert fast.parse(list(args)) is None
    run, imported = _without_importtime(relations(*args, python_flags=("-X", "importtime"), env=shipped_env))
    assert "typer" in imported
    assert (run.code, run.stdout, run.stderr) == (typer_runs[name].code, typer_runs[name].stdout, typer_runs[name].stderr)
    if name == "show-help":
        assert run.code == 0 and "Usage: relations show" in run.stdout and "--batch" in run.stdout
    else:
        assert run.code != 0 or name == "other-command"


# -- 6. show --batch ----------------------------------------------------------------------------------------------


def test_batch_answers_each_pair_line_in_order_with_errors_in_place(shipped_env, batch_file):
    run = relations("show", "--batch", str(batch_file), env=shipped_env)
    assert run.code == 1
    documents = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(documents) == 4  # the comment and the blank line are skipped
    first, unknown, third, malformed = documents
    assert [p["code"] for p in first["parties"]] == ["BZ", "CO"]
    assert first == relations("show", "belize", "colombia", "--json", env=shipped_env).json()
    assert unknown["line"] == 4 and unknown["input"] == "narnia:belize"
    assert "narnia" in unknown["error"]["message"] and unknown["error"]["exit_code"] == 2
    assert {p["code"] for p in third["parties"]} == {"US", "GT"} and third["facts"]
    assert malformed["line"] == 6 and malformed["input"] == "belize" and "error" in malformed
    assert run.stderr == ""


def test_batch_reads_stdin(shipped_env, batch_file):
    from_file = relations("show", "--batch", str(batch_file), "--format", "jsonl", env=shipped_env)
    from_stdin = relations("show", "--batch", "-", env=shipped_env, input=BATCH)
    assert (from_stdin.code, from_stdin.stdout) == (from_file.code, from_file.stdout) == (1, from_file.stdout)
    all_good = relations("show", "--batch", "-", env=shipped_env, input="bz:co\r\nfrance\tgermany\n")
    assert all_good.code == 0, all_good.stdout + all_good.stderr
    assert [len(json.loads(line)["parties"]) for line in all_good.stdout.splitlines()] == [2, 2]
    empty = relations("show", "--batch", "-", env=shipped_env, input="# nothing\n\n")
    assert (empty.code, empty.stdout) == (0, "")


def test_a_long_batch_shared_among_workers_answers_as_one_process_does(shipped_env, batch_file):
    """Past its first lines a long batch is answered by worker processes (on Linux): the output
    must be line for line what one process writes, errors in place, in input order."""
    from relations import run as runner

    lines = BATCH * 40 + "belize:colombia\n" * (runner.BATCH_ALONE + 3 * runner.BATCH_CHUNK)
    shared = relations("show", "--batch", "-", env=shipped_env, input=lines)
    alone = relations("show", "--batch", "-", env=dict(shipped_env, RELATIONS_BATCH_WORKERS="1"), input=lines)
    assert shared.code == alone.code == 1 and shared.stderr == alone.stderr == ""
    assert shared.stdout == alone.stdout
    documents = [json.loads(line) for line in shared.stdout.splitlines()]
    assert len(documents) == 4 * 40 + runner.BATCH_ALONE + 3 * runner.BATCH_CHUNK
    assert [d["line"] for d in documents if "error" in d][:4] == [4, 6, 10, 12]
    assert documents[-1] == relations("show", "belize", "colombia", "--json", env=shipped_env).json()


def test_a_large_user_dataset_is_read_in_parallel_with_the_same_result(cli, mini, tmp_path, monkeypatch):
    """User data past PARALLEL_BYTES is parsed by worker processes; lowered here to a few bytes, the
    same files must give the same answers, warnings included, as when read in one process."""
    from relations.dataset import build as index

    user = tmp_path / "user"
    user.mkdir()
    (user / "00-defs.toml").write_text(
        '[[source]]\nid = "my-notes"\ntitle = "My notes"\n\n'
        '[[fact]]\nid = "mine.defs"\nparties = ["BE", "FR"]\ntopic = "trade"\ntext = "A fact beside the definitions."\n'
        'sources = ["my-notes"]\n',
        encoding="utf-8",
    )
    for n in range(4):
        facts = "".join(
            f'[[fact]]\nid = "mine.{n}.{k}"\nparties = ["BE", "NL"]\ntopic = "trade"\n'
            f'text = "Parallel zeppelin fact {n} {k}."\nsources = ["my-notes"]\n\n'
            for k in range(3)
        )
        (user / f"facts-{n}.toml").write_text(facts, encoding="utf-8")
    (user / "facts-1.toml").write_text(
        (user / "facts-1.toml").read_text(encoding="utf-8")
        + '[[fact]]\nid = "mine.0.0"\nparties = ["BE", "NL"]\ntopic = "trade"\ntext = "A duplicate id."\nsources = ["my-notes"]\n\n'
        '[[fact]]\nid = "mine.conflict"\nparties = ["BE", "NL"]\ntopic = "trade"\ntext = "Conflicts with nothing known."\n'
        'sources = ["my-notes"]\nconflicts_with = ["mine.nowhere"]\n\n'
        '[[fact]]\nid = "mine.bad"\nparties = ["BE", "XX"]\ntopic = "trade"\ntext = "Unknown party."\nsources = ["my-notes"]\n',
        encoding="utf-8",
    )
    (user / "facts-3.toml").write_text(  # a correction in a file of facts alone: a worker reads it
        (user / "facts-3.toml").read_text(encoding="utf-8")
        + '[[fact]]\nid = "mine.fix"\nparties = ["BZ", "CO"]\ntopic = "diplomatic"\ntext = "Relations began, by my notes."\n'
        'sources = ["my-notes"]\ncorrects = "bz-co.relations-established"\nnote = "My reading of the record."\n',
        encoding="utf-8",
    )
    answers = {}
    for label, threshold in (("serial", 10**12), ("parallel", 0)):
        use_mini(monkeypatch, mini, user, tmp_path / f"cache-{label}")
        monkeypatch.setattr(index, "PARALLEL_BYTES", threshold)
        monkeypatch.setenv("RELATIONS_WORKERS", "2")
        shown = cli("show", "belgium", "netherlands", "--json")
        found = cli("search", "zeppelin", "--json", "--limit", "100")
        corrected = cli("show", "belize", "colombia", "--json")
        assert shown.exit_code == 0 and found.exit_code == 0 and corrected.exit_code == 0
        answers[label] = (shown.stdout, found.stdout, sorted(shown.stderr.splitlines()), corrected.stdout)
    for item in (0, 1, 2, 3):
        assert answers["parallel"][item] == answers["serial"][item], (item, answers["serial"][item], answers["parallel"][item])
    shown, found, warnings, corrected = answers["parallel"]
    assert json.loads(found)["total"] == 12
    set_aside = json.loads(corrected)["set_aside"]
    assert [(s["id"], s["status"], s["by"]) for s in set_aside] == [("bz-co.relations-established", "corrected", "mine.fix")]
    assert {f["id"] for f in json.loads(shown)["facts"] if f["id"].startswith("mine.")} == {
        f"mine.{n}.{k}" for n in range(4) for k in range(3)} | {"mine.conflict"}
    assert any("duplicate fact id 'mine.0.0'" in w for w in warnings)
    assert any("facts-1.toml:23: duplicate fact id 'mine.0.0'" in w for w in warnings)
    assert any("'mine.nowhere' (the fact is still used;" in w for w in warnings)
    assert any("'XX' (this entry is left out;" in w for w in warnings)
