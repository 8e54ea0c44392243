"""Yearly series drawn for people: a bar chart in the terminal (Rich) and its plain-text fallback.

    series_chart(series, width=None, title=None)  -> a Rich renderable (imports Rich when drawn)
    plain_lines(series, title)                    -> lines for pipes: one line per decade
    series_title(series, sources)                 -> "Name [2] (data as of 2020-01-14)"

A chart has one column per year (wider columns when there are few years; one column per two or
more years when the terminal is too narrow, each the mean of its years), eight rows of block
characters (▁ to █: 64 steps), a y axis (0–100% for a share, else 0 to the largest value), a
baseline on which a year with no value is a `·`, and the decades under it. Colour is a style only:
without colour (NO_COLOR, pipes, `--color never`) the blocks read the same.

The module imports no Rich at import time: `text.py` uses `plain_lines` on the pipe path.
"""

from __future__ import annotations

import math

from ..wording import MIN_COUNT, format_number, percent
from .labels import safe

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any

    from ..model import Series, Source

ROWS = 8
BLOCKS = " ▁▂▃▄▅▆▇█"
GAP = "·"
BAR_STYLE = "cyan"
AXIS_STYLE = "dim"
MAX_COLUMN_WIDTH = 3


def is_yearly(series: Series) -> bool:
    """Whether every point of the series is a single year (`"1990"`), not a span (`"1990/1999"`)."""
    return bool(series.points) and all("/" not in p["period"] for p in series.points)


def is_share(series: Series) -> bool:
    """A share from 0 to 1 (shown as a percentage): unit `share`, or a unit ending in `(0–1)`."""
    unit = series.unit.strip().lower()
    return unit == "share" or unit.endswith(("(0–1)", "(0-1)"))


def series_title(series: Series, sources: Iterable[Source], numbers: dict[str, int] | None = None) -> str:
    """The series name, its source numbers (`[2]`) and its sources' dates: the chart's title."""
    cited = "".join(f"[{numbers[s]}]" for s in series.sources if numbers and s in numbers)
    dates = [s.date for s in sources if s.id in series.sources and s.date]
    title = safe(series.name)
    if not is_share(series):
        title += f" ({safe(series.unit)})"
    if cited:
        title += " " + cited
    if dates:
        title += f" (data as of {', '.join(d.replace('/', '–') for d in dates)})"
    return title


def value_label(series: Series, value: float) -> str:
    """A value as the chart's labels write it: `82%` for a share, else the number."""
    if is_share(series):
        return f"{round(value * 100)}%"
    return format_number(round(value, 2) if isinstance(value, float) else value)


def _years(series: Series) -> dict[int, float]:
    return {int(p["period"]): float(p["value"]) for p in series.points}


def _scale(series: Series, values: Sequence[float]) -> tuple[float, float]:
    if is_share(series):
        return 0.0, 1.0
    low, high = min(0.0, *values), max(0.0, *values)
    return low, (high if high > low else low + 1.0)


