"""Reviewed, hand-made tables for `importers.conflicts` (the UCDP/PRIO Armed Conflict Dataset).

Everything the importer decides by judgement rather than by parsing lives here:

- GW_PARTY: every Gleditsch–Ward state code that occurs in ucdp_acd.csv -> the project party it
  stands for, by period (a code may mean a historical state in some years and a modern one later).
- GW_UNMAPPED: the codes (or periods of a code) with no project party, and why.
- UCDP_STATE_NAMES: every state name in ucdp_acd_names.csv (sides, as "Government of X", and
  locations) -> its Gleditsch–Ward code; the importer checks each conflict-year's names against
  its code columns, so a wrong entry stops the import.
- STATE_WORDS: reader words for a code in the years the project's party name would misstate it.
- TERRITORY_WORDS: UCDP's territory names -> how a reader's sentence names the conflict.
- OTHER_READINGS: rows where another shipped source reads the war differently (a note and a
  `conflicts_with` link to that source's fact).
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
    835: "BN",  # Brunei: only in gwno_loc (a conflict's location), never a side
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
    "factbook-1971": "conflict 218 (India-Pakistan, Kashmir) includes 1971; the Factbook puts the 1971 war apart",
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


# ---------------------------------------------------------------------------------------------
# Names (ucdp_acd_names.csv)
# ---------------------------------------------------------------------------------------------

# UCDP's state names (a side's "Government of X" without "Government of ", or a location) -> GW
# code. Made by matching each conflict-year's names to its code columns (a name alone in a cell
# with one code pins it; the rest by gw_states.csv's names), then reviewed one by one. The importer
# checks every conflict-year: the codes of its names must be exactly its codes.
UCDP_STATE_NAMES: dict[str, int] = {
    'United States of America': 2,             # United States of America
    'Canada': 20,                              # Canada
    'Cuba': 40,                                # Cuba
    'Haiti': 41,                               # Haiti
    'Dominican Republic': 42,                  # Dominican Republic
    'Trinidad and Tobago': 52,                 # Trinidad and Tobago
    'Grenada': 55,                             # (not in gw_states.csv)
    'Mexico': 70,                              # Mexico
    'Guatemala': 90,                           # Guatemala
    'Honduras': 91,                            # Honduras
    'El Salvador': 92,                         # El Salvador
    'Nicaragua': 93,                           # Nicaragua
    'Costa Rica': 94,                          # Costa Rica
    'Panama': 95,                              # Panama
    'Colombia': 100,                           # Colombia
    'Venezuela': 101,                          # Venezuela
    'Suriname': 115,                           # Surinam
    'Ecuador': 130,                            # Ecuador
    'Peru': 135,                               # Peru
    'Brazil': 140,                             # Brazil
    'Bolivia': 145,                            # Bolivia
    'Paraguay': 150,                           # Paraguay
    'Chile': 155,                              # Chile
    'Argentina': 160,                          # Argentina
    'Uruguay': 165,                            # Uruguay
    'United Kingdom': 200,                     # United Kingdom
    'Ireland': 205,                            # Ireland
    'Netherlands': 210,                        # Netherlands
    'Belgium': 211,                            # Belgium
    'Luxembourg': 212,                         # Luxembourg
    'France': 220,                             # France
    'Switzerland': 225,                        # Switzerland
    'Spain': 230,                              # Spain
    'Portugal': 235,                           # Portugal
    'Germany': 260,                            # German Federal Republic
    'Poland': 290,                             # Poland
    'Austria': 305,                          # Austria (not Austria-Hungary, 300: the years are after 1945)
    'Hungary': 310,                            # Hungary
    'Czechoslovakia': 315,                     # Czechoslovakia
    'Czech Republic': 316,                     # Czech Republic
    'Slovakia': 317,                           # Slovakia
    'Italy': 325,                              # Italy/Sardinia
    'Albania': 339,                            # Albania
    'Montenegro': 341,                         # Montenegro
    'North Macedonia': 343,                    # Macedonia (Former Yugoslav Republic of)
    'Croatia': 344,                            # Croatia
    'Serbia (Yugoslavia)': 345,                # Yugoslavia
    'Bosnia-Herzegovina': 346,                 # Bosnia-Herzegovina
    'Slovenia': 349,                           # Slovenia
    'Greece': 350,                             # Greece
    'Cyprus': 352,                             # Cyprus
    'Bulgaria': 355,                           # Bulgaria
    'Moldova': 359,                            # Moldova
    'Romania': 360,                            # Rumania
    'Russia (Soviet Union)': 365,              # Russia (Soviet Union)
    'Estonia': 366,                            # Estonia
    'Latvia': 367,                             # Latvia
    'Lithuania': 368,                          # Lithuania
    'Ukraine': 369,                            # Ukraine
    'Armenia': 371,                            # Armenia
    'Georgia': 372,                            # Georgia
    'Azerbaijan': 373,                         # Azerbaijan
    'Finland': 375,                            # Finland
    'Sweden': 380,                             # Sweden
    'Norway': 385,                             # Norway
    'Denmark': 390,                            # Denmark
    'Iceland': 395,                            # Iceland
    'Guinea-Bissau': 404,                      # Guinea-Bissau
    'Gambia': 420,                             # Gambia
    'Mali': 432,                               # Mali
    'Senegal': 433,                            # Senegal
    'Benin': 434,                              # Benin
    'Mauritania': 435,                         # Mauritania
    'Niger': 436,                              # Niger
    'Ivory Coast': 437,                        # Cote D'Ivoire
    'Guinea': 438,                             # Guinea
    'Burkina Faso': 439,                       # Burkina Faso (Upper Volta)
    'Liberia': 450,                            # Liberia
    'Sierra Leone': 451,                       # Sierra Leone
    'Ghana': 452,                              # Ghana
    'Togo': 461,                               # Togo
    'Cameroon': 471,                           # Cameroon
    'Nigeria': 475,                            # Nigeria
    'Gabon': 481,                              # Gabon
    'Central African Republic': 482,           # Central African Republic
    'Chad': 483,                               # Chad
    'Congo': 484,                              # Congo
    'DR Congo (Zaire)': 490,                   # Congo, Democratic Republic of (Zaire)
    'Uganda': 500,                             # Uganda
    'Kenya': 501,                              # Kenya
    'Tanzania': 510,                           # Tanzania/Tanganyika
    'Burundi': 516,                            # Burundi
    'Rwanda': 517,                             # Rwanda
    'Somalia': 520,                            # Somalia
    'Djibouti': 522,                           # Djibouti
    'Ethiopia': 530,                           # Ethiopia
    'Eritrea': 531,                            # Eritrea
    'Angola': 540,                             # Angola
    'Mozambique': 541,                         # Mozambique
    'Zambia': 551,                             # Zambia
    'Zimbabwe (Rhodesia)': 552,                # Zimbabwe (Rhodesia)
    'Malawi': 553,                             # Malawi
    'South Africa': 560,                       # South Africa
    'Namibia': 565,                            # Namibia
    'Lesotho': 570,                            # Lesotho
    'Botswana': 571,                           # Botswana
    'Madagascar (Malagasy)': 580,              # Madagascar
    'Madagascar': 580,                         # Madagascar
    'Comoros': 581,                            # Comoros
    'Morocco': 600,                            # Morocco
    'Algeria': 615,                            # Algeria
    'Tunisia': 616,                            # Tunisia
    'Libya': 620,                              # Libya
    'Sudan': 625,                              # Sudan
    'South Sudan': 626,                        # South Sudan
    'Iran': 630,                               # Iran (Persia)
    'Turkey': 640,                             # Turkey (Ottoman Empire)
    'Iraq': 645,                               # Iraq
    'Egypt': 651,                              # Egypt
    'Syria': 652,                              # Syria
    'Lebanon': 660,                            # Lebanon
    'Jordan': 663,                             # Jordan
    'Israel': 666,                             # Israel
    'Saudi Arabia': 670,                       # Saudi Arabia
    'Yemen (North Yemen)': 678,                # Yemen (Arab Republic of Yemen)
    'South Yemen': 680,                        # Yemen, People's Republic of
    'Kuwait': 690,                             # Kuwait
    'Bahrain': 692,                            # Bahrain
    'Qatar': 694,                              # Qatar
    'United Arab Emirates': 696,               # United Arab Emirates
    'Oman': 698,                               # Oman
    'Afghanistan': 700,                        # Afghanistan
    'Turkmenistan': 701,                       # Turkmenistan
    'Tajikistan': 702,                         # Tajikistan
    'Kyrgyzstan': 703,                         # Kyrgyz Republic
    'Uzbekistan': 704,                         # Uzbekistan
    'Kazakhstan': 705,                         # Kazakhstan
    'China': 710,                              # China
    'Mongolia': 712,                           # Mongolia
    'Taiwan': 713,                             # Taiwan
    'North Korea': 731,                        # Korea, People's Republic of
    'South Korea': 732,                        # Korea, Republic of
    'Japan': 740,                              # Japan
    'India': 750,                              # India
    'Hyderabad': 751,                          # (not in gw_states.csv)
    'Bhutan': 760,                             # Bhutan
    'Pakistan': 770,                           # Pakistan
    'Bangladesh': 771,                         # Bangladesh
    'Myanmar (Burma)': 775,                    # Myanmar (Burma)
    'Sri Lanka': 780,                          # Sri Lanka (Ceylon)
    'Nepal': 790,                              # Nepal
    'Thailand': 800,                           # Thailand
    'Cambodia (Kampuchea)': 811,               # Cambodia (Kampuchea)
    'Laos': 812,                               # Laos
    'Vietnam (North Vietnam)': 816,            # Vietnam, Democratic Republic of
    'South Vietnam': 817,                      # Vietnam, Republic of
    'Malaysia': 820,                           # Malaysia
    'Singapore': 830,                          # Singapore
    'Brunei': 835,                             # Brunei
    'Philippines': 840,                        # Philippines
    'Indonesia': 850,                          # Indonesia
    'Australia': 900,                          # Australia
    'Papua New Guinea': 910,                   # Papua New Guinea
    'New Zealand': 920,                        # New Zealand
    'Tonga': 972,                            # not in gw_states.csv (Gleditsch and Ward list it among microstates)
}

# Reader words for a code in the years the project's party name would misstate it (first year,
# last year, words); elsewhere a code's words are its party's name. Codes without a party
# (GW_UNMAPPED) must be here.
STATE_WORDS: dict[int, list[tuple[int | None, int | None, str]]] = {
    # the project shows these as Serbia, Yemen and Vietnam (notes fry, yar, drv): in a list of
    # sides the state of the time is named.
    345: [(1992, 2006, "Yugoslavia (Serbia and Montenegro)")],
    678: [(None, 1989, "North Yemen")],
    816: [(None, 1975, "North Vietnam")],
    680: [(None, None, "South Yemen")],
    751: [(None, None, "Hyderabad")],
    817: [(None, None, "South Vietnam")],
}

# UCDP's territory name -> (how a sentence names a conflict over territory, whether a name "in
# {location}" adds "(UCDP's territory: X)", why). A name "over X" says the territory itself. "{location}" is the conflict's location in
# words ("India and Pakistan"). Only conflicts with the incompatibility "territory" are named by
# their territory; over government, or government and territory, a conflict is named by its
# location and UCDP's territory is given as such ("UCDP's territory: Crimea"), never as what the
# war was over. The importer stops on a territory name missing here among the rows it writes.
TERRITORY_WORDS: dict[str, tuple[str, bool, str]] = {
    "Agacher Strip": ("over the Agacher Strip", False, ""),
    "Aksai Chin, Arunachal Pradesh": ("over Aksai Chin and Arunachal Pradesh", False, "two areas in one name"),
    "Aozou strip": ("over the Aozou Strip", False, ""),
    "Arssi, Bale & Sidamo": ("over Arssi, Bale and Sidamo", False, "three provinces in one name"),
    "Artsakh (Nagorno-Karabakh)": ("over Nagorno-Karabakh", False, "the name in UCDP's brackets, the one more readers know"),
    "Azawad": ("over Azawad", False, ""),
    "Azerbaijan": ("over Azerbaijan in {location}", False, "Iranian Azerbaijan (location Iran), not the state"),
    "Bakassi": ("over Bakassi", False, ""),
    "Biafra": ("over Biafra", False, ""),
    "Bizerte": ("over Bizerte", False, ""),
    "Common Border": ("over the border between {location}", False, "UCDP's placeholder for a shared border"),
    "Common border": ("over the border between {location}", False, "UCDP's placeholder for a shared border"),
    "Cordillera del Condor": ("over the Cordillera del Condor", False, ""),
    "Croat": ("over the Croat areas of {location}", False, "UCDP's one-word name for the territory the Croat side held"),
    "Donetsk": ("over Donetsk", False, ""),
    "Durand line": ("over the Durand Line", False, ""),
    "Golan Heights": ("over the Golan Heights", False, ""),
    "Islamic State": ("with the Islamic State in {location}", False,
                      "UCDP names the territory after the group that claims it: the conflict is the state's with that group"),
    "Kagera Salient": ("over the Kagera Salient", False, ""),
    "Kashmir": ("over Kashmir", False, ""),
    "Katanga": ("over Katanga", False, ""),
    "Kongo Kingdom": ("in {location}", True, "a claimed kingdom, not a place name a reader knows"),
    "Korea": ("in Korea", False, "the whole peninsula, claimed by both Korean states"),
    "Korfu Channel": ("over the Korfu Channel", False, ""),
    "Kosovo": ("over Kosovo", False, ""),
    "Kurdistan": ("over Kurdistan in {location}", False, "the location says which state's Kurdish areas"),
    "Kuwait": ("over Kuwait", False, "UCDP's territory is the whole of the state"),
    "Lake Chad": ("over Lake Chad", False, ""),
    "Logone": ("over Logone", False, ""),
    "Lugansk": ("over Lugansk", False, "UCDP's spelling kept (Luhansk in Ukrainian transliteration)"),
    "Malaya": ("over Malaya", False, ""),
    "Malvinas/Falkland Islands": ("over the Falkland Islands (Malvinas)", False, "both names kept"),
    "Mindanao": ("over Mindanao", False, ""),
    "Morocco/Mauritania": ("in {location}", True, "UCDP's name joins two states: the location says it better"),
    "Morocco/Spanish territories": ("in {location}", True, "UCDP's name joins two claims: the location says it better"),
    "North Borneo": ("over North Borneo", False, ""),
    "Northeastern Province and Coast": ("over the Northeastern Province and Coast of {location}", False, ""),
    "Northern Cambodia": ("over northern Cambodia", False, ""),
    "Northern Cyprus": ("over northern Cyprus", False, ""),
    "Novorossiya": ("over Novorossiya", False, "the claimed region's name, as UCDP gives it"),
    "Ogaden": ("over the Ogaden", False, ""),
    "Oman": ("in Oman", False, "the territory is the state's own: 'over Oman' would misread"),
    "Oromiya": ("over Oromiya", False, ""),
    "Palestine": ("over Palestine", False, ""),
    "Red Sea, Bab al Mandab and Gulf of Aden": ("over the Red Sea, the Bab al-Mandab and the Gulf of Aden", False,
                                                "three waters in one name"),
    "Sahrawi Arab Democratic Republic (Western Sahara)": ("over Western Sahara", False,
                                                          "the place name in UCDP's brackets, not the claimant state's"),
    "Serb": ("over the Serb areas of {location}", False, "UCDP's one-word name for the territory the Serb side held"),
    "South Ossetia": ("over South Ossetia", False, ""),
    "South Vietnam": ("in South Vietnam", False, "the territory is the state's own: 'over South Vietnam' would misread"),
    "Suez": ("over Suez", False, ""),
    "Suez/Sinai": ("over Suez and Sinai", False, ""),
    "Ussuri river": ("over the Ussuri River", False, ""),
    "Various": ("in {location}", True, "UCDP's placeholder for several areas: named by the location"),
    "West Bank": ("over the West Bank", False, ""),
    "West New Guinea": ("over West New Guinea", False, ""),
}

# Where another shipped source reads the same war differently: (conflict, a, b, relation) -> (note
# key, the id of that source's fact). The note's text is in src/relations/dyadic/conflicts.py.
OTHER_READINGS: dict[tuple[int, str, str, str], list[tuple[str, str]]] = {
    # UCDP counts 1971 among the years of its conflict over Kashmir; the Factbook's Pakistan
    # background (data/factbook/disputes.toml) counts the wars over Kashmir without 1971 and
    # puts the 1971 war apart (East Pakistan, Bangladesh).
    (218, "IN", "PK", "fought"): [("factbook-1971", "factbook.dispute.in-pk.background")],
}
