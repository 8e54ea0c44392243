"""Hostile invocations of the whole command line, run in this process through the real entry point
(`relations.__main__.main(argv)`): every command and option of the Typer app (read from the app
itself, so a new one is fuzzed without being listed here), odd names, unicode, very long
arguments, raw bytes on stdin for `--batch`, broken user data files, broken config files and odd
environment variables. Each must end with an exit code of 0, 1 or 2, no traceback and no
"internal error" (exit 70).

Run as a script, from the repository root (about 10,000 invocations take a few minutes):

    .venv/bin/python tests/fuzz_cli.py -n 10000 --seed 20

It prints the counts by exit code and by command, and each failure with the seed and number that
reproduce it (`--only N`). tests/test_cli_fuzz.py runs the first invocations of a fixed seed.

What in-process running changes, and how it is kept faithful: stdin, stdout and stderr are byte
buffers behind UTF-8 text wrappers, strict for stdin and stdout and backslashreplace for stderr,
as Python sets them up in a process under a UTF-8 locale (a lone surrogate from an undecodable
argument written to stdout is then an error, as it would be); the environment
is set for each invocation and restored after; the Typer app is turned into its command once
(as the tests do); files an invocation writes (`add`, `--export`) go to a scratch folder, and
the user data is restored byte for byte, with its modification times, after an `add`.
`--install-completion` is left out: it edits the shell's start-up files, and is Typer's.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ALLOWED_EXIT_CODES = (0, 1, 2)
TIMEOUT_SECONDS = 60  # one invocation; a batch of a few hundred lines takes well under a second

# -- the vocabulary ---------------------------------------------------------------------------------

NAMES = ["belize", "BZ", "bz", "colombia", "CO", "united states", "usa", "GT", "india", "pakistan", "france",
         "cote divoire", "côte d'ivoire", "caricom", "CARICOM", "EU", "ORG-UN", "H-SOVIET-UNION", "soviet union",
         "yugoslavia", "narnia", "belgum", "kosovo", "taiwan", "the gambia", "congo", "korea", "united", "a:b"]
HOSTILE = ["", " ", "-", "--", "---", "-x", "--=", "=", "\x00", "a\x00b", "\x1b[31mred", "\x1b]8;;http://x\x07",
           "[bold red]x[/]", "[/]", "[link=file:///etc/passwd]x", "\u202eevil", "\u200b", "\ufeffbelize", "ÿ", "日本",
           "🇧🇿", "é" * 50, "\udcff", "bel\udcffize", "\r", "\n", "a\nb", "\t", "%s%n", "{}", "{0}", "'", '"', "\\",
           "${HOME}", "$(id)", "`id`", "..", "../..", "*", "?", "~", "NaN", "inf", "-0", "0x10", "1e3", "٣", "１", "²",
           "99999999999999999999999", "-1", "0", "1", "3", "20", "100000", "100001"]
TOPICS = ["diplomatic", "missions", "trade", "border", "security", "dispute", "DIPLOMATIC", "trad", "nope", ""]
FORMATS = ["table", "json", "jsonl", "csv", "markdown", "JSON", "xml", ""]
COLORS = ["auto", "always", "never", "ALWAYS", "sometimes", ""]
KINDS = ["country", "group", "historical", "planet", ""]
FIELDS = ["id,date", "id", "", ",", "nope", "id,id", "text,sources,parties", "code,name", "name", "*", "id,,date"]
DATES = ["2020", "2020-02", "2020-02-30", "2020-13-01", "1982-02-15", "2010/2019", "2019/2010", "0000", "99999", "",
         "yesterday", "2020-02-29", "1900-02-29"]
SOURCES = ["wikipedia-belize-colombia", "factbook", "unvotes", "nope", "", "my-notes"]

OPTION_VALUES = {
    "--format": FORMATS, "-f": FORMATS, "--color": COLORS, "--kind": KINDS, "-k": KINDS, "--fields": FIELDS,
    "--topic": TOPICS, "-t": TOPICS, "--party": NAMES, "-p": NAMES, "--date": DATES, "-d": DATES,
    "--source": SOURCES, "-s": SOURCES, "--limit": ["1", "5", "0", "-1", "abc", "100000", "100001", "٣", "1.5"],
    "-n": ["1", "5", "0", "abc"], "--width": ["20", "19", "80", "1000", "1001", "0", "-5", "abc", "٣٠", "1e2"],
}


@dataclass
class Invocation:
    argv: list[str]
    stdin: bytes = b""
    env: dict[str, str | None] = field(default_factory=dict)
    scenario: str = "none"


@dataclass
class World:
    """The scratch folders: user data scenarios, config scenarios, files to name, caches."""

    root: Path
    data: dict[str, Path] = field(default_factory=dict)
    configs: dict[str, Path] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    snapshots: dict[str, dict[Path, tuple[bytes, int]]] = field(default_factory=dict)


def commands() -> dict[str, tuple[int, list[tuple[str, bool]]]]:
    """Every command of the Typer app -> (how many arguments it takes: -1 for any number, its
    options as (spelling, takes a value)), and "" -> the app's own options."""
    import typer.main

    from relations.cli import app

    group = typer.main.get_command(app)
    found = {}
    for name, command in [("", group), *group.commands.items()]:
        arguments, options = 0, []
        for param in command.params:
            if type(param).__name__ == "TyperArgument":
                arguments = -1 if param.nargs == -1 or arguments == -1 else arguments + 1
            else:
                flag = bool(getattr(param, "is_flag", False))
                options += [(spelling, not flag) for spelling in [*param.opts, *param.secondary_opts]
                            if spelling != "--install-completion"]
        found[name] = (arguments, options)
    return found


