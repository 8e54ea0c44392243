"""How much every pair of UN member states gets: the coverage report of the country-pair data.

    python -m importers.coverage            # writes data/dyadic/coverage.md

Run it after the importers, on the shipped data only (no user data). For every pair of the 193
UN member states it asks the tool itself (`Store.pair`, as `relations show` does) and counts which
topics and data sets answer. The figures are the ones issues #12 and #13 ask for.
"""

from __future__ import annotations

import argparse
import itertools
import os
import tempfile
from collections import Counter
from collections.abc import Iterable

from importers.common import DATA_DIR, run_main, un_members, write_text_atomic
from relations.dyadic.alignment import LAST_YEAR, MIN_VOTES

OUTPUT = DATA_DIR / "dyadic" / "coverage.md"

# What each data set's facts are recognised by (their sources).
DATASETS = {
    "unvotes": "UN voting agreement, 2010–2019",
    "un-ideal-points": "UN ideal-point distance",
    "cepii-geodist": "distance between capitals",
    "passport-index": "visa requirement",
    "wikidata-embassies": "a mission or an accreditation",
    "ucdp-acd": "an armed conflict or troop support",
    "factbook-2024": "a dispute, a finding of none, or refugees (The World Factbook, April 2024)",
}

# The Factbook's April 2024 transnational issues, by kind of fact: (label, id prefix, statuses or None).
FACTBOOK_2024 = (
    ("a dispute or a border or security issue (open, settled or other)", "factbook2024.dispute.", ("open", "settled", "issue")),
    ("an open dispute", "factbook2024.dispute.", ("open",)),
    ("an entry that identified no dispute", "factbook2024.dispute.", ("none_identified",)),
    ("refugees from one hosted by the other", "factbook2024.refugees.", None),
)


def pair_coverage(store, pairs: Iterable[tuple[str, str]]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Counts over `pairs`: topics of their own (shared memberships aside), data sets, visas both ways."""
    topics_per_pair: Counter[int] = Counter()
    by_source: Counter[str] = Counter()
    by_topic: Counter[str] = Counter()
    by_fb2024: Counter[str] = Counter()
    visas_both = agreement_2010s = total = 0
    alignment_years: Counter[int] = Counter()  # the year a pair's ideal-point distance is ranked in
    for a, b in pairs:
        view = store.pair(store.party(a), store.party(b))
        total += 1
        topics = {f.topic for f in view.facts}
        topics_per_pair[min(len(topics), 5)] += 1
        by_topic.update(topics)
        sources = {s for f in view.facts for s in f.sources}
        by_source.update(s for s in DATASETS if s in sources)
        visa_ids = {f.id for f in view.facts if "passport-index" in f.sources}
        visas_both += {f"visas.{a.lower()}-{b.lower()}", f"visas.{b.lower()}-{a.lower()}"} <= visa_ids
        agreement_2010s += any(f.id.startswith("unvotes.agreement-2010s.") for f in view.facts)
        for label, prefix, statuses in FACTBOOK_2024:
            by_fb2024[label] += any(f.id.startswith(prefix) and (statuses is None or f.values.get("status") in statuses)
                                    for f in view.facts)
        ranked = [f.values["year"] for f in view.facts if f.id.startswith("alignment.distance.")]
        alignment_years.update(ranked[:1])
    return {
        "pairs": total,
        "topics_per_pair": topics_per_pair,
        "by_source": by_source,
        "by_topic": by_topic,
        "visas_both": visas_both,
        "agreement_2010s": agreement_2010s,
        "by_fb2024": by_fb2024,
        "alignment_years": alignment_years,
    }


def _pct(n: int, total: int) -> str:
    return f"{n:,} of {total:,} ({100 * n / total:.1f}%)" if total else "0"


def report(figures: dict[str, object], members: list[str]) -> str:
    total = figures["pairs"]
    per = figures["topics_per_pair"]
    three_or_more = sum(n for k, n in per.items() if k >= 3)
    lines = [
        "# Coverage of the pairs of UN member states",
        "",
        "Written by `python -m importers.coverage` from the shipped data (no user data): every pair",
        f"of the {len(members)} UN member states (the Factbook's members of the UN), asked as `relations show` asks.",
        "Topics are those of the pair's own facts; shared memberships are not counted.",
        "",
        f"- pairs: {total:,}",
        f"- facts on three or more topics of their own: {_pct(three_or_more, total)}",
        f"- visa facts in both directions: {_pct(figures['visas_both'], total)}",
        f"- UN voting agreement for 2010–2019: {_pct(figures['agreement_2010s'], total)}",
        f"- UN ideal-point distance ranked in {LAST_YEAR} (both points on at least {MIN_VOTES} votes): "
        f"{_pct(figures['alignment_years'].get(LAST_YEAR, 0), total)}; in an earlier year: "
        + (", ".join(f"{year} {n:,}" for year, n in sorted(figures["alignment_years"].items(), reverse=True)
                     if year != LAST_YEAR) or "none")
        + f"; in no year: {total - sum(figures['alignment_years'].values()):,}",
        "",
        "| topics of their own | pairs |",
        "|---|---|",
    ]
    lines += [f"| {k if k < 5 else '5 or more'} | {per.get(k, 0):,} |" for k in range(6) if k in per or k < 5]
    lines += ["", "| data set | pairs with a fact from it |", "|---|---|"]
    lines += [f"| {label} (`{sid}`) | {_pct(figures['by_source'].get(sid, 0), total)} |" for sid, label in DATASETS.items()]
    lines += ["", "| The World Factbook, April 2024 (`factbook-2024`) | pairs |", "|---|---|"]
    lines += [f"| {label} | {_pct(figures['by_fb2024'].get(label, 0), total)} |" for label, _, _ in FACTBOOK_2024]
    lines += ["", "| topic | pairs with a fact on it |", "|---|---|"]
    lines += [f"| {t} | {_pct(n, total)} |" for t, n in sorted(figures["by_topic"].items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    def go(args: argparse.Namespace) -> str:
        from relations.dataset.store import open_store
        from relations.paths import DataRoot

        members = un_members()
        with tempfile.TemporaryDirectory() as cache:
            store = open_store([DataRoot(os.fspath(DATA_DIR), "shipped")], cache_dir=cache)
            figures = pair_coverage(store, itertools.combinations(members, 2))
        text = report(figures, members)
        write_text_atomic(OUTPUT, text)
        return text

    return run_main("coverage", __doc__.splitlines()[0], go, argv, default_input=None)


if __name__ == "__main__":
    raise SystemExit(main())
