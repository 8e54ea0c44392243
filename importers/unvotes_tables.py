"""Reviewed, hand-made tables for `importers.unvotes`.

Everything here is a decision a person made and can review; the importer applies it mechanically.

The source (un_votes.csv.gz) names each voting state by `country_code` (ISO 3166-1 alpha-2, or
empty) and `country` (an English short name). Every (code, name) pair the source uses is either

- mapped by its code: the code is a country in data/countries.toml and the name resolves to the
  same party through the party-name index (or is listed in NAME_CHECKED); or
- listed in SPANS below: split by date between parties, or left out (party None) with the reason.

The importer fails on a (code, name) pair that is in neither, so a new one gets a review.

The rule the decisions follow, in this order:
1. the votes of a state that no longer exists go to its historical party where the project has one
   (data/rdcr/parties.toml: H-SOVIET-UNION, H-YUGOSLAVIA, H-CZECHOSLOVAKIA, H-EAST-GERMANY);
2. otherwise, where the UN counts today's member as the same membership (the UN's list of member
   states gives today's state the predecessor's date of admission), to today's state, with a note
   that the facts carry (PARTY_NOTES in src/relations/dyadic/unvotes.py says the same);
3. otherwise they are left out, and the report says which party would let them in.
"""

from __future__ import annotations

# A span: (first day, day after the last, party code or None, reason). Days are ISO dates compared
# with the roll call's `date` in un_roll_calls.csv; "" means open. A (code, name) pair listed here
# must cover every date with exactly one span (the importer checks).
Span = tuple[str, str, str | None, str]

SPANS: dict[tuple[str, str], list[Span]] = {
    # ---- empty country_code: a careless reader would drop these rows as missing codes ----------
    ("", "Federal Republic of Germany"): [
        ("", "", "DE", "West Germany (1973-1990; the source also uses this name for united Germany "
                       "until December 1990). The GDR acceded to the Federal Republic on 3 October 1990: "
                       "the Federal Republic is today's Germany, and the UN counts Germany's membership "
                       "from the Federal Republic's admission on 18 September 1973."),
    ],
    ("", "Yemen Arab Republic"): [
        ("", "", "YE", "North Yemen (1947-1990; the source keeps the name until December 1990, after "
                       "unification on 22 May 1990). The UN counts Yemen's membership from the Yemen Arab "
                       "Republic's admission on 30 September 1947, and ISO code YE was the Yemen Arab "
                       "Republic's before it was united Yemen's. No H- party for North Yemen exists."),
    ],
    ("", "Zanzibar"): [
        ("", "", None, "Zanzibar was a UN member from 16 December 1963 until its union with Tanganyika "
                       "(26 April 1964); the source has 2 of its votes (1963). It voted beside Tanganyika "
                       "(TZ) on the same roll calls, so it cannot be TZ; the project has no H-ZANZIBAR party."),
    ],
    # ---- codes whose state changed while the code stayed ---------------------------------------
    ("RU", "Russia"): [
        ("", "1991-12-24", "H-SOVIET-UNION", "the Soviet Union's votes (1946-1991), which the source "
                                             "files under Russia's code"),
        ("1991-12-24", "", "RU", "the Russian Federation took over the USSR's seat on 24 December 1991"),
    ],
    ("YU", "Yugoslavia"): [
        ("", "1992-04-27", "H-YUGOSLAVIA", "the Socialist Federal Republic of Yugoslavia (1946-1991)"),
        ("1992-04-27", "2000-11-01", None, "the Federal Republic of Yugoslavia's delegation in the old "
                                           "seat (2 votes, 1992) before Resolution 47/1 ended its "
                                           "participation; the UN did not count the FRY as the SFRY's "
                                           "continuation, so neither H-YUGOSLAVIA nor RS fits"),
        ("2000-11-01", "2006-06-03", "RS", "the Federal Republic of Yugoslavia (from 2003 Serbia and "
                                           "Montenegro), admitted on 1 November 2000; Serbia continued "
                                           "that membership and the UN counts Serbia's from 1 November 2000. "
                                           "No H- party for Serbia and Montenegro exists"),
        ("2006-06-03", "", "RS", "Serbia, after Montenegro's independence (3 June 2006); the source keeps "
                                 "the name Yugoslavia and code YU to 2020"),
    ],
    ("TW", "Taiwan"): [
        ("", "", "TW", "the Republic of China, which held China's seat until Resolution 2758 "
                       "(25 October 1971); its government has been based in Taiwan since 1949 and is "
                       "the government of the party TW. Not CN: the People's Republic of China cast no "
                       "vote before November 1971. Review: the votes of 1946-1949 were cast while the "
                       "Republic of China governed the mainland."),
    ],
    ("TZ", "Tanzania"): [
        ("", "", "TZ", "Tanganyika until the union with Zanzibar (26 April 1964; named Tanzania on "
                       "1 November 1964); the UN counts Tanzania's membership from Tanganyika's "
                       "admission on 14 December 1961. Its votes before the union are all from 1961-1963."),
    ],
    ("BY", "Belarus"): [
        ("", "", "BY", "the Byelorussian SSR held a UN seat of its own from 1945; Belarus continued it "
                       "(the UN counts Belarus as an original member)"),
    ],
    ("UA", "Ukraine"): [
        ("", "", "UA", "the Ukrainian SSR held a UN seat of its own from 1945; Ukraine continued it "
                       "(the UN counts Ukraine as an original member)"),
    ],
    # ---- historical codes ---------------------------------------------------------------------
    ("CS", "Czechoslovakia"): [
        ("", "", "H-CZECHOSLOVAKIA", "Czechoslovakia (1946-1992); ISO 3166-3 CSHH"),
    ],
    ("DD", "German Democratic Republic"): [
        ("", "", "H-EAST-GERMANY", "East Germany (1973-1989); ISO 3166-3 DDDE"),
    ],
    ("YD", "Yemen People's Republic"): [
        ("", "", None, "South Yemen (People's Democratic Republic of Yemen, 1967-1990). Its union with "
                       "North Yemen made today's Yemen, but the UN counts Yemen's membership from North "
                       "Yemen's admission (mapped to YE), and both voted on the same roll calls, so it "
                       "cannot be YE; the project has no H-SOUTH-YEMEN party."),
    ],
}

# Names the party-name index does not resolve (after "&" -> "and", "St." -> "Saint" and dropping a
# parenthesis), checked by hand to be the country of the code they come with.
NAME_CHECKED: dict[tuple[str, str], str] = {
    ("VC", "St. Vincent & Grenadines"): "Saint Vincent and the Grenadines, without 'the'",
}

# Parties the source needs that the project lacks (the report lists them).
WISHED_PARTIES: dict[str, str] = {
    "H-SERBIA-AND-MONTENEGRO": "the Federal Republic of Yugoslavia / Serbia and Montenegro (1992-2006): would take "
                               "YU's 2 votes of 1992 and its votes of November 2000 to June 2006 (now mapped to RS)",
    "H-NORTH-YEMEN": "the Yemen Arab Republic (1947-1990): would take its votes, now mapped to YE",
    "H-SOUTH-YEMEN": "the People's Democratic Republic of Yemen (1967-1990): its votes are left out",
    "H-ZANZIBAR": "the People's Republic of Zanzibar (1963-1964): its 2 votes are left out",
}
