"""`compare`, `summary` and `timeline`: views over many facts at once.

Each function takes a `Store` and returns frozen values; nothing here knows the terminal. The
renderers in relations.render turn them into output; this layer never imports them.
"""

from __future__ import annotations

import json
from collections import Counter

from ..dataset.store import SharedMembership, Store
from ..errors import SameParty, UsageError
from ..model import COMPARE_DATASET_ASPECTS, Fact, Party, Series, Source
from ..records import factory, record
from ..wording import format_number, money

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any


ESTABLISHING_KINDS = ("relations_established",)
TREATY_KINDS = ("treaty", "agreement")
LATEST_COUNT = 5
DATA_SET = "data set"  # the `kind` of a source that is a table of country pairs
SHARED_NAMED = 4  # past this many shared groups, the paragraph gives only their number


@record
class TradeFigure:
    """A trade fact's structured figure, read as a flow from `source` to `destination`."""

    fact: Fact
    reporter: str
    partner: str
    direction: str  # exports | imports, seen from reporter
    share_pct: float | None
    amount: float | None
    currency: str | None
    year: int | None
    rank: int | None

    @property
    def source(self) -> str:
        return self.reporter if self.direction == "exports" else self.partner

    @property
    def destination(self) -> str:
        return self.partner if self.direction == "exports" else self.reporter


@record
class VotingAgreement:
    """UN General Assembly voting agreement of a pair in one period (the latest full decade)."""

    period: str  # "2010/2019"
    agreement: float | None  # same / common, 0-1
    share_pct: int  # the same as a whole percentage
    common: int
    same: int
    opposite: int
    fact: str


@record
class CapitalDistance:
    km: int
    largest_cities_km: int | None
    capital_a: str | None
    capital_b: str | None
    fact: str


@record
class VisaRule:
    """What a holder of `passport`'s passport needs to visit `destination`."""

    passport: str
    destination: str
    requirement: str  # a code of relations.dyadic.visas.REQUIREMENTS
    days: int | None
    without_visa: bool  # visa-free, visa on arrival or eTA
    fact: str


@record
class VisasBothWays:
    a_to_b: VisaRule | None  # None: the source has no row for that passport and destination
    b_to_a: VisaRule | None


@record
class MissionEntry:
    """A mission `sender` keeps in `host` (or, with `via_host`, one elsewhere accredited to it)."""

    sender: str
    host: str
    type: str
    city: str | None
    via_host: str | None
    fact: str


@record
class MissionsBothWays:
    a_in_b: tuple[MissionEntry, ...]
    b_in_a: tuple[MissionEntry, ...]
    a_accredited_to_b: tuple[MissionEntry, ...]  # a's missions elsewhere that also cover b
    b_accredited_to_a: tuple[MissionEntry, ...]


@record
class PairConflicts:
    """The armed conflicts UCDP records with the two on opposite sides (0 when none is recorded)."""

    count: int
    first_year: int | None
    last_year: int | None
    years: tuple[int, ...]
    war_years: tuple[int, ...]
    support: int  # conflicts in which one sent troops to fight on the other's side
    facts: tuple[str, ...]


@record
class PairAspects:
    """One column of a comparison: what is recorded between `a` and `b`, aspect by aspect.

    Aspects count the pair's own facts; facts about a group either belongs to are only counted
    (`regional_count`), since they are not about the pair itself."""

    a: Party
    b: Party
    fact_count: int
    regional_count: int
    relations_established: tuple[Fact, ...]
    missions: tuple[Fact, ...]
    treaties: tuple[Fact, ...]
    exports: tuple[TradeFigure, ...]  # flows from a to b
    imports: tuple[TradeFigure, ...]  # flows from b to a
    security: tuple[Fact, ...]
    disputes: tuple[Fact, ...]
    shared_memberships: tuple[SharedMembership, ...]
    facts_by_topic: tuple[tuple[str, int], ...]
    sources: tuple[Source, ...]
    # From the country-pair data sets; None when the data set is not shipped (or, for un_voting
    # and capital_distance, when it has no figure for the pair).
    un_voting: VotingAgreement | None = None
    capital_distance: CapitalDistance | None = None
    visas: VisasBothWays | None = None
    missions_both_ways: MissionsBothWays | None = None
    armed_conflicts: PairConflicts | None = None