def odd_text(rng: random.Random) -> str:
    """A short string from several unicode planes, control characters and surrogates included."""
    ranges = [(0x20, 0x7E), (0x00, 0x1F), (0xA0, 0x17F), (0x300, 0x36F), (0x590, 0x6FF), (0x2000, 0x206F),
              (0x4E00, 0x4E80), (0xDC80, 0xDCFF), (0x1F1E6, 0x1F1FF), (0x1F600, 0x1F64F), (0xFFF0, 0xFFFF)]
    text = "".join(chr(rng.randint(*rng.choice(ranges))) for _ in range(rng.randint(1, 12)))
    return text.lstrip("/~")  # never an absolute path: what a command writes stays in the scratch folder


def word(rng: random.Random, world: World) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(NAMES)
    if roll < 0.7:
        return rng.choice(HOSTILE)
    if roll < 0.8:
        return odd_text(rng)
    if roll < 0.88:
        return rng.choice(world.files)
    if roll < 0.92:
        return rng.choice(["x", "belize ", "drug ", "é", "日"]) * rng.choice([100, 300, 2000, 20000])
    return rng.choice(NAMES).upper() if rng.random() < 0.5 else " " + rng.choice(NAMES) + " "


def option_value(rng: random.Random, world: World, spelling: str) -> str:
    if rng.random() < 0.15:
        return word(rng, world)
    if spelling in OPTION_VALUES:
        return rng.choice(OPTION_VALUES[spelling])
    if spelling in ("--export",):
        return rng.choice(["view.html", "view.svg", "view.txt", "view.pdf", "", "no/such/dir/v.html", "x" * 300 + ".txt",
                           "view.HTML", ".txt", "v\x00.txt"])
    if spelling in ("--batch", "--data", "--file"):
        return rng.choice(["-", *world.files])
    return word(rng, world)


def batch_stdin(rng: random.Random) -> bytes:
    pieces = []
    for _ in range(rng.choice([0, 1, 3, 20, 40])):
        roll = rng.random()
        if roll < 0.4:
            separator = rng.choice([":", "\t", " ", " : ", "::", ""])
            pieces.append((rng.choice(NAMES) + separator + rng.choice(NAMES)).encode("utf-8", "surrogateescape"))
        elif roll < 0.6:
            pieces.append(bytes(rng.randrange(256) for _ in range(rng.randint(1, 40))))
        elif roll < 0.7:
            pieces.append(rng.choice([b"\xff\xfe", b"\xef\xbb\xbfbelize:colombia", b"# comment", b"", b"\x00:\x00",
                                      b"bz:co\r", b"a" * 100000, "日本:中国".encode(), b"bz\tco\tgt"]))
        else:
            pieces.append(rng.choice(HOSTILE).encode("utf-8", "surrogateescape"))
    return rng.choice([b"\n", b"\r\n", b"\r"]).join(pieces) + rng.choice([b"", b"\n"])


