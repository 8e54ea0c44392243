"""`compare`, `summary` and `timeline`: views over many facts at once.

Each function takes a `Store` and returns frozen values; nothing here knows the terminal. The
renderers in relations.render turn them into output; this layer never imports them.
"""

from __future__ import annotations

import json
from collections import Counter

from ..dataset.store import SharedMembership, Store
from ..errors import SameParty, UsageError
from ..model import Fact, Party, Source
from ..records import record
from ..wording import format_number, money

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any


ESTABLISHING_KINDS = ("relations_established",)
TREATY_KINDS = ("treaty", "agreement")
LATEST_COUNT = 5
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
    sources: tuple[SourceUse, ...]


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
    return Comparison(base, columns, tuple(store.sources_by_id(source_ids)))


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
    )


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
    return PartySummary(
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
    )


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


DATA_SET = "data set"  # the `kind` of a source that is a table of country pairs


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
    """Historical states that name `code` among their successors."""
    return [row.party for row in store.parties(kind="historical") if code in row.party.successors]


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
        for x, y, pred in [(p, other, p) for p in preds_a] + [(party, q, q) for q in preds_b]:
            if x.code != y.code:
                for fact in store.pair(x, y).facts:
                    add(fact, "predecessor", (pred.code,))
    entries.sort(key=lambda e: (e.fact.date.start, e.fact.date.end, e.fact.id))  # type: ignore[union-attr]
    used = {code for e in entries if e.through == "predecessor" for code in e.via}
    source_ids = _unique(s for e in entries for s in e.fact.sources)
    preds = tuple(p for p in preds_a + preds_b if p.code in used)
    return Timeline(party, other, tuple(entries), undated, preds, tuple(store.sources_by_id(source_ids)))


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
