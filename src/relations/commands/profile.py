"""The profile of a pair: what the relationship is, in a few lines, each citing its sources.

Computed from the `PairView` (its facts and their `values`, its series and shared memberships) and
a few look-ups in the store (which sources cover both countries, so that "not recorded" is said
only where a data set would have recorded it). A line is left out when nothing is recorded for it;
missions and visas say "not recorded" where the data set covers both countries, never "none".
Renderers draw the `Profile`; nothing here prints.
"""

from __future__ import annotations

from ..dyadic import conflicts as conflict_rows
from ..dyadic import missions as mission_rows
from ..dyadic import visas as visa_rows
from ..model import KEY_BLOCS, Fact, Profile, ProfileLine, membership_kind, membership_role

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from ..dataset.store import PairView, Store

SPARKS = "▁▂▃▄▅▆▇█"
MAX_BLOCS = 5
MAX_RELATION_CHANGES = 3
RELATION_CHANGES = ("relations_severed", "relations_suspended", "relations_interrupted", "relations_resumed",
                    "relations_ended")
MISSIONS_SOURCE, VISAS_SOURCE, UNVOTES_SOURCE, FACTBOOK = "wikidata-embassies", "passport-index", "unvotes", "factbook"


def sparkline(values: list[float]) -> str:
    """One block character per value from 0 to 1 (the same scale for every pair): ▁ low, █ high."""
    return "".join(SPARKS[min(len(SPARKS) - 1, max(0, int(v * len(SPARKS))))] for v in values)


def _list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def year_ranges(years: list[int]) -> str:
    """[1980, 1981, 1982, 1990] -> '1980–1982 and 1990'."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return _list([f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs])


def _line(key: str, label: str, text: str, sentence: str, facts: list[Fact] | tuple[str, ...], **values: object) -> ProfileLine:
    sources: list[str] = []
    for item in facts:
        for source in (item.sources if isinstance(item, Fact) else (item,)):
            if source not in sources:
                sources.append(source)
    return ProfileLine(key, label, text, sentence, tuple(sources), {k: v for k, v in values.items() if v is not None})


def profile(store: Store, view: PairView) -> Profile:
    """The lines of the pair's profile, in a fixed order; each left out when nothing is recorded."""
    a, b = view.a, view.b
    countries = a.kind == b.kind == "country"
    lines = [
        _relations(store, view, countries),
        _neighbours(view),
        _visas(store, view, countries),
        _un_voting(view),
        _conflicts(view),
        _trade(store, view, countries),
        _ties(store, view),
        _blocs(store, view),
        _events(view),
    ]
    return Profile(tuple(line for line in lines if line is not None))


def _relations(store: Store, view: PairView, countries: bool) -> ProfileLine | None:
    """Diplomatic relations: when established (and the latest break or resumption) where a fact
    says so, then the missions each way."""
    events = _relation_events(view)
    missions = _missions(store, view, countries)
    if events is None:
        return missions
    if missions is None:
        return events
    return _line("relations", "Relations", f"{events.text}; {missions.text}", f"{events.sentence} {missions.sentence}",
                 events.sources + missions.sources, **events.values)


def _relation_events(view: PairView) -> ProfileLine | None:
    dated = sorted((f for f in view.facts if f.date and f.kind in ("relations_established", *RELATION_CHANGES)),
                   key=lambda f: f.date.start)  # type: ignore[union-attr]
    if not dated:
        return None
    established = [f for f in dated if f.kind == "relations_established"]
    # the first establishment, then the latest changes after it (a break, a resumption, a new start)
    first = established[0] if established else None
    later = [f for f in dated if f is not first and (first is None or f.date.start >= first.date.start)]  # type: ignore[union-attr]
    used = ([first] if first else []) + later[-MAX_RELATION_CHANGES:]
    parts = [f"{f.kind.replace('relations_', '')} {f.date.display()}" for f in used]  # type: ignore[union-attr]
    skipped = len(later) - MAX_RELATION_CHANGES
    if skipped > 0:
        at = 1 if first else 0
        parts[at] = f"{skipped} more change{'s' if skipped > 1 else ''}, then {parts[at]}"
    text = "; ".join(parts)
    words = [f"{'were ' if n == 0 else ''}{f.kind.replace('relations_', '')} {_on(f)}" for n, f in enumerate(used)]
    if skipped > 0:
        at = 1 if first else 0
        words[at] = f"after {skipped} more change{'s' if skipped > 1 else ''}, {words[at]}"
    sentence = (f"Diplomatic relations between {mission_rows.the(view.a.name)} and {mission_rows.the(view.b.name)} "
                f"{_list(words)}.")
    return _line("relations", "Relations", text, sentence, used,
                 established=established[0].date.value if established else None)  # type: ignore[union-attr]


