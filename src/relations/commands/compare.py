"""`compare`: what is recorded between a country and each partner (or between pairs), aspect by
aspect, one column per pair. The data-set aspects are the pair's figures (relations.dataset.figures),
read once with the pair; nothing here re-reads a table or a fact's text."""

from __future__ import annotations

from ..dataset.figures import Dispute, MissionEntry, Missions, TradeFigure, VisaRule, Visas, trade_figure
from ..dataset.store import SharedMembership, Store
from ..errors import UsageError
from ..model import COMPARE_DATASET_ASPECTS, Fact, Party, Source
from ..records import record
from .gather import topic_counts, unique

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

    from ..dataset.figures import PairFigures

ESTABLISHING_KINDS = ("relations_established",)
TREATY_KINDS = ("treaty", "agreement")

__all__ = ["MissionEntry", "Missions", "TradeFigure", "VisaRule", "Visas"]  # figures' records compare shows as they are


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
class PairConflicts:
    """The armed conflicts UCDP records between the two (0 when none is recorded): they fought
    each other, or one sent troops against the other. Conflicts in which both only sent troops, to
    opposite sides of a third party's war, are counted apart (`opposite_sides`), never as between them."""

    count: int
    first_year: int | None
    last_year: int | None
    years: tuple[int, ...]
    war_years: tuple[int, ...]
    support: int  # conflicts in which one sent troops to fight on the other's side
    facts: tuple[str, ...]
    opposite_sides: int = 0


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
    visas: Visas | None = None
    missions_both_ways: Missions | None = None
    armed_conflicts: PairConflicts | None = None
    # The disputes among `disputes` that a source records as such (the Factbook's, with a status
    # and places: dataset.figures.Dispute), for the words of the row; JSON keeps the facts.
    dispute_records: tuple[Dispute, ...] = ()


@record
class Comparison:
    """`compare A B C` (base set, one column per partner) or `compare A:B C:D` (base None)."""

    base: Party | None
    columns: tuple[PairAspects, ...]
    sources: tuple[Source, ...]



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
    source_ids = unique(s.id for c in columns for s in c.sources)
    # A data set's aspect rests on its source even where it records nothing for a pair.
    for aspect, dataset in COMPARE_DATASET_ASPECTS.items():
        if any(getattr(c, aspect) is not None for c in columns):
            source_ids = unique([*source_ids, *_dyadic_module(dataset).SOURCE_IDS])
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
        facts_by_topic=topic_counts(facts, store.topic_order()),
        sources=tuple(view.sources),
        **dataset_aspects(view.figures),
    )


def dataset_aspects(figures: PairFigures | None) -> dict[str, Any]:
    """The compare aspects made from the country-pair data sets: the pair's figures, as compare
    names them. An aspect is None when its data set is not shipped or has no figure for the pair."""
    if figures is None:
        return {}
    out: dict[str, Any] = {"visas": figures.visas, "missions_both_ways": figures.missions,
                           "dispute_records": tuple(figures.disputes)}
    votes = figures.votes
    if votes is not None and votes.latest is not None and votes.latest_fact is not None:
        latest = votes.latest
        out["un_voting"] = VotingAgreement(latest.period, latest.agreement, latest.share_pct, latest.common,
                                           latest.same, latest.opposite, votes.latest_fact)
    distance = figures.distance
    if distance is not None and distance.km is not None and distance.distance_fact is not None:
        out["capital_distance"] = CapitalDistance(distance.km, distance.largest_cities_km, distance.capital_a,
                                                  distance.capital_b, distance.distance_fact)
    conflicts = figures.conflicts
    if conflicts is not None:
        between = conflicts.between
        years = sorted({y for c in between for y in c.years})
        war = sorted({y for c in between for y in c.war_years})
        out["armed_conflicts"] = PairConflicts(
            len({c.conflict_id for c in between}), years[0] if years else None, years[-1] if years else None,
            tuple(years), tuple(war), len({c.conflict_id for c in conflicts.support}), tuple(c.fact for c in between),
            len({c.conflict_id for c in conflicts.opposite} - {c.conflict_id for c in between}))
    return out


