"""Reviewed, hand-made tables for `importers.alignment`.

Everything here is a decision a person made and can review; the importer applies it mechanically.

The source (idealpoints-1946-2025.tab) names each state by `ccode` (the Correlates of War number),
`iso3c` (ISO 3166-1 alpha-3) and `Countryname`, one row per state and year. Every (ccode, iso3c,
name) triple the source uses is either

- mapped by its alpha-3 code: the code is the `alpha3` of a country in data/countries.toml and the
  name resolves to the same party through the party-name index (or is listed in NAME_CHECKED); or
- listed in SPANS below: split by year between parties, or left out (party None) with the reason.

The importer fails on a triple that is in neither, so a new one gets a review.

The decisions are those of the roll-call importer (importers/unvotes_tables.py), so that a state's
ideal points and its votes belong to the same party: the Soviet Union's, Yugoslavia's,
Czechoslovakia's and East Germany's go to their historical parties; West Germany's and North
Yemen's to Germany and Yemen, whose UN memberships continue theirs; the Federal Republic of
Yugoslavia's from November 2000 to Serbia; South Yemen's and the Federal Republic of Yugoslavia's
of 1992 are left out. A test checks each year below against the roll-call mapping: the party
given here must be one the roll-call mapping gives for some day of that year.

The source's years are whole years; where a state changed within a year, the year goes to the
party that cast its votes (the span's reason says why).
"""

from __future__ import annotations

# A span: (first year, last year or None for open, party code or None, reason).
Span = tuple[int, int | None, str | None, str]

SPANS: dict[tuple[str, str, str], list[Span]] = {
    ("365", "RUS", "Russia"): [
        (1946, 1991, "H-SOVIET-UNION", "the Soviet Union's points, which the source files under Russia's "
                                       "code; the 1991 point is the Soviet Union's: the Russian Federation "
                                       "took over its seat on 24 December 1991, and every vote of 1991 in the "
                                       "roll-call data under that code comes before that day"),
        (1992, None, "RU", "the Russian Federation, in the Soviet Union's seat from 24 December 1991"),
    ],
    ("345", "YUG", "Yugoslavia"): [
        (1946, 1991, "H-YUGOSLAVIA", "the Socialist Federal Republic of Yugoslavia (1946-1991)"),
        (1992, 1999, None, "the Federal Republic of Yugoslavia's delegation in the old seat: the 1992 point "
                           "rests on 2 votes, and the roll-call data has 2 votes of that delegation in 1992 "
                           "(August and September, before Resolution 47/1 ended its participation), which the "
                           "roll-call mapping leaves out; the UN did not count the FRY as the SFRY's "
                           "continuation, so neither H-YUGOSLAVIA nor RS fits. The source has no point for "
                           "1993-1999"),
        (2000, None, "RS", "the Federal Republic of Yugoslavia (from 2003 Serbia and Montenegro), admitted on "
                           "1 November 2000, then Serbia from June 2006, which continued that membership; the "
                           "source names it Yugoslavia to 2025. No H- party for Serbia and Montenegro exists"),
    ],
    ("315", "CSK", "Czechoslovakia"): [
        (1946, None, "H-CZECHOSLOVAKIA", "Czechoslovakia (1946-1992)"),
    ],
    ("260", "DEU", "German Federal Republic"): [
        (1973, None, "DE", "West Germany (1973-1989). The GDR acceded to the Federal Republic on 3 October 1990: "
                           "the Federal Republic is today's Germany, and the UN counts Germany's membership from "
                           "the Federal Republic's admission on 18 September 1973. The source's next code for "
                           "Germany (255) starts in 1990, so no year has two points for Germany"),
    ],
    ("265", "DDR", "German Democratic Republic"): [
        (1973, None, "H-EAST-GERMANY", "East Germany (1973-1989)"),
    ],
    ("678", "YAR", "Yemen Arab Republic"): [
        (1947, None, "YE", "North Yemen (1947-1989). The UN counts Yemen's membership from the Yemen Arab "
                           "Republic's admission on 30 September 1947; the source's code for united Yemen (679) "
                           "starts in 1990, so no year has two points for Yemen. No H- party for North Yemen "
                           "exists"),
    ],
    ("680", "YMD", "Yemen People's Republic"): [
        (1967, None, None, "South Yemen (People's Democratic Republic of Yemen, 1967-1989). The UN counts "
                           "Yemen's membership from North Yemen's (mapped to YE), and both have points for the "
                           "same years, so it cannot be YE; the project has no H-SOUTH-YEMEN party. Its points "
                           "still count among the pairs of states of their year for percentiles"),
    ],
    ("713", "TWN", "Taiwan"): [
        (1946, None, "TW", "the Republic of China, which held China's seat until Resolution 2758 (25 October "
                           "1971); its government has been based in Taiwan since 1949 and is the government of "
                           "the party TW. Not CN: the People's Republic has its own code (710) from 1971"),
    ],
    ("510", "TZA", "Tanzania"): [
        (1961, None, "TZ", "Tanganyika until the union with Zanzibar (26 April 1964); the UN counts Tanzania's "
                           "membership from Tanganyika's admission on 14 December 1961"),
    ],
    ("370", "BLR", "Belarus"): [
        (1946, None, "BY", "the Byelorussian SSR held a UN seat of its own from 1945; Belarus continued it"),
    ],
    ("369", "UKR", "Ukraine"): [
        (1946, None, "UA", "the Ukrainian SSR held a UN seat of its own from 1945; Ukraine continued it"),
    ],
}

# Each SPANS key -> the (country_code, country) key of importers/unvotes_tables.SPANS that made the
# same decision for the roll calls (the test compares them year by year).
ROLL_CALL_KEYS: dict[tuple[str, str, str], tuple[str, str]] = {
    ("365", "RUS", "Russia"): ("RU", "Russia"),
    ("345", "YUG", "Yugoslavia"): ("YU", "Yugoslavia"),
    ("315", "CSK", "Czechoslovakia"): ("CS", "Czechoslovakia"),
    ("260", "DEU", "German Federal Republic"): ("", "Federal Republic of Germany"),
    ("265", "DDR", "German Democratic Republic"): ("DD", "German Democratic Republic"),
    ("678", "YAR", "Yemen Arab Republic"): ("", "Yemen Arab Republic"),
    ("680", "YMD", "Yemen People's Republic"): ("YD", "Yemen People's Republic"),
    ("713", "TWN", "Taiwan"): ("TW", "Taiwan"),
    ("510", "TZA", "Tanzania"): ("TZ", "Tanzania"),
    ("370", "BLR", "Belarus"): ("BY", "Belarus"),
    ("369", "UKR", "Ukraine"): ("UA", "Ukraine"),
}

# Names the party-name index does not resolve (after "&" -> "and", "St." -> "Saint", dropping a
# parenthesis and a " - " suffix), checked by hand to be the country of the alpha-3 code they
# come with.
NAME_CHECKED: dict[tuple[str, str, str], str] = {
    ("57", "VCT", "St. Vincent & Grenadines"): "Saint Vincent and the Grenadines, without 'the' (as the roll calls name it)",
}
