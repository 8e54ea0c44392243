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
from .labels import cite, date_label, pair_title, plural, safe, source_line, source_numbers, topic_label
from .rich_facts import Hanging, _date, _fact_cell, _sources

TYPE_CHECKING = False  # the result types are for annotations only: render imports nothing that queries
if TYPE_CHECKING:
    from ..commands.overview import Comparison, PairSummary, PartySummary, Timeline


def compare(comparison: Comparison) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, title=None, expand=True)
    table.add_column("", style="bold", no_wrap=True)
    for column in comparison.columns:
        table.add_column(Text(column_title(comparison, column)), ratio=1, overflow="fold")
    for label, cells in comparison_rows(comparison):
        style = "dim" if label.startswith("  ") else ""
        table.add_row(Text(label, style=style or "bold"), *[Text(c, style="dim" if c == EMPTY else "") for c in cells])
    parts: list[RenderableType] = [Text(comparison_title(comparison), style="bold"), table]
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
    for name, bar_text, figure in rows:
        table.add_row(Text(name), bar_text, figure)
    return Group(Text("\n" + title, style="bold green"), table if rows else Text(EMPTY, style="dim"))


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
    head.append(f"  {p.code}, {p.kind}; {plural(summary.fact_count, 'fact')}", style="dim")
    parts: list[RenderableType] = [head, Text(topics_cell(summary.facts_by_topic), style="dim")]
    partners = Table(box=None, show_header=False, pad_edge=False)
    partners.add_column(justify="right", style="dim", no_wrap=True)
    partners.add_column(no_wrap=True)
    partners.add_column(justify="right", no_wrap=True)
    for rank, row in enumerate(summary.partners[: text.TOP_PARTNERS], start=1):
        partners.add_row(f"{rank}.", Text(safe(row.party.name)), str(row.fact_count))
    parts += [Text(f"\nPartners by recorded facts ({len(summary.partners)} in all)", style="bold green"), partners]
    parts.append(Text("\nNeighbours (land borders)", style="bold green"))
    parts.append(Text(", ".join(
        safe(n.party.name) + (f" ({format_number(n.length_km)} km)" if n.length_km is not None else "") for n in summary.neighbours
    ) or EMPTY))
    parts += _sections(summary, ("nearest_capitals",), numbers)
    parts.append(_trade_table("Top export partners", summary.exports))
    parts.append(_trade_table("Top import partners", summary.imports))
    parts += _sections(summary, ("un_partners", "passport", "mission_network", "armed_conflicts"), numbers)
    if summary.members:
        parts += [Text(f"\nMembers ({len(summary.members)})", style="bold green"), Text(", ".join(safe(m.name) for m in summary.members))]
    parts.append(Text(f"\nMemberships ({len(summary.memberships)})", style="bold green"))
    parts.append(Text(", ".join(safe(m.group.code) + ("" if m.status == "member" else f" ({safe(m.status)})") for m in summary.memberships) or EMPTY))
    parts.append(Text("\nLatest dated facts", style="bold green"))
    latest = Hanging()
    for fact in summary.latest:
        latest.add_row(_date(fact), Text(safe(fact.text)))
    parts.append(latest if summary.latest else Text(EMPTY, style="dim"))
    parts.append(Text("\nSources", style="bold"))
    sources = Table(box=None, show_header=False, pad_edge=False)
    sources.add_column(style="dim", no_wrap=True, justify="right")
    sources.add_column(style="dim", no_wrap=True, justify="right")
    sources.add_column()
    for use in summary.sources:
        sources.add_row(f"[{numbers[use.source.id]}]", source_use(use).replace(" facts", "").replace(" fact", ""),
                        Text(source_line(use.source)))
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
    for t in summary.topics:
        topics.add_row(topic_label(t.topic), str(t.fact_count), t.first or EMPTY, t.latest or EMPTY)
    if summary.topics:
        parts.append(topics)
    dated = Hanging()
    for label, fact in (("first", summary.first), ("latest", summary.latest)):
        if fact is not None:
            dated.add_row(_date(fact), _fact_cell(Text(safe(fact.text)), fact, numbers, f" ({label})"))
    if summary.first is not None:
        parts += [Text("First and latest dated facts", style="bold green"), dated]
    if summary.key_figures:
        figures = Table(box=None, show_header=False, pad_edge=False)
        figures.add_column(style="dim")
        figures.add_column()
        for k in summary.key_figures:
            figures.add_row(Text(safe(k.label)), Text(safe(k.value) + " " + cite(k.fact, numbers)))
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
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("date", style="cyan", no_wrap=True)
    table.add_column("pair", no_wrap=True, style="green")
    table.add_column("fact", ratio=1)
    for entry in view.entries:
        via = f" (through {', '.join(entry.via)})" if entry.via and entry.through != "predecessor" else ""
        table.add_row(date_label(entry.fact), " – ".join(entry.fact.parties), _fact_cell(Text(safe(entry.fact.text)), entry.fact, numbers, via))
    parts.append(table if view.entries else Text("No dated facts are recorded."))
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
