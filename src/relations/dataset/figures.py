"""One structured reading of a pair's figures, made once and carried on the pair's view.

Visas each way, UN votes with their counts, distance and ties, missions each way, armed conflicts
by relation, disputes, trade, relation events, shared blocs: read here from the country-pair
tables' rows and the pair's facts' structured values, never from a fact's text or id. The
profile, compare, summary, partners and map only choose words or rows for these records; two
views showing the same figure read the same field, so they cannot disagree.

The readers of table rows (`visa_rule`, `vote_figures`, `mission_entry`, `distance`, ...) take
one row each: `pair_figures` calls them with the pair's rows, and `partners` (one country against
all others) with every row of the country, so a single pair and a row of partners read alike.
"""

from __future__ import annotations

from ..dyadic import alignment as alignment_rows
from ..dyadic import geodist as geodist_rows
from ..dyadic import missions as mission_rows
from ..dyadic import unvotes as vote_rows
from ..dyadic import visas as visa_rows
from ..model import KEY_BLOCS, Erratum, Fact, FactDate, Party, membership_kind, membership_role
from ..records import factory, record
from ..wording import MIN_COUNT, percent, share

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

    from .store import SharedMembership, Store

RELATION_CHANGES = ("relations_severed", "relations_suspended", "relations_interrupted", "relations_resumed",
                    "relations_ended")
BREAKS = ("relations_severed", "relations_suspended", "relations_interrupted", "relations_ended")


# -- the records ---------------------------------------------------------------------------------


@record
class VisaRule:
    """What a holder of `passport`'s passport needs to visit `destination` (Passport Index)."""

    passport: str
    destination: str
    requirement: str  # a code of relations.dyadic.visas.REQUIREMENTS
    days: int | None
    without_visa: bool  # visa-free, visa on arrival or eTA
    fact: str
    errata: tuple[Erratum, ...] = ()  # reviewed notes that the source's rule is wrong (data/errata.toml)


@record
class Visas:
    a_to_b: VisaRule | None  # None: the source has no row for that passport and destination
    b_to_a: VisaRule | None
    as_of: str
    source: str


@record
class VoteCount:
    """UN General Assembly votes of a pair over one period: how many roll calls both voted on
    (yes, no or abstain), on how many they cast the same vote, on how many one voted yes and the
    other no. `share_pct` is same / common by the project's one rounding rule; `few` is true when
    fewer than wording.MIN_COUNT roll calls stand behind it (show the count beside it, always)."""

    period: str  # "2010/2019", "1946/2020", "1990"
    common: int
    same: int
    opposite: int
    agreement: float | None
    share_pct: int
    few: bool
    # The yes-and-no measure: roll calls on which both voted yes or no, and those alike
    yes_no_common: int = 0
    yes_no_same: int = 0

    @property
    def yes_no_share_pct(self) -> int | None:
        return percent(self.yes_no_same, self.yes_no_common) if self.yes_no_common else None


@record
class Votes:
    latest: VoteCount | None  # the latest full decade (2010-2019), None when no common roll call then
    whole: VoteCount  # the whole record
    decades: tuple[VoteCount, ...]
    latest_fact: str | None
    whole_fact: str
    as_of: str  # the last roll call of the data
    source: str


@record
class AlignmentYear:
    """The two ideal points of one year: their distance (the source's scale, lower is closer), the
    votes each rests on, and, for a year with enough votes for both, the share of that year's
    pairs that were closer (`percentile`, of `pairs`)."""

    year: int
    distance: float
    votes_a: int
    votes_b: int
    enough: bool
    percentile: float | None = None
    pairs: int | None = None


@record
class Alignment:
    measure: str  # "ideal-point distance"
    parties: tuple[str, str]  # the codes votes_a and votes_b belong to
    usable: AlignmentYear | None  # the latest year with enough votes behind both points (ranked)
    latest: AlignmentYear | None  # the latest year both have a point, however few its votes
    first: AlignmentYear | None  # the first year both have a point
    missing: dict[str, list[int]]  # party -> the years after its last point, to the data's last
    as_of: str
    source: str
    min_votes: int


