"""The first screen of the pairs people ask about first: the profile of each, in plain text and in
JSON, against golden files (tests/golden/profile-*.txt and .json).

To regenerate after an intended change (see tests/conftest.py, check_golden):

    RELATIONS_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_profile_goldens.py

which rewrites the files and fails, so that nobody mistakes a rewrite for a pass; review the diff
of tests/golden/, then run the tests again without the variable.
"""

from __future__ import annotations

import json

import pytest

from conftest import check_golden

PAIRS = [
    ("russia", "ukraine"),
    ("north korea", "south korea"),
    ("india", "pakistan"),
    ("united states", "china"),
    ("united kingdom", "argentina"),
    ("venezuela", "guyana"),
    ("japan", "china"),
    ("morocco", "algeria"),
]


REGENERATE = "RELATIONS_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_profile_goldens.py"


def _check(files: dict[str, str]) -> None:
    """Each file checked (and, with the update variable, rewritten) before the first failure."""
    failures = []
    for name, text in files.items():
        try:
            check_golden(name, text, REGENERATE)
        except BaseException as failure:  # pytest.fail is not an Exception
            failures.append(failure)
    if failures:
        raise failures[0]


@pytest.mark.parametrize("pair", PAIRS, ids=["-".join(p).replace(" ", "_") for p in PAIRS])
def test_profile_plain_and_json(cli, pair):
    slug = "-".join(pair).replace(" ", "_")
    plain = cli("show", *pair, "--profile")
    assert plain.exit_code == 0, plain.stderr
    document = cli("show", *pair, "--json").json()
    _check({f"profile-{slug}.txt": plain.stdout,
            f"profile-{slug}.json": json.dumps(document["profile"], indent=2, ensure_ascii=False, sort_keys=True) + "\n"})


def test_the_pairs_people_ask_about_say_what_matters_first(cli):
    """What the issue asks of the first screen, checked on the lines themselves."""
    lines = {p: cli("show", *p, "--json").json()["profile"]["lines"] for p in PAIRS}
    russia = lines[("russia", "ukraine")]
    assert russia[0]["key"] == "conflicts" and "war in 2022–24" in russia[0]["text"]
    relations = next(x for x in russia if x["key"] == "relations")
    assert "missions listed in Wikidata, Nov 2022; the list does not record closures" in relations["text"]
    korea = next(x for x in lines[("north korea", "south korea")] if x["key"] == "conflicts")
    assert korea["text"].startswith("fought each other (UCDP's conflict in Korea: war in 1950–53)")
    assert "on opposite sides in UCDP's conflict in South Vietnam" in korea["text"]
    assert korea["values"]["fought"] == 1 and korea["values"]["opposite_sides"] == 1
    usa_china = next(x for x in lines[("united states", "china")] if x["key"] == "conflicts")
    assert "on opposite sides in UCDP's conflict in Korea, 1950–53" in usa_china["text"]
    for pair, place in ((("venezuela", "guyana"), "Essequibo"), (("united kingdom", "argentina"), "Falkland Islands"),
                        (("japan", "china"), "Senkaku Islands"), (("india", "pakistan"), "Kashmir")):
        first = lines[pair][0]
        assert first["key"] in ("disputes", "conflicts") and any(
            place in x["text"] for x in lines[pair] if x["key"] == "disputes"), pair
