"""Plain text for pipes and files: no colour, no tables, one fact per line, nothing wrapped."""

from __future__ import annotations

from itertools import groupby

from ..model import Fact
from ..wording import format_number
from .cells import (
    BAR_WIDTH,
    SUMMARY_SECTIONS,
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
    partner_kinds,
    party_codes,
    plural,
    predecessor_names,
    predecessors_line,
    profile_sources,
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
from .rows import markdown_cell

TYPE_CHECKING = False  # the result types are for annotations only: render imports nothing that queries
if TYPE_CHECKING:
    from typing import Any

    from ..commands.compare import Comparison
    from ..commands.partners import Partners
    from ..commands.summary import PairSummary, PartySummary
    from ..commands.timeline import Timeline
    from ..dataset.search import SearchResult
    from ..dataset.store import PairView, PartyCount, SourceCount
    from ..dataset.userfile import Added
    from ..settings import Settings


DATE_WIDTH = 12  # the date column of a fact line: "1982-02-15" and two spaces


def _column(label: str, width: int) -> str:
    """`label` padded to `width`, and never closer than two spaces to what follows: a date range
    ("1902-05-19–1902-05-20") is wider than the column, and must not run into its fact's text."""
    return label.ljust(width) if len(label) <= width - 2 else label + "  "


def _fact_lines(fact: Fact, numbers: dict[str, int], indent: str = "  ", suffix: str = "", shared=()) -> list[str]:  # type: ignore[no-untyped-def]
    date = date_label(fact) or "undated"
    width = DATE_WIDTH
    lines = [f"{indent}{_column(date, width)}{safe(fact.text)} {cite(fact, numbers)}{suffix}{note_mark(fact, shared)}".rstrip()]
    lines += [f"{indent}{'':<{width}}{detail}" for detail in fact_details(fact, shared)]
    return lines


def _shared_notes_block(shared, numbers) -> list[str]:  # type: ignore[no-untyped-def]
    if not shared:
        return []
    lines = ["", SHARED_NOTES_HEADING]
    for label, note in shared_note_lines(shared, numbers):
        lines += [f"  {label}: {note}"]
    return lines


def _sources_block(sources, numbers) -> list[str]:  # type: ignore[no-untyped-def]
    lines = ["", "Sources"]
    lines += [f"  [{numbers[s.id]}] {source_line(s)}" for s in sources]
    return lines


def profile_lines(view: PairView, numbers: dict[str, int]) -> list[str]:
    """The profile block: a title, then a label and a line of text for each aspect recorded."""
    if view.profile is None or not view.profile.lines:
        return []
    width = PROFILE_LABEL_WIDTH + 1
    lines = ["", PROFILE_TITLE]
    for line in view.profile.lines:
        lines.append(f"  {line.label:<{width}}{safe(line.text)} {cite_ids(line.sources, numbers)}".rstrip())
    return lines


def _group_label(group) -> str:  # type: ignore[no-untyped-def]
    """'ASEAN  Association of Southeast Asian Nations', or the name alone when it has no abbreviation."""
    short = short_name(group)
    return safe(group.name) if short == group.name else f"{safe(short)}  {safe(group.name)}"


def _membership_lines(view: PairView) -> list[str]:
    full, other, deploy = membership_parts(view.shared_memberships)
    lines: list[str] = []
    if full:
        lines += ["", f"Shared memberships (both full members: {len(full)})"]
        lines += [f"  {_group_label(m.group)}" for m in full[:MEMBERSHIPS_SHOWN]]
        if len(full) > MEMBERSHIPS_SHOWN:
            lines.append(f"  {more_memberships(len(full) - MEMBERSHIPS_SHOWN)}")
    if other:
        lines += ["", "Other roles in groups both take part in (observer, partner, ...)"]
        lines += [f"  {_group_label(m.group)} ({safe(role_words(m, view.a, view.b))})"
                  for m in other[:MEMBERSHIPS_SHOWN]]
        if len(other) > MEMBERSHIPS_SHOWN:
            lines.append(f"  {more_memberships(len(other) - MEMBERSHIPS_SHOWN)}")
    if deploy:
        lines += ["", "Peacekeeping and observer missions both send people to"]
        lines.append("  " + ", ".join(safe(short_name(m.group)) for m in deploy))
    errata = membership_errata_lines(view)
    if errata:
        lines += ["", MEMBERSHIP_ERRATA_HEADING, *(f"  {line}" for line in errata)]
    return lines


def _compact_lines(view: PairView, facts: list[Fact], topic: str, numbers: dict[str, int], shared) -> list[str]:  # type: ignore[no-untyped-def]
    """Trips, visits and chiefs of mission, one short line each (labels.compact_blocks)."""
    lines = []
    for heading, listed, more in compact_blocks(facts, every=view.topic is not None):
        lines.append(f"  {safe(heading)}")
        for fact in listed:
            date, text = compact_line(fact)
            lines.append(f"    {date:<12}{safe(text)} {cite(fact, numbers)}{note_mark(fact, shared)}".rstrip())
            lines += [f"    {'':<12}{detail}" for detail in fact_details(fact, shared)]
        if more:
            lines.append(f"    {more_compact(more, topic)}")
    return lines


def pair(view: PairView) -> str:
    numbers = source_numbers(shown_sources(view))
    lines = [pair_title(view.a, view.b)]
    counts = plural(len(view.facts), "fact")
    if view.regional:
        counts += f", {plural(len(view.regional), 'regional fact')}"
    if view.predecessor_facts:
        counts += f", {len(view.predecessor_facts)} through predecessors"
    if view.topic:
        counts += f" on the topic {topic_label(view.topic).lower()} (--topic; the profile is made from all)"
    if not view.only_profile:
        lines.append(counts)
    lines += profile_lines(view, numbers)
    if view.only_profile:
        sources = shown_sources(view)
        if sources:
            lines += ["", "Sources"]
            lines += [f"  [{numbers[s.id]}] {source_line(s)}" for s in sources]
        return "\n".join(lines) + "\n"
    if not view.facts and not view.regional and not view.predecessor_facts:
        lines.append(f"No facts are recorded for {view.a.name} and {view.b.name}.")
    shared = shared_notes([*view.facts, *(r.fact for r in view.regional), *(r.fact for r in view.predecessor_facts)])
    for topic, group in groupby(view.facts, key=lambda f: f.topic):
        facts = list(group)
        lines += ["", topic_label(topic)]
        for fact in facts:
            if not compact_fact(fact):
                lines += _fact_lines(fact, numbers, shared=shared)
        lines += _compact_lines(view, facts, topic, numbers, shared)
    if view.series:
        from . import charts  # only when the pair has a series

        lines += charts.plain_block(view.series, view.sources, numbers)
    if view.regional:
        lines += ["", "Regional facts (about a group one of them belongs to)"]
        for topic, regional in groupby(view.regional, key=lambda r: r.fact.topic):
            lines.append(f"  {topic_label(topic)}")
            for item in regional:
                lines += _fact_lines(item.fact, numbers, "    ", via_suffix(item.via, view.names), shared)
    if view.predecessor_facts:
        names = predecessor_names(view)
        lines += ["", PREDECESSORS_HEADING, predecessors_line(view)]
        for item in view.predecessor_facts:
            lines += _fact_lines(item.fact, numbers, "    ", through_suffix(item, names), shared)
    if view.successors:
        lines += ["", "See also"] + [f"  {line}" for line in successor_lines(view)]
    lines += _membership_lines(view)
    if view.set_aside:
        lines += ["", "Set aside by your data"]
        lines += [f"  {set_aside_line(item)}" for item in view.set_aside]
    lines += _shared_notes_block(shared, numbers)
    if view.sources:
        lines += _sources_block(view.sources, numbers)
    return "\n".join(lines) + "\n"


def pair_markdown(view: PairView) -> str:
    """`show --format markdown`: the profile as a paragraph with numbered citations, its sources,
    then the facts as a table (as --format markdown gives them without a profile)."""
    from .documents import pair_rows
    from .rows import markdown_table

    # The numbers are the profile's alone: the table of facts below names its sources by id.
    cited = profile_sources(view)
    numbers = source_numbers(cited)
    out = [f"## {pair_title(view.a, view.b)}", ""]
    lines = view.profile.lines if view.profile else ()
    if lines:
        out.append(" ".join(f"{line.sentence} {cite_ids(line.sources, numbers)}".strip() for line in lines))
        out.append("")
        out += [f"[{numbers[s.id]}] {source_line(s)}  " for s in cited]
        out[-1] = out[-1].rstrip()
    if view.only_profile:
        return "\n".join(out) + "\n"
    out.append("")
    rows = pair_rows(view)
    for row in rows:  # an erratum is shown with its fact, after the source's words
        if row.get("errata"):
            row["text"] += " " + " ".join(f"{e['problem']} {e['evidence']}".join(("[Erratum: ", "]")) for e in row["errata"])
    return "\n".join(out) + "\n" + markdown_table(rows, ("date", "parties", "topic", "text", "sources"))


def search(result: SearchResult) -> str:
    numbers = source_numbers(result.sources)
    shown = len(result.hits)
    head = f"{plural(result.total, 'fact')} {'matches' if result.total == 1 else 'match'} {' '.join(result.terms)!r}"
    if shown < result.total:
        head += f" (best {shown} shown; --limit shows more)"
    if result.ranked < result.total:
        head += f"; ranked among the first {result.ranked:,} (more words, --topic or --party narrow it)"
    lines = [head]
    shared = shared_notes(hit.fact for hit in result.hits)
    for rank, hit in enumerate(result.hits, start=1):
        text, _ = hit.spans()
        fact = hit.fact
        parties = pair_names(fact.parties, result.names)
        lines.append("")
        lines.append(f"{rank:>3}. {parties}  {topic_label(fact.topic)}  {date_label(fact)}".rstrip())
        lines.append(f"     {safe(text)} {cite(fact, numbers)}{note_mark(fact, shared)}".rstrip())
        lines += [f"     {detail}" for detail in fact_details(fact, shared)]
    lines += _shared_notes_block(shared, numbers)
    if result.sources:
        lines += _sources_block(result.sources, numbers)
    return "\n".join(lines) + "\n"


def parties(rows: list[PartyCount]) -> str:
    width = max([len("code"), *(len(r.party.code) for r in rows)]) + 2
    lines = [f"{'code':<{width}}{'kind':<12}{'facts':>6}  name"]
    for row in rows:
        p = row.party
        lines.append(f"{safe(p.code):<{width}}{p.kind:<12}{row.fact_count:>6}  {safe(p.name)}")
    return "\n".join(lines) + "\n"


def sources(rows: list[SourceCount]) -> str:
    lines = []
    for row in rows:
        s = row.source
        lines.append(f"{safe(s.id)}  ({source_count(row)})")
        lines.append(f"  {source_line(s)}")
        if s.note:
            lines.append(f"  Note: {safe(s.note)}")
        if s.licence:
            lines.append(f"  Licence: {safe(s.licence)}")
        if s.credit:
            lines.append(f"  Credit: {safe(s.credit)}")
    return "\n".join(lines) + "\n"


# -- partners ------------------------------------------------------------------------------------


def partners_title(result: Partners) -> str:
    among = f" among {result.among.name}" if result.among else ""
    where = f", where {result.where}" if result.where else ""
    return f"{result.country.name}: partners by {result.aspect}{among}{where} ({len(result.rows)} of {result.total})"


def partners(result: Partners) -> str:
    """One line per partner, greppable: rank, name, value."""
    lines = [safe(partners_title(result)), safe(result.measure[:1].upper() + result.measure[1:])
             + (f"; as of {result.as_of}." if result.as_of else ".")]
    width = max([4, *(len(safe(r.party.name)) for r in result.rows)]) + 2
    digits = len(str(len(result.rows)))
    for n, row in enumerate(result.rows, 1):
        lines.append(f"{n:>{digits}}  {safe(row.party.name):<{width}}{safe(row.value)}")
    if not result.rows:
        lines.append("No partner is recorded" + (" with that value." if result.where else "."))
    lines.append("Sources: " + ", ".join(safe(s.id) for s in result.sources) + " ('relations sources' cites them)")
    return "\n".join(lines) + "\n"


# -- compare, summary, timeline -------------------------------------------------------------------

TOP_PARTNERS = 10
TOP_TRADE = 8


def compare(comparison: Comparison) -> str:
    """One block per aspect, one line per column: greppable, never wrapped."""
    lines = [comparison_title(comparison)]
    titles = [column_title(comparison, c) for c in comparison.columns]
    width = max(len(t) for t in titles) + 2
    for label, cells in comparison_rows(comparison):
        lines += ["", label.strip() if not label.startswith("  ") else f"Facts: {label.strip().lower()}"]
        lines += [f"  {title:<{width}}{cell}" for title, cell in zip(titles, cells, strict=True)]
    if comparison.sources:
        lines += ["", f"Sources: {', '.join(safe(s.id) for s in comparison.sources)} ('relations sources' cites them)"]
        if data_set_dates(comparison.sources):
            lines.append(f"Data sets as of: {data_set_dates(comparison.sources)}")
    return "\n".join(lines) + "\n"


def compare_markdown(comparison: Comparison) -> str:
    titles = [column_title(comparison, c) for c in comparison.columns]
    lines = [f"## {markdown_cell(comparison_title(comparison))}", "", "| | " + " | ".join(markdown_cell(t) for t in titles) + " |"]
    lines.append("|---|" + "|".join("---" for _ in titles) + "|")
    for label, cells in comparison_rows(comparison):
        label = label.strip() if not label.startswith("  ") else f"Facts: {label.strip().lower()}"
        lines.append(f"| {markdown_cell(label)} | " + " | ".join(markdown_cell(c) for c in cells) + " |")
    lines += ["", "Sources: " + ", ".join(markdown_cell(source_line(s)) for s in comparison.sources)] if comparison.sources else []
    if data_set_dates(comparison.sources):
        lines += ["", f"Data sets as of: {markdown_cell(data_set_dates(comparison.sources))}"]
    return "\n".join(lines) + "\n"


def _trade_block(title: str, partners, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    lines += ["", title]
    rows = trade_lines(partners, TOP_TRADE)
    if not rows:
        lines.append("  —")
        return
    name_width = max(len(name) for name, _, _ in rows) + 2
    for name, bar_text, figure in rows:
        lines.append(f"  {name:<{name_width}}{bar_text:<{BAR_WIDTH + 1}}{figure}".rstrip())


def _summary_sections(summary: PartySummary, keys: tuple[str, ...], numbers: dict[str, int], lines: list[str]) -> None:
    for key in keys:
        for title, body in summary_section(summary, key, numbers):
            lines += ["", title, *(f"  {line}" for line in body)]


def party_summary(summary: PartySummary) -> str:
    p = summary.party
    numbers = {u.source.id: n for n, u in enumerate(summary.sources, start=1)}
    lines = [f"{safe(p.name)} ({party_codes(p)})", f"{plural(summary.fact_count, 'fact')}: {topics_cell(summary.facts_by_topic)}"]
    countries, groups = partner_kinds(summary.partners)
    lines += ["", f"Partners by recorded facts ({len(countries)} countries in all)"]
    for rank, row in enumerate(countries[:TOP_PARTNERS], start=1):
        lines.append(f"  {rank:>2}. {safe(row.party.name):<32}{row.fact_count:>5}")
    if groups:
        lines += ["", f"Groups and programmes in its facts ({len(groups)} in all)"]
        lines.append("  " + ", ".join(f"{safe(short_name(row.party))} ({row.fact_count})" for row in groups[:TOP_PARTNERS])
                     + (f" and {len(groups) - TOP_PARTNERS} more" if len(groups) > TOP_PARTNERS else ""))
    lines += ["", "Neighbours (land borders)"]
    lines += [f"  {safe(n.party.name):<32}{format_number(n.length_km) + ' km' if n.length_km is not None else ''}".rstrip()
              for n in summary.neighbours] or ["  —"]
    _summary_sections(summary, ("nearest_capitals",), numbers, lines)
    _trade_block("Top export partners", summary.exports, lines)
    _trade_block("Top import partners", summary.imports, lines)
    _summary_sections(summary, ("un_partners", "alignment_partners", "passport", "mission_network", "armed_conflicts"), numbers, lines)
    if summary.members:
        lines += ["", f"Members ({len(summary.members)})", "  " + ", ".join(safe(m.name) for m in summary.members)]
    lines += ["", f"Memberships ({len(summary.memberships)})"]
    lines.append("  " + (", ".join(_membership(short_name(m.group), m.status) for m in summary.memberships) or "—"))
    lines += ["", "Latest dated facts"]
    lines += [f"  {_column(date_label(f), 24)}{pair_names(f.parties, summary.names)}  {safe(f.text)}" for f in summary.latest] or ["  —"]
    lines += ["", "Sources"]
    lines += [f"  [{numbers[u.source.id]}] {safe(u.source.id)} ({source_use(u)}): {source_line(u.source)}" for u in summary.sources] or ["  —"]
    return "\n".join(lines) + "\n"


def _membership(name: str, status: str) -> str:
    return safe(name) if status == "member" else f"{safe(name)} ({safe(status)})"


def pair_summary(summary: PairSummary) -> str:
    numbers = source_numbers(summary.sources)
    lines = [pair_title(summary.a, summary.b), plural(summary.fact_count, "fact") + (f", {plural(summary.regional_count, 'regional fact')}" if summary.regional_count else "")]
    lines += ["", " ".join(safe(s.text) for s in summary.paragraph)]
    if summary.topics:  # no header over an empty table
        lines += ["", f"{'Topic':<16}{'facts':>5}  {'first':<24}latest"]
    for t in summary.topics:
        lines.append(f"{topic_label(t.topic):<16}{t.fact_count:>5}  {_column(t.first or '—', 24)}{t.latest or '—'}")
    for label, fact in (("First dated fact", summary.first), ("Latest dated fact", summary.latest)):
        if fact is not None:
            lines += ["", label, *_fact_lines(fact, numbers)]
    if summary.key_figures:
        lines += ["", "Key figures"]
        lines += [f"  {safe(k.label)}: {safe(k.value)} {cite(k.fact, numbers)}".rstrip() for k in summary.key_figures]
    if summary.sources:
        lines += _sources_block(summary.sources, numbers)
    return "\n".join(lines) + "\n"


def pair_summary_markdown(summary: PairSummary) -> str:
    lines = [f"## {markdown_cell(pair_title(summary.a, summary.b))}", "", markdown_cell(" ".join(s.text for s in summary.paragraph)), ""]
    if summary.topics:
        lines += ["| topic | facts | first | latest |", "|---|---|---|---|"]
    lines += [f"| {topic_label(t.topic)} | {t.fact_count} | {t.first or '—'} | {t.latest or '—'} |" for t in summary.topics]
    if summary.key_figures:
        lines += ["", "| figure | value | fact |", "|---|---|---|"]
        lines += [f"| {markdown_cell(k.label)} | {markdown_cell(k.value)} | {markdown_cell(k.fact.id)} |" for k in summary.key_figures]
    lines += ["", "Sources: " + "; ".join(markdown_cell(source_line(s)) for s in summary.sources)] if summary.sources else []
    return "\n".join(lines) + "\n"


def party_summary_markdown(summary: PartySummary) -> str:
    p = summary.party
    lines = [f"## {markdown_cell(p.name)} ({party_codes(p)})", "", f"{plural(summary.fact_count, 'fact')}: {topics_cell(summary.facts_by_topic)}", ""]
    lines += ["| # | partner | facts |", "|---|---|---|"]
    lines += [f"| {n} | {markdown_cell(r.party.name)} | {r.fact_count} |" for n, r in enumerate(summary.partners[:TOP_PARTNERS], start=1)]
    for title, partners in (("Top export partners", summary.exports), ("Top import partners", summary.imports)):
        lines += ["", f"**{title}**", "", "| partner | share | |", "|---|---|---|"]
        lines += [f"| {markdown_cell(name)} | {markdown_cell(figure)} | {bar_text} |" for name, bar_text, figure in trade_lines(partners, TOP_TRADE)]
    lines += ["", "Neighbours: " + (", ".join(markdown_cell(n.party.name) for n in summary.neighbours) or "—")]
    numbers = {u.source.id: n for n, u in enumerate(summary.sources, start=1)}
    for key in SUMMARY_SECTIONS:
        for title, body in summary_section(summary, key, numbers):
            lines += ["", f"**{markdown_cell(title)}**", "", *(f"- {markdown_cell(' '.join(line.split()))}" for line in body)]
    lines += ["", "Memberships: " + (", ".join(_membership(short_name(m.group), m.status) for m in summary.memberships) or "—")]
    lines += ["", "Sources: " + "; ".join(f"[{numbers[u.source.id]}] " + markdown_cell(source_line(u.source)) for u in summary.sources)] if summary.sources else []
    return "\n".join(lines) + "\n"


def timeline(view: Timeline) -> str:
    numbers = source_numbers(view.sources)
    title = safe(view.party.name) if view.other is None else pair_title(view.party, view.other)
    lines = [f"{title}: timeline", f"{plural(len(view.entries), 'dated fact')}" + (f"; {view.undated_count} undated not shown" if view.undated_count else "")]
    if view.predecessors:
        lines.append("Including facts about " + ", ".join(safe(p.name) for p in view.predecessors) + " (predecessor)")
    if not view.entries:
        lines.append("No dated facts are recorded.")
    lines.append("")
    width = max((len(date_label(e.fact)) for e in view.entries), default=10) + 2
    pair_width = max((len(pair_names(e.fact.parties, view.names)) for e in view.entries), default=7) + 2
    for entry in view.entries:
        fact = entry.fact
        via = via_suffix(entry.via, view.names) if entry.through != "predecessor" else ""
        lines.append(f"{date_label(fact):<{width}}{pair_names(fact.parties, view.names):<{pair_width}}{safe(fact.text)} {cite(fact, numbers)}{via}".rstrip())
    for series in view.series:
        rows = series_lines(series, view.sources)
        if rows:
            label_width = max(len(label) for label, _ in rows) + 2
            lines += ["", f"{safe(series.name)} {cite(series, numbers)}".rstrip()]
            lines += [f"  {label:<{label_width}}{figure}" for label, figure in rows]
    if view.sources:
        lines += _sources_block(view.sources, numbers)
    return "\n".join(lines) + "\n"


# -- add, validate, paths, config -------------------------------------------------------------------


def added(added: Added) -> str:
    fact = added.fact
    lines = [f"Added {safe(fact['id'])} to {safe(str(added.path))}:{added.line}" + (" (a new file)" if added.created_file else "")]
    if added.source:
        lines.append(f"  new source {safe(added.source['id'])}: {safe(added.source['title'])}")
    lines.append(f"  {' – '.join(fact['parties'])}  {fact['topic']}  {fact.get('date', 'undated')}")
    lines.append(f"  {safe(fact['text'])}")
    return "\n".join(lines) + "\n"


def validation(report: dict[str, Any]) -> str:
    problems = report["problems"]
    lines = [f"{safe(p['path'])}:{p['line']}: {safe(p['message'])}" if p["line"] else f"{safe(p['path'])}: {safe(p['message'])}" for p in problems]
    files = report["files_checked"]
    if problems:
        lines.append(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {len({p['path'] for p in problems})} of {files} files checked.")
    else:
        series = f", {report['series']:,} series" if report.get("series") else ""
        lines.append(f"No problems: {files} files, {report['facts']} facts{series} checked.")
    return "\n".join(lines) + "\n"


def locations(rows: list[dict[str, Any]]) -> str:
    width = max(len(r["role"]) for r in rows) + 2
    lines = [
        f"{r['role']:<{width}}{safe(r['path'])}  ({r['access']}; {'exists' if r['exists'] else 'missing'})"
        for r in rows
    ]
    return "\n".join(lines) + "\n"


def config(current: Settings, config_file_exists: bool) -> str:
    lines = []
    for setting in current:
        origin = setting.origin if not setting.detail else f"{setting.origin} {setting.detail}"
        lines.append(f"{setting.name:<8}{safe(str(setting.value)):<10}{safe(origin)}")
    exists = "" if config_file_exists else " (none yet)"
    lines.append(f"config file: {safe(str(current.config_file))}{exists}")
    return "\n".join(lines) + "\n"
