"""Reading the TOML data folders into a checked `Dataset`.

The loader never stops at the first bad entry: it records a `DataError` (file, line, message) for
each problem, leaves the entry out, and goes on, so one typo in a user's file costs that entry only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import tomlread
from ..errors import DataError
from ..model import EVENT_KINDS, PARTY_KINDS, Erratum, Fact, FactDate, Membership, Party, Series, Source, Topic
from ..paths import DataRoot, toml_files
from ..records import factory, record

_FACT_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_NUMBER_STRING = re.compile(r"^\s*[-+]?[$€£]?\s*\d[\d,.\s]*%?\s*$")
_NUMERIC_VALUE_KEYS = {"amount", "year", "share_pct", "length_km", "count"}
_PERIOD = re.compile(r"^(\d{4})(?:/(\d{4}))?$")
_COUNT_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


@record(mutable=True)
class Known:
    """Entries already indexed (the shipped data) that a user's files may refer to."""

    topics: dict[str, Topic] = factory(dict)
    parties: dict[str, Party] = factory(dict)
    sources: dict[str, Source] = factory(dict)
    fact_ids: set[str] = factory(set)
    series_ids: set[str] = factory(set)


@record
class Retraction:
    """A user's statement that a fact should be set aside, with why."""

    id: str
    reason: str
    path: str


@record
class ErratumEntry:
    """An erratum and what it is a note on: a fact (`fact`, its id) or a membership (`party` in
    `group`). See data/README.md, "Errata"."""

    erratum: Erratum
    fact: str | None = None
    party: str | None = None
    group: str | None = None

    @property
    def target(self) -> str:
        """The key the index files it under (`relations.dataset.errata.fact_key`, `membership_key`)."""
        from .errata import fact_key, membership_key

        return fact_key(self.fact) if self.fact else membership_key(self.party or "", self.group or "")


@record(mutable=True)
class Dataset:
    topics: dict[str, Topic] = factory(dict)
    parties: dict[str, Party] = factory(dict)
    sources: dict[str, Source] = factory(dict)
    facts: dict[str, Fact] = factory(dict)
    series: dict[str, Series] = factory(dict)
    series_paths: dict[str, str] = factory(dict)  # series id -> the file it was read from
    memberships: list[Membership] = factory(list)
    retractions: list[Retraction] = factory(list)
    errata: list[ErratumEntry] = factory(list)
    problems: list[DataError] = factory(list)
    files: list[Path] = factory(list)
    known: Known = factory(Known)

    def has_topic(self, ident: str) -> bool:
        return ident in self.topics or ident in self.known.topics

    def party(self, code: str) -> Party | None:
        return self.parties.get(code) or self.known.parties.get(code)

    def source(self, ident: str) -> Source | None:
        return self.sources.get(ident) or self.known.sources.get(ident)

    def is_shipped_fact(self, ident: str) -> bool:
        """A fact of the shipped data: already indexed, or read from a shipped folder before."""
        fact = self.facts.get(ident)
        return ident in self.known.fact_ids or (fact is not None and fact.origin == "shipped")

    def has_fact(self, ident: str) -> bool:
        return ident in self.facts or ident in self.known.fact_ids


# A bound on one data file, so a stray huge file is refused with a message rather than exhausting memory.
MAX_FILE_BYTES = 50 * 1024 * 1024


