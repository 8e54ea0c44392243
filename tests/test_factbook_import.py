"""The Factbook importer: byte-for-byte reproducible, and a sample of facts checked against the raw profiles."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FACTBOOK = REPO.parent / "shared" / "factbook"
COMMITTED = REPO / "data" / "factbook"

if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib  # type: ignore[no-redef]

needs_factbook = pytest.mark.skipif(not FACTBOOK.is_dir(), reason=f"the raw Factbook is not at {FACTBOOK}")


@functools.cache
def _committed() -> dict:
    merged: dict = {"fact": {}, "membership": [], "party": {}}
    for path in sorted(COMMITTED.glob("*.toml")):
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        merged["fact"].update({f["id"]: f for f in doc.get("fact", [])})
        merged["membership"] += doc.get("membership", [])
        merged["party"].update({p["code"]: p for p in doc.get("party", [])})
    return merged


def committed(kind: str):
    return _committed()[kind]


def profile_locator(data: dict, gec: str, field: str) -> str:
    from importers.factbook import profile_locator as locator

    return locator(data, gec, field)


def profile(gec: str) -> dict:
    return json.loads(next(FACTBOOK.glob(f"*/{gec}.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rerun(tmp_path_factory):
    from importers.factbook import run

    out = tmp_path_factory.mktemp("factbook")
    report = run(FACTBOOK, out)
    return out, report


@needs_factbook
def test_rerun_is_byte_identical_to_committed_data(rerun):
    out, _ = rerun
    fresh = {p.name: p.read_bytes() for p in out.glob("*.toml")}
    kept = {p.name: p.read_bytes() for p in COMMITTED.glob("*.toml")}
    assert sorted(fresh) == sorted(kept)
    for name in fresh:
        assert fresh[name] == kept[name], f"{name} differs: re-run `python -m importers.factbook`"
    assert (out / "report.md").read_bytes() == (COMMITTED / "report.md").read_bytes(), \
        "report.md differs: re-run `python -m importers.factbook`"


@needs_factbook
def test_report_has_no_unresolved_partner_and_files_are_small(rerun):
    out, report = rerun
    assert report.partners_unresolved == []
    assert report.org_without_name == []
    assert max(p.stat().st_size for p in out.glob("*.toml")) < 2_000_000


@needs_factbook
def test_belize_guatemala_border():
    raw = profile("bh")["Geography"]["Land boundaries"]["border countries"]["text"]
    assert "Guatemala 266 km" in raw
    fact = committed("fact")["factbook.border.bz-gt"]
    assert fact["parties"] == ["BZ", "GT"] and fact["topic"] == "border"
    assert fact["values"]["length_km"] == 266
    assert "Belize: Geography > Land boundaries > border countries" in fact["locator"]


@needs_factbook
def test_france_germany_border():
    raw = profile("fr")["Geography"]["Land boundaries"]["border countries"]["text"]
    assert "Germany 418 km" in raw and "France 418 km" in profile("gm")["Geography"]["Land boundaries"]["border countries"]["text"]
    fact = committed("fact")["factbook.border.de-fr"]
    assert fact["values"]["length_km"] == 418 and "note" not in fact


@needs_factbook
def test_belize_exports_to_us():
    assert profile("bh")["Economy"]["Exports - partners"]["text"].startswith("USA 22%")
    fact = committed("fact")["factbook.exports.bz.us"]
    assert fact["parties"] == ["BZ", "US"] and fact["topic"] == "trade"
    assert fact["values"] == {"direction": "exports", "reporter": "BZ", "partner": "US", "share_pct": 22,
                              "year": 2023, "share_of": "exports of BZ", "rank": 1}
    assert fact["locator"] == "Belize: Economy > Exports - partners"


@needs_factbook
def test_belize_independence_from_the_uk():
    assert profile("bh")["Government"]["Independence"]["text"] == "21 September 1981 (from the UK)"
    fact = committed("fact")["factbook.independence.bz"]
    assert fact["parties"] == ["BZ", "GB"]
    assert fact["date"] == "1981-09-21" and fact["kind"] == "independence" and fact["topic"] == "history"


def test_independence_from_the_soviet_union_and_yugoslavia_names_the_historical_party(cli):
    facts = committed("fact")
    armenia = facts["factbook.independence.am.h-soviet-union"]
    assert armenia["parties"] == ["AM", "H-SOVIET-UNION"] and armenia["date"] == "1991-09-21"
    assert facts["factbook.independence.si.h-yugoslavia"]["date"] == "1991-06-25"
    # Lithuania's two entries: Germany (1918) keeps its id; the Soviet Union (1990) is a second fact.
    assert facts["factbook.independence.lt"]["parties"] == ["LT", "DE"]
    assert facts["factbook.independence.lt.h-soviet-union"]["date"] == "1990-03-11"
    # 1918's "Soviet Russia" is not the Soviet Union: no fact links Estonia's first independence to it.
    assert not [f for f in facts.values() if f["parties"][0] == "EE" and f.get("date", "").startswith("1918")]
    shown = cli("show", "armenia", "ussr", "--json").json()
    assert [f["id"] for f in shown["facts"] if f["topic"] == "history"] == ["factbook.independence.am.h-soviet-union"]


@needs_factbook
def test_france_and_germany_share_eu_nato_oecd():
    members = {(m["party"], m["group"]) for m in committed("membership") if m["status"] == "member"}
    for group in ("EU", "NATO", "OECD"):
        assert ("FR", group) in members and ("DE", group) in members, group
    for code in ("fr", "gm"):
        raw = profile(code)["Government"]["International organization participation"]["text"]
        assert all(f"{g}," in raw or raw.endswith(g) for g in ("EU", "NATO", "OECD"))
    assert committed("party")["NATO"]["name"] == "North Atlantic Treaty Organization"


@needs_factbook
def test_us_embassy_in_belize():
    raw = profile("bh")["Government"]["Diplomatic representation from the US"]["embassy"]["text"]
    fact = committed("fact")["factbook.us-mission.bz"]
    assert "Floral Park Road" in raw and "Floral Park Road" in fact["values"]["embassy"]
    assert fact["parties"] == ["BZ", "US"] and fact["topic"] == "missions"
    assert {"name": "Belmopan", "country": "BZ"} in fact["places"]


# -- military deployments, arms suppliers, independence (issue 13) -----------------------------

def _military(gec: str, field: str) -> str:
    from importers.factbook import clean

    return clean(profile(gec)["Military and Security"][field]["text"], br="; ")


@needs_factbook
def test_turkiye_troops_in_cyprus():
    raw = _military("tu", "Military deployments")
    assert "approximately 30,000 Cyprus" in raw and raw.endswith("(2025)")
    fact = committed("fact")["factbook.deployment.tr.cy"]
    assert fact["parties"] == ["TR", "CY"] and fact["topic"] == "security" and fact["date"] == "2025"
    assert fact["values"] == {"deployed_by": "TR", "host": "CY", "count": 30000, "unit": "personnel", "qualifier": "about"}
    assert fact["locator"] == "Turkey: Military and Security > Military deployments"
    assert "Northern Cyprus" in fact["note"]


@needs_factbook
def test_a_deployment_with_a_mission_and_police():
    raw = _military("bg", "Military deployments")
    assert "1,700 Democratic Republic of the Congo (MONUSCO; plus about 200 police)" in raw
    fact = committed("fact")["factbook.deployment.bd.cd"]
    assert fact["values"]["count"] == 1700 and fact["values"]["police"] == 200
    assert fact["values"]["mission"] == "MONUSCO" and fact["values"]["orgs"] == ["MONUSCO"]
    assert fact["date"] == "2024"


@needs_factbook
def test_every_deployment_segment_is_written_or_listed_with_a_reason(rerun):
    from importers.factbook import Importer

    _, report = rerun
    imp = Importer(FACTBOOK)
    imp.read_profiles()
    imp.map_profiles()
    facts = imp.deployments()
    unread = {(loc, text) for loc, text, _ in imp.report.deployments_unread}
    assert all(reason for _, _, reason in imp.report.deployments_unread)
    assert report.deployments_unread == imp.report.deployments_unread
    for gec, code, locator, segments, _ in imp.military_field("Military deployments"):
        for seg, where in segments:
            loc = locator + (" (note)" if where == "note" else "")
            decision = imp.deployment_readings(gec, seg)
            if decision is None or isinstance(decision, str):
                assert (loc, seg) in unread, (loc, seg)
            else:
                hosts = {h for r in decision for h in imp.deployment_hosts(r["host"])[0]}
                written = {f["parties"][1] for f in facts if f["parties"][0] == code}
                assert hosts and (hosts - {code}) <= written, (loc, seg)
    # every mission code names a group the data defines
    groups = set(committed("party")) | {p["code"] for p in tomllib.loads((REPO / "data" / "groups.toml").read_text("utf-8"))["party"]}
    assert {o for f in facts for o in f["values"].get("orgs", [])} <= groups


@needs_factbook
def test_pakistan_arms_mostly_from_china():
    raw = _military("pk", "Military equipment inventories and acquisitions")
    assert "the majority of its imported weapons are from China" in raw and raw.endswith("(2025)")
    assert "other suppliers include France, Russia" in raw
    facts = committed("fact")
    china = facts["factbook.arms.pk.cn"]
    assert china["parties"] == ["PK", "CN"] and china["topic"] == "security" and china["date"] == "2025"
    assert china["values"] == {"importer": "PK", "supplier": "CN", "role": "main"}
    assert china["locator"] == "Pakistan: Military and Security > Military equipment inventories and acquisitions"
    assert facts["factbook.arms.pk.fr"]["values"]["role"] == "supplier"
    # Pakistan's own defence industry is not a supplier of Pakistan
    assert "factbook.arms.pk.pk" not in facts
    # Russia imports from Iran and North Korea "to support its war on Ukraine": Ukraine is no supplier
    assert "war on Ukraine" in _military("rs", "Military equipment inventories and acquisitions")
    assert {"factbook.arms.ru.ir", "factbook.arms.ru.kp"} <= set(facts) and "factbook.arms.ru.ua" not in facts


@needs_factbook
def test_every_reviewed_deployment_reading_still_matches_a_segment():
    from importers import factbook_tables as tables
    from importers.factbook import Importer

    imp = Importer(FACTBOOK)
    imp.read_profiles()
    imp.map_profiles()
    segments = {gec: [seg for seg, _ in segs] for gec, _, _, segs, _ in imp.military_field("Military deployments")}
    for gec, decisions in tables.DEPLOYMENT_READINGS.items():
        for prefix, _ in decisions:
            assert any(seg.startswith(prefix) for seg in segments.get(gec, [])), (gec, prefix)


@needs_factbook
def test_soviet_era_equipment_names_the_soviet_union():
    raw = _military("er", "Military equipment inventories and acquisitions")
    assert "primarily of Soviet-era weapons" in raw
    fact = committed("fact")["factbook.arms.er.h-soviet-union"]
    assert fact["values"] == {"importer": "ER", "supplier": "H-SOVIET-UNION", "role": "main", "legacy": True}


@needs_factbook
def test_every_arms_entry_is_written_or_listed_with_a_reason(rerun):
    _, report = rerun
    facts = committed("fact")
    with_facts = {f["locator"] for f in facts.values() if f["id"].startswith("factbook.arms.")}
    listed = {loc for loc, _, reason in report.arms_unread if reason}
    for path in sorted(FACTBOOK.glob("*/*.json")):
        section = json.loads(path.read_text(encoding="utf-8")).get("Military and Security", {})
        if not section.get("Military equipment inventories and acquisitions"):
            continue
        loc = profile_locator(json.loads(path.read_text(encoding="utf-8")), path.stem,
                              "Military and Security > Military equipment inventories and acquisitions")
        if path.stem in report.mapped:
            assert loc in with_facts or loc in listed, loc


@needs_factbook
def test_norway_sweden_1905():
    raw = profile("no")["Government"]["Independence"]["text"]
    assert raw.startswith("7 June 1905 (union with Sweden declared dissolved); 26 October 1905 (Sweden agreed")
    fact = committed("fact")["factbook.independence.no"]
    assert fact["parties"] == ["NO", "SE"] and fact["date"] == "1905-06-07"
    assert fact["kind"] == "independence" and fact["topic"] == "history"
    assert "26 October 1905" in fact["text"] and fact["locator"] == "Norway: Government > Independence"


@needs_factbook
def test_a_mandate_is_independence_from_the_administering_state():
    raw = profile("iz")["Government"]["Independence"]["text"]
    assert raw == "3 October 1932 (from League of Nations mandate under British administration)"
    fact = committed("fact")["factbook.independence.iq"]
    assert fact["parties"] == ["IQ", "GB"] and fact["date"] == "1932-10-03"
    assert fact["values"] == {"mandate": "League of Nations", "administering_power": "GB"}
    # a trusteeship of three states names none of them
    assert not [f for f in committed("fact").values() if f["parties"][0] == "NR" and f.get("kind") == "independence"]


@needs_factbook
def test_pakistan_from_british_india_and_the_historical_parties():
    assert profile("pk")["Government"]["Independence"]["text"] == "14 August 1947 (from British India)"
    fact = committed("fact")["factbook.independence.pk.h-british-india"]
    assert fact["parties"] == ["PK", "H-BRITISH-INDIA"] and fact["date"] == "1947-08-14"
    parties = committed("party")
    assert parties["H-BRITISH-INDIA"]["kind"] == "historical" and parties["H-BRITISH-INDIA"]["sources"] == ["factbook"]
    assert parties["H-OTTOMAN-EMPIRE"]["successors"] == ["TR"]
    assert committed("fact")["factbook.independence.gr.h-ottoman-empire"]["date"] == "1830-02-03"
    # the parties importers.rdcr defines are not defined again
    rdcr = tomllib.loads((REPO / "data" / "rdcr" / "parties.toml").read_text("utf-8"))
    assert not {p["code"] for p in rdcr["party"]} & {c for c in parties if c.startswith("H-")}


@needs_factbook
def test_every_dated_independence_entry_gives_a_fact_or_a_reason(rerun):
    _, report = rerun
    facts = committed("fact").values()
    with_facts = {f["locator"] for f in facts if f["id"].startswith(("factbook.independence.", "factbook.history."))}
    listed = {loc for loc, _, reason in report.independence_skipped if reason}
    missing = []
    for gec in sorted(report.mapped):
        node = profile(gec).get("Government", {}).get("Independence")
        text = node.get("text", "") if isinstance(node, dict) else ""
        if not text or text.lower().startswith("none"):
            continue
        loc = profile_locator(profile(gec), gec, "Government > Independence")
        if loc not in with_facts and loc not in listed:
            missing.append(loc)
    assert missing == []
    assert not [r for r in report.independence_skipped if "no reviewed decision" in r[2]]


@needs_factbook
def test_india_pakistan_kashmir_named_from_the_military_notes_and_the_background(cli):
    """The final edition has no disputes field: Kashmir is named from the military notes of both
    profiles and Pakistan's background (reviewed readings), with the years they give."""
    raw = _military("in", "Military - note")
    assert "three of the wars have been over the disputed region of Jammu and Kashmir" in raw
    assert "revised in 2018, and reaffirmed in 2021" in raw and "seized by India in 1984" in raw
    assert "in 1947-48, 1965, and 1999 respectively -- over the Kashmir territory" in profile("pk")["Introduction"]["Background"]["text"]
    facts = committed("fact")
    kashmir = facts["factbook.dispute.in-pk.kashmir"]
    assert kashmir["values"] == {"wars": 4, "wars_over_kashmir": 3} and kashmir["date"] == "1947/2021"
    assert "Jammu and Kashmir" in kashmir["text"] and "2003" in kashmir["text"] and "2021" in kashmir["text"]
    assert facts["factbook.dispute.in-pk.siachen"]["date"] == "1984/1995"
    assert "1947–48 and 1965" in facts["factbook.dispute.in-pk.background"]["text"]
    shown = cli("show", "india", "pakistan", "--json").json()
    ids = [f["id"] for f in shown["facts"]]
    assert {"factbook.dispute.in-pk.kashmir", "factbook.dispute.in-pk.background", "factbook.dispute.in-pk.siachen",
            "factbook.dispute.in-pk.2025"} <= set(ids)
    assert any(i.startswith("conflicts.") for i in ids)  # UCDP's conflict 218, with its war years, beside them


@needs_factbook
def test_every_dispute_reading_matches_the_text_it_was_read_from(rerun):
    from importers import factbook_tables

    assert factbook_tables.DISPUTE_READINGS
    out, _ = rerun
    written = {f["id"] for f in tomllib.loads((out / "disputes.toml").read_text(encoding="utf-8"))["fact"]}
    assert written == set(factbook_tables.DISPUTE_READINGS)
