"""Errata: reviewed notes that a source's value is wrong, attached to what they are notes on.

The notes are read from data/errata.toml (`load`, `[[erratum]]`), kept in the index's `errata`
table, and attached here, in one place, to the three things they can be about: a fact of the
TOML data (at build, so that every reader of the index gets it), a fact written from a
country-pair table (`Store.table_facts`) and a shared membership (`Store.pair`). The value
stays the source's: an erratum adds a note, never a new value.
"""

from __future__ import annotations

from ..model import Erratum, Fact
from ..records import replace

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


def fact_key(fact_id: str) -> str:
    return f"fact:{fact_id}"


def membership_key(party: str, group: str) -> str:
    return f"membership:{party}:{group}"


def by_target(entries: Iterable[tuple[str, Erratum]]) -> dict[str, tuple[Erratum, ...]]:
    """target key -> its errata, in the order given."""
    found: dict[str, tuple[Erratum, ...]] = {}
    for target, erratum in entries:
        found[target] = (*found.get(target, ()), erratum)
    return found


def attach(fact: Fact, errata: Mapping[str, tuple[Erratum, ...]]) -> Fact:
    """`fact` with the errata filed under its id (the same fact when there are none)."""
    found = errata.get(fact_key(fact.id)) if errata else None
    if not found:
        return fact
    return replace(fact, errata=(*fact.errata, *(e for e in found if e not in fact.errata)))


def membership_errata(party: str, group: str, errata: Mapping[str, tuple[Erratum, ...]]) -> tuple[Erratum, ...]:
    return errata.get(membership_key(party, group), ()) if errata else ()
