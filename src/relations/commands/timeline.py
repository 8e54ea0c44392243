"""`timeline`: the dated facts of a party, or of a pair, in date order, with its predecessors'
facts and (for a pair) its yearly series."""

from __future__ import annotations

from ..dataset.store import Store
from ..errors import SameParty
from ..model import Fact, Party, Series, Source
from ..records import factory, record
from .gather import facts_of, unique


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
    source_ids = unique(s for e in entries for s in e.fact.sources)
    preds = tuple(p for p in preds_a + preds_b if p.code in used)
    series = tuple(view.series) if other is not None else ()
    source_ids = unique([*source_ids, *(s for x in series for s in x.sources)])
    names = store.short_names(code for e in entries for code in (*e.fact.parties, *e.via))
    return Timeline(party, other, tuple(entries), undated, preds, tuple(store.sources_by_id(source_ids)), series, names)



def timeline_of(store: Store, first: str, second: str | None = None) -> Timeline:
    """`timeline A [B]`: the dated facts of a party, or of a pair."""
    party = store.resolve(first)
    return timeline(store, party, store.resolve(second) if second else None)

