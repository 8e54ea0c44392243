"""Derive facts, memberships and organisations from The World Factbook (final edition).

    python -m importers.factbook [FACTBOOK_DIR] [--out DATA_DIR/factbook]

Reads the Factbook's JSON profiles (one per GEC code), maps each to its ISO 3166-1 code, and writes
`data/factbook/*.toml` in the model of data/README.md: land borders, export and import partner
shares, memberships of international organisations (and the organisations themselves), US
diplomatic representation both ways, and independence from another state; and `report.md`
(every profile, name and entry not written, and why).
Run it after `importers.rdcr`: independence from a historical state names the party that importer
writes (data/rdcr/parties.toml). Deterministic: the same input gives byte-identical output. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers import factbook_tables as tables
from importers.common import (
    DATA_DIR,
    HEADER,
    SHARED_DIR,
    Report,
    display,
    excerpt,
    load_toml,
    party_name_index,
    render_toml,
    replace_folder,
    run_main,
)
from relations.wording import possessive, the

try:
    from relations.names import normalise
except ModuleNotFoundError:  # run from a source tree without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from relations.names import normalise

SOURCE_ID = "factbook"
DEFAULT_INPUT = SHARED_DIR / "factbook"
DEFAULT_OUTPUT = DATA_DIR / "factbook"

MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}


# ------------------------------------------------------------------------------------------
# Text helpers
# ------------------------------------------------------------------------------------------

def clean(text: str, br: str = "; ") -> str:
    """An HTML fragment as plain text: entities decoded, <br> as `br`, other tags dropped."""
    text = re.sub(r"(?i)<br\s*/?>", "\x00", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text).replace("\xa0", " ")
    parts = [re.sub(r"\s+", " ", p).strip() for p in text.split("\x00")]
    return br.join(p for p in parts if p)


def field_text(node: Any) -> str | None:
    if isinstance(node, dict):
        node = node.get("text")
    return node if isinstance(node, str) else None


def number(text: str) -> int | float:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


def fmt_num(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,}".rstrip("0").rstrip(".")


def split_top(text: str, sep: str) -> list[str]:
    """Split on `sep` outside parentheses and brackets."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def fmt_date(date: str) -> str:
    if "/" in date:
        a, b = date.split("/")
        return f"on {int(a[8:])}–{fmt_date(b)[3:]}"
    parts = date.split("-")
    names = list(MONTHS)
    if len(parts) == 3:
        return f"on {int(parts[2])} {names[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"in {names[int(parts[1]) - 1]} {parts[0]}"
    return f"in {parts[0]}"


def parse_date(text: str) -> str | None:
    m = re.fullmatch(r"(?:(\d{1,2})(?:-(\d{1,2}))? )?(?:([A-Z][a-z]+) )?(\d{3,4})", text.strip())
    if not m or (m.group(1) and not m.group(3)) or (m.group(3) and m.group(3) not in MONTHS):
        return None
    day, day2, month, year = m.groups()
    year = year.zfill(4)
    if not month:
        return year
    if not day:
        return f"{year}-{MONTHS[month]:02d}"
    first = f"{year}-{MONTHS[month]:02d}-{int(day):02d}"
    if day2:
        return f"{first}/{year}-{MONTHS[month]:02d}-{int(day2):02d}"
    return first


# ------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------

@dataclass
class Tally:
    """What the import read, wrote and set aside: the figures of its report."""

    profiles_read: int = 0
    mapped: dict[str, str] = field(default_factory=dict)           # gec -> ISO
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (gec, name, reason)
    mapping_notes: list[str] = field(default_factory=list)
    facts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    memberships: int = 0
    organisations_written: int = 0
    organisations_existing: list[str] = field(default_factory=list)
    org_without_name: list[str] = field(default_factory=list)
    org_alias_dropped: list[str] = field(default_factory=list)
    partners_resolved: dict[str, str] = field(default_factory=dict)   # name -> code
    partners_unresolved: list[tuple[str, str, str]] = field(default_factory=list)  # (locator, name, reason)
    border_mismatches: list[str] = field(default_factory=list)
    border_unmapped: list[tuple[str, str, str]] = field(default_factory=list)
    unparsed: list[tuple[str, str]] = field(default_factory=list)    # (locator, text)
    independence_skipped: list[tuple[str, str, str]] = field(default_factory=list)
    missions_none: list[tuple[str, str]] = field(default_factory=list)
    deployment_entries: int = 0
    deployments_unread: list[tuple[str, str, str]] = field(default_factory=list)  # (locator, text, reason)
    missions_unmapped: set[str] = field(default_factory=set)
    arms_entries: int = 0
    independence_decided: int = 0
    arms_unread: list[tuple[str, str, str]] = field(default_factory=list)  # (locator, text, reason)
    largest_file: tuple[str, int] = ("", 0)
    reworded: set[str] = field(default_factory=set)     # keys of REWORDED applied
    not_reworded: list[tuple[str, str, str, list[str]]] = field(default_factory=list)  # (key, locator, fingerprint, texts)

    sizes: dict[str, int] = field(default_factory=dict)   # file written -> bytes


def report(tally: Tally) -> Report:
    """The import's report (`report.md` beside the data), from its tally."""
    t = tally
    rep = Report("factbook", "The World Factbook's country profiles", "../shared/factbook")
    rep.section("Counts")
    rep.count("profiles read", t.profiles_read)
    rep.count("profiles mapped to ISO codes", len(t.mapped))
    rep.count("profiles skipped", len(t.skipped), "(listed under Set aside)")
    rep.count("facts written", sum(t.facts.values()))
    rep.lines([f"  - {kind}: {n:,}" for kind, n in sorted(t.facts.items())])
    rep.count("memberships written", t.memberships)
    rep.line(f"- organisations written: {t.organisations_written:,} (already in groups.toml, not redefined: "
             f"{', '.join(t.organisations_existing) or 'none'})")
    rep.line(f"- organisation abbreviations without a full name: {len(t.org_without_name)}"
             + (f" ({', '.join(t.org_without_name)})" if t.org_without_name else ""))
    rep.count("partner names resolved (distinct)", len(t.partners_resolved))
    rep.count("partner names unresolved", len(t.partners_unresolved))
    rep.count("border mismatches (both profiles list the pair, lengths differ)", len(t.border_mismatches))
    rep.count("borders with entities that have no ISO code (not written)", len(t.border_unmapped))
    rep.count("independence facts from reviewed decisions", t.independence_decided)
    rep.count("independence entries not written", len(t.independence_skipped))
    rep.count("US representation entries saying none (not written)", len(t.missions_none))
    rep.count("military deployment entries read", t.deployment_entries)
    rep.count("military deployment parts not written", len(t.deployments_unread))
    rep.line(f"- mission names with no group party (kept as written): {len(t.missions_unmapped)}"
             + (f" ({', '.join(sorted(t.missions_unmapped))})" if t.missions_unmapped else ""))
    rep.count("arms supplier entries read", t.arms_entries)
    rep.count("arms supplier mentions not written", len(t.arms_unread))
    rep.count("notes in our wording (REWORDED)", len(t.reworded))
    rep.count("not written: needs a reviewed wording", len(t.not_reworded))
    rep.count("text not parsed", len(t.unparsed))
    rep.line(f"- largest output file: {t.largest_file[0]} ({t.largest_file[1]:,} bytes)")
    rep.section("Mapping notes").lines([f"- {n}" for n in t.mapping_notes] or ["- none"])
    rep.section("Border mismatches (both profiles list the pair, lengths differ)")
    rep.lines([f"- {m}" for m in t.border_mismatches] or ["- none"])
    for gec, name, reason in t.skipped:
        rep.set_aside(f"profile {gec}.json ({name})", reason)
    for alias in t.org_alias_dropped:
        rep.set_aside(f"organisation alias {alias}", "left out because a country already uses it")

    def where(loc: str) -> str:
        """A locator with the profile's name cut as a quotation is (the name of the US Pacific
        islands' profile is a list of 14 words)."""
        name, sep, rest = loc.partition(": ")
        return excerpt(name) + sep + rest

    groups = [
        ("Partner names unresolved", [f"- {where(loc)}: {excerpt(name)!r}: {reason}" for loc, name, reason in t.partners_unresolved]),
        ("Borders with entities that have no ISO code", [f"- {where(loc)}: {excerpt(name)!r}: {reason}" for loc, name, reason in t.border_unmapped]),
        ("Independence entries not written", [f"- {where(loc)}: {excerpt(what)!r}: {reason}" for loc, what, reason in t.independence_skipped]),
        ("US representation entries saying none", [f"- {where(loc)}: {excerpt(text)!r}" for loc, text in t.missions_none]),
        ("Military deployment parts not written", [f"- {where(loc)}: {excerpt(text)!r}: {reason}" for loc, text, reason in t.deployments_unread]),
        ("Arms supplier mentions not written", [f"- {where(loc)}: {excerpt(text)!r}: {reason}" for loc, text, reason in t.arms_unread]),
        ("Not written: needs a reviewed wording", [line for key, loc, fp, texts in t.not_reworded
                                                   for line in [f"- {key} ({where(loc)}): fingerprint {fp!r}"]
                                                   + [f"  - {excerpt(text)!r}" for text in texts]]),
        ("Text not parsed", [f"- {where(loc)}: {excerpt(text)!r}" for loc, text in t.unparsed]),
    ]
    for heading, lines in groups:
        if lines:
            rep.set_aside_section(heading).lines(lines)
    for name, size in sorted(t.sizes.items()):
        rep.file(name, size)
    return rep