ENV_CHOICES: dict[str, list[str | None]] = {
    "RELATIONS_WIDTH": [None] * 6 + ["abc", "0", "19", "99999", "-5", "٣٠", ""],
    "RELATIONS_FORMAT": [None] * 6 + ["xml", "json", "csv", ""],
    "RELATIONS_COLOR": [None] * 6 + ["bogus", "always", ""],
    "RELATIONS_PAGER": [None] * 6 + ["bogus", "never", "auto", ""],
    "RELATIONS_BATCH_WORKERS": [None] * 4 + ["0", "1", "2", "abc", "65", ""],
    "RELATIONS_WORKERS": [None] * 8 + ["0", "2", "abc", "٣", ""],
    "COLUMNS": [None] * 4 + ["abc", "0", "5", "100000"],
    "NO_COLOR": [None, None, "1", ""],
    "TERM": [None, "dumb", "xterm-256color"],
}


def invocation(rng: random.Random, world: World, catalogue: dict) -> Invocation:
    """One random hostile command line, with its stdin, environment and user data scenario."""
    env: dict[str, str | None] = {key: rng.choice(values) for key, values in ENV_CHOICES.items()}
    env["RELATIONS_CONFIG_DIR"] = str(world.configs[rng.choice(sorted(world.configs))])
    scenario = rng.choice(sorted(world.data))
    names = [name for name in catalogue if name]
    argv: list[str] = []
    _, global_options = catalogue[""]
    if rng.random() < 0.1:
        spelling, takes_value = rng.choice(global_options)
        argv += [spelling] + ([option_value(rng, world, spelling)] if takes_value else [])
    roll = rng.random()
    command = rng.choice(names) if roll < 0.9 else (rng.choice(HOSTILE) if roll < 0.95 else odd_text(rng))
    argv.append(command)
    arguments, options = catalogue.get(command, (rng.choice([0, 1, 2]), []))
    count = rng.choice([0, 1, 2, 3, 5]) if arguments == -1 else max(0, arguments + rng.choice([-1, 0, 0, 0, 1]))
    tokens = [word(rng, world) for _ in range(count)]
    for _ in range(rng.choice([0, 1, 1, 2, 3, 5])):
        if options and rng.random() < 0.93:
            spelling, takes_value = rng.choice(options)
        else:
            spelling, takes_value = rng.choice(global_options + [("--json", False), ("--nope", False), ("-Z", True)])
        if takes_value and rng.random() < 0.05:
            tokens.append(spelling)  # its value left out
        elif takes_value and rng.random() < 0.3:
            tokens.append(f"{spelling}={option_value(rng, world, spelling)}")
        elif takes_value:
            tokens += [spelling, option_value(rng, world, spelling)]
        else:
            tokens.append(spelling if rng.random() < 0.95 else f"{spelling}=yes")
    if rng.random() < 0.1:
        tokens += [rng.choice(["-h", "--help"])]
    if rng.random() < 0.3:
        rng.shuffle(tokens)
    argv += tokens
    if rng.random() < 0.05:  # shell completion of the line, by bash or zsh
        shell = rng.choice(["bash", "zsh", "fish"])
        line = " ".join(["relations", *argv]).replace("\x00", "")  # an environment variable cannot hold a NUL
        env["_RELATIONS_COMPLETE"] = f"complete_{shell}"
        env["COMP_WORDS"], env["COMP_CWORD"] = line, str(len(line.split()))
        env["_TYPER_COMPLETE_ARGS"] = line
        argv = []
    stdin = batch_stdin(rng) if "-" in argv or rng.random() < 0.2 else b""
    return Invocation(argv, stdin, env, scenario)


# -- the world: broken user data, broken config files -------------------------------------------------

