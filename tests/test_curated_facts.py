"""The curated dataset: the key facts of each of the five source documents, and the integrity of
every fact under data/ (unique ids, known parties, topics and sources, symmetric conflicts, dates).

Reads the TOML files directly, so it checks the data whatever state the loader is in.
"""

from __future__ import annotations

import functools
import pathlib
import re

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib  # type: ignore[no-redef]

DATA = pathlib.Path(__file__).resolve().parent.parent / "data"
CURATED = DATA / "curated"

SOURCE_FILES = {
    "belize-embassy-us-bilateral": "000-belize-embassy-us.toml",
    "wikipedia-belize-colombia": "001-wikipedia-belize-colombia.toml",
    "state-us-guatemala": "002-state-us-guatemala.toml",
    "belgium-fpsfa-lac": "003-belgium-lac.toml",
    "insightcrime-mexico-belize-2012": "004-insightcrime-mexico-belize.toml",
}

from relations.model import EVENT_KINDS  # noqa: E402  (the one closed vocabulary)

_DATE_PART = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
DATE_FORM = re.compile(rf"^{_DATE_PART}(?:/{_DATE_PART})?$")
FACT_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@functools.cache
def _load(path: pathlib.Path) -> dict:
    # Read once per session: the data files do not change while the tests run.
    with path.open("rb") as f:
        return tomllib.load(f)


def _all_files() -> list[pathlib.Path]:
    return sorted(DATA.rglob("*.toml"))


def _facts_in(path: pathlib.Path) -> list[dict]:
    return _load(path).get("fact", [])


def _all_facts() -> list[dict]:
    return [fact for path in _all_files() for fact in _facts_in(path)]


def _curated(source_id: str) -> dict[str, dict]:
    facts = _facts_in(CURATED / SOURCE_FILES[source_id])
    return {fact["id"]: fact for fact in facts}


def _parties() -> dict[str, dict]:
    return {p["code"]: p for path in _all_files() for p in _load(path).get("party", [])}


def _groups() -> dict[str, dict]:
    return {p["code"]: p for p in _load(DATA / "groups.toml")["party"]}


def _sources() -> dict[str, dict]:
    return {s["id"]: s for s in _load(DATA / "sources.toml")["source"]}


def _check_date(value: str) -> None:
    """The forms data/README.md allows: YYYY, YYYY-MM, YYYY-MM-DD, and an interval A/B of those."""
    import datetime

    assert DATE_FORM.match(value), value
    parts = value.split("/")
    bounds = []
    for part in parts:
        if len(part) == 10:
            datetime.date.fromisoformat(part)
            bounds.append((part, part))
        elif len(part) == 7:
            assert 1 <= int(part[5:]) <= 12, value
            bounds.append((part + "-01", part + "-31"))
        else:
            bounds.append((part + "-01-01", part + "-12-31"))
    if len(bounds) == 2:
        assert bounds[0][0] <= bounds[1][1], f"range ends before it starts: {value}"


# --- The files -----------------------------------------------------------------------------------


def test_each_source_has_its_file_and_seed():
    sources = _sources()
    assert set(sources) == set(SOURCE_FILES)
    seeds = {s["seed"] for s in sources.values()}
    assert seeds == {
        "000_d968142d457773c3.txt",
        "001_9f980f61ee683933.txt",
        "002_40c871a06b3b5310.txt",
        "003_24c7c346798f0c18.txt",
        "004_8ee2741e849c679c.txt",
    }
    for source_id, name in SOURCE_FILES.items():
        facts = _facts_in(CURATED / name)
        assert facts, name
        assert all(source_id in fact["sources"] for fact in facts), name


def test_source_metadata():
    sources = _sources()
    for source in sources.values():
        assert source["title"] and source["publisher"] and source["kind"] and source["note"]
        if "date" in source:
            _check_date(source["date"])
    assert sources["wikipedia-belize-colombia"]["url"] == (
        "https://en.wikipedia.org/wiki/Belize%E2%80%93Colombia_relations"
    )
    assert sources["state-us-guatemala"]["url"] == "https://www.state.gov/u-s-relations-with-guatemala/"
    assert sources["insightcrime-mexico-belize-2012"]["date"] == "2012-08"
    assert "infer" in sources["insightcrime-mexico-belize-2012"]["note"]
    assert sources["belize-embassy-us-bilateral"]["date"] == "2009/2010"
    for source_id in ("belize-embassy-us-bilateral", "belgium-fpsfa-lac", "insightcrime-mexico-belize-2012"):
        assert "url" not in sources[source_id], "no address is known with confidence"


