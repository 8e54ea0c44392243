"""List every Historian fact whose paragraph holds more than one date, for review.

    python -m importers.rdcr_audit [RDCR_DIR] [--data DATA_DIR] [--only FACT_ID_PREFIX]

For each fact built by `importers.rdcr` whose timeline entry (heading and paragraph) names more
than one distinct date, prints the fact's id, kind, text and chosen date (with how it was chosen:
a rule, the heading, or a reviewed override in `rdcr_tables.DATE_OVERRIDES`), then every date of
the entry with the sentence around it; `*` marks the chosen one. A reviewer reads them all and
settles the wrong ones with a rule in `importers.rdcr` or an entry in `DATE_OVERRIDES`.
Ends with counts: facts listed, chosen by each basis, overrides.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from importers import rdcr
from importers.common import DATA_DIR, SHARED_DIR, run_main
from relations import tomlread


def entry_dates(ev: rdcr.Event) -> list[tuple[str, str]]:
    """(date, sentence) for every date of an entry: the paragraph's, then the heading's full dates."""
    out: list[tuple[str, str]] = []
    for m in ev.dates:
        start, end = rdcr._sentence_span(ev.body, m.pos)
        before = rdcr.squash(ev.body[start: m.pos])
        after = rdcr.squash(ev.body[m.pos: end])
        if len(before) > 160:
            before = "…" + before[-160:]
        if len(after) > 120:
            after = after[:120] + "…"
        out.append((m.when, f"{before} {after}".strip(" .;")))
    for m in rdcr.TEXT_DATE.finditer(ev.head or ""):
        when = rdcr._text_date(m)
        if when and len(when) == 10:
            out.append((when, f"(heading) {ev.head}"))
    return out


def audit(rdcr_dir: Path, data_dir: Path = DATA_DIR, only: str = "") -> tuple[list[str], Counter]:
    out, _report = rdcr.build(rdcr_dir, data_dir)
    facts = []
    for name, text in sorted(out.items()):
        if name.startswith("events-"):
            facts += tomlread.loads(text).get("fact", [])
    events: dict[str, list[rdcr.Event]] = {}
    lines: list[str] = []
    counts: Counter = Counter()
    for fact in facts:
        if not fact["id"].startswith(only):
            continue
        stem, number = fact["id"].split(".")[1:3]
        if stem not in events:
            events[stem] = rdcr.read_events(rdcr_dir / "articles" / f"{stem}.xml")
        ev = events[stem][int(number) - 1]
        dates = entry_dates(ev)
        if len({d for d, _ in dates}) < 2:
            continue
        basis = fact.get("values", {}).get("date_from", "none")
        counts["facts"] += 1
        counts[f"basis {basis}"] += 1
        chosen = fact.get("date")
        lines.append(f"{fact['id']}  chosen {chosen or '(none)'}  [{basis}]")
        lines.append(f"  heading: {ev.head}")
        lines.append(f"  text:    {fact['text']}")
        if fact.get("note"):
            lines.append(f"  note:    {fact['note']}")
        seen = set()
        for when, sentence in dates:
            if (when, sentence) in seen:
                continue
            seen.add((when, sentence))
            mark = "*" if when == chosen else " "
            lines.append(f"  {mark} {when:10}  {sentence}")
        lines.append("")
    return lines, counts


def main(argv: list[str] | None = None) -> int:
    def go(args: argparse.Namespace) -> str:
        lines, counts = audit(args.input, args.data, args.only)
        return ("\n".join(lines) + "\n"
                + f"{counts['facts']} facts whose entry holds more than one date; chosen by: "
                + ", ".join(f"{k[6:]} {v}" for k, v in sorted(counts.items()) if k.startswith("basis ")))

    def only(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--only", default="", help="only facts whose id starts with this")

    return run_main("rdcr_audit", __doc__.splitlines()[0], go, argv, default_input=SHARED_DIR / "rdcr",
                    needs=("articles",), data_option=True, add_arguments=only)


if __name__ == "__main__":
    raise SystemExit(main())