def _on(fact: Fact) -> str:
    """'on 1982-02-15', 'in 2002'."""
    date = fact.date
    return f"{'on' if date and date.precision == 'day' else 'in'} {date.display() if date else ''}"


def _mission_words(facts: list[Fact], store: Store) -> tuple[str, str] | None:
    """('high commission in Islamabad' (and how many more), the same for a sentence), or the
    mission elsewhere that covers it."""
    direct = [f for f in facts if "host" not in f.values and f.values.get("type") in mission_rows.TYPES]
    direct.sort(key=lambda f: f.values["type"] not in mission_rows.EMBASSY_LEVEL)
    if direct:
        first = direct[0]
        words = mission_rows.type_words(first.values["type"])
        if first.values.get("city"):
            words += f" in {first.values['city']}"
        if len(direct) > 1:
            more = f"{len(direct) - 1} more mission{'s' if len(direct) > 2 else ''}"
            return (f"{words} (and {more})",
                    f"keeps {mission_rows.TYPES[first.values['type']].split(' ', 1)[0]} {words} and {more}")
        return words, f"keeps {mission_rows.TYPES[first.values['type']].split(' ', 1)[0]} {words}"
    covering = [f for f in facts if "host" in f.values and f.values.get("type") in mission_rows.TYPES]
    if covering:
        first = covering[0]
        where = first.values.get("city") or store.display_name(first.values["host"])
        words = f"covered from its {mission_rows.type_words(first.values['type'])} in {where}"
        return words, f"has no mission recorded there; it is {words}"
    return None


def _missions(store: Store, view: PairView, countries: bool) -> ProfileLine | None:
    recorded = [f for f in view.facts if MISSIONS_SOURCE in f.sources and f.topic == "missions"]
    covered = countries and store.table("missions", "missions") is not None
    if not recorded and not covered:
        return None
    parts, sentences = [], []
    for sender, host in ((view.a, view.b), (view.b, view.a)):
        facts = [f for f in recorded if f.parties[0] == sender.code]
        found = _mission_words(facts, store)
        if found is None:
            parts.append(f"{sender.name}: none recorded in Wikidata (Nov 2022)")
            sentences.append(f"no mission of {mission_rows.the(sender.name)} in {mission_rows.the(host.name)} is recorded")
        else:
            parts.append(f"{sender.name}: {found[0]}")
            sentences.append(f"{mission_rows.the(sender.name)} {found[1]}")
    if all(p.endswith(": none recorded in Wikidata (Nov 2022)") for p in parts):
        parts = ["no mission either way recorded in Wikidata (Nov 2022)"]
    sentence = "; ".join(sentences)
    sentence = sentence[0].upper() + sentence[1:] + " (Wikidata, as of November 2022; the list is incomplete)."
    return _line("relations", "Relations", "; ".join(parts), sentence, (MISSIONS_SOURCE,))


def _neighbours(view: PairView) -> ProfileLine | None:
    border = next((f for f in view.facts if f.id.startswith("factbook.border.") and "length_km" in f.values), None)
    contiguous = next((f for f in view.facts if f.id.startswith("geodist.contiguity.")), None)
    distance = next((f for f in view.facts if f.id.startswith("geodist.distance.")), None)
    km = distance.values.get("distance_km") if distance else None
    capitals = f"capitals {km:,} km apart" if km is not None else ""
    a, b = mission_rows.the(view.a.name, start=True), mission_rows.the(view.b.name)
    if border or contiguous:
        used = [f for f in (border or contiguous, distance) if f is not None]
        length = border.values["length_km"] if border else None
        head = f"land border of {length:,} km" if length is not None else "share a border"
        text = "; ".join(x for x in (head, capitals) if x)
        sentence = f"{a} and {b} are neighbours" + (f", with a land border of {length:,} km" if length is not None else "")
        if km is not None:
            sentence += f"; their capitals are {km:,} km apart"
        return _line("neighbours", "Neighbours", text, sentence + ".", used, border_km=length, distance_km=km)
    if distance is None or km is None:
        return None
    return _line("distance", "Distance", f"not neighbours; {capitals}", f"The capitals of {mission_rows.the(view.a.name)} "
                 f"and {b} are {km:,} km apart.", [distance], distance_km=km)


