"""Reviewed tables for the world-map importer (importers/maps.py): how Natural Earth's shapes become
the project's parties.

Natural Earth draws de facto lines and its own list of "countries"; the map follows the parties of
data/countries.toml (ISO 3166-1 entries, and Kosovo under its user-assigned code XK). Each choice
below has its reason; `READER` is the short line the map prints under itself for what was redrawn.
A rule that matches no shape, or a shape no rule or code accounts for, stops the importer.
"""

from __future__ import annotations

# Shapes of the 1:50m file that carry no ISO numeric id, by their Natural Earth name -> (party code,
# or None for land drawn as no party's, reason). A shape named here with a party is drawn as that
# party's; POLYGON_RULES below may still move single polygons of it.
UNNAMED_SHAPES: dict[str, tuple[str | None, str]] = {
    "Kosovo": ("XK", "Kosovo is a party of its own here (code XK, user-assigned, with a Factbook page and "
                     "the Office of the Historian's guide entry); the shape has no ISO numeric id because "
                     "ISO 3166-1 has no Kosovo entry."),
    "Somaliland": ("SO", "The project has no Somaliland party; its self-declared state is not an ISO 3166-1 "
                         "entry, and ISO 3166-2 lists its regions (Awdal, Woqooyi Galbeed, Togdheer, Sanaag, "
                         "Sool) as subdivisions of Somalia, so it is drawn as Somalia's."),
    "N. Cyprus": ("CY", "The project has no Northern Cyprus party; ISO 3166-1 has no entry for it and "
                        "ISO 3166-2 lists its districts (Keryneia, and parts of Lefkosia, Ammochostos) as "
                        "subdivisions of Cyprus, so it is drawn as Cyprus's."),
    "Indian Ocean Ter.": ("CX", "Natural Earth joins Christmas Island and the Cocos (Keeling) Islands in one "
                                "shape; both are parties here (CX, CC), so the shape is split by polygon "
                                "(POLYGON_RULES): Christmas Island stays here, Cocos moves to CC."),
    "Siachen Glacier": (None, "Disputed between India and Pakistan, with no party of its own and no id in "
                              "Natural Earth; the project's data say nothing of whose it is, so it is drawn "
                              "as land of no party rather than given to either side."),
}

# Single polygons moved from one shape to another party: (Natural Earth shape name, box
# (west, east, south, north) in degrees that the polygon's outer-ring box centre falls in, party,
# short name for the map's line, reason). Each rule must move at least one polygon.
POLYGON_RULES: tuple[tuple[str, tuple[float, float, float, float], str, str, str], ...] = (
    ("Russia", (32.0, 37.0, 44.0, 46.5), "UA", "Crimea",
     "Natural Earth draws Crimea (the polygon holding Simferopol and Sevastopol) inside Russia's shape, as "
     "held since 2014. The project's parties are ISO 3166 entries, and ISO 3166-2 lists the Autonomous "
     "Republic of Crimea (UA-43) and Sevastopol (UA-40) as subdivisions of Ukraine, so it is drawn as "
     "Ukraine's. In the 1:50m file Crimea is a polygon of its own (its land border is the Perekop "
     "isthmus, an arc shared with Ukraine's shape), so no new outline is needed."),
    ("France", (-55.0, -51.0, 2.0, 6.0), "GF", "French Guiana",
     "An ISO 3166-1 entry and a party of its own here (GF); Natural Earth's shape of France includes it."),
    ("France", (-62.0, -61.0, 15.8, 16.6), "GP", "Guadeloupe",
     "An ISO 3166-1 entry and a party of its own here (GP); Natural Earth's shape of France includes it."),
    ("France", (-61.3, -60.7, 14.3, 14.9), "MQ", "Martinique",
     "An ISO 3166-1 entry and a party of its own here (MQ); Natural Earth's shape of France includes it."),
    ("France", (55.0, 56.0, -21.5, -20.7), "RE", "Réunion",
     "An ISO 3166-1 entry and a party of its own here (RE); Natural Earth's shape of France includes it."),
    ("France", (44.9, 45.4, -13.1, -12.5), "YT", "Mayotte",
     "An ISO 3166-1 entry and a party of its own here (YT); Natural Earth's shape of France includes it."),
    ("Norway", (10.0, 35.0, 74.0, 81.0), "SJ", "Svalbard and Jan Mayen",
     "An ISO 3166-1 entry and a party of its own here (SJ); Natural Earth's shape of Norway includes the "
     "Svalbard archipelago and Bear Island (every polygon of the shape north of 74°N; the mainland's "
     "islands end near 71.2°N)."),
    ("Norway", (-10.0, -7.0, 70.5, 71.5), "SJ", "Svalbard and Jan Mayen",
     "Jan Mayen, part of the same ISO 3166-1 entry (SJ), is also in Natural Earth's shape of Norway."),
    ("Netherlands", (-69.0, -62.0, 11.5, 18.0), "BQ", "Bonaire, Sint Eustatius and Saba",
     "An ISO 3166-1 entry and a party of its own here (BQ); Natural Earth's shape of the Netherlands "
     "includes the three islands."),
    ("New Zealand", (-173.0, -171.0, -10.0, -8.0), "TK", "Tokelau",
     "An ISO 3166-1 entry and a party of its own here (TK); Natural Earth's shape of New Zealand includes "
     "two of its atolls."),
    ("Indian Ocean Ter.", (96.0, 97.5, -12.5, -11.8), "CC", "Cocos (Keeling) Islands",
     "An ISO 3166-1 entry and a party of its own here (CC); see UNNAMED_SHAPES."),
)

