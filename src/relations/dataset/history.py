"""A pair's history through other parties: the facts of a party's predecessors (the Soviet Union
for Russia) with the other party, and, for a historical state, the successors whose pair with the
other party has facts. Read by `Store.pair` (`with_history`)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..model import Fact, Party
    from .store import Store

# Reviewed notes on where a source files a historical state's history: (state, successor) -> note.
SUCCESSOR_NOTES: dict[tuple[str, str], str] = {
    ("H-SOVIET-UNION", "RU"): (
        "The Office of the Historian's guide files the United States' relations with the Soviet Union "
        "(1917-1991) under Russia."
    ),
}


def pair_history(store: Store, a: Party, b: Party,
                 seen: set[str]) -> tuple[list[tuple[Fact, str]], list[tuple[str, str, int, str | None]]]:
    """Predecessors' facts with the other party, each with the predecessor it comes through (in
    date order, undated last; ids in `seen` left out, and added to it), and the successors of a
    historical party of the pair whose pair with the other has facts: (successor, historical
    state, fact count, reviewed note). `Store.pair` makes its records of them."""
    found: list[tuple[Fact, str]] = []
    store._read_predecessors([a.code, b.code])
    for pred, other in [(p, b) for p in store.predecessors(a.code)] + [(q, a) for q in store.predecessors(b.code)]:
        if pred.code == other.code:
            continue
        x, y = sorted((pred.code, other.code))
        stored = store._direct_facts(x, y) if other.code in store._partners(pred.code) else []
        for fact in stored + store.table_facts(x, y, series=False)[0]:
            if fact.id not in seen:
                seen.add(fact.id)
                found.append((fact, pred.code))
    found.sort(key=lambda item: (item[0].date is None, item[0].date.start if item[0].date else "", item[0].id))
    successors: list[tuple[str, str, int, str | None]] = []
    for party, other in ((a, b), (b, a)):
        for code in party.successors:
            if code == other.code:
                continue
            x, y = sorted((code, other.code))
            count = store.connection.execute(
                "SELECT count(*) FROM fact_pairs WHERE a = ? AND b = ? AND via = 'parties'", (x, y)
            ).fetchone()[0] + len(store.table_facts(x, y, series=False)[0])
            if count:
                successors.append((code, party.code, count, SUCCESSOR_NOTES.get((party.code, code))))
    return found, successors