# ------------------------------------------------------------------------------------------
# The importer
# ------------------------------------------------------------------------------------------

class Importer:
    def __init__(self, factbook_dir: Path, data_dir: Path = DATA_DIR) -> None:
        self.dir = factbook_dir
        self.report = Tally()
        self.index = party_name_index(data_dir)
        countries = load_toml(data_dir / "countries.toml").get("party", [])
        self.countries = {p["code"]: p for p in countries}
        self.country_codes = set(self.countries) | {p.get("alpha3", "") for p in countries}
        groups_path = data_dir / "groups.toml"
        groups = load_toml(groups_path).get("party", []) if groups_path.exists() else []
        self.groups = {p["code"]: p for p in groups}
        historical_path = data_dir / "rdcr" / "parties.toml"
        historical = load_toml(historical_path).get("party", []) if historical_path.exists() else []
        self.historical = {p["code"]: p for p in historical}
        # Historical states this importer defines (data/factbook/historical.toml); one that
        # importers.rdcr has come to define is not defined twice.
        self.own_historical = [p for p in tables.FACTBOOK_HISTORICAL if p["code"] not in self.historical]
        self.historical.update({p["code"]: p for p in self.own_historical})
        self.profiles: dict[str, dict[str, Any]] = {}
        self.iso: dict[str, str] = {}          # gec -> ISO
        self.gec_of: dict[str, str] = {}       # ISO -> gec

    # -- the Factbook's own words ---------------------------------------------------------

    def reworded(self, key: str, texts: list[str], locator: str) -> str | None:
        """Our wording for the Factbook's free text `texts` (notes, prose in a field), from the
        reviewed table REWORDED: facts, names, dates and figures carry over, sentences do not. Text
        the table does not cover, or covers for another version of the source (the fingerprint),
        is not written and is listed in the report."""
        if not texts:
            return None
        fp = fingerprint(texts)
        entry = tables.REWORDED.get(key)
        if entry is None or entry[0] != fp:
            self.report.not_reworded.append((key, locator, fp, texts))
            return None
        self.report.reworded.add(key)
        return entry[1] or None

    # -- names --------------------------------------------------------------------------

    def name_of(self, code: str) -> str:
        if code in self.countries:
            return self.countries[code]["name"]
        if code in self.groups:
            return self.groups[code]["name"]
        if code in self.historical:
            return self.historical[code]["name"]
        return code

    def resolve(self, name: str) -> tuple[str | None, str]:
        """A Factbook name -> (party code, how). Code None when it cannot be resolved."""
        name = clean(name)
        tries = [name, name.replace("&", " and "), re.sub(r"\bSt\.? ", "Saint ", name.replace("&", " and "))]
        m = re.fullmatch(r"(.+), (The|the)", name)
        if m:
            tries.append(m.group(1))
        for attempt in tries:
            code = self.index.get(normalise(attempt))
            if code:
                return code, "name"
        aliases = {normalise(k): v for k, v in tables.PARTNER_ALIASES.items()}
        if normalise(name) in aliases:
            code, why = aliases[normalise(name)]
            return code, f"alias table: {why}"
        return None, "not a name in countries.toml, groups.toml or the partner-alias table"

    # -- profiles and the GEC -> ISO mapping ---------------------------------------------

    def read_profiles(self) -> None:
        for path in sorted(self.dir.glob("*/*.json"), key=lambda p: p.stem):
            self.profiles[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        self.report.profiles_read = len(self.profiles)

    def profile_name(self, gec: str) -> str:
        return profile_name(self.profiles[gec], gec)

    def locator(self, gec: str, field: str) -> str:
        """Where a value is in the Factbook, as the Factbook is cited: the profile by its
        country's name and the field ('India: Government > Independence'). Not the file of the
        JSON conversion read here (in.json): readers cite the Factbook by profile, not by GEC code."""
        return profile_locator(self.profiles[gec], gec, field)

    def map_profiles(self) -> None:
        claimed: dict[str, str] = {}
        for gec in sorted(self.profiles):
            prof = self.profiles[gec]
            name = self.profile_name(gec)
            if gec in tables.GEC_EXCEPTIONS:
                code, why = tables.GEC_EXCEPTIONS[gec]
                if code is None:
                    self.report.skipped.append((gec, name, why))
                    continue
            else:
                tld = field_text(prof.get("Communications", {}).get("Internet country code"))
                m = re.fullmatch(r"\s*\.([a-z]{2})\s*", clean(tld)) if tld else None
                code = m.group(1).upper() if m else None
                if code is None:
                    code, _ = self.resolve(name)
                    if code is None or code not in self.countries:
                        self.report.skipped.append((gec, name, "no internet country code and no ISO name match: add it to GEC_EXCEPTIONS"))
                        continue
                    self.report.mapping_notes.append(f"{gec}.json {name}: mapped by name to {code}")
            if code not in self.countries:
                self.report.skipped.append((gec, name, f"code {code} is not in data/countries.toml"))
                continue
            by_name, _ = self.resolve(name)
            if by_name and by_name != code:
                self.report.mapping_notes.append(f"{gec}.json {name}: internet code gives {code}, name gives {by_name}; kept {code}")
            if code in claimed:
                self.report.skipped.append((gec, name, f"second profile for ISO {code} (already mapped from {claimed[code]}.json)"))
                continue
            claimed[code] = gec
            self.iso[gec] = code
            self.gec_of[code] = gec
        self.report.mapped = dict(self.iso)

    # -- land borders --------------------------------------------------------------------

    _BORDER_ITEM = re.compile(
        r"(?P<name>[A-Za-z][^;\d]*?)\s+(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*km"
        r"(?:\s*\((?P<paren>[^)]*)\))?")
    _BORDER_SEP = re.compile(r"\s*(?:;|,|\band\b)\s*")

    def parse_border_list(self, text: str, locator: str) -> list[tuple[str, int | float, str | None, str]]:
        items, pos, text = [], 0, clean(text)
        while pos < len(text):
            m = self._BORDER_ITEM.match(text, pos)
            if not m:
                self.report.unparsed.append((locator, text[pos:]))
                break
            items.append((m.group("name").strip(), number(m.group("num")), m.group("paren"), m.group(0)))
            pos = m.end()
            sep = self._BORDER_SEP.match(text, pos)
            if sep and sep.end() > pos:
                pos = sep.end()
            elif pos < len(text):
                self.report.unparsed.append((locator, text[pos:]))
                break
        return items

    @staticmethod
    def border_comment(part: dict[str, Any]) -> str | None:
        """A parenthesis in a border listing that is the Factbook's comment ("of which 225 km is
        ..."), not a name ("Ceuta", "northeast"): it has a figure or four words or more."""
        paren = part["paren"]
        return paren if paren and (re.search(r"\d", paren) or len(paren.split()) >= 4) else None

    def borders(self) -> list[dict[str, Any]]:
        # listings[(a, b)][a] = list of parts as a's profile gives them
        listings: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = defaultdict(dict)
        locators: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        for gec, code in sorted(self.iso.items()):
            lb = self.profiles[gec].get("Geography", {}).get("Land boundaries", {})
            if not isinstance(lb, dict):
                continue
            for key in ("border countries", "regional borders", "border sovereign base areas"):
                text = field_text(lb.get(key))
                if not text:
                    continue
                locator = self.locator(gec, f"Geography > Land boundaries > {key}")
                for name, km, paren, raw in self.parse_border_list(text, locator):
                    other, how = self.resolve(name)
                    qualifier = None
                    if other is None:
                        m = re.fullmatch(r"(.+?)\s*\(([^)]*)\)", name)
                        if m:
                            other, how = self.resolve(m.group(1))
                            qualifier = m.group(2)
                    side = code
                    if (gec, name) in tables.BORDER_SIDES:
                        side, other, why = tables.BORDER_SIDES[(gec, name)]
                        how = f"border table: {why}"
                    if other is None or other not in self.countries:
                        self.report.border_unmapped.append((locator, raw, "no ISO 3166-1 party for this name"))
                        continue
                    if other == code:
                        self.report.unparsed.append((locator, f"{raw} (names the profile's own country)"))
                        continue
                    if not how.startswith("border table"):
                        self.report.partners_resolved[name] = other
                    pair = tuple(sorted((side, other)))
                    part = {"name": name, "km": km, "paren": paren, "raw": raw, "qualifier": qualifier,
                            "how": how, "profile": code}
                    listings[pair].setdefault(side, []).append(part)
                    locators[pair][side] = locator
        facts = []
        for pair in sorted(listings):
            a, b = pair
            sides = listings[pair]
            totals = {c: sum_km([p["km"] for p in parts]) for c, parts in sides.items()}
            first = a if a in sides else b
            length = totals[first]
            na, nb = self.name_of(a), self.name_of(b)
            notes = []
            for c in (a, b):
                if c not in sides:
                    continue
                parts = sides[c]
                plain = len(parts) == 1 and not parts[0]["paren"] and not parts[0]["qualifier"] and parts[0]["how"] == "name"
                if not plain:
                    listed = "; ".join(p["raw"] if not self.border_comment(p) else p["raw"].replace(f" ({p['paren']})", "")
                                       for p in parts)
                    notes.append(f"{possessive(self.name_of(parts[0]['profile']), True)} profile lists: {listed}.")
                for p in parts:
                    if p["how"].startswith("border table"):
                        why = p["how"][len("border table: "):]
                        notes.append(f"{why[0].upper()}{why[1:]}.")
                    if p["how"].startswith("alias table"):
                        notes.append(f"{p['name']!r} is taken as {self.name_of(p_code(self, p))}: {p['how'][13:]}.")
            comments = [self.border_comment(p) for c in (a, b) for p in sides.get(c, []) if self.border_comment(p)]
            own = self.reworded(f"factbook.border.{a.lower()}-{b.lower()}", comments, "; ".join(locators[pair].values()))
            if own:
                notes.append(own)
            if len(sides) == 2 and totals[a] != totals[b]:
                text = (f"{the(na, True)} and {the(nb)} share a land border; {possessive(na)} profile gives "
                        f"{fmt_num(totals[a])} km, {possessive(nb)} {fmt_num(totals[b])} km.")
                notes.append(f"The two profiles disagree: {fmt_num(totals[a])} km ({locators[pair][a]}) and "
                             f"{fmt_num(totals[b])} km ({locators[pair][b]}); the length recorded is the first.")
                self.report.border_mismatches.append(
                    f"{a}-{b}: {fmt_num(totals[a])} km ({locators[pair][a]}) vs {fmt_num(totals[b])} km ({locators[pair][b]})")
            else:
                text = f"{the(na, True)} and {the(nb)} share a land border of {fmt_num(length)} km."
                aliased = [p["name"] for parts in sides.values() for p in parts if p["how"].startswith("alias")]
                if aliased and len(sides) == 1:
                    text = text[:-1] + f" (listed as the {', '.join(aliased)})."
                if len(sides) == 1:
                    other = b if first == a else a
                    why = "has no profile of its own" if other not in self.gec_of else "does not list it"
                    notes.append(f"Listed only in {possessive(self.name_of(first))} profile; {possessive(self.name_of(other))} profile {why}."
                                 if other in self.gec_of else
                                 f"Listed only in {possessive(self.name_of(first))} profile; {the(self.name_of(other))} {why} in the Factbook.")
                for c in (a, b):
                    if c in self.gec_of and self.gec_of[c] in tables.PROFILE_CAVEATS:
                        notes.append(tables.PROFILE_CAVEATS[self.gec_of[c]])
            facts.append({
                "id": f"factbook.border.{a.lower()}-{b.lower()}",
                "parties": [a, b],
                "topic": "border",
                "text": text,
                "sources": [SOURCE_ID],
                "locator": "; ".join(locators[pair][c] for c in (a, b) if c in sides),
                "note": " ".join(notes) or None,
                "values": {"length_km": length},
            })
        self.report.facts["border"] = len(facts)
        return facts

    # -- trade partners --------------------------------------------------------------------

    def trade(self) -> list[dict[str, Any]]:
        facts = []
        for gec, code in sorted(self.iso.items()):
            econ = self.profiles[gec].get("Economy", {})
            for field_name, direction in (("Exports - partners", "exports"), ("Imports - partners", "imports")):
                node = econ.get(field_name) if isinstance(econ, dict) else None
                text = field_text(node)
                if not text:
                    continue
                locator = self.locator(gec, f"Economy > {field_name}")
                field_note = clean(node.get("note", "")) if isinstance(node, dict) else ""
                top_five = "top five" in field_note
                text = clean(text, br=" ")
                m = re.fullmatch(r"(.*?)\s*\((\d{4})\)", text)
                if not m:
                    self.report.unparsed.append((locator, text))
                    continue
                body, year = m.group(1).strip(), int(m.group(2))
                entries = []  # (name, share or None, description or None)
                almost = re.fullmatch(r"almost entirely (.+)", body)
                if almost:
                    entries.append((almost.group(1), None, "almost entirely"))
                elif "%" in body:
                    pos = 0
                    for im in re.finditer(r"\s*(?P<name>[^%\d]+?)\s+(?P<share>\d+(?:\.\d+)?)%\s*(?:,|$)", body):
                        if im.start() != pos:
                            break
                        entries.append((im.group("name").strip(), number(im.group("share")), None))
                        pos = im.end()
                    if pos != len(body):
                        self.report.unparsed.append((locator, body[pos:]))
                else:
                    entries = [(n.strip(), None, None) for n in body.split(",") if n.strip()]
                seen = set()
                for rank, (name, share, desc) in enumerate(entries, 1):
                    partner, how = self.resolve(name)
                    if partner is None:
                        self.report.partners_unresolved.append((locator, name, how))
                        continue
                    if partner == code or partner in seen:
                        self.report.partners_unresolved.append((locator, name, f"resolves to {partner}, already listed or the reporter itself"))
                        continue
                    seen.add(partner)
                    self.report.partners_resolved[name] = partner
                    rname, pname = self.name_of(code), self.name_of(partner)
                    listing = "top-five partner list" if top_five else "partner list"
                    verb = "took" if direction == "exports" else "supplied"
                    if share is not None:
                        text_out = f"{the(pname, True)} {verb} {share}% of {possessive(rname)} {direction} in {year} ({listing})."
                    elif desc:
                        prep = "to" if direction == "exports" else "from"
                        text_out = f"{possessive(rname, True)} {direction} in {year} came {desc} {prep} {the(pname)}." if direction == "imports" \
                            else f"{possessive(rname, True)} {direction} in {year} went {desc} {prep} {the(pname)}."
                    else:
                        text_out = (f"{the(pname, True)} is number {rank} among {possessive(rname)} main "
                                    f"{direction[:-1]} partners for {year} (the list gives no shares).")
                    note = None
                    if how != "name":
                        note = f"The profile names the partner {name!r}; taken as {pname} ({how[13:] if how.startswith('alias') else how})."
                    values: dict[str, Any] = {"direction": direction, "reporter": code, "partner": partner}
                    if share is not None:
                        values["share_pct"] = share
                    if desc:
                        values["share_desc"] = desc
                    values.update({"year": year, "share_of": f"{direction} of {code}", "rank": rank})
                    facts.append({
                        "id": f"factbook.{direction}.{code.lower()}.{partner.lower()}",
                        "parties": [code, partner],
                        "topic": "trade",
                        # The year the shares are for: the fact's date, at year precision.
                        "date": str(year) if year else None,
                        "text": text_out,
                        "sources": [SOURCE_ID],
                        "locator": locator,
                        "note": note,
                        "values": values,
                    })
                    self.report.facts[direction] += 1
        return sorted(facts, key=lambda f: f["id"])

    # -- organisations and memberships -----------------------------------------------------

    def org_code(self, abbr: str) -> str:
        code = re.sub(r"[^A-Z0-9]+", "-", abbr.upper()).strip("-")
        # ISO collisions get a prefix (the brief); so do codes shorter than three characters other
        # than EU (data/README.md: a group code is at least three characters or EU).
        # A code that is also a country's name or alias ("GUAM") would be ambiguous too.
        if (code in self.country_codes or (len(code) < 3 and code != "EU")
                or self.index.get(normalise(code)) in self.countries):
            code = "ORG-" + code
        return code

    def government_field(self, name: str) -> Iterator[tuple[str, Any, str, str]]:
        """(ISO code, raw node, cleaned text, locator) of one Government field, for every mapped
        profile that has it, in GEC order."""
        for gec, code in sorted(self.iso.items()):
            node = self.profiles[gec].get("Government", {}).get(name)
            text = field_text(node)
            if text:
                yield code, node, clean(text, br=" "), self.locator(gec, f"Government > {name}")

    def memberships(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        used: dict[str, set[str]] = defaultdict(set)   # canonical abbr -> spellings seen
        for code, _, text, locator in self.government_field("International organization participation"):
            profile_note = None
            m = re.match(r"([^,(]*?\b(?:member|members)\b[^,(]*?):\s*", text)
            if m:
                profile_note = self.reworded(f"membership.{code.lower()}", [m.group(1)], locator)
                text = text[m.end():]
            if text.strip().lower() == "none":
                continue
            for item in split_top(text, ","):
                m = re.fullmatch(r"(.*?)((?:\s*\([^)]*\))*)", item)
                abbr = m.group(1).strip()
                parens = re.findall(r"\(([^)]*)\)", m.group(2))
                canon = tables.ORG_VARIANTS.get(abbr, abbr)
                used[canon].add(abbr)
                status, notes, quoted = "member", [], []
                for p in parens:
                    head, _, rest = p.partition(",")
                    head = head.strip()
                    if head == "Chinese Taipei":
                        notes.append("participates as Chinese Taipei")
                        continue
                    if re.fullmatch(r"\d{4}", head):
                        notes.append(f"the profile adds the year {head}")
                        continue
                    if head.startswith("excluded from formal participation"):
                        quoted.append(p)
                        status = "excluded"
                        continue
                    if status != "member":
                        notes.append(f"the profile also gives the status {status!r}")
                    status = tables.STATUS_VARIANTS.get(head, head)
                    if rest.strip():
                        quoted.append(rest.strip())
                group = self.org_code(canon)
                if quoted:
                    notes.append(self.reworded(f"membership.{code.lower()}.{group.lower()}", quoted, locator) or "")
                notes = [n for n in notes if n]
                key = (code, group)
                row = {"party": code, "group": group, "status": status, "sources": [SOURCE_ID], "locator": locator,
                       "note": "; ".join(([profile_note] if profile_note else []) + notes) or None}
                if key in rows:
                    if rows[key]["status"] != status:
                        self.report.unparsed.append((locator, f"{item} (second entry for {group}; first kept)"))
                    continue
                rows[key] = row
        memberships = [rows[k] for k in sorted(rows)]
        self.report.memberships = len(memberships)

        organisations = []
        taken = set(self.index)
        for canon in sorted(used, key=lambda a: self.org_code(a)):
            code = self.org_code(canon)
            if code in self.groups:
                self.report.organisations_existing.append(code)
                continue
            full = tables.ORGANISATIONS.get(canon)
            if not full:
                self.report.org_without_name.append(canon)
                full = canon
            aliases = []
            for alias in sorted({canon, *used[canon], *[v for v, c in tables.ORG_VARIANTS.items() if c == canon]}):
                if normalise(alias) in taken and self.index.get(normalise(alias)) in self.countries:
                    self.report.org_alias_dropped.append(f"{alias} ({code})")
                    continue
                if normalise(alias) not in {normalise(a) for a in aliases}:
                    aliases.append(alias)
            organisations.append({
                "code": code, "kind": "group", "name": full, "aliases": aliases,
                "category": "organisation", "sources": [SOURCE_ID],
                "note": "Members are the countries whose Factbook profiles list it among their organisations as members, not as observers, partners or in another role.",
            })
        self.report.organisations_written = len(organisations)
        return organisations, memberships

    # -- US diplomatic representation ------------------------------------------------------

    # Prose where the Factbook's representation fields expect a name or an address ("the US does
    # not have an embassy in Dominica; ..."): it goes to the note, in our words, never to a value.
    _MISSION_PROSE = re.compile(r"^(?:the |although |US does not |US Embassy \w+ operations )|\b(?:does not|do not|has no|is accredited)\b")
    _SAYS_NO_EMBASSY = re.compile(r"does not (?:have|maintain)|has no offices")
    _SINCE = re.compile(r"(?P<who>[^;]+?)\s*\(since (?P<date>[^)]+)\)")

    @staticmethod
    def split_note(value: str) -> tuple[str, str | None]:
        """A field value and the note the Factbook embeds in it ("...; note - also accredited to ...")."""
        m = re.search(r"\s*;?\s*\bnote\s*[-:]\s*", value, flags=re.I)
        if not m:
            return value, None
        return value[:m.start()].strip(), value[m.end():].strip() or None

    def office_list(self, listed: str) -> list[dict[str, str]]:
        """A list of US cities as data: one table per office, the profile's qualifier ("CA", "Guam",
        "suspended status") apart from the city."""
        offices = []
        for item in split_top(listed, ","):
            m = re.fullmatch(r"(.+?)\s*\(([^)]*)\)", item)
            offices.append({"city": m.group(1), "qualifier": m.group(2)} if m else {"city": item})
        return offices

    def address(self, label: str, address: str, values: dict[str, Any], prose: list[str]) -> str:
        """An address as data: a P.O. box apart from the street address, directions (a parenthesis
        that is a phrase, not a name) to the note. Returns the piece of the fact's text."""
        for paren in re.findall(r"\(([^()]*)\)", address):
            if len(paren.split()) >= 4:
                prose.append(paren)
                address = address.replace(f"({paren})", "")
        address = re.sub(r",\s*,", ",", re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", address))).strip(" ,;")
        m = re.search(r"[;,]\s*(?=P\.\s?O\. Box)", address)
        street, box = (address[:m.start()], address[m.end():]) if m else (address, "")
        # The office's name before the street ("Permanent Mission to the UN, 866 United Nations
        # Plaza, ...") and the floor or suite are kept apart from the street address.
        lines = [p.strip() for p in street.split(",") if p.strip()]
        office = []
        while (len(lines) > 2 and re.search(r"\b(?:Mission|Unit|Embassy|Consulate|Office|Institute|House)\b", lines[0])
               and not re.search(r"\d|\b(?:Drive|Road|Street|Avenue)$", lines[0])):
            office.append(lines.pop(0))
        unit = [p for p in lines if re.fullmatch(r"(?:\d+(?:st|nd|rd|th) Floor|Floor \d+|Suite \S+|Room \S+)", p)]
        lines = [p for p in lines if p not in unit]
        values[label] = ", ".join(lines)
        piece = f"{label.replace('_', ' ')}: {values[label]}"
        if office:
            values[f"{label}_office"] = ", ".join(office)
            piece += f" (office: {values[f'{label}_office']})"
        if unit:
            values[f"{label}_unit"] = ", ".join(unit)
            piece += f" ({values[f'{label}_unit']})"
        if box:
            values[f"{label}_po_box"] = box.strip()
            piece += f" (post to {box.strip()})"
        return piece

    def missions(self) -> list[dict[str, Any]]:
        facts = []
        for gec, code in sorted(self.iso.items()):
            if code == "US":
                continue
            gov = self.profiles[gec].get("Government", {})
            name = self.name_of(code)
            for field_name, inbound in (("Diplomatic representation in the US", True),
                                        ("Diplomatic representation from the US", False)):
                node = gov.get(field_name) if isinstance(gov, dict) else None
                if not node:
                    continue
                locator = self.locator(gec, f"Government > {field_name}")
                parts = {k: clean(field_text(v) or (v if isinstance(v, str) else "")) for k, v in node.items()}
                seat_key = "chancery" if inbound else "embassy"
                fid = f"factbook.mission-in-us.{code.lower()}" if inbound else f"factbook.us-mission.{code.lower()}"
                who = (f"{possessive(name, True)} representation in the United States" if inbound
                       else f"US representation in {the(name)}")
                main = [v for k, v in parts.items() if k in ("chief of mission", "chancery", "embassy", "text")]
                nothing = all((v or "none").lower().startswith("none") for v in main)
                informative = any(v and v.lower() != "none" for k, v in parts.items()
                                  if k not in ("chief of mission", "chancery", "embassy", "text"))
                if nothing and not informative:
                    body = " ".join(v for k, v in parts.items() if k in ("chief of mission", "chancery", "embassy", "text"))
                    rest = re.sub(r"^none\s*[;:]?\s*", "", body).strip()
                    if not rest or re.fullmatch(r"\([^)]*\)", rest):
                        self.report.missions_none.append((locator, body or "; ".join(f"{k}: {v}" for k, v in parts.items())))
                        continue
                # The Factbook's own words (embedded notes, prose in place of a value, the note and
                # text fields): they reach the fact only as the reviewed wording in MISSION_NOTES.
                prose: list[str] = []
                values: dict[str, Any] = {}
                pieces = []
                chief, chief_note = self.split_note(parts.get("chief of mission", ""))
                if chief_note:
                    prose.append(chief_note)
                if chief and self._MISSION_PROSE.search(chief):
                    prose.append(chief)
                    nothing = nothing or bool(self._SAYS_NO_EMBASSY.search(chief))
                    chief = ""
                if chief and not chief.lower().startswith("none"):
                    since = self._SINCE.fullmatch(chief)
                    date = parse_date(since.group("date").title()) if since and "(since" not in since.group("who") else None
                    if since and date:
                        values["chief_of_mission"] = since.group("who")
                        values["chief_of_mission_since"] = date
                        pieces.append(f"chief of mission since {fmt_date(date)[3:]}: {since.group('who')}")
                    else:
                        values["chief_of_mission"] = chief
                        pieces.append(f"chief of mission: {chief}")
                seat, seat_note = self.split_note(parts.get(seat_key, ""))
                if seat_note:
                    prose.append(seat_note)
                if seat.lower().startswith("none"):
                    rest = re.sub(r"^none\s*(?:\([^)]*\))?\s*[;:]?\s*", "", seat, flags=re.I).strip()
                    if rest:
                        prose.append(rest)
                    seat = ""
                elif seat and self._MISSION_PROSE.search(seat):
                    prose.append(seat)
                    nothing = nothing or bool(self._SAYS_NO_EMBASSY.search(seat))
                    seat = ""
                if seat:
                    pieces.append(self.address(seat_key, seat, values, prose))
                for key, label in (("consulate(s) general", "consulates_general"), ("consulate(s)", "consulates")):
                    listed, listed_note = self.split_note(re.split(r";\s*telephone:", parts.get(key, ""))[0].strip())
                    if listed_note:
                        prose.append(listed_note)
                    if not listed:
                        continue
                    if re.search(r"\d", listed):   # (Bhutan) one consulate's address, not a list of cities
                        pieces.append(self.address(label, listed, values, prose))
                        continue
                    values[label] = self.office_list(listed)
                    cities = [o["city"] + (f" ({o['qualifier']})" if "qualifier" in o else "") for o in values[label]]
                    # A long list is left to the values: the text gives its length.
                    listed = (f"in {len(cities)} cities" if len(cities) > 4 else
                              "in " + (", ".join(cities[:-1]) + " and " if len(cities) > 1 else "") + cities[-1])
                    pieces.append(f"{label.replace('_', ' ')} {listed}")
                others = []
                for k, v in sorted(parts.items()):
                    if k in ("chief of mission", "chancery", "embassy", "consulate(s) general", "consulate(s)",
                             "telephone", "FAX", "email address and website", "mailing address", "note", "text") or not v:
                        continue
                    v, v_note = self.split_note(v)
                    if v_note:
                        prose.append(v_note)
                    if re.search(r"\d", v):
                        office, _, addr = v.partition(";")
                        others.append({"kind": k, "office": office.strip(), "address": re.sub(r",?;\s*", ", ", addr).strip()})
                    else:
                        others += [{"kind": k, **o} for o in self.office_list(v)]
                if others:
                    values["other_offices"] = others
                for k in ("text", "note"):
                    v = re.sub(r"^(none\s*;?\s*)?note\s*:\s*", "", parts.get(k, ""), flags=re.I).strip()
                    if v and not re.fullmatch(r"none\s*(\([^)]*\))?", v, flags=re.I):
                        prose.append(v)
                note = self.reworded(fid, prose, locator)
                if not pieces:
                    text = (f"The Factbook lists no embassy of {the(name)} in the United States; see the note." if inbound
                            else f"The Factbook lists no US embassy in {the(name)}; see the note.")
                else:
                    text = f"{who}: " + "; ".join(pieces) + "."
                    text = text[0].upper() + text[1:]
                if nothing and pieces:
                    text = text[:-1] + "; the Factbook lists no embassy (see the note)."
                places = []
                if seat and inbound and re.search(r"Washington,?\s*D\.?\s?C\b", seat):
                    places.append({"name": "Washington, D.C.", "country": "US"})
                elif seat and not inbound:
                    post = re.search(r"\d+\s+(.+?)\s+Place,\s*Washington", parts.get("mailing address", ""))
                    if post and re.search(rf"\b{re.escape(post.group(1))}\b", seat):
                        places.append({"name": post.group(1), "country": code})
                facts.append({
                    "id": fid,
                    "parties": [code, "US"],
                    "topic": "missions",
                    "text": text,
                    "sources": [SOURCE_ID],
                    "locator": locator,
                    "note": note,
                    "places": places or None,
                    "values": values,
                })
                self.report.facts["mission-in-us" if inbound else "us-mission"] += 1
        return sorted(facts, key=lambda f: f["id"])

    # -- disputes told in free text -----------------------------------------------------------

    def disputes(self) -> list[dict[str, Any]]:
        """The pair facts of the reviewed table DISPUTE_READINGS, each written in our words from
        the fields it names; a fact whose fields' text is not the one it was read from (another
        fingerprint) is not written and is listed in the report."""
        facts = []
        for fact_id, (fields, fp, reading) in sorted(tables.DISPUTE_READINGS.items()):
            texts = []
            for gec, section, name in fields:
                node = self.profiles.get(gec, {}).get(section, {})
                texts.append(field_text(node.get(name) if isinstance(node, dict) else None) or "")
            gecs = sorted({gec for gec, _, _ in fields})
            names = sorted({f"{section} > {name}" for _, section, name in fields})
            locator = f"{' and '.join(self.profile_name(g) for g in gecs)}: {'; '.join(names)}"
            if fingerprint(texts) != fp:
                self.report.not_reworded.append((fact_id, locator, fingerprint(texts), texts))
                continue
            fact = {"id": fact_id, "parties": reading["parties"], "topic": reading["topic"], "date": reading["date"],
                    "text": reading["text"], "sources": [SOURCE_ID], "locator": locator}
            fact |= {key: reading[key] for key in ("note", "values", "conflicts_with") if reading.get(key)}
            facts.append(fact)
        self.report.facts["dispute"] = len(facts)
        return facts

    # -- independence ------------------------------------------------------------------------

    _FROM = re.compile(r"^(?P<prefix>|declared|declared independence|independence declared|independence proclaimed|"
                       r"complete independence|independence|a provisional government declared independence|"
                       r"referendum endorsed independence)\s*from\s+(?P<rest>.*)$", re.S)
    _NOT_STATE = re.compile(r"trusteeship|mandate|merger|federation of|colonies", re.I)

    def independence(self) -> list[dict[str, Any]]:
        found: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for code, node, text, locator in self.government_field("Independence"):
            gec = self.gec_of[code]
            if gec in tables.INDEPENDENCE_DECISIONS:
                self.independence_decision(code, gec, text, locator, found)
                continue
            before = len(self.report.independence_skipped)
            field_note = clean(node.get("note", ""), br=" ") if isinstance(node, dict) else ""
            field_note = re.sub(r"^note:\s*", "", field_note)
            segments = split_top(text, ";")
            caveats = [s for s in segments if not re.match(r"^(ca\. )?\d", s) and "(" not in s]
            cands = []
            for seg in segments:
                m = re.fullmatch(r"(?P<date>[^()]+?)\s*\((?P<inner>.*)\)", seg, re.S)
                if not m:
                    continue
                fm = self._FROM.match(m.group("inner").strip())
                if not fm:
                    continue
                date = parse_date(m.group("date"))
                rest = fm.group("rest")
                target, _, extra = rest.partition(";")
                target = target.strip()
                if date is None:
                    self.report.independence_skipped.append((locator, seg, "date not parsed"))
                    continue
                if self._NOT_STATE.search(target):
                    self.report.independence_skipped.append((locator, seg, "not from a state (trusteeship, mandate, federation or merger)"))
                    continue
                qual = None
                q = re.match(r"(.+?)\s+(protectorate status|administration|control over .*)$", target)
                if q:
                    target, qual = q.group(1), q.group(2)
                names = [target]
                code_whole, _ = self.resolve(re.sub(r"^the\s+", "", target))
                if not code_whole and re.sub(r"^the\s+", "", target) not in tables.HISTORICAL_STATES:
                    names = [n for n in re.split(r",\s*and\s+|\s+and\s+|,\s*", target) if n]
                for raw in names:
                    nm = re.sub(r"^the\s+", "", raw.strip())
                    other, how = self.resolve(nm)
                    if nm in tables.HISTORICAL_STATES:
                        other, how = tables.HISTORICAL_PARTIES.get(nm), "name"
                        if other not in self.historical:
                            self.report.independence_skipped.append((locator, seg, f"from {nm}: a historical state with no party in data/rdcr/parties.toml"))
                            continue
                    if other is None:
                        self.report.independence_skipped.append((locator, seg, f"from {nm!r}: {how}"))
                        continue
                    if other == code:
                        continue
                    cands.append({"other": other, "date": date, "seg": seg, "prefix": fm.group("prefix"),
                                  "qual": qual, "extra": extra.strip(), "as": nm, "how": how})
            by_other: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for c in cands:
                by_other[c["other"]].append(c)
            for other, cs in by_other.items():
                plain = [c for c in cs if not c["prefix"] and not c["qual"] and not c["extra"]]
                chosen = (plain or cs)[0]
                # The entry's own words (the chosen reading when it says more than a date and a
                # state, other readings, caveats, the field's note) reach the fact only as the
                # reviewed wording in REWORDED, written when the ids are known (below).
                notes, quoted = [], []
                if chosen["prefix"] or chosen["qual"] or chosen["extra"] or chosen["how"] != "name":
                    quoted.append(chosen["seg"])
                if chosen["how"].startswith("alias"):
                    notes.append(f"{chosen['as']!r} is taken as {self.name_of(other)}: {chosen['how'][13:]}.")
                quoted += [c["seg"] for c in cs if c is not chosen] + caveats + ([field_note] if field_note else [])
                declared = "declared" in chosen["prefix"] or "proclaimed" in chosen["prefix"]
                verb = "declared independence from" if declared else "became independent from"
                name, oname = self.name_of(code), self.name_of(other)
                found[code].append({
                    "parties": [code, other],
                    "topic": "history",
                    "kind": "independence",
                    "date": chosen["date"],
                    "text": f"{the(name, True)} {verb} {the(oname)} {fmt_date(chosen['date'])}.",
                    "sources": [SOURCE_ID],
                    "locator": locator,
                    "note": notes,
                    "quoted": quoted,
                })
            if code not in found and len(self.report.independence_skipped) == before and not text.lower().startswith("none"):
                self.report.independence_skipped.append((locator, text, "no fact read and no reviewed decision in INDEPENDENCE_DECISIONS"))
        facts = []
        for code, fs in found.items():
            states = [f for f in fs if not f["parties"][1].startswith("H-")]
            for f in fs:
                # One independence fact per country keeps the short id; more get the other party too,
                # and so does one from a historical state (its id does not change when another comes).
                suffix = "" if len(states) == 1 and f in states else f".{f['parties'][1].lower()}"
                if f.get("kind") != "independence":
                    suffix = f".{f['parties'][1].lower()}"
                prefix = "independence" if f.get("kind") == "independence" else "history"
                fid = f"factbook.{prefix}.{code.lower()}{suffix}"
                if "quoted" in f:
                    f = dict(f)
                    own = self.reworded(fid, f.pop("quoted"), f["locator"])
                    f["note"] = " ".join(([own] if own else []) + f["note"]) or None
                facts.append({"id": fid, **f})
        self.report.facts["independence"] = len(facts)
        return sorted(facts, key=lambda f: f["id"])

    def independence_decision(self, code: str, gec: str, text: str, locator: str,
                              found: dict[str, list[dict[str, Any]]]) -> None:
        decision = tables.INDEPENDENCE_DECISIONS[gec]
        if isinstance(decision, str):
            self.report.independence_skipped.append((locator, text, f"reviewed: {decision}"))
            return
        for d in decision:
            other = d["other"]
            if other not in self.countries and other not in self.historical:
                self.report.independence_skipped.append((locator, text, f"reviewed decision names {other}, which no data file defines"))
                continue
            self.report.independence_decided += 1
            found[code].append({
                "parties": [code, other],
                "topic": d.get("topic", "history"),
                "kind": d["kind"],
                "date": d["date"],
                "text": d["text"],
                "sources": [SOURCE_ID],
                "locator": locator,
                "note": " ".join(n for n in (d.get("note"), "A reviewed reading of the entry.") if n),
                "values": d.get("values"),
            })

    # -- military deployments ----------------------------------------------------------------

    _DEPLOY = re.compile(
        r"(?P<qual>approximately|about|around|nearly|up to|estimated|more than|over)?\s*"
        r"(?P<lo>\d[\d,]*)(?:-(?P<hi>\d[\d,]*))?\s*"
        r"(?:\(plus (?:about |nearly |some )?(?P<police>\d[\d,]*) police\)\s*)?"
        r"(?P<police_only>police\s+)?(?:in\s+)?"
        r"(?P<host>[A-Z][A-Za-z' /.-]*?)\s*(?:\((?P<mission>[^()]*)\))?")
    _QUALIFIERS = {"approximately": "about", "about": "about", "around": "about", "nearly": "about",
                   "up to": "up to", "estimated": "estimated", "more than": "more than", "over": "more than"}

    def military_field(self, name: str) -> Iterator[tuple[str, str, str, list[tuple[str, str]], str | None]]:
        """(GEC, ISO code, locator, [(segment, where)], year) of one Military and Security field, for
        every mapped profile that has it: the text's segments (split at semicolons and line breaks)
        and the note's, and the year the text ends with."""
        for gec, code in sorted(self.iso.items()):
            section = self.profiles[gec].get("Military and Security", {})
            node = section.get(name) if isinstance(section, dict) else None
            text = field_text(node)
            if not text:
                continue
            body = clean(text, br="; ")
            year = None
            m = re.search(r"\s*\((\d{4})\)\s*$", body)
            if m:
                year, body = m.group(1), body[:m.start()]
            segments = [(s, "text") for s in split_top(body, ";")]
            note = clean(node.get("note", ""), br="; ") if isinstance(node, dict) else ""
            if re.sub(r"^note\s*:\s*", "", note).strip():
                segments += [(s, "note") for s in split_top(note, ";")]
            yield gec, code, self.locator(gec, f"Military and Security > {name}"), segments, year

    def deployment_readings(self, gec: str, seg: str) -> list[dict[str, Any]] | str | None:
        """The readings of one segment: from the reviewed table, or parsed; a reason string when
        the table says why it is not read; None when it is neither parsed nor reviewed."""
        for prefix, decision in tables.DEPLOYMENT_READINGS.get(gec, []):
            if seg.startswith(prefix):
                return decision
        m = self._DEPLOY.fullmatch(seg)
        if not m:
            return None
        lo, hi = number(m.group("lo")), number(m.group("hi")) if m.group("hi") else None
        if hi is not None and hi >= 1000 and lo < 100:   # "3-4,000": the thousands are shared
            lo *= 1000
        reading: dict[str, Any] = {"host": m.group("host").strip(), "count": lo, "count_max": hi,
                                   "qualifier": self._QUALIFIERS.get(m.group("qual") or "")}
        mission = m.group("mission")
        if mission:
            pm = re.search(r";?\s*plus (?:about |nearly |some )?(\d[\d,]*) police\s*$", mission)
            if pm:
                reading["police"], mission = number(pm.group(1)), mission[:pm.start()].strip()
            reading["mission"] = re.sub(r"^.+ or ([A-Z]{3,})$", r"\1", mission)
        if m.group("police"):
            reading["police"] = number(m.group("police"))
        if m.group("police_only"):
            reading["unit"] = "police personnel"
        return [reading]

    def mission_orgs(self, mission: str, where: str) -> list[str]:
        orgs: list[str] = []
        parts = [mission] if mission in tables.DEPLOYMENT_MISSIONS else re.split(r"\s*(?:/|;|,|\band\b)\s*", mission)
        for part in parts:
            if not part:
                continue
            if part in tables.DEPLOYMENT_MISSIONS:
                org = tables.DEPLOYMENT_MISSIONS[part]
            elif part in tables.DEPLOYMENT_MISSIONS.values() or part in self.groups:
                org = part
            else:
                org = None
                self.report.missions_unmapped.add(f"{part} ({where})")
            if org and org not in orgs:
                orgs.append(org)
        return orgs

    def deployment_hosts(self, name: str) -> tuple[list[str], str | None]:
        if name in tables.DEPLOYMENT_HOSTS:
            codes, note = tables.DEPLOYMENT_HOSTS[name]
            return list(codes), note
        if name in self.countries:
            return [name], None
        code, _ = self.resolve(name)
        return ([code] if code in self.countries else []), None

    def deployments(self) -> list[dict[str, Any]]:
        by_pair: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for gec, code, locator, segments, year in self.military_field("Military deployments"):
            self.report.deployment_entries += 1
            for seg, where in segments:
                seg_loc = locator + (" (note)" if where == "note" else "")
                decision = self.deployment_readings(gec, seg)
                if decision is None:
                    reason = ("a note giving context (commitments, history, assets); no reviewed reading" if where == "note"
                              else "not in the form NUMBER HOST (MISSION), and no reviewed reading")
                    self.report.deployments_unread.append((seg_loc, seg, reason))
                    continue
                if isinstance(decision, str):
                    self.report.deployments_unread.append((seg_loc, seg, decision))
                    continue
                for reading in decision:
                    hosts, host_note = self.deployment_hosts(reading["host"])
                    if not hosts:
                        self.report.deployments_unread.append((seg_loc, seg, f"host {reading['host']!r} is not a country in countries.toml"))
                        continue
                    for host in hosts:
                        if host == code:
                            continue
                        by_pair[(code, host)].append({**reading, "host_note": host_note, "year": year,
                                                      "where": where, "locator": seg_loc})
            for part, reason in tables.DEPLOYMENT_LEFT_OUT.get(gec, []):
                self.report.deployments_unread.append((locator, part, reason))
        facts = []
        for (code, host), readings in sorted(by_pair.items()):
            facts.append(self.deployment_fact(code, host, readings))
        self.report.facts["deployment"] = len(facts)
        return facts

    def deployment_fact(self, code: str, host: str, readings: list[dict[str, Any]]) -> dict[str, Any]:
        name, hname = self.name_of(code), self.name_of(host)
        values: dict[str, Any] = {"deployed_by": code, "host": host}
        notes: list[str] = []
        figures = []
        counts = [r.get("count") for r in readings]
        if all(c is not None for c in counts) and not any(r.get("count_max") for r in readings):
            values["count"] = sum(counts)
        elif len(readings) == 1 and readings[0].get("count") is not None:
            values["count_min"], values["count_max"] = readings[0]["count"], readings[0]["count_max"]
        units = {r.get("unit", "personnel") for r in readings}
        values["unit"] = units.pop() if len(units) == 1 else "personnel"
        quals = {r.get("qualifier") for r in readings if r.get("qualifier")}
        if len(readings) == 1 and quals:
            values["qualifier"] = quals.pop()
        police = [r["police"] for r in readings if r.get("police")]
        if police:
            values["police"] = sum(police)
        missions = [r["mission"] for r in readings if r.get("mission")]
        if missions:
            values["mission"] = "; ".join(missions)
            orgs = []
            for mission in missions:
                for org in self.mission_orgs(mission, f"{code}-{host}"):
                    if org not in orgs:
                        orgs.append(org)
            if orgs:
                values["orgs"] = orgs
        sizes = [r["size"] for r in readings if r.get("size")]
        if sizes and "count" not in values and "count_min" not in values:
            values["size"] = "; ".join(sizes)
        for r in readings:
            fig = ""
            if r.get("count") is not None:
                num = fmt_num(r["count"]) + (f" to {fmt_num(r['count_max'])}" if r.get("count_max") else "")
                fig = ((r.get("qualifier") + " ") if r.get("qualifier") and r.get("qualifier") != "estimated" else
                       ("an estimated " if r.get("qualifier") == "estimated" else "")) + num
            elif r.get("size"):
                fig = r["size"]
            if r.get("mission"):
                fig += f" ({r['mission']})"
            figures.append(fig)
        year = next((r["year"] for r in readings if r["year"] and r["where"] == "text"), None)
        date = year or "2026-01"
        if not year:
            notes.append("The field gives no year; dated by the edition (January 2026).")
        unit_word = {"personnel": "military personnel", "police personnel": "police officers",
                     "marines": "marines"}.get(values["unit"], values["unit"])
        if "count" in values and len(readings) == 1:
            r = readings[0]
            q = {"about": "about ", "up to": "up to ", "estimated": "an estimated ", "more than": "more than "}.get(r.get("qualifier") or "", "")
            how_many = f"{q}{fmt_num(values['count'])} {unit_word}"
        elif "count" in values:
            how_many = f"{fmt_num(values['count'])} {unit_word} in all"
        elif "count_min" in values:
            q = "about " if values.get("qualifier") == "about" else ("an estimated " if values.get("qualifier") == "estimated" else "")
            how_many = f"{q}{fmt_num(values['count_min'])} to {fmt_num(values['count_max'])} {unit_word}"
        else:
            how_many = ""
        size = values.get("size", "")
        if how_many:
            text = f"{the(name, True)} had {how_many} stationed in {the(hname)}"
        elif size.startswith("part of "):
            text = (f"{the(name, True)} had military personnel stationed in {the(hname)}, counted in one total of "
                    f"{size[8:]} for several places")
        else:
            text = f"{the(name, True)} had {size or 'military personnel'} stationed in {the(hname)}"
        if missions:
            text += ", " + " and ".join("under a bilateral agreement" if m == "bilateral agreement" else
                                        f"with {'the UN' if m == 'UN' else m.replace('; bilateral agreement', ' and under a bilateral agreement')}"
                                        for m in missions)
        text += f" ({date[:4]})." if year else " (as of the final edition)."
        if len(readings) > 1:
            notes.append("The entry lists more than one contingent here: " + "; ".join(figures) + ".")
        if police:
            notes.append(f"Police come on top of the figure: about {fmt_num(sum(police))}.")
        for r in readings:
            for n in (r.get("note"), r.get("host_note")):
                if n and n not in notes:
                    notes.append(n)
        if (code, host) in tables.DEPLOYMENT_NOTES:
            notes.append(tables.DEPLOYMENT_NOTES[(code, host)])
        locators = sorted({r["locator"] for r in readings})
        return {
            "id": f"factbook.deployment.{code.lower()}.{host.lower()}",
            "parties": [code, host],
            "topic": "security",
            "date": date,
            "text": text,
            "sources": [SOURCE_ID],
            "locator": "; ".join(locators),
            "note": " ".join(notes) or None,
            "values": values,
        }

    # -- arms suppliers ------------------------------------------------------------------------

    _ROLE_RANK = {"main": 0, "major": 1, "supplier": 2, "provider": 3, "minor": 4}

    def arms_name_pattern(self) -> re.Pattern[str]:
        names = set(tables.ARMS_NAMES) | set(tables.ARMS_REGIONS)
        for party in self.countries.values():
            for n in [party["name"], *party.get("aliases", [])]:
                if n[:1].isupper() and len(n) > 3:
                    names.add(n)
        alternation = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        return re.compile(rf"(?<![\w&;])(?:the\s+)?({alternation})(?![\w])")

    def arms_code(self, name: str) -> str | None:
        if name in tables.ARMS_REGIONS:
            return None
        if name in tables.ARMS_NAMES:
            return tables.ARMS_NAMES[name] or None
        code, _ = self.resolve(name)
        return code

    def arms(self) -> list[dict[str, Any]]:
        pattern = self.arms_name_pattern()
        facts = []
        for gec, code, locator, segments, year in self.military_field("Military equipment inventories and acquisitions"):
            self.report.arms_entries += 1
            found: dict[str, list[dict[str, Any]]] = defaultdict(list)
            override = tables.ARMS_OVERRIDES.get(gec)
            if isinstance(override, str):
                self.report.arms_unread.append((locator, "the whole entry", override))
                continue
            if override is not None:
                for o in override:
                    found[o["supplier"]].append({"role": o["role"], "shared": False, "recent": o.get("recent", False),
                                                 "note": o.get("note"), "text": o.get("text")})
            else:
                for seg, where in segments:
                    if where == "note":
                        self.report.arms_unread.append((locator + " (note)", seg, "a note to the field; not read"))
                        continue
                    self.read_arms_clause(code, seg, locator, pattern, found)
            if not found:
                if not any(r[0].startswith(locator) for r in self.report.arms_unread):
                    self.report.arms_unread.append((locator, "the whole entry", "names no foreign supplier"))
                continue
            for other, mentions in sorted(found.items()):
                facts.append(self.arms_fact(code, other, mentions, year, locator))
        self.report.facts["arms-supplier"] = len(facts)
        return sorted(facts, key=lambda f: f["id"])

    def read_arms_clause(self, code: str, clause: str, locator: str, pattern: re.Pattern[str],
                         found: dict[str, list[dict[str, Any]]]) -> None:
        names = [m for m in pattern.finditer(clause)]
        if re.search(tables.ARMS_INDUSTRY, clause):
            foreign = sorted({m.group(1) for m in names if self.arms_code(m.group(1)) not in (None, code)})
            if foreign:
                self.report.arms_unread.append((locator, clause, "about the domestic defence industry, joint production or plans "
                                                f"(names {', '.join(foreign)} without a supply): not read"))
            return
        bounds = [0] + [m.start() for m in re.finditer(tables.ARMS_TURNS, clause)] + [len(clause)]
        for lo, hi in zip(bounds, bounds[1:]):
            part = clause[lo:hi]
            recent = bool(re.search(r"in recent years|recently|since the invasion|over the past decade", part))
            role = next((r for r, rx in tables.ARMS_ROLES if re.search(rx, part)), "supplier")
            in_part = [m for m in names if lo <= m.start() < hi]
            codes = []
            main_end = None   # where the last name read as main ends: a list goes on from it
            for m in in_part:
                name = m.group(1)
                other = self.arms_code(name)
                if re.search(tables.ARMS_NOT_SUPPLIER_BEFORE, clause[lo:m.start()]):
                    continue
                before = clause[max(lo, m.start() - 25):m.start()]
                this_role = "major" if re.search(r"particularly|especially", before) and role != "main" else role
                # "mostly older US armaments", "mostly Chinese, Russian, or Soviet-era armaments"
                if re.search(r"\b(?:most(?:ly)?|largely|mainly|primarily|predominantly|almost entirely)\s+(?:[a-z]+\s+){0,2}$", before):
                    this_role = "main"
                elif main_end is not None and re.fullmatch(r"[-\w]*(?:\s*[,/]\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)(?:the\s+)?",
                                                           clause[main_end:m.start()]):
                    this_role = "main"
                main_end = m.end() if this_role == "main" else None
                if other is None:
                    self.report.arms_unread.append((locator, name, "a region or bloc, not a state" if (
                        name in tables.ARMS_REGIONS or name in tables.ARMS_NAMES) else "not a name in the tables"))
                    continue
                if other == code or (other not in self.countries and other not in self.historical):
                    continue
                codes.append((other, this_role))
            distinct = {c for c, _ in codes}
            for other, this_role in codes:
                found[other].append({"role": this_role, "shared": len(distinct) > 1, "recent": recent, "note": None, "text": None})

    def arms_fact(self, code: str, other: str, mentions: list[dict[str, Any]], year: str | None, locator: str) -> dict[str, Any]:
        best = min(mentions, key=lambda m: self._ROLE_RANK[m["role"]])
        role = best["role"]
        name, oname = self.name_of(code), self.name_of(other)
        legacy = other.startswith("H-")
        recent = any(m["recent"] for m in mentions if m["role"] == role)
        date = year or "2026-01"
        values: dict[str, Any] = {"importer": code, "supplier": other, "role": role}
        if legacy:
            values["legacy"] = True
        if recent:
            values["recent"] = True
        era = {"H-SOVIET-UNION": "Soviet", "H-YUGOSLAVIA": "Yugoslav"}.get(other, oname)
        kit = f"{possessive(name)} military equipment"
        when = " in recent years" if recent else ""
        if legacy:
            text = {"main": f"Much of {kit} dates from the {era} era",
                    "minor": f"{possessive(name, True)} inventory holds a smaller share of {era}-era equipment"}.get(
                        role, f"{possessive(name, True)} inventory includes {era}-era equipment")
        elif role == "main":
            text = (f"{the(oname, True)} is {'one of the main foreign sources' if best['shared'] else 'the main foreign source'} of {kit}{when}")
        elif role == "major":
            text = f"{the(oname, True)} has been a major supplier of {kit}{when}"
        elif role == "provider":
            text = f"{the(oname, True)} has given or supplied military equipment to {the(name)}{when}"
        elif role == "minor":
            text = f"{the(oname, True)} has supplied smaller amounts of {kit}{when}"
        else:
            text = f"{the(oname, True)} is among the suppliers of {kit}{when}"
        if best.get("text"):
            text = best["text"]
        text += f" ({date[:4]})." if year else " (as of the final edition)."
        notes = []
        if not year:
            notes.append("The field gives no year; dated by the edition (January 2026).")
        others = sorted({m["role"] for m in mentions} - {role}, key=self._ROLE_RANK.get)
        if others:
            notes.append(f"The entry also names this supplier in a weaker role: {', '.join(others)}.")
        notes += [m["note"] for m in mentions if m["note"]]
        return {
            "id": f"factbook.arms.{code.lower()}.{other.lower()}",
            "parties": [code, other],
            "topic": "security",
            "date": date,
            "text": text,
            "sources": [SOURCE_ID],
            "locator": locator,
            "note": " ".join(notes) or None,
            "values": values,
        }

    # -- output ------------------------------------------------------------------------------

    def build(self) -> dict[str, str]:
        self.read_profiles()
        self.map_profiles()
        header = HEADER.format(name="factbook", input="The World Factbook's JSON profiles (../shared/factbook)")
        source = {
            "id": SOURCE_ID,
            "title": "The World Factbook (final edition, January 2026)",
            "publisher": "Central Intelligence Agency",
            "kind": "reference work",
            "date": "2026-01",
            "note": ("Public domain (a work of the US government; the JSON conversion used is dedicated to the "
                     "public domain under CC0). The Factbook was discontinued in February 2026; its profiles were "
                     "last updated December 2025 to January 2026. Facts cite the profile, by its country's "
                     "name, and the field they come from (Belize: Government > Independence)."),
        }
        organisations, memberships = self.memberships()
        files = {
            "sources.toml": render_toml(header, [("source", source)]),
            "organisations.toml": render_toml(header, [("party", o) for o in organisations]),
            **{f"memberships-{lo}-{hi}.toml": render_toml(header, [("membership", m) for m in memberships
                                                                    if lo.upper() <= m["party"][0] <= hi.upper()])
               for lo, hi in MEMBERSHIP_FILES},
            "borders.toml": render_toml(header, [("fact", f) for f in self.borders()]),
            "trade.toml": render_toml(header, [("fact", f) for f in self.trade()]),
            "us-representation.toml": render_toml(header, [("fact", f) for f in self.missions()]),
            "independence.toml": render_toml(header, [("fact", f) for f in self.independence()]),
            "historical.toml": render_toml(header, [("party", {**p, "sources": [SOURCE_ID]}) for p in self.own_historical]),
            "deployments.toml": render_toml(header, [("fact", f) for f in self.deployments()]),
            "arms.toml": render_toml(header, [("fact", f) for f in self.arms()]),
            "disputes.toml": render_toml(header, [("fact", f) for f in self.disputes()]),
        }
        biggest = max(files, key=lambda n: len(files[n].encode("utf-8")))
        self.report.largest_file = (biggest, len(files[biggest].encode("utf-8")))
        self.report.sizes = {name: len(text.encode("utf-8")) for name, text in files.items()}
        files["report.md"] = report(self.report).markdown()
        return files


# memberships are split by the first letter of the country code, to keep each file small.
MEMBERSHIP_FILES = (("a", "f"), ("g", "m"), ("n", "z"))


def fingerprint(texts: list[str]) -> str:
    """A short hash of the Factbook's text that a reviewed wording was written for."""
    return hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()[:10]


def sum_km(values: list[int | float]) -> int | float:
    total = round(sum(values), 3)
    return int(total) if float(total).is_integer() else total


def p_code(importer: Importer, part: dict[str, Any]) -> str:
    code, _ = importer.resolve(part["name"] if not part["qualifier"] else part["name"].split(" (")[0])
    return code or "?"


def run(factbook_dir: Path = DEFAULT_INPUT, out_dir: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR) -> Tally:
    importer = Importer(factbook_dir, data_dir)
    files = importer.build()
    replace_folder(out_dir, files)
    return importer.report


def profile_name(profile: dict[str, Any], gec: str) -> str:
    """The name a profile goes by: its conventional short form ('India'), else its long form."""
    gov = profile.get("Government", {})
    names = gov.get("Country name", {}) if isinstance(gov, dict) else {}
    for key in ("conventional short form", "conventional long form"):
        text = field_text(names.get(key)) if isinstance(names, dict) else None
        if text and clean(text).lower() != "none":
            return clean(text)
    return gec


def profile_locator(profile: dict[str, Any], gec: str, field: str) -> str:
    """A value's place in the Factbook as it is cited: 'India: Government > Independence'."""
    return f"{profile_name(profile, gec)}: {field}"


def main(argv: list[str] | None = None) -> int:
    def go(args: argparse.Namespace) -> str:
        tally = run(args.input, args.out)
        return (f"{len(tally.mapped)} profiles mapped, {sum(tally.facts.values()):,} facts and {tally.memberships:,} "
                f"memberships written; see {display(args.out / 'report.md')}")

    return run_main("factbook", __doc__.splitlines()[0], go, argv,
                    default_input=DEFAULT_INPUT, default_output=DEFAULT_OUTPUT)


if __name__ == "__main__":
    raise SystemExit(main())
