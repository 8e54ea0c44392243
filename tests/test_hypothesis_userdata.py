"""Generated user data files and command lines: nothing the user types or writes makes a traceback.

Two properties, with hypothesis:
- any user TOML file (well-formed or not, any field of any type) loads into a Dataset whose
  problems name the file and a line inside it, and `validate` reports them; the valid facts come
  back exactly as written by `relations add`'s TOML writer;
- any command line (names, queries, options, `add` arguments) exits 0, 1 or 2 with no exception.

Example counts come from a profile: "ci" (when CI is set; also the default) runs 2,100 examples
in all, "dev" (HYPOTHESIS_PROFILE=dev) a quick 300, "long" (HYPOTHESIS_PROFILE=long) 30,000 for a
local soak of a few minutes. To see the numbers, run
`pytest tests/test_hypothesis_userdata.py --hypothesis-show-statistics` (or `-s`: each test prints
how many examples it ran).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _userdata_support import copy_mini_shipped

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


# Examples per test, by profile: (loader, command line).
PROFILES = {"ci": (1400, 700), "dev": (200, 100), "long": (20000, 10000)}
for _name, (_loader, _cli) in PROFILES.items():
    settings.register_profile(
        f"relations-{_name}", deadline=None, derandomize=_name != "long", database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
    )
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") if os.environ.get("HYPOTHESIS_PROFILE") in PROFILES else "ci"
LOADER_EXAMPLES, CLI_EXAMPLES = PROFILES[PROFILE]
BASE = settings.get_profile(f"relations-{PROFILE}")

VOCABULARY = """
[[topic]]
id = "trade"
[[topic]]
id = "diplomatic"
[[party]]
code = "BZ"
kind = "country"
name = "Belize"
[[party]]
code = "CO"
kind = "country"
name = "Colombia"
[[party]]
code = "CARICOM"
kind = "group"
name = "Caribbean Community"
members = ["BZ"]
[[source]]
id = "src"
title = "A source"
"""

# -- generated values ---------------------------------------------------------------------------

_TOKENS = [*"[]/'\"\\\n\t\x1b\x07\x9b\u202e=#{}.,\x00", "[bold red]", "[/]", "\x1b[31m", "'" * 3, '"' * 3]
nasty_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(_TOKENS),
    st.tuples(st.text(max_size=6), st.sampled_from(_TOKENS), st.text(max_size=6)).map("".join),
)
codes = st.sampled_from(["BZ", "CO", "CARICOM", "XX", "bz", "", "H-NOWHERE"])
# Values of the wrong type (and right-looking numbers written as strings): drawn from a fixed list,
# which is much cheaper for hypothesis than nested strategies and covers every type TOML has.
JUNK = [0, -1, 2**63 - 1, 1.5, -0.0, 1e300, True, False, "", " ", "x" * 300, "169,620", "22%", "$5", "1 000",
        [], ["BZ"], ["BZ", "CO", "CARICOM"], [1, 2], [["BZ"]], {}, {"a": 1}, {"name": 1}, "1982-02-15", "BZ"]
any_value = st.sampled_from(JUNK)
dates = st.one_of(
    st.sampled_from(["1982-02-15", "2012-08", "2010", "2009/2010", "2020-02-30", "2020-13", "10/2009", "", "1982-2-15", "2010/2009", "0000"]),
    nasty_text,
    any_value,
)
values = st.dictionaries(
    st.sampled_from(["amount", "currency", "year", "share_pct", "count", "unit", "direction", "other"]),
    st.one_of(any_value, st.integers(), st.floats(allow_nan=False, allow_infinity=False)),
    max_size=3,
)


_OPTIONAL = {
    "date": dates, "note": nasty_text, "kind": st.sampled_from(["treaty", "other", "nonsense"]),
    "values": values, "places": st.sampled_from([[{"name": "Bogotá", "country": "CO"}], [{"name": "X", "country": "XX"}], [{"country": "CO"}], ["x"]]),
    "people": st.lists(nasty_text, max_size=2), "conflicts_with": st.sampled_from([["dup.one"], ["missing"], "dup.one"]),
    "corrects": st.sampled_from(["dup.one", "missing", "src", 1]), "locator": nasty_text,
}
_REQUIRED = {
    "id": st.one_of(st.sampled_from(["dup.one", "dup.two", "a.b-c_1", "9", "Bad Id", "", "x" * 300]), nasty_text, any_value),
    "parties": st.one_of(st.lists(codes, min_size=2, max_size=2), any_value),
    "topic": st.one_of(st.sampled_from(["trade", "diplomatic", "weather"]), any_value),
    "text": st.one_of(nasty_text, any_value),
    "sources": st.one_of(st.just(["src"]), st.sampled_from([["nowhere"], ["src", ""], ["src", "src"]]), any_value),
}
# A fact: the required keys (each right or of the wrong kind), some optional ones, now and then one missing.
fact_entries = st.tuples(
    st.fixed_dictionaries(_REQUIRED, optional=_OPTIONAL),
    st.sampled_from([(), (), (), (), ("id",), ("text",), ("parties", "topic")]),
).map(lambda pair: {k: v for k, v in pair[0].items() if k not in pair[1]})


other_entries = st.one_of(
    st.tuples(st.just("source"), st.fixed_dictionaries({"id": st.sampled_from(["src", "mine", "Bad"]), "title": st.one_of(nasty_text, any_value)}, optional={"date": dates})),
    st.tuples(st.just("party"), st.fixed_dictionaries({"code": codes, "kind": st.sampled_from(["country", "group", "planet"]), "name": nasty_text})),
    st.tuples(st.just("topic"), st.fixed_dictionaries({"id": st.sampled_from(["trade", "new-topic"])})),
    st.tuples(st.just("membership"), st.fixed_dictionaries({"party": codes, "group": codes})),
    st.tuples(st.just("retraction"), st.fixed_dictionaries({"id": st.sampled_from(["dup.one", "missing"]), "reason": nasty_text})),
    st.tuples(st.sampled_from(["unknown", "facts"]), st.fixed_dictionaries({"id": nasty_text})),
)


@st.composite
def user_files(draw: st.DrawFn) -> bytes:
    from relations.dataset.userfile import toml_entry

    entries = draw(st.lists(st.one_of(st.tuples(st.just("fact"), fact_entries), other_entries), max_size=4))
    chunks = []
    for table, entry in entries:
        try:
            chunks.append(toml_entry(table, entry))
        except (TypeError, ValueError):
            chunks.append(f"[[{table}]]\nid = 1\n")
        if draw(st.booleans()):
            chunks.append(draw(st.sampled_from(["# a comment [bold]\n", "\n", "# \x1b[31m\n"])))
    text = "\n".join(chunks).encode("utf-8")
    mutation = draw(st.sampled_from(["none", "none", "none", "truncate", "insert", "bytes"]))
    if mutation == "truncate" and text:
        text = text[: draw(st.integers(0, len(text)))]
    elif mutation == "insert":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from([b"[", b"]]", b"=", b"'", b'"""', b"\n[[fact]]\n", b"\x00", b"x = 1\nx = 2\n"])) + text[at:]
    elif mutation == "bytes":
        text += draw(st.binary(max_size=8))
    return text