def _visas(store: Store, view: PairView, countries: bool) -> ProfileLine | None:
    by_way = {f.parties: f for f in view.facts if f.id.startswith("visas.")}
    covered = countries and store.table("visas", "visas") is not None
    if not by_way and not covered:
        return None
    words: list[str] = []
    clauses: list[str] = []
    values: dict[str, object] = {}
    for holder, dest in ((view.a, view.b), (view.b, view.a)):
        fact = by_way.get((holder.code, dest.code))
        if fact is None:
            words.append("not recorded")
            clauses.append(f"no requirement is recorded for holders of {visa_rows.possessive(holder.name)} passport "
                           f"visiting {visa_rows.the(dest.name)}")
            values[f"{holder.code}_to_{dest.code}"] = None
        else:
            requirement = fact.values.get("requirement", "")
            label = visa_rows.REQUIREMENTS.get(requirement, requirement)
            if fact.values.get("days"):
                label += f" ({fact.values['days']} days)"
            words.append(label)
            clauses.append(f"holders of {visa_rows.possessive(holder.name)} passport {_visa_clause(fact, dest.name)}")
            values[f"{holder.code}_to_{dest.code}"] = requirement
    if words[0] == words[1]:
        text = f"{words[0]} each way"
    else:
        text = f"{view.a.name} → {view.b.name}: {words[0]}; {view.b.name} → {view.a.name}: {words[1]}"
    sentence = "; ".join(clauses) + " (Passport Index, January 2025)."
    sentence = sentence[0].upper() + sentence[1:]
    return _line("visas", "Visas", text, sentence, (VISAS_SOURCE,), **values)


def _visa_clause(fact: Fact, dest: str) -> str:
    where = visa_rows.the(dest)
    requirement, days = fact.values.get("requirement"), fact.values.get("days")
    return {
        "visa_free": f"may visit {where} without a visa" + (f" for up to {days} days" if days else ""),
        "visa_on_arrival": f"can get a visa on arrival in {where}",
        "eta": f"need an electronic travel authorisation to visit {where}",
        "e_visa": f"need an e-visa to visit {where}",
        "visa_required": f"need a visa to visit {where}",
        "no_admission": f"are not admitted to {where}",
    }.get(str(requirement), f"are recorded as {requirement} for {where}")


def _un_voting(view: PairView) -> ProfileLine | None:
    votes = [f for f in view.facts if f.id.startswith("unvotes.agreement") and "share_pct" in f.values]
    if not votes:
        return None
    latest = max(votes, key=lambda f: (f.date.start if f.date else "", f.id))  # the 2010s, else the whole span
    decades = next((s for s in view.series if s.id.startswith("unvotes.agreement-decade.")), None)
    period = latest.date.display() if latest.date else ""
    text = f"same vote on {latest.values['share_pct']}% of {latest.values.get('common', 0):,} roll calls, {period}"
    sentence = (f"In {period}, {mission_rows.the(view.a.name)} and {mission_rows.the(view.b.name)} voted the same way "
                f"on {latest.values['share_pct']}% of the {latest.values.get('common', 0):,} UN General Assembly "
                f"roll calls on which both voted")
    used: list[Fact] = [latest]
    trend = None
    if decades and len([p for p in decades.points if p["period"][-4:] <= (latest.date.end[:4] if latest.date else "9999")]) > 1:
        end = latest.date.end[:4] if latest.date else "9999"
        points = [p for p in decades.points if p["period"][-4:] <= end]
        first, last = points[0]["period"][:4], points[-1]["period"][:4]
        trend = [{"decade": p["period"], "share_pct": round(p["value"] * 100)} for p in points]
        text += (f"; by decade {sparkline([p['value'] for p in points])} ({first}s {trend[0]['share_pct']}%, "
                 f"{last}s {trend[-1]['share_pct']}%)")
        sentence += (f"; by decade it went from {trend[0]['share_pct']}% in the {first}s to "
                     f"{trend[-1]['share_pct']}% in the {last}s")
    return _line("un_voting", "UN votes", text, sentence + ".", used, share_pct=latest.values["share_pct"],
                 common=latest.values.get("common"), period=latest.date.value if latest.date else None, by_decade=trend)


