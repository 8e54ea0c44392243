"""The queries: resolve names, answer for a pair, search, list parties and sources.

It returns result objects (`PairView`, `SearchResult`, ...) and knows nothing of the terminal; the
commands call it, and the renderers draw what it returns. The index schema is known here and in
`index` only.
"""

from __future__ import annotations

import os

from .. import jsontext, suggest
from ..errors import DataError, SameParty, UnknownParty, UsageError
from ..model import (
    KEY_BLOCS,
    Erratum,
    Fact,
    Party,
    Profile,
    Series,
    Source,
    Topic,
    party_from_dict,
    short_name,
    source_from_dict,
)
from ..names import normalise
from ..paths import DataRoot
from ..records import factory, record
from . import sqlite3
from .figures import PairFigures, pair_figures

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

    from .search import SearchResult

MAX_NAME_CHARS = 200


@record
class RegionalFact:
    """A fact about a group (or a place) that answers for the pair asked about."""

    fact: Fact
    via: tuple[str, ...]  # the group codes through which it applies


@record
class SuccessorPair:
    """Where to look when a party of the pair is a historical state: its successor, with the same
    other party, and how many facts that pair has (only successors whose pair has facts are named)."""

    successor: Party  # code, kind and name
    of: str  # the historical state's code
    fact_count: int
    note: str | None = None  # a reviewed word on where the source files the history (history.SUCCESSOR_NOTES)


@record
class SharedMembership:
    group: Party  # code, kind and name only
    status_a: str
    status_b: str
    # Reviewed notes that the source's status of either party is wrong (each names its party).
    errata: tuple[Erratum, ...] = ()


@record
class SetAside:
    """A shipped fact the user's data corrects or retracts: left out of answers, but listed."""

    fact: Fact
    status: str  # corrected | retracted
    by: str | None  # the correcting fact's id
    reason: str | None
    path: str | None  # the user's file that says so


@record
class PairView:
    a: Party
    b: Party
    facts: list[Fact]
    regional: list[RegionalFact]
    shared_memberships: list[SharedMembership]
    sources: list[Source]
    set_aside: list[SetAside] = factory(list)
    series: list[Series] = factory(list)  # numbers by year or decade (UN voting agreement)
    # Facts about a historical state one of them succeeded, with the other (via: the state's code).
    predecessor_facts: list[RegionalFact] = factory(list)
    predecessors: list[Party] = factory(list)  # the states those facts come through, first fact first
    successors: list[SuccessorPair] = factory(list)  # where to look for a historical state's later history
    profile: Profile | None = None  # the pair at a glance (relations.commands.profile), when asked
    topic: str | None = None  # `show --topic`: the facts are narrowed to this topic
    only_profile: bool = False  # `show --profile`: the text forms show the profile alone
    names: dict[str, str] = factory(dict)  # code -> short name of the groups facts come through (text forms)
    figures: PairFigures | None = None  # the pair's figures, read once (relations.dataset.figures)


@record
class PartyCount:
    party: Party
    fact_count: int


@record
class SourceCount:
    source: Source
    fact_count: int
    table_rows: int = 0  # rows of the country-pair tables that cite it (each gives facts when asked)


