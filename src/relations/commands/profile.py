"""The profile of a pair: what the relationship is, in a few lines, each citing its sources.

Made only from the pair's figures (`PairView.figures`, relations.dataset.figures), which were read
once from the tables and facts: this module chooses words, and never goes back to the store or to
a fact's text or id for a number. A line is left out when nothing is recorded for it; missions and
visas say "not recorded" where the data set covers both countries, never "none".

What matters now comes first: an armed conflict between the two in the data's latest years, or
an open dispute over a named place, leads, ahead of relations, missions and distance.
Renderers draw the `Profile`; nothing here prints.
"""

from __future__ import annotations

from ..dyadic import missions as mission_rows
from ..dyadic import visas as visa_rows
from ..model import Erratum, Fact, Profile, ProfileLine
from ..wording import capitalise, join, possessive, the, year_ranges, year_span

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from ..dataset.figures import AlignmentYear, ConflictEntry, MissionEntry, PairFigures, TradeFigure, VoteCount
    from ..dataset.store import PairView

SPARKS = "▁▂▃▄▅▆▇█"
MAX_BLOCS = 5
MAX_RELATION_CHANGES = 3
MAX_CONFLICTS = 3  # named in a line; the rest are counted
RECENT_YEARS = 3  # a conflict active in the data's last this many years leads the profile
FACTBOOK = "factbook"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def sparkline(values: list[float]) -> str:
    """One block character per value from 0 to 1 (the same scale for every pair): ▁ low, █ high."""
    return "".join(SPARKS[min(len(SPARKS) - 1, max(0, int(v * len(SPARKS))))] for v in values)


def month_words(date: str) -> str:
    """'2022-11' -> 'Nov 2022'; '2025-01-12' -> 'Jan 2025'; '2024' -> '2024'."""
    if len(date) >= 7:
        return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"
    return date


def _line(key: str, label: str, text: str, sentence: str, facts: list[Fact] | tuple[str, ...], **values: object) -> ProfileLine:
    sources: list[str] = []
    for item in facts:
        for source in (item.sources if isinstance(item, Fact) else (item,)):
            if source not in sources:
                sources.append(source)
    return ProfileLine.trusted(key=key, label=label, text=text, sentence=sentence, sources=tuple(sources),
                               values={k: v for k, v in values.items() if v is not None})


def profile(view: PairView) -> Profile:
    """The lines of the pair's profile; each left out when nothing is recorded."""
    figures = view.figures
    if figures is None:
        return Profile(())
    conflicts = _conflicts(figures)
    disputes = _disputes(figures)
    lead = []
    if conflicts is not None and conflicts.values.get("recent"):
        lead.append(conflicts)
        conflicts = None
    if disputes is not None and disputes.values.get("open"):
        lead.append(disputes)
        disputes = None
    lines = [
        *lead,
        _relations(figures),
        _neighbours(figures),
        _visas(figures),
        _un_voting(figures),
        _alignment(figures),
        conflicts,
        disputes,
        _trade(figures),
        _ties(figures),
        _blocs(figures),
        _us_visits(figures),
        _us_chiefs(figures),
        _events(figures),
    ]
    return Profile(tuple(line for line in lines if line is not None))


# -- relations and missions ----------------------------------------------------------------------


def _relations(figures: PairFigures) -> ProfileLine | None:
    """Diplomatic relations: when established and the latest breaks or resumptions, where a dated
    fact says so; then the missions each way, as the list of its date shows them. A recorded break
    with no later resumption governs the line: the list of missions is shown as of its date."""
    events = _relation_events(figures)
    missions = _missions(figures)
    if events is None:
        return missions
    if missions is None:
        return events
    return _line("relations", "Relations", f"{events.text}; {missions.text}", f"{events.sentence} {missions.sentence}",
                 events.sources + missions.sources, **events.values, **missions.values)


