"""The dataset's model: parties, sources, topics, facts and memberships, as frozen values."""

from __future__ import annotations

from .records import factory, record

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

PARTY_KINDS = ("country", "group", "historical")

# The rows of `relations compare`, in order; its JSON entries use the same names.
# Aspects made from a country-pair data set (COMPARE_DATASET_ASPECTS) are null in JSON, and their
# rows left out, when that data set is not shipped.
COMPARE_ASPECTS = (
    "relations_established",
    "un_voting",
    "missions",
    "missions_both_ways",
    "visas",
    "treaties",
    "exports",
    "imports",
    "security",
    "disputes",
    "armed_conflicts",
    "capital_distance",
    "shared_memberships",
    "facts_by_topic",
)
# The compare aspects made from a country-pair data set (relations.dyadic), and that data set.
COMPARE_DATASET_ASPECTS = {
    "un_voting": "unvotes",
    "missions_both_ways": "missions",
    "visas": "visas",
    "armed_conflicts": "conflicts",
    "capital_distance": "geodist",
}

# The aspects of one country against its partners (`relations partners COUNTRY --by ASPECT`, and the
# map): one vocabulary, in the order they are listed. compare's rows read the same figures
# (visas: its "visas" row; votes: "un_voting"; distance: "capital_distance"; missions:
# "missions_both_ways"; conflicts: "armed_conflicts"; trade: "exports" and "imports"; disputes).
ASPECTS = ("visas", "votes", "alignment", "distance", "missions", "conflicts", "trade", "disputes")

# The closed vocabulary of event kinds (data/README.md explains each).
EVENT_KINDS = (
    "recognition",
    "relations_established",
    "consular_relations_established",
    "relations_severed",
    "relations_suspended",
    "relations_interrupted",
    "relations_resumed",
    "relations_ended",
    "legation_opened",
    "embassy_opened",
    "consulate_opened",
    "mission_opened",
    "elevated_to_embassy",
    "mission_closed",
    "mission_moved",
    "envoy_accredited",
    "envoy_withdrawn",
    "treaty",
    "agreement",
    "independence",
    "meeting",
    "designation",
    "visit",
    "chief_of_mission",
    "other",
)



def _form(value: str) -> str:
    """`day`, `month` or `year` for YYYY-MM-DD, YYYY-MM or YYYY (ASCII digits); "" otherwise.
    Plain string tests: every fact read from the index passes here, and regexes cost at import."""
    digits = value.replace("-", "")
    if not (digits.isascii() and digits.isdigit()):
        return ""
    if len(value) == 10 and value[4] == "-" and value[7] == "-" and len(digits) == 8:
        return "day"
    if len(value) == 7 and value[4] == "-" and len(digits) == 6:
        return "month"
    if len(value) == 4:
        return "year"
    return ""


@record
class FactDate:
    """An ISO 8601 date or interval with the precision its form states."""

    value: str
    precision: str  # day | month | year | range
    start: str  # the earliest day it can mean, YYYY-MM-DD: the sort key
    end: str

    @classmethod
    def parse(cls, value: str) -> FactDate:
        """Read `1982-02-15`, `2012-08`, `2010` or an interval `2009/2010`; ValueError otherwise.

        Dates repeat (every visa fact is of 2025-01-12): each form is read once per process."""
        known = _PARSED.get(value)
        if known is None:
            known = _PARSED[value] = cls._parse(value)
        return known

    @classmethod
    def stored(cls, value: str) -> FactDate:
        """A date as the index stores it: checked by `parse` when the index was built, so its form
        is known from its length (a large pair reads hundreds of different days)."""
        known = _PARSED.get(value)
        if known is None:
            size = len(value)
            if size == 10 and "/" not in value:
                known = cls.trusted(value=value, precision="day", start=value, end=value)
            elif size == 7 and "/" not in value:
                known = cls.trusted(value=value, precision="month", start=value + "-01", end=value + "-31")
            elif size == 4:
                known = cls.trusted(value=value, precision="year", start=value + "-01-01", end=value + "-12-31")
            elif "/" in value:
                first, _, last = value.partition("/")
                known = cls.trusted(value=value, precision="range", start=cls.stored(first).start, end=cls.stored(last).end)
            else:
                known = cls._parse(value)
            _PARSED[value] = known
        return known

    @classmethod
    def _parse(cls, value: str) -> FactDate:
        if "/" in value:
            first, _, last = value.partition("/")
            a, b = cls.parse(first), cls.parse(last)
            if a.precision == "range" or b.precision == "range" or b.end < a.start:
                raise ValueError(f"not a valid date range: {value!r}")
            return cls(value, "range", a.start, b.end)
        form = _form(value)
        if form == "day":
            _check_day(value)
            return cls(value, "day", value, value)
        if form == "month":
            month = int(value[5:7])
            if not 1 <= month <= 12:
                raise ValueError(f"not a valid month: {value!r}")
            return cls(value, "month", value + "-01", value + "-31")
        if form == "year":
            return cls(value, "year", value + "-01-01", value + "-12-31")
        raise ValueError(f"not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or A/B): {value!r}")

    def display(self) -> str:
        """The date at its precision; ranges with an en dash (2009–2010)."""
        return self.value.replace("/", "–")


