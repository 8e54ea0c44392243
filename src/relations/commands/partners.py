"""`partners COUNTRY --by ASPECT`: every partner of a country with its value for one aspect, one row
per partner, sorted the way the aspect reads (closest first, most first, visa-free first).

The values are the pairs' figures (relations.dataset.figures), read for every partner at once
(relations.dataset.partners); this module chooses the rows, their order and their filters. The
aspect names are the documented vocabulary of `model.ASPECTS`, which compare's rows also follow.
"""

from __future__ import annotations

from ..dataset import partners as reading
from ..dyadic import missions as mission_rows
from ..dyadic import visas as visa_rows
from ..errors import UsageError
from ..model import ASPECTS, Party, Source
from ..records import factory, record
from ..wording import MIN_COUNT
from .gather import facts_of, group_members

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from ..dataset.figures import ConflictEntry, MissionEntry, TradeFigure, VisaRule, Votes
    from ..dataset.store import Store

COMPARISONS = ("<=", ">=", "<", ">", "=")


@record
class PartnerRow:
    """One partner: `value` in words; `category` (a categorical aspect) or `number` (a numeric
    one) is what `--where` and the map read; `values` the aspect's figures for scripts."""

    party: Party
    value: str
    category: str | None = None
    number: float | None = None
    values: dict[str, Any] = factory(dict)
    facts: tuple[str, ...] = ()


@record
class Partners:
    country: Party
    aspect: str
    measure: str  # what the value counts, in words
    as_of: str | None
    rows: tuple[PartnerRow, ...]
    total: int  # partners before --where, --among and --limit
    categories: tuple[str, ...]  # a categorical aspect's values, in order ("" for a numeric one)
    sources: tuple[Source, ...]
    where: str | None = None
    among: Party | None = None


def partners(store: Store, name: str, aspect: str, where: str | None = None, limit: int | None = None,
             among: str | None = None) -> Partners:
    """The partners of `name` by `aspect`, sorted, filtered by `where`, kept to the members of
    `among` (a group), at most `limit`."""
    if aspect not in ASPECTS:
        raise UsageError(f"unknown aspect {aspect!r}; aspects are: {', '.join(ASPECTS)}")
    country = store.resolve(name)
    if country.kind != "country":
        raise UsageError(f"{country.name} is a {country.kind}: partners are listed for a country")
    group = store.resolve(among) if among else None
    if group is not None and group.kind != "group":
        raise UsageError(f"--among takes a group (such as eu or nato); {group.name} is a {group.kind}")
    make, measure, as_of, source_ids, categories = _ASPECTS[aspect]
    found = make(store, country.code)
    rows = []
    for code, row in found:
        try:
            party = store.party(code)
        except LookupError:
            continue
        rows.append(PartnerRow(party, **row))
    total = len(rows)
    if where is not None:
        test = _filter(aspect, where, categories)
        rows = [r for r in rows if test(r)]
    if group is not None:
        members = set(group_members(store, group.code))
        rows = [r for r in rows if r.party.code in members]
        # A membership the source gives wrongly stays (its value stands) but says so.
        errata = store.errata()
        rows = [_flagged(r, errata.get(f"membership:{r.party.code}:{group.code}", ()), group) for r in rows]
    if limit is not None:
        rows = rows[:limit]
    return Partners(country, aspect, measure, as_of, tuple(rows), total, categories,
                    tuple(store.sources_by_id(list(source_ids))), where, group)


def _flagged(row: PartnerRow, errata: tuple[Any, ...], group: Party) -> PartnerRow:
    if not errata:
        return row
    values = {**row.values, "among_errata": [e.to_dict() for e in errata]}
    return PartnerRow(row.party, f"{row.value} (its {group.name} membership is flagged as a source error)",
                      row.category, row.number, values, row.facts)