def _relation_events(figures: PairFigures) -> ProfileLine | None:
    dated = list(figures.relation_events)
    if not dated:
        return None
    established = [e for e in dated if e.kind == "relations_established"]
    # the first establishment, then the latest changes after it (a break, a resumption, a new start)
    first = established[0] if established else None
    later = [e for e in dated if e is not first and (first is None or e.date.start >= first.date.start)]
    used = ([first] if first else []) + later[-MAX_RELATION_CHANGES:]
    parts = [f"{e.kind.replace('relations_', '')} {e.date.display()}" for e in used]
    skipped = len(later) - MAX_RELATION_CHANGES
    words = [f"{'were ' if n == 0 else ''}{e.kind.replace('relations_', '')} {_on(e.fact)}" for n, e in enumerate(used)]
    if skipped > 0:
        at = 1 if first else 0
        more = f"{skipped} more change{'s' if skipped > 1 else ''}"
        parts[at] = f"{more}, then {parts[at]}"
        words[at] = f"after {more}, {words[at]}"
    latest = dated[-1]
    broken = latest.kind != "relations_established" and latest.kind != "relations_resumed"
    sentence = f"Diplomatic relations between {the(figures.a.name)} and {the(figures.b.name)} {join(words)}."
    return _line("relations", "Relations", "; ".join(parts), sentence, [e.fact for e in used],
                 established=established[0].date.value if established else None,
                 broken=latest.date.value if broken else None)


def _on(fact: Fact) -> str:
    """'on 1982-02-15', 'in 2002'."""
    date = fact.date
    return f"{'on' if date and date.precision == 'day' else 'in'} {date.display() if date else ''}"


def _mission_words(entries: tuple[MissionEntry, ...], covering: tuple[MissionEntry, ...],
                   figures: PairFigures) -> tuple[str, str] | None:
    """('high commission in Islamabad' (and how many more), the same for a sentence), or the
    mission elsewhere that covers it."""
    if entries:
        first = entries[0]
        place = first.place
        words = mission_rows.type_words(first.type) + (f" in {place}" if first.city else f" ({place})" if place else "")
        article = mission_rows.TYPES[first.type].split(" ", 1)[0]
        if len(entries) > 1:
            more = f"{len(entries) - 1} more mission{'s' if len(entries) > 2 else ''}"
            return f"{words} (and {more})", f"keeps {article} {words} and {more}"
        return words, f"keeps {article} {words}"
    if covering:
        first = covering[0]
        where = first.city or figures.names.get(first.via_host or "", first.via_host or "")
        words = f"covered from its {mission_rows.type_words(first.type)} in {where}"
        return words, f"has no mission recorded there; it is {words}"
    return None


def _missions(figures: PairFigures) -> ProfileLine | None:
    missions = figures.missions
    if missions is None:
        return None
    when = month_words(missions.as_of)
    broken = figures.relation_events and figures.relation_events[-1].kind not in (
        "relations_established", "relations_resumed")
    parts, sentences = [], []
    sides = ((figures.a, figures.b, missions.a_in_b, missions.a_accredited_to_b),
             (figures.b, figures.a, missions.b_in_a, missions.b_accredited_to_a))
    for sender, host, entries, covering in sides:
        found = _mission_words(entries, covering, figures)
        if found is None:
            parts.append(f"{sender.name}: none recorded")
            sentences.append(f"no mission of {the(sender.name)} in {the(host.name)} is recorded")
        else:
            parts.append(f"{sender.name}: {found[0]}")
            sentences.append(f"{the(sender.name)} {found[1]}")
    # A list as of a date is not today's state: the line says its date, and, where no source
    # records a break, what the list cannot show.
    caveat = f"missions listed in Wikidata, {when}" + ("" if broken else "; the list does not record closures")
    if all(p.endswith(": none recorded") for p in parts):
        text = f"no mission either way recorded ({caveat})"
    else:
        text = "; ".join(parts) + f" ({caveat})"
    sentence = capitalise("; ".join(sentences))
    sentence += f" (Wikidata's list as of {_month_name(missions.as_of)}, which is incomplete" + (
        "; a break in relations is recorded)." if broken else " and does not record closures).")
    return _line("relations", "Relations", text, sentence, (missions.source,), missions_as_of=missions.as_of)


