"""`summary`: one party at a glance (partners, neighbours, trade, memberships, and rankings from
the country-pair data sets), or one pair (counts, first and latest facts, key figures, a paragraph
made from figures)."""

from __future__ import annotations

from collections import Counter

from ..dataset.figures import TradeFigure, trade_figure
from ..dataset.store import SharedMembership, Store
from ..model import Fact, Party, Source
from ..records import factory, record
from ..wording import format_number, join, money, possessive
from .gather import DATA_SET, facts_of, group_members, number, topic_counts

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

    from ..dataset.store import PairView

LATEST_COUNT = 5
SHARED_NAMED = 4  # past this many shared groups, the paragraph gives only their number
ESTABLISHING_KINDS = ("relations_established",)


@record
class PartnerCount:
    party: Party
    fact_count: int


@record
class Neighbour:
    party: Party
    length_km: float | None
    fact: Fact


@record
class TradePartner:
    """A partner in one direction of a party's trade, with the figures recorded for it."""

    party: Party
    share_pct: float | None  # the partner's share of the party's own flow, as the party reports it
    amount: float | None
    currency: str | None
    year: int | None
    facts: tuple[Fact, ...]
    # When the party reports no share for this partner: the partner's own share the other way
    # ("12% of Algeria's imports" for France's exports to Algeria), as the partner reports it.
    their_share_pct: float | None = None
    their_flow: str | None = None
    their_year: int | None = None


@record
class GroupStatus:
    group: Party
    status: str


@record
class SourceUse:
    source: Source
    fact_count: int


@record
class VotingPartner:
    party: Party
    agreement: float  # same / common in the period, 0-1
    share_pct: int
    common: int
    opposite: int
    fact: str


@record
class AlignedPartner:
    party: Party
    distance: float  # between the two ideal points that year (lower is closer)
    votes: int  # the votes the partner's point rests on


@record
class AlignmentPartners:
    """The states whose UN General Assembly ideal points were closest to and most distant from a
    party's in `year`, the latest year with enough votes behind its point."""

    year: int
    measure: str
    votes: int  # the votes the party's own point rests on
    pool: int  # the states with a point resting on enough votes that year
    closest: tuple[AlignedPartner, ...]
    most_distant: tuple[AlignedPartner, ...]
    source: Source


@record
class VotingPartners:
    """The states that voted most and least like a party at the UN in `period`."""

    period: str  # "2010/2019"
    min_common: int  # partners with fewer common roll calls are left out
    closest: tuple[VotingPartner, ...]
    most_distant: tuple[VotingPartner, ...]
    source: Source


@record
class NearCapital:
    party: Party
    capital: str | None
    km: int
    fact: str


@record
class NearestCapitals:
    capital: str | None  # the party's own capital, as the source names it
    nearest: tuple[NearCapital, ...]
    date: str  # the data's date ("2004/2011")
    source: Source


@record
class PassportReach:
    """How far a party's passport reaches without a visa, and how many passports enter it so."""

    destinations_without_visa: int
    destinations: int
    passports_without_visa: int
    passports: int
    as_of: str  # "2025-01-12"
    source: Source


@record
class MissionNetwork:
    missions_abroad: int
    embassies_abroad: int
    countries_with_mission: int
    missions_hosted: int
    embassies_hosted: int
    countries_hosted: int
    countries_accredited_only: int
    as_of: str  # "2022-11"
    source: Source


@record
class ConflictOpponent:
    party: Party
    conflicts: int
    first_year: int | None
    last_year: int | None
    war_years: tuple[int, ...]


@record
class PartyConflicts:
    """Armed conflicts with other states on the opposite side (UCDP), 0 when none is recorded."""

    count: int
    first_year: int | None
    last_year: int | None
    war_years: tuple[int, ...]
    support: int
    opponents: tuple[ConflictOpponent, ...]  # most conflicts first, then earliest
    period: str  # the years the data set covers ("1946/2024")
    source: Source