def load_dataset(roots: Iterable[DataRoot], known: Known | None = None, check_conflicts: bool = True) -> Dataset:
    """Read every TOML file of `roots`; entries may refer to `known` ones (already indexed).

    A user's `corrects` and `[[retraction]]` name shipped facts (`known`). `check_conflicts=False`
    leaves the check of `conflicts_with` references to the caller (which sees every file)."""
    dataset = Dataset(known=known or Known())
    raw: list[tuple[DataRoot, Path, str, dict[str, Any]]] = []
    for root, name in toml_files(roots):
        path = Path(name)
        dataset.files.append(path)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                dataset.problems.append(DataError(str(path), None, f"file of {size:,} bytes is over the limit of {MAX_FILE_BYTES:,}; split it into several files"))
                continue
            text = path.read_text(encoding="utf-8")
            doc = tomlread.loads(text)
        except UnicodeDecodeError as exc:
            dataset.problems.append(DataError(str(path), None, f"not UTF-8 text ({exc.reason})"))
            continue
        except tomlread.TOMLDecodeError as exc:
            dataset.problems.append(DataError(str(path), _toml_error_line(exc), f"not valid TOML: {exc}"))
            continue
        except OSError as exc:
            dataset.problems.append(DataError(str(path), None, f"cannot read: {exc.strerror}"))
            continue
        raw.append((root, path, text, doc))

    # Vocabularies and parties first, so facts anywhere can refer to them.
    for root, path, text, doc in raw:
        _read_entries(dataset, path, text, doc, "topic", lambda e: _topic(e), dataset.topics, "id")
        _read_entries(dataset, path, text, doc, "party", lambda e, o=root.origin: _party(e, o), dataset.parties, "code")
        _read_entries(dataset, path, text, doc, "source", lambda e, o=root.origin: _source(e, o), dataset.sources, "id")
    for root, path, text, doc in raw:
        _read_entries(dataset, path, text, doc, "fact", lambda e, o=root.origin, p=str(path): _fact(e, o, dataset, p), dataset.facts, "id")
        for entry in _entries(dataset, path, text, doc, "membership"):
            try:
                dataset.memberships.append(_membership(entry, dataset))
            except (KeyError, TypeError, ValueError) as exc:
                dataset.problems.append(DataError(str(path), _line_of(text, "party", entry.get("party")), _reason(exc, "membership")))
        for entry in _entries(dataset, path, text, doc, "series"):
            _read_series(dataset, path, text, entry)
        for entry in _entries(dataset, path, text, doc, "retraction"):
            line = _line_of(text, "id", entry.get("id"))
            try:
                dataset.retractions.append(_retraction(entry, dataset, str(path)))
            except (KeyError, TypeError, ValueError) as exc:
                dataset.problems.append(DataError(str(path), line, _reason(exc, "retraction", entry.get("id"))))
        for key in doc:
            if key not in {"topic", "party", "source", "fact", "membership", "retraction", "series", "erratum"}:
                dataset.problems.append(DataError(str(path), _line_of_table(text, key), f"unknown table {key!r} (expected fact, party, source, topic, membership, series, retraction or erratum)"))
    # Errata last: they name facts and memberships of any file.
    for root, path, text, doc in raw:
        for entry in _entries(dataset, path, text, doc, "erratum"):
            try:
                dataset.errata.append(_erratum(entry, dataset, root.origin))
            except (KeyError, TypeError, ValueError) as exc:
                dataset.problems.append(DataError(str(path), _line_of(text, "id", entry.get("id")), _reason(exc, "erratum", entry.get("id"))))
    if check_conflicts:
        _check_conflicts(dataset)
    return dataset