def _month_name(date: str) -> str:
    names = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
    return f"{names[int(date[5:7]) - 1]} {date[:4]}" if len(date) >= 7 else date


# -- neighbours and distance ---------------------------------------------------------------------


def _neighbours(figures: PairFigures) -> ProfileLine | None:
    distance = figures.distance
    if distance is None:
        return None
    km = distance.km
    capitals = f"capitals {km:,} km apart" if km is not None else ""
    a, b = the(figures.a.name, start=True), the(figures.b.name)
    if distance.border_km is not None or distance.contiguous:
        length = distance.border_km
        head = f"land border of {length:,} km" if length is not None else "share a border"
        text = "; ".join(x for x in (head, capitals) if x)
        sentence = f"{a} and {b} are neighbours" + (f", with a land border of {length:,} km" if length is not None else "")
        if km is not None:
            sentence += f"; their capitals are {km:,} km apart"
        return _line("neighbours", "Neighbours", text, sentence + ".", distance.sources, border_km=length, distance_km=km)
    if km is None:
        return None
    return _line("distance", "Distance", f"not neighbours; {capitals}", f"The capitals of {the(figures.a.name)} "
                 f"and {b} are {km:,} km apart.", distance.sources, distance_km=km)


# -- visas ---------------------------------------------------------------------------------------


def _visas(figures: PairFigures) -> ProfileLine | None:
    visas = figures.visas
    if visas is None:
        return None
    words: list[str] = []
    clauses: list[str] = []
    values: dict[str, object] = {}
    noted: list[Erratum] = []
    for holder, dest, rule in ((figures.a, figures.b, visas.a_to_b), (figures.b, figures.a, visas.b_to_a)):
        if rule is not None and rule.errata:
            noted += rule.errata
        if rule is None:
            words.append("not recorded")
            clauses.append(f"no requirement is recorded for holders of {possessive(holder.name)} passport "
                           f"visiting {the(dest.name)}")
            values[f"{holder.code}_to_{dest.code}"] = None
        else:
            label = visa_rows.REQUIREMENTS.get(rule.requirement, rule.requirement)
            if rule.days:
                label += f" ({rule.days} days)"
            words.append(label + (" (flagged as a source error)" if rule.errata else ""))
            clauses.append(f"holders of {possessive(holder.name)} passport {_visa_clause(rule.requirement, rule.days, dest.name)}")
            values[f"{holder.code}_to_{dest.code}"] = rule.requirement
    if words[0] == words[1]:
        text = f"{words[0]} each way"
    else:
        text = f"{figures.a.name} → {figures.b.name}: {words[0]}; {figures.b.name} → {figures.a.name}: {words[1]}"
    text += f" (Passport Index, {month_words(visas.as_of)})"
    sentence = capitalise("; ".join(clauses)) + f" (Passport Index, {_month_name(visas.as_of)})."
    sentence += "".join(" " + e.sentence() for e in noted)
    return _line("visas", "Visas", text, sentence, (visas.source,), as_of=visas.as_of,
                 errata=[e.to_dict() for e in noted] or None, **values)


def _visa_clause(requirement: str, days: int | None, dest: str) -> str:
    where = the(dest)
    return {
        "visa_free": f"may visit {where} without a visa" + (f" for up to {days} days" if days else ""),
        "visa_on_arrival": f"can get a visa on arrival in {where}",
        "eta": f"need an electronic travel authorisation to visit {where}",
        "e_visa": f"need an e-visa to visit {where}",
        "visa_required": f"need a visa to visit {where}",
        "no_admission": f"are not admitted to {where}",
    }.get(requirement, f"are recorded as {requirement} for {where}")


# -- UN votes ------------------------------------------------------------------------------------


def share_words(count: VoteCount) -> str:
    """'82% of 908 roll calls'; a share from fewer than 20 roll calls always with its count."""
    return f"{count.share_pct}% of {count.common:,} roll call{'s' if count.common != 1 else ''}"


