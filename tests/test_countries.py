"""data/countries.toml against pycountry's ISO 3166-1 data, and its names are unambiguous."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

pycountry = pytest.importorskip(
    "pycountry",
    reason="pycountry is a test-only dependency: it checks countries.toml against ISO 3166-1",
)

COUNTRIES_TOML = Path(__file__).resolve().parent.parent / "data" / "countries.toml"


def normalise(text: str) -> str:
    """Lower case, accents stripped, every character but letters, digits and spaces dropped."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    kept = "".join(c for c in stripped if c.isalnum() or c == " ")
    return re.sub(r" +", " ", kept).strip()


@pytest.fixture(scope="module")
def parties() -> list[dict]:
    with COUNTRIES_TOML.open("rb") as handle:
        return tomllib.load(handle)["party"]


@pytest.fixture(scope="module")
def by_code(parties: list[dict]) -> dict[str, dict]:
    return {party["code"]: party for party in parties}


def names_of(party: dict) -> list[str]:
    names = [party["code"], party.get("alpha3", ""), party["name"], party.get("official_name", "")]
    return [n for n in names + list(party.get("aliases", [])) if n]


def resolve(parties: list[dict], text: str) -> set[str]:
    key = normalise(text)
    return {p["code"] for p in parties if key in {normalise(n) for n in names_of(p)}}


def test_file_says_it_is_generated() -> None:
    first = COUNTRIES_TOML.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#") and "pycountry" in first


def test_every_iso_country_is_present_with_its_codes(by_code: dict[str, dict]) -> None:
    for country in pycountry.countries:
        party = by_code.get(country.alpha_2)
        assert party is not None, f"{country.alpha_2} ({country.name}) missing"
        assert party["kind"] == "country"
        assert party["alpha3"] == country.alpha_3
    # Beyond ISO 3166-1, only the user-assigned codes the importer documents (Kosovo).
    extra = set(by_code) - {c.alpha_2 for c in pycountry.countries}
    assert extra == {"XK"}
    assert "user-assigned" in by_code["XK"]["note"]


def test_official_names_match_pycountry(parties: list[dict]) -> None:
    """ISO's official names, but for the reviewed replacements (importers.countries.OFFICIAL_NAMES),
    whose ISO form stays an alias."""
    from importers.countries import OFFICIAL_NAMES

    for party in parties:
        if "official_name" in party and party["code"] != "XK":
            country = pycountry.countries.get(alpha_2=party["code"])
            iso = getattr(country, "official_name", None)
            if party["code"] in OFFICIAL_NAMES:
                assert party["official_name"] == OFFICIAL_NAMES[party["code"]][0]
                assert iso in party["aliases"], party["code"]
            else:
                assert party["official_name"] == iso, party["code"]


def test_iso_short_name_still_resolves(parties: list[dict]) -> None:
    """Every ISO short name finds its country, but for a name that could mean several, which asks
    ("Congo": relations.suggest.AMBIGUOUS) and is nobody's name."""
    from relations.suggest import AMBIGUOUS

    for country in pycountry.countries:
        expected = set() if normalise(country.name) in AMBIGUOUS else {country.alpha_2}
        assert resolve(parties, country.name) == expected, country.name


def test_no_duplicate_codes(parties: list[dict]) -> None:
    codes = [p["code"] for p in parties]
    alpha3s = [p["alpha3"] for p in parties]
    assert len(codes) == len(set(codes))
    assert len(alpha3s) == len(set(alpha3s))


def test_no_name_points_at_two_parties(parties: list[dict]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for party in parties:
        for name in names_of(party):
            key = normalise(name)
            assert key, f"{party['code']}: {name!r} normalises to nothing"
            owners[key].add(party["code"])
    clashes = {key: sorted(codes) for key, codes in owners.items() if len(codes) > 1}
    assert not clashes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("USA", "US"),
        ("U.S.", "US"),
        ("United States of America", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("Ivory Coast", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Czech Republic", "CZ"),
        ("Korea, South", "KR"),
        ("DPRK", "KP"),
        ("Burma", "MM"),
        ("Congo (Kinshasa)", "CD"),
        ("Congo, Republic of the", "CG"),
        ("Turkey (Turkiye)", "TR"),
        ("Holy See (Vatican City)", "VA"),
        ("Gambia, The", "GM"),
        ("St. Lucia", "LC"),
        ("British Honduras", "BZ"),
    ],
)
def test_aliases_resolve(parties: list[dict], text: str, code: str) -> None:
    assert resolve(parties, text) == {code}