_PARSED: dict[str, FactDate] = {}
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _check_day(value: str) -> None:
    """A real calendar day (YYYY-MM-DD), checked without importing datetime (every fact read
    from the index passes here)."""
    year, month, day = int(value[:4]), int(value[5:7]), int(value[8:10])
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1] + (1 if month == 2 and leap else 0) or year == 0:
        raise ValueError(f"not a valid day: {value!r}")


@record
class Party:
    code: str
    kind: str
    name: str
    official_name: str | None = None
    alpha3: str | None = None
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()
    category: str | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None
    origin: str = "shipped"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "kind": self.kind, "name": self.name}
        for key in ("official_name", "alpha3", "category", "note"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        for key in ("aliases", "members", "successors", "sources"):
            if getattr(self, key):
                data[key] = list(getattr(self, key))
        return data


def short_name(party: Party) -> str:
    """How a party is named in a list or a column: a country or a historical state by its name, a
    group by its common abbreviation ('OAS', 'UN') or else its name; never an internal code such
    as 'ORG-UN' or 'H-SOVIET-UNION' (codes stay in JSON)."""
    if party.kind != "group":
        return party.name
    if party.code in party.aliases or not party.code.startswith(("ORG-", "H-")) and "-" not in party.code:
        return party.code  # 'OAS', 'EU', 'ASEAN'; not 'MESOAMERICA-PROJECT'
    for alias in party.aliases:
        if 2 <= len(alias) <= 8 and alias.isupper() and alias.isalpha():
            return alias
    return party.name


@record
class Source:
    id: str
    title: str
    publisher: str | None = None
    kind: str | None = None
    date: str | None = None
    url: str | None = None
    note: str | None = None
    origin: str = "shipped"
    licence: str | None = None  # the terms the source is published under
    credit: str | None = None  # the credit line its licence or its publisher asks for

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "title": self.title}
        for key in ("publisher", "kind", "date", "url", "note", "licence", "credit"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.date:
            data["date_precision"] = FactDate.parse(self.date).precision
        data["origin"] = self.origin
        return data


@record
class Topic:
    id: str
    description: str


@record
class Membership:
    party: str
    group: str
    status: str
    sources: tuple[str, ...] = ()
    locator: str | None = None
    note: str | None = None


@record
class Erratum:
    """A reviewed note that a source's value is wrong (data/errata.toml). The fact or membership
    keeps the source's value; the note says what is wrong with it and on what evidence: another
    shipped source (`evidence_source`, where in it: `evidence_locator`), or else a named public
    document (`document`: its title, publisher and date). Not a fact: it states nothing new."""

    id: str
    source: str  # the source whose value is wrong
    value: str  # that value, as the fact or membership records it
    problem: str  # what is wrong with it, in a reader's words
    evidence: str  # what shows it, in a reader's words
    evidence_source: str | None = None  # a shipped source that contradicts the value
    evidence_locator: str | None = None
    document: dict[str, str] | None = None  # title, publisher, date of a public document
    party: str | None = None  # for a membership: the member the note is about

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "source": self.source, "value": self.value,
                                "problem": self.problem, "evidence": self.evidence}
        if self.evidence_source:
            data["evidence_source"] = self.evidence_source
            data["evidence_locator"] = self.evidence_locator
        if self.document:
            data["document"] = dict(self.document)
        if self.party:
            data["party"] = self.party
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Erratum:
        return cls.trusted(
            id=data["id"], source=data["source"], value=data["value"], problem=data["problem"],
            evidence=data["evidence"], evidence_source=data.get("evidence_source"),
            evidence_locator=data.get("evidence_locator"),
            document=dict(data["document"]) if data.get("document") else None, party=data.get("party"),
        )

    def sentence(self) -> str:
        """The note a reader sees: 'Erratum: <problem> <evidence>'."""
        return f"Erratum: {self.problem} {self.evidence}"