def _decade_words(count: VoteCount) -> str:
    """'1940s 63%', or with its count where few roll calls stand behind it: '2020s 0% of 1'."""
    head = f"{count.period[:4]}s {count.share_pct}%"
    return head + (f" of {count.common}" if count.few else "")


def _un_voting(figures: PairFigures) -> ProfileLine | None:
    votes = figures.votes
    if votes is None:
        return None
    period_count = votes.latest or votes.whole
    first, _, last = period_count.period.partition("/")
    period = f"{first}–{last}" if last and last != first else first
    yes_no = period_count.yes_no_share_pct
    text = f"same vote on {share_words(period_count)}, {period} (abstaining counts as a vote"
    text += f"; on yes and no alone {yes_no}% of {period_count.yes_no_common:,})" if yes_no is not None else ")"
    sentence = (f"In {period}, {the(figures.a.name)} and {the(figures.b.name)} cast the same vote (yes, no or "
                f"abstain) on {period_count.share_pct}% of the {period_count.common:,} UN General Assembly roll calls "
                f"on which both voted")
    if yes_no is not None:
        sentence += (f"; leaving abstentions out, they voted alike on {yes_no}% of the "
                     f"{period_count.yes_no_common:,} on which both voted yes or no")
    trend = None
    end = last or first
    points = [d for d in votes.decades if d.period[-4:] <= end]
    if len(points) > 1:
        trend = [{"decade": d.period, "share_pct": d.share_pct, "common": d.common} for d in points]
        text += f"; by decade {sparkline([d.agreement or 0 for d in points])} ({_decade_words(points[0])}, {_decade_words(points[-1])})"
        sentence += (f"; by decade it went from {points[0].share_pct}% in the {points[0].period[:4]}s to "
                     f"{points[-1].share_pct}% in the {points[-1].period[:4]}s")
    fact = votes.latest_fact if votes.latest is not None else votes.whole_fact
    return _line("un_voting", "UN votes", text, sentence + ".", (votes.source,), share_pct=period_count.share_pct,
                 common=period_count.common, same=period_count.same, opposite=period_count.opposite,
                 period=period_count.period, measure="same vote, abstentions counted as votes", by_decade=trend,
                 yes_no_share_pct=yes_no, yes_no_common=period_count.yes_no_common,
                 fact=fact)


def _alignment(figures: PairFigures) -> ProfileLine | None:
    """The ideal-point distance in the latest year with enough votes behind both points, ranked
    among that year's pairs; the first year both have a point, for the trend; a later year on few
    votes with its counts; a party with no point in the data's last year, said to be missing."""
    alignment = figures.alignment
    if alignment is None or (alignment.usable is None and alignment.latest is None):
        return None
    order = dict(zip(alignment.parties, ("a", "b")))
    name = {code: figures.names.get(code, code) for code in alignment.parties}

    def votes(year: AlignmentYear) -> str:
        return f"on {year.votes_a} and {year.votes_b} votes" if year.votes_a != year.votes_b else f"on {year.votes_a} votes each"

    parts, sentences = [], []
    usable = alignment.usable
    if usable is not None:
        rank = (f"; {usable.percentile}% of {usable.pairs:,} pairs were closer" if usable.percentile is not None
                and usable.pairs else "")
        parts.append(f"ideal-point distance {usable.distance:.2f} in {usable.year} (lower is closer{rank})")
        sentences.append(f"In {usable.year}, the UN General Assembly ideal points of {the(figures.a.name)} and "
                         f"{the(figures.b.name)} were {usable.distance:.2f} apart on the source's scale (lower is closer)"
                         + (f"; {usable.percentile}% of that year's {usable.pairs:,} pairs of states were closer"
                            if usable.percentile is not None and usable.pairs else "") + ".")
    first = alignment.first
    if first is not None and usable is not None and first.year < usable.year:
        parts.append(f"first year {first.year}: {first.distance:.2f}" + ("" if first.enough else f" ({votes(first)})"))
        sentences.append(f"In {first.year}, the first year both have a point, the distance was {first.distance:.2f}"
                         + ("" if first.enough else f", {votes(first)}") + ".")
    latest = alignment.latest
    if latest is not None and (usable is None or latest.year > usable.year):
        parts.append(f"{latest.year}: {latest.distance:.2f} {votes(latest)}, too few to rank")
        sentences.append(f"In {latest.year} the distance was {latest.distance:.2f}, but the points rest {votes(latest)}; "
                         f"a point on fewer than {alignment.min_votes} votes is not ranked.")
    for code, years in sorted(alignment.missing.items(), key=lambda item: order.get(item[0], "")):
        if years:
            parts.append(f"no {years[-1]} point for {the(name[code])}")
            sentences.append(f"The source gives {the(name[code])} no point for {year_ranges(years)}.")
    return _line("alignment", "UN alignment", "; ".join(parts), " ".join(sentences), (alignment.source,),
                 measure=alignment.measure, year=usable.year if usable else None,
                 distance=usable.distance if usable else None, percentile=usable.percentile if usable else None,
                 pairs=usable.pairs if usable else None, as_of=alignment.as_of,
                 missing={k: v for k, v in alignment.missing.items() if v} or None)