@record
class Comparison:
    """`compare A B C` (base set, one column per partner) or `compare A:B C:D` (base None)."""

    base: Party | None
    columns: tuple[PairAspects, ...]
    sources: tuple[Source, ...]


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


@record
class TimelineEntry:
    fact: Fact
    through: str  # "" (the parties' own fact), "group", "place" or "predecessor"
    via: tuple[str, ...]  # the group or predecessor codes it comes through


@record
class Timeline:
    party: Party
    other: Party | None
    entries: tuple[TimelineEntry, ...]  # in date order
    undated_count: int  # facts left out because they have no date
    predecessors: tuple[Party, ...]  # historical states whose facts are included
    sources: tuple[Source, ...]
    series: tuple[Series, ...] = ()  # for a pair: its series (UN voting agreement by year and by decade)
    names: dict[str, str] = factory(dict)  # code -> short name of the facts' parties (text forms)


# -- compare -------------------------------------------------------------------------------------


def parse_pairs(store: Store, names: list[str]) -> tuple[Party | None, list[tuple[Party, Party]]]:
    """`A B C` (A with each of the others) or `A:B C:D` (each pair as written); not a mix."""
    if not names:
        raise UsageError("name at least two countries or groups: 'compare A B' or 'compare A:B C:D'")
    with_colon = [":" in n for n in names]
    if any(with_colon):
        if not all(with_colon):
            raise UsageError("either name a country and its partners ('compare A B C') or pairs ('compare A:B C:D'), not both")
        pairs = []
        for name in names:
            first, _, second = name.partition(":")
            if not first.strip() or not second.strip() or ":" in second:
                raise UsageError(f"a pair is written A:B; got {name!r}")
            pairs.append((store.resolve(first.strip()), store.resolve(second.strip())))
        return None, pairs
    if len(names) < 2:
        raise UsageError("name a country and at least one partner: 'compare belize colombia mexico'")
    base = store.resolve(names[0])
    return base, [(base, store.resolve(n)) for n in names[1:]]


def compare(store: Store, names: list[str]) -> Comparison:
    """The aspects of each pair `names` asks for (see `parse_pairs`), one column per pair."""
    base, pairs = parse_pairs(store, names)
    columns = tuple(pair_aspects(store, a, b) for a, b in pairs)
    source_ids = _unique(s.id for c in columns for s in c.sources)
    # A data set's aspect rests on its source even where it records nothing for a pair.
    for aspect, dataset in COMPARE_DATASET_ASPECTS.items():
        if any(getattr(c, aspect) is not None for c in columns):
            source_ids = _unique([*source_ids, *_dyadic_module(dataset).SOURCE_IDS])
    return Comparison(base, columns, tuple(store.sources_by_id(source_ids)))


def _dyadic_module(dataset: str) -> Any:
    from .. import dyadic

    return dyadic.module(dataset)


def pair_aspects(store: Store, a: Party, b: Party) -> PairAspects:
    view = store.pair(a, b)
    facts = view.facts
    figures = [t for t in (trade_figure(f) for f in facts) if t is not None]
    return PairAspects(
        a=a,
        b=b,
        fact_count=len(facts),
        regional_count=len(view.regional),
        relations_established=tuple(f for f in facts if f.kind in ESTABLISHING_KINDS),
        missions=tuple(f for f in facts if f.topic == "missions"),
        treaties=tuple(f for f in facts if f.topic == "treaty" or f.kind in TREATY_KINDS),
        exports=tuple(t for t in figures if t.source == a.code and t.destination == b.code),
        imports=tuple(t for t in figures if t.source == b.code and t.destination == a.code),
        security=tuple(f for f in facts if f.topic == "security"),
        disputes=tuple(f for f in facts if f.topic == "dispute"),
        shared_memberships=tuple(view.shared_memberships),
        facts_by_topic=_topic_counts(facts, store.topic_order()),
        sources=tuple(view.sources),
        **dataset_aspects(store, a, b, facts),
    )