def _entries(dataset: Dataset, path: Path, text: str, doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    entries = doc.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        dataset.problems.append(DataError(str(path), _line_of_table(text, key), f"{key!r} must be an array of tables: [[{key}]]"))
        return []
    return entries


def _read_entries(dataset, path, text, doc, key, build, target: dict, id_key: str) -> None:  # type: ignore[no-untyped-def]
    for entry in _entries(dataset, path, text, doc, key):
        ident = entry.get(id_key)
        try:
            value = build(entry)
        except (KeyError, TypeError, ValueError) as exc:
            for problem in exc.problems if isinstance(exc, _Problems) else [exc]:
                dataset.problems.append(DataError(str(path), _line_of(text, id_key, ident), _reason(problem, key, ident)))
            continue
        if ident in target or _known_has(dataset.known, key, ident):
            line = _line_of(text, id_key, ident, nth=2)
            dataset.problems.append(DataError(str(path), line, f"duplicate {key} {id_key} {ident!r}: the first one is kept"))
            continue
        target[ident] = value


def _known_has(known: Known, key: str, ident: object) -> bool:
    if key == "fact":
        return ident in known.fact_ids
    table = {"topic": known.topics, "party": known.parties, "source": known.sources}.get(key, {})
    return ident in table


def _reason(exc: Exception, key: str, ident: object = None) -> str:
    label = f"{key} {ident!r}" if ident is not None else key
    if isinstance(exc, KeyError):
        return f"{label}: missing required key {exc.args[0]!r}"
    return f"{label}: {exc}"


def _str(entry: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = entry.get(key)
    if value is None:
        if required:
            raise KeyError(key)
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{key!r} must be a non-empty string")
    return value


def _strs(entry: dict[str, Any], key: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key!r} must be a list of strings")
    return tuple(value)


def _topic(entry: dict[str, Any]) -> Topic:
    return Topic(id=_str(entry, "id", True) or "", description=_str(entry, "description") or "")


def _party(entry: dict[str, Any], origin: str) -> Party:
    kind = _str(entry, "kind", True)
    if kind not in PARTY_KINDS:
        raise ValueError(f"kind must be one of {', '.join(PARTY_KINDS)}, not {kind!r}")
    return Party(
        code=_str(entry, "code", True) or "",
        kind=kind,
        name=_str(entry, "name", True) or "",
        official_name=_str(entry, "official_name"),
        alpha3=_str(entry, "alpha3"),
        aliases=_strs(entry, "aliases"),
        members=_strs(entry, "members"),
        successors=_strs(entry, "successors"),
        category=_str(entry, "category"),
        sources=_strs(entry, "sources"),
        note=_str(entry, "note"),
        origin=origin,
    )


def _source(entry: dict[str, Any], origin: str) -> Source:
    date = _str(entry, "date")
    if date:
        FactDate.parse(date)
    return Source(
        id=_str(entry, "id", True) or "",
        title=_str(entry, "title", True) or "",
        publisher=_str(entry, "publisher"),
        kind=_str(entry, "kind"),
        date=date,
        url=_str(entry, "url"),
        note=_str(entry, "note"),
        origin=origin,
        licence=_str(entry, "licence"),
        credit=_str(entry, "credit"),
    )


class _Problems(ValueError):
    """Every problem found in one entry, so that each is reported (not only the first)."""

    def __init__(self, problems: list[Exception]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


def _fact_id(entry: dict[str, Any], dataset: Dataset) -> str:
    ident = _str(entry, "id", True) or ""
    if not _FACT_ID.match(ident):
        raise ValueError("id must be lower case letters, digits, '.', '-' or '_'")
    return ident


def _fact_parties(entry: dict[str, Any], dataset: Dataset) -> tuple[str, ...]:
    parties = _strs(entry, "parties")
    if len(parties) != 2:
        raise ValueError("'parties' must name exactly two parties")
    if parties[0] == parties[1]:
        raise ValueError(f"'parties' names {parties[0]!r} twice")
    unknown = [code for code in parties if dataset.party(code) is None]
    if unknown:
        raise ValueError("; ".join(f"unknown party {code!r}" for code in unknown))
    return parties


def _fact_topic(entry: dict[str, Any], dataset: Dataset) -> str | None:
    topic = _str(entry, "topic", True)
    if not dataset.has_topic(topic or ""):
        raise ValueError(f"unknown topic {topic!r} (see topics.toml)")
    return topic


def _fact_sources(entry: dict[str, Any], dataset: Dataset) -> tuple[str, ...]:
    sources = _strs(entry, "sources")
    if not sources:
        raise ValueError("'sources' must name at least one source")
    unknown = [source for source in sources if dataset.source(source) is None]
    if unknown:
        raise ValueError("; ".join(f"unknown source {source!r}" for source in unknown))
    return sources


def _fact_corrects(entry: dict[str, Any], dataset: Dataset) -> str | None:
    corrects = _str(entry, "corrects")
    if corrects is not None and not dataset.is_shipped_fact(corrects):
        raise ValueError(f"corrects {corrects!r}, which is not a shipped fact")
    return corrects


def _fact_date(entry: dict[str, Any], dataset: Dataset) -> FactDate | None:
    date = _str(entry, "date")
    return FactDate.parse(date) if date else None


def _fact_values(entry: dict[str, Any], dataset: Dataset) -> dict[str, Any]:
    values = entry.get("values", {})
    if not isinstance(values, dict):
        raise ValueError("'values' must be a table")
    for key, value in values.items():
        if key in _NUMERIC_VALUE_KEYS and not isinstance(value, (int, float)):
            raise ValueError(f"values.{key} must be a number, not {value!r}")
        if isinstance(value, str) and key in _NUMERIC_VALUE_KEYS | {"amount"} and _NUMBER_STRING.match(value):
            raise ValueError(f"values.{key} is a number written as a string: {value!r}")
    return values


def _fact_places(entry: dict[str, Any], dataset: Dataset) -> list[dict[str, Any]]:
    places = entry.get("places", [])
    if not isinstance(places, list) or not all(isinstance(p, dict) and isinstance(p.get("name"), str) for p in places):
        raise ValueError("'places' must be a list of tables with a 'name'")
    for place in places:
        country = place.get("country")
        if country is not None and dataset.party(country) is None:
            raise ValueError(f"place {place['name']!r}: unknown country {country!r}")
    return places


def _fact_kind(entry: dict[str, Any], dataset: Dataset) -> str | None:
    kind = _str(entry, "kind")
    if kind is not None and kind not in EVENT_KINDS:
        raise ValueError(f"unknown event kind {kind!r} (see data/README.md)")
    return kind


# Every check of a fact, in the order of the fields they give to `_fact`.
_FACT_CHECKS = (
    _fact_id,
    _fact_parties,
    _fact_topic,
    _fact_sources,
    _fact_corrects,
    _fact_date,
    _fact_values,
    _fact_places,
    lambda entry, dataset: _str(entry, "text", True) or "",
    _fact_kind,
    lambda entry, dataset: _strs(entry, "people"),
    lambda entry, dataset: _str(entry, "locator"),
    lambda entry, dataset: _str(entry, "note"),
    lambda entry, dataset: _strs(entry, "conflicts_with"),
)


# The keys of a fact that `_plain_fact_fields` checks itself; any other key takes its own check.
_PLAIN_KEYS = 5  # id, parties, topic, text, sources (and date, counted apart)


def _plain_fact_fields(entry: dict[str, Any], dataset: Dataset) -> list[Any] | None:
    """The fields `_FACT_CHECKS` give a fact that passes them all, found with fewer calls; None for a
    fact that is not plainly well formed (a value of another type, a problem anywhere), which
    `_fact` then takes through every check in turn. A large user dataset is nearly all facts
    of the required keys and a date, read here at a fraction of the cost of the checks one by one.
    It answers only what every check would: never a fact that one of them refuses."""
    ident, parties, topic, text, sources = (
        entry.get("id"), entry.get("parties"), entry.get("topic"), entry.get("text"), entry.get("sources"))
    if (
        type(ident) is not str or type(parties) is not list or type(topic) is not str or type(text) is not str
        or type(sources) is not list or len(parties) != 2 or not sources or not text.strip() or not topic.strip()
        or not _FACT_ID.match(ident) or not dataset.has_topic(topic)
    ):
        return None
    a, b = parties
    if type(a) is not str or type(b) is not str or a == b or dataset.party(a) is None or dataset.party(b) is None:
        return None
    for source in sources:
        if type(source) is not str or dataset.source(source) is None:
            return None
    others = len(entry) - _PLAIN_KEYS
    date = entry.get("date")
    if date is not None:
        others -= 1
        if type(date) is not str:
            return None
        try:
            date = FactDate.parse(date) if date else None
        except ValueError:
            return None
    if not others:
        return [ident, tuple(parties), topic, tuple(sources), None, date, {}, [], text, None, (), None, None, ()]
    try:
        return [
            ident, tuple(parties), topic, tuple(sources), _fact_corrects(entry, dataset), date,
            _fact_values(entry, dataset), _fact_places(entry, dataset), text, _fact_kind(entry, dataset),
            _strs(entry, "people"), _str(entry, "locator"), _str(entry, "note"), _strs(entry, "conflicts_with"),
        ]
    except (KeyError, TypeError, ValueError):
        return None


def _fact(entry: dict[str, Any], origin: str, dataset: Dataset, path: str) -> Fact:
    """A fact from its table, checked. A fact with problems raises them all (`validate` lists
    every one), not only the first; a fact without any (nearly all) is checked in one pass."""
    fields = _plain_fact_fields(entry, dataset)
    if fields is None:
        try:
            fields = [check(entry, dataset) for check in _FACT_CHECKS]
        except (KeyError, TypeError, ValueError):
            problems: list[Exception] = []
            for check in _FACT_CHECKS:
                try:
                    check(entry, dataset)
                except (KeyError, TypeError, ValueError) as exc:
                    problems.append(exc)
            if len(problems) == 1:
                raise problems[0] from None
            raise _Problems(problems) from None
    ident, parties, topic, sources, corrects, date, values, places, text, kind, people, locator, note, conflicts_with = fields
    return Fact(
        id=ident,
        parties=(parties[0], parties[1]),
        topic=topic or "",
        text=text,
        sources=sources,
        date=date,
        kind=kind,
        values=values,
        places=tuple(places),
        people=people,
        locator=locator,
        note=note,
        conflicts_with=conflicts_with,
        corrects=corrects,
        origin=origin,
        path=path,
    )


class _PointError(ValueError):
    """A problem with one point of a series: its period (a string) finds the line."""

    def __init__(self, message: str, period: object) -> None:
        super().__init__(message)
        self.period = period


def _read_series(dataset: Dataset, path: Path, text: str, entry: dict[str, Any]) -> None:
    ident = entry.get("id")
    try:
        series = _series(entry, dataset)
    except (KeyError, TypeError, ValueError) as exc:
        line = _line_of(text, "id", ident)
        if isinstance(exc, _PointError):
            line = _line_of_period(text, exc.period, line) or line
        dataset.problems.append(DataError(str(path), line, _reason(exc, "series", ident)))
        return
    if series.id in dataset.series or series.id in dataset.known.series_ids:
        dataset.problems.append(DataError(str(path), _line_of(text, "id", ident, nth=2), f"duplicate series id {ident!r}: the first one is kept"))
        return
    dataset.series[series.id] = series
    dataset.series_paths[series.id] = str(path)


def _series(entry: dict[str, Any], dataset: Dataset) -> Series:
    """A `[[series]]` table: numbers for a pair by period (see data/README.md, "Series")."""
    ident = _str(entry, "id", True) or ""
    if not _FACT_ID.match(ident):
        raise ValueError("id must be lower case letters, digits, '.', '-' or '_'")
    parties = _strs(entry, "parties")
    if len(parties) != 2:
        raise ValueError("'parties' must name exactly two parties")
    if parties[0] == parties[1]:
        raise ValueError(f"'parties' names {parties[0]!r} twice")
    for code in parties:
        if dataset.party(code) is None:
            raise ValueError(f"unknown party {code!r}")
    name = _str(entry, "name", True) or ""
    unit = _str(entry, "unit", True) or ""
    sources = _strs(entry, "sources")
    if not sources:
        raise ValueError("'sources' must name at least one source")
    for source in sources:
        if dataset.source(source) is None:
            raise ValueError(f"unknown source {source!r}")
    if "points" in entry and "values" in entry:
        raise ValueError("give either 'points' or 'values', not both")
    if "values" in entry:
        table = entry["values"]
        if not isinstance(table, dict):
            raise ValueError("'values' must be a table of period = value (e.g. values = { 1990 = 0.82 })")
        raw = [{"period": period, "value": value} for period, value in table.items()]
    elif "points" in entry:
        raw = entry["points"]
        if not isinstance(raw, list) or not all(isinstance(p, dict) for p in raw):
            raise ValueError("'points' must be a list of tables: [{ period = \"1990\", value = 0.82 }, ...]")
    else:
        raise KeyError("points")
    if not raw:
        raise ValueError("a series needs at least one point")
    points = [_point(p) for p in raw]
    seen: set[str] = set()
    for point in points:
        if point["period"] in seen:
            raise _PointError(f"period {point['period']!r} is given twice", point["period"])
        seen.add(point["period"])
    spans = {"/" in p["period"] for p in points}
    if len(spans) > 1:
        raise ValueError("a series holds years or spans of years (decades), not both: make two series")
    points.sort(key=lambda p: p["period"])
    return Series(
        id=ident,
        parties=(parties[0], parties[1]),
        name=name,
        unit=unit,
        sources=sources,
        points=tuple(points),
        locator=_str(entry, "locator"),
        note=_str(entry, "note"),
    )


def _point(raw: dict[str, Any]) -> dict[str, Any]:
    period = raw.get("period")
    if period is None:
        raise KeyError("period")
    if isinstance(period, int) and not isinstance(period, bool):
        period = str(period)
    match = _PERIOD.match(period) if isinstance(period, str) else None
    if match is None or (match.group(2) is not None and int(match.group(2)) <= int(match.group(1))):
        raise _PointError(f"period {period!r} must be a year (\"1990\") or a span of years (\"1990/1999\")", period)
    value = raw.get("value")
    if value is None:
        raise _PointError(f"period {period}: missing required key 'value'", period)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value in (float("inf"), float("-inf")):
        raise _PointError(f"period {period}: value must be a number, not {value!r}", period)
    point: dict[str, Any] = {"period": period, "value": value}
    for key, count in raw.items():
        if key in ("period", "value"):
            continue
        if not _COUNT_KEY.match(key) or isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise _PointError(f"period {period}: {key!r} must be a count (a whole number, 0 or more) with a snake_case name", period)
        point[key] = count
    return point


def _retraction(entry: dict[str, Any], dataset: Dataset, path: str) -> Retraction:
    ident = _str(entry, "id", True) or ""
    if not dataset.is_shipped_fact(ident):
        raise ValueError(f"retracts {ident!r}, which is not a shipped fact")
    return Retraction(id=ident, reason=_str(entry, "reason") or "", path=path)


def _membership(entry: dict[str, Any], dataset: Dataset) -> Membership:
    party = _str(entry, "party", True) or ""
    group = _str(entry, "group", True) or ""
    for code in (party, group):
        if dataset.party(code) is None:
            raise ValueError(f"unknown party {code!r}")
    return Membership(
        party=party,
        group=group,
        status=_str(entry, "status") or "member",
        sources=_strs(entry, "sources"),
        locator=_str(entry, "locator"),
    )


# The prefixes of the ids of facts written from the country-pair tables (relations.dyadic): an
# erratum may name such a fact, which is not in the TOML files (tests check that each one exists).
TABLE_FACT_PREFIXES = ("unvotes.", "geodist.", "conflicts.", "visas.", "missions.")


def _erratum(entry: dict[str, Any], dataset: Dataset, origin: str) -> ErratumEntry:
    """An `[[erratum]]` table: a reviewed note on a source's value (shipped data only)."""
    if origin != "shipped":
        raise ValueError("errata are reviewed notes of the shipped data; to replace a shipped fact, "
                         "write your own fact with `corrects`")
    ident = _str(entry, "id", True) or ""
    source = _str(entry, "source", True) or ""
    if dataset.source(source) is None:
        raise ValueError(f"unknown source {source!r}")
    fact = _str(entry, "fact")
    party, group = _str(entry, "party"), _str(entry, "group")
    if bool(fact) == bool(party or group) or bool(party) != bool(group):
        raise ValueError("an erratum names either a fact (`fact`) or a membership (`party` and `group`)")
    value = _str(entry, "value", True) or ""
    if fact:
        known = dataset.facts.get(fact)
        if known is None and not fact.startswith(TABLE_FACT_PREFIXES):
            raise ValueError(f"unknown fact {fact!r}")
        if known is not None and source not in known.sources:
            raise ValueError(f"fact {fact!r} does not cite {source!r}")
    else:
        found = [m for m in dataset.memberships if (m.party, m.group) == (party, group)]
        if not found:
            raise ValueError(f"no membership of {party!r} in {group!r}")
        if all(m.status != value for m in found):
            raise ValueError(f"the membership of {party!r} in {group!r} is not {value!r} "
                             f"(it is {', '.join(repr(m.status) for m in found)}): the erratum is out of date")
    evidence_source = _str(entry, "evidence_source")
    document = entry.get("document")
    if evidence_source is not None and dataset.source(evidence_source) is None:
        raise ValueError(f"unknown evidence source {evidence_source!r}")
    if document is not None:
        if not isinstance(document, dict) or any(not isinstance(document.get(k), str) or not document[k].strip()
                                                 for k in ("title", "publisher", "date")):
            raise ValueError("'document' must give a title, a publisher and a date")
        FactDate.parse(document["date"])
    if bool(evidence_source) == bool(document):
        raise ValueError("give the evidence as another shipped source (`evidence_source`, `evidence_locator`) "
                         "or, where none says so, a public document (`document`), one of the two")
    if evidence_source and not _str(entry, "evidence_locator"):
        raise KeyError("evidence_locator")
    return ErratumEntry(
        Erratum(
            id=ident, source=source, value=value, problem=_str(entry, "problem", True) or "",
            evidence=_str(entry, "evidence", True) or "", evidence_source=evidence_source,
            evidence_locator=_str(entry, "evidence_locator"),
            document={k: document[k] for k in ("title", "publisher", "date")} if document else None,
            party=party,
        ),
        fact=fact, party=party, group=group,
    )


def _check_conflicts(dataset: Dataset) -> None:
    for fact in dataset.facts.values():
        for other in fact.conflicts_with:
            if not dataset.has_fact(other):
                dataset.problems.append(DataError(fact.path or "?", None, f"fact {fact.id!r}: conflicts_with names unknown fact {other!r}", kept=True))


_LINE_MAPS: dict[str, tuple[str, dict[str, list[int]]]] = {}


def _line_of(text: str, key: str, value: object, nth: int = 1) -> int | None:
    """The line where `key = "value"` stands (its `nth` occurrence, else the last); only asked
    for when there is a problem to report. Each file's lines are scanned once per key: the scan
    is kept with the text it was made from and reused only for that very text."""
    if not isinstance(value, str):
        return None
    cached = _LINE_MAPS.get(key)
    if cached is not None and cached[0] is text:
        lines = cached[1]
    else:
        lines = {}
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=\s*[\"']([^\"'\n]*)[\"']", re.MULTILINE)
        line, position = 1, 0
        for match in pattern.finditer(text):
            line += text.count("\n", position, match.start())
            position = match.start()
            lines.setdefault(match.group(1), []).append(line)
        _LINE_MAPS[key] = (text, lines)
    found = lines.get(value)
    if not found:
        return None
    return found[nth - 1] if nth <= len(found) else found[-1]


def duplicate_fact_line(text: str, ident: str) -> int | None:
    """The line of a fact id seen before, in a file's text, as load_dataset reports it."""
    return _line_of(text, "id", ident, nth=2)


def _line_of_period(text: str, period: object, after: int | None) -> int | None:
    """The line of a series point with this period (`period = "1990"`, or `1990 = 0.82` in the
    compact form), looked for from the series' id line on."""
    if isinstance(period, bool) or not isinstance(period, (str, int)):
        return None
    start = 0
    for _ in range((after or 1) - 1):
        start = text.find("\n", start) + 1
    value = re.escape(str(period))
    pattern = re.compile(rf"\bperiod\s*=\s*[\"']?{value}(?![\w/])|(?<![\w/.\"'])[\"']?{value}[\"']?\s*=")
    match = pattern.search(text, start)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _line_of_table(text: str, key: str) -> int | None:
    match = re.search(rf"^\s*\[\[?\s*{re.escape(key)}\b", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _toml_error_line(exc: Exception) -> int | None:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else None