# -- conflicts and disputes ----------------------------------------------------------------------


def _span(entry: ConflictEntry) -> str:
    years = entry.years
    return year_span(years[0], years[-1]) if years else ""


def _conflict_words(group: list[ConflictEntry], figures: PairFigures) -> str:
    """One clause for conflicts of one relation (troops: of one sender against one party)."""
    entry = group[0]
    if entry.relation == "fought":
        return join(f"fought each other ({c.name}" + (f": war in {year_ranges(c.war_years)})" if c.war_years
                                                       else f", {_span(c)})") for c in group)
    named = [f"{c.name}, {_span(c)}" for c in group[:MAX_CONFLICTS]]
    if len(group) > MAX_CONFLICTS:
        named.append(f"{len(group) - MAX_CONFLICTS} more")
    if entry.relation == "troops":
        sender = the(figures.names.get(entry.sender or "", entry.sender or ""))
        against = the(figures.names.get(entry.against or "", entry.against or ""))
        return f"{sender} sent troops to forces fighting {against} ({'; '.join(named)})"
    if entry.relation == "opposite":
        return f"on opposite sides in {'; '.join(named)}"
    return f"same side in {'; '.join(named)}"


def _groups(entries: list[ConflictEntry]) -> list[list[ConflictEntry]]:
    """Entries grouped by relation, and troops by sender and the one fought, in first-seen order."""
    groups: dict[tuple[str, str | None, str | None], list[ConflictEntry]] = {}
    for entry in entries:
        groups.setdefault((entry.relation, entry.sender, entry.against), []).append(entry)
    return list(groups.values())


def _conflicts(figures: PairFigures) -> ProfileLine | None:
    conflicts = figures.conflicts
    if conflicts is None:
        return None
    between, opposite, support = conflicts.between, conflicts.opposite, conflicts.support
    if not between and not opposite and not support:
        return None
    last_year = int(conflicts.period[-4:])
    recent = [c for c in between if c.years and c.years[-1] > last_year - RECENT_YEARS]
    # the conflicts between them, latest first; then those beside them, never counted as between them
    latest_first = sorted(between, key=lambda c: c.years[-1:], reverse=True)
    clauses = [_conflict_words(g, figures) for g in _groups(latest_first)]
    parts = clauses + ([_conflict_words(list(opposite), figures)] if opposite else [])
    if support:
        parts.append(f"same side in {len(support)} conflict{'s' if len(support) > 1 else ''}")
    named = all(c.name.startswith("UCDP") for c in between + opposite)
    text = "; ".join(parts) + ("" if named and (between or opposite) else " (UCDP)")
    sentences = []
    if between:
        pair = f"{the(figures.a.name, start=True)} and {the(figures.b.name)}"
        sentences.append(capitalise(join(f"{pair} {c}" if c.startswith("fought") else c for c in clauses)) + ".")
    if opposite:
        sentences.append(f"Both sent troops, to opposite sides, in {len(opposite)} other "
                         f"conflict{'s' if len(opposite) > 1 else ''}: "
                         + join(f"{c.name}, {_span(c)}" for c in opposite[:MAX_CONFLICTS])
                         + "; their forces met there, but UCDP does not count the war as one between them.")
    if support:
        sentences.append(f"One sent troops to fight on the other's side in {len(support)} armed "
                         f"conflict{'s' if len(support) > 1 else ''}.")
    years = sorted({y for c in between for y in c.years})
    war = sorted({y for c in between for y in c.war_years})
    return _line("conflicts", "Conflicts", text, " ".join(sentences), (conflicts.source,),
                 fought=len(conflicts.fought), troops=len(conflicts.troops), opposite_sides=len(opposite),
                 same_side=len(support), years=years or None, war_years=war or None,
                 recent=[c.conflict_id for c in recent] or None)


