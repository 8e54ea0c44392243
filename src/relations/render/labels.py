"""What every renderer shares: safe text, dates at their precision, source numbering, labels."""

from __future__ import annotations

import re

from ..model import Fact, Party, Source, short_name  # noqa: F401 (short_name: for the renderers)
from ..wording import format_number

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..dataset.store import PairView

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """Text from data or from a user, made harmless for a terminal: control characters (ESC
    included) and bidirectional overrides are shown as escapes instead of being obeyed."""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def date_label(fact: Fact) -> str:
    return fact.date.display() if fact.date else ""


def topic_label(topic: str) -> str:
    return topic.replace("_", " ").capitalize()


def pair_title(a: Party, b: Party) -> str:
    return f"{a.name} – {b.name}"


def source_numbers(sources: Iterable[Source]) -> dict[str, int]:
    return {source.id: n for n, source in enumerate(sources, start=1)}


def profile_sources(view: PairView) -> list[Source]:
    """The sources the lines of a pair's profile cite, in the view's order."""
    cited = {s for line in (view.profile.lines if view.profile else ()) for s in line.sources}
    return [s for s in view.sources if s.id in cited]


def shown_sources(view: PairView) -> list[Source]:
    """The sources a pair's view lists and numbers: all of them, or with `--profile` those its
    profile cites (numbered from 1 without a gap)."""
    return profile_sources(view) if view.only_profile else list(view.sources)


def cite(fact: Fact, numbers: dict[str, int]) -> str:
    return "".join(f"[{numbers[s]}]" for s in fact.sources if s in numbers)


def source_line(source: Source) -> str:
    parts = [source.title]
    if source.publisher:
        parts.append(source.publisher)
    if source.date:
        parts.append(source.date.replace("/", "–"))
    if source.url:
        parts.append(source.url)
    line = ". ".join(safe(p).rstrip(".") for p in parts) + "."
    if source.origin == "user":
        line += " (your data)"
    return line


# A telephone number as the Factbook writes it, "[1] (202) 965-4990": the bracket holds the country
# calling code. On screen a bracketed number reads as a citation, so it is shown as "+1 (202) ...".
_CALLING_CODE = re.compile(r"\[(\d{1,4})\](?= \(\d)")


def note_text(note: str) -> str:
    """A note as shown: calling codes written +N, so that only citations are in brackets."""
    return _CALLING_CODE.sub(r"+\1", note) if "[" in note else note


def fact_details(fact: Fact, shared: Iterable[str] = ()) -> list[str]:
    """The lines shown under a fact's text: where in the source, caveats, conflicts. A note in
    `shared` (one several facts of the view carry) is said once under the view instead."""
    lines = []
    if fact.note and fact.note not in shared:
        lines.append("Note: " + note_text(safe(fact.note)))
    lines += [erratum_line(e) for e in fact.errata]
    if fact.conflicts_with:
        lines.append("Conflicts with: " + ", ".join(safe(c) for c in fact.conflicts_with))
    if fact.corrects:
        lines.append(f"Corrects shipped fact {safe(fact.corrects)}, which is set aside")
    if fact.origin == "user":
        lines.append("From your data" + (f": {safe(fact.path)}" if fact.path else ""))
    return lines


def erratum_evidence(erratum) -> str:  # type: ignore[no-untyped-def]
    """Where the evidence of an erratum is: a shipped source's id and where in it ('factbook,
    Cyprus: Introduction > Background'), or a public document's title, publisher and date."""
    if erratum.document:
        doc = erratum.document
        return f"{doc['title']}; {doc['publisher']}, {doc['date']}"
    return f"{erratum.evidence_source}, {erratum.evidence_locator}"


def erratum_line(erratum) -> str:  # type: ignore[no-untyped-def]
    """'Erratum: <what is wrong> <the evidence> [where it is]': the source's value stays, this says why not to trust it."""
    return safe(f"{erratum.sentence()} [{erratum_evidence(erratum)}]")


SHARED_NOTE_MIN = 2  # a note carried by this many facts of a view is said once, after the facts
SHARED_NOTES_HEADING = "Notes shared by several facts (said once here, not under each fact)"


