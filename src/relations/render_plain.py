"""Plain text for pipes and files: no colour, no tables, one fact per line, nothing wrapped."""

from __future__ import annotations

from itertools import groupby

from .model import Fact
from .present import (
    cite,
    date_label,
    fact_details,
    pair_title,
    plural,
    safe,
    source_line,
    source_numbers,
    topic_label,
)
from .render_json import highlight_spans
from .store import PairView, PartyCount, SearchResult, SourceCount


def _fact_lines(fact: Fact, numbers: dict[str, int], indent: str = "  ", suffix: str = "") -> list[str]:
    date = date_label(fact) or "undated"
    width = 12
    lines = [f"{indent}{date:<{width}}{safe(fact.text)} {cite(fact, numbers)}{suffix}".rstrip()]
    lines += [f"{indent}{'':<{width}}{detail}" for detail in fact_details(fact)]
    return lines


def _sources_block(sources, numbers) -> list[str]:  # type: ignore[no-untyped-def]
    lines = ["", "Sources"]
    lines += [f"  [{numbers[s.id]}] {source_line(s)}" for s in sources]
    return lines


def pair(view: PairView) -> str:
    numbers = source_numbers(view.sources)
    lines = [pair_title(view.a, view.b)]
    counts = plural(len(view.facts), "fact")
    if view.regional:
        counts += f", {plural(len(view.regional), 'regional fact')}"
    lines.append(counts)
    if not view.facts and not view.regional:
        lines.append(f"No facts are recorded for {view.a.name} and {view.b.name}.")
    for topic, facts in groupby(view.facts, key=lambda f: f.topic):
        lines += ["", topic_label(topic)]
        for fact in facts:
            lines += _fact_lines(fact, numbers)
    if view.regional:
        lines += ["", "Regional facts (about a group one of them belongs to)"]
        for topic, regional in groupby(view.regional, key=lambda r: r.fact.topic):
            lines.append(f"  {topic_label(topic)}")
            for item in regional:
                lines += _fact_lines(item.fact, numbers, "    ", f" (through {', '.join(item.via)})" if item.via else "")
    if view.shared_memberships:
        lines += ["", "Shared memberships"]
        for m in view.shared_memberships:
            status = "" if m.status_a == m.status_b == "member" else f" ({m.status_a} / {m.status_b})"
            lines.append(f"  {m.group.code:<12}{safe(m.group.name)}{status}")
    if view.sources:
        lines += _sources_block(view.sources, numbers)
    return "\n".join(lines) + "\n"


def search(result: SearchResult) -> str:
    numbers = source_numbers(result.sources)
    shown = len(result.hits)
    head = f"{plural(result.total, 'fact')} match {' '.join(result.terms)!r}"
    if shown < result.total:
        head += f" (best {shown} shown; --limit shows more)"
    lines = [head]
    for rank, hit in enumerate(result.hits, start=1):
        text, _ = highlight_spans(hit.highlighted_text)
        fact = hit.fact
        parties = " – ".join(fact.parties)
        lines.append("")
        lines.append(f"{rank:>3}. {parties}  {topic_label(fact.topic)}  {date_label(fact)}".rstrip())
        lines.append(f"     {safe(text)} {cite(fact, numbers)}".rstrip())
        lines += [f"     {detail}" for detail in fact_details(fact)]
    if result.sources:
        lines += _sources_block(result.sources, numbers)
    return "\n".join(lines) + "\n"


def parties(rows: list[PartyCount]) -> str:
    lines = [f"{'code':<20}{'kind':<12}{'facts':>6}  name"]
    for row in rows:
        p = row.party
        lines.append(f"{safe(p.code):<20}{p.kind:<12}{row.fact_count:>6}  {safe(p.name)}")
    return "\n".join(lines) + "\n"


def sources(rows: list[SourceCount]) -> str:
    lines = []
    for row in rows:
        s = row.source
        lines.append(f"{safe(s.id)}  ({plural(row.fact_count, 'fact')})")
        lines.append(f"  {source_line(s)}")
        if s.note:
            lines.append(f"  Note: {safe(s.note)}")
    return "\n".join(lines) + "\n"