def test_curated_volume():
    counts = {sid: len(_curated(sid)) for sid in SOURCE_FILES}
    assert sum(counts.values()) > 60, counts


# --- 000: Belize's embassy to the United States ------------------------------------------------


def test_000_belize_us():
    facts = _curated("belize-embassy-us-bilateral")
    assert facts["bz-us.relationship"]["parties"] == ["BZ", "US"]
    assert facts["caricom-us.high-level-dialogue"]["parties"] == ["CARICOM", "US"]
    assert facts["bz-us.largest-export-partner"]["topic"] == "trade"
    assert "textiles" in facts["bz-us.largest-export-partner"]["text"]
    dev = facts["bz-us.development-assistance"]
    assert dev["topic"] == "development"
    for area in ("education", "public health", "environment"):
        assert area in dev["text"]
    for dept in ("Commerce", "Agriculture", "State"):
        assert dept in facts["bz-us.trade-promotion"]["text"]


def test_000_carsi_and_cbsi():
    facts = _curated("belize-embassy-us-bilateral")
    assert facts["carsi.us-programme"]["parties"] == ["US", "CARSI"]
    assert facts["mx-carsi.participant"]["parties"] == ["MX", "CARSI"]
    assert facts["bz-carsi.equipment-training"]["parties"] == ["BZ", "CARSI"]
    announced = facts["cbsi.announced"]
    assert announced["parties"] == ["US", "CBSI"]
    assert announced["date"] == "2009-04"
    assert announced["people"] == ["Barack Obama"]
    assert announced["places"] == [{"name": "Port of Spain", "country": "TT"}]
    assert facts["cbsi.scheduled-2010"]["date"] == "2010"
    groups = _groups()
    assert set(groups["CARSI"]["members"]) == {"US", "MX", "BZ"}
    assert groups["CBSI"]["members"] == []


def test_000_mojibake_not_carried():
    for path in [*CURATED.glob("*.toml"), DATA / "groups.toml", DATA / "sources.toml"]:
        text = path.read_text(encoding="utf-8")
        assert "‚Äô" not in text and "Ã" not in text, path


# --- 001: Belize–Colombia relations (Wikipedia) -----------------------------------------------


def test_001_relations_and_history():
    facts = _curated("wikipedia-belize-colombia")
    est = facts["bz-co.relations-established"]
    assert (est["parties"], est["date"], est["kind"]) == (["BZ", "CO"], "1982-02-15", "relations_established")
    independence = facts["bz-gb.independence"]
    assert independence["parties"] == ["BZ", "GB"] and independence["kind"] == "independence"
    assert "date" not in independence, "the article gives no independence date"
    assert facts["co-gb.extradition-treaty"]["date"] == "1888"
    assert facts["co-gb.friendship-trade-navigation-1866"]["date"] == "1866"
    assert facts["co-gb.friendship-trade-navigation-1980"]["date"] == "1980"
    for fid in ("bz-oas.member", "co-oas.member", "bz-celac.member", "co-celac.member"):
        assert facts[fid]["topic"] == "membership"
    assert set(_groups()["OAS"]["members"]) >= {"BZ", "CO"}
    assert set(_groups()["CELAC"]["members"]) >= {"BZ", "CO"}


def test_001_cooperation():
    facts = _curated("wikipedia-belize-colombia")
    assert "quality management" in facts["bz-co.coop-public-service"]["text"]
    security = facts["bz-co.coop-security-training"]
    assert security["topic"] == "security" and "armed forces" in security["text"]
    assert "poverty" in facts["bz-co.coop-social-security"]["text"]
    assert "second-tier banking" in facts["bz-co.coop-development-advice"]["text"]
    assert facts["co-mesoamerica.participant"]["parties"] == ["CO", "MESOAMERICA-PROJECT"]
    assert facts["mx-mesoamerica.participant"]["parties"] == ["MX", "MESOAMERICA-PROJECT"]
    benefits = facts["bz-co.mesoamerica-benefits"]["text"]
    for area in ("infrastructure", "tourism", "environment"):
        assert area in benefits