def _conflicts(view: PairView) -> ProfileLine | None:
    rows = [f for f in view.facts if f.id.startswith("conflicts.") and "years" in f.values]
    opposed = [f for f in rows if f.values.get("relation") == "opposed"]
    allied = [f for f in rows if f.values.get("relation") == "support"]
    if not rows:
        return None
    parts, sentences = [], []
    if opposed:
        years = sorted({y for f in opposed for y in conflict_rows.parse_years(str(f.values["years"]))})
        war = sorted({y for f in opposed for y in conflict_rows.parse_years(str(f.values.get("war_years") or ""))})
        count = f"{len(opposed)} armed conflict{'s' if len(opposed) > 1 else ''} between them"
        span = f"{len(years)} years from {years[0]} to {years[-1]}" if len(years) > 1 else str(years[0])
        war_words = f"war in {year_ranges(war)}" if war else "never at war intensity"
        parts.append(f"{count}, active in {span}; {war_words}")
        sentences.append(f"UCDP records {len(opposed) if len(opposed) > 1 else 'one'} armed conflict{'s' if len(opposed) > 1 else ''} between "
                         f"{mission_rows.the(view.a.name)} and {mission_rows.the(view.b.name)}, "
                         f"active in {span}, reaching war intensity "
                         + (f"in {year_ranges(war)}." if war else "in none of them."))
    if allied:
        parts.append(f"same side in {len(allied)} conflict{'s' if len(allied) > 1 else ''}")
        sentences.append(f"One sent troops to fight on the other's side in {len(allied)} armed "
                         f"conflict{'s' if len(allied) > 1 else ''} (UCDP).")
    years = sorted({y for f in opposed for y in conflict_rows.parse_years(str(f.values["years"]))})
    war = sorted({y for f in opposed for y in conflict_rows.parse_years(str(f.values.get("war_years") or ""))})
    return _line("conflicts", "Conflicts", "; ".join(parts), " ".join(sentences), opposed + allied,
                 opposed=len(opposed), same_side=len(allied), years=years or None, war_years=war or None)


def _trade(store: Store, view: PairView, countries: bool) -> ProfileLine | None:
    """Each one's share of the other's trade in the Factbook's top-five partner lists (or that the
    lists do not name each other), after the amounts of trade that facts of the pair record."""
    amounts = _trade_amounts(store, view)
    shares = _trade_shares(store, view, countries)
    if amounts is None:
        return shares
    if shares is None:
        return amounts
    return _line("trade", "Trade", f"{amounts.text}; {shares.text}", f"{amounts.sentence} {shares.sentence}",
                 amounts.sources + shares.sources, **amounts.values, **shares.values)


def _trade_amounts(store: Store, view: PairView) -> ProfileLine | None:
    """The value of one's exports to (or imports from) the other, where a fact records it."""
    facts = [f for f in view.facts if f.topic == "trade" and isinstance(f.values.get("amount"), (int, float))
             and f.values.get("direction") in ("exports", "imports")
             and {f.values.get("reporter"), f.values.get("partner")} == {view.a.code, view.b.code}]
    if not facts:
        return None
    from ..wording import money  # few pairs have recorded amounts

    facts.sort(key=lambda f: (f.values["reporter"] != view.a.code, f.values["direction"], f.id))
    parts: dict[str, list[str]] = {"exports": [], "imports": []}
    words, figures = [], []
    for fact in facts:
        v = fact.values
        reporter, partner = store.display_name(v["reporter"]), store.display_name(v["partner"])
        amount = money(v["amount"], v.get("currency"))
        when = f" in {v['year']}" if v.get("year") else ""
        arrow = "→" if v["direction"] == "exports" else "←"
        parts[v["direction"]].append(f"{reporter} {arrow} {partner} {amount}{when}")
        words.append(f"{mission_rows.possessive(reporter)} {v['direction']} {'to' if arrow == '→' else 'from'} "
                     f"{mission_rows.the(partner)} at {amount}{when}")
        figures.append({"reporter": v["reporter"], "partner": v["partner"], "direction": v["direction"],
                        "amount": v["amount"], "currency": v.get("currency"), "year": v.get("year")})
    undated = any(not f.values.get("year") for f in facts)
    text = "; ".join(f"{direction} " + ", ".join(found) for direction, found in parts.items() if found)
    text += " (no year given)" if undated else ""
    sentence = "Recorded trade: " + _list(words) + (", without a year." if undated else ".")
    return _line("trade", "Trade", text, sentence, facts, amounts=figures)