def dataset_aspects(store: Store, a: Party, b: Party, facts: list[Fact]) -> dict[str, Any]:
    """The compare aspects made from the country-pair data sets, read from the pair's facts (so a
    fact the user set aside is left out here too). An aspect is left out when its data set is
    not shipped; within a shipped data set, no row means none recorded."""
    from ..dyadic import conflicts, missions, unvotes, visas

    out: dict[str, Any] = {}
    if store.table("unvotes", "agreement") is not None:
        lo, hi = unvotes.LATEST
        for f in facts:
            if f.id.startswith(f"unvotes.agreement-{lo}s."):
                v = f.values
                out["un_voting"] = VotingAgreement(f"{lo}/{hi}", _number(v.get("agreement")), int(v["share_pct"]),
                                                   int(v["common"]), int(v["same"]), int(v["opposite"]), f.id)
                break
    if store.table("geodist", "pairs") is not None:
        for f in facts:
            if f.id.startswith("geodist.distance.") and isinstance(f.values.get("distance_km"), int):
                capitals = {p.get("country"): p.get("name") for p in f.places}
                city = f.values.get("largest_cities_km")
                out["capital_distance"] = CapitalDistance(f.values["distance_km"], city if isinstance(city, int) else None,
                                                          capitals.get(a.code), capitals.get(b.code), f.id)
                break
    if store.table("visas", "visas") is not None:
        rules = {}
        for f in facts:
            if f.id.startswith("visas.") and f.values.get("requirement"):
                days = f.values.get("days")
                rules[f.parties] = VisaRule(f.parties[0], f.parties[1], f.values["requirement"],
                                            days if isinstance(days, int) else None,
                                            f.values["requirement"] in visas.WITHOUT_VISA, f.id)
        out["visas"] = VisasBothWays(rules.get((a.code, b.code)), rules.get((b.code, a.code)))
    if store.table("missions", "missions") is not None:
        entries = []
        for f in facts:
            if f.id.startswith("missions.") and f.values.get("type") in missions.TYPES:
                v = f.values
                entries.append(MissionEntry(f.parties[0], f.parties[1], v["type"], v.get("city"), v.get("host"), f.id))
        order = list(missions.TYPES)
        entries.sort(key=lambda m: (m.type not in missions.EMBASSY_LEVEL, order.index(m.type), m.city or "", m.fact))

        def pick(sender: str, resident: bool) -> tuple[MissionEntry, ...]:
            return tuple(m for m in entries if m.sender == sender and (m.via_host is None) == resident)

        out["missions_both_ways"] = MissionsBothWays(pick(a.code, True), pick(b.code, True),
                                                     pick(a.code, False), pick(b.code, False))
    if store.table("conflicts", "conflicts") is not None:
        opposed, support, years, war = [], set(), set(), set()
        for f in facts:
            if not f.id.startswith("conflicts.") or "conflict_id" not in f.values:
                continue
            if f.values.get("relation") == "support":
                support.add(f.values["conflict_id"])
                continue
            opposed.append(f)
            years.update(conflicts.parse_years(str(f.values.get("years") or "")))
            war.update(conflicts.parse_years(str(f.values.get("war_years") or "")))
        out["armed_conflicts"] = PairConflicts(
            len({f.values["conflict_id"] for f in opposed}), min(years, default=None), max(years, default=None),
            tuple(sorted(years)), tuple(sorted(war)), len(support), tuple(f.id for f in opposed))
    return out


def trade_figure(fact: Fact) -> TradeFigure | None:
    """The flow a trade fact's values describe; None when they do not say who reports what."""
    v = fact.values
    direction, reporter, partner = v.get("direction"), v.get("reporter"), v.get("partner")
    if fact.topic != "trade" or direction not in ("exports", "imports") or not reporter or not partner:
        return None
    return TradeFigure(
        fact=fact,
        reporter=str(reporter),
        partner=str(partner),
        direction=str(direction),
        share_pct=_number(v.get("share_pct")),
        amount=_number(v.get("amount")),
        currency=v.get("currency"),
        year=v.get("year") if isinstance(v.get("year"), int) else None,
        rank=v.get("rank") if isinstance(v.get("rank"), int) else None,
    )


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
                Neighbour(store.party(other), _number(f.values.get("length_km")), f)
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
        facts_by_topic=_topic_counts(own, store.topic_order()),
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
                                "mission_network": None, "armed_conflicts": None}
    if party.kind == "group":
        return sections
    code = party.code
    table = store.table("unvotes", "agreement")
    if table is not None:
        sections["un_partners"] = _voting_partners(store, code, table.rows_of(code))
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