def _disputes(figures: PairFigures) -> ProfileLine | None:
    disputes = figures.disputes
    if not disputes:
        return None
    open_ = [d for d in disputes if d.status == "open"]
    places = list(dict.fromkeys(p for d in open_ for p in d.places))
    parts = []
    if places:
        parts.append(f"open dispute over {join(places)}")
    elif open_:
        parts.append("open dispute")
    settled = [d for d in disputes if d.status == "settled"]
    if settled:
        years = sorted({d.year for d in settled if d.year})
        parts.append("settled" + (f" in {join(str(y) for y in years)}" if years else ""))
    issues = [d for d in disputes if d.status == "issue"]
    if issues and not open_:
        parts.append("border or security issues")
    none = [d for d in disputes if d.status == "none_identified"]
    if none and len(none) == len(disputes):
        parts.append("none identified in " + join(possessive(figures.names.get(d.entry or "", d.entry or "")) + " entry"
                                                   for d in none))
    elif none:
        parts.append(join(possessive(figures.names.get(d.entry or "", d.entry or "")) for d in none)
                     + f" entr{'ies' if len(none) > 1 else 'y'} identif{'y' if len(none) > 1 else 'ies'} none")
    if not parts:
        return None
    dates = sorted({d.fact.date.value for d in disputes if d.fact.date})
    when = f" (Factbook, {month_words(dates[-1])})" if dates else " (Factbook)"
    text = "; ".join(parts) + when
    sentence = " ".join(d.fact.text for d in disputes[:3])
    return _line("disputes", "Disputes", text, sentence, [d.fact for d in disputes],
                 open=places or (True if open_ else None), settled=len(settled) or None,
                 none_identified=len(none) or None)


# -- trade ---------------------------------------------------------------------------------------


def _trade(figures: PairFigures) -> ProfileLine | None:
    """The amounts of trade the pair's facts record, then each one's share of the other's trade in
    the Factbook's top-five partner lists (or that the lists do not name each other)."""
    trade = figures.trade
    if trade is None:
        return None
    lines = [line for line in (_trade_amounts(figures, trade.amounts), _trade_shares(figures, trade.shares, trade.not_listed))
             if line is not None]
    if not lines:
        return None
    if len(lines) == 1:
        return lines[0]
    amounts, shares = lines
    return _line("trade", "Trade", f"{amounts.text}; {shares.text}", f"{amounts.sentence} {shares.sentence}",
                 amounts.sources + shares.sources, **amounts.values, **shares.values)


def _trade_amounts(figures: PairFigures, amounts: tuple[TradeFigure, ...]) -> ProfileLine | None:
    if not amounts:
        return None
    from ..wording import money

    parts: dict[str, list[str]] = {"exports": [], "imports": []}
    words, values = [], []
    for figure in amounts:
        reporter, partner = figures.names[figure.reporter], figures.names[figure.partner]
        amount = money(figure.amount, figure.currency)
        when = f" in {figure.year}" if figure.year else ""
        arrow = "→" if figure.direction == "exports" else "←"
        parts[figure.direction].append(f"{reporter} {arrow} {partner} {amount}{when}")
        words.append(f"{possessive(reporter)} {figure.direction} {'to' if arrow == '→' else 'from'} "
                     f"{the(partner)} at {amount}{when}")
        values.append({"reporter": figure.reporter, "partner": figure.partner, "direction": figure.direction,
                       "amount": figure.amount, "currency": figure.currency, "year": figure.year})
    undated = any(not f.year for f in amounts)
    text = "; ".join(f"{direction} " + ", ".join(found) for direction, found in parts.items() if found)
    text += " (no year given)" if undated else ""
    sentence = "Recorded trade: " + join(words) + (", without a year." if undated else ".")
    return _line("trade", "Trade", text, sentence, [f.fact for f in amounts], amounts=values)