# -- the loader and validate ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("fuzz-data")
    (root / "vocabulary").mkdir()
    (root / "vocabulary" / "vocabulary.toml").write_text(VOCABULARY)
    (root / "user").mkdir()
    return root / "vocabulary", root / "user"


def test_generated_user_files_load_with_problems_and_no_exception(folders):
    """Any user file: the loader records problems (file and a line inside it) and never raises."""
    from relations.commands.userdata import check  # noqa: F401  (validate's core is exercised below)
    from relations.dataset import load as loading
    from relations.dataset.load import DataRoot, load_dataset

    vocabulary, user = folders
    path = user / "facts.toml"
    ran = []

    @settings(BASE, max_examples=LOADER_EXAMPLES)
    @given(content=user_files(), second=st.booleans())
    def run(content: bytes, second: bool) -> None:
        ran.append(1)
        path.write_bytes(content)
        if second:  # a second file repeating the first: duplicates across files
            (user / "more.toml").write_bytes(content)
        # Stale line maps across loads: see test_faults.test_line_numbers_come_from_the_file_itself.
        getattr(loading, "_LINE_MAPS", {}).clear()
        dataset = load_dataset([DataRoot(vocabulary, "shipped"), DataRoot(user, "user")])
        (user / "more.toml").unlink(missing_ok=True)
        lines = content.count(b"\n") + 1
        for problem in dataset.problems:
            assert problem.path in (str(path), str(user / "more.toml")), problem
            assert problem.line is None or 1 <= problem.line <= lines, problem
            assert problem.message and str(problem).startswith(problem.path)
        for fact in dataset.facts.values():
            assert fact.origin == "user" and isinstance(fact.text, str)
            assert fact.parties[0] != fact.parties[1]
        try:
            # The loader reads text with universal newlines, as Python does: a lone CR is a newline.
            document = tomllib.loads(content.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError):
            assert dataset.problems, "a file that does not parse is reported"
            return
        written = [e for e in document.get("fact", []) if isinstance(e, dict)] if isinstance(document.get("fact"), list) else []
        for entry in written:
            loaded = dataset.facts.get(entry["id"]) if isinstance(entry.get("id"), str) else None
            if loaded is not None and loaded.path == str(path):
                assert loaded.text == entry["text"], "text comes back exactly as written"

    run()
    print(f"\n{len(ran)} generated user files loaded, 0 tracebacks")
    assert len(ran) >= LOADER_EXAMPLES * 0.9