def facts_of(store: Store, code: str) -> list[tuple[Fact, str]]:
    """Every fact that answers for a pair with `code` in it, with the other party of that pair."""
    rows = store.connection.execute(
        "SELECT f.data, fp.a, fp.b FROM fact_pairs fp JOIN facts f ON f.rowid = fp.fact "
        "WHERE fp.a = ? OR fp.b = ? ORDER BY f.rowid",
        (code, code),
    ).fetchall()
    result, seen = [], set()
    for data, a, b in rows:
        fact = Fact.from_dict(json.loads(data))
        other = b if a == code else a
        if (fact.id, other) not in seen:
            seen.add((fact.id, other))
            result.append((fact, other))
    return result


def group_members(store: Store, code: str) -> list[str]:
    rows = store.connection.execute(
        "SELECT m.party FROM members m JOIN parties p ON p.code = m.party WHERE m.grp = ? AND m.status = 'member' "
        "ORDER BY p.name",
        (code,),
    ).fetchall()
    return [r[0] for r in rows]


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
    for topic, count in _topic_counts(facts, order):
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
    figures = tuple(k for k in (key_figure(store, f) for f in facts) if k is not None)
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
    return PairSummary(**{**summary.__dict__, "paragraph": tuple(pair_paragraph(store, summary, facts))})


def key_figure(store: Store, fact: Fact) -> KeyFigure | None:
    """A fact's main number, labelled from its values; None for a fact without one."""
    v = fact.values
    figure = trade_figure(fact)
    if figure is not None and (figure.share_pct is not None or figure.amount is not None):
        src, dst = _name(store, figure.source), _name(store, figure.destination)
        label = f"{src} → {dst} trade" + (f", {figure.year}" if figure.year else "")
        if figure.share_pct is not None:
            value = f"{format_number(figure.share_pct)}% of {_name(store, figure.reporter)}'s {figure.direction}"
        else:
            value = money(figure.amount, figure.currency) + f" ({_name(store, figure.reporter)}'s {figure.direction})"
        return KeyFigure(label, value, fact)
    if _number(v.get("length_km")) is not None:
        return KeyFigure("Land border", f"{format_number(_number(v['length_km']))} km", fact)
    if _number(v.get("amount")) is not None:
        year = f", {v['year']}" if v.get("year") else ""
        return KeyFigure(f"Amount ({fact.topic.replace('_', ' ')}{year})", money(_number(v["amount"]), v.get("currency")), fact)
    if _number(v.get("share_pct")) is not None:
        of = f" of {v['share_of']}" if v.get("share_of") else ""
        return KeyFigure(f"Share ({fact.topic.replace('_', ' ')})", f"{format_number(_number(v['share_pct']))}%{of}", fact)
    if _number(v.get("count")) is not None:
        unit = f" {v['unit']}" if v.get("unit") else ""
        return KeyFigure(f"Count ({fact.topic.replace('_', ' ')})", f"{format_number(_number(v['count']))}{unit}", fact)
    return None


def pair_paragraph(store: Store, summary: PairSummary, facts: list[Fact]) -> list[Sentence]:
    """Sentences made only from counts, dates, kinds, values and memberships; each names its facts."""
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
    established = [f for f in facts if f.kind in ESTABLISHING_KINDS and f.date]
    if established:
        first = min(established, key=lambda f: f.date.start)  # type: ignore[union-attr]
        on = "on" if first.date.precision == "day" else "in"  # type: ignore[union-attr]
        sentences.append(Sentence(f"Relations were established {on} {first.date.display()}.", (first.id,)))  # type: ignore[union-attr]
    if summary.first is not None and summary.latest is not None and summary.first.id != summary.latest.id:
        sentences.append(
            Sentence(
                f"The dated facts run from {summary.first.date.display()} to {summary.latest.date.display()}.",  # type: ignore[union-attr]
                (summary.first.id, summary.latest.id),
            )
        )
    for fact in facts:
        if fact.topic == "border" and _number(fact.values.get("length_km")) is not None:
            km = format_number(_number(fact.values["length_km"]))
            sentences.append(Sentence(f"They share a land border of {km} km.", (fact.id,)))
            break
    for figure in (t for t in (trade_figure(f) for f in facts) if t is not None):
        src, dst, rep = _name(store, figure.source), _name(store, figure.destination), _name(store, figure.reporter)
        year = f" in {figure.year}" if figure.year else ""
        if figure.share_pct is not None:
            pct = format_number(figure.share_pct)
            text = (f"{dst} received {pct}% of {src}'s exports{year}." if figure.direction == "exports"
                    else f"{src} supplied {pct}% of {dst}'s imports{year}.")
            sentences.append(Sentence(text, (figure.fact.id,)))
        elif figure.amount is not None:
            sentences.append(
                Sentence(f"{rep} recorded {figure.direction} of {money(figure.amount, figure.currency)} {'to' if figure.direction == 'exports' else 'from'} "
                         f"{dst if figure.direction == 'exports' else src}{year}.", (figure.fact.id,))
            )
    both = [m.group.name for m in summary.shared_memberships if m.status_a == m.status_b == "member"]
    if both:
        named = f": {', '.join(both)}" if len(both) <= SHARED_NAMED else ""
        sentences.append(Sentence(f"Both are members of {len(both)} of the same groups{named}.", ()))
    return sentences