def _trade_shares(figures: PairFigures, shares: tuple[TradeFigure, ...], not_listed: bool | None) -> ProfileLine | None:
    a, b = figures.a, figures.b
    if not shares:
        if not not_listed:
            return None
        return _line("trade", "Trade", "not in each other's top-five export or import partner lists",
                     f"The World Factbook's top-five export and import partner lists of {the(a.name)} and "
                     f"{the(b.name)} do not name each other.", (FACTBOOK,), top_five=False)
    parts, sentences, values = [], [], []
    years = sorted({str(f.year) for f in shares if f.year})
    for reporter_code in dict.fromkeys(f.reporter for f in shares):
        own = [f for f in shares if f.reporter == reporter_code]
        reporter, partner = figures.names[reporter_code], figures.names[own[0].partner]
        pieces = [f"{_pct(f.share_pct)}% of {'its' if n else possessive(reporter)} {f.direction}" for n, f in enumerate(own)]
        parts.append(f"{partner}: {join(pieces)}")
        words = [f"{'took' if f.direction == 'exports' else 'supplied'} {_pct(f.share_pct)}% of "
                 f"{'its' if n else possessive(reporter)} {f.direction}" for n, f in enumerate(own)]
        sentences.append(f"{the(partner, start=True)} {join(words)}" + (f" in {own[0].year}." if own[0].year else "."))
        values += [{"reporter": f.reporter, "partner": f.partner, "direction": f.direction,
                    "share_pct": f.share_pct, "year": f.year} for f in own]
    if years:
        parts[-1] += f" ({join(years)})"
    return _line("trade", "Trade", "; ".join(parts), " ".join(sentences), [f.fact for f in shares], shares=values)