@record
class PartySummary:
    party: Party
    fact_count: int
    facts_by_topic: tuple[tuple[str, int], ...]
    partners: tuple[PartnerCount, ...]  # every partner, most facts first
    neighbours: tuple[Neighbour, ...]
    exports: tuple[TradePartner, ...]  # largest first
    imports: tuple[TradePartner, ...]
    memberships: tuple[GroupStatus, ...]
    members: tuple[Party, ...]  # for a group: its members
    latest: tuple[Fact, ...]  # the latest dated facts, latest first
    sources: tuple[SourceUse, ...]  # the sources of its facts, then the data sets of the sections below
    names: dict[str, str] = factory(dict)  # code -> short name of the latest facts' parties (text forms)
    # From the country-pair data sets; None when the data set is not shipped or says nothing of the party.
    un_partners: VotingPartners | None = None
    nearest_capitals: NearestCapitals | None = None
    passport: PassportReach | None = None
    mission_network: MissionNetwork | None = None
    armed_conflicts: PartyConflicts | None = None
    alignment_partners: AlignmentPartners | None = None


@record
class Sentence:
    """A generated sentence and the facts it rests on."""

    text: str
    facts: tuple[str, ...]


@record
class KeyFigure:
    label: str  # what the figure is, from the fact's values
    value: str  # the figure, formatted
    fact: Fact


@record
class TopicCount:
    topic: str
    fact_count: int
    first: str | None  # the earliest date recorded in this topic, as written
    latest: str | None


@record
class PairSummary:
    a: Party
    b: Party
    fact_count: int
    regional_count: int
    topics: tuple[TopicCount, ...]
    first: Fact | None
    latest: Fact | None
    key_figures: tuple[KeyFigure, ...]
    shared_memberships: tuple[SharedMembership, ...]
    paragraph: tuple[Sentence, ...]
    sources: tuple[Source, ...]



# -- summary of one party -------------------------------------------------------------------------


def party_summary(store: Store, party: Party) -> PartySummary:
    """One party's relations at a glance: partners, neighbours, trade, memberships, latest facts."""
    facts = facts_of(store, party.code)
    partner_counts: Counter[str] = Counter()
    for _, other in facts:
        partner_counts[other] += 1
    partners = tuple(
        PartnerCount(store.party(code), count)
        for code, count in sorted(partner_counts.items(), key=lambda item: (-item[1], item[0]))
    )
    own = [f for f, _ in facts]
    neighbours = tuple(
        sorted(
            (
                Neighbour(store.party(other), number(f.values.get("length_km")), f)
                for f, other in facts
                if f.topic == "border"
            ),
            key=lambda n: n.party.name,
        )
    )
    figures = [t for t in (trade_figure(f) for f in own) if t is not None]
    exports = _trade_partners(store, party.code, [t for t in figures if t.source == party.code], "exports")
    imports = _trade_partners(store, party.code, [t for t in figures if t.destination == party.code], "imports")
    memberships = tuple(GroupStatus(store.party(g), s) for g, s in store.groups_of(party.code))
    members = tuple(store.party(code) for code in group_members(store, party.code))
    dated = sorted((f for f in own if f.date), key=lambda f: (f.date.end, f.date.start, f.id), reverse=True)  # type: ignore[union-attr]
    uses: Counter[str] = Counter(s for f in own for s in f.sources)
    sources = tuple(
        SourceUse(source, uses[source.id])
        for source in sorted(store.sources_by_id(list(uses)), key=lambda s: (-uses[s.id], s.id))
    )
    sections = dataset_sections(store, party)
    section_sources = [x.source for x in sections.values() if x is not None]
    sources += tuple(SourceUse(x, 0) for x in section_sources if x.id not in uses)
    return PartySummary(
        **sections,
        party=party,
        fact_count=len(own),
        facts_by_topic=topic_counts(own, store.topic_order()),
        partners=partners,
        neighbours=neighbours,
        exports=exports,
        imports=imports,
        memberships=memberships,
        members=members,
        latest=tuple(dated[:LATEST_COUNT]),
        sources=sources,
        names=store.short_names(code for f in dated[:LATEST_COUNT] for code in f.parties),
    )