GOOD_FACT = """[[fact]]
id = "mine.bz-gt.one"
parties = ["BZ", "GT"]
topic = "dispute"
text = "A fact of my own."
sources = ["wikipedia-belize-colombia"]
"""

DATA_SCENARIOS: dict[str, dict[str, bytes | None]] = {
    # file name -> content (None: a folder of that name)
    "none": {},
    "good": {"mine.toml": GOOD_FACT.encode()},
    "garbage": {"facts.toml": bytes(range(256)) * 4},
    "not-toml": {"facts.toml": b"[[fact]\nid = \nparties = [\"BZ\"\n"},
    "not-utf8": {"facts.toml": GOOD_FACT.encode().replace(b"own", b"\xff\xfe")},
    "bom": {"facts.toml": b"\xef\xbb\xbf" + GOOD_FACT.encode()},
    "wrong-entries": {"facts.toml": (GOOD_FACT + GOOD_FACT + """
[[fact]]
id = "Bad Id"
parties = ["BZ", "NARNIA", "BZ"]
topic = "mood"
text = ""
sources = ["nowhere"]
date = "2020-02-30"
values = { amount = "12", share_pct = -5 }
conflicts_with = ["nothing"]
corrects = "nothing"

[[fact]]
parties = "BZ"
text = 3

[[source]]
id = "my-notes"

[[party]]
code = "BZ"
name = "Belize again"

[[series]]
id = "mine.bz-co.x"
parties = ["BZ", "CO"]
points = [{ period = "abc", value = "x" }, { period = "2020" }]

[[membership]]
party = "BZ"
group = "NOWHERE"
""").encode()},
    "types": {"facts.toml": b"fact = 3\nsource = \"x\"\nseries = [1, 2]\nparty = {}\n[[topic]]\nid = 5\n"},
    "deep": {"facts.toml": b"x = " + b"[" * 2000 + b"]" * 2000 + b"\n"},
    "huge-line": {"facts.toml": GOOD_FACT.replace("A fact of my own.", "long " * 40000).encode()},
    "folder-named-toml": {"facts.toml": None, "facts.toml/inner.toml": GOOD_FACT.encode()},
    "empty": {"facts.toml": b""},
    "control-characters": {"facts.toml": GOOD_FACT.replace("A fact of my own.", "bell\\u0007 esc\\u001b[31m rtl\\u202e").encode()},
}

CONFIG_SCENARIOS: dict[str, bytes | None] = {
    "none": b"",
    "good": b'format = "json"\ncolor = "never"\nwidth = 90\n',
    "bad-values": b'format = "xml"\ncolor = 3\nwidth = "wide"\npager = [1]\nunknown = true\n',
    "garbage": bytes(range(256)),
    "not-toml": b"format = \n[[",
    "huge": b"# " + b"x" * 70000 + b"\n",
    "folder": None,
}


