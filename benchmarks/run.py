"""Measure the issue-5 targets by running the real CLI as subprocesses.

    python benchmarks/run.py [--runs 15] [--world DIR] [--skip-world]

Each command is timed as a whole process, interleaved with `python -c pass` so both see the same
machine load; the report gives each median, its ratio to `python -c pass`, and the peak RSS
(from wait4). The world-scale targets use a synthetic user dataset (benchmarks/make_world.py),
generated into a temporary folder unless --world names one. Nothing here is a test: it prints.
"""

from __future__ import annotations

import argparse
import os
import platform
import pty
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
RELATIONS = str(BIN / "relations") if (BIN / "relations").exists() else shutil.which("relations") or "relations"


def measure(argv: list[str], env: dict[str, str], tty: bool = False, stdin: bytes | None = None) -> tuple[float, int, int]:
    """(seconds, peak RSS in KiB, exit code) of one process."""
    master = slave = None
    if tty:
        master, slave = pty.openpty()
        stdout = slave
    else:
        stdout = subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=stdout, stderr=subprocess.DEVNULL,
                               stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL)
    reader = None
    if tty:
        os.close(slave)

        def drain() -> None:
            try:
                while os.read(master, 65536):
                    pass
            except OSError:
                pass

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
    if stdin is not None:
        process.stdin.write(stdin)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if reader is not None:
        reader.join(timeout=1)
        os.close(master)
    return elapsed, usage.ru_maxrss, process.returncode


def bench(name: str, argv: list[str], env: dict[str, str], runs: int, target: str, **kw) -> dict:
    baseline, times, rss, codes = [], [], [], set()
    measure(argv, env, **kw)  # warm the page cache and the index
    for _ in range(runs):
        baseline.append(measure([sys.executable, "-c", "pass"], env)[0])
        seconds, peak, code = measure(argv, env, **kw)
        times.append(seconds)
        rss.append(peak)
        codes.add(code)
    base, median = statistics.median(baseline), statistics.median(times)
    row = {"name": name, "median_ms": median * 1000, "pass_ms": base * 1000, "ratio": median / base,
           "rss_mb": max(rss) / 1024, "target": target, "exit": sorted(codes)}
    print(f"{name:58s} {median * 1000:8.1f} ms  pass {base * 1000:5.1f} ms  {median / base:5.2f}x  "
          f"(target {target})  peak RSS {max(rss) / 1024:5.1f} MB  exit {sorted(codes)}", flush=True)
    return row


def first_run(env: dict[str, str], work: Path, runs: int) -> None:
    """`relations show belize colombia` on an empty cache: the index is built from the shipped data."""
    times, rss = [], []
    for n in range(runs):
        cache = work / f"first-{n}"
        seconds, peak, code = measure([RELATIONS, "show", "belize", "colombia"], dict(env, RELATIONS_CACHE_DIR=str(cache)))
        times.append(seconds)
        rss.append(peak)
        shutil.rmtree(cache, ignore_errors=True)
    print(f"{'first run on an empty cache, show belize colombia':58s} {statistics.median(times):8.2f} s   "
          f"(target <= 2 s; {runs} runs, max {max(times):.2f} s)  peak RSS {max(rss) / 1024:5.1f} MB  exit [{code}]", flush=True)