def _trade_shares(store: Store, view: PairView, countries: bool) -> ProfileLine | None:
    shares = [f for f in view.facts if f.topic == "trade" and FACTBOOK in f.sources and "share_pct" in f.values
              and f.values.get("direction") in ("exports", "imports")]
    a, b = view.a, view.b
    if not shares:
        lists = [f"factbook.{d}.{c.lower()}." for d in ("exports", "imports") for c in (a.code, b.code)]
        if not countries or not all(store.have_facts_starting(lists)):
            return None
        return _line("trade", "Trade", "not in each other's top-five export or import partner lists",
                     f"The World Factbook's top-five export and import partner lists of {mission_rows.the(a.name)} and "
                     f"{mission_rows.the(b.name)} do not name each other.", (FACTBOOK,), top_five=False)
    parts, sentences, figures = [], [], []
    shares.sort(key=lambda f: (f.values.get("reporter") != a.code, f.values["direction"]))
    years = sorted({str(f.values["year"]) for f in shares if f.values.get("year")})
    for reporter_code in dict.fromkeys(f.values["reporter"] for f in shares):
        own = [f for f in shares if f.values["reporter"] == reporter_code]
        reporter = store.display_name(reporter_code)
        partner = store.display_name(own[0].values["partner"])
        pieces = [f"{f.values['share_pct']}% of {'its' if n else mission_rows.possessive(reporter)} {f.values['direction']}"
                  for n, f in enumerate(own)]
        parts.append(f"{partner}: {_list(pieces)}")
        words = [f"{'took' if f.values['direction'] == 'exports' else 'supplied'} {f.values['share_pct']}% of "
                 f"{'its' if n else mission_rows.possessive(reporter)} {f.values['direction']}" for n, f in enumerate(own)]
        sentences.append(f"{mission_rows.the(partner, start=True)} {_list(words)}"
                         + (f" in {own[0].values['year']}." if own[0].values.get("year") else "."))
        figures += [{"reporter": f.values["reporter"], "partner": f.values["partner"], "direction": f.values["direction"],
                     "share_pct": f.values["share_pct"], "year": f.values.get("year")} for f in own]
    if years:
        parts[-1] += f" ({_list(years)})"
    return _line("trade", "Trade", "; ".join(parts), " ".join(sentences), shares, shares=figures)


def _ties(store: Store, view: PairView) -> ProfileLine | None:
    facts = [f for f in view.facts if f.id.startswith(("geodist.colony.", "geodist.common-coloniser.", "geodist.same-country."))]
    if not facts:
        return None
    parts, sentences = [], []
    for fact in facts:
        v = fact.values
        if fact.id.startswith("geodist.colony."):
            colony, coloniser = store.display_name(v["colony"]), store.display_name(v["coloniser"])
            parts.append(f"{colony}: former colony of {mission_rows.the(coloniser)}")
        elif fact.id.startswith("geodist.common-coloniser."):
            by = [mission_rows.the(store.display_name(c)) for c in v.get("colonisers", [])]
            parts.append(f"both colonies of {_list(by)} after 1945" if by else "same coloniser after 1945")
        else:
            parts.append("were or are parts of one country")
        sentences.append(fact.text)
    return _line("ties", "Ties", "; ".join(parts), " ".join(sentences), facts)


def _blocs(store: Store, view: PairView) -> ProfileLine | None:
    full = {m.group.code: m for m in view.shared_memberships
            if membership_role(m.status_a, m.status_b) == "member" and membership_kind(m.group.code) == "organisation"}
    key = [full[code] for code in KEY_BLOCS if code in full]
    if not key:
        return None
    shown = key[:MAX_BLOCS]
    names = [m.group.name if m.group.code.startswith("ORG-") else m.group.code for m in shown]
    rest = len(full) - len(shown)
    text = ", ".join(names) + (f" (and {rest} more)" if rest else "")
    sentence = (f"Both are full members of {_list([('the ' + n) if m.group.code.startswith('ORG-') else n for m, n in zip(shown, names)])}"
                + (f", and of {rest} other organisations." if rest else "."))
    sources = store.membership_sources([view.a.code, view.b.code], [m.group.code for m in shown])
    return _line("blocs", "Shared blocs", text, sentence, tuple(sources), groups=[m.group.code for m in shown],
                 full_memberships=len(full))


def _events(view: PairView) -> ProfileLine | None:
    events = sorted((f for f in view.facts if f.kind and f.date), key=lambda f: (f.date.start, f.id))  # type: ignore[union-attr]
    if not events:
        return None
    first, latest = events[0], events[-1]

    def words(fact: Fact) -> str:
        return f"{fact.date.display()} {fact.kind.replace('_', ' ')}"  # type: ignore[union-attr]

    if first is latest:
        return _line("events", "Events", f"one dated event: {words(first)}",
                     f"The one dated event recorded: {first.text}", [first], first=first.id)
    return _line("events", "Events", f"first {words(first)}; latest {words(latest)} ({len(events)} dated)",
                 f"The first dated event recorded is from {first.date.display()}: {first.text} "  # type: ignore[union-attr]
                 f"The latest is from {latest.date.display()}: {latest.text}",  # type: ignore[union-attr]
                 [first, latest], first=first.id, latest=latest.id, count=len(events))
