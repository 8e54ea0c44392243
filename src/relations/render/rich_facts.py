"""Rich output for a terminal. Data text always goes in as `Text`, never as markup.

`show` is the command people run most on a terminal, so its view is drawn with `Hanging` (a date
column and wrapped text beside it) rather than `rich.table.Table`: the same look for this simple
layout, without importing the table module or measuring every cell (together about a fifth of the
command's time). The other views use tables.
"""

from __future__ import annotations

from itertools import groupby

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text

from .labels import (
    MEMBERSHIP_ERRATA_HEADING,
    MEMBERSHIPS_SHOWN,
    PREDECESSORS_HEADING,
    PROFILE_LABEL_WIDTH,
    PROFILE_TITLE,
    SHARED_NOTES_HEADING,
    cite,
    cite_ids,
    compact_blocks,
    compact_fact,
    compact_line,
    date_label,
    fact_details,
    membership_errata_lines,
    membership_parts,
    more_compact,
    more_memberships,
    note_mark,
    pair_names,
    pair_title,
    plural,
    predecessor_names,
    predecessors_line,
    role_words,
    safe,
    set_aside_line,
    shared_note_lines,
    shared_notes,
    short_name,
    shown_sources,
    source_count,
    source_line,
    source_numbers,
    successor_lines,
    through_suffix,
    topic_label,
    via_suffix,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from rich.table import Table

    from ..dataset.search import SearchHit, SearchResult
    from ..dataset.store import PairView, PartyCount, SourceCount


class Hanging:
    """Rows of a label and a text wrapped beside it, each continuation line indented to the text:

      1982-02-15  Belize and Colombia established relations. [1]
                  Note: ...
    """

    def __init__(self, label_width: int = 0, indent: int = 2, gap: int = 2) -> None:
        """`label_width` 0: as wide as the widest label."""
        self.rows: list[tuple[Text, Text]] = []
        self.label_width, self.indent, self.gap = label_width, indent, gap

    def add_row(self, label: Text, text: Text) -> None:
        self.rows.append((label, text))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        label_width = self.label_width or max((label.cell_len for label, _ in self.rows), default=0)
        lead = self.indent + label_width + self.gap
        stacked = options.max_width - lead < 20  # too narrow beside the labels: text goes under them
        if stacked:
            lead = self.indent + self.gap
        width = max(options.max_width - lead, 1)
        continuation, end = Segment(" " * lead), Segment.line()
        for label, text in self.rows:
            if stacked:
                yield Segment(" " * self.indent)
                yield from label.render(console)
                yield end
            for number, line in enumerate(text.wrap(console, width)):
                if number or stacked:
                    yield continuation
                else:
                    yield Segment(" " * self.indent)
                    yield from label.render(console)
                    yield Segment(" " * max(lead - self.indent - label.cell_len, self.gap))
                line.rstrip()  # the space a line was broken at
                yield from line.render(console)
                yield end


def _table(**settings) -> Table:  # type: ignore[no-untyped-def]
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE_HEAD, pad_edge=False, **settings)


def _date(fact) -> Text:  # type: ignore[no-untyped-def]
    label = date_label(fact)
    return Text(label, style="cyan") if label else Text("undated", style="dim")


def _fact_cell(text: Text, fact, numbers, suffix: str = "", shared=()) -> Text:  # type: ignore[no-untyped-def]
    cell = text.copy()
    cell.append(" " + cite(fact, numbers), style="dim")
    if suffix:
        cell.append(suffix, style="magenta")
    if shared:
        cell.append(note_mark(fact, shared), style="dim")
    for detail in fact_details(fact, shared):
        cell.append("\n" + detail, style="dim italic")
    return cell


def _sources(sources, numbers) -> Hanging:  # type: ignore[no-untyped-def]
    labels = {s.id: f"[{numbers[s.id]}]" for s in sources}
    rows = Hanging(max(map(len, labels.values())), gap=1)
    for s in sources:
        rows.add_row(Text(labels[s.id], style="dim"), Text(source_line(s)))
    return rows


def _shared_notes(shared, numbers) -> list[RenderableType]:  # type: ignore[no-untyped-def]
    """The notes several facts of the view carry, said once (labels.shared_notes)."""
    if not shared:
        return []
    rows = Hanging()
    for label, note in shared_note_lines(shared, numbers):
        rows.add_row(Text(label, style="dim"), Text(note, style="dim italic"))
    return [Text("\n" + SHARED_NOTES_HEADING, style="bold"), rows]