@record(mutable=True)
class Store:
    connection: sqlite3.Connection
    problems: list[DataError] = factory(list)
    _topics: list[Topic] | None = None
    # Parties and group memberships read once per process (a batch asks for the same ones often).
    _parties: dict[str, Party] = factory(dict)
    _groups: dict[str, list[tuple[str, str]]] = factory(dict)
    _groups_with_facts: set[str] | None = None
    _group_refs: dict[str, Party] = factory(dict)  # groups by code: code, kind and name only
    _partners_seen: dict[str, set[str]] = factory(dict)
    _shared_made: dict[tuple[str, str, str], SharedMembership] = factory(dict)
    # The shipped data folder, whose `dyadic/` tables hold the country-pair data sets.
    data_dir: str | None = None
    _tables: list[Any] | None = None
    _predecessors_of: dict[str, list[Party]] = factory(dict)  # successor code -> its direct predecessors
    # Read once per process too: the index does not change under an open store.
    _codes_of_names: dict[str, str | None] = factory(dict)  # redirected name key -> party code
    _sources: dict[str, Source] = factory(dict)
    _prefixes: dict[str, bool] = factory(dict)
    _member_sources: dict[tuple[str, str], tuple[int, tuple[str, ...]] | None] = factory(dict)  # (party, group) -> (rowid, sources)
    _pairs_with: dict[str, bool] = factory(dict)  # table -> whether it has any row
    # The errata (relations.dataset.errata) by what they are about; None until read.
    _errata: dict[str, tuple[Erratum, ...]] | None = None
    _errata_rows: list[Any] | None = None  # (target, erratum as a dict), from the index's summary
    _membership_noted: dict[str, set[str]] | None = None  # party -> groups with a membership erratum
    # Called with the note of a name that resolves to something a little different from what was
    # typed (suggest.RESOLUTION_NOTES): `relations.run` writes it on stderr for people.
    on_note: Callable[[str], None] | None = None

    # -- names -------------------------------------------------------------------------------

    def resolve(self, name: str) -> Party:
        """The party a name means; UnknownParty with the closest names when there is none."""
        if len(name) > MAX_NAME_CHARS:
            raise UsageError(f"a country or group name is at most {MAX_NAME_CHARS} characters; got {len(name)}")
        key = normalise(name)
        if suggest.ambiguous(key):  # a name that could mean several parties asks which
            error = UnknownParty(name, [self.party(code).name for code in suggest.ambiguous(key)])
            error.args = (suggest.ambiguous_message(name, error.suggestions),)
            raise error
        if key:
            wanted = suggest.redirect(key)
            if wanted in self._codes_of_names:
                code = self._codes_of_names[wanted]
            else:  # the name and its party's record in one query
                row = self.connection.execute(
                    "SELECT n.code, p.data FROM names n JOIN parties p ON p.code = n.code "
                    "WHERE n.key = ? ORDER BY n.rank, n.code LIMIT 1", (wanted,)
                ).fetchone()
                code = self._codes_of_names[wanted] = row[0] if row else None
                if row and code not in self._parties:
                    self._parties[code] = party_from_dict(jsontext.loads(row[1]))
            if code is not None:
                if self.on_note is not None and key in suggest.RESOLUTION_NOTES:
                    self.on_note(suggest.RESOLUTION_NOTES[key])
                return suggest.with_note(self.party(code), key)
        raise UnknownParty(name, self.suggest(name))

    def suggest(self, name: str, count: int = 3) -> list[str]:
        key = normalise(name)
        if not key:
            return []
        rows = self.connection.execute(  # ties go to countries, then historical states, most facts first
            "SELECT n.key, p.name FROM names n JOIN parties p ON p.code = n.code ORDER BY "
            "CASE p.kind WHEN 'country' THEN 0 WHEN 'historical' THEN 1 ELSE 2 END, p.fact_count DESC, n.rank, p.code"
        ).fetchall()
        return suggest.rank(key, rows)[:count]

    def party(self, code: str) -> Party:
        party = self._parties.get(code)
        if party is None:
            row = self.connection.execute("SELECT data FROM parties WHERE code = ?", (code,)).fetchone()
            if row is None:
                raise UnknownParty(code, [])
            party = self._parties[code] = party_from_dict(jsontext.loads(row[0]))
        return party

    def _read_parties(self, codes: Iterable[str]) -> None:
        """Read the parties with these codes that are not read yet, in one query."""
        wanted = [code for code in dict.fromkeys(codes) if code not in self._parties]
        if wanted:
            for code, data in self.connection.execute(
                f"SELECT code, data FROM parties WHERE code IN ({','.join('?' * len(wanted))})", wanted
            ):
                self._parties[code] = party_from_dict(jsontext.loads(data))

    def _shared(self, group: Party, status_a: str, status_b: str) -> SharedMembership:
        """A shared membership, made once per group and statuses (values: a batch shares them)."""
        key = (group.code, status_a, status_b)
        found = self._shared_made.get(key)
        if found is None:
            found = self._shared_made[key] = SharedMembership.trusted(group=group, status_a=status_a, status_b=status_b)
        return found

    def _group_names(self, codes: list[str]) -> list[Party]:
        """The groups with these codes, with code, kind and name only (one query, no JSON to read:
        a country shares dozens of memberships with another, and only names are shown)."""
        if not codes:
            return []
        refs = self._group_refs
        wanted = [code for code in codes if code not in refs]
        if wanted:
            rows = self.connection.execute(
                f"SELECT code, kind, name FROM parties INDEXED BY parties_refs WHERE code IN ({','.join('?' * len(wanted))})", wanted
            ).fetchall()
            for code, kind, name in rows:
                refs[code] = Party.trusted(code=code, kind=kind, name=name)
        return [refs[code] for code in sorted(codes) if code in refs]

    def names_starting(self, prefix: str, limit: int = 50) -> list[Party]:
        """Parties whose name, code or alias starts with `prefix` (for completion): countries first,
        then groups, then historical states, each in name order (`united` offers the United States
        before some forty United Nations bodies, and the limit cuts groups before countries)."""
        key = normalise(prefix)
        rows = self.connection.execute(
            "SELECT DISTINCT p.data, p.kind = 'country', p.kind = 'group', p.name FROM names n "
            "JOIN parties p ON p.code = n.code WHERE n.key >= ? AND n.key < ? "
            "ORDER BY p.kind = 'country' DESC, p.kind = 'group' DESC, p.name LIMIT ?",
            (key, key + "\uffff", limit),
        ).fetchall()
        return [party_from_dict(jsontext.loads(r[0])) for r in rows]

    # -- pairs -------------------------------------------------------------------------------

    def groups_of(self, code: str) -> list[tuple[str, str]]:
        """(group, status) for every group `code` belongs to."""
        groups = self._groups.get(code)
        if groups is None:
            self._read_groups([code])
            groups = self._groups[code]
        return groups

    def _read_groups(self, codes: list[str]) -> None:
        """Read the memberships of these parties that are not read yet, in one query."""
        wanted = [code for code in dict.fromkeys(codes) if code not in self._groups]
        if wanted:
            found: dict[str, list[tuple[str, str]]] = {code: [] for code in wanted}
            for party, grp, status in self.connection.execute(
                f"SELECT party, grp, status FROM members WHERE party IN ({','.join('?' * len(wanted))}) ORDER BY party, grp",
                wanted,
            ):
                found[party].append((grp, status))
            self._groups.update(found)

    def has_fact(self, ident: str) -> bool:
        """Whether a fact with this id is in the data (for `add`, which never reuses an id)."""
        return self.connection.execute("SELECT 1 FROM facts WHERE id = ?", (ident,)).fetchone() is not None

    def membership_sources(self, parties: list[str], groups: list[str]) -> list[str]:
        """The sources of the memberships of these parties in these groups, first seen first.

        A party's memberships of the key blocs (and of any group asked for) are read once per
        process: a batch asks again for the same country's blocs with every other."""
        if not parties or not groups:
            return []
        read = self._member_sources
        wanted = [p for p in dict.fromkeys(parties) if any((p, g) not in read for g in groups)]
        if wanted:
            asked = sorted({*KEY_BLOCS, *groups})
            for party in wanted:
                read.update(((party, g), None) for g in asked)
            for rowid, party, grp, data in self.connection.execute(
                f"SELECT rowid, party, grp, data FROM members WHERE party IN ({','.join('?' * len(wanted))}) "
                f"AND grp IN ({','.join('?' * len(asked))})",
                [*wanted, *asked],
            ):
                read[(party, grp)] = (rowid, tuple(jsontext.loads(data).get("sources", ())))
        found = sorted(entry for entry in (read[(p, g)] for p in parties for g in groups) if entry is not None)
        return _unique(s for _, sources in found for s in sources)

    def has_fact_starting(self, prefix: str) -> bool:
        """Whether any fact's id starts with `prefix` (a range on the id's unique index)."""
        return self.have_facts_starting([prefix])[0]

    def have_facts_starting(self, prefixes: list[str]) -> list[bool]:
        """`has_fact_starting` of each prefix, those not asked before in one query."""
        wanted = [p for p in dict.fromkeys(prefixes) if p not in self._prefixes]
        if wanted:
            one = "(SELECT 1 FROM facts WHERE id >= ? AND id < ? LIMIT 1) IS NOT NULL"
            row = self.connection.execute(
                "SELECT " + ", ".join([one] * len(wanted)), [v for p in wanted for v in (p, p + "\uffff")]
            ).fetchone()
            self._prefixes.update(zip(wanted, map(bool, row)))
        return [self._prefixes[p] for p in prefixes]

    def fact_ids_starting(self, prefix: str) -> list[str]:
        """The ids of the facts whose id starts with `prefix`."""
        rows = self.connection.execute("SELECT id FROM facts WHERE substr(id, 1, ?) = ?", (len(prefix), prefix))
        return [row[0] for row in rows]

    def direct_predecessors(self, code: str) -> list[Party]:
        """The historical states that name `code` among their successors, read once per code (a
        query on the few parties whose record names it, rather than reading every historical state)."""
        if code not in self._predecessors_of:
            self._read_predecessors([code])
        return self._predecessors_of[code]

    def _read_predecessors(self, codes: list[str]) -> None:
        """Read the direct predecessors of these parties that are not read yet, in one query."""
        wanted = [code for code in dict.fromkeys(codes) if code not in self._predecessors_of]
        if wanted:
            found: dict[str, list[Party]] = {code: [] for code in wanted}
            for successor, data in self.connection.execute(
                "SELECT s.successor, p.data FROM successions s JOIN parties p ON p.code = s.predecessor "
                f"WHERE s.successor IN ({','.join('?' * len(wanted))}) AND p.kind = 'historical' ORDER BY p.code",
                wanted,
            ):
                party = party_from_dict(jsontext.loads(data))
                if successor in party.successors:
                    found[successor].append(party)
            self._predecessors_of.update(found)

    def predecessors(self, code: str) -> list[Party]:
        """The historical states `code` succeeded, directly or through another (the Kingdom of
        Serbia through Yugoslavia too), nearest first."""
        found: list[Party] = []
        wanted = [code]
        while wanted:
            nearest = [p for w in wanted for p in self.direct_predecessors(w) if p not in found and p.code != code]
            found += _unique_parties(nearest)
            wanted = [p.code for p in _unique_parties(nearest)]
        return found

    def pair(self, a: Party, b: Party, with_history: bool = True) -> PairView:
        """The pair's facts; with `with_history`, also its predecessors' facts and its successors."""
        if a.code == b.code:
            raise SameParty(a.name)
        x, y = sorted((a.code, b.code))
        direct = self._direct_facts(x, y)
        # Only groups that have facts of their own can bring regional facts: a country belongs to
        # dozens of organisations, few of which are a party to any fact.
        if self._groups_with_facts is None:
            self._groups_with_facts = {
                code for (code,) in self.connection.execute("SELECT code FROM parties WHERE kind = 'group' AND fact_count > 0")
            }
        self._read_groups([a.code, b.code])
        groups_a = {g for g, s in self.groups_of(a.code) if s == "member" and g in self._groups_with_facts}
        groups_b = {g for g, s in self.groups_of(b.code) if s == "member" and g in self._groups_with_facts}
        side_a, side_b = {a.code, *groups_a}, {b.code, *groups_b}
        regional: list[RegionalFact] = []
        seen = {f.id for f in direct}
        # Facts that answer through a named place come first, then those through a group.
        between = sorted(self._facts_between(side_a, side_b), key=lambda row: row[3] != "place")
        if between:
            pair_codes = {a.code, b.code}
            for fact_row, pa, pb, via_kind in between:
                if via_kind == "parties" and {pa, pb} == pair_codes:
                    continue  # a fact of the pair itself, already read (US–UK has hundreds)
                fact = _fact(fact_row)
                if fact.id in seen:
                    continue
                seen.add(fact.id)
                if fact.topic == "membership" and len({pa, pb} & {a.code, b.code}) == 1:
                    # One party's membership of a group the other also belongs to ('Belize is a
                    # member of the OAS'): a fact about that party, not a relation between the two.
                    continue
                via = tuple(sorted({pa, pb} - {a.code, b.code}))
                regional.append(RegionalFact(fact, via))
        all_statuses_a = dict(self.groups_of(a.code))
        all_statuses_b = dict(self.groups_of(b.code))
        shared_codes = sorted(set(all_statuses_a) & set(all_statuses_b))
        shared = [
            self._shared(group, all_statuses_a[group.code], all_statuses_b[group.code])
            for group in self._group_names(shared_codes)
        ]
        errata = self.errata()
        noted_groups = self._membership_errata_groups(a.code, b.code) if errata else ()
        if noted_groups and any(m.group.code in noted_groups for m in shared):
            from .errata import membership_errata

            for n, membership in enumerate(shared):
                noted = membership_errata(a.code, membership.group.code, errata) + membership_errata(b.code, membership.group.code, errata)
                if noted:
                    shared[n] = SharedMembership.trusted(group=membership.group, status_a=membership.status_a,
                                                         status_b=membership.status_b, errata=noted)
        rows = self.table_rows(x, y)
        states = self.table_states(x, y)
        table_facts, series = self._facts_of_rows(rows, states=states)
        if self._has_rows("series", x, y):
            series = series + [
                Series.from_dict(jsontext.loads(data))
                for (data,) in self.connection.execute("SELECT data FROM series WHERE a = ? AND b = ? ORDER BY id", (x, y))
            ]
        facts_sorted = sort_facts(direct + table_facts, self.topic_order())
        regional_sorted = sorted(regional, key=lambda r: _fact_sort_key(r.fact, self.topic_order()))
        source_ids = _unique(
            s for f in facts_sorted + [r.fact for r in regional_sorted] + series for s in f.sources
        )
        set_aside = [
            SetAside(_fact(data), status, by, reason, path)
            for status, by, reason, path, data in self.connection.execute(
                "SELECT s.status, s.by, s.reason, s.path, f.data FROM set_aside s JOIN facts f ON f.id = s.fact_id "
                "WHERE s.a = ? AND s.b = ? ORDER BY s.fact_id",
                (x, y),
            )
        ] if self._has_rows("set_aside", x, y) else []
        source_ids += [s for item in set_aside for s in item.fact.sources if s not in source_ids]
        history: tuple[list[RegionalFact], list[Party], list[SuccessorPair]] = ([], [], [])
        if with_history:
            from .history import pair_history  # only where history is asked for

            found, successors = pair_history(self, a, b, seen | {f.id for f in facts_sorted})
            history = ([RegionalFact(fact, (via,)) for fact, via in found],
                       [self._group_names([code])[0] for code in _unique(via for _, via in found)],
                       [SuccessorPair(self._group_names([code])[0], of, count, note) for code, of, count, note in successors])
            source_ids += [s for item in history[0] for s in item.fact.sources if s not in source_ids]
        names = self.short_names(code for r in regional_sorted for code in r.via)
        figures = pair_figures(self, a, b, rows, facts_sorted, shared, {item.fact.id for item in set_aside}, states)
        return PairView(a, b, facts_sorted, regional_sorted, shared, self.sources_by_id(source_ids), set_aside, series, *history,
                        names=names, figures=figures)

    def _membership_errata_groups(self, *parties: str) -> set[str]:
        """The groups whose membership of one of `parties` has an erratum (the keys
        `membership:<party>:<group>` of `errata()`, read once: a handful)."""
        if self._membership_noted is None:
            self._membership_noted = {}
            for key in self.errata():
                kind, _, rest = key.partition(":")
                if kind == "membership":
                    party, _, group = rest.partition(":")
                    self._membership_noted.setdefault(party, set()).add(group)
        return set().union(*(self._membership_noted.get(p, ()) for p in parties))

    def _has_rows(self, table: str, x: str, y: str) -> bool:
        """Whether `table` (series or set_aside, keyed by a sorted pair a, b) may have rows for the
        pair: both hold only a user's own series and corrections, and are empty for most people, which
        is found out once and saves a query a pair."""
        if not self._pairs_with:
            series, set_aside = self.connection.execute(
                "SELECT EXISTS (SELECT 1 FROM series), EXISTS (SELECT 1 FROM set_aside)"
            ).fetchone()
            self._pairs_with.update(series=bool(series), set_aside=bool(set_aside))
        return self._pairs_with[table]

    def short_names(self, codes: Iterable[str]) -> dict[str, str]:
        """code -> the name people read (model.short_name) for these party codes."""
        names: dict[str, str] = {}
        codes = list(codes)
        self._read_parties(codes)
        for code in codes:
            if code not in names:
                try:
                    names[code] = short_name(self.party(code))
                except UnknownParty:
                    names[code] = code
        return names

    def _direct_facts(self, x: str, y: str) -> list[Fact]:
        """The facts stored for the pair x, y (sorted codes) as its parties."""
        return [
            _fact(row[0])
            for row in self.connection.execute(
                "SELECT f.data FROM fact_pairs fp JOIN facts f ON f.rowid = fp.fact "
                "WHERE fp.a = ? AND fp.b = ? AND fp.via = 'parties' ORDER BY f.rowid",
                (x, y),
            )
        ]

    def _partners(self, code: str) -> set[str]:
        """The parties `code` has facts with, read once per code (a country has many
        predecessors, and few of them have facts with the other party of a pair)."""
        partners = self._partners_seen.get(code)
        if partners is None:
            partners = self._partners_seen[code] = {
                other for (other,) in self.connection.execute(
                    "SELECT b FROM fact_pairs WHERE a = ? AND via = 'parties' "
                    "UNION SELECT a FROM fact_pairs WHERE b = ? AND via = 'parties'", (code, code)
                )
            }
        return partners

    # -- country-pair tables -------------------------------------------------------------------

    def tables(self) -> list[Any]:
        """The country-pair tables (`relations.dyadic.Table`) of the shipped data, found once."""
        if self._tables is None:
            from .. import dyadic

            self._tables = dyadic.tables(self.data_dir) if self.data_dir else []
        return self._tables

    def table(self, dataset: str, name: str) -> Any | None:
        """One country-pair table by data set and name (`unvotes`, `agreement`), if shipped."""
        return next((t for t in self.tables() if (t.dataset, t.name) == (dataset, name)), None)

    def table_rows(self, a: str, b: str) -> dict[tuple[str, str], list[dict[str, str]]]:
        """The rows the country-pair tables hold for a and b (both directions), by (data set, table)."""
        found = self.tables()
        if not found:
            return {}
        from .. import dyadic

        return dyadic.pair_rows(found, a, b)

    def table_states(self, a: str, b: str) -> dict[tuple[str, str], tuple]:  # type: ignore[type-arg]
        """The two states' rows of the tables of one row per state and year (`dyadic.pair_states`)."""
        found = self.tables()
        if not found:
            return {}
        from .. import dyadic

        return dyadic.pair_states(found, a, b)

    def _facts_of_rows(self, rows: dict[tuple[str, str], list[dict[str, str]]], series: bool = True,
                       states: dict[tuple[str, str], tuple] | None = None) -> tuple[list[Fact], list[Series]]:  # type: ignore[type-arg]
        if not rows and not states:
            return [], []
        from .. import dyadic

        facts, made = dyadic.facts_of_rows(rows, self.display_name, series, states)
        return self._noted([Fact.from_dict(f) for f in facts]), [Series.from_dict(s) for s in made]

    def _noted(self, written: list[Fact]) -> list[Fact]:
        """Facts written from the tables, with the errata filed under their ids (the facts of the
        TOML data have theirs from the index: dataset.build)."""
        errata = self.errata()
        if errata and any(f"fact:{fact.id}" in errata for fact in written):
            from .errata import attach

            return [attach(fact, errata) for fact in written]
        return written

    def errata(self) -> dict[str, tuple[Erratum, ...]]:
        """The reviewed errata by what they are about (`fact:<id>`, `membership:<party>:<group>`,
        the keys of `relations.dataset.errata`), read once: from the index's summary when it has
        them, else with a query. Made here, without importing that module: most pairs have none."""
        if self._errata is None:
            rows = self._errata_rows if self._errata_rows is not None else [
                (target, jsontext.loads(data))
                for target, data in self.connection.execute("SELECT target, data FROM errata ORDER BY rowid")
            ]
            found: dict[str, tuple[Erratum, ...]] = {}
            for target, data in rows:
                found[target] = (*found.get(target, ()), Erratum.from_dict(data))
            self._errata = found
        return self._errata

    def table_facts(self, a: str, b: str, series: bool = True) -> tuple[list[Fact], list[Series]]:
        """The facts and (with `series`) series the country-pair tables hold for a and b (both
        directions)."""
        return self._facts_of_rows(self.table_rows(a, b), series, self.table_states(a, b))

    def display_name(self, code: str) -> str:
        """A party's name for a sentence; its code when the dataset has no such party."""
        try:
            return self.party(code).name
        except UnknownParty:
            return code

    def _facts_between(self, side_a: set[str], side_b: set[str]) -> list[tuple[str, str, str, str]]:
        """Facts stored for any pair of one party from each side (pairs are stored sorted).

        Two index lookups joined by UNION ALL: an OR of the two would scan the whole table."""
        a_marks, b_marks = ",".join("?" * len(side_a)), ",".join("?" * len(side_b))
        select = "SELECT f.data, fp.a, fp.b, fp.via, f.rowid FROM fact_pairs fp JOIN facts f ON f.rowid = fp.fact"
        rows = self.connection.execute(
            f"{select} WHERE fp.a IN ({a_marks}) AND fp.b IN ({b_marks}) "
            f"UNION ALL {select} WHERE fp.a IN ({b_marks}) AND fp.b IN ({a_marks})",
            [*side_a, *side_b, *side_b, *side_a],
        ).fetchall()
        rows.sort(key=lambda row: row[4])
        return [row[:4] for row in rows]

    # -- listings ----------------------------------------------------------------------------

    def parties(self, kind: str | None = None, contains: str | None = None) -> list[PartyCount]:
        rows = self.connection.execute(
            "SELECT data, fact_count FROM parties ORDER BY fact_count DESC, name"
        ).fetchall()
        result = []
        key = normalise(contains) if contains else ""
        for data, count in rows:
            party = party_from_dict(jsontext.loads(data))
            if kind and party.kind != kind:
                continue
            if key and not any(key in normalise(n) for n in (party.code, party.name, *(party.aliases))):
                continue
            result.append(PartyCount(party, count))
        return result

    def sources(self) -> list[SourceCount]:
        rows = self.connection.execute("SELECT data, fact_count FROM sources ORDER BY id").fetchall()
        table_rows: dict[str, int] = {}
        if self.tables():
            from .. import dyadic

            for table in self.tables():
                for source in dyadic.module(table.dataset).SOURCE_IDS:
                    table_rows[source] = table_rows.get(source, 0) + table.row_count()
        return [
            SourceCount(source, count, table_rows.get(source.id, 0))
            for source, count in ((source_from_dict(jsontext.loads(d)), c) for d, c in rows)
        ]

    def search(self, query: str, topic: str | None = None, party: Party | None = None, limit: int = 20) -> SearchResult:
        """Facts matching every word of `query`, best first (`relations.dataset.search`)."""
        from .search import search

        return search(self, query, topic, party, limit)

    def sources_by_id(self, ids: list[str]) -> list[Source]:
        """The sources with these ids, in the order given (unknown ids are left out)."""
        if not ids:
            return []
        known = self._sources
        wanted = [i for i in ids if i not in known]
        if wanted:
            for ident, data in self.connection.execute(
                f"SELECT id, data FROM sources WHERE id IN ({','.join('?' * len(wanted))})", wanted
            ):
                known[ident] = source_from_dict(jsontext.loads(data))
        return [known[i] for i in ids if i in known]

    def topics(self) -> list[Topic]:
        if self._topics is None:
            rows = self.connection.execute("SELECT id, description FROM topics ORDER BY position").fetchall()
            self._topics = [Topic(i, d) for i, d in rows]
        return self._topics

    def topic_order(self) -> dict[str, int]:
        return {t.id: n for n, t in enumerate(self.topics())}

    def resolve_topic(self, name: str) -> str:
        import difflib

        ids = [t.id for t in self.topics()]
        if name.lower() in ids:
            return name.lower()
        close = difflib.get_close_matches(name.lower(), ids, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; topics are: {', '.join(ids)}"
        raise UsageError(f"unknown topic {name!r}{hint}")


def sort_facts(facts: list[Fact], topic_order: dict[str, int]) -> list[Fact]:
    """Grouped by topic (vocabulary order); dated facts first, in date order; then undated ones."""
    return sorted(facts, key=lambda f: _fact_sort_key(f, topic_order))


def _fact_sort_key(fact: Fact, topic_order: dict[str, int]) -> tuple[int, int, str, str]:
    dated = 0 if fact.date else 1
    start = fact.date.start if fact.date else ""
    return (topic_order.get(fact.topic, len(topic_order)), dated, start, "")


def _unique(items) -> list[str]:  # type: ignore[no-untyped-def]
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _unique_parties(parties: list[Party]) -> list[Party]:
    return list({p.code: p for p in parties}.values())


def _fact(data: str) -> Fact:
    return Fact.from_dict(jsontext.loads(data), stored=True)


def open_store(
    roots: list[DataRoot] | None = None,
    cache_dir: str | None = None,
    warn: Callable[[str], None] = lambda message: None,
    progress: Callable[[int, int], None] | None = None,
    use_cache: bool = True,
) -> Store:
    """Open the dataset for querying: the shipped data plus the user's, through the index."""
    from .. import paths
    from .index import open_index

    if roots is None:
        roots = paths.data_roots()
    if use_cache and cache_dir is None:
        cache_dir = paths.cache_dir()
    connection = open_index(roots, cache_dir if use_cache else None, warn, progress)
    shipped = next((os.fspath(r.path) for r in roots if r.origin == "shipped"), None)
    meta = dict(connection.execute("SELECT key, value FROM meta WHERE key IN ('problems', 'summary')"))
    problems = [
        DataError(p["path"], p["line"], p["message"], p.get("kept", False)) for p in jsontext.loads(meta["problems"])
    ]
    store = Store(connection, problems, data_dir=shipped)
    if "summary" in meta:  # written by dataset.build: read here rather than asked for again
        summary = jsontext.loads(meta["summary"])
        store._topics = [Topic(i, d) for i, d in summary["topics"]]
        store._groups_with_facts = set(summary["groups_with_facts"])
        store._pairs_with.update(series=summary["series"], set_aside=summary["set_aside"])
        if "errata" in summary:
            store._errata_rows = summary["errata"]
    return store