@record
class Distance:
    km: int | None  # between the capitals
    largest_cities_km: int | None
    capital_a: str | None
    capital_b: str | None
    contiguous: bool  # CEPII counts them as contiguous
    border_km: float | None  # the Factbook's land border, where it gives one
    distance_fact: str | None  # the fact giving `km`
    facts: tuple[str, ...]
    sources: tuple[str, ...]


@record
class Tie:
    """A colonial or state tie (CEPII GeoDist): `colony` (colony, coloniser), `common_coloniser`
    (colonisers), `same_country`."""

    kind: str
    colony: str | None
    coloniser: str | None
    colonisers: tuple[str, ...]
    fact: Fact


@record
class MissionEntry:
    """A mission `sender` keeps in `host` (or, with `via_host`, one elsewhere accredited to it)."""

    sender: str
    host: str
    type: str
    city: str | None
    via_host: str | None
    fact: str
    near: str | None = None  # no city recorded: the city its coordinates lie near (inferred, say so)

    @property
    def place(self) -> str | None:
        """'Houston', or 'near Houston, from its coordinates' where only a region is recorded."""
        if self.city:
            return self.city
        return f"near {self.near}, from its coordinates" if self.near else None


@record
class Missions:
    a_in_b: tuple[MissionEntry, ...]
    b_in_a: tuple[MissionEntry, ...]
    a_accredited_to_b: tuple[MissionEntry, ...]  # a's missions elsewhere that also cover b
    b_accredited_to_a: tuple[MissionEntry, ...]
    as_of: str  # the list's date ("2022-11"): a list as of a date, not today's state
    source: str


@record
class ConflictEntry:
    """One armed conflict in which UCDP records the two, and how they stood in it.

    `relation`: fought (both primary sides, against each other), troops (one sent troops to the
    side fighting the other: `sender` and `receiver`), opposite (both sent troops to opposite sides
    of a third party's conflict), support (one sent troops to the other's side).
    `name`: the conflict in a reader's words."""

    conflict_id: str
    relation: str
    name: str  # in a reader's words
    years: tuple[int, ...]
    war_years: tuple[int, ...]
    sender: str | None  # troops: who sent them
    against: str | None  # troops: the one they were sent to fight
    fact: str


@record
class Conflicts:
    fought: tuple[ConflictEntry, ...]
    troops: tuple[ConflictEntry, ...]
    opposite: tuple[ConflictEntry, ...]
    support: tuple[ConflictEntry, ...]
    period: str  # the years the data set covers
    source: str

    @property
    def between(self) -> tuple[ConflictEntry, ...]:
        """The conflicts between the two: fought each other, or one sent troops against the other."""
        return self.fought + self.troops


@record
class Dispute:
    status: str  # open | settled | issue | none_identified | unknown (a fact with no status)
    places: tuple[str, ...]
    year: int | None
    entry: str | None  # the country whose entry the paragraph comes from
    fact: Fact


@record
class RelationEvent:
    kind: str  # relations_established, relations_severed, ...
    date: FactDate
    fact: Fact


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
class Trade:
    amounts: tuple[TradeFigure, ...]  # recorded values of trade between the two
    shares: tuple[TradeFigure, ...]  # shares in the Factbook's top-five partner lists
    # True: both have the Factbook's partner lists and neither names the other; None: not known
    not_listed: bool | None


@record
class Blocs:
    full: tuple[SharedMembership, ...]  # organisations both are full members of
    key: tuple[SharedMembership, ...]  # of these, the key blocs (model.KEY_BLOCS order)
    key_sources: tuple[str, ...]