def make_world(root: Path) -> World:
    world = World(root)
    for scenario, files in DATA_SCENARIOS.items():
        folder = root / "data" / scenario
        folder.mkdir(parents=True)
        for name, content in files.items():
            if content is None:
                (folder / name).mkdir()
            else:
                (folder / name).parent.mkdir(parents=True, exist_ok=True)
                (folder / name).write_bytes(content)
        if scenario == "good":
            (folder / "dangling.toml").symlink_to(folder / "nowhere.toml")
        world.data[scenario] = folder
        world.snapshots[scenario] = snapshot(folder)
    for scenario, content in CONFIG_SCENARIOS.items():
        folder = root / "config" / scenario
        folder.mkdir(parents=True)
        if content is None:
            (folder / "config.toml").mkdir()
        elif content:
            (folder / "config.toml").write_bytes(content)
        world.configs[scenario] = folder
    files = root / "files"
    files.mkdir()
    (files / "pairs.txt").write_bytes(b"belize:colombia\nAD AE\nnarnia:belize\n\xff\xfe\n" + b"bz:co\n" * 40)
    (files / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (files / "empty.txt").write_bytes(b"")
    world.files = [str(files / "pairs.txt"), str(files / "binary.bin"), str(files / "empty.txt"), str(files),
                   str(files / "missing.toml"), str(root / "data" / "wrong-entries" / "facts.toml"),
                   str(root / "data" / "not-toml"), str(root / "data" / "good" / "mine.toml"), "x" * 300,
                   str(files / ("y" * 300) / "z.toml"), "relative.toml", ".", "-"]
    return world


def snapshot(folder: Path) -> dict[Path, tuple[bytes, int]]:
    return {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in folder.rglob("*")
            if path.is_file() and not path.is_symlink()}


def restore(folder: Path, saved: dict[Path, tuple[bytes, int]]) -> None:
    """Put the user data back as it was, modification times included, so that the index built
    for it stays current (its fingerprint is every file's path, size and time)."""
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and not path.is_symlink() and path not in saved:
            path.unlink()
    for path, (content, mtime) in saved.items():
        if not path.exists() or path.read_bytes() != content:
            path.write_bytes(content)
        if path.stat().st_mtime_ns != mtime:
            os.utime(path, ns=(mtime, mtime))


# -- running ------------------------------------------------------------------------------------------

@dataclass
class Outcome:
    code: int | None
    stdout: bytes
    stderr: bytes
    problem: str | None


class _Hang(BaseException):  # not an Exception: main must not take it for an error of its own
    pass


class _Buffer(io.BytesIO):
    """A byte buffer that outlives the text wrapper around it (a wrapper closes its buffer)."""

    def close(self) -> None:
        pass


def _alarm(signum, frame):  # type: ignore[no-untyped-def]
    raise _Hang


def run(inv: Invocation, world: World) -> Outcome:
    """Run one invocation through `relations.__main__.main` and judge it."""
    from relations.__main__ import main
    from relations.cli.app import _COMPLETION_STORE

    env = dict(inv.env)
    env["RELATIONS_DATA_DIR"] = str(world.data[inv.scenario]) if inv.scenario != "none" else ""
    # one cache per user data scenario (and --data set): each index is built once, not at every switch
    extra = tuple(a for i, a in enumerate(inv.argv) if i and inv.argv[i - 1] == "--data" or a.startswith("--data="))
    key = f"{inv.scenario}-{abs(hash(extra)) % 10**8}" if extra else inv.scenario
    env["RELATIONS_CACHE_DIR"] = str(_cache(world, key))
    saved = set_environ(env)
    stdout, stderr = _Buffer(), _Buffer()
    streams = (sys.stdin, sys.stdout, sys.stderr)
    sys.stdin = io.TextIOWrapper(io.BytesIO(inv.stdin), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(stdout, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(stderr, encoding="utf-8", errors="backslashreplace", write_through=True)
    _COMPLETION_STORE.clear()
    problem = None
    code: int | None = None
    timed = threading.current_thread() is threading.main_thread()  # signals reach the main thread only
    if timed:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(TIMEOUT_SECONDS)
    try:
        code = main(list(inv.argv))
    except _Hang:
        problem = f"no answer in {TIMEOUT_SECONDS} s"
    except BaseException as error:  # main itself must not raise
        problem = f"main raised {type(error).__name__}: {error}"
    finally:
        if timed:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        sys.stdin, sys.stdout, sys.stderr = streams
        set_environ(saved)
        if inv.scenario != "none":
            restore(world.data[inv.scenario], world.snapshots[inv.scenario])
    out, err = stdout.getvalue(), stderr.getvalue()
    text = (out + err).decode("utf-8", "replace")
    if problem is None:
        if code not in ALLOWED_EXIT_CODES:
            problem = f"exit code {code}"
        elif "Traceback (most recent call last)" in text:
            problem = "a traceback"
        elif "internal error" in err.decode("utf-8", "replace"):
            problem = "an internal error"
        elif code == 2 and not err.strip() and b"Usage" not in out:
            problem = "a usage error that says nothing"
    return Outcome(code, out, err, problem)


def set_environ(values: dict[str, str | None]) -> dict[str, str | None]:
    """Set (None: remove) these environment variables; return what they were, to set back."""
    before = {name: os.environ.get(name) for name in values}
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    return before


def _cache(world: World, key: str) -> Path:
    """The cache folder for `key`, starting with a copy of the shipped data's index, built once."""
    from relations.dataset import index

    base = world.root / "cache" / "base"
    if not base.exists():
        from relations.dataset.store import open_store

        saved = set_environ({"RELATIONS_CACHE_DIR": str(base), "RELATIONS_DATA_DIR": ""})
        try:
            open_store().connection.close()
        finally:
            set_environ(saved)
    folder = world.root / "cache" / key
    if not folder.exists():
        folder.mkdir(parents=True)
        shutil.copy2(base / index.SHIPPED_INDEX, folder / index.SHIPPED_INDEX)
    return folder


def fuzz(count: int, seed: int, root: Path, only: int | None = None, report=None):  # type: ignore[no-untyped-def]
    """Run `count` invocations of `seed` (or only number `only`); yield (number, invocation, outcome)."""
    world = make_world(root)
    catalogue = commands()
    cwd = os.getcwd()
    os.chdir(root / "files")  # relative paths (--export view.html, add --file x) land here
    try:
        import typer.main

        built = typer.main.get_command
        cached: dict[int, object] = {}

        def get_command(app):  # type: ignore[no-untyped-def]
            return cached.setdefault(id(app), built(app))

        typer.main.get_command = get_command
        try:
            for number in range(count) if only is None else [only]:
                inv = invocation(random.Random(f"{seed}:{number}"), world, catalogue)
                yield number, inv, run(inv, world)
        finally:
            typer.main.get_command = built
    finally:
        os.chdir(cwd)


def kind(inv: Invocation, known: set[str]) -> str:
    """What an invocation asked for, for the counts: its command, or what stood in its place."""
    if "_RELATIONS_COMPLETE" in inv.env:
        return "(completion)"
    words = [a for a in inv.argv if not a.startswith("-")]
    if inv.argv and inv.argv[0].startswith("-") and inv.argv[0] != "-":
        return "(a global option first)"
    return words[0] if words and words[0] in known else "(no such command)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--only", type=int, help="run only invocation number N of the seed, and show it")
    parser.add_argument("--show", type=int, default=30, help="failures shown in full (default 30)")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_COLOR", "1")
    os.environ["HOME"] = tempfile.mkdtemp(prefix="relations-fuzz-home-")
    codes: collections.Counter = collections.Counter()
    by_command: collections.Counter = collections.Counter()
    failures = []
    known = set(commands()) - {""}
    with tempfile.TemporaryDirectory(prefix="relations-fuzz-") as folder:
        for number, inv, outcome in fuzz(args.count, args.seed, Path(folder), args.only):
            codes[outcome.code] += 1
            by_command[kind(inv, known)] += 1
            if outcome.problem or args.only is not None:
                failures.append((number, inv, outcome))
            if number and number % 1000 == 0:
                print(f"{number:,} run, {len([f for f in failures if f[2].problem]):,} failed", file=sys.stderr)
    shutil.rmtree(os.environ["HOME"], ignore_errors=True)
    total = sum(codes.values())
    print(f"{total:,} invocations (seed {args.seed}): " + ", ".join(f"exit {c}: {n:,}" for c, n in sorted(codes.items(), key=str)))
    print("by command: " + ", ".join(f"{c} {n:,}" for c, n in by_command.most_common()))
    bad = [f for f in failures if f[2].problem]
    print(f"failures: {len(bad):,}")
    for number, inv, outcome in failures[:args.show]:
        shown = [a if len(a) <= 60 else f"{a[:40]}...({len(a):,} characters)" for a in inv.argv]
        print(f"\n#{number} ({outcome.problem or 'ok'}): argv={shown!r} scenario={inv.scenario} "
              f"env={ {k: v for k, v in inv.env.items() if v is not None and k != 'RELATIONS_CONFIG_DIR'} } "
              f"config={Path(inv.env['RELATIONS_CONFIG_DIR'] or '').name} stdin={inv.stdin[:80]!r}")
        print(f"  exit {outcome.code}; stderr: {outcome.stderr.decode('utf-8', 'replace')[-600:]}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