def _filter(aspect: str, where: str, categories: tuple[str, ...]) -> Callable[[PartnerRow], bool]:
    text = where.strip().lower()
    if categories:
        if text not in categories:
            raise UsageError(f"unknown value {where!r} for --where with --by {aspect}; values are: {', '.join(categories)}")
        return lambda row: row.category == text
    for sign in COMPARISONS:
        if text.startswith(sign):
            try:
                bound = float(text[len(sign):].replace(",", "").strip())
            except ValueError:
                break
            compare = {"<=": float.__le__, ">=": float.__ge__, "<": float.__lt__, ">": float.__gt__,
                       "=": float.__eq__}[sign]
            return lambda row: row.number is not None and compare(float(row.number), bound)
    raise UsageError(f"--where with --by {aspect} takes a comparison such as '<1000' or '>=80' "
                     f"(one of {', '.join(COMPARISONS)} and a number); got {where!r}")


# -- the aspects ---------------------------------------------------------------------------------

VISA_CATEGORIES = tuple(code.replace("_", "-") for code in visa_rows.REQUIREMENTS)


def _visa_value(rule: VisaRule | None) -> str:
    if rule is None:
        return "not recorded"
    label = visa_rows.REQUIREMENTS[rule.requirement]
    return f"{label} ({rule.days} days)" if rule.days else label


def _visas(store: Store, code: str) -> list[tuple[str, dict[str, Any]]]:
    order = list(visa_rows.REQUIREMENTS)
    found = []
    for other, (there, here) in reading.visas(store, code).items():
        found.append((other, {
            "value": _visa_value(there) + " / theirs here: " + _visa_value(here),
            "category": there.requirement.replace("_", "-") if there else None,
            "values": {"requirement": there.requirement if there else None, "days": there.days if there else None,
                       "their_requirement": here.requirement if here else None,
                       "their_days": here.days if here else None},
            "facts": tuple(r.fact for r in (there, here) if r is not None),
            "_key": (order.index(there.requirement) if there else len(order), -(there.days or 0) if there else 0),
        }))
    return found


def _vote_values(votes: Votes) -> dict[str, Any]:
    latest, whole = votes.latest, votes.whole
    return {
        "share_pct_2010s": latest.share_pct if latest else None, "common_2010s": latest.common if latest else 0,
        "same_2010s": latest.same if latest else 0, "opposite_2010s": latest.opposite if latest else 0,
        "yes_no_share_pct_2010s": latest.yes_no_share_pct if latest else None,
        "yes_no_common_2010s": latest.yes_no_common if latest else 0,
        "share_pct_all": whole.share_pct, "common_all": whole.common, "period_all": whole.period,
        "yes_no_share_pct_all": whole.yes_no_share_pct, "yes_no_common_all": whole.yes_no_common,
    }


