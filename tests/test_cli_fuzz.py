"""Random and hostile command lines through the real entry point (`relations.__main__.main`), which
tries the fast path first: never a traceback, a clear message on stderr, a documented exit code.
Hypothesis draws short ones here; tests/fuzz_cli.py (run as a script for 10,000) draws every command
and option with broken user files, and a seeded slice of it runs here too."""

from __future__ import annotations

import contextlib
import io
import os

import typer.main
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_cli import HOSTILE, NAMES
from relations.__main__ import main

_BUILT: list = []
_get_command = typer.main.get_command


def _built_once(app):  # type: ignore[no-untyped-def]
    if not _BUILT:
        _BUILT.append(_get_command(app))
    return _BUILT[0]

words = st.one_of(st.sampled_from(HOSTILE + NAMES), st.text(max_size=20))  # the fuzz script's vocabulary
options = st.sampled_from(["--json", "--format", "jsonl", "csv", "--fields", "id,date", "--topic", "security", "--party",
                           "--limit", "3", "-n", "--color", "never", "--batch", "-", "--data", "/nonexistent", "--help"])


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(["show", "search", "show", "search", "countries", "sources", "timeline", "bogus", ""]))
    rest = draw(st.lists(st.one_of(words, options), max_size=5))
    return [command, *rest] if command else rest


@settings(max_examples=int(os.environ.get("RELATIONS_FUZZ_EXAMPLES", "250")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(argv=command_lines(), stdin=st.sampled_from(["", "belize:colombia\n", "narnia\n"]))
def test_any_command_line_gives_a_documented_exit_code_and_no_traceback(argv, stdin, monkeypatch):
    # Typer turns the app into a command on every call (~10 ms): build it once for all examples.
    monkeypatch.setattr(typer.main, "get_command", _built_once)
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    assert code in (0, 1, 2), (argv, code, err.getvalue())
    assert "Traceback" not in err.getvalue() + out.getvalue()
    assert "internal error" not in err.getvalue()
    if code == 2:
        # A usage error says why on stderr; a bare `relations` prints its help (Typer's no_args_is_help).
        assert err.getvalue().strip() or (not argv and "Usage" in out.getvalue()), f"a usage error says why: {argv}"


def test_a_seeded_slice_of_the_fuzz_script(tmp_path):
    """The first invocations of tests/fuzz_cli.py's seed 20 (the script runs 10,000): every command
    and option, broken user data and config files, raw bytes on stdin. RELATIONS_FUZZ_SLICE sets
    how many (200 by default)."""
    import fuzz_cli

    count = int(os.environ.get("RELATIONS_FUZZ_SLICE", "200"))
    failures = []
    codes = set()
    for number, inv, outcome in fuzz_cli.fuzz(count, 20, tmp_path):
        codes.add(outcome.code)
        if outcome.problem:
            failures.append(f"#{number} {outcome.problem}: {inv.argv!r:.300} -> {outcome.stderr[-300:]!r}")
    assert not failures, "\n".join(failures)
    assert {0, 2} <= codes  # the slice reaches answers as well as refusals