def _pct(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


# -- ties, blocs, events -------------------------------------------------------------------------


def _ties(figures: PairFigures) -> ProfileLine | None:
    if not figures.ties:
        return None
    parts, sentences = [], []
    noted = [e for tie in figures.ties for e in tie.fact.errata]
    for tie in figures.ties:
        flag = " (flagged as a source error)" if tie.fact.errata else ""
        if tie.kind == "colony":
            parts.append(f"{figures.names[tie.colony or '']}: former colony of {the(figures.names[tie.coloniser or ''])}{flag}")
        elif tie.kind == "common_coloniser":
            by = [the(figures.names[c]) for c in tie.colonisers]
            parts.append(f"both colonies of {join(by)} after 1945" if by else "same coloniser after 1945")
        else:
            parts.append("were or are parts of one country")
        sentences.append(tie.fact.text)
    sentences += [e.sentence() for e in noted]
    return _line("ties", "Ties", "; ".join(parts), " ".join(sentences), [t.fact for t in figures.ties],
                 errata=[e.to_dict() for e in noted] or None)


def _blocs(figures: PairFigures) -> ProfileLine | None:
    blocs = figures.blocs
    if blocs is None or not blocs.key:
        return None
    shown = blocs.key[:MAX_BLOCS]
    names = [(m.group.name if m.group.code.startswith("ORG-") else m.group.code) + (" (flagged as a source error)" if m.errata else "")
             for m in shown]
    rest = len(blocs.full) - len(shown)
    text = ", ".join(names) + (f" (and {rest} more)" if rest else "")
    sentence = (f"Both are full members of {join([('the ' + n) if m.group.code.startswith('ORG-') else n for m, n in zip(shown, names)])}"
                + (f", and of {rest} other organisations." if rest else "."))
    noted = [e for m in shown for e in m.errata]
    sentence += "".join(" " + e.sentence() for e in noted)
    return _line("blocs", "Shared blocs", text, sentence, blocs.key_sources, groups=[m.group.code for m in shown],
                 full_memberships=len(blocs.full), errata=[e.to_dict() for e in noted] or None)


def _latest(facts: tuple[Fact, ...]) -> Fact:
    return max(facts, key=lambda f: (f.date.end, f.date.start, f.id))  # type: ignore[union-attr]


def _us_visits(figures: PairFigures) -> ProfileLine | None:
    """Counts of the Office of the Historian's lists of trips and visits, and the latest of each in
    the list, with the list's end: a latest in a list is not the latest in the world."""
    us = figures.us
    if us is None:
        return None
    parts, sentences, used = [], [], []
    for facts, one, many, source in (
            (us.president_trips, "presidential trip", "presidential trips", "ohist-travels"),
            (us.secretary_trips, "trip by a secretary of state", "trips by secretaries of state", "ohist-travels"),
            (us.visits_to_us, "visit to the United States", "visits to the United States", "ohist-visits")):
        if not facts:
            continue
        latest = _latest(facts)
        plural = many if len(facts) > 1 else one
        end = month_words(us.ends.get(source, ""))
        parts.append(f"{len(facts)} {plural}, latest {latest.date.display()} (list to {end})")  # type: ignore[union-attr]
        sentences.append(f"The Office of the Historian lists {len(facts)} {plural}; the latest in its list, which ends in "
                         f"{_month_name(us.ends.get(source, ''))}: {latest.text}")
        used.append(latest)
    if not parts:
        return None
    return _line("us_visits", "US visits", "; ".join(parts), " ".join(sentences), used,
                 president_trips=len(us.president_trips) or None, secretary_trips=len(us.secretary_trips) or None,
                 visits_to_us=len(us.visits_to_us) or None, latest=[f.id for f in used])


def _us_chiefs(figures: PairFigures) -> ProfileLine | None:
    """The first US chief of mission in the Office's list, and the last it records (its list stops
    in 2020-21: the Factbook's chief of mission of 2025 is in the facts below)."""
    us = figures.us
    if us is None or not us.chiefs:
        return None
    first, last = us.chiefs[0], _latest(us.chiefs)

    def who(fact: Fact) -> str:
        v = fact.values
        return f"{v.get('person', '')}, {v.get('title', '')}".strip(", ")

    end = month_words(us.ends.get("ohist-chiefs", ""))
    text = f"{len(us.chiefs)} in the Office's list (to {end}): first {who(first)} ({first.date.display()})"  # type: ignore[union-attr]
    if last is not first:
        text += f"; last listed {who(last)} ({last.date.display()})"  # type: ignore[union-attr]
    sentence = (f"The Office of the Historian lists {len(us.chiefs)} US chiefs of mission, to "
                f"{_month_name(us.ends.get('ohist-chiefs', ''))}. The first: {first.text}"
                + (f" The last it lists: {last.text}" if last is not first else ""))
    return _line("us_ambassadors", "US envoys", text, sentence, [first, last], count=len(us.chiefs),
                 first=first.id, last=last.id)


def _events(figures: PairFigures) -> ProfileLine | None:
    events = figures.events
    if not events:
        return None
    first, latest = events[0], events[-1]

    def words(fact: Fact) -> str:
        return f"{fact.date.display()} {(fact.kind or '').replace('_', ' ')}"  # type: ignore[union-attr]

    if first is latest:
        return _line("events", "Events", f"one dated event: {words(first)}",
                     f"The one dated event recorded: {first.text}", [first], first=first.id)
    return _line("events", "Events", f"first {words(first)}; latest {words(latest)} ({len(events)} dated)",
                 f"The first dated event recorded is from {first.date.display()}: {first.text} "  # type: ignore[union-attr]
                 f"The latest is from {latest.date.display()}: {latest.text}",  # type: ignore[union-attr]
                 [first, latest], first=first.id, latest=latest.id, count=len(events))