@record
class USVisits:
    """The Office of the Historian's lists for the United States and one country: presidents' and
    secretaries of state's trips there, its leaders' visits to the United States (each list in
    date order), and US chiefs of mission to it. The lists end at their source's date (`ends`): a
    "latest" is the latest in the list."""

    president_trips: tuple[Fact, ...]
    secretary_trips: tuple[Fact, ...]
    visits_to_us: tuple[Fact, ...]
    chiefs: tuple[Fact, ...]
    ends: dict[str, str]  # source id -> the list's date (its "as of")


@record
class PairFigures:
    """Every figure of a pair the views show, read once. A part is None when its data set is not
    shipped or does not cover the pair (a group, a historical state); within a shipped data set,
    an empty part means none is recorded there, never that none exists."""

    a: Party
    b: Party
    names: dict[str, str] = factory(dict)  # code -> name of every party the figures name
    visas: Visas | None = None
    votes: Votes | None = None
    alignment: Alignment | None = None
    distance: Distance | None = None
    ties: tuple[Tie, ...] = ()
    missions: Missions | None = None
    conflicts: Conflicts | None = None
    disputes: tuple[Dispute, ...] = ()
    trade: Trade | None = None
    relation_events: tuple[RelationEvent, ...] = ()  # dated, in date order
    blocs: Blocs | None = None
    us: USVisits | None = None
    events: tuple[Fact, ...] = ()  # every dated event of the pair, in date order (trips, visits and chiefs aside)


# -- one row -------------------------------------------------------------------------------------


def visa_rule(row: dict[str, str], errata: dict[str, tuple[Erratum, ...]] | None = None) -> VisaRule:
    """A row of the visas table; `errata` (Store.errata()) gives its reviewed notes, if any."""
    a, b = row["a"], row["b"]
    requirement = visa_rows.requirement(row)
    fact = visa_rows.fact_id(row)
    return VisaRule.trusted(passport=a, destination=b, requirement=requirement, days=visa_rows.days(row),
                            without_visa=requirement in visa_rows.WITHOUT_VISA, fact=fact,
                            errata=errata.get(f"fact:{fact}", ()) if errata else ())


def _count(figures: dict[str, Any]) -> VoteCount:
    common, same, opposite = figures["common"], figures["same"], figures["opposite"]
    both, alike = vote_rows.yes_no(same, opposite, figures.get("abstained", 0))
    return VoteCount.trusted(period=figures["period"], common=common, same=same, opposite=opposite,
                             agreement=share(same, common), share_pct=percent(same, common) if common else 0,
                             few=common < MIN_COUNT, yes_no_common=both, yes_no_same=alike)


def vote_figures(row: dict[str, str], decades: bool = True) -> Votes | None:
    """The votes of the row's pair: the latest decade, the whole record, and (with `decades`) each
    decade, with counts. Without decades, the latest decade and the whole record are read from the
    row's totals, which the importer derives from the same yearly counts (a test checks every row),
    rather than by adding up its years: partners reads every row of a country at once."""
    if not decades:
        figures = vote_rows.totals(row)
        if figures is None:
            return None
    else:
        if not vote_rows.years(row):
            return None
        figures = vote_rows.agreement(row)
    latest = figures["latest"]
    whole = figures["all"]
    return Votes.trusted(
        latest=_count(latest) if latest else None,
        whole=_count(whole),
        decades=tuple(_count(d) for d in figures["decades"]),
        latest_fact=vote_rows.fact_id(row, latest=True) if latest else None,
        whole_fact=vote_rows.fact_id(row),
        as_of=vote_rows.LAST_ROLL_CALL,
        source=vote_rows.SOURCE_IDS[0],
    )


def mission_entry(table: str, row: dict[str, str]) -> MissionEntry | None:
    kind = row.get("type", "")
    if kind not in mission_rows.TYPES:
        return None
    via = row.get("host") if table == "accreditations" else None
    return MissionEntry.trusted(sender=row["a"], host=row["b"], type=kind, city=row.get("city") or None,
                                via_host=via or None, fact=mission_rows.fact_id(table, row), near=row.get("near") or None)