def test_001_guatemala_dispute_and_drugs():
    facts = _curated("wikipedia-belize-colombia")
    meeting = facts["co-gt.foreign-ministers-2012"]
    assert (meeting["parties"], meeting["date"], meeting["kind"]) == (["CO", "GT"], "2012", "meeting")
    assert "popular consulate" in meeting["note"]
    assert facts["bz-gt.dispute-popular-vote"]["topic"] == "dispute"
    listing = facts["bz-us.drug-list-2011"]
    assert (listing["parties"], listing["date"], listing["kind"]) == (["BZ", "US"], "2011", "designation")


def test_001_missions_and_the_accreditation_conflict():
    facts = _curated("wikipedia-belize-colombia")
    closed = facts["co-bz.embassy-closed-2002"]
    assert (closed["date"], closed["kind"]) == ("2002", "mission_closed")
    assert facts["co-bz.accredited-from-san-salvador"]["places"] == [{"name": "San Salvador", "country": "SV"}]
    assert "Mission2" in facts["co-bz.accredited-from-san-salvador"]["locator"]
    assert facts["co-bz.honorary-consulate-belmopan"]["places"] == [{"name": "Belmopan", "country": "BZ"}]
    accredited = facts["bz-co.ambassador-in-mexico-city"]
    none = facts["bz-co.no-accreditation"]
    assert accredited["places"] == [{"name": "Mexico City", "country": "MX"}]
    assert accredited["conflicts_with"] == ["bz-co.no-accreditation"]
    assert none["conflicts_with"] == ["bz-co.ambassador-in-mexico-city"]


def test_001_trade():
    facts = _curated("wikipedia-belize-colombia")
    fta = facts["caricom-co.free-trade-agreement"]
    assert (fta["parties"], fta["date"], fta["topic"]) == (["CARICOM", "CO"], "1994", "treaty")
    blz = facts["bz-co.trade-blz-row"]
    col = facts["bz-co.trade-col-row"]
    assert blz["values"]["amount"] == 169620 and blz["values"]["currency"] == "USD"
    assert col["values"]["amount"] == 1800903 and col["values"]["currency"] == "USD"
    for row in (blz, col):
        assert "date" not in row and "year" not in row["values"], "the table has no year"
        assert row["values"]["attributed_to"] == "Trade Map"
        assert "share_pct" not in row["values"], "the percentage columns have no labelled base"
        assert "not labelled" in row["note"]
    assert "toys" in blz["text"] and "pharmaceuticals" in col["text"]


# --- 002: U.S.-Guatemala relations (State Department) ----------------------------------------


def test_002_guatemala_us():
    facts = _curated("state-us-guatemala")
    for fid in ("gt-us.policy-security", "gt-us.policy-governance", "gt-us.policy-migration", "gt-us.policy-trade"):
        assert facts[fid]["parties"] == ["GT", "US"]
    assert facts["gt-us.policy-migration"]["topic"] == "migration"
    assert facts["gt-us.cafta-dr"]["topic"] == "treaty"
    assert "investment" in facts["gt-us.cafta-dr-investment-chapter"]["text"]
    assert facts["gt-us.us-exports"]["values"]["direction"] == "exports"
    assert "gold" in facts["gt-us.us-imports"]["values"]["products"]
    assert "oil" in facts["gt-us.us-exports"]["values"]["products"]
    strategy = facts["us-central-america.strategy"]
    assert strategy["parties"] == ["US", "CENTRAL-AMERICA"]
    assert strategy["values"]["count"] == 7
    groups = _groups()
    assert set(groups["CENTRAL-AMERICA"]["members"]) == {"BZ", "CR", "SV", "GT", "HN", "NI", "PA"}
    assert set(groups["CAFTA-DR"]["members"]) == {"GT", "US"}


# --- 003: Belgium and Latin America and the Caribbean ------------------------------------------

BELGIAN_EMBASSIES = {
    "be-co.embassy-bogota": ("CO", "Bogotá"),
    "be-br.embassy-brasilia": ("BR", "Brasília"),
    "be-ar.embassy-buenos-aires": ("AR", "Buenos Aires"),
    "be-cu.embassy-havana": ("CU", "Havana"),
    "be-jm.embassy-kingston": ("JM", "Kingston"),
    "be-pe.embassy-lima": ("PE", "Lima"),
    "be-pa.embassy-panama-city": ("PA", "Panama City"),
    "be-cl.embassy-santiago": ("CL", "Santiago"),
}


