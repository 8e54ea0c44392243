"""One country against all others: the figures of every pair it is in, for one aspect at once.

The same row readers as a single pair (`relations.dataset.figures`) read every row of the
country in a table (`Table.rows_of`): a pair's figure and a partner's row cannot differ. Facts
that are not in tables (trade shares, disputes) are read from the index's facts of the country,
through their structured values, as a pair's are.
"""

from __future__ import annotations

from ..dyadic import geodist as geodist_rows
from ..dyadic import missions as mission_rows
from ..model import Fact
from .figures import (
    ConflictEntry,
    Dispute,
    MissionEntry,
    TradeFigure,
    VisaRule,
    Votes,
    conflict_entry,
    disputes,
    mission_entry,
    trade_figure,
    visa_rule,
    vote_figures,
)

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from .store import Store


def _other(row: dict[str, str], code: str) -> str:
    return row["b"] if row["a"] == code else row["a"]


def visas(store: Store, code: str) -> dict[str, tuple[VisaRule | None, VisaRule | None]]:
    """partner -> (what `code`'s passport needs there, what the partner's passport needs here)."""
    table = store.table("visas", "visas")
    found: dict[str, list[VisaRule | None]] = {}
    if table is None:
        return {}
    errata = store.errata()
    for row in table.rows_of(code):
        rule = visa_rule(row, errata)
        way = 0 if rule.passport == code else 1
        found.setdefault(_other(row, code), [None, None])[way] = rule
    return {other: (pair[0], pair[1]) for other, pair in found.items()}


def votes(store: Store, code: str) -> dict[str, Votes]:
    table = store.table("unvotes", "agreement")
    if table is None:
        return {}
    found = {}
    for row in table.rows_of(code):
        figures = vote_figures(row, decades=False)
        if figures is not None:
            found[_other(row, code)] = figures
    return found


def distances(store: Store, code: str) -> dict[str, tuple[int, str | None]]:
    """partner -> (km between the capitals, the partner's capital)."""
    table = store.table("geodist", "pairs")
    if table is None:
        return {}
    found = {}
    for row in table.rows_of(code):
        km = geodist_rows.distance_km(row)
        if km is not None:
            other = _other(row, code)
            found[other] = (km, (row.get("cap_b") if row["a"] == code else row.get("cap_a")) or None)
    return found


def missions(store: Store, code: str) -> dict[str, list[MissionEntry]]:
    """partner -> every mission either keeps in the other, and those of `code` elsewhere accredited
    to the partner (and the partner's accredited to `code`)."""
    found: dict[str, list[MissionEntry]] = {}
    for name in ("missions", "accreditations"):
        table = store.table("missions", name)
        if table is None:
            continue
        for row in table.rows_of(code):
            entry = mission_entry(name, row)
            if entry is not None:
                found.setdefault(_other(row, code), []).append(entry)
    order = list(mission_rows.TYPES)
    for entries in found.values():
        entries.sort(key=lambda m: (m.type not in mission_rows.EMBASSY_LEVEL, order.index(m.type), m.city or "", m.fact))
    return found


def conflicts(store: Store, code: str) -> dict[str, list[ConflictEntry]]:
    table = store.table("conflicts", "conflicts")
    if table is None:
        return {}
    found: dict[str, list[ConflictEntry]] = {}
    for row in table.rows_of(code):
        found.setdefault(_other(row, code), []).append(conflict_entry(row))
    return found


def trade(facts: list[tuple[Fact, str]], code: str) -> dict[str, list[TradeFigure]]:
    """partner -> the trade figures between the two (shares as either reports them)."""
    found: dict[str, list[TradeFigure]] = {}
    for fact, other in facts:
        figure = trade_figure(fact)
        if figure is not None and code in (figure.reporter, figure.partner) and other in (figure.reporter, figure.partner):
            found.setdefault(other, []).append(figure)
    return found


def party_disputes(facts: list[tuple[Fact, str]]) -> dict[str, list[Dispute]]:
    found: dict[str, list[Dispute]] = {}
    for fact, other in facts:
        for dispute in disputes([fact]):
            found.setdefault(other, []).append(dispute)
    return found




def alignment(store: Store, code: str) -> dict | None:  # type: ignore[type-arg]
    """Every partner's ideal-point distance from `code` in the latest year with enough votes
    behind its point (`dyadic.alignment.partners`), or None."""
    points, years = store.table("alignment", "points"), store.table("alignment", "years")
    if points is None or years is None:
        return None
    from ..dyadic import alignment as alignment_rows

    table = points.made.get("years") or points.made.setdefault("years", alignment_rows.YearTable(years))
    return alignment_rows.partners(table, code, n=100_000)
