"""Derive dispute and refugee facts from The World Factbook's April 2024 transnational issues.

    python -m importers.factbook2024 [INPUT_JSON] [--out DATA_DIR/factbook2024]

Reads ../shared/factbook-2024 (every entry's "Transnational Issues" section, edition of 18 April
2024) and writes `data/factbook2024/`: `disputes.toml` (one fact per pair paragraph of each entry's
"Disputes - international"), `refugees.toml` (one fact per host and country of origin),
`sources.toml` and `report.md` (everything read, set aside and why). Fact texts are built from
what each paragraph says (its kind, places, years and figures), never from its sentences.
Deterministic: the same input gives byte-identical output. Standard library only.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from importers import factbook2024_tables as tables
from importers.common import (
    DATA_DIR,
    HEADER,
    SHARED_DIR,
    ImportFailed,
    Report,
    load_toml,
    party_name_index,
    render_toml,
    replace_folder,
    run_main,
    write_text_atomic,
)
from relations.wording import join

try:
    from relations.names import normalise
except ModuleNotFoundError:  # run from a source tree without PYTHONPATH=src
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from relations.names import normalise

SOURCE_ID = "factbook-2024"
EDITION = "2024-04"
DEFAULT_INPUT = SHARED_DIR / "factbook-2024" / "transnational-issues-2024-04-18.json"
DEFAULT_OUTPUT = DATA_DIR / "factbook2024"
DISPUTES = "Disputes - international"
REFUGEES = "Refugees and internally displaced persons"

MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}

# ------------------------------------------------------------------------------------------
# Words
# ------------------------------------------------------------------------------------------

_THE = re.compile(r"^(United |Republic |Democratic |Central African|Dominican Republic|Holy See|Czech Republic|Gaza Strip|West Bank)"
                  r"|(Islands|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Territories|Territory|Union|Lands)$")


def the(name: str) -> str:
    if name.startswith("South Georgia"):
        return name
    return "the " + name if _THE.search(name) and not name.startswith("The ") else name


def possessive(name: str) -> str:
    name = the(name)
    return name + ("'" if name.endswith("s") and not name.endswith("ss") else "'s")


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def the_place(place: str) -> str:
    """'the Falkland Islands (Islas Malvinas)', 'Essequibo': the article for the names that take one."""
    return "the " + place if place in tables.PLACES_WITH_THE else place


def paragraphs(fragment: str) -> list[str]:
    """An HTML field as plain paragraphs: split at <p> and <br>, tags dropped, entities decoded."""
    text = re.sub(r"(?i)</?p>|<br\s*/?>", "\x00", fragment)
    text = html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\xa0", " ")
    return [re.sub(r"\s+", " ", p).strip() for p in text.split("\x00") if p.strip()]


WORD = re.compile(r"[0-9a-zà-ÿ]+(?:['’][a-z]+)?")
HEADING = re.compile(r"^([A-Z][^:;,]{2,150}?)\s*:\s*(.*)$", re.S)
NONE = re.compile(r"^(?:\([^)]*\)\s*)?non?e?(?: identified)?\b", re.I)
YEAR = re.compile(r"(?<![\d,.])(1[5-9]\d\d|20[0-2]\d)(?!\d|,\d)")
FIGURE = re.compile(r"(?:(?:about|approximately|some|nearly|over|more than) )?\d[\d,.]*(?:-\d[\d,.]*)?[ -]"
                    r"(?:sq km|square kilometers|square miles|kilometers?|km|miles?|nautical miles|nm\b|percent)")

# What a paragraph is about, in our words: (pattern, tag).
TAGS: tuple[tuple[str, str], ...] = (
    (r"smuggl|contraband", "smuggling"),
    (r"narcotic|drug", "drugs"),
    (r"human trafficking|trafficking (?:in|of) (?:women|persons|people)|trafficking of women", "trafficking in people"),
    (r"militant|rebel|insurgen|separatist|guerrilla|armed (?:separatist )?group|militia|paramilitar|Allied Democratic Forces|M23", "armed groups"),
    (r"terroris|al-Shabaab|Boko Haram", "terrorism"),
    (r"refugee", "refugees"),
    (r"migra|squatter|escapees|cross(?:ed|ing)? the (?:porous )?border", "people crossing the border"),
    (r"poach", "poaching"),
    (r"maritime|EEZ|[Ee]conomic [Ee]x\w+ [Zz]one|continental shelf|seabed|territorial sea", "maritime boundaries"),
    (r"demarcat|delimit|boundary commission|monuments|beacons|alignment", "marking the boundary"),
    (r"\bdams?\b|water-sharing|water management|flow of|water access|water and grazing|fresh water|[Hh]ydroelectric", "water and dams"),
    (r"\bfish", "fishing"),
    (r"\boil\b|oilfield|natural gas|hydrocarbon", "oil and gas"),
    (r"International Court of Justice|ICJ|Tribunal|ITLOS|arbitrat|Permanent Court", "an international court or arbitration"),
    (r"graz|pastoral", "grazing"),
    (r"clash|skirmish|violen|fighting|attacks|banditry|raids", "violence at the border"),
    (r"invasion|invaded|occupi|occupation|annex", "war or occupation"),
    (r"fence|wall\b|walls|barrier|berms", "border barriers"),
)

OPEN = re.compile(r"claim|disput|contest|sovereignty|unresolved|occup|annex|not recogni|protest|reject|objected|opposed", re.I)
NEGATED = re.compile(r"no border disputes|not disputed|never been disputed|no major disputes|no known current territorial", re.I)
SETTLED = re.compile(r"resolv(?:ed|ing) (?:a |the )?(?:managed )?dispute|was resolved|dispute had been resolved|ended the dispute|ending a dispute|"
                     r"which ended the dispute|settled a border dispute|settled the", re.I)


@dataclass
class DisputeParagraph:
    gec: str
    entry_name: str
    heading: str | None
    text: str


@dataclass
class Tally:
    """What the import read, wrote and set aside: the figures of its report."""

    entries: int = 0
    paragraphs: int = 0
    pair_paragraphs: int = 0
    none_paragraphs: int = 0
    mapped_rows: int = 0
    set_aside: list[tuple[str, str, str]] = field(default_factory=list)  # (where, text start, why)
    status_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    overrides: list[str] = field(default_factory=list)
    open_without_place: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    refugee_facts: int = 0
    refugee_hosts: int = 0
    refugees_set_aside: list[tuple[str, str, str]] = field(default_factory=list)
    refugee_origin_notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Importer:
    def __init__(self, input_path: Path, data_dir: Path = DATA_DIR):
        self.raw: dict = json.loads(input_path.read_text(encoding="utf-8"))
        self.names = party_name_index(data_dir)
        self.countries = {p["code"]: p for p in load_toml(data_dir / "countries.toml")["party"]}
        self.report = Tally()
        self.entry_iso: dict[str, str] = {}
        self.primary: dict[str, str] = {}   # ISO -> the GEC code whose entry is that country's own
        self.map_entries()

    # -- entries ---------------------------------------------------------------------------
    @staticmethod
    def gec(key: str) -> str:
        return key.rsplit("/", 1)[-1].removesuffix(".json")

    def entry_name(self, key: str) -> str:
        """The entry in reader words: its country's name, or the Factbook's name for an entry that is
        not its code's own (the Gaza Strip, Navassa Island, ...)."""
        gec = self.gec(key)
        code = self.entry_iso.get(gec)
        if code and self.primary.get(code) == gec:
            return self.countries[code]["name"]
        name = html.unescape(self.raw[key].get("name") or "").replace("\xa0", " ").strip()
        return name if name and name.lower() != "none" else gec

    def map_entries(self) -> None:
        for key in sorted(self.raw):
            gec = self.gec(key)
            if gec in tables.ENTRY_CODES:
                code, _ = tables.ENTRY_CODES[gec]
            else:
                tld = re.sub(r"<[^>]+>", "", self.raw[key].get("internet_country_code") or "").strip()
                m = re.match(r"\.([a-z]{2})\b", tld)
                code = m.group(1).upper() if m else None
            if code is None or code not in self.countries:
                continue
            self.entry_iso[gec] = code
        # An entry is its code's own when its code is not taken from another entry's exception.
        for gec, code in sorted(self.entry_iso.items()):
            if gec in tables.ENTRY_CODES and gec not in ("fr", "kv", "sx", "uk", "um"):
                continue
            self.primary.setdefault(code, gec)

    def entry_suffix(self, gec: str) -> str:
        code = self.entry_iso[gec]
        return code.lower() if self.primary.get(code) == gec else f"{code.lower()}-{gec}"

    def country(self, code: str) -> str:
        return the(self.countries[code]["name"])

    def resolve(self, name: str) -> str | None:
        name = name.strip()
        if name in tables.HEADING_NAMES:
            return tables.HEADING_NAMES[name]
        return self.names.get(normalise(name))

    def heading_parties(self, heading: str) -> list[str] | None:
        """The parties a heading names, reading the longest known name first; None if a part is unknown."""
        tokens = [t.strip() for t in heading.split("-")]
        parties, i = [], 0
        while i < len(tokens):
            for j in range(len(tokens), i, -1):
                code = self.resolve("-".join(tokens[i:j]))
                if code:
                    parties.append(code)
                    i = j
                    break
            else:
                return None
        return parties

    # -- disputes --------------------------------------------------------------------------
    def dispute_paragraphs(self) -> list[DisputeParagraph]:
        out = []
        for key in sorted(self.raw):
            node = self.raw[key].get("Transnational Issues", {}).get(DISPUTES)
            if not isinstance(node, dict) or not node.get("text"):
                continue
            self.report.entries += 1
            for text in paragraphs(node["text"]):
                m = HEADING.match(text)
                heading, body = (m.group(1).strip(), m.group(2).strip()) if m and ("-" in m.group(1) or m.group(1) == "Maritime") else (None, text)
                out.append(DisputeParagraph(self.gec(key), self.entry_name(key), heading, body))
        return out

    def locator(self, para: DisputeParagraph) -> str:
        where = f"{possessive(para.entry_name)} entry: Transnational Issues > Disputes - international"
        return where + (f", paragraph on {para.heading}" if para.heading else "")

    def disputes(self) -> list[dict]:
        facts: list[dict] = []
        used_ids: set[str] = set()
        for para in self.dispute_paragraphs():
            self.report.paragraphs += 1
            where = f"{para.gec} {para.entry_name}"
            start = (para.heading + ": " if para.heading else "") + para.text[:60]
            if para.gec not in self.entry_iso:
                why = tables.ENTRY_CODES.get(para.gec, (None, "the entry maps to no ISO 3166-1 code"))[1]
                self.report.set_aside.append((where, start, why))
                continue
            entry = self.entry_iso[para.gec]
            key = (para.gec, para.heading if para.heading else para.text[:40])
            parties = self.heading_parties(para.heading) if para.heading else None
            if para.heading and key not in tables.MAPPED and parties and len(parties) == 2 and parties[0] != parties[1]:
                self.report.pair_paragraphs += 1
                rows = [{"pair": (parties[0], parties[1]), "clauses": None, "places": None}]
            elif key in tables.MAPPED:
                mapped = tables.MAPPED[key]
                if isinstance(mapped, str):
                    self.report.set_aside.append((where, start, mapped))
                    continue
                rows = mapped
                self.report.mapped_rows += len(rows)
            elif not para.heading and NONE.match(para.text) and len(para.text) < 20:
                self.report.set_aside.append((where, start, "says none for the whole entry and names no counterpart"))
                continue
            elif not para.heading and para.text.lower().startswith("see "):
                self.report.set_aside.append((where, start, "a cross-reference to other entries, no dispute of its own"))
                continue
            else:
                self.report.problems.append(f"{where}: paragraph not read (add it to MAPPED): {start!r}")
                continue
            for row in rows:
                if row["pair"] is None:
                    clauses = re.split(r";\s+", para.text)
                    part = "; ".join(clauses[i] for i in row["clauses"])
                    self.report.set_aside.append((where, part[:60], "part of a paragraph: " + row["reason"]))
                    continue
                fact = self.dispute_fact(para, entry, row, used_ids)
                if fact:
                    facts.append(fact)
        self.mark_conflicts(facts)
        for fact in facts:
            self.report.status_counts[fact["values"]["status"]] += 1
        return sorted(facts, key=lambda f: f["id"])

    def dispute_fact(self, para: DisputeParagraph, entry: str, row: dict, used_ids: set[str]) -> dict | None:
        a, b = row["pair"]
        clauses = re.split(r";\s+", para.text)
        text = "; ".join(clauses[i] for i in row["clauses"]) if row.get("clauses") is not None else para.text
        pair = sorted((a, b))
        base = f"{pair[0].lower()}-{pair[1].lower()}.{self.entry_suffix(para.gec)}"
        ident, n = base, 1
        while ident in used_ids:
            n += 1
            ident = f"{base}-{n}"
        used_ids.add(ident)
        years = sorted({int(y) for y in YEAR.findall(text)})
        places = row.get("places")
        if places is None:
            places = []
            for pattern, place in tables.PLACES:
                if re.search(pattern, text) and place not in places and place not in tables.PLACE_EXCLUDE.get(ident, ()):
                    places.append(place)
        if NONE.match(text) and re.match(r"^(?:\([^)]*\)\s*)?non?e? identified|^none$", text, re.I):
            status = "none_identified"
            places = []
        elif NEGATED.search(text) and not re.search(r"claim|disput(?!es\b)", NEGATED.sub("", text)):
            status = "issue"
        elif SETTLED.search(text):
            status = "settled"
        elif OPEN.search(text) or places:
            status = "open"
        else:
            status = "issue"
        year = years[-1] if years else None
        if status == "settled":
            # the year nearest the words that say it was settled
            m = SETTLED.search(text)
            if m:
                near = [(abs(y.start() - m.start()), int(y.group(1))) for y in YEAR.finditer(text)]
                year = min(near)[1] if near else year
        decided = tables.STATUS.get(ident)
        if row.get("status"):
            status = row["status"]
        if decided:
            status, year = decided[0], decided[1] if decided[1] is not None else year
            self.report.overrides.append(f"{ident}: {status}{f' ({year})' if year else ''}: {decided[2]}")
        if status == "none_identified":
            year = None
        tags = [tag for pattern, tag in TAGS if re.search(pattern, text)] if status != "none_identified" else []
        figures = list(dict.fromkeys(FIGURE.findall(text))) if status != "none_identified" else []
        subject = f"{capital(possessive(para.entry_name))} entry in The World Factbook (April 2024)"
        first, other = (a, b) if a == entry else (b, a) if b == entry else (a, b)
        between = f"{self.country(first)} and {self.country(other)}"
        if status == "none_identified":
            words = (f"{subject} identified no international dispute between {between}. That is what the entry "
                     "found when it was written, not proof that none exists.")
        else:
            named = [the_place(p) for p in places]
            over = f" over {join(named)}" if places else ""
            if places and self.copies(over):   # the source's own list, word for word: say it otherwise
                over = f" over {', '.join(named[:-1])} as well as {named[-1]}"
            if status == "open":
                dormant = ", which it calls dormant" if re.search(r"dormant", text) and places else ""
                words = f"{subject} records an open dispute between {between}{over}{dormant}."
            elif status == "settled":
                words = f"{subject} records a dispute between {between}{over} as settled{f' in {year}' if year else ''}."
            else:
                words = f"{subject} records a border or security issue between {between}{over}."
            if tags:
                words += f" It concerns {join(tags)}."
            if years:
                words += f" Years it gives: {join([str(y) for y in years])}."
            if figures:
                words += f" Figures it gives: {join(figures)}."
        note = "Summarised from the entry's paragraph (kind, places, years, figures); the Factbook's text gives the details."
        if row.get("reason"):
            note += " " + row["reason"]
        if ident in tables.FACT_NOTES:
            note += " " + tables.FACT_NOTES[ident]
        if status in ("open",) and not places:
            self.report.open_without_place.append(f"{ident}: {text[:90]}")
        values: dict = {"status": status}
        if places:
            values["places"] = places
        if year is not None:
            values["year"] = year
        values["entry"] = entry
        return {
            "id": f"factbook2024.dispute.{ident}",
            "parties": pair,
            "topic": "dispute",
            "date": EDITION,
            "text": words,
            "sources": [SOURCE_ID],
            "locator": self.locator(para),
            "note": note,
            "values": values,
        }

    def copies(self, text: str, n: int = 12) -> bool:
        """Whether `text` shares a run of `n` words with the source (as the project's verbatim check counts words)."""
        if not hasattr(self, "_grams"):
            words = WORD.findall(json.dumps(self.raw, ensure_ascii=False).lower())
            self._grams = {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}
        words = WORD.findall(text.lower())
        return any(tuple(words[i:i + n]) in self._grams for i in range(len(words) - n + 1))

    def mark_conflicts(self, facts: list[dict]) -> None:
        by_pair: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        for fact in facts:
            by_pair[tuple(fact["parties"])].append(fact)
        for pair, group in sorted(by_pair.items()):
            nones = [f for f in group if f["values"]["status"] == "none_identified"]
            others = [f for f in group if f["values"]["status"] != "none_identified"]
            for n in nones:
                for o in others:
                    if n["values"]["entry"] == o["values"]["entry"]:
                        continue
                    n.setdefault("conflicts_with", []).append(o["id"])
                    o.setdefault("conflicts_with", []).append(n["id"])
                    self.report.conflicts.append(f"{'-'.join(pair)}: {n['id']} (none identified) against {o['id']} ({o['values']['status']})")
        for fact in facts:
            if fact.get("conflicts_with"):
                fact["note"] += (" The entries on this pair disagree: one identified no dispute where the other records"
                                 " a matter between the two.")
        by_id = {f["id"]: f for f in facts}
        for (a, b), why in sorted(tables.DISAGREEMENTS.items()):
            first, second = by_id[f"factbook2024.dispute.{a}"], by_id[f"factbook2024.dispute.{b}"]
            for one, other in ((first, second), (second, first)):
                one.setdefault("conflicts_with", []).append(other["id"])
                one["note"] += " " + why
            self.report.conflicts.append(f"{'-'.join(first['parties'])}: {first['id']} against {second['id']}: {why}")
        for fact in facts:
            if fact.get("conflicts_with"):
                fact["conflicts_with"] = sorted(set(fact["conflicts_with"]))
        # keep key order: conflicts_with after note
        for fact in facts:
            if "conflicts_with" in fact:
                fact["conflicts_with"] = fact.pop("conflicts_with")
                fact["values"] = fact.pop("values")

    # -- refugees --------------------------------------------------------------------------
    def refugees(self) -> list[dict]:
        facts: list[dict] = []
        used: set[str] = set()
        for key in sorted(self.raw):
            node = self.raw[key].get("Transnational Issues", {}).get(REFUGEES)
            field_ = node.get("refugees (country of origin)") if isinstance(node, dict) else None
            if not isinstance(field_, dict) or not field_.get("text"):
                continue
            gec = self.gec(key)
            name = self.entry_name(key)
            text = html.unescape(re.sub(r"<[^>]+>", "", field_["text"])).replace("\xa0", " ")
            if gec not in self.entry_iso:
                self.report.refugees_set_aside.append((f"{gec} {name}", text[:60], "the entry maps to no ISO 3166-1 code"))
                continue
            host = self.entry_iso[gec]
            self.report.refugee_hosts += 1
            readings = tables.REFUGEE_READINGS.get(gec)
            items = readings if readings is not None else self.read_refugees(gec, name, text)
            for item in items:
                if isinstance(item, tuple):   # set aside
                    self.report.refugees_set_aside.append((f"{gec} {name}", item[0], item[1]))
                    continue
                fact = self.refugee_fact(gec, name, host, item, used)
                if fact:
                    facts.append(fact)
        self.report.refugee_facts = len(facts)
        return sorted(facts, key=lambda f: f["id"])

    def read_refugees(self, gec: str, name: str, text: str) -> list:
        """'7,345 (Syria), 9,272 (Guinea) (2023); 22,841 (X) (refugees and asylum seekers) (2024)' -> items."""
        out: list = []
        for group in split_top(text, ";"):
            group = group.strip().rstrip(",")
            m = re.search(r"\((mid-year \d{4}|\d{4}|as of \d{1,2} [A-Z][a-z]+ \d{4})\)\s*$", group)
            if not m:
                out.append((group[:60], "no year given for this group of figures"))
                continue
            when = m.group(1)
            body = group[:m.start()].strip().rstrip(",")
            for part in re.findall(r"([^,()]*?\d[\d,.]*(?: million)?)\s*\(([^()]+)\)((?:\s*\([^()]+\))*)", body):
                number, origin, quals = part
                out.append({"count_text": number.strip(), "origin": origin.strip(), "qualifiers": re.findall(r"\(([^()]+)\)", quals), "when": when})
        return out

    def refugee_fact(self, gec: str, name: str, host: str, item: dict, used: set[str]) -> dict | None:
        origin_name = item["origin"]
        mapped = tables.REFUGEE_ORIGINS.get(origin_name)
        origin_words = None
        if mapped is not None:
            origin, origin_note, origin_words = mapped
            if origin is None:
                self.report.refugees_set_aside.append((f"{gec} {name}", f"{item['count_text']} ({origin_name})", origin_note))
                return None
            self.report.refugee_origin_notes.append(f"{gec} {name}: {origin_name!r} -> {origin}: {origin_note}")
        else:
            origin, origin_note = self.resolve(origin_name), None
        if origin is None:
            self.report.problems.append(f"{gec} {name}: refugee origin {origin_name!r} not resolved (add it to REFUGEE_ORIGINS)")
            return None
        m = re.fullmatch(r"(more than |about |approximately )?(\d[\d,]*(?:\.\d+)?)( million)?", item["count_text"])
        if item.get("range"):
            m = re.fullmatch(r"()(\d[\d,]*(?:\.\d+)?)( million)?", item["count_text"].split("-")[0] + " million")
        if not m:
            self.report.refugees_set_aside.append((f"{gec} {name}", f"{item['count_text']} ({origin_name})", "not a single number"))
            return None
        count = float(m.group(2).replace(",", "")) * (1_000_000 if m.group(3) else 1)
        count = int(round(count))
        qualifier = (m.group(1) or "").strip()
        when = item["when"]
        y = int(re.search(r"\d{4}", when).group(0)) if when else None
        if when is None:
            date, when_words = EDITION, ""
        elif when.startswith("as of"):
            d, mon, yr = when.split()[2:]
            date, when_words = f"{yr}-{MONTHS[mon]:02d}-{int(d):02d}", f"as of {int(d)} {mon} {yr}"
        elif when.startswith("mid-year"):
            date, when_words = str(y), f"in mid-{y}"
        else:
            date, when_words = str(y), f"in {y}"
        quals = []
        for q in item["qualifiers"]:
            if q not in tables.REFUGEE_QUALIFIERS:
                self.report.problems.append(f"{gec} {name}: refugee qualifier {q!r} not in REFUGEE_QUALIFIERS")
                continue
            quals.append(tables.REFUGEE_QUALIFIERS[q])
        who = " and ".join(quals) if quals else "refugees"
        number = f"{qualifier + ' ' if qualifier else ''}{count:,}"
        if item.get("range"):
            low, high = item["range"]
            number = f"between {low:,} and {high:,}"
        pair = sorted((host, origin))
        if host == origin:
            self.report.refugees_set_aside.append((f"{gec} {name}", f"{item['count_text']} ({origin_name})",
                                                   "refugees living in the territory they come from: not a pair of countries"))
            return None
        base = f"{host.lower()}-{origin.lower()}.{y or 'undated'}"
        ident, n = base, 1
        while ident in used:
            n += 1
            ident = f"{base}-{n}"
        used.add(ident)
        origin_words = origin_words or self.country(origin)
        if "admitted during fiscal year 2022" in item["qualifiers"]:
            text = (f"{capital(self.country(host))} admitted {number} refugees from {origin_words} during its fiscal year {y}, "
                    f"according to {possessive(name)} entry in The World Factbook (April 2024).")
        else:
            text = (f"{capital(self.country(host))} hosted {number} {who} from {origin_words}{' ' + when_words if when_words else ''}, "
                    f"according to {possessive(name)} entry in The World Factbook (April 2024)"
                    + (", which gives no year for the figure." if when is None else "."))
        note = ("The Factbook lists only the main countries of origin: an origin it leaves out is not a zero.")
        if origin_note:
            note += f" The entry names the origin “{origin_name}”: {origin_note}."
        if item.get("note"):
            note += " " + item["note"]
        values: dict = {"host": host, "origin": origin, "count": count, "year": y}
        if item.get("range"):
            values.pop("count")
            values["count_min"], values["count_max"] = item["range"]
        if qualifier:
            values["qualifier"] = qualifier
        return {
            "id": f"factbook2024.refugees.{ident}",
            "parties": pair,
            "topic": "migration",
            "date": date,
            "text": text,
            "sources": [SOURCE_ID],
            "locator": f"{possessive(name)} entry: Transnational Issues > Refugees and internally displaced persons > refugees (country of origin)",
            "note": note,
            "values": values,
        }

    # -- output ----------------------------------------------------------------------------
    def build(self) -> dict[str, str]:
        header = HEADER.format(name="factbook2024", input="The World Factbook's transnational issues, edition of April 2024 (../shared/factbook-2024)")
        disputes = self.disputes()
        refugees = self.refugees()
        for fact in disputes + refugees:
            if self.copies(fact["text"]) or self.copies(fact["note"]):
                self.report.problems.append(f"{fact['id']}: its text repeats twelve words or more of the source")
        source = {
            "id": SOURCE_ID,
            "title": "The World Factbook (edition of April 2024): Transnational Issues",
            "publisher": "Central Intelligence Agency",
            "kind": "reference work",
            "date": EDITION,
            "url": "https://github.com/factbook/factbook.json",
            "licence": "Public domain (a work of the US government); the JSON conversion is dedicated to the public domain under CC0.",
            "credit": "The World Factbook (edition of April 2024), Central Intelligence Agency; JSON by the factbook.json project.",
            "note": ("The edition of 18 April 2024, the last with international disputes named pair by pair and refugees by "
                     "country of origin. Facts give the edition as their date and keep each year the text gives; the "
                     "project states the facts in its own words."),
        }
        return {
            "disputes.toml": render_toml(header, (("fact", f) for f in disputes)),
            "refugees.toml": render_toml(header, (("fact", f) for f in refugees)),
            "sources.toml": render_toml(header, [("source", source)]),
        }

    def report_text(self, files: dict[str, str]) -> str:
        r = self.report
        rep = Report("factbook2024", "The World Factbook, April 2024 transnational issues",
                     f"../shared/factbook-2024/{DEFAULT_INPUT.name}")
        rep.section("Disputes").line(
            f"- entries with a disputes field: {r.entries}",
            f"- paragraphs read: {r.paragraphs}",
            f"- paragraphs naming one pair: {r.pair_paragraphs}",
            f"- facts from paragraphs read through the reviewed table (three parties or more, a territory, no heading): {r.mapped_rows}",
            "- facts by status: " + ", ".join(f"{k} {v}" for k, v in sorted(r.status_counts.items())),
            f"- paragraphs set aside whole: {sum(1 for _, _, why in r.set_aside if not why.startswith('part of'))} (see Set aside)",
            f"- parts of paragraphs set aside (the rest of the paragraph is read): {sum(1 for _, _, why in r.set_aside if why.startswith('part of'))}",
            "- internally displaced and stateless persons are not read (see Refugees)")
        rep.subsection("Conflicts (one entry identified none where the other records a matter, or the reviewed disagreements)")
        rep.lines([f"- {c}" for c in r.conflicts] or ["- none"])
        rep.subsection("Status decided by the reviewed table")
        rep.lines([f"- {o}" for o in r.overrides] or ["- none"])
        rep.subsection("Open disputes with no place named in the reviewed place table")
        rep.lines([f"- {o.split(':')[0]}" for o in r.open_without_place] or ["- none"])
        rep.section("Refugees").line(
            f"- entries with refugees by country of origin: {r.refugee_hosts}",
            f"- facts written: {r.refugee_facts}",
            "- internally displaced and stateless persons: not imported (figures for one country, not a pair)")
        rep.subsection("Origins read through the reviewed table")
        rep.lines([f"- {n}" for n in r.refugee_origin_notes] or ["- none"])
        if r.problems:
            rep.section("Problems").lines([f"- {p}" for p in r.problems])
        rep.set_aside_section("Disputes: paragraphs and parts of paragraphs")
        rep.table(("entry", "paragraph starts", "why"), [(w, s[:50].replace("|", "/"), why) for w, s, why in r.set_aside])
        rep.set_aside_section("Refugees: figures")
        rep.table(("entry", "figure", "why"), [(w, s.replace("|", "/"), why) for w, s, why in r.refugees_set_aside])
        for name, text in sorted(files.items()):
            rep.file(name, text)
        return rep.markdown()


def split_top(text: str, sep: str) -> list[str]:
    """Split on `sep` outside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch == sep and depth <= 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def run(input_path: Path = DEFAULT_INPUT, out_dir: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR) -> Tally:
    importer = Importer(input_path, data_dir)
    files = importer.build()
    replace_folder(out_dir, files)
    write_text_atomic(out_dir / "report.md", importer.report_text(files))
    return importer.report


def main(argv: list[str] | None = None) -> int:
    def go(args: argparse.Namespace) -> str:
        report = run(args.input, args.out)
        if report.problems:
            raise ImportFailed(f"{len(report.problems)} problems: " + "; ".join(report.problems))
        return (f"disputes: {sum(report.status_counts.values())} facts; refugees: {report.refugee_facts} facts; "
                f"set aside: {len(report.set_aside)} paragraphs, {len(report.refugees_set_aside)} refugee figures; "
                f"problems: {len(report.problems)}")

    return run_main("factbook2024", __doc__.splitlines()[0], go, argv,
                    default_input=DEFAULT_INPUT, default_output=DEFAULT_OUTPUT)


if __name__ == "__main__":
    raise SystemExit(main())