def test_003_belgian_missions():
    facts = _curated("belgium-fpsfa-lac")
    embassies = facts["be-lac.embassies"]
    assert embassies["parties"] == ["BE", "LAC"]
    assert embassies["values"] == {"count": 8, "unit": "embassies"}
    assert {(p["name"], p["country"]) for p in embassies["places"]} == {
        (city, country) for country, city in BELGIAN_EMBASSIES.values()
    }
    for fid, (country, city) in BELGIAN_EMBASSIES.items():
        assert facts[fid]["parties"] == ["BE", country]
        assert facts[fid]["places"] == [{"name": city, "country": country}]
        assert facts[fid]["topic"] == "missions"
    consulates = facts["be-lac.consulates-general"]
    assert consulates["values"]["count"] == 2
    assert {p["name"] for p in consulates["places"]} == {"Rio de Janeiro", "São Paulo"}
    for fid in ("be-br.consulate-general-rio-de-janeiro", "be-br.consulate-general-sao-paulo"):
        assert facts[fid]["parties"] == ["BE", "BR"]


def test_003_belgian_trade_2020():
    facts = _curated("belgium-fpsfa-lac")
    imports = facts["be-lac.imports-2020"]["values"]
    assert imports == {
        "amount": 5032900000, "currency": "EUR", "year": 2020, "share_pct": 1.4,
        "share_of": "imports of BE", "direction": "imports", "reporter": "BE", "partner": "LAC",
        "attributed_to": "Foreign Trade Agency",
    }
    exports = facts["be-lac.exports-2020"]["values"]
    assert (exports["amount"], exports["currency"], exports["year"]) == (5523100000, "EUR", 2020)
    assert (exports["share_pct"], exports["share_of"]) == (1.5, "exports of BE")
    assert facts["be-lac.imports-2020"]["date"] == "2020"


def test_003_eu_and_region():
    facts = _curated("belgium-fpsfa-lac")
    assert facts["eu-lac.agreements"]["parties"] == ["EU", "LAC"]
    assert facts["eu-lac.agreements"]["topic"] == "treaty"
    lac = _groups()["LAC"]
    assert lac["category"] == "region"
    assert set(lac["members"]) == {"AR", "BR", "CL", "CO", "CU", "JM", "PA", "PE", "VE"}
    assert "wider" in lac["note"]
    assert "Latin America" in lac["aliases"]


# --- 004: the seventh Mexico–Belize Binational Commission (InSight Crime) ----------------------


def test_004_binational_commission():
    facts = _curated("insightcrime-mexico-belize-2012")
    seventh = facts["bz-mx.binational-commission-7"]
    assert seventh["parties"] == ["BZ", "MX"]
    assert seventh["date"] == "2012-08-30/2012-08-31"
    assert seventh["kind"] == "meeting"
    assert "Commercial Free Zone" in seventh["text"]
    assert "infer" in seventh["note"]
    previous = facts["bz-mx.binational-commission-2010"]
    assert (previous["date"], previous["kind"]) == ("2010-10", "meeting")
    assert "El Universal" in facts["bz-mx.commission-information-sharing"]["note"]
    assert facts["bz-mx.insightcrime-assessment"]["text"].startswith("InSight Crime assessed")


def test_004_us_belize_security():
    facts = _curated("insightcrime-mexico-belize-2012")
    treasury = facts["bz-us.treasury-sinaloa-designations"]
    assert (treasury["parties"], treasury["date"], treasury["kind"]) == (["BZ", "US"], "2012-08", "designation")
    assert treasury["values"]["count"] == 3
    assert "Sinaloa" in treasury["text"]
    listing = facts["bz-us.transit-listing-2011"]
    assert (listing["date"], listing["kind"]) == ("2011", "designation")
    estimate = facts["bz-us.cocaine-estimate-2011"]["values"]
    assert (estimate["count"], estimate["unit"]) == (10, "tonnes of cocaine a year")
    assert estimate["unit_as_stated"] == "tons"
    assert "Zetas" in facts["bz-us.zetas-concern-2011"]["text"]


def test_2011_listing_agrees_across_sources():
    wikipedia = _curated("wikipedia-belize-colombia")["bz-us.drug-list-2011"]
    insight = _curated("insightcrime-mexico-belize-2012")["bz-us.transit-listing-2011"]
    assert wikipedia["date"] == insight["date"] == "2011"
    assert not wikipedia.get("conflicts_with") and not insight.get("conflicts_with")