# -- the command line -----------------------------------------------------------------------------

names = st.one_of(st.sampled_from(["belize", "BZ", "colombia", "caricom", "United States", "usa", "narnia", "", " ", "-", "x" * 201]), nasty_text)
options = st.sampled_from(["--json", "--color", "always", "never", "--topic", "trade", "--limit", "0", "-n", "5", "--kind", "group", "--data", "/nonexistent", "--", "-h"])


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(["show", "search", "countries", "sources", "add", "validate", "paths", "config", "timeline", "summary", "compare", "nonsense"]))
    if command == "add":
        args = [draw(names), draw(names), "--topic", draw(st.one_of(st.sampled_from(["trade", "dispute"]), nasty_text)),
                "--text", draw(nasty_text), "--source", draw(st.sampled_from(["wikipedia-belize-colombia", "nowhere", ""]))]
        for option, strategy in (("--date", dates), ("--id", st.one_of(st.sampled_from(["mine.one", "bz-co.relations-established", "Bad"]), nasty_text)),
                                 ("--note", nasty_text), ("--file", st.sampled_from(["notes", "a/b.toml", "../x", ".hidden", ""])),
                                 ("--source-title", nasty_text)):
            if draw(st.booleans()):
                args += [option, draw(strategy)]
    else:
        args = draw(st.lists(st.one_of(names, options), max_size=4))
    if draw(st.booleans()):
        args.append(draw(options))
    return [command, *args]


def test_generated_command_lines_exit_0_1_or_2_without_a_traceback(monkeypatch, tmp_path_factory):
    """Any command line: an exit code of 0, 1 or 2, never an exception."""
    from typer.testing import CliRunner

    from relations.cli import app

    root = tmp_path_factory.mktemp("fuzz-cli")
    mini = copy_mini_shipped(root / "shipped")
    user = root / "user"
    monkeypatch.setenv("RELATIONS_SHIPPED_DATA", str(mini))
    monkeypatch.setenv("RELATIONS_DATA_DIR", str(user))
    monkeypatch.setenv("RELATIONS_CACHE_DIR", str(root / "cache"))
    monkeypatch.chdir(root)
    # Typer turns the app into a command on every invoke (~10 ms): build it once.
    import typer.main
    import typer.testing

    command = typer.main.get_command(app)
    monkeypatch.setattr(typer.testing, "_get_command", lambda _app: command)
    runner = CliRunner()
    runner.invoke(app, ["show", "belize", "colombia"], catch_exceptions=False)  # build the index once
    codes: dict[int, int] = {}

    @settings(BASE, max_examples=CLI_EXAMPLES)
    @given(argv=command_lines())
    def run(argv: list[str]) -> None:
        try:
            result = runner.invoke(app, argv, catch_exceptions=False, prog_name="relations")
        finally:
            # Put the user folder back as it was, so the index need not be rebuilt next time.
            shutil.rmtree(user, ignore_errors=True)
        codes[result.exit_code] = codes.get(result.exit_code, 0) + 1
        assert result.exit_code in (0, 1, 2), (argv, result.output)

    run()
    print(f"\n{sum(codes.values())} generated command lines, exit codes {codes}, 0 tracebacks")
    assert sum(codes.values()) >= CLI_EXAMPLES * 0.9


def test_profiles_reach_two_thousand_examples_in_ci():
    assert sum(PROFILES["ci"]) >= 2000
