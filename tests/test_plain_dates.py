"""Plain text keeps a date apart from its text, whatever the width: a date range wider than the
date column ("1902-05-19–1902-05-20") once ran into its fact ("1902-05-20The ...")."""

from __future__ import annotations

import re

import pytest

# A date (a year, a month or a day, or a range of them) followed at once by a letter (not a
# decade: "1940s").
_RUN_IN = re.compile(r"(?<![\w/])\d{4}(?:-\d{2}){0,2}(?:–\d{4}(?:-\d{2}){0,2})?(?!s\b)[A-Za-z]")


@pytest.mark.parametrize("columns", ["40", "60", "80", "120"])
@pytest.mark.parametrize("argv", [
    ["show", "cuba", "united states"],
    ["summary", "cuba", "united states"],
    ["summary", "cuba"],
    ["timeline", "cuba", "united states"],
    ["search", "cuba", "recognised", "independence"],
], ids=["show", "summary-pair", "summary-party", "timeline", "search"])
def test_a_date_never_runs_into_its_text(cli, monkeypatch, columns, argv):
    monkeypatch.setenv("COLUMNS", columns)
    result = cli(*argv)
    assert result.exit_code == 0, result.stderr
    run_in = [line for line in result.stdout.splitlines() if _RUN_IN.search(line)]
    assert run_in == []


def test_the_long_range_is_two_spaces_from_its_fact(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    lines = cli("show", "cuba", "united states").stdout.splitlines()
    assert any(line.startswith("  1902-05-19–1902-05-20  The United States recognised") for line in lines)
    # a date that fits keeps the column
    assert any(re.match(r"  1902-05-27  \S", line) for line in lines)