VOTING_PARTNERS = 10
NEAREST_CAPITALS = 10
MIN_COMMON = 50  # fewer common roll calls in the decade than this, and a partner is not ranked


def dataset_sections(store: Store, party: Party) -> dict[str, Any]:
    """The sections of `summary COUNTRY` made from the country-pair data sets (each None when the
    data set is not shipped or has no row of the party; all None for a group). Each scans one
    or two tables for the party's rows."""
    sections: dict[str, Any] = {"un_partners": None, "nearest_capitals": None, "passport": None,
                                "mission_network": None, "armed_conflicts": None, "alignment_partners": None}
    if party.kind == "group":
        return sections
    code = party.code
    table = store.table("unvotes", "agreement")
    if table is not None:
        sections["un_partners"] = _voting_partners(store, code, table.rows_of(code))
    sections["alignment_partners"] = _alignment_partners(store, code)
    table = store.table("geodist", "pairs")
    if table is not None:
        sections["nearest_capitals"] = _nearest_capitals(store, code, table.rows_of(code))
    table = store.table("visas", "visas")
    if table is not None:
        from ..dyadic import visas

        c = visas.counts(code, table.rows_of(code))
        if c["destinations"] or c["passports"]:
            sections["passport"] = PassportReach(**c, as_of=visas.AS_OF, source=_source(store, visas.SOURCE_IDS[0]))
    table = store.table("missions", "missions")
    if table is not None and party.kind == "country":
        from ..dyadic import missions

        accredited = store.table("missions", "accreditations")
        n = missions.network(code, table.rows_of(code), accredited.rows_of(code) if accredited is not None else ())
        sections["mission_network"] = MissionNetwork(**n, as_of=missions.AS_OF, source=_source(store, missions.SOURCE_IDS[0]))
    table = store.table("conflicts", "conflicts")
    if table is not None:
        sections["armed_conflicts"] = _party_conflicts(store, code, table.rows_of(code), party.kind == "country")
    return sections


def _alignment_partners(store: Store, code: str) -> AlignmentPartners | None:
    """Closest and most distant by ideal-point distance, read as `partners --by alignment` reads them."""
    from ..dataset import partners as reading
    from ..dyadic import alignment

    found = reading.alignment(store, code)
    if found is None:
        return None

    def pick(items: list[dict[str, Any]]) -> tuple[AlignedPartner, ...]:
        out = []
        for item in items:
            try:
                out.append(AlignedPartner(store.party(item["party"]), item["distance"], item["votes"]))
            except LookupError:
                continue
            if len(out) == VOTING_PARTNERS:
                break
        return tuple(out)

    return AlignmentPartners(found["year"], found["measure"], found["votes"], found["pool"], pick(found["closest"]),
                             pick(found["most_distant"]), _source(store, alignment.SOURCE_ID))


def _source(store: Store, source_id: str) -> Source:
    found = store.sources_by_id([source_id])
    return found[0] if found else Source(id=source_id, title=source_id, kind=DATA_SET)


def _voting_partners(store: Store, code: str, rows: list[dict[str, str]]) -> VotingPartners | None:
    from ..dyadic import unvotes

    closest, distant = unvotes.partners(rows, code, VOTING_PARTNERS, MIN_COMMON)
    if not closest:
        return None
    lo, hi = unvotes.LATEST

    def partner(item: dict[str, Any]) -> VotingPartner:
        a, b = sorted((code, item["party"]))
        # agreement is same / common rounded to 4 decimals: with fewer than 10,000 common roll
        # calls, same is that times common, rounded (exact, and no need to re-read the years).
        same = round(item["agreement"] * item["common"])
        return VotingPartner(store.party(item["party"]), item["agreement"], unvotes.percent(same, item["common"]),
                             item["common"], item["opposite"], f"unvotes.agreement-{lo}s.{a.lower()}-{b.lower()}")

    return VotingPartners(f"{lo}/{hi}", MIN_COMMON, tuple(partner(p) for p in closest), tuple(partner(p) for p in distant),
                          _source(store, unvotes.SOURCE_IDS[0]))


