"""What the overview commands (compare, summary, timeline) gather alike: a party's facts with
each partner, a group's members, counts by topic."""

from __future__ import annotations

from collections import Counter

from .. import jsontext
from ..model import Fact

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

    from ..dataset.store import Store

DATA_SET = "data set"  # the `kind` of a source that is a table of country pairs


def facts_of(store: Store, code: str) -> list[tuple[Fact, str]]:
    """Every fact that answers for a pair with `code` in it, with the other party of that pair."""
    rows = store.connection.execute(
        "SELECT f.data, fp.a, fp.b FROM fact_pairs fp JOIN facts f ON f.rowid = fp.fact "
        "WHERE fp.a = ? OR fp.b = ? ORDER BY f.rowid",
        (code, code),
    ).fetchall()
    result, seen = [], set()
    for data, a, b in rows:
        fact = Fact.from_dict(jsontext.loads(data), stored=True)
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



def name_of(store: Store, code: str) -> str:
    try:
        return store.party(code).name
    except LookupError:
        return code


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def topic_counts(facts: list[Fact], order: dict[str, int]) -> tuple[tuple[str, int], ...]:
    counts = Counter(f.topic for f in facts)
    return tuple(sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))


def unique(items: Any) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
