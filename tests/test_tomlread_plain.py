"""`tomlread.loads` reads plain texts of `[[table]]` entries itself (`_plain_tables`); whatever it
reads must be what the parser reads, and whatever the parser refuses it must leave to the parser."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relations import tomlread
from relations.tomlread import _parser, _plain_tables

# Pieces of lines, most of them near the plain form, some just outside it.
NAMES = st.sampled_from(["fact", "source", "party", "a-b_9", "fact ", " fact", "a.b", '"fact"', "", "fact]]", "é"])
KEYS = st.sampled_from(["id", "text", "parties", "sources", "x-y_1", "id", "text", "a.b", '"id"', "", "é", "1"])
CHARS = st.text(alphabet=st.sampled_from(list("ab é中\t\"'\\#=[],{}\r\x00\x01\x0b\x0c\x1f\x7f\u2028") + ["\n"]), max_size=6)
SPACE = st.sampled_from(["", " ", "  ", "\t", " \t"])


@st.composite
def strings(draw: st.DrawFn) -> str:
    quote = draw(st.sampled_from(['"', '"', '"', "'", '"""']))
    return quote + draw(CHARS) + quote


@st.composite
def values(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["string", "string", "array", "array", "other"]))
    if kind == "string":
        return draw(strings())
    if kind == "array":
        items = draw(st.lists(strings(), max_size=3))
        separator = draw(st.sampled_from([", ", ", ", ",", " , ", ",\n"]))
        return "[" + draw(SPACE) + separator.join(items) + draw(st.sampled_from(["", "", ",", " "])) + "]"
    return draw(st.sampled_from(["1", "1.5", "true", "1999-01-01", "{ a = 1 }", "", "[1, 2]", '"a" "b"']))


@st.composite
def lines(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["header", "pair", "pair", "pair", "comment", "blank", "table", "junk"]))
    if kind == "header":
        line = "[[" + draw(NAMES) + "]]"
    elif kind == "pair":
        line = draw(KEYS) + draw(SPACE) + "=" + draw(SPACE) + draw(values())
    elif kind == "comment":
        line = "#" + draw(CHARS)
    elif kind == "blank":
        line = ""
    elif kind == "table":
        line = "[" + draw(NAMES) + "]"
    else:
        line = draw(CHARS)
    return draw(SPACE) + line + draw(st.sampled_from(["", "", " ", "\t", " # note"]))


documents = st.builds(
    lambda first, rest, ending: "\n".join(first + rest) + ending,
    st.lists(st.just("[[fact]]"), max_size=1),
    st.lists(lines(), max_size=12),
    st.sampled_from(["", "\n", "\n\n", "\r\n"]),
)


def _parsed(text: str) -> object:
    try:
        return _parser.loads(text)
    except _parser.TOMLDecodeError:
        return "refused"


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_the_plain_reader_reads_only_what_the_parser_reads_the_same(text):
    plain = _plain_tables(text)
    if plain is not None:
        assert plain == _parsed(text), text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "# a comment\n",
        '[[fact]]\nid = "a"\nparties = ["AD", "AE"]\nsources = []\n',
        '  [[fact]]  \n\tid\t=\t"a b"  \n\n[[fact]]\nid = "a"\n[[source]]\nid = "s"',
        '# Synthetic\n\n[[fact]]\nid = "x"\ntext = "é 中文 # not a comment = [no]"\n',
    ],
)
def test_plain_texts_are_read_without_the_parser(text):
    assert _plain_tables(text) is not None
    assert _plain_tables(text) == _parser.loads(text) == tomlread.loads(text)


@pytest.mark.parametrize(
    "text",
    [
        'id = "top level"\n[[fact]]\n',
        '[[fact]]\nid = "a"\nid = "b"\n',  # a key twice: the parser's error
        '[[fact]]\nid = "a\\"b"\n',
        '[[fact]]\nid = "a"\r\n',
        '[[fact]]\nid = "a" # note\n',
        '[[fact]]\nvalues = { a = 1 }\n',
        '[[fact]]\n[fact.values]\na = "1"\n',
        "[[fact]]\nid = 'literal'\n",
        '[[fact]]\nid = "a\x01"\n',
        '[[fact]]\nid = "a\rb"\n',
        '[[fact]]\nid = "a\x0cb"\n',
        '# a comment\x7f\n',
        '[[ fact ]]\nid = "a"\n',
        '[[fact]]\nparties = ["a","b"]\n',
    ],
)
def test_anything_else_goes_to_the_parser(text):
    assert _plain_tables(text) is None
    expected = _parsed(text)
    if expected == "refused":
        with pytest.raises(tomlread.TOMLDecodeError):
            tomlread.loads(text)
    else:
        assert tomlread.loads(text) == expected


def test_tomlread_is_the_only_module_importing_a_toml_parser():
    """tomllib is Python 3.11+: a module importing it directly fails on 3.10. The package and the
    importers read TOML through relations.tomlread (tomli, else tomllib)."""
    import ast
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    found = []
    for path in sorted([*(repo / "src" / "relations").rglob("*.py"), *(repo / "importers").glob("*.py")]):
        if path.name == "tomlread.py" and path.parent.name == "relations":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] in ("tomllib", "tomli") for n in names):
                found.append(f"{path.relative_to(repo)}:{node.lineno}")
    assert not found, f"import relations.tomlread instead: {found}"


def test_nesting_too_deep_for_the_parser_is_a_decode_error():
    """The parser gives up on arrays nested hundreds deep with a RecursionError: a user's file like
    that is a TOML error of that file, never an internal error."""
    with pytest.raises(tomlread.TOMLDecodeError, match="nested too deeply"):
        tomlread.loads("x = " + "[" * 2000 + "]" * 2000 + "\n")
    assert tomlread.loads("x = " + "[" * 20 + "]" * 20 + "\n")["x"]
