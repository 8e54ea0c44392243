"""Reviewed, hand-made tables for `importers.factbook`.

Everything here is a decision a person made and can review; the importer applies it mechanically.
Keep entries sorted within each table.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# GEC (the Factbook's file names) -> ISO 3166-1 alpha-2: the exceptions.
#
# Every other profile is mapped by its internet country code (".bz" -> BZ), checked against
# data/countries.toml and against the profile's country names. An entry here overrides that:
# a code maps the profile, None skips it with the reason given.
# --------------------------------------------------------------------------------------------
GEC_EXCEPTIONS: dict[str, tuple[str | None, str]] = {
    # Ashmore and Cartier Islands: an Australian external territory; ISO 3166-1 gives it no code
    # (it is not part of AU's entry either, which covers the mainland and states).
    "at": (None, "Ashmore and Cartier Islands: no ISO 3166-1 code"),
    # Akrotiri and Dhekelia: the UK's Sovereign Base Areas on Cyprus have no ISO 3166-1 code.
    "ax": (None, "Akrotiri (UK Sovereign Base Area on Cyprus): no ISO 3166-1 code"),
    # Navassa Island is one of the islands ISO 3166-1 groups under UM (United States Minor Outlying
    # Islands); UM is taken from um.json, so this second profile for UM is skipped.
    "bq": (None, "Navassa Island: part of ISO UM (United States Minor Outlying Islands), which is mapped from um.json"),
    # Coral Sea Islands: an Australian external territory without an ISO 3166-1 code.
    "cr": (None, "Coral Sea Islands: no ISO 3166-1 code"),
    "dx": (None, "Dhekelia (UK Sovereign Base Area on Cyprus): no ISO 3166-1 code"),
    # The European Union profile (".eu", an exceptionally reserved code, not a country entry):
    # the EU is a group party (code EU, in data/groups.toml), not a country.
    "ee": (None, "European Union: an organisation, not a country; EU is only exceptionally reserved in ISO 3166-1"),
    # France: the internet-code field lists several codes; metropolitan France is .fr.
    "fr": ("FR", "several internet codes listed; .fr is metropolitan France"),
    # Gaza Strip and West Bank: ISO 3166-1 has one code, PS (Palestine), for both. Their Factbook
    # trade entries are the same figures for both territories together, so one profile is enough
    # for PS; we map the West Bank profile (we.json) and skip the Gaza Strip profile. Borders that
    # other profiles give with the "Gaza Strip" or the "West Bank" are borders with PS (see
    # PARTNER_ALIASES), added up per pair like Spain's Ceuta and Melilla.
    "gz": (None, "Gaza Strip: shares ISO PS with the West Bank; PS is mapped from we.json (the trade entries of both profiles cover both territories)"),
    # Clipperton Island: CP is only exceptionally reserved in ISO 3166-1; no country entry.
    "ip": (None, "Clipperton Island: no ISO 3166-1 entry (CP is only exceptionally reserved)"),
    # Jan Mayen: ISO 3166-1 has one code, SJ, for Svalbard and Jan Mayen. Svalbard (sv.json,
    # ".sj") is mapped to SJ; this second profile for SJ is skipped.
    "jn": (None, "Jan Mayen: shares ISO SJ (Svalbard and Jan Mayen) with Svalbard, which is mapped from sv.json"),
    # Kosovo: XK is a user-assigned code, not an ISO 3166-1 entry; data/countries.toml holds it.
    "kv": ("XK", "Kosovo: the user-assigned code XK (see data/countries.toml)"),
    # Paracel and Spratly Islands: disputed, no ISO 3166-1 codes.
    "pf": (None, "Paracel Islands: no ISO 3166-1 code (disputed)"),
    "pg": (None, "Spratly Islands: no ISO 3166-1 code (disputed)"),
    # South Georgia and the South Sandwich Islands: no internet code in the profile; ISO GS.
    "sx": ("GS", "no internet country code in the profile; ISO GS by name"),
    # The United Kingdom's internet code is .uk; its ISO 3166-1 code is GB.
    "uk": ("GB", "internet code .uk; ISO 3166-1 code GB"),
    # um.json covers Baker, Howland, Jarvis, Johnston, Kingman, Midway and Palmyra: the bulk of
    # ISO UM (United States Minor Outlying Islands), which also includes Wake and Navassa.
    "um": ("UM", "no internet country code; the islands of ISO UM (Wake and Navassa have profiles of their own, skipped)"),
    "wq": (None, "Wake Island: part of ISO UM (United States Minor Outlying Islands), which is mapped from um.json"),
    # The world and the oceans.
    "oo": (None, "Southern Ocean: not a country or territory"),
    "xo": (None, "Indian Ocean: not a country or territory"),
    "xq": (None, "Arctic Ocean: not a country or territory"),
    "xx": (None, "World: not a country or territory"),
    "zh": (None, "Atlantic Ocean: not a country or territory"),
    "zn": (None, "Pacific Ocean: not a country or territory"),
}

# --------------------------------------------------------------------------------------------
# Names the Factbook uses for partners, neighbours and former rulers that data/countries.toml
# and data/groups.toml do not know. Looked up after the party-name index, by normalised name.
# --------------------------------------------------------------------------------------------
PARTNER_ALIASES: dict[str, tuple[str, str]] = {
    # name as the Factbook writes it: (party code, why)
    "EU": ("EU", "the European Union (group EU)"),
    "European Union": ("EU", "the European Union (group EU)"),
    "Gaza Strip": ("PS", "part of Palestine (ISO PS), whose profile here is the West Bank's"),
    "Malaysian Federation": ("MY", "the Federation of Malaysia, today's Malaysia (Singapore left it in 1965)"),
    "S. Korea": ("KR", "abbreviation of South Korea"),
    "US Naval Base at Guantanamo Bay": ("US", "a naval base held by the United States on land it leases from Cuba"),
    "West Bank": ("PS", "part of Palestine (ISO PS), whose profile here is the West Bank's"),
}

# Border listings that are another party's border (reviewed): (profile, name as listed) -> (the
# profile's side, the other side, why). The Hans Island border, divided by the 2022 agreement of
# Canada and Denmark (with Greenland), runs between Canada and Greenland: Canada's profile lists it
# as "Denmark (Greenland)", Denmark's as Canada (its total includes it), and Greenland's own profile
# still gives 0 km of land boundaries. Greenland (ISO GL) is a party of its own here, so the border
# is Canada-Greenland, and `show canada greenland` finds it.
BORDER_SIDES: dict[tuple[str, str], tuple[str, str, str]] = {
    ("ca", "Denmark (Greenland)"): ("CA", "GL", "the border on Hans Island is with Greenland, part of the Kingdom of Denmark"),
    ("da", "Canada"): ("GL", "CA", "Denmark lists the border on Hans Island, which is Greenland's, among its own"),
}

# Caveats about a profile that stands for an ISO code but covers only part of it; added to the
# note of every border fact of that code.
PROFILE_CAVEATS: dict[str, str] = {
    "we": ("Palestine (ISO PS) is read from the West Bank's profile; the Gaza Strip's profile "
           "is not used, so its borders (Egypt 13 km, Israel 59 km) appear only in Egypt's and Israel's profiles."),
}

# States that no longer exist. They are not parties in data/countries.toml or data/groups.toml,
# so an independence "from" one of them is reported, not written.
HISTORICAL_STATES: frozenset[str] = frozenset({
    "British India",
    "Czechoslovakia",
    "German Confederation",
    "Holy Roman Empire",
    "Ottoman Empire",
    "Soviet Russia",
    "Soviet Union",
    "State Union of Serbia and Montenegro",
    "Yugoslavia",
})

# Historical states of the Independence field that the Historian's guide defines as parties: the
# facts name them (so `show armenia "soviet union"` answers). The codes are read from
# data/rdcr/parties.toml, which importers.rdcr writes; run that importer first. "Soviet Russia"
# (1918) is not the Soviet Union (1922) and stays unlinked, as do the states the guide has no
# party for (the Ottoman Empire's years are under Turkey there, not a party of their own).
HISTORICAL_PARTIES: dict[str, str] = {
    "British India": "H-BRITISH-INDIA",
    "Czechoslovakia": "H-CZECHOSLOVAKIA",
    "German Confederation": "H-GERMAN-CONFEDERATION",
    "Holy Roman Empire": "H-HOLY-ROMAN-EMPIRE",
    "Ottoman Empire": "H-OTTOMAN-EMPIRE",
    "Soviet Union": "H-SOVIET-UNION",
    "State Union of Serbia and Montenegro": "H-SERBIA-AND-MONTENEGRO",
    "Yugoslavia": "H-YUGOSLAVIA",
}

# Historical states the Factbook's Independence entries name and the Historian's guide has no
# party for: importers.factbook writes them to data/factbook/historical.toml (data/README.md's
# rules: code H-..., successors only where the Factbook names them, sources, note). Prussia, Korea,
# Nassau, Hanover, Austria-Hungary and Yugoslavia's successors belong to importers.rdcr: not here.
FACTBOOK_HISTORICAL: tuple[dict, ...] = (
    {"code": "H-BRITISH-INDIA", "kind": "historical", "name": "British India",
     "aliases": ["British Raj"],
     "sources": ["factbook"],
     "note": ("Named by Pakistan's Independence entry (independence from British India, 14 August 1947). "
              "No successors are recorded: India's own entry gives independence from the United Kingdom, "
              "so the Factbook names no successor of British India as such.")},
    {"code": "H-GERMAN-CONFEDERATION", "kind": "historical", "name": "German Confederation",
     "sources": ["factbook"],
     "note": "Named by Liechtenstein's Independence entry (independence from the German Confederation, 24 August 1866)."},
    {"code": "H-HOLY-ROMAN-EMPIRE", "kind": "historical", "name": "Holy Roman Empire",
     "sources": ["factbook"],
     "note": "Named by Liechtenstein's Independence entry (independence from the Holy Roman Empire, 12 July 1806)."},
    {"code": "H-OTTOMAN-EMPIRE", "kind": "historical", "name": "Ottoman Empire",
     "successors": ["TR"],
     "sources": ["factbook"],
     "note": ("Named by the Independence entries of Albania, Bulgaria, Greece, Romania and Yemen (North Yemen); "
              "Türkiye's entry says its republic, proclaimed on 29 October 1923, succeeded the empire, hence the "
              "successor TR.")},
    {"code": "H-SERBIA-AND-MONTENEGRO", "kind": "historical", "name": "Serbia and Montenegro",
     "official_name": "State Union of Serbia and Montenegro",
     "aliases": ["CSXX"],
     "successors": ["ME", "RS"],
     "sources": ["factbook"],
     "note": ("The state union of 2003-2006. Montenegro's and Serbia's Independence entries give independence "
              "from it on 3 and 5 June 2006; the union ended with the two, so both are recorded as successors.")},
)

# --------------------------------------------------------------------------------------------
# Government > Independence: reviewed decisions for the entries the importer cannot read by itself
# (mandates and trusteeships, unions that split, founding dates). GEC -> a list of facts, or the
# reason (a string) no fact is written. Every profile with a dated entry and no fact from the
# automatic reading has a decision here; a test keeps it so. A fact: `other` (party code), `date`,
# `kind` (an event kind), `topic` (default history), `text` and `note` in our words.
# A League of Nations mandate or UN trusteeship is recorded as independence from the state the
# entry names as administering it (values.mandate / values.trusteeship say which); an entry that
# names several administering states or none is not written.
# --------------------------------------------------------------------------------------------
NO_STATE_NAMED = "founding, unification or constitutional dates: the entry names no state the country became independent from"


def _mandate(_code: str, power: str, date: str, kind_of: str, text: str, note: str | None = None) -> list[dict]:
    return [{"other": power, "date": date, "kind": "independence", "text": text, "note": note,
             "values": {kind_of: "League of Nations" if kind_of == "mandate" else "United Nations",
                        "administering_power": power}}]


INDEPENDENCE_DECISIONS: dict[str, list[dict] | str] = {
    "an": "formed in 1278 under the joint sovereignty of a French count and a Spanish bishop: no independence from a state",
    "as": "the federation of Britain's Australian colonies in 1901: the entry names no state Australia became independent from",
    "au": NO_STATE_NAMED,
    "bt": [{"other": "IN", "date": "1949-08-08", "kind": "treaty", "topic": "treaty",
            "text": "Bhutan and India signed a Treaty of Friendship on 8 August 1949.",
            "note": "From Bhutan's Independence entry, which says the treaty upholds Bhutan's independence; the entry dates Bhutan's statehood from its unification under a hereditary king on 17 December 1907."}],
    "by": _mandate("BI", "BE", "1962-07-01", "trusteeship",
                   "Burundi became independent on 1 July 1962, ending the UN trusteeship that Belgium administered."),
    "ca": [{"other": "GB", "date": "1931-12-11", "kind": "independence",
            "text": "The United Kingdom recognised Canada's independence through the Statute of Westminster on 11 December 1931.",
            "note": "The entry also gives 1 July 1867, when British colonies in North America united as Canada."}],
    "ch": NO_STATE_NAMED,
    "cm": _mandate("CM", "FR", "1960-01-01", "trusteeship",
                   "Cameroon became independent on 1 January 1960, ending the UN trusteeship that France administered."),
    "cw": [{"other": "NZ", "date": "1965-08-04", "kind": "other",
            "text": "The Cook Islands became a self-governing state in free association with New Zealand on 4 August 1965.",
            "note": "Self-government in free association, not independence, and not recorded as one."}],
    # The entry gives 20 May 1902 "from US administration": that day the Republic of Cuba was
    # inaugurated and the US military government, in place since Spain gave Cuba up, ended. Cuba was
    # never a part of the United States that broke away, so "independent from the United States"
    # misstates it. The id and kind stay (the entry files the date as independence).
    "cu": [{"other": "ES", "date": "1898-12-10", "kind": "independence",
            "text": "Cuba became independent from Spain on 10 December 1898.",
            "note": "The entry adds that the Cuban Government does not count its two dates as days of independence."},
           {"other": "US", "date": "1902-05-20", "kind": "independence",
            "text": "The Republic of Cuba was inaugurated on 20 May 1902, ending the United States' military administration of the island.",
            "note": ("The entry dates this independence from US administration; the United States had governed Cuba "
                     "since Spain gave it up in 1898. The entry adds that the Cuban Government does not count its two "
                     "dates as days of independence.")}],
    "da": NO_STATE_NAMED,
    "et": "the entry says Ethiopia is Africa's oldest independent country and names no state",
    "ez": [{"other": "H-CZECHOSLOVAKIA", "date": "1993-01-01", "kind": "independence",
            "text": "The Czech Republic became a state of its own on 1 January 1993, when Czechoslovakia split in two.",
            "note": "The Factbook's note says Czechs also mark 28 October 1918, when Czechoslovakia declared independence from Austria-Hungary."}],
    "fm": _mandate("FM", "US", "1986-11-03", "trusteeship",
                   "The Federated States of Micronesia became independent on 3 November 1986, ending the UN trusteeship that the United States administered."),
    "fr": NO_STATE_NAMED,
    "gm": NO_STATE_NAMED,
    "hu": NO_STATE_NAMED,
    "ir": NO_STATE_NAMED,
    "is": _mandate("IL", "GB", "1948-05-14", "mandate",
                   "Israel became independent on 14 May 1948, as the League of Nations mandate that the United Kingdom administered came to an end."),
    "it": NO_STATE_NAMED,
    "iz": _mandate("IQ", "GB", "1932-10-03", "mandate",
                   "Iraq became independent on 3 October 1932, ending the League of Nations mandate that the United Kingdom administered.",
                   "The Factbook's note adds that on 28 June 2004 the Coalition Provisional Authority handed sovereignty to Iraq's interim government."),
    "ja": NO_STATE_NAMED,
    "jo": _mandate("JO", "GB", "1946-05-25", "mandate",
                   "Jordan became independent on 25 May 1946, ending the League of Nations mandate that the United Kingdom administered."),
    "le": _mandate("LB", "FR", "1943-11-22", "mandate",
                   "Lebanon became independent on 22 November 1943, ending the League of Nations mandate that France administered."),
    "li": "a date alone (26 July 1847): the entry names no state Liberia became independent from",
    # Libya's entry names a UN trusteeship but no administering state: not guessed.
    "lo": [{"other": "H-CZECHOSLOVAKIA", "date": "1993-01-01", "kind": "independence",
            "text": "Slovakia became a state of its own on 1 January 1993, when Czechoslovakia split in two.",
            "note": None}],
    "ly": "independence from a UN trusteeship, with no administering state named in the entry",
    "mn": NO_STATE_NAMED,
    "mu": [{"other": "PT", "date": "1650", "kind": "other",
            "text": "Oman dates its statehood from driving out the Portuguese in 1650.",
            "note": "The entry gives the expulsion of the Portuguese, not independence from Portugal, and is not recorded as independence."}],
    "ne": [{"other": "NZ", "date": "1974-10-19", "kind": "other",
            "text": "Niue has governed itself in free association with New Zealand since 19 October 1974.",
            "note": "Self-government in free association, not independence, and not recorded as one."}],
    "nl": [{"other": "ES", "date": "1581-07-26", "kind": "independence",
            "text": "The northern provinces of the Low Countries declared their independence from Spain on 26 July 1581.",
            "note": "The Factbook's note says Spain recognised the independence of the Netherlands only with the Peace of Westphalia, on 30 January 1648."}],
    "no": [{"other": "SE", "date": "1905-06-07", "kind": "independence",
            "text": "Norway declared its union with Sweden dissolved on 7 June 1905; Sweden accepted the end of the union on 26 October 1905.",
            "note": "The union of Sweden and Norway dated from 4 November 1814, the entry says."}],
    "np": NO_STATE_NAMED,
    # A trusteeship of three states: a fact with one of them would misstate it, three would overstate it.
    "nr": "independence from a UN trusteeship administered jointly by Australia, New Zealand and the UK: no single state to name",
    "pl": NO_STATE_NAMED,
    "po": [{"other": "ES", "date": "1640-12-01", "kind": "independence",
            "text": "Portugal restored its independence from Spain on 1 December 1640, after sixty years of Spanish rule.",
            "note": "The entry dates the Kingdom of Portugal from 1143 and the republic from 5 October 1910."}],
    "pp": _mandate("PG", "AU", "1975-09-16", "trusteeship",
                   "Papua New Guinea became independent on 16 September 1975, ending the UN trusteeship that Australia administered."),
    "ps": _mandate("PW", "US", "1994-10-01", "trusteeship",
                   "Palau became independent on 1 October 1994, ending the UN trusteeship that the United States administered."),
    "rm": _mandate("MH", "US", "1986-10-21", "trusteeship",
                   "The Marshall Islands became independent on 21 October 1986, ending the UN trusteeship that the United States administered."),
    "ro": [{"other": "H-OTTOMAN-EMPIRE", "date": "1877-05-09", "kind": "independence",
            "text": "Romania proclaimed its independence from the Ottoman Empire on 9 May 1877.",
            "note": "The Treaty of Berlin recognised it on 13 July 1878, the entry says; Romania became a kingdom on 26 March 1881 and a republic on 30 December 1947."}],
    "rw": _mandate("RW", "BE", "1962-07-01", "trusteeship",
                   "Rwanda became independent on 1 July 1962, ending the UN trusteeship that Belgium administered."),
    "sa": NO_STATE_NAMED,
    "sf": "formed in 1910 as a union of four British colonies; the later dates (1934, 1961, 1994) name no state South Africa became independent from",
    "sm": NO_STATE_NAMED,
    "so": [{"other": "GB", "date": "1960-06-26", "kind": "independence",
            "text": "British Somaliland, now part of Somalia, became independent from the United Kingdom on 26 June 1960.",
            "note": "Five days later it joined the former Italian Somaliland to form the Somali Republic (1 July 1960)."},
           {"other": "IT", "date": "1960-07-01", "kind": "independence",
            "text": "Italian Somaliland, now part of Somalia, became independent on 1 July 1960, ending the UN trusteeship that Italy administered.",
            "note": "On the same day it joined the former British Somaliland to form the Somali Republic.",
            "values": {"trusteeship": "United Nations", "administering_power": "IT"}}],
    "sp": NO_STATE_NAMED,
    "sw": "the end of the Kalmar Union with Denmark and Norway (1523): a union of crowns, not a state to name",
    "sy": _mandate("SY", "FR", "1946-04-17", "mandate",
                   "Syria became independent on 17 April 1946, ending the League of Nations mandate that France administered."),
    "sz": NO_STATE_NAMED,
    "th": "a traditional founding date; the entry says Thailand was never colonised",
    "to": _mandate("TG", "FR", "1960-04-27", "trusteeship",
                   "Togo became independent on 27 April 1960, ending the UN trusteeship that France administered."),
    "tu": [{"other": "H-OTTOMAN-EMPIRE", "date": "1923-10-29", "kind": "other",
            "text": "Türkiye was proclaimed a republic on 29 October 1923, as the successor of the Ottoman Empire.",
            "note": "A succession, not independence, and not recorded as one."}],
    "tz": [{"other": "GB", "date": "1961-12-09", "kind": "independence",
            "text": "Tanganyika became independent on 9 December 1961, ending the UN trusteeship that the United Kingdom administered; Zanzibar became independent from the UK on 10 December 1963.",
            "note": "The two united as Tanzania on 26 April 1964 (so named from 29 October 1964).",
            "values": {"trusteeship": "United Nations", "administering_power": "GB"}}],
    "uk": NO_STATE_NAMED,
    "vt": [{"other": "IT", "date": "1929-02-11", "kind": "recognition",
            "text": "Italy recognised the Holy See's full sovereignty in three treaties signed on 11 February 1929.",
            "note": "From the entry's date and the Factbook's note, which also says the treaties fixed the Holy See's territory."}],
    "wa": [{"other": "ZA", "date": "1990-03-21", "kind": "independence",
            "text": "Namibia became independent from South Africa, which had ruled it under a mandate, on 21 March 1990.",
            "note": "The entry speaks of a South African mandate.",
            "values": {"administering_power": "ZA"}}],
    "ws": _mandate("WS", "NZ", "1962-01-01", "trusteeship",
                   "Samoa became independent on 1 January 1962, ending the UN trusteeship that New Zealand administered."),
    "ym": [{"other": "H-OTTOMAN-EMPIRE", "date": "1918-11-01", "kind": "independence",
            "text": "North Yemen became independent from the Ottoman Empire on 1 November 1918.",
            "note": "North and South Yemen merged as the Republic of Yemen on 22 May 1990."},
           {"other": "GB", "date": "1967-11-30", "kind": "independence",
            "text": "South Yemen became independent from the United Kingdom on 30 November 1967.",
            "note": "North and South Yemen merged as the Republic of Yemen on 22 May 1990."}],
}


# --------------------------------------------------------------------------------------------
# Organisations in `Government > International organization participation`.
# Abbreviation as the Factbook writes it -> full name. Keys are the canonical abbreviations;
# ORG_VARIANTS maps other spellings found in the profiles onto them.
# --------------------------------------------------------------------------------------------
ORG_VARIANTS: dict[str, str] = {
    "Australian Group": "Australia Group",          # typo in one profile
    "BCIE": "CABEI",                                # Spanish initials of the same bank
    "Commonwealth of Nations": "C",
    "EEU": "EAEU",                                  # Eurasian Economic Union, other initials
    "Francophonie": "OIF",
    "G- 9": "G-9",
    "ICCT": "ICCt",                                 # International Criminal Court
    "UNSC": "UN Security Council",
    "WBG": "World Bank Group",
}

ORGANISATIONS: dict[str, str] = {
    "ABEDA": "Arab Bank for Economic Development in Africa",
    "ACP": "Organisation of African, Caribbean and Pacific States",
    "ACS": "Association of Caribbean States",
    "ADB": "Asian Development Bank",
    "AFESD": "Arab Fund for Economic and Social Development",
    "AIIB": "Asian Infrastructure Investment Bank",
    "ALBA": "Bolivarian Alliance for the Peoples of Our America",
    "AMF": "Arab Monetary Fund",
    "AMU": "Arab Maghreb Union",
    "ANZUS": "Australia, New Zealand, United States Security Treaty",
    "AOSIS": "Alliance of Small Island States",
    "APEC": "Asia-Pacific Economic Cooperation",
    "ARF": "ASEAN Regional Forum",
    "ASEAN": "Association of Southeast Asian Nations",
    "ATMIS": "African Union Transition Mission in Somalia",
    "AU": "African Union",
    "AfDB": "African Development Bank",
    "Arctic Council": "Arctic Council",
    "Australia Group": "Australia Group",
    "BA": "Baltic Assembly",
    "BDEAC": "Development Bank of Central African States",
    "BIMSTEC": "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
    "BIS": "Bank for International Settlements",
    "BRICS": "BRICS (Brazil, Russia, India, China, South Africa and later members)",
    "BSEC": "Organization of the Black Sea Economic Cooperation",
    "Benelux": "Benelux Union",
    "C": "Commonwealth of Nations",
    "CABEI": "Central American Bank for Economic Integration",
    "CACM": "Central American Common Market",
    "CAEU": "Council of Arab Economic Unity",
    "CAN": "Andean Community",
    "CARIBCAN": "Caribbean-Canada Trade Agreement",
    "CARIFORUM": "Caribbean Forum",
    "CBI": "Caribbean Basin Initiative",
    "CBSS": "Council of the Baltic Sea States",
    "CD": "Community of Democracies",
    "CDB": "Caribbean Development Bank",
    "CE": "Council of Europe",
    "CEI": "Central European Initiative",
    "CELAC": "Community of Latin American and Caribbean States",
    "CEMAC": "Economic and Monetary Community of Central Africa",
    "CEPGL": "Economic Community of the Great Lakes Countries",
    "CERN": "European Organization for Nuclear Research",
    "CICA": "Conference on Interaction and Confidence-Building Measures in Asia",
    "CIS": "Commonwealth of Independent States",
    "COMESA": "Common Market for Eastern and Southern Africa",
    "CP": "Colombo Plan",
    "CPLP": "Community of Portuguese Language Countries",
    "CSME": "CARICOM Single Market and Economy",
    "CSN": "South American Community of Nations",
    "CSTO": "Collective Security Treaty Organization",
    "Caricom": "Caribbean Community",
    "D-8": "Developing Eight (D-8 Organization for Economic Cooperation)",
    "EAC": "East African Community",
    "EADB": "East African Development Bank",
    "EAEC": "Eurasian Economic Community",
    "EAEU": "Eurasian Economic Union",
    "EAPC": "Euro-Atlantic Partnership Council",
    "EAS": "East Asia Summit",
    "EBRD": "European Bank for Reconstruction and Development",
    "ECB": "European Central Bank",
    "ECCU": "Eastern Caribbean Currency Union",
    "ECO": "Economic Cooperation Organization",
    "ECOWAS": "Economic Community of West African States",
    "EFTA": "European Free Trade Association",
    "EIB": "European Investment Bank",
    "EITI": "Extractive Industries Transparency Initiative",
    "EMU": "Economic and Monetary Union of the European Union",
    "EPA": "CARIFORUM-EU Economic Partnership Agreement",
    "ESA": "European Space Agency",
    "ESCAP": "United Nations Economic and Social Commission for Asia and the Pacific",
    "EU": "European Union",
    "Entente": "Council of the Entente",
    "FAO": "Food and Agriculture Organization of the United Nations",
    "FATF": "Financial Action Task Force",
    "FIFA": "International Federation of Association Football (FIFA)",
    "FZ": "Franc Zone",
    "G-10": "Group of 10",
    "G-11": "Group of 11",
    "G-15": "Group of 15",
    "G-20": "Group of 20",
    "G-24": "Group of 24",
    "G-3": "Group of 3",
    "G-5": "Group of 5",
    "G-7": "Group of 7",
    "G-77": "Group of 77",
    "G-8": "Group of 8",
    "G-9": "Group of 9",
    "GCC": "Gulf Cooperation Council",
    "GCTU": "General Confederation of Trade Unions",
    "GUAM": "GUAM Organization for Democracy and Economic Development",
    "IADB": "Inter-American Development Bank",
    "IAEA": "International Atomic Energy Agency",
    "IBRD": "International Bank for Reconstruction and Development",
    "ICAO": "International Civil Aviation Organization",
    "ICC": "International Chamber of Commerce",
    "ICCt": "International Criminal Court",
    "ICGLR": "International Conference on the Great Lakes Region",
    "ICRM": "International Red Cross and Red Crescent Movement",
    "ICSID": "International Centre for Settlement of Investment Disputes",
    "IDA": "International Development Association",
    "IDB": "Islamic Development Bank",
    "IEA": "International Energy Agency",
    "IFAD": "International Fund for Agricultural Development",
    "IFC": "International Finance Corporation",
    "IFRCS": "International Federation of Red Cross and Red Crescent Societies",
    "IGAD": "Intergovernmental Authority on Development",
    "IHO": "International Hydrographic Organization",
    "ILO": "International Labour Organization",
    "IMF": "International Monetary Fund",
    "IMO": "International Maritime Organization",
    "IMSO": "International Mobile Satellite Organization",
    "IOC": "International Olympic Committee",
    "IOM": "International Organization for Migration",
    "IORA": "Indian Ocean Rim Association",
    "IPU": "Inter-Parliamentary Union",
    "ISO": "International Organization for Standardization",
    "ITC": "International Trade Centre",
    "ITSO": "International Telecommunications Satellite Organization",
    "ITU": "International Telecommunication Union",
    "ITUC": "International Trade Union Confederation",
    "InOC": "Indian Ocean Commission",
    "Interpol": "International Criminal Police Organization",
    "LAES": "Latin American Economic System",
    "LAIA": "Latin American Integration Association",
    "LAS": "League of Arab States",
    "LCBC": "Lake Chad Basin Commission",
    "MIGA": "Multilateral Investment Guarantee Agency",
    "MINURCAT": "United Nations Mission in the Central African Republic and Chad",
    "MINURSO": "United Nations Mission for the Referendum in Western Sahara",
    "MINUSCA": "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
    "MINUSMA": "United Nations Multidimensional Integrated Stabilization Mission in Mali",
    "MINUSTAH": "United Nations Stabilization Mission in Haiti",
    "MNJTF": "Multinational Joint Task Force",
    "MONUSCO": "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
    "MSG": "Melanesian Spearhead Group",
    "Mercosur": "Southern Common Market (Mercosur)",
    "NAFTA": "North American Free Trade Agreement",
    "NAM": "Non-Aligned Movement",
    "NATO": "North Atlantic Treaty Organization",
    "NC": "Nordic Council",
    "NEA": "Nuclear Energy Agency",
    "NIB": "Nordic Investment Bank",
    "NSG": "Nuclear Suppliers Group",
    "OAPEC": "Organization of Arab Petroleum Exporting Countries",
    "OAS": "Organization of American States",
    "OECD": "Organisation for Economic Co-operation and Development",
    "OECS": "Organisation of Eastern Caribbean States",
    "OIC": "Organisation of Islamic Cooperation",
    "OIF": "International Organisation of La Francophonie",
    "OPANAL": "Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean",
    "OPCW": "Organisation for the Prohibition of Chemical Weapons",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "PCA": "Permanent Court of Arbitration",
    "PFP": "Partnership for Peace",
    "PIF": "Pacific Islands Forum",
    "PROSUR": "Forum for the Progress and Integration of South America",
    "Pacific Alliance": "Pacific Alliance",
    "Paris Club": "Paris Club",
    "Petrocaribe": "Petrocaribe",
    "Quad": "Quadrilateral Security Dialogue",
    "SAARC": "South Asian Association for Regional Cooperation",
    "SACEP": "South Asia Co-operative Environment Programme",
    "SACU": "Southern African Customs Union",
    "SADC": "Southern African Development Community",
    "SCO": "Shanghai Cooperation Organisation",
    "SELEC": "Southeast European Law Enforcement Center",
    "SICA": "Central American Integration System",
    "SPC": "Pacific Community",
    "Schengen Convention": "Schengen Convention",
    "Sparteca": "South Pacific Regional Trade and Economic Cooperation Agreement",
    "UN": "United Nations",
    "UN Security Council": "United Nations Security Council",
    "UN Women": "United Nations Entity for Gender Equality and the Empowerment of Women",
    "UNAMA": "United Nations Assistance Mission in Afghanistan",
    "UNAMID": "African Union-United Nations Hybrid Operation in Darfur",
    "UNASUR": "Union of South American Nations",
    "UNCDF": "United Nations Capital Development Fund",
    "UNCTAD": "United Nations Conference on Trade and Development",
    "UNDOF": "United Nations Disengagement Observer Force",
    "UNDP": "United Nations Development Programme",
    "UNECA": "United Nations Economic Commission for Africa",
    "UNEP": "United Nations Environment Programme",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "UNFICYP": "United Nations Peacekeeping Force in Cyprus",
    "UNFPA": "United Nations Population Fund",
    "UNHCR": "Office of the United Nations High Commissioner for Refugees",
    "UNHRC": "United Nations Human Rights Council",
    "UNICEF": "United Nations Children's Fund",
    "UNIDO": "United Nations Industrial Development Organization",
    "UNIFIL": "United Nations Interim Force in Lebanon",
    "UNISFA": "United Nations Interim Security Force for Abyei",
    "UNITAR": "United Nations Institute for Training and Research",
    "UNMHA": "United Nations Mission to Support the Hudaydah Agreement",
    "UNMIL": "United Nations Mission in Liberia",
    "UNMIS": "United Nations Mission in the Sudan",
    "UNMISS": "United Nations Mission in the Republic of South Sudan",
    "UNMIT": "United Nations Integrated Mission in Timor-Leste",
    "UNMOGIP": "United Nations Military Observer Group in India and Pakistan",
    "UNOCI": "United Nations Operation in Côte d'Ivoire",
    "UNOOSA": "United Nations Office for Outer Space Affairs",
    "UNOPS": "United Nations Office for Project Services",
    "UNRWA": "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "UNSMIL": "United Nations Support Mission in Libya",
    "UNSOM": "United Nations Assistance Mission in Somalia",
    "UNSOS": "United Nations Support Office in Somalia",
    "UNTSO": "United Nations Truce Supervision Organization",
    "UNVIM": "United Nations Verification and Inspection Mechanism for Yemen",
    "UNWTO": "World Tourism Organization (UN Tourism)",
    "UPU": "Universal Postal Union",
    "USMCA": "United States-Mexico-Canada Agreement",
    "Union Latina": "Latin Union",
    "WADB": "West African Development Bank",
    "WAEMU": "West African Economic and Monetary Union",
    "WCO": "World Customs Organization",
    "WFP": "World Food Programme",
    "WFTU": "World Federation of Trade Unions",
    "WHO": "World Health Organization",
    "WIPO": "World Intellectual Property Organization",
    "WMO": "World Meteorological Organization",
    "WTO": "World Trade Organization",
    "Wassenaar Arrangement": "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies",
    "World Bank Group": "World Bank Group",
    "ZC": "Zangger Committee",
}

# Parenthesised membership statuses: spelling variants -> the status we store.
STATUS_VARIANTS: dict[str, str] = {
    "associated member": "associate member",
    "candidates": "candidate",
    "nonregional members": "nonregional member",
    "partners": "partner",
}


# --------------------------------------------------------------------------------------------
# Military and Security > Military deployments.
#
# Most entries are a list of "NUMBER HOST (MISSION)" separated by semicolons, which the importer
# reads by itself; the tables below are the reviewed decisions for everything else.
# --------------------------------------------------------------------------------------------

# Host names the country index does not resolve, or resolves to more than one state. Value:
# (host codes, a note in our words for every fact, or None).
DEPLOYMENT_HOSTS: dict[str, tuple[tuple[str, ...], str | None]] = {
    # UNISFA serves in the Abyei area, which Sudan and South Sudan both claim: the one contingent
    # is recorded for both hosts, and the note says so (do not add the two figures up).
    "Abyei/South Sudan/Sudan": (("SD", "SS"), "The contingent serves with UNISFA in the Abyei area, which Sudan and South Sudan both claim; the Factbook gives one figure, recorded for each of the two states."),
    "Bosnia Herzegovina": (("BA",), None),
    "Bosnia-Herzegovina": (("BA",), None),
    # The Golan Heights are Syrian territory under Israeli occupation since 1967; UNDOF patrols the
    # area of separation between the Israeli and Syrian forces. Recorded with Syria as the host,
    # and the note says the Factbook names the Golan Heights. A decision to review.
    "Democratic Republic of Congo": (("CD",), None),
    "Golan Heights": (("SY",), "The Factbook names the Golan Heights as the host; it is recorded here under Syria, the state whose territory the UNDOF area of separation lies in."),
    "South Sudan/Sudan": (("SD", "SS"), "The contingent serves with UNISFA in the Abyei area, which Sudan and South Sudan both claim; the Factbook gives one figure, recorded for each of the two states."),
    "Sudan/South Sudan": (("SD", "SS"), "The contingent serves with UNISFA in the Abyei area, which Sudan and South Sudan both claim; the Factbook gives one figure, recorded for each of the two states."),
}

# Mission names and phrases inside the parentheses -> the group party they belong to (in
# data/groups.toml or data/factbook/organisations.toml), or None when there is no such group.
# A mission not listed here is kept as written in `values.mission`, without a group.
DEPLOYMENT_MISSIONS: dict[str, str | None] = {
    "AU": "ORG-AU",
    "AUSSOM": "ORG-AU",                 # the African Union's support mission in Somalia
    "African Union Support and Stabilization Mission in Somalia or AUSSOM": "ORG-AU",
    "ECOWAS": "ECOWAS",
    "EUFOR": "EU",                      # the EU's force in Bosnia and Herzegovina (Althea)
    "EUFOR stabilization force": "EU",
    "KFOR": "NATO",                     # NATO's Kosovo Force
    "MFO": None,                        # Multinational Force and Observers (Sinai): no group party
    "MINUSCA": "MINUSCA",
    "MONUSCO": "MONUSCO",
    "NATO": "NATO",
    "Southern African Development Community": "SADC",
    "Southern African Development Community regional force": "SADC",
    "UN": "ORG-UN",
    "bilateral agreement": None,        # a deployment under an agreement between the two states
    "UNAMI": "ORG-UN",                  # UN Assistance Mission for Iraq: no group of its own
    "UNDOF": "UNDOF",
    "UNFICYP": "UNFICYP",
    "UNIFIL": "UNIFIL",
    "UNISFA": "UNISFA",
    "UNMISS": "UNMISS",
}

# Where the text names one of a country's own territories, it is not a deployment in another
# state: these hosts are listed in the report with this reason, not written.
OWN_TERRITORY = "the host is the deploying country's own territory (a dependency or overseas part), not another state"

# Reviewed readings of the segments the importer cannot read by itself. GEC -> list of
# (how the segment starts, readings | reason). A reading is a dict: `host` (a name or code),
# and as the text gives them `count`, `count_max`, `qualifier` (about | up to | estimated |
# more than), `police`, `unit`, `mission`, `size` (words, where there is no number), `note`
# (our words). A string instead of readings is the reason the segment is not read.
NO_COUNTRY = "names no host country (totals, regions or assets only)"
MNJTF = ("the Multinational Joint Task Force: national contingents serve in their own territory, so there is "
         "no host state")
BRIGADE = ("the joint Lithuanian-Polish-Ukrainian brigade (LITPOLUKRBRIG): its units stay in their own "
           "countries until it is activated, so there is no host state")
DEPLOYMENT_READINGS: dict[str, list[tuple[str, list[dict] | str]]] = {
    "ae": [("maintains a few hundred troops", [
        {"host": "SO", "size": "a few hundred troops", "note": "The Factbook gives one figure, a few hundred troops, for Somalia and Yemen together."},
        {"host": "YE", "size": "a few hundred troops", "note": "The Factbook gives one figure, a few hundred troops, for Somalia and Yemen together."}])],
    "as": [("note: the number of Australian", NO_COUNTRY),
           ("since the 1990s, Australia has deployed", "a total over three decades, with no host state")],
    "be": [("has on average about 1,000", NO_COUNTRY)],
    "ca": [("the CAF also has air and naval", NO_COUNTRY),
           ("note: in 2024, Canada announced plans", "a plan (a brigade in Latvia by 2026); the present deployment to Latvia is read from the text")],
    "cd": [("note: Chad has committed", MNJTF),
           ("national MNJTF troop contingents", MNJTF)],
    "cm": [("note: Cameroon has committed", MNJTF),
           ("national MNJTF troop contingents", MNJTF)],
    "cf": [("has about 175 mostly police", [
        {"host": "CF", "count": 175, "qualifier": "about", "mission": "MINUSCA", "note": "Most of them are police, the Factbook says."}])],
    "ch": [("has also established a base in Djibouti", [
        {"host": "DJ", "count": 400, "qualifier": "about", "unit": "marines", "note": "The figure counts the marines at China's base in Djibouti; naval and support staff come on top of it and are not counted."}])],
    "da": [("Denmark contributes air, ground", [
        {"host": "LV", "mission": "NATO", "size": "ground troops", "note": "The Factbook gives no number."}])],
    "eg": [("also has about 200 police", [
        {"host": "CD", "count": 200, "qualifier": "about", "unit": "police personnel", "mission": "MONUSCO"}])],
    "ei": [("also contributes small numbers", NO_COUNTRY)],
    "et": [("estimated to have as many as 10,000", [
        {"host": "SO", "count": 10000, "qualifier": "up to", "mission": "AU", "note": "About 2,500 of them serve under the African Union; the others under a bilateral agreement with Somalia's government."}])],
    "fi": [("Finland also contributes", NO_COUNTRY)],
    "fr": [("France typically has up to 30,000", NO_COUNTRY),
           ("up to 10,000 are permanently deployed", [
               {"host": "DJ", "count": 1500, "note": "Listed among France's permanent deployments abroad."}]),
           ("French Guyana", OWN_TERRITORY),
           ("French Polynesia", OWN_TERRITORY),
           ("French West Indies", OWN_TERRITORY),
           ("Reunion Island", OWN_TERRITORY),
           ("UAE (800)", [{"host": "AE", "count": 800, "note": "Listed among France's permanent deployments abroad."}]),
           ("other non-permanent deployments", NO_COUNTRY)],
    "gm": [("300 Kosovo (NATO/KFOR), Lebanon 170", [
        {"host": "XK", "count": 300, "mission": "NATO/KFOR"},
        {"host": "LB", "count": 170, "mission": "UNIFIL"}])],
    "hr": [("also has a few hundred personnel", NO_COUNTRY)],
    "ir": [("note: Iran maintained a military presence", "a past presence in Syria (2011 to December 2024), with no figure for Iran's own forces")],
    "it": [("Italy has on average about 8,000", NO_COUNTRY),
           ("significant ground troop deployments include", [
               {"host": "BG", "count": 750}, {"host": "HU", "count": 250}, {"host": "XK", "count": 870},
               {"host": "LV", "count": 300}, {"host": "LB", "count": 875}]),
           ("in addition, air and naval units", NO_COUNTRY)],
    "ja": [("maintains a presence of about 400", [
        {"host": "DJ", "count": 400, "qualifier": "about", "note": "They serve at a permanent Japanese base in Djibouti."}])],
    "lh": [("note: contributes about 350-550", BRIGADE),
           ("the brigade is headquartered", BRIGADE),
           ("units affiliated with the multinational brigade", BRIGADE)],
    "nl": [("approximately 800 deployed to Dutch territories", OWN_TERRITORY)],
    "no": [("Norway also deploys air and naval", NO_COUNTRY)],
    # UNSMIL is the UN mission in Libya, but the entry names Liberia: the two disagree, and
    # neither is guessed.
    "np": [("225 Liberia (UNSMIL)", "the host (Liberia) and the mission (UNSMIL, the UN mission in Libya) disagree: not guessed")],
    "nz": [("small numbers of NZ military", NO_COUNTRY)],
    "pk": [("300 MONUSCO", [
        {"host": "CD", "count": 300, "mission": "MONUSCO", "note": "The Factbook names only the mission; MONUSCO serves in the Democratic Republic of the Congo."}])],
    "po": [("the Portuguese Armed Forces have more than 1,100", NO_COUNTRY),
           ("key deployments include 225 troops", [
               {"host": "CF", "count": 225, "mission": "UN"},
               {"host": "LT", "mission": "NATO", "size": "part of about 350", "note": "The Factbook gives about 350 troops for Lithuania and Romania together."},
               {"host": "RO", "mission": "NATO", "size": "part of about 350", "note": "The Factbook gives about 350 troops for Lithuania and Romania together."}]),
           ("it also participates in NATO air", NO_COUNTRY)],
    "ro": [("Romania also has small numbers", NO_COUNTRY)],
    "rs": [("note: Russia is also assessed", "paramilitary personnel and private contractors, not the armed forces, with no figure per country"),
           ("more than 20,000 additional military personnel", [
        {"host": h, "size": "part of more than 20,000",
         "note": "The Factbook gives one total, more than 20,000, for Russia's forces in former Soviet states and elsewhere, and names this country among them; it does not say where in the country."}
        for h in ("AM", "BY", "GE", "KG", "LY", "MD", "SY", "TJ")])],
    "rw": [("approximately 3,200 Central African Republic", [
        {"host": "CF", "count": 3200, "qualifier": "about", "police": 700, "mission": "MINUSCA; bilateral agreement",
         "note": "About 2,200 serve with MINUSCA and about 1,000 under a bilateral agreement; some 700 police come on top."}]),
           ("estimated 3,000 Mozambique", [
        {"host": "MZ", "count": 3000, "qualifier": "estimated", "mission": "bilateral agreement",
         "note": "Soldiers and police, under a bilateral agreement to help fight an insurgency."}])],
    "sn": [("maintains permanent training detachments", [
        {"host": h, "size": "a permanent training detachment", "note": "The Factbook gives no number."}
        for h in ("AU", "FR", "US")])],
    "sp": [("Spain has up to 3,000", NO_COUNTRY),
           ("its largest deployments are up to 700", [
               {"host": "LB", "count": 700, "qualifier": "up to", "mission": "UNIFIL"}]
            + [{"host": h, "mission": "NATO", "size": "part of about 1,700",
                "note": "The Factbook gives about 1,700 personnel for Latvia, Romania and Slovakia together."}
               for h in ("LV", "RO", "SK")])],
    "tu": [("Turkiye also has several thousand", [
        {"host": h, "mission": "bilateral agreement", "size": "part of several thousand",
         "note": "The Factbook gives one total, several thousand, for Türkiye's forces abroad under bilateral agreements, and names this country among them."}
        for h in ("AZ", "LY", "QA", "SO")]),
           ("note: Turkey estimated", [
        {"host": h, "size": "several thousand troops",
         "note": "From the field's note, which gives one estimate, several thousand, for each of Iraq and Syria."}
        for h in ("IQ", "SY")])],
    "tz": [("approximately 300 Mozambique", [
        {"host": "MZ", "count": 300, "qualifier": "about", "mission": "bilateral agreement",
         "note": "Under a bilateral agreement to help fight an insurgency."}])],
    "uk": [("the British military has more than 8,000", NO_COUNTRY),
           ("key deployments include approximately 1,000 in Brunei", [
               {"host": "BN", "count": 1000, "qualifier": "about"},
               {"host": "CY", "count": 2500, "qualifier": "about", "note": "The figure includes about 250 serving with UNFICYP."},
               {"host": "EE", "count": 900, "count_max": 1000, "qualifier": "about", "mission": "NATO"}]),
           ("its air and naval forces conduct", NO_COUNTRY),
           ("the British military also participates", NO_COUNTRY)],
    "ni": [("note: Nigeria has committed", MNJTF),
           ("MNJTF conducts operations", MNJTF),
           ("national MNJTF troop contingents", MNJTF)],
    "pl": [("note: Poland has obligated", BRIGADE),
           ("the brigade is headquartered", BRIGADE),
           ("units affiliated with the multinational brigade", BRIGADE)],
    "up": [("note: prior to the Russian invasion", BRIGADE + " (and this commitment predates 2022)"),
           ("the brigade is headquartered", BRIGADE),
           ("units affiliated with the multinational brigade", BRIGADE)],
    "us": [("the US has approximately 200,000", NO_COUNTRY)],
}

# Parts of a segment the reviewed reading above leaves out, each with its reason (the report
# lists them): the Falklands and Gibraltar are the UK's own territories, "the Middle East" no state.
DEPLOYMENT_LEFT_OUT: dict[str, list[tuple[str, str]]] = {
    "uk": [("over 1,000 in the Falkland Islands", OWN_TERRITORY),
           ("500-600 in Gibraltar", OWN_TERRITORY),
           ("more than 1,000 in the Middle East", "a region, not a state")],
}

# Notes in our words for a particular (deploying country, host) pair.
DEPLOYMENT_NOTES: dict[tuple[str, str], str] = {
    ("TR", "CY"): ("Cyprus's own profile (Military - note) places Turkey's forces in the island's north, the area "
                   "that the Turkish Cypriots administer as the Turkish Republic of Northern Cyprus, an entity that "
                   "profile calls unrecognised."),
}


# --------------------------------------------------------------------------------------------
# Military and Security > Military equipment inventories and acquisitions: arms suppliers.
#
# The importer splits an entry into clauses (at semicolons) and each clause into parts where the
# role changes ("... mostly Chinese armaments, with smaller quantities from ..."), finds the
# supplier names in each part and gives each the role the part's wording says. The tables below
# are the reviewed vocabulary; everything not read is listed in the report.
# --------------------------------------------------------------------------------------------

# Adjectives and other names of suppliers the country index does not hold -> party code.
# Soviet-era equipment is recorded with the Soviet Union (the historical party importers.rdcr
# writes) and flagged `legacy` in the values.
ARMS_NAMES: dict[str, str] = {
    "Brazilian": "BR",
    "British": "GB",
    "Chinese": "CN",
    "Eastern Bloc": "",           # a bloc, not a state: reported
    "French": "FR",
    "Indian": "IN",
    "Israeli": "IL",
    "Italian": "IT",
    "Russian": "RU",
    "South African": "ZA",
    "South Korean": "KR",
    "Soviet": "H-SOVIET-UNION",
    "Soviet Union": "H-SOVIET-UNION",
    "Soviet-Union": "H-SOVIET-UNION",
    "former Soviet Union": "H-SOVIET-UNION",
    "former Yugoslavia": "H-YUGOSLAVIA",
    "T&uuml;rkiye": "TR",
    "Türkiye": "TR",
    "UAE": "AE",
    "UK": "GB",
    "US": "US",
}

# Regions and blocs named as suppliers: not a state, so not written; the report lists each.
ARMS_REGIONS: tuple[str, ...] = (
    "Asia", "EU countries", "Eastern Bloc", "Europe", "European", "Gulf States", "Western",
    "Western Europe", "Western European",
)

# Role words, strongest first; the first that a part of a clause contains gives the role of every
# supplier named in that part. `main`: the text says most, the majority, largely, mainly, primarily,
# or the leading, main or primary supplier. `major`: major, key or significant suppliers, or a
# supplier singled out ("particularly the US"). `minor`: smaller quantities or small amounts.
# `provider`: donated, provided or supplied equipment. `supplier`: named among suppliers with no weight.
ARMS_ROLES: tuple[tuple[str, str], ...] = (
    ("minor", r"\b(?:smaller|small amounts?|small quantities|limited (?:amounts?|quantities|number))\b"),
    ("main", r"\b(?:(?:most(?:ly)?|largely|mainly|primarily)(?!\s+(?:older|old|secondhand|obsolescent|dated|ageing|aging|"
             r"modern|imported|donated|light|domestically|comprised|a mix))|majority|predominantly|almost entirely|"
             r"leading|largest|main|primary|traditional supplier|traditionally)\b"),
    ("major", r"\b(?:major|key|significant)\b"),
    ("provider", r"\b(?:donat\w*|provided|supplied|gave|delivered)\b"),
    ("supplier", r"."),
)

# Where a part of a clause turns to another role: it is split there.
ARMS_TURNS = (r",?\s+(?:along with|alongside|with smaller|and (?:a )?smaller|and some|and limited|and a growing|"
              r"and growing|but also|although|while|as well as|and especially|and particularly|with a|"
              r"and more recently)\b|\bother suppliers\b")

# Reviewed readings that replace the automatic one for a whole entry: a list of
# (supplier code, role, note in our words), or a reason (a string) the entry is not read.
ARMS_OVERRIDES: dict[str, list[dict] | str] = {
    # The Taliban's arms were captured from the former government's forces in 2021: their origin is
    # not a supply relation with the present rulers.
    "af": "equipment captured in 2021 from the former Afghan forces; its origin (Soviet, Russian, US) is not a supply to the present forces",
    # Libya's two rival forces have different suppliers; each is recorded with a note naming it.
    "ly": [{"supplier": "RU", "role": "main",
            "text": "Russia is one of the main foreign sources of the equipment of both of Libya's rival forces",
            "note": "Both of Libya's rival forces (the GNU's and the LNA's) are largely equipped with Russian or Soviet-origin weapons; in recent years Russia has supplied the LNA."},
           {"supplier": "H-SOVIET-UNION", "role": "main",
            "note": "Both of Libya's rival forces (the GNU's and the LNA's) are largely equipped with Russian or Soviet-origin weapons."},
           {"supplier": "TR", "role": "main", "recent": True,
            "text": "Türkiye has been the main recent supplier of arms to the forces of Libya's Government of National Unity",
            "note": "The GNU is one of Libya's two rival authorities."},
           {"supplier": "AE", "role": "supplier", "recent": True,
            "text": "The United Arab Emirates has supplied arms to the Libyan National Army, the GNU's rival, in recent years"}],
    # Ukraine's entry contrasts its inventory before and after the full-scale invasion of 2022.
    "up": [{"supplier": "RU", "role": "main",
            "text": "Before the full-scale Russian invasion of February 2022, much of Ukraine's military equipment was of Russian origin",
            "note": "The role describes the inventory before 2022."},
           {"supplier": "H-SOVIET-UNION", "role": "main",
            "note": "Before 2022 much of Ukraine's inventory dated from the Soviet era; since the invasion it has received more, and more modern Western, weapons."},
           {"supplier": "US", "role": "provider", "recent": True,
            "text": "The United States has supplied large quantities of weapons to Ukraine since the Russian invasion of 2022",
            "note": "European countries are named as suppliers too, as a group (not read)."}],
}

# Names right after these words are not suppliers ("its war on Ukraine").
ARMS_NOT_SUPPLIER_BEFORE = r"(?:war (?:on|in|with|against)|invasion of|against|embargo (?:on|from))\s+$"

# Clauses that name a foreign country without a supply relation (domestic industry, joint
# production, exports): clauses matching this are not read, and the report lists any country
# they name.
ARMS_INDUSTRY = (r"defen[cs]e industr|defense sector|defense-industrial|jointly produce|joint (?:defense )?(?:development|production)|"
                 r"exporter|cooperat|under license|funding for")


# --------------------------------------------------------------------------------------------
# The Factbook's free text, in our words.
#
# Facts, names, dates and figures carry over from the Factbook; its sentences do not. Every note
# (and every piece of prose found where a field expects a name or an address) is written from
# this table: key -> (fingerprint, our wording). The key says where the text is (a fact id, or
# "membership.<code>[.<group>]"); the fingerprint (importers.factbook.fingerprint) is of the
# Factbook's text the wording was written for, so a changed source is not reworded silently: the
# importer leaves the note out and lists it in its report ("not written: needs a reviewed
# wording"), with the text to reword. An empty wording: nothing in the text belongs in a note
# (contact details only). Contact details (telephone, FAX, email, website, mailing address) are
# left out of every wording.
# --------------------------------------------------------------------------------------------
REWORDED: dict[str, tuple[str, str]] = {
    'factbook.border.ao-cd': ('6b32b6475f',
        'Both profiles say 225 km of it borders Cabinda, the province of Angola cut off from the rest of the '
        'country.'),
    'factbook.border.ca-us': ('ab60f037e3',
        'Both profiles count 2,475 km along Alaska in the length.'),
    'factbook.border.il-jo': ('76b73d5c60',
        "Israel's profile says 20 km of its figure lie within the Dead Sea."),
    'factbook.independence.af': ('a02ef1cf8d',
        "The entry gives this as independence from UK control over Afghanistan's foreign affairs."),
    'factbook.independence.az.h-soviet-union': ('3520b07b91',
        'The entry gives the date of the declaration of independence.'),
    'factbook.independence.ba.h-yugoslavia': ('10dfc66f48',
        "The Factbook's note says the independence referendum ended on 1 March 1992 and independence was "
        'declared on 3 March 1992.'),
    'factbook.independence.be': ('17640b10cc',
        'The entry says a provisional government made the declaration.'),
    'factbook.independence.bg.h-ottoman-empire': ('34e8e35a35',
        'The entry calls this complete independence.'),
    'factbook.independence.cy': ('290206b2e6',
        'Turkish Cypriots declared self-rule on 13 February 1975 and independence in 1983; only Turkey '
        "recognises either, the Factbook's note says."),
    'factbook.independence.ee.h-soviet-union': ('a740d2ebe6',
        'The entry gives the date of the declaration of independence.'),
    'factbook.independence.eg': ('faae611213',
        'The entry gives this as independence from UK protectorate status and adds that a military-led '
        'revolution, begun on 23 July 1952, brought the declaration of a republic on 18 June 1953 and the '
        "withdrawal of all British troops on 18 June 1956. The Factbook's note says Upper (southern) and "
        'Lower (northern) Egypt were first politically united around 3200 B.C.'),
    'factbook.independence.gr.h-ottoman-empire': ('a2abd99c99',
        "The Factbook's note says the national revolt against Ottoman rule began on 25 March 1821, and that "
        'Great Britain, France and Russia signed the London Protocol recognising Greek independence on 3 '
        'February 1830.'),
    'factbook.independence.hr.h-yugoslavia': ('a39339dc6b',
        "The Factbook's note says the Croatian parliament voted for independence on 25 June 1991, and the "
        'legislature decided on 8 October 1991 to cut constitutional ties with Yugoslavia.'),
    'factbook.independence.id': ('75b0441837',
        'The entry gives the date of the declaration of independence.'),
    'factbook.independence.is': ('431aa9f85e',
        "The date is the birthday of Jon SIGURDSSON, who led Iceland's independence movement in the 19th "
        'century, the entry says.'),
    'factbook.independence.li.h-german-confederation': ('fe00e053bc',
        ''),
    'factbook.independence.li.h-holy-roman-empire': ('e1f18ea764',
        ''),
    'factbook.independence.lt.h-soviet-union': ('ea29ada6c2',
        'The entry gives the date of the declaration of independence.'),
    'factbook.independence.lv.h-soviet-union': ('5e1a511d9c',
        'The entry gives the date of the declaration of independence.'),
    'factbook.independence.mk.h-yugoslavia': ('b103e0a6db',
        'The entry says a referendum endorsed independence on that date.'),
    'factbook.independence.mn': ('f4ffc036d2',
        'The entry also gives 29 December 1911, when independence from China was declared, though only '
        'autonomy was gained in fact.'),
    'factbook.independence.mx': ('8d69283e19',
        'The entry gives the date of the declaration of independence.'),
    'factbook.independence.py': ('1a424b7e00',
        "The Factbook's note says the rising against Spanish rule happened in the night of 14-15 May 1811, "
        'and Paraguay celebrates both days.'),
    'factbook.independence.ru.h-soviet-union': ('7e4fbd2478',
        'The entry adds that the Russian SFSR was renamed the Russian Federation.'),
    'factbook.independence.sg': ('c71bcef118',
        ''),
    'factbook.independence.to': ('bbdf74b936',
        'The entry gives this as independence from UK protectorate status.'),
    'factbook.independence.us': ('7af9f22a01',
        'The entry gives the date of the declaration of independence.'),
    'factbook.mission-in-us.ad': ('ea737f77a5',
        'The ambassador is also Permanent Representative to the UN.'),
    'factbook.mission-in-us.af': ('8a771233c1',
        "Afghanistan's embassy in the United States shut in March 2022."),
    'factbook.mission-in-us.bt': ('a6a8a31ded',
        'Bhutan and the United States have no diplomatic relations; they set up consular relations on 23 July'
        " 1986. Bhutan's Consulate General in New York is headed by an officer of its Permanent Mission to "
        'the UN, also accredited as Consul General, with consular jurisdiction in the US. Phuntsho NORBU has '
        'been Consul General since October 2022 and is also Deputy Permanent Representative to the UN.'),
    'factbook.mission-in-us.ca': ('f2b23e6264',
        'Trade offices also work inside the consulates general.'),
    'factbook.mission-in-us.gl': ('105be6d0b1',
        "Greenland also keeps offices inside Denmark's consulates in Chicago and New York."),
    'factbook.mission-in-us.hk': ('9cd6ebf950',
        'Hong Kong, a Special Administrative Region of China, has no diplomatic presence. The Hong Kong '
        'Economic and Trade Office (HKETO), at 1520 18th Street NW, Washington, DC 20036, handles routine '
        'liaison and communication with the US government and other US bodies. The post of Hong Kong '
        'Commissioner to the US Government is vacant.'),
    'factbook.mission-in-us.ir': ('a42e660413',
        'Iran keeps an Interests Section within the Embassy of Pakistan, at 1250 23rd Street NW, Washington, '
        'DC 20037.'),
    'factbook.mission-in-us.ki': ('ea737f77a5',
        'The ambassador is also Permanent Representative to the UN.'),
    'factbook.mission-in-us.km': ('ea737f77a5',
        'The ambassador is also Permanent Representative to the UN.'),
    'factbook.mission-in-us.kp': ('de44ee1edc',
        'North Korea keeps a Permanent Mission to the UN in New York.'),
    'factbook.mission-in-us.nr': ('ea737f77a5',
        'The ambassador is also Permanent Representative to the UN.'),
    'factbook.mission-in-us.sb': ('ea737f77a5',
        'The ambassador is also Permanent Representative to the UN.'),
    'factbook.mission-in-us.sc': ('ea737f77a5',
        'The ambassador is also Permanent Representative to the UN.'),
    'factbook.mission-in-us.sm': ('ea737f77a5',
        'The ambassador is also Permanent Representative to the UN.'),
    'factbook.mission-in-us.sy': ('4dbf9f593c',
        "Work at Syria's embassy in the United States was suspended on 18 March 2014."),
    'factbook.mission-in-us.tv': ('5eefc65491',
        "The ambassador is also Permanent Representative to the UN, and Tuvalu's Permanent Mission to the UN "
        'acts as its embassy.'),
    'factbook.mission-in-us.tw': ('12ee91ed78',
        "Commercial and cultural relations with Taiwan's citizens in the US run through an unofficial body, "
        'TECRO (the Taipei Economic and Cultural Representative Office in the United States), which is a '
        'private nonprofit corporation offering citizen and consular services like those of a diplomatic '
        'post. Its representative is Ambassador Alexander YUI (since 11 December 2023); its office is at 4201'
        ' Wisconsin Avenue NW, Washington, DC 20016.'),
    'factbook.mission-in-us.ve': ('283f1dd76b',
        "The embassy, then run by Venezuela's political opposition, said on 5 January 2023 that it had "
        'stopped all embassy functions.'),
    'factbook.mission-in-us.vu': ('264c852b1c',
        "The ambassador is also Permanent Representative to the UN, and Vanuatu's Permanent Mission to the UN"
        ' acts as its embassy.'),
    'factbook.mission-in-us.ws': ('ea737f77a5',
        'The ambassador is also Permanent Representative to the UN.'),
    'factbook.us-mission.ad': ('0783192d9b',
        'The United States has no embassy in Andorra; its ambassador to Spain is accredited there, and the US'
        ' Consulate General in Barcelona (Spain) looks after US interests in Andorra.'),
    'factbook.us-mission.af': ('5aaa5e4613',
        'The United States keeps no presence in Afghanistan; its mission for Afghanistan now works from Doha,'
        ' Qatar.'),
    'factbook.us-mission.ag': ('d860978b3b',
        'The United States has no embassy in Antigua and Barbuda; its ambassador to Barbados is accredited '
        'there.'),
    'factbook.us-mission.ai': ('02c515239d',
        'The Factbook names the US embassy in Barbados as the contact.'),
    'factbook.us-mission.aw': ('70388eeead',
        'The United States has no embassy in Aruba; the US Consul General for Curacao is accredited there.'),
    'factbook.us-mission.bb': ('7fe276b5da',
        'The chief of mission is accredited as well to Antigua and Barbuda, Dominica and Grenada, and to '
        'Saint Kitts and Nevis, Saint Lucia, and to Saint Vincent and the Grenadines.'),
    'factbook.us-mission.bo': ('ee45c2d046',
        'Bolivia expelled the US ambassador, Philip GOLDBERG, in September 2008; neither country has put an '
        'ambassador back in place since.'),
    'factbook.us-mission.bt': ('3520af49cf',
        'Bhutan and the United States have never set up formal diplomatic relations; they keep informal '
        "contact through the US embassy in New Delhi, India, and Bhutan's mission to the UN in New York."),
    'factbook.us-mission.ch': ('304b19baf2',
        'The ambassador is accredited to Liechtenstein as well.'),
    'factbook.us-mission.ck': ('c127dd76c7',
        'The United States and the Cook Islands formally established diplomatic relations on 25 September '
        '2023.'),
    'factbook.us-mission.cn': ('5f1e38684f',
        'In late July 2020 China ordered the US consulate in Chengdu to close.'),
    'factbook.us-mission.cw': ('e2dab751ab',
        'The consul general is accredited to Aruba and Sint Maarten as well.'),
    'factbook.us-mission.cy': ('933ba7147f',
        "Ambassador FISHER is on temporary assignment as chargé d'affaires ad interim at the US embassy in "
        'Kyiv, Ukraine, and keeps her full accreditation to Cyprus.'),
    'factbook.us-mission.dm': ('c18ee605fd',
        'The United States has no embassy in Dominica; its ambassador to Barbados is accredited there.'),
    'factbook.us-mission.es': ('793c59d6f9',
        'The chief of mission is accredited to Andorra as well.'),
    'factbook.us-mission.fj': ('4d7cf120f8',
        'The ambassador is accredited as well to Kiribati, Nauru, Tonga and Tuvalu.'),
    'factbook.us-mission.fr': ('3aa181585e',
        'The ambassador is accredited to Monaco as well.'),
    'factbook.us-mission.ga': ('9c457a0581',
        'The ambassador is accredited to Sao Tome and Principe as well.'),
    'factbook.us-mission.gd': ('670e0ea389',
        "The United States has no official embassy in Grenada; Karin B. SULLIVAN, chargé d'affaires in "
        'Barbados, is accredited to it.'),
    'factbook.us-mission.gq': ('20e5c48074',
        'The embassy stands between the Sonagas headquarters and the UN offices.'),
    'factbook.us-mission.hk': ('4365ba4e04',
        'The consul general is accredited to Macau as well.'),
    'factbook.us-mission.il': ('3d87340a95',
        'The US embassy moved from Tel Aviv to Jerusalem on 14 May 2018; on 4 March 2019 the US Consulate '
        'General in Jerusalem was merged into the embassy, leaving one diplomatic mission.'),
    'factbook.us-mission.iq': ('eaf4d100e0',
        'The US consulate in Al Basrah was closed with effect from 28 September 2018.'),
    'factbook.us-mission.ir': ('60127fef7d',
        'The US Interests Section works from the Swiss embassy in Tehran, at No. 55, on the corner of Shahid '
        'Mousavi Street (Golestan 5th) and Paydarfard Street, Pasdaran.'),
    'factbook.us-mission.it': ('4bb1698e3b',
        'The ambassador is accredited to San Marino as well.'),
    'factbook.us-mission.ki': ('66cba580b9',
        'Ambassador DAMOUR works from the US embassy in Fiji and is accredited to Kiribati, Nauru, Tonga and '
        'Tuvalu. The United States has no embassy in Kiribati yet, but has said it plans to open one.'),
    'factbook.us-mission.km': ('4394921c07',
        'The United States has no embassy in Comoros; its ambassador to Madagascar is accredited there.'),
    'factbook.us-mission.kn': ('1825194271',
        'The United States has no embassy in Saint Kitts and Nevis; its ambassador to Barbados is accredited '
        'there.'),
    'factbook.us-mission.kp': ('b98a24e472',
        "Sweden's embassy in Pyongyang acts for the United States as protecting power in consular matters."),
    'factbook.us-mission.ky': ('820b84d8a2',
        'Consular services for the Cayman Islands come from the US embassy in Jamaica.'),
    'factbook.us-mission.lc': ('db326ba0fb',
        'The United States has no embassy in Saint Lucia; its ambassador to Barbados is accredited there.'),
    'factbook.us-mission.li': ('483a71b9a0',
        'The United States has no embassy in Liechtenstein; its ambassador to Switzerland is accredited '
        'there.'),
    'factbook.us-mission.ly': ('05becbdd66',
        'US embassy operations in Tripoli stopped in July 2014 amid unrest in Libya; its staff and work are '
        'now based at the US embassy in Tunis, Tunisia.'),
    'factbook.us-mission.mc': ('995985ee16',
        'The United States has no embassy in Monaco; its ambassador to France is accredited there, and the US'
        ' Consul General in Marseille (France), acting under that ambassador, deals with diplomatic and '
        'consular matters for Monaco.'),
    'factbook.us-mission.ml': ('be26708903',
        'The embassy is off the Roi Bin Fahad Aziz Bridge, to the west of central Bamako.'),
    'factbook.us-mission.mo': ('5e164ab900',
        'The United States has no offices in Macau; the US Consulate General in Hong Kong is accredited to '
        'it.'),
    'factbook.us-mission.ms': ('cd1dd9766c',
        'The Factbook names the US embassy in Barbados (Wildey Business Park, St. Michael BB 14006, '
        'Bridgetown) as the contact.'),
    'factbook.us-mission.mu': ('34b82a2a1c',
        'The ambassador is accredited to Seychelles as well.'),
    'factbook.us-mission.mv': ('ca3482d25c',
        'As of early November 2023 the United States had no diplomatic or consular office in Maldives; the US'
        ' mission to Maldives is run from the US embassy in Colombo, Sri Lanka.'),
    'factbook.us-mission.nr': ('5e399203c4',
        'The United States has no embassy in Nauru; its ambassador to Fiji is accredited there.'),
    'factbook.us-mission.nu': ('ba653c8548',
        'The United States and Niue formally established diplomatic relations on 25 September 2023.'),
    'factbook.us-mission.nz': ('a821cbddd8',
        'The chief of mission is accredited to Samoa as well.'),
    'factbook.us-mission.pg': ('0b677c4f9c',
        'The ambassador is accredited to the Solomon Islands and Vanuatu as well.'),
    'factbook.us-mission.sb': ('76d0a62b1c',
        'The ambassador is based in Port Moresby, Papua New Guinea, and is accredited to Papua New Guinea and'
        ' Vanuatu as well.'),
    'factbook.us-mission.sc': ('25d4a74a75',
        "Ambassador JARDINE is based in Mauritius and accredited to Seychelles; Chargé d'Affaires LOUTFI is "
        'based in Victoria, Mahe, Seychelles. The US embassy in Seychelles, closed in 1996, reopened on 1 '
        'June 2023.'),
    'factbook.us-mission.sd': ('8f4012dcef',
        'On 22 April 2023 the US embassy in Khartoum suspended its work, visa, passport and other routine '
        'consular services included.'),
    'factbook.us-mission.sm': ('25d2290812',
        'The United States has no embassy in San Marino; its ambassador to Italy is accredited there, and the'
        ' US Consulate General in Florence handles everyday contacts.'),
    'factbook.us-mission.sn': ('cb81de426c',
        'The ambassador is accredited to Guinea-Bissau as well.'),
    'factbook.us-mission.so': ('45d1878b08',
        "The embassy reopened in October 2019, inside the grounds of Mogadishu's airport."),
    'factbook.us-mission.st': ('3ac9e499a0',
        'The United States has no embassy in Sao Tome and Principe; its ambassador to Angola is accredited '
        'there.'),
    'factbook.us-mission.sx': ('16035bcdec',
        'The United States has no embassy in Sint Maarten; the US Consul General for Curacao is accredited '
        'there.'),
    'factbook.us-mission.sy': ('0993f5f3b0',
        'The United States suspended work at its embassy in Damascus on 6 February 2012; Czechia acts as '
        'protecting power for US interests in Syria.'),
    'factbook.us-mission.to': ('9207a25ffd',
        'Ambassador DAMOUR works from the US embassy in Fiji and is accredited to Tonga, Kiribati, Nauru and '
        'Tuvalu. The United States opened an embassy in Tonga on 9 May 2023; while it is being staffed, the '
        'US ambassador to Fiji is accredited to Tonga.'),
    'factbook.us-mission.tv': ('4f7de03a74',
        'The United States has no embassy in Tuvalu; its ambassador to Fiji is accredited there.'),
    'factbook.us-mission.tw': ('5aeea88e98',
        'The United States has no embassy in Taiwan. Its commercial and cultural ties with the people of '
        'Taiwan run through an unofficial body, the American Institute in Taiwan (AIT): a private nonprofit '
        'corporation offering citizen and consular services like those of a diplomatic post. Its director is '
        'Raymond F. GREENE (since 8 July 2024).'),
    'factbook.us-mission.vc': ('2eacd4a6b8',
        'The United States has no embassy in Saint Vincent and the Grenadines; its ambassador to Barbados is '
        'accredited there.'),
    'factbook.us-mission.ve': ('331158103c',
        "The chargé d'affaires heads the Venezuela Affairs Unit, housed in the US embassy in Bogota."),
    'factbook.us-mission.vu': ('2f8eaf8d27',
        'The ambassador is based in Port Moresby, Papua New Guinea, and is accredited to Papua New Guinea and'
        ' the Solomon Islands as well.'),
    'factbook.us-mission.ws': ('07d009a2f9',
        'Samoa falls under the US ambassador in New Zealand, who is accredited to it.'),
    'factbook.us-mission.ye': ('f9254c6e86',
        'The US embassy in Yemen closed in March 2015; a Yemen Affairs Unit now works from the US embassy in '
        'Riyadh.'),
    'membership.af': ('bc6f1386eb',
        'Afghanistan is listed as a member, but Taliban representatives do not take part.'),
    'membership.cu.oas': ('8efa1081b9',
        'the profile says Cuba has been barred from formal participation since 1962'),
    'membership.tm.cis': ('bb04f1195a',
        'the profile says Turkmenistan has not ratified the 1993 CIS charter, but takes part in meetings and '
        'chaired the CIS in 2012'),
    'membership.ua.cis': ('fa10be14fe',
        'the profile says Ukraine has not signed the 1993 CIS charter'),
}


# Pair facts read, in our words, from free text that tells of a dispute between two countries (the
# final edition has no "Disputes - international" field; the military notes and backgrounds tell of
# some). Fact id -> (the fields read, as (GEC, section, field); the fingerprint of their texts, in
# that order; the fact: parties, topic, date, text, and where need be note, values and
# conflicts_with, for readings of the profiles that disagree). A field
# whose text has changed (another fingerprint) leaves its facts out, listed in the report.
_IN_MILITARY = ("in", "Military and Security", "Military - note")
_PK_MILITARY = ("pk", "Military and Security", "Military - note")
DISPUTE_READINGS: dict[str, tuple[tuple[tuple[str, str, str], ...], str, dict]] = {
    "factbook.dispute.in-pk.kashmir": ((_IN_MILITARY, _PK_MILITARY), "fc7800708f", {
        "parties": ["IN", "PK"], "topic": "dispute", "date": "1947/2021",
        "text": ("The military notes of both countries' profiles count four wars and several smaller clashes "
                 "between India and Pakistan, three of the wars over Jammu and Kashmir, a region whose status "
                 "has been in dispute since British rule ended and the two were partitioned in 1947. A "
                 "ceasefire agreed in 2003 was revised in 2018 and confirmed in 2021; the Line of Control, "
                 "the militarised line that serves as the border, is still contested."),
        "note": ("Pakistan's background counts the fighting over Kashmir differently: two wars and a limited "
                 "conflict."),
        "values": {"wars": 4, "wars_over_kashmir": 3},
        "conflicts_with": ["factbook.dispute.in-pk.background"],
    }),
    "factbook.dispute.in-pk.2025": ((_IN_MILITARY, _PK_MILITARY), "fc7800708f", {
        "parties": ["IN", "PK"], "topic": "dispute", "date": "2025",
        "text": ("In spring 2025 India blamed Pakistan for a terrorist attack in the part of Kashmir India "
                 "controls and struck back; a short conflict across the border followed, with strikes by "
                 "aircraft, artillery, drones and missiles. India accuses Pakistan of backing armed "
                 "separatists and terrorist groups in Jammu and Kashmir, where Indian forces have fought "
                 "insurgents since the 1980s."),
    }),
    "factbook.dispute.in-pk.siachen": ((_IN_MILITARY, _PK_MILITARY), "fc7800708f", {
        "parties": ["IN", "PK"], "topic": "dispute", "date": "1984/1995",
        "text": ("The Kashmir dispute takes in the Siachen Glacier in the Karakoram: India seized it in 1984, "
                 "and Pakistan tried several times from 1985 to 1995 to take it back. Both sides keep troops "
                 "there all year despite the 2003 ceasefire, at posts above 6,000 metres (20,000 feet), "
                 "where cold, avalanches and altitude cause most casualties (as of 2025)."),
    }),
    "factbook.dispute.in-pk.background": ((("pk", "Introduction", "Background"),), "de98340f84", {
        "parties": ["IN", "PK"], "topic": "dispute", "date": "1947/1999",
        "text": ("Pakistan's background names Kashmir as the territory over which Pakistan and India fought "
                 "two wars, in 1947–48 and 1965, and a limited conflict in 1999, and calls the dispute "
                 "unresolved. It places the 1971 war, in which India supported a movement in East Pakistan, "
                 "apart: that war ended with East Pakistan becoming Bangladesh."),
        "note": "The military notes of both profiles count four wars, three of them over Jammu and Kashmir.",
        "conflicts_with": ["factbook.dispute.in-pk.kashmir"],
    }),
    "factbook.dispute.cn-in.lac": ((_IN_MILITARY,), "c450c54cb8", {
        "parties": ["CN", "IN"], "topic": "dispute", "date": "1962/2020",
        "text": ("India's military note says the short war of 1962 between China and India left one of the "
                 "longest disputed borders in the world, the Line of Actual Control, along which Indian and "
                 "Chinese forces have faced off from time to time, with deadly clashes in 1975 and 2020."),
    }),
}