def _nearest_capitals(store: Store, code: str, rows: list[dict[str, str]]) -> NearestCapitals | None:
    from ..dyadic import geodist

    measured = sorted((geodist.distance_km(r), r["b"] if r["a"] == code else r["a"], r) for r in rows if geodist.distance_km(r) is not None)
    nearest = []
    own = None
    for km, other, row in measured:
        own = own or (row.get("cap_a") if row["a"] == code else row.get("cap_b")) or None
        if len(nearest) < NEAREST_CAPITALS:
            try:
                party = store.party(other)
            except LookupError:
                continue
            capital = (row.get("cap_b") if row["a"] == code else row.get("cap_a")) or None
            nearest.append(NearCapital(party, capital, km, f"geodist.distance.{row['a'].lower()}-{row['b'].lower()}"))
    if not nearest:
        return None
    return NearestCapitals(own, tuple(nearest), geodist.DATE, _source(store, geodist.SOURCE_ID))


def _party_conflicts(store: Store, code: str, rows: list[dict[str, str]], country: bool) -> PartyConflicts | None:
    import re

    from ..dyadic import conflicts

    if not rows and not country:
        return None
    whole = conflicts.conflict_summary(rows, code)
    by_other: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        if row.get("rel") != "support":
            by_other.setdefault(row["b"] if row["a"] == code else row["a"], []).append(row)
    opponents = []
    for other, items in by_other.items():
        try:
            party = store.party(other)
        except LookupError:
            continue
        one = conflicts.conflict_summary(items)
        opponents.append(ConflictOpponent(party, one["conflicts"], one["first_year"], one["last_year"], tuple(one["war_years"])))
    opponents.sort(key=lambda o: (-o.conflicts, o.first_year or 0, o.party.name))
    span = re.search(r"(\d{4})–(\d{4})", conflicts.DATASET)
    period = f"{span.group(1)}/{span.group(2)}" if span else ""
    return PartyConflicts(whole["conflicts"], whole["first_year"], whole["last_year"], tuple(whole["war_years"]),
                          whole["support"], tuple(opponents), period, _source(store, conflicts.SOURCE_IDS[0]))


def _trade_partners(store: Store, code: str, figures: list[TradeFigure], direction: str) -> tuple[TradePartner, ...]:
    by_partner: dict[str, list[TradeFigure]] = {}
    for figure in figures:
        other = figure.destination if figure.source == code else figure.source
        by_partner.setdefault(other, []).append(figure)
    rows = []
    for other, items in by_partner.items():
        # A share is only comparable across partners when it is of the party's own flow.
        shares = [t for t in items if t.reporter == code and t.share_pct is not None]
        amounts = [t for t in items if t.amount is not None]
        best_share = max(shares, key=lambda t: (t.year or 0, t.share_pct or 0)) if shares else None
        best_amount = max(amounts, key=lambda t: (t.year or 0, t.amount or 0)) if amounts else None
        year = best_share.year if best_share else (best_amount.year if best_amount else None)
        theirs = [t for t in items if t.reporter == other and t.share_pct is not None]
        their_best = max(theirs, key=lambda t: (t.year or 0, t.share_pct or 0)) if theirs and not shares else None
        rows.append(
            TradePartner(
                party=store.party(other),
                share_pct=best_share.share_pct if best_share else None,
                amount=best_amount.amount if best_amount else None,
                currency=best_amount.currency if best_amount else None,
                year=year,
                facts=tuple(t.fact for t in items),
                their_share_pct=their_best.share_pct if their_best else None,
                their_flow=their_best.direction if their_best else None,
                their_year=their_best.year if their_best else None,
            )
        )
    rows.sort(key=lambda r: (-(r.share_pct or 0), -(r.amount or 0), r.party.name))
    return tuple(rows)


# -- summary of a pair ----------------------------------------------------------------------------


