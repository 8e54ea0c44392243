"""Readable at any width, names instead of codes, shared notes said once (issue 14).

On a terminal no word is cut at 40 or 60 columns: a layout that lacks room stacks (label above
text) instead of squeezing a column. People read party names (or a common abbreviation such as
'UN' or 'OAS'), never internal codes ('ORG-UN', 'H-SOVIET-UNION'); codes stay in JSON. A note
that several facts of a view carry is said once after the facts.
"""

from __future__ import annotations

import re

import pytest

ANSI = re.compile(r"\x1b\[[0-9;]*m")
WORD = re.compile(r"[^\s│|─━]+")
# Words that only some widths say: the chart's caption ('One column per 3 years (their mean)') and
# the stacked topic lines of `summary A B` ('1 fact; first 1982; latest 2002').
WIDTH_WORDS = {"fact", "facts", "first", "latest", "mean", "their", "years", "1980"}

VIEWS = [
    ("show", "usa", "russia"),
    ("show", "belize", "guatemala"),
    ("show", "india", "pakistan"),
    ("search", "drug"),
    ("search", "embassy"),
    ("timeline", "usa", "germany"),
    ("timeline", "belize"),
    ("compare", "belize", "colombia", "mexico"),
    ("compare", "usa", "ussr"),
    ("summary", "belize"),
    ("summary", "usa", "germany"),
    ("summary", "india", "pakistan"),
]


def _strip(word: str) -> str:
    return word.strip(".,;:()[]\"'`")


def _terminal(cli, args: tuple[str, ...], width: int) -> str:
    result = cli(*args, "--color", "always", "--width", str(width))
    assert result.exit_code == 0, result.stderr
    return ANSI.sub("", result.stdout)


def cut_words(wide: str, narrow: str, width: int) -> list[str]:
    """The words of `narrow` cut short: with an ellipsis in or after them, or a piece of a word
    split across lines (a piece that is no word of the same view drawn 1000 columns wide). A word
    longer than the line (a long URL) can only be folded and is not counted."""
    vocabulary = {_strip(w) for w in WORD.findall(wide)} | WIDTH_WORDS
    too_long = [w for w in vocabulary if len(w) > width - 12]
    cut = []
    for word in WORD.findall(narrow):
        if not re.search(r"\w", word):  # chart bars and rules
            continue
        piece = _strip(word)
        if "…" in word or (piece and piece not in vocabulary and not any(piece in w for w in too_long)):
            cut.append(word)
    return cut


def test_the_cut_word_count_sees_ellipses_and_split_words():
    wide = "The United States put Belize on its drug-trafficking list because"
    assert cut_words(wide, "The United States put Belize on its drug-… list becau…", 60) == ["drug-…", "becau…"]
    assert cut_words(wide, "The United Sta\ntes put Belize", 60) == ["Sta", "tes"]
    assert cut_words(wide, "The United States put\nBelize on its", 60) == []


@pytest.mark.parametrize("width", [40, 60])
def test_no_word_is_cut_at_narrow_widths(cli, width):
    cuts = {}
    for args in VIEWS:
        found = cut_words(_terminal(cli, args, 1000), narrow := _terminal(cli, args, width), width)
        assert max(len(line) for line in narrow.splitlines()) <= width, args
        if found:
            cuts[" ".join(args)] = found[:10]
    assert cuts == {}


def test_compare_stacks_its_columns_when_they_have_no_room(cli):
    narrow = _terminal(cli, ("compare", "belize", "colombia", "mexico"), 60)
    assert "Relations established\n  Colombia  1982-02-15\n  Mexico    —\n" in narrow
    wide = _terminal(cli, ("compare", "belize", "colombia", "mexico"), 120)
    assert re.search(r"Relations established +1982-02-15 +— ", wide)


# -- names, not codes ------------------------------------------------------------------------------

PAIRS = [("usa", "serbia"), ("usa", "ussr"), ("belize", "guatemala"), ("france", "germany"), ("india", "pakistan")]
CODE = re.compile(r"\b(?:ORG|H)-[A-Z0-9-]+")


def _codes(text: str) -> list[str]:
    """Internal codes in `text`, outside URLs (a source's address may hold anything)."""
    text = re.sub(r"https?://\S+", "", text)
    return CODE.findall(text)