def _profile(view: PairView, numbers: dict[str, int]) -> list[RenderableType]:
    if view.profile is None or not view.profile.lines:
        return []
    rows = Hanging(PROFILE_LABEL_WIDTH)
    for line in view.profile.lines:
        text = Text(safe(line.text))
        text.append(" " + cite_ids(line.sources, numbers), style="dim")
        rows.add_row(Text(line.label, style="bold"), text)
    return [Text("\n" + PROFILE_TITLE, style="bold magenta"), rows]


def _memberships(view: PairView) -> list[RenderableType]:
    full, other, deploy = membership_parts(view.shared_memberships)
    parts: list[RenderableType] = []
    if full:
        parts.append(Text(f"\nShared memberships (both full members: {len(full)})", style="bold green"))
        text = Text(", ".join(safe(short_name(m.group)) for m in full[:MEMBERSHIPS_SHOWN]))
        if len(full) > MEMBERSHIPS_SHOWN:
            text.append(" " + more_memberships(len(full) - MEMBERSHIPS_SHOWN), style="dim")
        parts.append(text)
    if other:
        parts.append(Text("\nOther roles in groups both take part in", style="bold green"))
        text = Text("; ".join(f"{safe(short_name(m.group))} ({safe(role_words(m, view.a, view.b))})"
                              for m in other[:MEMBERSHIPS_SHOWN]))
        if len(other) > MEMBERSHIPS_SHOWN:
            text.append(" " + more_memberships(len(other) - MEMBERSHIPS_SHOWN), style="dim")
        parts.append(text)
    if deploy:
        parts.append(Text("\nPeacekeeping and observer missions both send people to", style="bold green"))
        parts.append(Text(", ".join(safe(short_name(m.group)) for m in deploy)))
    errata = membership_errata_lines(view)
    if errata:
        parts.append(Text("\n" + MEMBERSHIP_ERRATA_HEADING, style="bold yellow"))
        parts += [Text(line) for line in errata]
    return parts


def _compact(view: PairView, facts, topic: str, numbers, shared) -> list[RenderableType]:  # type: ignore[no-untyped-def]
    """Trips, visits and chiefs of mission, one short row each (labels.compact_blocks)."""
    parts: list[RenderableType] = []
    for heading, listed, more in compact_blocks(facts, every=view.topic is not None):
        parts.append(Text("  " + safe(heading), style="green"))
        rows = Hanging(len("2000-01-01"), indent=4)
        for fact in listed:
            date, text = compact_line(fact)
            rows.add_row(Text(date, style="cyan"), _fact_cell(Text(safe(text)), fact, numbers, shared=shared))
        parts.append(rows)
        if more:
            parts.append(Text("    " + more_compact(more, topic), style="dim"))
    return parts


def pair(view: PairView) -> RenderableType:
    numbers = source_numbers(shown_sources(view))
    parts: list[RenderableType] = []
    title = Text(pair_title(view.a, view.b), style="bold")
    counts = plural(len(view.facts), "fact")
    if view.regional:
        counts += f", {plural(len(view.regional), 'regional fact')}"
    if view.predecessor_facts:
        counts += f", {len(view.predecessor_facts)} through predecessors"
    if view.topic:
        counts += f" on the topic {topic_label(view.topic).lower()} (--topic; the profile is made from all)"
    if not view.only_profile:
        title.append(f"   {counts}", style="dim")
    parts.append(title)
    parts += _profile(view, numbers)
    if view.only_profile:
        sources = shown_sources(view)
        if sources:
            parts.append(Text("\nSources", style="bold"))
            parts.append(_sources(sources, numbers))
        return Group(*parts)
    if not view.facts and not view.regional and not view.predecessor_facts:
        parts.append(Text(f"No facts are recorded for {view.a.name} and {view.b.name}."))
    shared = shared_notes([*view.facts, *(r.fact for r in view.regional), *(r.fact for r in view.predecessor_facts)])
    dates = [date_label(f) for f in view.facts if not compact_fact(f)]
    dates += [date_label(r.fact) for r in view.regional + view.predecessor_facts]
    date_width = max([len("undated"), *map(len, dates)])
    for topic, group in groupby(view.facts, key=lambda f: f.topic):
        facts = list(group)
        parts.append(Text("\n" + topic_label(topic), style="bold green"))
        rows = Hanging(date_width)
        for fact in facts:
            if not compact_fact(fact):
                rows.add_row(_date(fact), _fact_cell(Text(safe(fact.text)), fact, numbers, shared=shared))
        if rows.rows:
            parts.append(rows)
        parts += _compact(view, facts, topic, numbers, shared)
    if view.series:
        parts += _series(view, numbers)
    if view.regional:
        parts.append(Text("\nRegional facts (about a group one of them belongs to)", style="bold yellow"))
        for topic, regional in groupby(view.regional, key=lambda r: r.fact.topic):
            parts.append(Text("  " + topic_label(topic), style="green"))
            rows = Hanging(date_width, indent=4)
            for item in regional:
                via = via_suffix(item.via, view.names)
                rows.add_row(_date(item.fact), _fact_cell(Text(safe(item.fact.text)), item.fact, numbers, via, shared))
            parts.append(rows)
    if view.predecessor_facts:
        names = predecessor_names(view)
        parts.append(Text("\n" + PREDECESSORS_HEADING, style="bold yellow"))
        parts.append(Text(predecessors_line(view)))
        rows = Hanging(date_width, indent=4)
        for item in view.predecessor_facts:
            rows.add_row(_date(item.fact), _fact_cell(Text(safe(item.fact.text)), item.fact, numbers, through_suffix(item, names), shared))
        parts.append(rows)
    if view.successors:
        parts.append(Text("\nSee also", style="bold green"))
        see_also = Hanging(indent=2, gap=0)
        for line in successor_lines(view):
            see_also.add_row(Text(""), Text(line))
        parts.append(see_also)
    parts += _memberships(view)
    if view.set_aside:
        parts.append(Text("\nSet aside by your data", style="bold red"))
        for item in view.set_aside:
            parts.append(Text(set_aside_line(item)))
    parts += _shared_notes(shared, numbers)
    if view.sources:
        parts.append(Text("\nSources", style="bold"))
        parts.append(_sources(view.sources, numbers))
    return Group(*parts)


