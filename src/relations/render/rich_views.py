"""Rich output for the overview commands (compare, summary, timeline): kept apart from
rich_facts so that `show` and `search` on a terminal do not load what only these need."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..wording import format_number
from . import text
from .cells import (
    BAR_WIDTH,
    EMPTY,
    column_title,
    comparison_rows,
    comparison_title,
    data_set_dates,
    series_lines,
    source_use,
    summary_section,
    topics_cell,
    trade_lines,
)
from .labels import (
    cite,
    pair_names,
    pair_title,
    partner_kinds,
    party_codes,
    plural,
    safe,
    shared_notes,
    short_name,
    source_line,
    source_numbers,
    topic_label,
    via_suffix,
)
from .rich_facts import Hanging, _date, _fact_cell, _shared_notes, _sources

TABLE_GAP = 3  # the cells' padding and the space between columns of a SIMPLE_HEAD table


class Fitted:
    """A table when every column has room for its longest word, else the same content stacked
    (label above text): a word is never cut or split to squeeze a column."""

    def __init__(self, table: RenderableType, stacked: RenderableType, needed: int) -> None:
        self.table, self.stacked, self.needed = table, stacked, needed

    def __rich_console__(self, console, options):  # type: ignore[no-untyped-def]
        yield self.table if options.max_width >= self.needed else self.stacked


def _longest_word(*texts: str) -> int:
    return max((len(word) for text in texts for word in text.split()), default=0)

TYPE_CHECKING = False  # the result types are for annotations only: render imports nothing that queries
if TYPE_CHECKING:
    from ..commands.compare import Comparison
    from ..commands.partners import Partners
    from ..commands.summary import PairSummary, PartySummary
    from ..commands.timeline import Timeline


def compare(comparison: Comparison) -> RenderableType:
    rows = comparison_rows(comparison)
    titles = [column_title(comparison, column) for column in comparison.columns]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, title=None, expand=True)
    table.add_column("", style="bold", no_wrap=True)
    minimums = [_longest_word(title, *(cells[n] for _, cells in rows)) for n, title in enumerate(titles)]
    for title, minimum in zip(titles, minimums, strict=True):
        table.add_column(Text(title), ratio=1, min_width=minimum)
    for label, cells in rows:
        style = "dim" if label.startswith("  ") else ""
        table.add_row(Text(label, style=style or "bold"), *[Text(c, style="dim" if c == EMPTY else "") for c in cells])
    # Stacked: each aspect as a heading, then one line per column (its title, then its cell).
    stacked_parts: list[RenderableType] = []
    for label, cells in rows:
        stacked_parts.append(Text(label.strip(), style="dim" if label.startswith("  ") else "bold"))
        block = Hanging(indent=2, gap=2)
        for title, cell in zip(titles, cells, strict=True):
            block.add_row(Text(title, style="cyan"), Text(cell, style="dim" if cell == EMPTY else ""))
        stacked_parts.append(block)
    label_width = max((len(label) for label, _ in rows), default=0)
    needed = label_width + sum(minimums) + TABLE_GAP * len(titles) + 1
    parts: list[RenderableType] = [Text(comparison_title(comparison), style="bold"), Fitted(table, Group(*stacked_parts), needed)]
    if comparison.sources:
        parts.append(Text("Sources: " + ", ".join(safe(s.id) for s in comparison.sources) + " ('relations sources' cites them)", style="dim"))
        if data_set_dates(comparison.sources):
            parts.append(Text(f"Data sets as of: {data_set_dates(comparison.sources)}", style="dim"))
    return Group(*parts)


def _trade_table(title: str, partners) -> RenderableType:  # type: ignore[no-untyped-def]
    rows = trade_lines(partners, text.TOP_TRADE)
    table = Table(box=None, show_header=False, pad_edge=False, title=None)
    table.add_column(no_wrap=True)
    table.add_column(style="cyan", no_wrap=True, min_width=BAR_WIDTH)
    table.add_column(no_wrap=True)
    stacked = Hanging(indent=2, gap=0)
    for name, bar_text, figure in rows:
        table.add_row(Text(name), bar_text, figure)
        stacked.add_row(Text(""), Text(name))
        line = Text(bar_text, style="cyan")
        line.append(" " + figure)
        stacked.add_row(Text(""), line)
    needed = max((len(name) for name, _, _ in rows), default=0) + BAR_WIDTH + max((len(f) for _, _, f in rows), default=0) + 4
    return Group(Text("\n" + title, style="bold green"), Fitted(table, stacked, needed) if rows else Text(EMPTY, style="dim"))


def _sections(summary: PartySummary, keys: tuple[str, ...], numbers: dict[str, int]) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for key in keys:
        for title, body in summary_section(summary, key, numbers):
            parts.append(Text("\n" + title, style="bold green"))
            parts += [Text(line, no_wrap=False) for line in body]
    return parts


def party_summary(summary: PartySummary) -> RenderableType:
    p = summary.party
    numbers = {u.source.id: n for n, u in enumerate(summary.sources, start=1)}
    head = Text(safe(p.name), style="bold")
    head.append(f"  {party_codes(p)}; {plural(summary.fact_count, 'fact')}", style="dim")
    parts: list[RenderableType] = [head, Text(topics_cell(summary.facts_by_topic), style="dim")]
    countries, groups = partner_kinds(summary.partners)
    partners = Hanging(gap=1)
    for rank, row in enumerate(countries[: text.TOP_PARTNERS], start=1):
        line = Text(safe(row.party.name))
        line.append(f"  {row.fact_count}", style="dim")
        partners.add_row(Text(f"{rank}.", style="dim"), line)
    parts += [Text(f"\nPartners by recorded facts ({len(countries)} countries in all)", style="bold green"), partners]
    if groups:
        shown = groups[: text.TOP_PARTNERS]
        line = Text(", ".join(f"{safe(short_name(row.party))} ({row.fact_count})" for row in shown))
        if len(groups) > len(shown):
            line.append(f" and {len(groups) - len(shown)} more", style="dim")
        parts += [Text(f"\nGroups and programmes in its facts ({len(groups)} in all)", style="bold green"), line]
    parts.append(Text("\nNeighbours (land borders)", style="bold green"))
    parts.append(Text(", ".join(
        safe(n.party.name) + (f" ({format_number(n.length_km)} km)" if n.length_km is not None else "") for n in summary.neighbours
    ) or EMPTY))
    parts += _sections(summary, ("nearest_capitals",), numbers)
    parts.append(_trade_table("Top export partners", summary.exports))
    parts.append(_trade_table("Top import partners", summary.imports))
    parts += _sections(summary, ("un_partners", "alignment_partners", "passport", "mission_network", "armed_conflicts"), numbers)
    if summary.members:
        parts += [Text(f"\nMembers ({len(summary.members)})", style="bold green"), Text(", ".join(safe(m.name) for m in summary.members))]
    parts.append(Text(f"\nMemberships ({len(summary.memberships)})", style="bold green"))
    parts.append(Text(", ".join(safe(short_name(m.group)) + ("" if m.status == "member" else f" ({safe(m.status)})")
                                for m in summary.memberships) or EMPTY))
    parts.append(Text("\nLatest dated facts", style="bold green"))
    latest = Hanging()
    for fact in summary.latest:
        line = Text()
        line.append(pair_names(fact.parties, summary.names) + ": ", style="green")
        line.append(safe(fact.text))
        latest.add_row(_date(fact), line)
    parts.append(latest if summary.latest else Text(EMPTY, style="dim"))
    parts.append(Text("\nSources", style="bold"))
    sources = Hanging(gap=1)
    for use in summary.sources:
        line = Text(source_line(use.source))
        line.append(f" ({source_use(use)})", style="dim")
        sources.add_row(Text(f"[{numbers[use.source.id]}]", style="dim"), line)
    parts.append(sources)
    return Group(*parts)


def pair_summary(summary: PairSummary) -> RenderableType:
    numbers = source_numbers(summary.sources)
    title = Text(pair_title(summary.a, summary.b), style="bold")
    counts = plural(summary.fact_count, "fact") + (f", {plural(summary.regional_count, 'regional fact')}" if summary.regional_count else "")
    title.append(f"   {counts}", style="dim")
    parts: list[RenderableType] = [title, Text(" ".join(safe(s.text) for s in summary.paragraph))]
    topics = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    topics.add_column("topic", style="green", no_wrap=True)
    topics.add_column("facts", justify="right")
    topics.add_column("first", no_wrap=True)
    topics.add_column("latest", no_wrap=True)
    stacked = Hanging(indent=0)
    for t in summary.topics:
        topics.add_row(topic_label(t.topic), str(t.fact_count), t.first or EMPTY, t.latest or EMPTY)
        stacked.add_row(Text(topic_label(t.topic), style="green"),
                        Text(f"{plural(t.fact_count, 'fact')}; first {t.first or EMPTY}; latest {t.latest or EMPTY}"))
    widths = [max([len(label), *(len(v) for v in values)]) for label, values in (
        ("topic", [topic_label(t.topic) for t in summary.topics]), ("facts", [str(t.fact_count) for t in summary.topics]),
        ("first", [t.first or EMPTY for t in summary.topics]), ("latest", [t.latest or EMPTY for t in summary.topics]))]
    if summary.topics:
        parts.append(Fitted(topics, stacked, sum(widths) + TABLE_GAP * 3))
    dated = Hanging()
    for label, fact in (("first", summary.first), ("latest", summary.latest)):
        if fact is not None:
            dated.add_row(_date(fact), _fact_cell(Text(safe(fact.text)), fact, numbers, f" ({label})"))
    if summary.first is not None:
        parts += [Text("First and latest dated facts", style="bold green"), dated]
    if summary.key_figures:
        figures = Hanging(indent=0)
        for k in summary.key_figures:
            figures.add_row(Text(safe(k.label), style="dim"), Text(safe(k.value) + " " + cite(k.fact, numbers)))
        parts += [Text("Key figures", style="bold green"), figures]
    if summary.sources:
        parts += [Text("\nSources", style="bold"), _sources(summary.sources, numbers)]
    return Group(*parts)


def timeline(view: Timeline) -> RenderableType:
    numbers = source_numbers(view.sources)
    title = Text((safe(view.party.name) if view.other is None else pair_title(view.party, view.other)) + ": timeline", style="bold")
    counts = plural(len(view.entries), "dated fact") + (f"; {view.undated_count} undated not shown" if view.undated_count else "")
    title.append(f"   {counts}", style="dim")
    parts: list[RenderableType] = [title]
    if view.predecessors:
        parts.append(Text("Including facts about " + ", ".join(safe(p.name) for p in view.predecessors) + " (predecessor)", style="dim"))
    # A date, then the pair by name and the fact wrapped beside it (stacked under the date when
    # narrow): no pair column to squeeze the facts.
    shared = shared_notes(entry.fact for entry in view.entries)
    rows = Hanging()
    for entry in view.entries:
        via = via_suffix(entry.via, view.names) if entry.through != "predecessor" else ""
        cell = Text()
        cell.append(pair_names(entry.fact.parties, view.names) + ": ", style="green")
        cell.append_text(_fact_cell(Text(safe(entry.fact.text)), entry.fact, numbers, via, shared))
        rows.add_row(_date(entry.fact), cell)
    parts.append(rows if view.entries else Text("No dated facts are recorded."))
    parts += _shared_notes(shared, numbers)
    if view.series:
        from . import charts

        yearly = [s for s in view.series if charts.is_yearly(s)]
        if yearly:
            parts += charts.rich_block(yearly, view.sources, numbers)
    for series in view.series:
        rows = series_lines(series, view.sources)
        if rows:
            decades = Table(box=None, show_header=False, pad_edge=False)
            decades.add_column(style="cyan", no_wrap=True)
            decades.add_column(no_wrap=True)
            for label, figure in rows:
                decades.add_row(label, figure)
            parts += [Text(f"{safe(series.name)} {cite(series, numbers)}".rstrip(), style="bold green"), decades, Text("")]
    if view.sources:
        parts += [Text("Sources", style="bold"), _sources(view.sources, numbers)]
    return Group(*parts)


def partners(result: Partners) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("partner", style="bold", no_wrap=True)
    table.add_column(result.aspect)
    for n, row in enumerate(result.rows, 1):
        table.add_row(str(n), Text(safe(row.party.name)), Text(safe(row.value)))
    head = Text(safe(text.partners_title(result)), style="bold")
    measure = Text(safe(result.measure[:1].upper() + result.measure[1:]) + (f"; as of {result.as_of}." if result.as_of else "."),
                   style="dim")
    sources = Text("Sources: " + ", ".join(safe(s.id) for s in result.sources) + " ('relations sources' cites them)",
                   style="dim")
    parts: list[RenderableType] = [head, measure, table if result.rows else Text("No partner is recorded."), sources]
    return Group(*parts)