# --- Integrity over every fact in data/ ------------------------------------------------------


def test_fact_ids_unique_across_data():
    seen: dict[str, int] = {}
    for fact in _all_facts():
        seen[fact["id"]] = seen.get(fact["id"], 0) + 1
    duplicates = sorted(fid for fid, n in seen.items() if n > 1)
    assert not duplicates


def test_fact_shape():
    for fact in _all_facts():
        assert FACT_ID.match(fact["id"]), fact["id"]
        assert len(fact["parties"]) == 2 and fact["parties"][0] != fact["parties"][1], fact["id"]
        assert fact["text"].strip(), fact["id"]
        assert fact["sources"], fact["id"]
        if "kind" in fact:
            assert fact["kind"] in EVENT_KINDS, fact["id"]
        for place in fact.get("places", []):
            assert "name" in place and set(place) <= {"name", "country", "key"}, fact["id"]


def test_fact_dates_have_documented_forms():
    for fact in _all_facts():
        if "date" in fact:
            _check_date(fact["date"])


def test_fact_topics_exist():
    topics = {t["id"] for t in _load(DATA / "topics.toml")["topic"]}
    for fact in _all_facts():
        assert fact["topic"] in topics, fact["id"]


def test_fact_sources_exist():
    known = {s["id"] for path in _all_files() for s in _load(path).get("source", [])}
    for fact in _all_facts():
        assert set(fact["sources"]) <= known, fact["id"]
    for group in _groups().values():
        assert set(group.get("sources", [])) <= known, group["code"]


def test_conflicts_exist_and_are_symmetric():
    facts = {f["id"]: f for f in _all_facts()}
    for fid, fact in facts.items():
        for other in fact.get("conflicts_with", []):
            assert other in facts, f"{fid} conflicts with unknown {other}"
            assert fid in facts[other].get("conflicts_with", []), f"{other} does not name {fid} back"
            assert fact.get("note"), f"{fid}: a conflict needs a note"


def test_groups_are_well_formed():
    groups = _groups()
    assert {"CARICOM", "EU", "OAS", "CELAC", "LAC", "CENTRAL-AMERICA", "CARSI", "CBSI",
            "CAFTA-DR", "MESOAMERICA-PROJECT"} <= set(groups)
    for code, group in groups.items():
        assert group["kind"] == "group"
        assert code == code.upper() and (len(code) >= 3 or code == "EU"), code
        assert group["category"] in {"bloc", "region", "organisation", "programme"}, code
        assert group["sources"], code
        assert group.get("note"), code


COUNTRIES = DATA / "countries.toml"


def test_every_shipped_data_file_is_present():
    """A shipped file that goes missing fails here, whatever the other tests skip or read."""
    from relations import dyadic

    required = [DATA / name for name in ("topics.toml", "countries.toml", "groups.toml", "sources.toml")]
    required += [CURATED / name for name in SOURCE_FILES.values()]
    required += [DATA / folder / "sources.toml" for folder in ("factbook", "rdcr")]
    for dataset in dyadic.DATASETS:
        required += [DATA / "dyadic" / dataset / name for name in ("sources.toml", "report.md")]
    required += [DATA / "dyadic" / dataset / f"{table}.tsv" for dataset, table in dyadic.PAIR_TABLES]
    missing = [str(path.relative_to(DATA)) for path in required if not path.is_file() or not path.stat().st_size]
    assert not missing, f"shipped data files missing or empty: {missing}"


def test_group_codes_are_not_country_codes():
    countries = [p for p in _load(COUNTRIES)["party"] if p["kind"] == "country"]
    iso = {p["code"] for p in countries} | {p["alpha3"] for p in countries}
    assert not set(_groups()) & iso


def test_parties_exist():
    parties = _parties()
    for fact in _all_facts():
        for code in fact["parties"]:
            assert code in parties, f"{fact['id']}: unknown party {code}"
        for place in fact.get("places", []):
            if "country" in place:
                assert parties.get(place["country"], {}).get("kind") == "country", fact["id"]
        for key in ("reporter", "partner"):
            if key in fact.get("values", {}):
                assert fact["values"][key] in parties, fact["id"]
    for group in _groups().values():
        for member in group.get("members", []):
            assert parties.get(member, {}).get("kind") == "country", f"{group['code']}: {member}"