def _commands():
    for a, b in PAIRS:
        yield ("show", a, b)
        yield ("compare", a, b)
        yield ("summary", a, b)
        yield ("timeline", a, b)
        yield ("summary", a)
        yield ("timeline", a)
    yield ("compare", "usa", "ussr", "germany", "serbia")
    yield ("compare", "ussr", "usa", "germany")
    yield ("summary", "ussr")
    yield ("summary", "oas")
    yield ("summary", "united nations")
    for query in ("embassy", "soviet", "united nations", "recognised"):
        yield ("search", query)
    yield ("countries",)


def test_people_see_names_not_codes(cli):
    found = {}
    for args in _commands():
        for form in ((), ("--color", "always", "--width", "100")):
            result = cli(*args, *form)
            assert result.exit_code == 0, (args, result.stderr)
            codes = _codes(ANSI.sub("", result.stdout)) if args != ("countries",) else []
            if codes:
                found[" ".join(args + form)] = sorted(set(codes))[:5]
    assert found == {}


def test_codes_stay_in_json_and_the_code_check_can_fail(cli):
    timeline = cli("timeline", "usa", "ussr", "--json").json()
    assert any("H-SOVIET-UNION" in fact["parties"] for fact in timeline["facts"])
    assert _codes("US – H-SOVIET-UNION (through ORG-UN) https://x.org/ORG-UN") == ["H-SOVIET-UNION", "ORG-UN"]
    plain = cli("timeline", "usa", "ussr").stdout
    assert "United States – Soviet Union" in plain


def test_groups_are_named_by_their_common_abbreviation():
    from relations.model import Party, short_name

    assert short_name(Party("ORG-UN", "group", "United Nations", aliases=("UN",))) == "UN"
    assert short_name(Party("OAS", "group", "Organization of American States")) == "OAS"
    assert short_name(Party("ORG-NAM", "group", "Non-Aligned Movement")) == "Non-Aligned Movement"
    assert short_name(Party("MESOAMERICA-PROJECT", "group", "Mesoamerica Project")) == "Mesoamerica Project"
    assert short_name(Party("H-SOVIET-UNION", "historical", "Soviet Union")) == "Soviet Union"


# -- a note shared by many facts is said once -------------------------------------------------------


@pytest.mark.parametrize("form", [(), ("--color", "always", "--width", "100")])
def test_a_note_several_facts_carry_is_said_once(cli, form):
    out = ANSI.sub("", cli("show", "usa", "russia", *form).stdout)
    notes = re.findall(r"Note: (.+)", out)
    assert notes and len(notes) == len(set(notes)), notes
    assert out.count("The date is read from the paragraph's text") == 1
    block = out.split("Notes shared by several facts", 1)[1]
    assert re.search(r"1\. \[1\] on \d+ facts:? +The date is read", block)
    assert "[1] (note 1)" in out
    data = cli("show", "usa", "russia", "--json").json()
    carried = [f for f in data["facts"] if (f.get("note") or "").startswith("The date is read from the paragraph's text")]
    assert len(carried) > 2  # JSON keeps the note on each fact


# -- summary's partners by kind; a membership statement is not a pair's regional fact -------------


def test_summary_lists_countries_as_partners_and_groups_apart(cli):
    for form in ((), ("--color", "always", "--width", "100")):
        out = ANSI.sub("", cli("summary", "belize", *form).stdout)
        partners = out.split("Partners by recorded facts", 1)[1].split("\n\n", 1)[0]
        assert "United States" in partners and "CARSI" not in partners and "Central America Regional" not in partners
        groups = out.split("Groups and programmes in its facts", 1)[1].split("\n\n", 1)[0]
        assert "CARSI (" in groups and "OAS (" in groups


def test_a_membership_statement_is_not_a_regional_fact_of_the_pair(cli):
    data = cli("show", "belize", "guatemala", "--json").json()
    assert not [r for r in data["regional_facts"] if r["topic"] == "membership"]
    assert "Belize is a member of the Organization of American States" not in cli("show", "belize", "guatemala").stdout
    own = cli("show", "belize", "oas", "--json").json()
    assert any("member of the Organization of American States" in f["text"] for f in own["facts"])