# -- timeline -------------------------------------------------------------------------------------


def predecessors(store: Store, code: str) -> list[Party]:
    """Historical states that `code` succeeded, directly or through another (`Store.predecessors`)."""
    return store.predecessors(code)


def timeline(store: Store, party: Party, other: Party | None = None) -> Timeline:
    """Dated facts about a party (or a pair) in date order, including its predecessors' facts."""
    entries: list[TimelineEntry] = []
    undated = 0
    preds_a = predecessors(store, party.code)
    preds_b = predecessors(store, other.code) if other else []
    seen: set[str] = set()

    def add(fact: Fact, through: str, via: tuple[str, ...]) -> None:
        nonlocal undated
        if fact.id in seen:
            return
        seen.add(fact.id)
        if fact.date is None:
            undated += 1
        else:
            entries.append(TimelineEntry(fact, through, via))

    if other is None:
        for fact, other_code in facts_of(store, party.code):
            add(fact, "place" if party.code not in fact.parties and other_code not in fact.parties else "", ())
        for pred in preds_a:
            for fact, _ in facts_of(store, pred.code):
                add(fact, "predecessor", (pred.code,))
    else:
        if party.code == other.code:
            raise SameParty(party.name)
        view = store.pair(party, other)
        for fact in view.facts:
            add(fact, "", ())
        for item in view.regional:
            add(item.fact, "group" if item.via else "place", item.via)
        for item in view.predecessor_facts:
            add(item.fact, "predecessor", item.via)
    entries.sort(key=lambda e: (e.fact.date.start, e.fact.date.end, e.fact.id))  # type: ignore[union-attr]
    used = {code for e in entries if e.through == "predecessor" for code in e.via}
    source_ids = _unique(s for e in entries for s in e.fact.sources)
    preds = tuple(p for p in preds_a + preds_b if p.code in used)
    series = tuple(view.series) if other is not None else ()
    source_ids = _unique([*source_ids, *(s for x in series for s in x.sources)])
    names = store.short_names(code for e in entries for code in (*e.fact.parties, *e.via))
    return Timeline(party, other, tuple(entries), undated, preds, tuple(store.sources_by_id(source_ids)), series, names)


# -- shared helpers -------------------------------------------------------------------------------


def _name(store: Store, code: str) -> str:
    try:
        return store.party(code).name
    except LookupError:
        return code


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def _topic_counts(facts: list[Fact], order: dict[str, int]) -> tuple[tuple[str, int], ...]:
    counts = Counter(f.topic for f in facts)
    return tuple(sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))


def _unique(items: Any) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


# -- the commands, from the names given -----------------------------------------------------------


def summary(store: Store, first: str, second: str | None = None) -> PartySummary | PairSummary:
    """`summary A`: one party at a glance; `summary A B`: an overview of the pair."""
    party = store.resolve(first)
    if second is None:
        return party_summary(store, party)
    return pair_summary(store, party, store.resolve(second))


def timeline_of(store: Store, first: str, second: str | None = None) -> Timeline:
    """`timeline A [B]`: the dated facts of a party, or of a pair."""
    party = store.resolve(first)
    return timeline(store, party, store.resolve(second) if second else None)
