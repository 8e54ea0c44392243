"""`relations map COUNTRY --by ASPECT`: the plain map (a golden file), colour, SVG and HTML export,
the machine forms, and errors. The map's data are the shipped ones (data/maps/, data/dyadic/).

To regenerate the golden file after an intended change, run

    RELATIONS_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -n0 tests/test_map_command.py

and review the diff of tests/golden/ before committing.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import REPO

GOLDEN = Path(__file__).parent / "golden" / "map-colombia-distance-80.plain.txt"
VISAS_GOLDEN = Path(__file__).parent / "golden" / "map-colombia-visas-80.plain.txt"


def test_the_plain_map_at_80_columns_matches_its_golden_file(cli):
    result = cli("map", "colombia", "--by", "distance", "--width", "80")
    assert result.exit_code == 0, result.stderr
    if os.environ.get("RELATIONS_UPDATE_GOLDEN"):
        GOLDEN.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == GOLDEN.read_text(encoding="utf-8"), "see the module docstring to regenerate"
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "\x1b" not in result.stdout


def test_the_plain_map_reads_without_colour(cli):
    text = cli("map", "colombia", "--by", "distance", "--width", "80").stdout
    lines = text.splitlines()
    assert lines[0] == "Colombia: distance between capitals"
    assert "@" in "".join(lines[2:18])  # Colombia itself
    assert "█ under 1,000 km" in text and "· no distance recorded" in text
    assert "Too small to draw at 80 columns" in text
    assert "Crimea as Ukraine's" in text
    assert text.rstrip().endswith("Map: Made with Natural Earth.")


def test_wider_terminals_get_a_finer_map(cli):
    narrow = cli("map", "japan", "--by", "distance", "--width", "80").stdout
    wide = cli("map", "japan", "--by", "distance", "--width", "160").stdout
    assert max(len(line) for line in wide.splitlines()[:40]) > 100
    assert wide.count("\n") > narrow.count("\n")
    # Below the narrowest raster the 80-column map is drawn all the same.
    assert cli("map", "japan", "--by", "distance", "--width", "60").stdout.splitlines()[2:18] == narrow.splitlines()[2:18]


def test_the_colour_map_uses_half_blocks_and_colour(cli, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "xterm-256color")
    result = cli("map", "colombia", "--by", "distance", "--color", "always", "--width", "80")
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" in result.stdout and "▀" in result.stdout
    assert "Made with Natural Earth" in result.stdout


def test_without_colour_the_terminal_view_shades_with_characters(cli):
    """NO_COLOR (set for every test) with --color always: the Rich path, but the plain shading."""
    result = cli("map", "colombia", "--by", "distance", "--color", "always", "--width", "80")
    assert result.exit_code == 0 and "▀" not in result.stdout and "\x1b" not in result.stdout
    assert result.stdout == GOLDEN.read_text(encoding="utf-8")


def test_an_unknown_aspect_lists_the_valid_ones_and_exits_2(cli):
    from relations.model import ASPECTS

    result = cli("map", "colombia", "--by", "votes-ish")
    assert result.exit_code == 2
    assert "unknown aspect 'votes-ish'" in result.stderr
    assert ", ".join(ASPECTS) in result.stderr  # the same vocabulary as partners


def test_the_plain_visas_map_at_80_columns_matches_its_golden_file(cli):
    result = cli("map", "colombia", "--by", "visas", "--width", "80")
    assert result.exit_code == 0, result.stderr
    if os.environ.get("RELATIONS_UPDATE_GOLDEN"):
        VISAS_GOLDEN.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == VISAS_GOLDEN.read_text(encoding="utf-8"), "see the module docstring to regenerate"
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "\x1b" not in result.stdout
    text = result.stdout
    assert text.splitlines()[0] == "Colombia: what its passport needs to enter each country"
    assert "█ visa-free (" in text and ": visa required (" in text and "· no rule recorded" in text
    assert "what Colombia's passport needs to enter each country" in text and "As of 2025-01-12." in text
    # NO_COLOR with --color always: the terminal path draws the same characters.
    assert cli("map", "colombia", "--by", "visas", "--color", "always", "--width", "80").stdout == text


def test_the_visas_map_in_colour(cli, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "xterm-256color")
    result = cli("map", "colombia", "--by", "visas", "--color", "always", "--width", "80")
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" in result.stdout and "▀" in result.stdout and "visa-free (" in result.stdout


def test_every_map_is_the_partners_reading(cli):
    """Each partner's colour is its value in `partners --by ASPECT --json`: a category, or the band
    its number falls in; partners with no value and states with no shape today are not coloured."""
    from relations.commands.maps import MAP_ASPECTS
    from relations.model import ASPECTS

    for aspect in ASPECTS:
        listed = cli("partners", "colombia", "--by", aspect, "--json").json()
        drawn = cli("map", "colombia", "--by", aspect, "--json").json()
        assert drawn["aspect"] == aspect and drawn["command"] == "map"
        labels = {entry["category"]: entry["label"] for entry in drawn["legend"]}
        partners = {p["code"]: p for p in drawn["partners"]}
        expected = {}
        for row in listed["partners"]:
            if listed["categories"]:
                if row["category"] is not None:
                    expected[row["code"]] = listed["categories"].index(row["category"])
            elif row["number"] is not None:
                bands = MAP_ASPECTS[aspect].bands
                expected[row["code"]] = next(i for i, (_l, low, high) in enumerate(bands)
                                             if (low is None or row["number"] >= low) and (high is None or row["number"] < high))
        assert {code: p["category"] for code, p in partners.items()} == {c: expected[c] for c in partners}, aspect
        assert set(partners) <= set(expected), aspect
        unshaped = [row["name"] for row in listed["partners"] if row["code"] in set(expected) - set(partners)]
        if unshaped:  # states of the past: named under the map instead
            note = next(n for n in drawn["notes"] if n.startswith("Not on the map"))
            assert all(name in note for name in unshaped), aspect
        assert all(p["label"] == labels[p["category"]] for p in partners.values())
        assert {s["id"] for s in drawn["sources"]} == {s["id"] for s in listed["sources"]} | {"natural-earth"}


def test_a_few_countries_get_the_right_visa_category(cli):
    from relations.commands.maps import MAP_ASPECTS

    listed = {row["code"]: row["category"] for row in cli("partners", "colombia", "--by", "visas", "--json").json()["partners"]}
    drawn = {p["code"]: p["label"] for p in cli("map", "colombia", "--by", "visas", "--json").json()["partners"]}
    assert listed["MX"] == "visa-free" and drawn["MX"] == "visa-free"
    for code in ("US", "CN", "ES", "GB", "IN", "BR"):
        assert drawn[code] == MAP_ASPECTS["visas"].labels[listed[code]], code
    document = cli("map", "colombia", "--by", "visas", "--json").json()
    assert [entry["label"] for entry in document["legend"]][:2] == ["visa-free", "visa on arrival"]
    assert document["ordered"] is True
    assert cli("map", "colombia", "--by", "disputes", "--json").json()["ordered"] is False


def test_historical_partners_are_named_not_drawn(cli):
    document = cli("map", "colombia", "--by", "conflicts", "--json").json()
    listed = cli("partners", "colombia", "--by", "conflicts", "--json").json()["partners"]
    codes = {p["code"] for p in document["partners"]}
    historical = [row for row in listed if row["code"] not in codes and row["number"] is not None]
    assert [row["name"] for row in historical] == ["Soviet Union"]
    note = next(n for n in document["notes"] if n.startswith("Not on the map"))
    assert all(row["name"] in note for row in historical)


def test_the_visas_svg_is_vector_shapes_coloured_by_category(cli, tmp_path):
    from relations.render.worldmap import ORDERED_COLOURS

    path = tmp_path / "visas.svg"
    assert cli("map", "colombia", "--by", "visas", "--export", str(path)).exit_code == 0
    root = ElementTree.fromstring(path.read_text(encoding="utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    mexico = next(e for e in root.iter() if e.get("data-party") == "MX")
    assert mexico.tag == f"{ns}path" and mexico.find(f"{ns}title").text == "Mexico: visa-free"
    assert mexico.get("fill") == ORDERED_COLOURS[0]
    texts = " ".join(e.text or "" for e in root.iter(f"{ns}text"))
    assert "visa-free (" in texts and "what Colombia's passport needs" in texts


def test_a_group_is_refused(cli):
    result = cli("map", "eu", "--by", "distance")
    assert result.exit_code == 2 and "one country" in result.stderr


def test_json_lists_every_partner_with_its_category(cli):
    document = cli("map", "colombia", "--by", "distance", "--json").json()
    assert document["command"] == "map" and document["country"] == {"code": "CO", "name": "Colombia"}
    assert [entry["label"] for entry in document["legend"]][0] == "under 1,000 km"
    partners = {p["code"]: p for p in document["partners"]}
    assert partners["VE"]["label"] == "1,000–2,999 km" and partners["PA"]["category"] == 0
    assert "CO" not in partners
    assert sum(entry["count"] for entry in document["legend"]) == len(partners)
    assert {s["id"] for s in document["sources"]} == {"cepii-geodist", "natural-earth"}
    csv = cli("map", "colombia", "--by", "distance", "--format", "csv").stdout.splitlines()
    assert csv[0] == "code,name,category,label" and len(csv) == len(partners) + 1


def test_the_source_is_credited(cli):
    document = cli("sources", "--json").json()
    source = next(s for s in document["sources"] if s["id"] == "natural-earth")
    assert source["credit"] == "Made with Natural Earth" and "public domain" in source["licence"].lower()


@pytest.fixture(scope="module")
def svg_export(tmp_path_factory):
    return tmp_path_factory.mktemp("export")


def test_svg_export_is_vector_shapes_one_per_drawn_party(cli, tmp_path):
    path = tmp_path / "colombia.svg"
    result = cli("map", "colombia", "--by", "distance", "--export", str(path))
    assert result.exit_code == 0, result.stderr
    root = ElementTree.fromstring(path.read_text(encoding="utf-8"))  # well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    shapes = [e for e in root.iter() if e.get("data-party")]
    codes = [e.get("data-party") for e in shapes]
    assert len(codes) == len(set(codes)), "one shape per party"
    from relations.dataset.maps import world_map

    assert set(codes) == {s.code for s in world_map(str(REPO / "data")).shapes()}
    colombia = next(e for e in shapes if e.get("data-party") == "CO")
    assert colombia.tag == f"{ns}path" and colombia.find(f"{ns}title").text == "Colombia: the country mapped"
    venezuela = next(e for e in shapes if e.get("data-party") == "VE")
    assert venezuela.find(f"{ns}title").text == "Venezuela: 1,000–2,999 km"
    texts = " ".join(e.text or "" for e in root.iter(f"{ns}text"))
    assert "Made with Natural Earth" in texts and "under 1,000 km" in texts and "Crimea as Ukraine's" in texts
    assert "<rect" in path.read_text() and "font-family" in path.read_text()


def test_html_export_wraps_the_svg_with_every_partner(cli, tmp_path):
    path = tmp_path / "colombia.html"
    assert cli("map", "colombia", "--by", "distance", "--export", str(path)).exit_code == 0
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "Venezuela" in page
    assert "Made with Natural Earth" in page


def test_the_map_s_layers_hold(cli):
    """The renderer takes only a MapView: any aspect the lead adds draws the same way."""
    from relations.commands.maps import MapData, MapView
    from relations.dataset.maps import world_map
    from relations.model import Party
    from relations.render import worldmap

    data = MapData(country="BR", aspect_label="a test", legend=(("yes", 1), ("no", 0)), values={"AR": 1, "CL": 0, "VA": 1},
                   notes=("A note.",), ordered=False)
    view = MapView(data, Party("BR", "country", "Brazil"), "test", {"AR": "Argentina", "CL": "Chile", "VA": "Vatican City"},
                   world_map(str(REPO / "data")))
    text = worldmap.plain(view, 80)
    assert "# yes (2)" in text and "% no (1)" in text and "Vatican City" in text  # too small: listed
    assert "A note." in text
    ElementTree.fromstring(worldmap.svg(view))
