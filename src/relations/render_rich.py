"""Rich output for a terminal. Data text always goes in as `Text`, never as markup."""

from __future__ import annotations

from itertools import groupby

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from .present import (
    cite,
    date_label,
    fact_details,
    pair_title,
    plural,
    safe,
    set_aside_line,
    source_line,
    source_numbers,
    topic_label,
)
from .render_json import highlight_spans
from .store import PairView, PartyCount, SearchResult, SourceCount


def _fact_table() -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_header=False, pad_edge=False, expand=False)
    table.add_column("date", style="cyan", no_wrap=True, min_width=10)
    table.add_column("fact", ratio=1)
    return table


def _fact_cell(text: Text, fact, numbers, suffix: str = "") -> Text:  # type: ignore[no-untyped-def]
    cell = text.copy()
    cell.append(" " + cite(fact, numbers), style="dim")
    if suffix:
        cell.append(suffix, style="magenta")
    for detail in fact_details(fact):
        cell.append("\n" + detail, style="dim italic")
    return cell


def _sources(sources, numbers) -> Table:  # type: ignore[no-untyped-def]
    table = Table(box=None, show_header=False, pad_edge=False, title=None)
    table.add_column(style="dim", no_wrap=True)
    table.add_column()
    for s in sources:
        table.add_row(f"[{numbers[s.id]}]", Text(source_line(s)))
    return table


def pair(view: PairView) -> RenderableType:
    numbers = source_numbers(view.sources)
    parts: list[RenderableType] = []
    title = Text(pair_title(view.a, view.b), style="bold")
    counts = plural(len(view.facts), "fact")
    if view.regional:
        counts += f", {plural(len(view.regional), 'regional fact')}"
    title.append(f"   {counts}", style="dim")
    parts.append(title)
    if not view.facts and not view.regional:
        parts.append(Text(f"No facts are recorded for {view.a.name} and {view.b.name}."))
    for topic, facts in groupby(view.facts, key=lambda f: f.topic):
        parts.append(Text("\n" + topic_label(topic), style="bold green"))
        table = _fact_table()
        for fact in facts:
            table.add_row(date_label(fact), _fact_cell(Text(safe(fact.text)), fact, numbers))
        parts.append(table)
    if view.regional:
        parts.append(Text("\nRegional facts (about a group one of them belongs to)", style="bold yellow"))
        table = _fact_table()
        table.add_column("topic", style="green", no_wrap=True)
        for item in view.regional:
            via = f" (through {', '.join(item.via)})" if item.via else ""
            table.add_row(date_label(item.fact), _fact_cell(Text(safe(item.fact.text)), item.fact, numbers, via), topic_label(item.fact.topic))
        parts.append(table)
    if view.shared_memberships:
        parts.append(Text("\nShared memberships", style="bold green"))
        names = []
        for m in view.shared_memberships:
            status = "" if m.status_a == m.status_b == "member" else f" ({m.status_a} / {m.status_b})"
            names.append(f"{m.group.code}{status}")
        parts.append(Text(", ".join(safe(n) for n in names)))
    if view.set_aside:
        parts.append(Text("\nSet aside by your data", style="bold red"))
        for item in view.set_aside:
            parts.append(Text(set_aside_line(item)))
    if view.sources:
        parts.append(Text("\nSources", style="bold"))
        parts.append(_sources(view.sources, numbers))
    return Group(*parts)


def _highlighted(marked: str) -> Text:
    plain, spans = highlight_spans(marked)
    text = Text(safe(plain))
    if safe(plain) == plain:
        for start, end in spans:
            text.stylize("bold yellow", start, end)
    return text


def search(result: SearchResult) -> RenderableType:
    numbers = source_numbers(result.sources)
    head = Text(f"{plural(result.total, 'fact')} match {' '.join(result.terms)!r}", style="bold")
    if len(result.hits) < result.total:
        head.append(f"  (best {len(result.hits)} shown; --limit shows more)", style="dim")
    if result.ranked < result.total:
        head.append(f"  ranked among the first {result.ranked:,} (more words, --topic or --party narrow it)", style="dim")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("pair", no_wrap=True, style="cyan")
    table.add_column("topic", style="green", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("fact", ratio=1)
    for rank, hit in enumerate(result.hits, start=1):
        fact = hit.fact
        table.add_row(str(rank), " – ".join(fact.parties), topic_label(fact.topic), date_label(fact),
                      _fact_cell(_highlighted(hit.highlighted_text), fact, numbers))
    parts: list[RenderableType] = [head, table]
    if result.sources:
        parts += [Text("Sources", style="bold"), _sources(result.sources, numbers)]
    return Group(*parts)


def parties(rows: list[PartyCount]) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("code", style="cyan", no_wrap=True)
    table.add_column("kind", style="green")
    table.add_column("facts", justify="right")
    table.add_column("name")
    for row in rows:
        table.add_row(Text(safe(row.party.code)), row.party.kind, str(row.fact_count), Text(safe(row.party.name)))
    return table


def sources(rows: list[SourceCount]) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("facts", justify="right")
    table.add_column("source")
    for row in rows:
        detail = Text(source_line(row.source))
        if row.source.note:
            detail.append("\n" + safe(row.source.note), style="dim")
        table.add_row(Text(safe(row.source.id)), str(row.fact_count), detail)
    return table


def print_to(console: Console, renderable: RenderableType) -> None:
    console.print(renderable, highlight=False, emoji=False, markup=False)


# -- compare, summary, timeline -------------------------------------------------------------------