def _mission_order(entry: MissionEntry) -> tuple[bool, int, str, str]:
    return (entry.type not in mission_rows.EMBASSY_LEVEL, list(mission_rows.TYPES).index(entry.type),
            entry.city or "", entry.fact)


def conflict_entry(row: dict[str, str]) -> ConflictEntry:
    """A row of the conflicts table."""
    from ..dyadic import conflicts as conflict_rows  # most pairs have no conflict row: not loaded for them

    relation, sender, against = conflict_rows.relation(row)
    return ConflictEntry(row["conflict"], relation, conflict_rows.conflict_name(row),
                         tuple(conflict_rows.parse_years(row.get("years", ""))),
                         tuple(conflict_rows.parse_years(row.get("war", ""))), sender, against,
                         conflict_rows.fact_id(row))


# -- the pair ------------------------------------------------------------------------------------


def alignment_figures(state_a: Any, state_b: Any, year_table: Any, a: str, b: str) -> Alignment | None:
    """The ideal-point figures of a pair (codes `a` < `b`, their states from `dyadic.pair_states`)."""
    found = alignment_rows.pair_summary(state_a, state_b, year_table, a, b)
    if found is None:
        return None

    def year(entry: dict[str, Any] | None) -> AlignmentYear | None:
        if entry is None:
            return None
        return AlignmentYear(entry["year"], entry["distance"], entry["votes"][0], entry["votes"][1], entry["enough"],
                             entry.get("percentile"), entry.get("pairs"))

    return Alignment(found["measure"], (a, b), year(found["usable"]), year(found["latest"]), year(found["first"]),
                     found["missing"], found["as_of"], alignment_rows.SOURCE_ID, found["min_votes"])