def wheel_size(work: Path) -> None:
    """The size of the wheel built from this checkout (the shipped data is most of it)."""
    out = work / "wheel"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(HERE.parent)],
                          capture_output=True, text=True)
    wheels = list(out.glob("relations-*.whl"))
    if done.returncode or not wheels:
        print(f"{'wheel size':58s} not measured: pip wheel failed: {done.stderr.strip()[-200:]}", flush=True)
        return
    size = wheels[0].stat().st_size
    print(f"{'wheel size':58s} {size / 1e6:8.2f} MB  (target <= 20 MB)", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--world", type=Path, help="a folder made by make_world.py (default: made now)")
    parser.add_argument("--skip-world", action="store_true", help="only the targets on the shipped data")
    args = parser.parse_args()

    print(f"relations benchmark, {time.strftime('%Y-%m-%d %H:%M')}, {platform.python_implementation()} "
          f"{platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}, {RELATIONS}")
    try:
        launcher = Path(RELATIONS).read_text(encoding="utf-8", errors="replace")
    except OSError:
        launcher = ""
    if "\nimport re\n" in launcher:
        print("note: this launcher imports the re module (written by a pip older than 25), about 3 ms a run; "
              "the README's install (python3 -m venv --upgrade-deps) writes one that does not")
    # An installed wheel has its bytecode compiled by pip; an editable install (or a session with
    # PYTHONDONTWRITEBYTECODE set) may not, and compiling on every run is not what users see.
    import compileall

    import relations

    compileall.compile_dir(str(Path(relations.__file__).parent), quiet=1)
    work = Path(tempfile.mkdtemp(prefix="relations-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELATIONS_")}
    env.update(RELATIONS_CACHE_DIR=str(work / "cache"), RELATIONS_DATA_DIR="", RELATIONS_CONFIG_DIR=str(work / "config"))
    env.pop("NO_COLOR", None)
    env.setdefault("TERM", "xterm-256color")
    env["COLUMNS"] = "100"
    r = args.runs
    bench("show belize colombia --json", [RELATIONS, "show", "belize", "colombia", "--json"], env, r, "<= 2.5x")
    bench('show usa "united kingdom" --json (a large pair, about 500 facts)',
          [RELATIONS, "show", "usa", "united kingdom", "--json"], env, r, "<= 4x")
    bench("search drug --json (shipped data)", [RELATIONS, "search", "drug", "--json"], env, r, "<= 3x")
    bench("show belize colombia, piped (plain text)", [RELATIONS, "show", "belize", "colombia"], env, r, "<= 4x")
    bench("show belize colombia, on a terminal (Rich)", [RELATIONS, "show", "belize", "colombia"], env, r, "<= 7x", tty=True)
    bench("partners colombia --by visas --json", [RELATIONS, "partners", "colombia", "--by", "visas", "--json"], env, r,
          "<= 3x")
    bench("partners brazil --by votes --json (every partner's roll calls)",
          [RELATIONS, "partners", "brazil", "--by", "votes", "--json"], env, r, "<= 3x")
    bench("partners zimbabwe --by votes --json (its rows spread over the table)",
          [RELATIONS, "partners", "zimbabwe", "--by", "votes", "--json"], env, r, "<= 3x")
    bench("map colombia --by visas, piped (plain text)", [RELATIONS, "map", "colombia", "--by", "visas"], env, r, "<= 8x")
    bench("map colombia --by distance, piped (plain text)", [RELATIONS, "map", "colombia", "--by", "distance"], env, r, "<= 8x")
    bench("map colombia --by distance, on a terminal (Rich)", [RELATIONS, "map", "colombia", "--by", "distance"], env, r,
          "none set", tty=True)
    first_run(env, work, max(3, r // 3))
    wheel_size(work)

    if not args.skip_world:
        world = args.world
        if world is None:
            world = work / "world"
            subprocess.run([sys.executable, str(HERE / "make_world.py"), str(world)], check=True)
        wenv = dict(env, RELATIONS_DATA_DIR=str(world), RELATIONS_CACHE_DIR=str(work / "world-cache"))
        seconds, peak, code = measure([RELATIONS, "search", "zeppelin", "--json"], wenv)
        print(f"{'first use, 398,000-fact user dataset (index build)':58s} {seconds:8.2f} s   "
              f"(target <= 15 s)  peak RSS {peak / 1024:5.1f} MB  exit [{code}]", flush=True)
        bench("search zeppelin --json (rare word, 398,000 user facts)", [RELATIONS, "search", "zeppelin", "--json"], wenv, r, "<= 3x")
        bench("search bilateral --json (word in every fact)", [RELATIONS, "search", "bilateral", "--json"], wenv, r, "<= 12x")
        bench("show ad ae --json (398,000 user facts)", [RELATIONS, "show", "ad", "ae", "--json"], wenv, r, "peak RSS <= 40 MB")

    countries = [line.split()[0] for line in subprocess.run(
        [RELATIONS, "countries", "--kind", "country", "--format", "csv", "--fields", "code"],
        env=env, capture_output=True, text=True, check=True).stdout.splitlines()[1:]]
    pairs = [f"{a}:{b}" for i, a in enumerate(countries) for b in countries[i + 1:]][:1000]
    stdin = ("\n".join(pairs) + "\n").encode()
    bench("1,000 pairs, one batch call (show --batch -)", [RELATIONS, "show", "--batch", "-"], env, max(3, r // 3),
          "<= 1 s", stdin=stdin)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
