"""Every pair answers: what the country-pair data sets give the pairs of UN member states.

The whole count is `python -m importers.coverage` (about 30 s, written to data/dyadic/coverage.md);
here a fixed sample of pairs is asked as `relations show` asks, and the report is checked to be
current in what it states."""

from __future__ import annotations

import itertools
import random
import re

from importers.common import DATA_DIR, un_members
from importers.coverage import pair_coverage

from relations.dataset.store import open_store

SAMPLE = 400


def test_a_sample_of_un_member_pairs_has_facts_on_three_topics_and_visas_both_ways():
    members = un_members()
    assert len(members) == 193
    pairs = random.Random(12).sample(list(itertools.combinations(members, 2)), SAMPLE)
    figures = pair_coverage(open_store(), pairs)
    three_or_more = sum(n for k, n in figures["topics_per_pair"].items() if k >= 3)
    assert three_or_more / SAMPLE >= 0.95
    assert figures["visas_both"] == SAMPLE  # issue 13: at least 97% of pairs
    assert figures["agreement_2010s"] / SAMPLE >= 0.99  # issue 12: at least 99% of pairs that both voted


def test_the_coverage_report_states_the_targets_met():
    text = (DATA_DIR / "dyadic" / "coverage.md").read_text("utf-8")
    share = float(re.search(r"three or more topics of their own: [\d,]+ of [\d,]+ \(([\d.]+)%\)", text).group(1))
    assert share >= 95
    assert "- pairs: 18,528" in text  # 193 members: 193 * 192 / 2
    # every pair of members has an ideal-point distance ranked in some year (issue 22)
    assert "| UN ideal-point distance (`un-ideal-points`) | 18,528 of 18,528 (100.0%) |" in text
    assert re.search(r"UN ideal-point distance ranked in 2025 .*; in no year: 0$", text, re.M)