# Polygons split along a parallel, the part south of it drawn as another party's: (Natural Earth
# shape name, latitude, party, short name for the map's line, reason). Each must split a polygon.
SPLIT_RULES: tuple[tuple[str, float, str, str, str], ...] = (
    ("Morocco", 27.0 + 40 / 60, "EH", "Western Sahara",
     "Natural Earth's shape of Morocco takes in the part of Western Sahara that Morocco administers (west "
     "of the berm, down to 21.4°N), and its Western Sahara shape is only the strip east of it. Western "
     "Sahara is an ISO 3166-1 entry and a party here (EH), so the whole territory is drawn as its: the part "
     "of Morocco's polygon south of 27°40′N, the parallel that divides Morocco from Western Sahara (Morocco "
     "proper has no land south of it), moves to EH."),
)

# De facto lines the map keeps as Natural Earth draws them, for want of an outline to redraw them
# with; the map's line says so. Each is a judgement to review.
KEPT: dict[str, str] = {
    "Golan Heights": "Drawn inside Israel's shape, as Natural Earth does; the 1:50m file has no outline of its "
                     "own for it, and the project's parties say nothing of it.",
    "Kashmir": "Natural Earth draws the line of control between India and Pakistan and puts Aksai Chin in "
               "China's shape; the claims overlap and no party's data says where to draw them.",
}

# ISO numeric ids whose party is a judgement rather than ISO 3166-1's own alpha-2 code.
NUMERIC_EXCEPTIONS: dict[str, tuple[str, str]] = {}

# Parties not drawn at all, with the reason (they go in the list beside the map if they have a value).
NOT_DRAWN: dict[str, str] = {
    "AQ": "Antarctica is cropped from the map (south of 60°S) to give the inhabited latitudes the room.",
}

# The map's line for what was redrawn: reader words, no codes.
READER = ("Redrawn from Natural Earth's de facto lines to follow this reference's parties: Crimea as Ukraine's; "
          "Kosovo as its own; Somaliland as Somalia's; Northern Cyprus as Cyprus's; the Siachen Glacier as no "
          "party's; French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Svalbard and Jan Mayen, the "
          "Caribbean Netherlands, Tokelau, and the Cocos Islands as their own; Western Sahara whole, "
          "with the part Morocco administers. Kept as Natural Earth draws them: the Golan Heights in Israel's "
          "shape, the line of control in Kashmir, Aksai Chin in China's.")
