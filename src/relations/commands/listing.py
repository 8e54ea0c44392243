"""`countries` and `sources`: what the dataset holds, with how many facts use each entry."""

from __future__ import annotations

from ..dataset.store import PartyCount, SourceCount, Store


def countries(store: Store, contains: str | None = None, kind: str | None = None, with_facts: bool = False) -> list[PartyCount]:
    """Every party (of `kind`, whose code, name or alias contains `contains`), most facts first."""
    rows = store.parties(kind=kind, contains=contains)
    if with_facts:
        rows = [r for r in rows if r.fact_count]
    return rows


def sources(store: Store) -> list[SourceCount]:
    """Every source, with how many facts cite it."""
    return store.sources()
