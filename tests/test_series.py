"""Series: a user's `[[series]]` tables (loaded, checked, indexed, shown) and the chart that draws
a yearly series (render/charts.py), on a hand-made series and on a real pair (a golden file)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from _userdata_support import use_mini
from conftest import REPO, check_golden
from relations.model import Series, Source
from relations.render import charts

SOURCE = "wikipedia-belize-colombia"

GOOD = f"""\
[[source]]
id = "my-trade-notes"
title = "My trade notes"
kind = "user"
date = "2021"

[[series]]
id = "mine.bz-co.exports"
parties = ["BZ", "CO"]
name = "Exports of Belize to Colombia"
unit = "USD million"
sources = ["my-trade-notes"]
locator = "sheet 2, row 14"
points = [
  {{ period = "2019", value = 1.5 }},
  {{ period = "2018", value = 2, shipments = 14 }},
]

[[series]]
id = "mine.bz-co.share"
parties = ["BZ", "CO"]
name = "Share of Belize's visitors from Colombia"
unit = "share"
sources = ["{SOURCE}"]
note = "My own estimate."
values = {{ 2010 = 0.25, 2012 = 0.5, 2013 = 1 }}
"""


@pytest.fixture(scope="session")
def mini_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("series-cache")


@pytest.fixture
def user(monkeypatch, tmp_path, mini, mini_cache) -> Path:
    folder = use_mini(monkeypatch, mini, tmp_path / "user", mini_cache)
    folder.mkdir()
    return folder


def test_a_user_series_is_in_show_json_and_validated(cli, user):
    (user / "series.toml").write_text(GOOD, encoding="utf-8")
    checked = cli("validate")
    assert checked.exit_code == 0, checked.stdout
    assert checked.stdout.startswith("No problems: ") and "facts, 2 series checked." in checked.stdout
    assert cli("validate", "--json").json()["series"] == 2
    doc = cli("show", "colombia", "belize", "--json").json()
    mine = {s["id"]: s for s in doc["series"]}
    assert mine["mine.bz-co.exports"] == {
        "id": "mine.bz-co.exports",
        "parties": ["BZ", "CO"],
        "name": "Exports of Belize to Colombia",
        "unit": "USD million",
        "points": [{"period": "2018", "value": 2, "shipments": 14}, {"period": "2019", "value": 1.5}],
        "sources": ["my-trade-notes"],
        "locator": "sheet 2, row 14",
        "note": None,
    }
    assert mine["mine.bz-co.share"]["points"] == [
        {"period": "2010", "value": 0.25}, {"period": "2012", "value": 0.5}, {"period": "2013", "value": 1},
    ]
    assert {"my-trade-notes", SOURCE} <= {s["id"] for s in doc["sources"]}
    plain = cli("show", "belize", "colombia").stdout
    assert "Exports of Belize to Colombia (USD million) [" in plain
    assert "    2010s  25   ·  50 100" in plain.splitlines()
    terminal = cli("show", "belize", "colombia", "--color", "always", "--width", "60")
    assert terminal.exit_code == 0 and "\x1b" not in terminal.stdout  # NO_COLOR is set by the tests
    drawn = terminal.stdout.splitlines()
    assert "Exports of Belize to Colombia (USD million) [2] (data as of " in terminal.stdout
    at = drawn.index("Share of Belize's visitors from Colombia [1]")
    assert drawn[at + 1] == "100% ┤         ███"
    assert drawn[at + 7] == "     │███   ██████"
    assert drawn[at + 9] == "  0% └───···──────"
    assert drawn[at + 10] == "      2010"


def test_the_export_records_the_chart(cli, user, tmp_path):
    (user / "series.toml").write_text(GOOD, encoding="utf-8")
    for suffix in ("svg", "html", "txt"):
        out = tmp_path / f"view.{suffix}"
        result = cli("show", "belize", "colombia", "--export", str(out))
        assert result.exit_code == 0, result.stderr
        text = out.read_text(encoding="utf-8")
        assert "100% ┤" in text.replace("&#160;", " ") and "███" in text, suffix


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('parties = ["BZ", "XX"]\npoints = [{ period = "1990", value = 0.5 }]', 3, "unknown party 'XX'"),
        ('parties = ["BZ", "CO"]\npoints = [\n  { period = "1990", value = 0.5 },\n  { period = "199", value = 0.5 },\n]', 7,
         "period '199' must be a year"),
        ('parties = ["BZ", "CO"]\npoints = [\n  { period = "1990", value = 0.5 },\n  { period = "1991", value = "0.5" },\n]', 7,
         "period 1991: value must be a number, not '0.5'"),
        ('parties = ["BZ", "CO"]\nvalues = { 1990 = 0.5,\n  1991 = true }', 6, "period 1991: value must be a number, not True"),
        ('parties = ["BZ", "CO"]\npoints = [{ period = "1999/1990", value = 0.5 }]', 5, "period '1999/1990' must be a year"),
    ],
)
def test_a_bad_series_is_reported_with_file_and_line(cli, user, body, line, message):
    bad = user / "bad.toml"
    # line 1 blank, 2 [[series]], 3 the id, 4 on: the body
    bad.write_text(f'\n[[series]]\nid = "mine.bad"\n{body}\nname = "n"\nunit = "share"\nsources = ["{SOURCE}"]\n', encoding="utf-8")
    result = cli("validate")
    assert result.exit_code == 1, result.stdout
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{bad}:{line}: series 'mine.bad': "), first
    assert message in first
    # the bad series is left out of answers
    doc = cli("show", "belize", "colombia", "--json").json()
    assert "mine.bad" not in {s["id"] for s in doc["series"]}


# -- the chart -----------------------------------------------------------------------------------------


def _series(points: dict[int, float], unit: str = "share") -> Series:
    return Series(
        id="t.a-b", parties=("AA", "BB"), name="Test", unit=unit, sources=("s",),
        points=tuple({"period": str(y), "value": v} for y, v in sorted(points.items())),
    )


def _draw(renderable, width: int) -> str:  # type: ignore[no-untyped-def]
    console = Console(file=io.StringIO(), width=width, no_color=True, color_system=None, highlight=False)
    console.print(renderable)
    return console.file.getvalue()


def test_the_chart_draws_0_50_and_100_percent_and_gaps():
    # 2000: 0%, 2001: 50%, 2002: 100%, 2003 and 2004 no value, 2005: 50%
    drawn = _draw(charts.series_chart(_series({2000: 0, 2001: 0.5, 2002: 1, 2005: 0.5}), width=24), 80)
    assert drawn.splitlines() == [
        "100% ┤      ███",
        "     │      ███",
        "     │      ███",
        "     │      ███",
        " 50% ┤   ██████      ███",
        "     │   ██████      ███",
        "     │   ██████      ███",
        "     │   ██████      ███",
        "  0% └─────────······───",
        "      2000",
        "One column per year; · on the axis: no value for that year.",
    ]


def test_the_chart_groups_years_when_narrow_and_scales_other_units():
    points = {year: (year - 1950) / 10 for year in range(1950, 1990)}  # 0 .. 3.9, 40 years
    lines = _draw(charts.series_chart(_series(points, unit="tonnes"), width=26), 26).splitlines()
    assert lines[:10] == [
        " 3.9 ┤                 ▁▄▇",
        "     │               ▂▅███",
        "     │             ▃▇█████",
        "     │          ▂▅████████",
        "1.95 ┤        ▃▆██████████",
        "     │     ▁▅█████████████",
        "     │   ▃▆███████████████",
        "     │▁▄▇█████████████████",
        "   0 └────────────────────",
        "      1950 1960 1970 1980",
    ]
    assert " ".join(line.strip() for line in lines[10:]) == "One column per 2 years (their mean); · on the axis: no value for that year."
    assert charts.series_title(_series(points, unit="tonnes"), []) == "Test (tonnes)"


def test_the_plain_fallback_is_one_line_per_decade():
    lines = charts.plain_lines(_series({1998: 0.5, 2000: 1, 2001: 0}), "Test [1]")
    assert lines == [
        "Test [1]",
        "  % by year, · no value for that year",
        "  1990s                                  50   ·",
        "  2000s 100   0",
    ]


def test_rich_chart_of_india_and_pakistan_golden():
    from relations import dyadic
    from relations.dyadic import unvotes

    table = next(t for t in dyadic.tables(REPO / "data") if (t.dataset, t.name) == ("unvotes", "agreement"))
    row = table.rows("IN", "PK")[0]
    yearly = Series.from_dict(unvotes.series("agreement", row, str)[0])
    source = Source(id="unvotes", title="UN votes", date="2020-01-14")
    title = charts.series_title(yearly, [source], {"unvotes": 1})
    assert title == "UN General Assembly voting agreement [1] (data as of 2020-01-14)"
    drawn = _draw(charts.series_chart(yearly, title=title), 80)
    assert "\x1b" not in drawn and max(len(line) for line in drawn.splitlines()) <= 80
    check_golden("chart-india-pakistan.txt", drawn,
                 "RELATIONS_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_series.py")