def pair_figures(store: Store, a: Party, b: Party, rows: dict[tuple[str, str], list[dict[str, str]]],
                 facts: list[Fact], shared: list[SharedMembership], set_aside: set[str],
                 states: dict[tuple[str, str], tuple] | None = None) -> PairFigures:  # type: ignore[type-arg]
    """The figures of the pair from its table rows (`dyadic.pair_rows`) and its facts (already
    without those the user set aside; `set_aside` names them, so that rows give none of them)."""
    countries = a.kind == b.kind == "country"
    names = {a.code: a.name, b.code: b.name}

    def kept(ident: str | None) -> bool:
        return ident is not None and ident not in set_aside

    parts: dict[str, Any] = {}
    if countries and store.table("visas", "visas") is not None:
        errata = store.errata()
        rules = {r.passport: r for r in (visa_rule(row, errata) for row in rows.get(("visas", "visas"), ())) if kept(r.fact)}
        parts["visas"] = Visas(rules.get(a.code), rules.get(b.code), visa_rows.AS_OF, visa_rows.SOURCE_IDS[0])
    for row in rows.get(("unvotes", "agreement"), ()):
        votes = vote_figures(row)
        if votes is not None and kept(votes.whole_fact):
            if votes.latest_fact is not None and not kept(votes.latest_fact):
                votes = Votes(**{**votes.__dict__, "latest": None, "latest_fact": None})
            parts["votes"] = votes
    state = (states or {}).get(("alignment", "points"))
    if state is not None:
        x, y = sorted((a.code, b.code))
        parts["alignment"] = alignment_figures(*state, x, y)
    parts["distance"] = _distance(rows.get(("geodist", "pairs"), ()), facts, set_aside, a, b)
    parts["ties"] = tuple(_ties(facts))
    if countries and store.table("missions", "missions") is not None:
        entries = [e for t in ("missions", "accreditations") for e in
                   (mission_entry(t, r) for r in rows.get(("missions", t), ())) if e is not None and kept(e.fact)]
        entries.sort(key=_mission_order)

        def pick(sender: str, resident: bool) -> tuple[MissionEntry, ...]:
            return tuple(m for m in entries if m.sender == sender and (m.via_host is None) == resident)

        parts["missions"] = Missions(pick(a.code, True), pick(b.code, True), pick(a.code, False), pick(b.code, False),
                                     mission_rows.AS_OF, mission_rows.SOURCE_IDS[0])
        names.update(store.short_names(m.via_host for m in entries if m.via_host))
    conflict_table = rows.get(("conflicts", "conflicts"))
    if conflict_table:
        from ..dyadic import conflicts as conflict_rows

        found = [conflict_entry(r) for r in conflict_table]
        found = [c for c in found if kept(c.fact)]
        found.sort(key=lambda c: (c.years[:1], c.conflict_id))

        def of(relation: str) -> tuple[ConflictEntry, ...]:
            return tuple(c for c in found if c.relation == relation)

        parts["conflicts"] = Conflicts(of("fought"), of("troops"), of("opposite"), of("support"),
                                       conflict_rows.PERIOD, conflict_rows.SOURCE_IDS[0])
    elif countries and store.table("conflicts", "conflicts") is not None:
        # the data set covers the pair and records no conflict (its module is not needed to say so)
        parts["conflicts"] = Conflicts((), (), (), (), "", "")
    parts["disputes"] = tuple(disputes(facts))
    parts["trade"] = _trade(store, facts, a, b, countries)
    dated = sorted((f for f in facts if f.date and f.kind in ("relations_established", *RELATION_CHANGES)),
                   key=lambda f: f.date.start)  # type: ignore[union-attr]
    parts["relation_events"] = tuple(RelationEvent(f.kind, f.date, f) for f in dated)  # type: ignore[arg-type]
    parts["blocs"] = _blocs(store, a, b, shared)
    parts["us"] = _us(store, facts)
    parts["events"] = tuple(sorted((f for f in facts if f.kind and f.date and f.kind not in US_KINDS),
                                   key=lambda f: (f.date.start, f.id)))  # type: ignore[union-attr]
    for figure in (*parts["ties"],):
        for code in (figure.colony, figure.coloniser, *figure.colonisers):
            if code:
                names.setdefault(code, "")
    trade: Trade | None = parts["trade"]
    if trade is not None:
        for figure in trade.amounts + trade.shares:
            names.setdefault(figure.reporter, "")
            names.setdefault(figure.partner, "")
    wanted = [code for code, name in names.items() if not name]
    if wanted:
        for code in wanted:
            names[code] = store.display_name(code)
    return PairFigures(a, b, names, **parts)


def _distance(rows: Any, facts: list[Fact], set_aside: set[str], a: Party, b: Party) -> Distance | None:
    border = next((f for f in facts if f.topic == "border" and isinstance(f.values.get("length_km"), (int, float))
                   and "factbook" in f.sources), None)
    row = next(iter(rows), None)
    if row is not None and geodist_rows.fact_id("distance", row) in set_aside:
        row = None
    if row is None and border is None:
        return None
    km = geodist_rows.distance_km(row) if row else None
    city = row.get("city_km") if row else None
    caps = {row["a"]: row.get("cap_a") or None, row["b"]: row.get("cap_b") or None} if row else {}
    contiguous = bool(row and row.get("contig") == "1"
                      and geodist_rows.fact_id("contiguity", row) not in set_aside)
    used = [geodist_rows.fact_id("distance", row)] if km is not None and row else []
    if contiguous and row:
        used.append(geodist_rows.fact_id("contiguity", row))
    sources = [geodist_rows.SOURCE_ID] if used else []
    if border is not None:
        used.insert(0, border.id)
        sources = [s for s in border.sources if s not in sources] + sources
    return Distance(km, int(city) if city else None, caps.get(a.code), caps.get(b.code), contiguous,
                    border.values["length_km"] if border else None,
                    geodist_rows.fact_id("distance", row) if km is not None and row else None, tuple(used), tuple(sources))


