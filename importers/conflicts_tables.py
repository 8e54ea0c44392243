"""Reviewed, hand-made tables for `importers.conflicts` (the UCDP/PRIO Armed Conflict Dataset).

Everything the importer decides by judgement rather than by parsing lives here:

- GW_PARTY: every Gleditsch–Ward state code that occurs in ucdp_acd.csv -> the project party it
  stands for, by period (a code may mean a historical state in some years and a modern one later).
- GW_UNMAPPED: the codes (or periods of a code) with no project party, and why.
- NOTES: short keys written to the table's `note` column where a mapping needs a caveat; the
  sentences themselves live in src/relations/dyadic/conflicts.py (NOTE_TEXTS), which must hold
  every key used here.

Each period is (first year, last year, party or None, note key or None); None as a year is open.
The years are the calendar years of the conflict-year rows of ucdp_acd.csv.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Codes that mean one modern state throughout 1946-2024 (comment: the name in gw_states.csv).
# Reviewed one by one; codes missing from gw_states.csv are marked.
# ---------------------------------------------------------------------------------------------
_MODERN: dict[int, str] = {
    2: "US",    # United States of America
    20: "CA",   # Canada
    40: "CU",   # Cuba
    41: "HT",   # Haiti
    42: "DO",   # Dominican Republic
    52: "TT",   # Trinidad and Tobago
    55: "GD",   # Grenada: not in gw_states.csv (Gleditsch and Ward list it among microstates)
    70: "MX",   # Mexico
    90: "GT",   # Guatemala
    91: "HN",   # Honduras
    92: "SV",   # El Salvador
    93: "NI",   # Nicaragua
    94: "CR",   # Costa Rica
    95: "PA",   # Panama
    100: "CO",  # Colombia
    101: "VE",  # Venezuela
    115: "SR",  # Surinam
    130: "EC",  # Ecuador
    135: "PE",  # Peru
    140: "BR",  # Brazil
    145: "BO",  # Bolivia
    150: "PY",  # Paraguay
    155: "CL",  # Chile
    160: "AR",  # Argentina
    165: "UY",  # Uruguay
    200: "GB",  # United Kingdom
    205: "IE",  # Ireland
    210: "NL",  # Netherlands
    211: "BE",  # Belgium
    212: "LU",  # Luxembourg
    220: "FR",  # France
    225: "CH",  # Switzerland
    230: "ES",  # Spain
    235: "PT",  # Portugal
    260: "DE",  # German Federal Republic: GW keep 260 for united Germany after 1990 (used here 1999-2023 only)
    290: "PL",  # Poland
    305: "AT",  # Austria
    310: "HU",  # Hungary
    316: "CZ",  # Czech Republic
    317: "SK",  # Slovakia
    325: "IT",  # Italy/Sardinia
    339: "AL",  # Albania
    341: "ME",  # Montenegro
    343: "MK",  # Macedonia (Former Yugoslav Republic of): North Macedonia
    344: "HR",  # Croatia
    346: "BA",  # Bosnia-Herzegovina
    349: "SI",  # Slovenia
    350: "GR",  # Greece
    352: "CY",  # Cyprus
    355: "BG",  # Bulgaria
    359: "MD",  # Moldova
    360: "RO",  # Rumania
    366: "EE",  # Estonia
    367: "LV",  # Latvia
    368: "LT",  # Lithuania
    369: "UA",  # Ukraine
    371: "AM",  # Armenia
    372: "GE",  # Georgia
    373: "AZ",  # Azerbaijan
    375: "FI",  # Finland
    380: "SE",  # Sweden
    385: "NO",  # Norway
    390: "DK",  # Denmark
    395: "IS",  # Iceland
    404: "GW",  # Guinea-Bissau
    420: "GM",  # Gambia
    432: "ML",  # Mali
    433: "SN",  # Senegal
    434: "BJ",  # Benin
    435: "MR",  # Mauritania
    436: "NE",  # Niger
    437: "CI",  # Cote D'Ivoire
    438: "GN",  # Guinea
    439: "BF",  # Burkina Faso (Upper Volta)
    450: "LR",  # Liberia
    451: "SL",  # Sierra Leone
    452: "GH",  # Ghana
    461: "TG",  # Togo
    471: "CM",  # Cameroon
    475: "NG",  # Nigeria
    481: "GA",  # Gabon
    482: "CF",  # Central African Republic
    483: "TD",  # Chad
    484: "CG",  # Congo
    490: "CD",  # Congo, Democratic Republic of (Zaire)
    500: "UG",  # Uganda
    501: "KE",  # Kenya
    510: "TZ",  # Tanzania/Tanganyika
    516: "BI",  # Burundi
    517: "RW",  # Rwanda
    520: "SO",  # Somalia
    522: "DJ",  # Djibouti
    530: "ET",  # Ethiopia
    531: "ER",  # Eritrea
    540: "AO",  # Angola
    541: "MZ",  # Mozambique
    551: "ZM",  # Zambia
    552: "ZW",  # Zimbabwe (Rhodesia)
    553: "MW",  # Malawi
    560: "ZA",  # South Africa
    565: "NA",  # Namibia
    570: "LS",  # Lesotho
    571: "BW",  # Botswana
    580: "MG",  # Madagascar
    581: "KM",  # Comoros
    600: "MA",  # Morocco
    615: "DZ",  # Algeria
    616: "TN",  # Tunisia
    620: "LY",  # Libya
    625: "SD",  # Sudan
    626: "SS",  # South Sudan
    630: "IR",  # Iran (Persia)
    640: "TR",  # Turkey (Ottoman Empire)
    645: "IQ",  # Iraq
    651: "EG",  # Egypt
    652: "SY",  # Syria
    660: "LB",  # Lebanon
    663: "JO",  # Jordan
    666: "IL",  # Israel
    670: "SA",  # Saudi Arabia
    690: "KW",  # Kuwait
    692: "BH",  # Bahrain
    694: "QA",  # Qatar
    696: "AE",  # United Arab Emirates
    698: "OM",  # Oman
    700: "AF",  # Afghanistan
    701: "TM",  # Turkmenistan
    702: "TJ",  # Tajikistan
    703: "KG",  # Kyrgyz Republic
    704: "UZ",  # Uzbekistan
    705: "KZ",  # Kazakhstan
    710: "CN",  # China: the state's government, whichever held it (the Republic of China until 1949)
    712: "MN",  # Mongolia
    713: "TW",  # Taiwan (the Republic of China on Taiwan, from 1949)
    731: "KP",  # Korea, People's Republic of: North Korea
    732: "KR",  # Korea, Republic of: South Korea
    740: "JP",  # Japan
    750: "IN",  # India
    760: "BT",  # Bhutan
    770: "PK",  # Pakistan
    771: "BD",  # Bangladesh
    775: "MM",  # Myanmar (Burma)
    780: "LK",  # Sri Lanka (Ceylon)
    790: "NP",  # Nepal
    800: "TH",  # Thailand
    811: "KH",  # Cambodia (Kampuchea)
    812: "LA",  # Laos
    820: "MY",  # Malaysia
    830: "SG",  # Singapore
    840: "PH",  # Philippines
    850: "ID",  # Indonesia
    900: "AU",  # Australia
    910: "PG",  # Papua New Guinea
    920: "NZ",  # New Zealand
    972: "TO",  # Tonga: not in gw_states.csv (Gleditsch and Ward list it among microstates)
}

# (first year, last year, party or None, note key or None)
Period = tuple[int | None, int | None, str | None, str | None]

# Codes whose meaning changes with the year, or that have no project party.
_BY_PERIOD: dict[int, list[Period]] = {
    # Czechoslovakia (to 1992): the project's historical party. Used in 1991 only (Gulf War).
    315: [(None, None, "H-CZECHOSLOVAKIA", None)],
    # Yugoslavia: the SFRY to 1991; from 1992 the Federal Republic of Yugoslavia, later Serbia and
    # Montenegro (to June 2006), then Serbia, all under GW 345 in UCDP. The project has no party
    # for the FRY / Serbia and Montenegro: mapped to Serbia, its continuing state, with a note.
    345: [(None, 1991, "H-YUGOSLAVIA", None), (1992, 2006, "RS", "fry"), (2007, None, "RS", None)],
    # Russia / the Soviet Union: the USSR to its dissolution in December 1991, then Russia.
    365: [(None, 1991, "H-SOVIET-UNION", None), (1992, None, "RU", None)],
    # Yemen (Arab Republic of Yemen), North Yemen: GW keep 678 for united Yemen after May 1990.
    # The project has no North Yemen party (its Yemen covers North and South Yemen before 1990):
    # years before 1990 map to Yemen with a note.
    678: [(None, 1989, "YE", "yar"), (1990, None, "YE", None)],
    # Yemen, People's Republic of (South Yemen), 1967-1990: no project party.
    680: [(None, None, None, None)],
    # Hyderabad (1947-1948): no project party; not in gw_states.csv.
    751: [(None, None, None, None)],
    # Vietnam, Democratic Republic of (North Vietnam): GW keep 816 for united Vietnam after 1976.
    # Years to 1975 map to Vietnam with a note.
    816: [(None, 1975, "VN", "drv"), (1976, None, "VN", None)],
    # Vietnam, Republic of (South Vietnam), 1954-1975: no project party.
    817: [(None, None, None, None)],
}

GW_PARTY: dict[int, list[Period]] = {code: [(None, None, party, None)] for code, party in _MODERN.items()}
GW_PARTY.update(_BY_PERIOD)

# Why a code (or a period of it) has no party; the report lists the conflicts it drops.
GW_UNMAPPED: dict[int, str] = {
    680: "South Yemen (People's Democratic Republic of Yemen, 1967-1990): no project party; a "
         "historical party H-SOUTH-YEMEN would take it (data/rdcr/parties.toml is not ours to edit)",
    751: "Hyderabad (1947-1948): no project party and not in gw_states.csv; a historical party "
         "H-HYDERABAD would take it",
    817: "South Vietnam (Republic of Vietnam, 1954-1975): no project party; a historical party "
         "H-SOUTH-VIETNAM would take it",
}

# Note keys the importer may write (texts in src/relations/dyadic/conflicts.py NOTE_TEXTS).
NOTES: dict[str, str] = {
    "fry": "GW 345 in 1992-2006: the Federal Republic of Yugoslavia / Serbia and Montenegro, shown as Serbia",
    "yar": "GW 678 before 1990: North Yemen (Yemen Arab Republic), shown as Yemen",
    "drv": "GW 816 before 1976: North Vietnam (Democratic Republic of Vietnam), shown as Vietnam",
}


def party_for(code: int, year: int) -> tuple[str | None, str | None]:
    """(party, note key) for a GW code in a year; (None, None) for a code without a party.
    KeyError for a code the table does not hold (the importer reports it and fails)."""
    for first, last, party, note in GW_PARTY[code]:
        if (first is None or year >= first) and (last is None or year <= last):
            return party, note
    raise KeyError(code)