def _series(view: PairView, numbers: dict[str, int]) -> list[RenderableType]:
    """The pair's series after its facts. The chart module is imported only when there is one."""
    from . import charts

    return charts.rich_block(view.series, view.sources, numbers)


def _highlighted(hit: SearchHit) -> Text:
    plain, spans = hit.spans()
    text = Text(safe(plain))
    if safe(plain) == plain:
        for start, end in spans:
            text.stylize("bold yellow", start, end)
    return text


def search(result: SearchResult) -> RenderableType:
    numbers = source_numbers(result.sources)
    head = Text(f"{plural(result.total, 'fact')} {'matches' if result.total == 1 else 'match'} {' '.join(result.terms)!r}", style="bold")
    if len(result.hits) < result.total:
        head.append(f"  (best {len(result.hits)} shown; --limit shows more)", style="dim")
    if result.ranked < result.total:
        head.append(f"  ranked among the first {result.ranked:,} (more words, --topic or --party narrow it)", style="dim")
    # One block per hit: the pair, topic and date on a line, the fact wrapped under it (no
    # columns to squeeze: it reads the same at 40 columns as at 200).
    shared = shared_notes(hit.fact for hit in result.hits)
    parts: list[RenderableType] = [head]
    width = len(str(len(result.hits))) + 2
    for rank, hit in enumerate(result.hits, start=1):
        fact = hit.fact
        line = Text()
        line.append(f"{rank}.".rjust(width - 1) + " ", style="dim")
        line.append(pair_names(fact.parties, result.names), style="cyan")
        line.append("  " + topic_label(fact.topic), style="green")
        if date_label(fact):
            line.append("  " + date_label(fact))
        rows = Hanging(indent=width, gap=0)
        rows.add_row(Text(""), _fact_cell(_highlighted(hit), fact, numbers, shared=shared))
        parts += [Text(""), line, rows]
    parts += _shared_notes(shared, numbers)
    if result.sources:
        parts += [Text("Sources", style="bold"), _sources(result.sources, numbers)]
    return Group(*parts)


def parties(rows: list[PartyCount]) -> RenderableType:
    table = _table()
    table.add_column("code", style="cyan", no_wrap=True)
    table.add_column("kind", style="green")
    table.add_column("facts", justify="right")
    table.add_column("name")
    for row in rows:
        table.add_row(Text(safe(row.party.code)), row.party.kind, str(row.fact_count), Text(safe(row.party.name)))
    return table


def sources(rows: list[SourceCount]) -> RenderableType:
    table = _table()
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("facts", justify="right")
    table.add_column("source")
    for row in rows:
        detail = Text(source_line(row.source))
        for label, value in (("", row.source.note), ("Licence: ", row.source.licence), ("Credit: ", row.source.credit)):
            if value:
                detail.append("\n" + label + safe(value), style="dim")
        table.add_row(Text(safe(row.source.id)), source_count(row, short=True), detail)
    return table


def print_to(console: Console, renderable: RenderableType) -> None:
    console.print(renderable, highlight=False, emoji=False, markup=False)


# -- compare, summary, timeline -------------------------------------------------------------------