def _ties(facts: list[Fact]) -> list[Tie]:
    found = []
    for fact in facts:
        if geodist_rows.SOURCE_ID not in fact.sources:
            continue
        v = fact.values
        if "colony" in v and "coloniser" in v:
            found.append(Tie("colony", v["colony"], v["coloniser"], (), fact))
        elif "colonisers" in v:
            found.append(Tie("common_coloniser", None, None, tuple(v["colonisers"]), fact))
        elif v.get("same_country"):
            found.append(Tie("same_country", None, None, (), fact))
    return found


def disputes(facts: list[Fact]) -> list[Dispute]:
    found = []
    for fact in facts:
        status = fact.values.get("status")
        if fact.topic != "dispute" or not isinstance(status, str):
            continue
        year = fact.values.get("year")
        found.append(Dispute(status, tuple(fact.values.get("places") or ()), year if isinstance(year, int) else None,
                             fact.values.get("entry"), fact))
    return found


def trade_figure(fact: Fact) -> TradeFigure | None:
    """The flow a trade fact's values describe; None when they do not say who reports what."""
    v = fact.values
    direction, reporter, partner = v.get("direction"), v.get("reporter"), v.get("partner")
    if fact.topic != "trade" or direction not in ("exports", "imports") or not reporter or not partner:
        return None
    return TradeFigure(fact, str(reporter), str(partner), str(direction), _number(v.get("share_pct")),
                       _number(v.get("amount")), v.get("currency"),
                       v.get("year") if isinstance(v.get("year"), int) else None,
                       v.get("rank") if isinstance(v.get("rank"), int) else None)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def _trade(store: Store, facts: list[Fact], a: Party, b: Party, countries: bool) -> Trade | None:
    figures = [t for t in map(trade_figure, facts) if t is not None and {t.reporter, t.partner} == {a.code, b.code}]
    amounts = [t for t in figures if t.amount is not None]
    amounts.sort(key=lambda t: (t.reporter != a.code, t.direction, t.fact.id))
    shares = [t for t in figures if t.share_pct is not None and "factbook" in t.fact.sources]
    shares.sort(key=lambda t: (t.reporter != a.code, t.direction))
    not_listed = None
    if not shares and countries:
        lists = [f"factbook.{d}.{c.lower()}." for d in ("exports", "imports") for c in (a.code, b.code)]
        if all(store.have_facts_starting(lists)):
            not_listed = True
    if not amounts and not shares and not not_listed:
        return None
    return Trade(tuple(amounts), tuple(shares), not_listed)


US_KINDS = ("visit", "chief_of_mission")  # the Office of the Historian's lists: counted apart from events


def _us(store: Store, facts: list[Fact]) -> USVisits | None:
    listed = [f for f in facts if f.kind in US_KINDS and f.date]
    if not listed:
        return None
    listed.sort(key=lambda f: (f.date.start, f.id))  # type: ignore[union-attr]

    def trips(traveller: str) -> tuple[Fact, ...]:
        return tuple(f for f in listed if f.kind == "visit" and f.values.get("direction") == "from_us"
                     and f.values.get("traveller") == traveller)

    visits = tuple(f for f in listed if f.kind == "visit" and f.values.get("direction") == "to_us")
    chiefs = tuple(f for f in listed if f.kind == "chief_of_mission")
    ids = sorted({s for f in listed for s in f.sources})
    ends = {s.id: s.date for s in store.sources_by_id(ids) if s.date}
    return USVisits(trips("president"), trips("secretary_of_state"), visits, chiefs, ends)


def _blocs(store: Store, a: Party, b: Party, shared: list[SharedMembership]) -> Blocs | None:
    full = {m.group.code: m for m in shared
            if membership_role(m.status_a, m.status_b) == "member" and membership_kind(m.group.code) == "organisation"}
    key = tuple(full[code] for code in KEY_BLOCS if code in full)
    if not full:
        return None
    sources = tuple(store.membership_sources([a.code, b.code], [m.group.code for m in key])) if key else ()
    return Blocs(tuple(full.values()), key, sources)