def pair_summary(store: Store, a: Party, b: Party) -> PairSummary:
    """One pair at a glance: counts by topic, first and latest dated facts, key figures, and a
    paragraph generated only from the facts' structured data."""
    view = store.pair(a, b)
    facts = view.facts
    order = store.topic_order()
    topics = []
    for topic, count in topic_counts(facts, order):
        dated = [f.date for f in facts if f.topic == topic and f.date]
        first = min(dated, key=lambda d: (d.start, d.end)).display() if dated else None
        latest = max(dated, key=lambda d: (d.end, d.start)).display() if dated else None
        topics.append(TopicCount(topic, count, first, latest))
    # First and latest events: a data set's state of the world (a visa rule as of 2025, voting
    # agreement over a decade) is not an event of the pair's history.
    data_sets = {s.id for s in view.sources if s.kind == DATA_SET}
    dated_facts = [f for f in facts if f.date and not set(f.sources) <= data_sets]
    first_fact = min(dated_facts, key=lambda f: (f.date.start, f.date.end, f.id)) if dated_facts else None  # type: ignore[union-attr]
    latest_fact = max(dated_facts, key=lambda f: (f.date.end, f.date.start, f.id)) if dated_facts else None  # type: ignore[union-attr]
    figures = tuple(key_figures(view, facts))
    summary = PairSummary(
        a=a,
        b=b,
        fact_count=len(facts),
        regional_count=len(view.regional),
        topics=tuple(topics),
        first=first_fact,
        latest=latest_fact,
        key_figures=figures,
        shared_memberships=tuple(view.shared_memberships),
        paragraph=(),
        sources=tuple(view.sources),
    )
    return PairSummary(**{**summary.__dict__, "paragraph": tuple(pair_paragraph(view, summary, facts))})


def key_figures(view: PairView, facts: list[Fact]) -> list[KeyFigure]:
    """The pair's main numbers: its figures (relations.dataset.figures) first, each once, then any
    other number a curated or user fact records."""
    found: list[KeyFigure] = []
    by_id = {f.id: f for f in facts}
    figures = view.figures
    used: set[str] = set()

    def add(label: str, value: str, fact_id: str | None) -> None:
        fact = by_id.get(fact_id or "")
        if fact is not None and fact_id not in used:
            used.add(fact_id)  # type: ignore[arg-type]
            found.append(KeyFigure(label, value, fact))

    if figures is not None:
        names = figures.names
        distance = figures.distance
        if distance is not None:
            if distance.border_km is not None:
                add("Land border", f"{format_number(distance.border_km)} km", distance.facts[0])
            if distance.km is not None:
                add("Distance between capitals", f"{distance.km:,} km", distance.distance_fact)
        votes = figures.votes
        if votes is not None:
            count = votes.latest or votes.whole
            fact_id = votes.latest_fact if votes.latest is not None else votes.whole_fact
            first, _, last = count.period.partition("/")
            add(f"UN votes, same vote, {first}–{last}" if last else f"UN votes, same vote, {first}",
                f"{count.share_pct}% of {count.common:,} roll calls", fact_id)
        if figures.visas is not None:
            for rule in (figures.visas.a_to_b, figures.visas.b_to_a):
                if rule is not None:
                    add(f"Visa, {names[rule.passport]} passport → {names[rule.destination]}",
                        visa_label(rule.requirement, rule.days), rule.fact)
        if figures.trade is not None:
            for figure in figures.trade.shares + figures.trade.amounts:
                src, dst, rep = names[figure.source], names[figure.destination], names[figure.reporter]
                label = f"{src} → {dst} trade" + (f", {figure.year}" if figure.year else "")
                if figure.share_pct is not None:
                    value = f"{format_number(figure.share_pct)}% of {possessive(rep)} {figure.direction}"
                else:
                    value = money(figure.amount, figure.currency) + f" ({possessive(rep)} {figure.direction})"
                add(label, value, figure.fact.id)
    data_sets = {s.id for s in view.sources if s.kind == DATA_SET}
    for fact in facts:
        if fact.id in used or set(fact.sources) <= data_sets or fact.topic in ("trade", "border"):
            continue
        v = fact.values
        topic = fact.topic.replace("_", " ")
        if number(v.get("amount")) is not None:
            year = f", {v['year']}" if v.get("year") else ""
            found.append(KeyFigure(f"Amount ({topic}{year})", money(number(v["amount"]), v.get("currency")), fact))
        elif number(v.get("share_pct")) is not None:
            of = f" of {v['share_of']}" if v.get("share_of") else ""
            found.append(KeyFigure(f"Share ({topic})", f"{format_number(number(v['share_pct']))}%{of}", fact))
        elif number(v.get("count")) is not None:
            unit = f" {v['unit']}" if v.get("unit") else ""
            found.append(KeyFigure(f"Count ({topic})", f"{format_number(number(v['count']))}{unit}", fact))
    return found


