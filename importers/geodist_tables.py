"""Reviewed, hand-made tables for `importers.geodist` (CEPII GeoDist).

Everything here is a decision a person made and can review; the importer applies it mechanically.
Keep entries sorted within each table.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# ISO alpha-3 codes (CEPII's `iso_o`, `iso_d`, `iso3` and colonizer columns) -> party code: the
# exceptions. Every other code is mapped through the `alpha3` of data/countries.toml, and the
# importer checks that the party's alpha-2 code is the `iso2` that geo_cepii.csv gives. An entry
# here overrides that: a code maps the source's country, None leaves it out with the reason given.
# --------------------------------------------------------------------------------------------
CODE_EXCEPTIONS: dict[str, tuple[str | None, str]] = {
    # The Netherlands Antilles were dissolved on 10 October 2010 (ISO 3166-3 ANHH). Their
    # successors (Curaçao CW, Sint Maarten SX, and the islands of BQ) are other parties, and
    # data/rdcr/parties.toml has no historical party for the Antilles; the row cannot be split.
    "ANT": (None, "Netherlands Antilles: dissolved in 2010; no historical party in data/rdcr/parties.toml, "
                  "and its figures cannot be given to any one of its successors (CW, SX, BQ)"),
    # CEPII keeps the code of an earlier standard for Palestine; ISO 3166-1 has PS / PSE. The
    # source puts the capital at Gaza (see CAPITAL_NAMES).
    "PAL": ("PS", "CEPII's code for Palestine (iso2 PS); ISO 3166-1 alpha-3 is PSE"),
    # Romania's alpha-3 code was ROM until 2002, when ISO changed it to ROU.
    "ROM": ("RO", "Romania: ISO alpha-3 code before 2002 (now ROU); iso2 RO"),
    # East Timor's transitional ISO code (TP / TMP) was replaced by TL / TLS in 2002.
    "TMP": ("TL", "East Timor: ISO code before 2002 (TP / TMP), now Timor-Leste TL / TLS"),
    # Serbia and Montenegro (the Federal Republic of Yugoslavia until 2003) split in 2006. The
    # historical party H-YUGOSLAVIA in data/rdcr/parties.toml is the Kingdom and the SFRY up to
    # 1992, whose note says the United States did not accept the FRY as the SFRY's successor: it is
    # not this state. Nor can the row stand for Serbia (RS) alone: its borders (Albania, Bosnia and
    # Herzegovina, Croatia by the coast ...) and figures are those of the union with Montenegro.
    "YUG": (None, "Serbia and Montenegro (2003-2006): no historical party for it (H-YUGOSLAVIA is the state "
                  "that ended in 1992), and its contiguity and other figures are not Serbia's (RS) alone"),
    # Zaire's code ZR / ZAR was replaced by CD / COD in 1997, when the country was renamed the
    # Democratic Republic of the Congo; the source already names it so.
    "ZAR": ("CD", "Democratic Republic of the Congo: ISO code of Zaire before 1997 (ZR / ZAR), now CD / COD"),
}

# --------------------------------------------------------------------------------------------
# Countries mapped through countries.toml whose source row differs from the party in a way a
# reader should know. Reported; the mapping stands.
# --------------------------------------------------------------------------------------------
MAPPING_NOTES: dict[str, str] = {
    "BEL": ("the source names the row 'Belgium and Luxembourg' and gives the two countries' combined area "
            "(a trade-statistics convention); Luxembourg has a row of its own (LUX), capital distances are "
            "from Brussels, so the row is Belgium's for every figure read here"),
}

# --------------------------------------------------------------------------------------------
# Capital names shown in texts: the source's `city_en` of the row with cap = 1, except here.
# (name, note): name None = the name is not shown (the distance still is); a note, where given,
# goes with every distance fact of that country.
# --------------------------------------------------------------------------------------------
CAPITAL_NAMES: dict[str, tuple[str | None, str | None]] = {
    # Spellings: the source's name of the same city, with its parenthesised variant or without
    # "City" where the country has the same name.
    "AZE": ("Baku", None),                      # "Baku (Baki)"
    # city_en is "none"; the coordinates (27.17, -13.18) and city_fr "El Aioun" are Laayoune's.
    "ESH": (None, "The source names no capital for Western Sahara; it measures from Laayoune (El Aaiun)."),
    "GRL": ("Nuuk", None),                      # "Nuuk (Godthab)"
    "GTM": ("Guatemala City", None),            # "Guatemala"
    # The source gives Tel Aviv as the capital (cap = 1). Israel designates Jerusalem as its
    # capital, a status that is disputed; naming either city as "the capital" would take a side.
    "ISR": (None, "The source measures Israel's distances from Tel Aviv; Israel designates Jerusalem as its "
                  "capital, whose status is disputed."),
    "KIR": ("Tarawa", None),                    # "Tarawa (Bairiki)"
    "KWT": ("Kuwait City", None),               # "Kuwait"
    "MEX": ("Mexico City", None),               # "Mexico (Distrito Federal)"
    # Burma's government moved to Naypyidaw in 2005-2006, inside the data's time span.
    "MMR": ("Rangoon", "The source measures from Rangoon (Yangon); the seat of government moved to Naypyidaw in "
                       "2005-2006."),
    # The source places Palestine's capital at Gaza; Palestine claims East Jerusalem and its
    # government sits in Ramallah. The name is left out rather than taking a side.
    "PAL": (None, "The source measures Palestine's distances from Gaza; Palestine claims East Jerusalem as its "
                  "capital and its government sits in Ramallah."),
    "PAN": ("Panama City", None),               # "Panama"
    # The source names Serravalle, San Marino's largest town, as the capital (cap = 1).
    "SMR": (None, "The source measures from Serravalle, San Marino's largest town, not from the City of San "
                  "Marino, the capital."),
    "TCA": ("Cockburn Town", None),             # "Grand Turk (Cockburn Town)"
    # city_en is "N.A."; the coordinates (-9, -172) are a point in the atoll group.
    "TKL": (None, "The source names no city for Tokelau and gives rounded coordinates for the territory."),
    # Two rows are named "Dar es Salaam". The one marked cap = 1 (used for distances between
    # capitals) has the coordinates -6.17, 35.74, which are Dodoma's, the official capital; the
    # name in the source is that of the largest city (the other row, maincity = 1).
    "TZA": (None, "The source's capital coordinates for Tanzania are Dodoma's, but it names the city Dar es "
                  "Salaam; the name is left out."),
    "UKR": ("Kyiv", None),                      # "Kiev (Kyyiv)"
    "UZB": ("Tashkent", None),                  # "Tashkent (Toshkent)"
    "WLF": ("Mata-Utu", None),                  # "Mata-Utu (on Ile Uvea)"
}

# Largest-city names (capitals.tsv), where the source's largest city (maincity = 1) is not the
# capital: the source's `city_en`, except here.
LARGEST_CITY_NAMES: dict[str, str] = {
    "KAZ": "Almaty",     # the source writes "Alma-Ata (Almaty)"
    "TUR": "Istanbul",   # the source writes "Istambul"
}

# --------------------------------------------------------------------------------------------
# Language names shown in texts. Languages are matched by the source's own names (that is how
# CEPII matched them: the computed names agree with comlang_off and comlang_ethno everywhere);
# these are only the English spellings shown for the source's French-influenced or misspelt ones.
# --------------------------------------------------------------------------------------------
LANGUAGE_NAMES: dict[str, str] = {
    "Belarussian": "Belarusian",
    "Dzongha": "Dzongkha",
    "Quecha": "Quechua",
    "Tamoul": "Tamil",
    "Yorouba": "Yoruba",
    "Zoulou": "Zulu",
}

# --------------------------------------------------------------------------------------------
# Notes attached to single facts where a reviewer found the source's entry doubtful. Key:
# (sorted pair of source codes, fact kind). The fact is still written: it is the source's.
# --------------------------------------------------------------------------------------------
FACT_NOTES: dict[tuple[str, str, str], str] = {
    ("BTN", "MMR", "language"): ("The source lists Burmese as Bhutan's official language (its widely spoken "
                                 "language is given as Dzongkha); the common official language rests on that entry."),
    ("CYP", "GRC", "colony"): ("The source codes Cyprus as a current colony of Greece; Cyprus has been an "
                               "independent state since 1960. Recorded as the source gives it."),
    ("CYP", "TUR", "colony"): ("The source codes Cyprus as a current colony of Turkey; Cyprus has been an "
                               "independent state since 1960, and Turkey's troops hold its north. Recorded as "
                               "the source gives it."),
    ("ESH", "MAR", "colony"): ("Morocco administers most of Western Sahara, whose status is disputed; the "
                               "source codes it as a current colony of Morocco."),
}