def layout(first: int, last: int, width: int) -> tuple[int, int, int]:
    """(start year, years per column, cells per column) for years first..last in `width` cells."""
    span = last - first + 1
    if span <= width:
        return first, 1, max(1, min(MAX_COLUMN_WIDTH, width // span))
    per = math.ceil(span / max(width, 1))
    start = first - first % per  # columns start on an even year (on a decade, for two years)
    while math.ceil((last - start + 1) / per) > width:
        per += 1
        start = first - first % per
    return start, per, 1


def chart_lines(series: Series, width: int) -> list[list[tuple[str, str]]]:
    """The chart as lines of (text, style) runs, without the title; each line at most `width` cells."""
    years = _years(series)
    if not years:
        return []
    low, high = _scale(series, list(years.values()))
    labels = {ROWS - 1: value_label(series, high), ROWS // 2 - 1: value_label(series, (low + high) / 2)}
    base_label = value_label(series, low)
    label_width = max(len(base_label), *(len(v) for v in labels.values()))
    prefix = label_width + 2
    first, last = min(years), max(years)
    start, per, cells = layout(first, last, max(width - prefix, 1))
    columns: list[float | None] = []
    for begin in range(start, last + 1, per):
        found = [years[y] for y in range(begin, begin + per) if y in years]
        columns.append(sum(found) / len(found) if found else None)
    heights = [None if v is None else round(min(max((v - low) / (high - low), 0.0), 1.0) * ROWS * 8) for v in columns]
    lines: list[list[tuple[str, str]]] = []
    for row in range(ROWS - 1, -1, -1):
        label = labels.get(row, "")
        runs = [(f"{label:>{label_width}} " + ("┤" if label else "│"), AXIS_STYLE)]
        bar = "".join(BLOCKS[0 if h is None else min(max(h - row * 8, 0), 8)] * cells for h in heights)
        runs.append((bar.rstrip(), BAR_STYLE))
        lines.append(runs)
    axis = "".join((GAP if h is None else "─") * cells for h in heights)
    lines.append([(f"{base_label:>{label_width}} └", AXIS_STYLE), (axis, AXIS_STYLE)])
    lines.append([(" " * prefix + _year_labels(start, last, per, cells, len(columns)), AXIS_STYLE)])
    return lines


def _year_labels(start: int, last: int, per: int, cells: int, count: int) -> str:
    """Decades under their column; the first and last year when no decade starts in the range."""
    out = [" "] * (count * cells)
    marks = [(i, begin) for i, begin in enumerate(range(start, last + 1, per)) if begin % 10 == 0]
    if not marks:
        marks = [(0, start), (count - 1, last - (last - start) % per)]
    end = -1
    for index, year in marks:
        text = str(year)
        at = index * cells
        if at <= end or at + len(text) > len(out):
            continue
        out[at:at + len(text)] = text
        end = at + len(text)
    return "".join(out).rstrip()


def legend(series: Series, width: int) -> str:
    """What a column is, and what a `·` on the axis means, for the chart at `width`."""
    years = _years(series)
    if not years:
        return ""
    low, high = _scale(series, list(years.values()))
    prefix = max(len(value_label(series, v)) for v in (low, high, (low + high) / 2)) + 2
    _, per, _ = layout(min(years), max(years), max(width - prefix, 1))
    column = "One column per year" if per == 1 else f"One column per {per} years (their mean)"
    return f"{column}; {GAP} on the axis: no value for that year."


class SeriesChart:
    """A Rich renderable: the chart at `width` cells, or at the width it is given to draw in."""

    def __init__(self, series: Series, width: int | None = None, title: str | None = None) -> None:
        self.series, self.width, self.title = series, width, title

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from rich.text import Text

        width = min(self.width or options.max_width, options.max_width)
        if self.title:
            yield Text(self.title, style="bold", no_wrap=False)
        from rich.segment import Segment

        styles = {name: console.get_style(name) for name in (BAR_STYLE, AXIS_STYLE)}
        for runs in chart_lines(self.series, width):  # each line fits `width`: no wrapping to do
            for text, style in runs:
                yield Segment(text, styles[style])
            yield Segment.line()
        yield Text(legend(self.series, width), style=AXIS_STYLE)
        if few_line(self.series):
            yield Text(few_line(self.series), style=AXIS_STYLE)
        if self.series.note:
            yield Text("Note: " + safe(self.series.note), style="dim italic")


def series_chart(series: Series, width: int | None = None, title: str | None = None) -> SeriesChart:
    """A yearly series as a bar chart for a Rich console (`console.print(series_chart(s, 80))`).
    `width` None: the width of wherever it is printed. `title`: a line above it (series_title)."""
    return SeriesChart(series, width, title)


def point_label(series: Series, point: dict[str, Any]) -> str:
    """A point's value as text: a share with its counts by the project's one rounding rule
    (wording.percent, halves up), so that the chart, the profile and the facts agree; else
    `value_label`."""
    same, common = point.get("same"), point.get("common")
    if is_share(series) and isinstance(same, int) and isinstance(common, int) and common:
        return f"{percent(same, common)}%"
    if isinstance(point["value"], float) and not is_share(series):
        return f"{point['value']:.2f}"  # every point of a measure to the same two decimals
    return value_label(series, point["value"])


def few(point: dict[str, Any]) -> str | None:
    """The count behind a point where it is under MIN_COUNT, in words ('1', '8 and 8 votes'): a
    figure from a handful of roll calls or votes is never shown without it; None where the point
    has enough, or no count."""
    common = point.get("common")
    if isinstance(common, int):
        return str(common) if common < MIN_COUNT else None
    if point.get("enough_votes") is False:  # two ideal points, each on its own number of votes
        votes = [str(v) for k, v in sorted(point.items()) if k.startswith("votes_") and isinstance(v, int)]
        return " and ".join(votes) + " votes" if votes else "few votes"
    return None


def few_line(series: Series) -> str:
    """'From fewer than 20 roll calls: 2020 (1)', for the yearly points that rest on few; '' if none."""
    found = [f"{p['period']} ({few(p)})" for p in series.points if few(p) is not None and "/" not in p["period"]]
    what = "roll calls" if "roll call" in (series.unit or "") else "votes behind a point"
    return f"From fewer than {MIN_COUNT} {what}: {', '.join(found)}" if found else ""


def span_items(series: Series) -> list[str]:
    """Each point of a series by spans of years: `1990s 82%` for a decade, `1990–1994 80%` else;
    `2020s 0% of 1` where few roll calls stand behind it."""
    items = []
    for point in series.points:
        first, _, last = point["period"].partition("/")
        decade = last and int(first) % 10 == 0 and int(last) == int(first) + 9
        label = f"{first}s" if decade else point["period"].replace("/", "–")
        count = few(point)
        items.append(f"{label} {point_label(series, point)}" + (f" of {count}" if count is not None else ""))
    return items


def spans_line(series: Series) -> str:
    """A series by spans of years (decades) on one line: `1990s 82% · 2000s 79%`."""
    return " · ".join(span_items(series))


class SpansLines:
    """A series by spans for Rich: its items packed into lines, never broken inside an item."""

    def __init__(self, series: Series, indent: int = 2) -> None:
        self.series, self.indent = series, indent

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from rich.text import Text

        width = max(options.max_width - self.indent, 1)
        line = ""
        for item in span_items(self.series):
            if line and len(line) + 3 + len(item) + 2 > width:  # room left for the " ·" that ends a line
                yield Text(" " * self.indent + line + " ·")
                line = item
            else:
                line = f"{line} · {item}" if line else item
        if line:
            yield Text(" " * self.indent + line)


def plain_lines(series: Series, title: str, indent: str = "  ") -> list[str]:
    """The series for pipes: its title, then one line per decade of the yearly values (a `·` for
    a year in the range with no value), or one line of spans for a series by decade."""
    lines = [title]
    if not is_yearly(series):
        lines.append(indent + spans_line(series))
    else:
        years = _years(series)
        first, last = min(years), max(years)
        points = {int(p["period"]): p for p in series.points if "/" not in p["period"] and p.get("value") is not None}
        cells = {y: point_label(series, points[y]).rstrip("%") + ("*" if few(points[y]) is not None else "")
                 for y in years if y in points}
        slot = max(3, *(len(c) for c in cells.values())) + 1
        unit = "%" if is_share(series) else safe(series.unit)
        lines.append(f"{indent}{unit} by year, {GAP} no value for that year")
        for decade in range(first - first % 10, last + 1, 10):
            row = "".join(
                f"{(cells.get(y, GAP) if first <= y <= last else ''):>{slot}}" for y in range(decade, decade + 10)
            )
            lines.append(f"{indent}{decade}s{row}".rstrip())
        if few_line(series):
            lines.append(indent + "* " + few_line(series))
    if series.note:
        lines.append(f"{indent}Note: {safe(series.note)}")
    return lines


# -- a block of series, as show draws it (timeline can call the same) --------------------------------

HEADING = "Figures over time"


def rich_block(series_list: Iterable[Series], sources: Iterable[Source], numbers: dict[str, int]) -> list[Any]:
    """Rich renderables for a list of series under a heading: a chart for each yearly series,
    a line of spans for one by decade. `sources` and `numbers` as the view numbers its sources."""
    from rich.text import Text

    sources = list(sources)
    parts: list[Any] = [Text("\n" + HEADING, style="bold green")]
    for series in series_list:
        title = series_title(series, sources, numbers)
        if is_yearly(series):
            parts.append(series_chart(series, title=title))
        else:
            parts.append(Text(title, style="bold"))
            parts.append(SpansLines(series))
            if series.note:
                parts.append(Text("  Note: " + safe(series.note), style="dim italic"))
    return parts


def plain_block(series_list: Iterable[Series], sources: Iterable[Source], numbers: dict[str, int]) -> list[str]:
    """Plain lines for a list of series under a heading (a blank line first)."""
    sources = list(sources)
    lines = ["", HEADING]
    for series in series_list:
        lines += plain_lines(series, "  " + series_title(series, sources, numbers), "    ")
    return lines