def _votes(store: Store, code: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for other, votes in reading.votes(store, code).items():
        latest = votes.latest
        enough = latest is not None and latest.common >= MIN_COUNT
        if latest is not None:
            value = f"{latest.share_pct}% of {latest.common:,} roll calls in 2010–2019"
            if latest.yes_no_share_pct is not None:
                value += f" ({latest.yes_no_share_pct}% on yes and no alone)"
        else:
            value = "no common roll call in 2010–2019"
        value += f"; {votes.whole.share_pct}% of {votes.whole.common:,} in all"
        found.append((other, {
            "value": value, "number": latest.share_pct if enough and latest else None,
            "values": _vote_values(votes), "facts": tuple(f for f in (votes.latest_fact, votes.whole_fact) if f),
            # closest first; shares from fewer than 20 roll calls after every other, then by the whole record
            "_key": (not enough, -(latest.same / latest.common) if enough and latest else 0,
                     -(votes.whole.same / votes.whole.common)),
        }))
    return found


def _distance(store: Store, code: str) -> list[tuple[str, dict[str, Any]]]:
    return [(other, {"value": f"{km:,} km", "number": km, "values": {"distance_km": km, "capital": capital},
                     "_key": (km,)})
            for other, (km, capital) in reading.distances(store, code).items()]


MISSION_CATEGORIES = ("embassy", "consulate", "accredited", "theirs-only")


def _missions(store: Store, code: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for other, entries in reading.missions(store, code).items():
        own = [m for m in entries if m.sender == code and m.via_host is None]
        covering = [m for m in entries if m.sender == code and m.via_host is not None]
        theirs = [m for m in entries if m.sender == other and m.via_host is None]
        if own:
            category = "embassy" if own[0].type in mission_rows.EMBASSY_LEVEL else "consulate"
        else:
            category = "accredited" if covering else "theirs-only"
        found.append((other, {
            "value": f"{_missions_words(own, covering, store)} / theirs here: {_missions_words(theirs, [], store)}",
            "category": category,
            "values": {"missions": [_mission_value(m) for m in own], "accredited_from": [_mission_value(m) for m in covering],
                       "their_missions": [_mission_value(m) for m in theirs]},
            "facts": tuple(m.fact for m in entries),
            "_key": (MISSION_CATEGORIES.index(category),),
        }))
    return found


def _mission_value(entry: MissionEntry) -> dict[str, Any]:
    return {"type": entry.type, "city": entry.city, "near": entry.near, "via": entry.via_host}


def _missions_words(entries: list[MissionEntry], covering: list[MissionEntry], store: Store) -> str:
    if entries:
        first = entries[0]
        place = first.place
        words = mission_rows.type_words(first.type) + (f" in {place}" if first.city else f" ({place})" if place else "")
        return words + (f" (+{len(entries) - 1} more)" if len(entries) > 1 else "")
    if covering:
        first = covering[0]
        return f"covered from {first.city or store.display_name(first.via_host or '')}"
    return "none recorded"


def _conflicts(store: Store, code: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for other, entries in reading.conflicts(store, code).items():
        between = [c for c in entries if c.relation in ("fought", "troops")]
        opposite = [c for c in entries if c.relation == "opposite"]
        support = [c for c in entries if c.relation == "support"]
        years = sorted({y for c in between for y in c.years})
        war = sorted({y for c in between for y in c.war_years})
        parts = []
        if between:
            span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
            parts.append(f"{len(between)} between them, {span}" + (f"; war in {_years(war)}" if war else ""))
        if opposite:
            parts.append(f"opposite sides in {len(opposite)} other{'s' if len(opposite) > 1 else ''}")
        if support:
            parts.append(f"same side in {len(support)}")
        found.append((other, {
            "value": "; ".join(parts), "number": len(between),
            "values": {"between": len(between), "opposite_sides": len(opposite), "same_side": len(support),
                       "years": years, "war_years": war, "conflicts": [_conflict_value(c) for c in entries]},
            "facts": tuple(c.fact for c in entries),
            "_key": (-len(between), years[0] if years else 9999, -len(opposite)),
        }))
    return found


def _years(years: list[int]) -> str:
    from ..wording import year_ranges

    return year_ranges(years)


def _conflict_value(entry: ConflictEntry) -> dict[str, Any]:
    return {"conflict_id": entry.conflict_id, "name": entry.name, "relation": entry.relation,
            "years": list(entry.years), "war_years": list(entry.war_years), "sender": entry.sender,
            "against": entry.against}


def _trade(store: Store, code: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for other, figures in reading.trade(facts_of(store, code), code).items():
        own = [t for t in figures if t.reporter == code and t.share_pct is not None]
        exports = max((t for t in own if t.direction == "exports"), key=_latest, default=None)
        imports = max((t for t in own if t.direction == "imports"), key=_latest, default=None)
        theirs = [t for t in figures if t.reporter == other and t.share_pct is not None]
        if not own and not theirs:
            continue
        words = [_pct(t, "its") if t else f"not listed in its top five {d}"
                 for t, d in ((exports, "exports"), (imports, "imports"))]
        if theirs:
            words.append("; ".join(_pct(t, "their") for t in theirs))
        best = max((t.share_pct or 0 for t in own), default=0)
        found.append((other, {
            "value": "; ".join(words), "number": best or None,
            "values": {"exports_share_pct": exports.share_pct if exports else None,
                       "imports_share_pct": imports.share_pct if imports else None,
                       "year": (exports or imports).year if (exports or imports) else None,
                       "their_shares": [{"direction": t.direction, "share_pct": t.share_pct, "year": t.year} for t in theirs]},
            "facts": tuple(t.fact.id for t in figures),
            "_key": (-best, -max((t.share_pct or 0 for t in theirs), default=0)),
        }))
    return found


def _latest(figure: TradeFigure) -> tuple[int, float]:
    return (figure.year or 0, figure.share_pct or 0)


def _pct(figure: TradeFigure, whose: str) -> str:
    """'27% of its exports (2023)'."""
    value = figure.share_pct or 0
    number = f"{int(value)}%" if float(value).is_integer() else f"{value}%"
    return f"{number} of {whose} {figure.direction}" + (f" ({figure.year})" if figure.year else "")


def _alignment(store: Store, code: str) -> list[tuple[str, dict[str, Any]]]:
    found = reading.alignment(store, code)
    if found is None:
        return []
    year = found["year"]
    return [(p["party"], {"value": f"{p['distance']:.2f} in {year} (on {p['votes']} votes)", "number": p["distance"],
                          "values": {"distance": p["distance"], "year": year, "votes": p["votes"],
                                     "own_votes": found["votes"]},
                          "_key": (p["distance"],)})
            for p in found["closest"]]


DISPUTE_CATEGORIES = ("open", "settled", "issue", "none-identified")


def _disputes(store: Store, code: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for other, items in reading.party_disputes(facts_of(store, code)).items():
        statuses = [d.status for d in items]
        category = next((c for c in DISPUTE_CATEGORIES if c.replace("-", "_") in statuses), None)
        places = list(dict.fromkeys(p for d in items for p in d.places))
        value = (category or "recorded").replace("-", " ") + (f": {', '.join(places)}" if places else "")
        found.append((other, {"value": value, "category": category,
                              "values": {"statuses": statuses, "places": places},
                              "facts": tuple(d.fact.id for d in items),
                              "_key": (DISPUTE_CATEGORIES.index(category) if category else 9,)}))
    return found


_ASPECTS: dict[str, tuple[Callable[[Store, str], list[tuple[str, dict[str, Any]]]], str, str | None, tuple[str, ...],
                          tuple[str, ...]]] = {}


def _sorted(make: Callable[[Store, str], list[tuple[str, dict[str, Any]]]]) -> Callable[[Store, str], list[tuple[str, dict[str, Any]]]]:
    def rows(store: Store, code: str) -> list[tuple[str, dict[str, Any]]]:
        found = make(store, code)
        names = store.short_names(other for other, _ in found)
        found.sort(key=lambda item: (item[1].pop("_key"), names.get(item[0], item[0])))
        return found

    return rows


_ASPECTS.update({
    "visas": (_sorted(_visas), "what this country's passport needs to visit each partner (visa-free: no visa or "
              "authorisation sought in advance), and what the partner's passport needs here",
              visa_rows.AS_OF, visa_rows.SOURCE_IDS, VISA_CATEGORIES),
    "votes": (_sorted(_votes), "share of UN General Assembly roll calls both voted on (yes, no or abstain; an "
              "abstention counts as a vote) on which they cast the same vote, in 2010–2019 and over the whole record",
              "2020-01-14", ("unvotes",), ()),
    "alignment": (_sorted(_alignment), "distance between the two UN General Assembly ideal points in the latest year "
                  "with at least 20 votes behind this country's point (lower is closer; a partner's point needs as many)",
                  "2025", ("un-ideal-points",), ()),
    "distance": (_sorted(_distance), "great-circle distance between the capitals, in km", None, ("cepii-geodist",), ()),
    "missions": (_sorted(_missions), "this country's missions in each partner (embassy-level first), those elsewhere "
                 "accredited to it, and the partner's missions here", mission_rows.AS_OF, mission_rows.SOURCE_IDS,
                 MISSION_CATEGORIES),
    "conflicts": (_sorted(_conflicts), "armed conflicts UCDP records between the two (fought each other, or one sent "
                  "troops against the other), and those in which both sent troops to opposite sides",
                  "1946/2024", ("ucdp-acd",), ()),
    "trade": (_sorted(_trade), "each partner's share of this country's exports and imports in the Factbook's top-five "
              "partner lists (a partner not in a list is not listed, never zero)", None, ("factbook",), ()),
    "disputes": (_sorted(_disputes), "international disputes and issues the Factbook records with each partner",
                 None, ("factbook",), DISPUTE_CATEGORIES),
})
assert tuple(_ASPECTS) == tuple(ASPECTS), "the documented vocabulary (model.ASPECTS) is what partners answers"