def shared_notes(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    """note -> the facts carrying it, for the notes that SHARED_NOTE_MIN or more facts of a view
    carry word for word (e.g. the Historian layer's 'The date is read from the paragraph's text',
    on about a thousand facts). The text forms say such a note once; JSON keeps it on each fact."""
    by_note: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.note:
            by_note.setdefault(fact.note, []).append(fact)
    return {note: carried for note, carried in by_note.items() if len(carried) >= SHARED_NOTE_MIN}


def note_mark(fact: Fact, shared: dict[str, list[Fact]]) -> str:
    """' (note 1)' after the citation of a fact whose note is said once under the view."""
    if fact.note and fact.note in shared:
        return f" (note {list(shared).index(fact.note) + 1})"
    return ""


def shared_note_lines(shared: dict[str, list[Fact]], numbers: dict[str, int]) -> list[tuple[str, str]]:
    """(label, text) for each shared note: '1. [1] on 37 facts', 'The date is read ...'. A fact
    carrying one is marked '(note 1)' after its citation instead."""
    rows = []
    for note, facts in shared.items():
        ids = sorted({s for f in facts for s in f.sources if s in numbers}, key=numbers.__getitem__)
        rows.append((f"{len(rows) + 1}. {cite_ids(ids, numbers)} on {len(facts)} facts", note_text(safe(note))))
    return rows


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def source_count(row, short: bool = False) -> str:  # type: ignore[no-untyped-def]
    """What a source gives: its facts, and the rows of a country-pair table (whose facts are
    written when a pair is asked for)."""
    parts = []
    if row.fact_count or not row.table_rows:
        parts.append(str(row.fact_count) if short else plural(row.fact_count, "fact"))
    if row.table_rows:
        rows = format_number(row.table_rows)
        parts.append(f"{rows} rows" if short else f"{rows} rows of country-pair tables")
    return " + ".join(parts)


def set_aside_line(item) -> str:  # type: ignore[no-untyped-def]
    """How a shipped fact set aside by the user's data is listed (with why, and where it is said)."""
    how = f"corrected by {safe(item.by)}" if item.status == "corrected" else "retracted"
    if item.reason:
        how += f": {safe(item.reason)}"
    where = f" ({safe(item.path)})" if item.path else ""
    return f"{safe(item.fact.id)}, {how}{where}. It said: {safe(item.fact.text)}"


# -- history: predecessors' facts and successors (Store.pair) ------------------------------------

PREDECESSORS_HEADING = "Through predecessors (facts about a historical state one of them succeeded)"


def predecessor_names(view) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """code -> name of the states the view's predecessor facts come through."""
    return {p.code: p.name for p in view.predecessors}


def predecessors_line(view) -> str:  # type: ignore[no-untyped-def]
    return "  " + ", ".join(safe(p.name) for p in view.predecessors)


def through_suffix(item, names: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    return f" (through {', '.join(safe(names.get(code, code)) for code in item.via)})"


def command_name(name: str) -> str:
    """A name as typed in a shell command: in double quotes when it holds more than one word."""
    return f'"{name}"' if not re.fullmatch(r"[\w.-]+", name) else name


def successor_lines(view) -> list[str]:  # type: ignore[no-untyped-def]
    """Where to look for a historical state's later history: one line per successor whose pair
    with the other party has facts, with the command that shows them."""
    lines = []
    for item in view.successors:
        state, other = (view.a, view.b) if view.a.code == item.of else (view.b, view.a)
        first, second = (item.successor, other) if state is view.a else (other, item.successor)
        lines.append(
            f"Successor of {safe(state.name)}: {safe(item.successor.name)}, {plural(item.fact_count, 'fact')} with "
            f"{safe(other.name)} (relations show {safe(command_name(first.name))} {safe(command_name(second.name))})"
        )
        if item.note:
            lines.append(safe(item.note))
    return lines


# -- the profile and the shared memberships of `show` ----------------------------------------------

PROFILE_TITLE = "At a glance"
PROFILE_LABEL_WIDTH = 12
MEMBERSHIPS_SHOWN = 12  # on screen; JSON keeps every one


def cite_ids(ids: Iterable[str], numbers: dict[str, int]) -> str:
    """'[1][3]' for the sources with these ids."""
    return "".join(f"[{numbers[s]}]" for s in ids if s in numbers)


def membership_parts(shared) -> tuple[list, list, list]:  # type: ignore[no-untyped-def]
    """The shared memberships as (full members of both, other roles, peace operations both deploy to)."""
    from ..model import membership_kind, membership_role

    full, other, deploy = [], [], []
    for m in shared:
        if membership_kind(m.group.code) == "peace_operation":
            deploy.append(m)
        elif membership_role(m.status_a, m.status_b) == "member":
            full.append(m)
        else:
            other.append(m)
    return full, other, deploy


def role_words(m, a: Party, b: Party) -> str:  # type: ignore[no-untyped-def]
    """'India: dialogue partner; Pakistan: sectoral dialogue partner', or 'both observers'."""
    if m.status_a == m.status_b:
        return f"both: {m.status_a}"
    return f"{a.name}: {m.status_a}; {b.name}: {m.status_b}"


MEMBERSHIP_ERRATA_HEADING = "Errata on shared memberships (the source's status stands, with this note)"


def membership_errata_lines(view) -> list[str]:  # type: ignore[no-untyped-def]
    """'SCO, India (observer): Erratum: ...' for each erratum on a shared membership, whether or
    not the membership is among those listed."""
    names = {view.a.code: view.a.name, view.b.code: view.b.name}
    lines = []
    for m in view.shared_memberships:
        for erratum in m.errata:
            status = m.status_a if erratum.party == view.a.code else m.status_b
            who = names.get(erratum.party or "", erratum.party or "")
            lines.append(f"{safe(short_name(m.group))}, {safe(who)} ({safe(status)}): {erratum_line(erratum)}")
    return lines


def more_memberships(count: int) -> str:
    return f"and {count} more (--json lists them all)"


# -- names, not codes ------------------------------------------------------------------------------


def party_codes(party: Party) -> str:
    """'BZ, country' after a summary's title: a country's two-letter code is shown (people type
    it), an internal code ('H-SOVIET-UNION', 'ORG-UN') is not."""
    if party.kind == "country" or short_name(party) == party.code:
        return f"{safe(party.code)}, {party.kind}"
    return party.kind


def named(code: str, names: dict[str, str]) -> str:
    """A party code as people read it: its short name from `names` (code -> name), else the code."""
    return safe(names.get(code, code))


def pair_names(codes: Iterable[str], names: dict[str, str]) -> str:
    return " – ".join(named(c, names) for c in codes)


def via_suffix(via: Iterable[str], names: dict[str, str]) -> str:
    via = list(via)
    return f" (through {', '.join(named(c, names) for c in via)})" if via else ""


def partner_kinds(partners) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    """`summary COUNTRY`'s partners as (countries and historical states, groups and programmes)."""
    countries = [row for row in partners if row.party.kind != "group"]
    return countries, [row for row in partners if row.party.kind == "group"]


# -- trips, visits and chiefs of mission: compact lists -----------------------------------------
# A pair with the United States can hold hundreds of them (US–UK: about 400 trips and visits), so
# the terminal and piped views list them one short line each: trips and visits latest first, the
# first VISITS_SHOWN and how many more (all of them with --topic, and always in JSON); chiefs of
# mission all of them, first to last. Each line is made from the fact's values; a fact without
# them (a user's own) shows its text.

VISITS_SHOWN = 10
COMPACT_KINDS = ("visit", "chief_of_mission")
NO_END = "no end recorded"
_SHORT_TITLES = {
    "Ambassador Extraordinary and Plenipotentiary": "Ambassador",
    "Envoy Extraordinary and Minister Plenipotentiary": "Envoy and Minister",
}


def compact_fact(fact: Fact) -> bool:
    """Whether a fact is shown in a compact list rather than with its whole text: the Office of the
    Historian's trips, visits and chiefs of mission, known by their kind and values."""
    values = fact.values
    if fact.kind == "chief_of_mission":
        return isinstance(values.get("person"), str)
    if fact.kind == "visit":
        return values.get("direction") == "to_us" and isinstance(values.get("visitor"), str) or (
            values.get("direction") == "from_us" and isinstance(values.get("person"), str))
    return False


def _compact_group(fact: Fact) -> str:
    if fact.kind == "chief_of_mission":
        return "chiefs"
    return "visits_in" if fact.values.get("direction") == "to_us" else "visits_out"


def _start_and_end(fact: Fact) -> tuple[str, str]:
    if fact.date is None:
        return "undated", ""
    first, _, last = fact.date.value.partition("/")
    return first, last


def compact_line(fact: Fact) -> tuple[str, str]:
    """(date, text) of one line of a compact list: the first day, and who, where, until when."""
    first, last = _start_and_end(fact)
    values = fact.values
    if not compact_fact(fact):
        return first, fact.text
    if fact.kind == "chief_of_mission":
        title = str(values.get("title") or "")
        text = f"{_SHORT_TITLES.get(title, title)} {values['person']}".strip()
        if not any(values.get(k) for k in ("start", "appointed", "arrived")) and values.get("end"):
            return first, text + ", no start recorded; ended then"
        text += f", to {last}" if last else f", {NO_END}" if not values.get("end") else ""
        return first, text
    if fact.kind == "visit" and values.get("direction") == "from_us":
        who = "President" if values.get("traveller") == "president" else "Secretary of State"
        cities = [c for c in values.get("cities") or () if isinstance(c, str)]
        text = f"{who} {values['person']}" + (f": {', '.join(cities)}" if cities else "")
    elif fact.kind == "visit":
        text = f"{values.get('title') or ''} {values['visitor']}".strip()
    return first, text + (f" (to {last})" if last else "")


def compact_blocks(facts: list[Fact], every: bool) -> list[tuple[str, list[Fact], int]]:
    """(heading, the facts listed, how many more) for each compact list among `facts`; `every`
    (--topic given) lists them all."""
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        if compact_fact(fact):
            groups.setdefault(_compact_group(fact), []).append(fact)
    blocks = []
    for key in ("chiefs", "visits_out", "visits_in"):
        found = groups.get(key)
        if not found:
            continue
        if key == "chiefs":
            heading = f"US chiefs of mission ({len(found)}, first to last)"
            blocks.append((heading, found, 0))
            continue
        latest = sorted(found, key=lambda f: (f.date.start if f.date else "", f.id), reverse=True)
        shown = latest if every else latest[:VISITS_SHOWN]
        if key == "visits_out":
            heading = f"Trips by US presidents and secretaries of state ({len(found)}, latest first)"
        else:
            heading = f"Leaders' visits to the United States ({len(found)}, latest first)"
        blocks.append((heading, shown, len(found) - len(shown)))
    return blocks


def more_compact(count: int, topic: str) -> str:
    return f"… and {count} more (--topic {topic} lists them all; --json gives every fact)"