def visa_label(requirement: str, days: int | None) -> str:
    from ..dyadic.visas import REQUIREMENTS

    return REQUIREMENTS.get(requirement, requirement) + (f" ({days} days)" if days else "")


def pair_paragraph(view: PairView, summary: PairSummary, facts: list[Fact]) -> list[Sentence]:
    """Sentences made only from counts, dates, kinds and the pair's figures; each names its facts."""
    a, b = summary.a.name, summary.b.name
    sentences: list[Sentence] = []
    if not facts:
        return [Sentence(f"No facts are recorded for {a} and {b}.", ())]
    topics = ", ".join(f"{t.fact_count} {t.topic.replace('_', ' ')}" for t in summary.topics)
    sentences.append(
        Sentence(
            f"{len(facts)} {'fact is' if len(facts) == 1 else 'facts are'} recorded for {a} and {b} "
            f"({topics}), from {len(summary.sources)} {'source' if len(summary.sources) == 1 else 'sources'}.",
            tuple(f.id for f in facts),
        )
    )
    figures = view.figures
    established = [e for e in (figures.relation_events if figures else ()) if e.kind in ESTABLISHING_KINDS]
    if established:
        first = established[0]
        on = "on" if first.date.precision == "day" else "in"
        sentences.append(Sentence(f"Relations were established {on} {first.date.display()}.", (first.fact.id,)))
    if summary.first is not None and summary.latest is not None and summary.first.id != summary.latest.id:
        sentences.append(
            Sentence(
                f"The dated facts run from {summary.first.date.display()} to {summary.latest.date.display()}.",  # type: ignore[union-attr]
                (summary.first.id, summary.latest.id),
            )
        )
    if figures is None:
        return sentences
    distance = figures.distance
    if distance is not None and distance.border_km is not None:
        sentences.append(Sentence(f"They share a land border of {format_number(distance.border_km)} km.",
                                  (distance.facts[0],)))
    names = figures.names
    for figure in (figures.trade.shares + figures.trade.amounts if figures.trade else ()):
        src, dst, rep = names[figure.source], names[figure.destination], names[figure.reporter]
        year = f" in {figure.year}" if figure.year else ""
        if figure.share_pct is not None:
            pct = format_number(figure.share_pct)
            text = (f"{dst} received {pct}% of {possessive(src)} exports{year}." if figure.direction == "exports"
                    else f"{src} supplied {pct}% of {possessive(dst)} imports{year}.")
            sentences.append(Sentence(text, (figure.fact.id,)))
        else:
            sentences.append(
                Sentence(f"{rep} recorded {figure.direction} of {money(figure.amount, figure.currency)} "
                         f"{'to' if figure.direction == 'exports' else 'from'} "
                         f"{dst if figure.direction == 'exports' else src}{year}.", (figure.fact.id,))
            )
    blocs = figures.blocs
    if blocs is not None and blocs.full:
        both = [m.group.name for m in blocs.full]
        named = f": {join(both)}" if len(both) <= SHARED_NAMED else ""
        sentences.append(Sentence(f"Both are full members of {len(both)} of the same organisations{named}.", ()))
    return sentences


def summary(store: Store, first: str, second: str | None = None) -> PartySummary | PairSummary:
    """`summary A`: one party at a glance; `summary A B`: an overview of the pair."""
    party = store.resolve(first)
    if second is None:
        return party_summary(store, party)
    return pair_summary(store, party, store.resolve(second))