@record
class Fact:
    id: str
    parties: tuple[str, str]
    topic: str
    text: str
    sources: tuple[str, ...]
    date: FactDate | None = None
    kind: str | None = None
    values: dict[str, Any] = factory(dict)
    places: tuple[dict[str, str], ...] = ()
    people: tuple[str, ...] = ()
    locator: str | None = None
    note: str | None = None
    conflicts_with: tuple[str, ...] = ()
    corrects: str | None = None  # the id of a fact this one replaces (a user's correction)
    origin: str = "shipped"
    path: str | None = None
    # Reviewed notes that a source's value here is wrong (data/errata.toml): the value stays.
    errata: tuple[Erratum, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The fact as the documented JSON object (see docs/json.md)."""
        data = {
            "id": self.id,
            "parties": list(self.parties),
            "topic": self.topic,
            "kind": self.kind,
            "date": self.date.value if self.date else None,
            "date_precision": self.date.precision if self.date else None,
            "text": self.text,
            "values": dict(self.values),
            "places": [dict(p) for p in self.places],
            "people": list(self.people),
            "sources": list(self.sources),
            "locator": self.locator,
            "note": self.note,
            "conflicts_with": list(self.conflicts_with),
            "corrects": self.corrects,
            "origin": self.origin,
        }
        if self.origin == "user" and self.path:
            data["path"] = self.path
        data["errata"] = [e.to_dict() for e in self.errata]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], stored: bool = False) -> Fact:
        """The fact of its JSON object; `stored` for one read from the index, whose date was checked
        when the index was built."""
        date = data.get("date")
        return cls.trusted(
            id=data["id"],
            parties=(data["parties"][0], data["parties"][1]),
            topic=data["topic"],
            text=data["text"],
            sources=tuple(data["sources"]),
            date=(FactDate.stored(date) if stored else FactDate.parse(date)) if date else None,
            kind=data.get("kind"),
            values=dict(data.get("values") or {}),
            places=tuple(data.get("places") or ()),
            people=tuple(data.get("people") or ()),
            locator=data.get("locator"),
            note=data.get("note"),
            conflicts_with=tuple(data.get("conflicts_with") or ()),
            corrects=data.get("corrects"),
            origin=data.get("origin", "shipped"),
            path=data.get("path"),
            errata=tuple(Erratum.from_dict(e) for e in data["errata"]) if data.get("errata") else (),
        )


@record
class Series:
    """Numbers for a pair by period (a year, or a decade as `1990/1999`), from one source: UN
    voting agreement by year, say. Each point is a dict with `period` and `value` (in `unit`),
    and whatever counts the value was computed from (`common`, `same`, `opposite`)."""

    id: str
    parties: tuple[str, str]
    name: str
    unit: str
    sources: tuple[str, ...]
    points: tuple[dict[str, Any], ...]
    locator: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The series as the documented JSON object (see docs/json.md)."""
        return {
            "id": self.id,
            "parties": list(self.parties),
            "name": self.name,
            "unit": self.unit,
            "points": [dict(p) for p in self.points],
            "sources": list(self.sources),
            "locator": self.locator,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Series:
        return cls.trusted(
            id=data["id"],
            parties=(data["parties"][0], data["parties"][1]),
            name=data["name"],
            unit=data["unit"],
            sources=tuple(data["sources"]),
            points=tuple(data["points"]),
            locator=data.get("locator"),
            note=data.get("note"),
        )


def party_from_dict(data: dict[str, Any]) -> Party:
    """A party from its stored form (the index keeps each party as a JSON object)."""
    return Party.trusted(
        code=data["code"],
        kind=data["kind"],
        name=data["name"],
        official_name=data.get("official_name"),
        alpha3=data.get("alpha3"),
        aliases=tuple(data.get("aliases", ())),
        members=tuple(data.get("members", ())),
        successors=tuple(data.get("successors", ())),
        category=data.get("category"),
        sources=tuple(data.get("sources", ())),
        note=data.get("note"),
        origin=data.get("origin", "shipped"),
    )


def source_from_dict(data: dict[str, Any]) -> Source:
    """A source from its stored form."""
    return Source.trusted(
        id=data["id"],
        title=data["title"],
        publisher=data.get("publisher"),
        kind=data.get("kind"),
        date=data.get("date"),
        url=data.get("url"),
        note=data.get("note"),
        origin=data.get("origin", "shipped"),
        licence=data.get("licence"),
        credit=data.get("credit"),
    )


# -- memberships: full members, other roles, peace operations --------------------------------------

# The statuses that make a party a full member of a group (the Factbook's participation lists
# name the others: observer, partner, dialogue partner, national committees, NGOs, ...).
FULL_MEMBER_STATUSES = frozenset({"member", "nonregional member", "participating member", "de facto member"})

# UN peacekeeping, observer and political missions and other multinational forces. The Factbook
# lists them among a country's "international organization participation" when it sends people,
# so its memberships of them say where it deploys, not what it belongs to. Not marked in the
# source: the codes are listed here (tests/test_profile.py checks every mission-like name is).
PEACE_OPERATIONS = frozenset({
    "ATMIS", "MINURCAT", "MINURSO", "MINUSCA", "MINUSMA", "MINUSTAH", "MNJTF", "MONUSCO", "UNAMA",
    "UNAMID", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMHA", "UNMIL", "UNMIS", "UNMISS", "UNMIT",
    "UNMOGIP", "UNOCI", "UNSMIL", "UNSOM", "UNSOS", "UNTSO", "UNVIM",
})

# The alliances, trade blocs and regional or political bodies a pair's profile names (in this
# order of weight) when both are full members; every shared membership stays in the full list.
KEY_BLOCS = (
    "NATO", "CSTO", "ANZUS", "QUAD", "EU", "ORG-AU", "ASEAN", "SAARC", "SCO", "GCC", "LAS", "CARICOM", "SICA",
    "MERCOSUR", "ORG-CAN", "ECOWAS", "SADC", "EAC", "IGAD", "COMESA", "CIS", "EAEU", "USMCA", "EFTA", "CAFTA-DR",
    "PACIFIC-ALLIANCE", "ALBA", "BIMSTEC", "PIF", "OECS", "OAS", "CELAC", "OSCE", "ORG-CE", "ORG-C", "OIC",
    "ORG-NAM", "BRICS", "G-7", "G-20", "OECD", "APEC", "ECO", "CPLP", "OIF",
)


def membership_role(status_a: str, status_b: str) -> str:
    """`member` when both are full members of the group, `other` when either holds another role."""
    return "member" if status_a in FULL_MEMBER_STATUSES and status_b in FULL_MEMBER_STATUSES else "other"


def membership_kind(group: str) -> str:
    """`peace_operation` for a mission or force a country deploys to, else `organisation`."""
    return "peace_operation" if group in PEACE_OPERATIONS else "organisation"


# -- the profile of a pair (`show A B`, computed in relations.commands.profile) ---------------------

@record
class ProfileLine:
    """One line of a pair's profile: a short label, a terse text for the screen, the same as a
    sentence for a paragraph, the sources it rests on, and its figures for scripts."""

    key: str  # relations | neighbours | distance | visas | un_voting | alignment | conflicts | disputes | trade | ties | blocs | us_visits | us_ambassadors | events
    label: str
    text: str
    sentence: str
    sources: tuple[str, ...]
    values: dict[str, Any] = factory(dict)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "text": self.text, "sentence": self.sentence,
                "sources": list(self.sources), "values": dict(self.values)}


@record
class Profile:
    """What the relationship of a pair is, at a glance: a line per aspect that has something recorded."""

    lines: tuple[ProfileLine, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"lines": [line.to_dict() for line in self.lines]}
