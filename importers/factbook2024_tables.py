"""Reviewed, hand-made tables for `importers.factbook2024` (the Factbook's April 2024 transnational issues).

Everything here is a decision a person made and can review; the importer applies it mechanically.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Entries -> the ISO code that stands as the `entry` of their facts, where the internet country
# code does not give it. None: the entry's paragraphs are set aside, with the reason.
# --------------------------------------------------------------------------------------------
ENTRY_CODES: dict[str, tuple[str | None, str]] = {
    "at": ("AU", "Ashmore and Cartier Islands: ISO 3166-1 counts them under Australia"),
    "bq": ("UM", "Navassa Island: one of the islands ISO 3166-1 groups under UM"),
    "cr": ("AU", "Coral Sea Islands: ISO 3166-1 counts them under Australia"),
    "ee": (None, "European Union: an organisation, not a country entry"),
    "fr": ("FR", "several internet codes listed; .fr is metropolitan France"),
    "gz": ("PS", "Gaza Strip: ISO 3166-1 has one code, PS, for the Gaza Strip and the West Bank"),
    "jn": ("SJ", "Jan Mayen: ISO 3166-1 has one code, SJ, for Svalbard and Jan Mayen"),
    "kv": ("XK", "Kosovo: the user-assigned code XK"),
    "pf": (None, "Paracel Islands: no ISO 3166-1 code; the claims it lists are recorded from the claimants' own entries"),
    "pg": (None, "Spratly Islands: no ISO 3166-1 code; the claims it lists are recorded from the claimants' own entries"),
    "sx": ("GS", "South Georgia and the South Sandwich Islands: no internet code in the entry"),
    "uk": ("GB", "internet code .uk; ISO 3166-1 code GB"),
    "um": ("UM", "no internet country code"),
    "wq": ("UM", "Wake Island: one of the islands ISO 3166-1 groups under UM"),
    "ay": (None, "Antarctica: not a country; the claims it lists are recorded from the claimants' own entries"),
    "oo": (None, "Southern Ocean: not a country; the claims it names are recorded from the countries' own entries"),
    "xo": (None, "Indian Ocean: not a country"),
    "xq": (None, "Arctic Ocean: not a country; the pairs it names are recorded from the countries' own entries"),
    "xx": (None, "World: not a country"),
    "zh": (None, "Atlantic Ocean: not a country"),
    "zn": (None, "Pacific Ocean: not a country"),
}

# --------------------------------------------------------------------------------------------
# Names in the pair headings that data/countries.toml does not know (typos included), by exact
# spelling. Looked up before the party-name index.
# --------------------------------------------------------------------------------------------
HEADING_NAMES: dict[str, str] = {
    "American Samoa (US)": "AS",
    "DRC": "CD",
    "Democratic Republic of Congo (DRC)": "CD",
    "Democratic Republic of Congo (DROC)": "CD",
    "Democratic Republic of Congo(DRC)": "CD",
    "Democratic Republic of the Congo": "CD",
    "Denmark (Greenland)": "DK",
    "France (French Guiana)": "FR",
    "Gaza Strip": "PS",
    "Gibraltar (UK)": "GI",
    "Lativa": "LV",
    "Navassa Island (US)": "US",
    "Republic of Congo": "CG",
    "Republic of the Congo": "CG",
    "Saudia Arabia": "SA",
    "South Georgia and South Sandwich Islands (UK)": "GS",
    "The Bahamas": "BS",
    "Timor Leste": "TL",
    "UAE": "AE",
    "UK": "GB",
    "UK (Gibraltar)": "GB",
    "US": "US",
    "Venezuela (Maritime Boundary)": "VE",
    "West Bank": "PS",
}

# --------------------------------------------------------------------------------------------
# Disputed places, in reader words: (pattern searched in the paragraph, case-sensitive regular
# expression) -> the place's name as the facts give it. A paragraph names each place it matches.
# --------------------------------------------------------------------------------------------
PLACES: tuple[tuple[str, str], ...] = (
    (r"Falkland", "Falkland Islands (Islas Malvinas)"),
    (r"South Georgia|claims the islands in its constitution and briefly occupied them", "South Georgia and the South Sandwich Islands"),
    (r"Essequibo", "Essequibo"),
    (r"Senkaku", "Senkaku Islands (Diaoyu Islands)"),
    (r"Paracel", "Paracel Islands"),
    (r"Spratly|Kalayaan", "Spratly Islands"),
    (r"Scarborough", "Scarborough Reef"),
    (r"Liancourt", "Liancourt Rocks (Dokdo/Takeshima)"),
    (r"Northern Territories|Southern Kuril", "Southern Kuril Islands (Northern Territories)"),
    (r"Kashmir", "Kashmir"),
    (r"Siachen", "Siachen Glacier"),
    (r"Aksai Chin", "Aksai Chin"),
    (r"Arunachal Pradesh", "Arunachal Pradesh"),
    (r"Line of Actual Control", "the Line of Actual Control"),
    (r"Kalapani", "Kalapani"),
    (r"Susta", "Susta"),
    (r"Durand Line", "the Durand Line"),
    (r"Chumbi", "the Chumbi salient"),
    (r"Yalu and Tumen", "islands in the Yalu and Tumen rivers"),
    (r"Bolshoi Ussuriysky", "Bolshoi Ussuriysky Island"),
    (r"Northern Limit Line", "the Northern Limit Line"),
    (r"Chirac Pastures", "Chirac Pastures"),
    (r"Ghat|32,000 sq km", "an area of south-eastern Algeria"),
    (r"Tummo", "the Tummo region"),
    (r"Koualau|Kourou|Koalou", "Koualou (Kourou)"),
    (r"Sabanerwa", "Sabanerwa"),
    (r"Margherita Peak", "Margherita Peak"),
    (r"Rukwanzi", "Rukwanzi Island"),
    (r"Lunkinda", "the Lunkinda River triangle"),
    (r"Bakassi", "Bakassi Peninsula"),
    (r"Ntem River", "an island at the Ntem River's mouth"),
    (r"Mbane", "Mbane Island"),
    (r"Doumera", "Doumera Island and the Ras Doumera peninsula"),
    (r"Ilemi", "the Ilemi Triangle"),
    (r"Migingo", "Migingo Island"),
    (r"Lake Nyasa", "Lake Nyasa (Lake Malawi)"),
    (r"Bassas da India", "Scattered Islands (Europa Island, Bassas da India, Juan de Nova Island, Glorioso Islands)"),
    (r"Banc du Geyser", "Banc du Geyser"),
    (r"Mayotte", "Mayotte"),
    (r"Tromelin", "Tromelin Island"),
    (r"Chagos", "Chagos Archipelago (British Indian Ocean Territory)"),
    (r"Lagouira", "Lagouira"),
    (r"Western Sahara", "Western Sahara"),
    (r"Ceuta", "Ceuta, Melilla and the Spanish islands off Morocco"),
    (r"Perejil", "Isla Perejil (Leila Island)"),
    (r"Halaib", "the Halaib region"),
    (r"Kafia Kingi", "Kafia Kingi"),
    (r"Abyei", "Abyei"),
    (r"Fashqa|Fashaga", "al-Fashaga"),
    (r"Ogaden", "the Ogaden border"),
    (r"Yenga", "Yenga"),
    (r"Orange River", "the Orange River boundary"),
    (r"Aozou", "the Aozou region"),
    (r"Ashmore", "Ashmore Reef"),
    (r"Minerva", "Minerva Reefs"),
    (r"Matthew and Hunter", "Matthew and Hunter Islands"),
    (r"Wake Island", "Wake Island"),
    (r"Swains Island", "Swains Island"),
    (r"Navassa", "Navassa Island"),
    (r"Aves Island", "Aves Island"),
    (r"Guatemala.s claims? to more than half|more than half of Belizean territory", "Belizean territory claimed by Guatemala"),
    (r"Sapodilla", "Sapodilla Cays"),
    (r"Conejo", "Conejo Island"),
    (r"Calero|San Juan River", "the San Juan River and Calero Island"),
    (r"San Andres", "San Andres, Providencia and Santa Catalina"),
    (r"Los Monjes", "Los Monjes Islands"),
    (r"Bajo Nuevo|Serranilla", "Bajo Nuevo and Serranilla Bank"),
    (r"Massacre River", "the Massacre River"),
    (r"New River|Kutari|Courantyne|Corentyne", "the New River Triangle"),
    (r"Litani|Marouini", "the area between the Litani and Marouini rivers"),
    (r"Isla Su[aá]rez|Guajar", "Isla Suárez (Ilha de Guajará-Mirim)"),
    (r"Invernada", "Arroyo de la Invernada"),
    (r"Isla Brasilera|Brasiliera Island|Braziliera", "Isla Brasilera"),
    (r"Atacama|sovereign corridor|sovereign access to the Pacific", "a sovereign corridor to the Pacific"),
    (r"Campo de Hielo Sur|Southern Patagonian Ice Field", "Southern Patagonian Ice Field"),
    (r"Tiwinza", "Tiwinza"),
    (r"Machias Seal", "Machias Seal Island and North Rock"),
    (r"Beaufort Sea", "the Beaufort Sea"),
    (r"Northwest Passage", "the Northwest Passage"),
    (r"Hans Island|Tartupaluk", "Hans Island (Tartupaluk)"),
    (r"Guantanamo", "Guantanamo Bay"),
    (r"Gibraltar", "Gibraltar"),
    (r"Olivenza", "Olivenza"),
    (r"Prevlaka", "Prevlaka Peninsula"),
    (r"Sutorina", "Sutorina"),
    (r"Piran", "Piran Bay"),
    (r"Drina", "the Drina River"),
    (r"Danube shorelines|border along the Danube", "the Danube boundary"),
    (r"Snake\) Island|Serpilor", "Snake Island (Zmiinyi)"),
    (r"Crimea", "Crimea"),
    (r"Kherson", "Kherson, Zaporizhzhia, Donetsk and Luhansk"),
    (r"Kerch", "the Kerch Strait and the Sea of Azov"),
    (r"Transnistria", "Transnistria"),
    (r"Abkhazia", "Abkhazia and South Ossetia"),
    (r"Nagorno-Karabakh", "Nagorno-Karabakh"),
    (r"David-Gareja", "the David Gareja monastery complex"),
    (r"Karelia", "Karelia"),
    (r"Faroe Islands' continental shelf", "the Faroe Islands' continental shelf"),
    (r"Aegean", "the Aegean Sea"),
    (r"Tunb", "Abu Musa and the Tunb Islands"),
    (r"Golan", "Golan Heights"),
    (r"Shebaa|Sheba'a|Shab'a", "Shebaa Farms"),
    (r"Shatt al Arab", "the Shatt al-Arab"),
    (r"Shaybah", "the Shaybah oilfield"),
    (r"continues to claim it as its territory", "Kosovo"),
    (r"West Bank is Israeli-occupied", "the West Bank"),
    (r"Indian Ocean boundary dispute|disputed ocean area", "the maritime boundary in the Indian Ocean"),
    (r"Nicaraguan maritime space", "maritime areas in the Caribbean Sea"),
    (r"Durra", "the al-Durra gas field"),
    (r"Sir Creek", "Sir Creek"),
    (r"Medialuna", "the Medialuna continental shelf"),
    (r"islands in the Mekong|islands in the Mekong River", "islands in the Mekong River"),
    (r"sovereignty of offshore islands", "offshore islands"),
    (r"Benin-Niger-Nigeria tripoint", "the Benin–Niger–Nigeria tripoint"),
    (r"Hala.ib Triangle", "the Halaib Triangle"),
    (r"Preah Vihear", "Preah Vihear"),
    (r"Sabah", "Sabah"),
    (r"Pedra Branca", "Pedra Branca, Middle Rocks and South Ledge"),
    (r"Ambalat", "the Ambalat block"),
    (r"Tanjung Datu|Camar Wulan", "Tanjung Datu and Camar Wulan"),
    (r"Batam", "waters north of Batam Island"),
    (r"Bidjael|Noel Besi|Oecussi", "land border segments around Oecussi"),
    (r"Bukit Jeli", "Bukit Jeli"),
    (r"Isfara", "the Isfara Valley"),
    (r"Uzengi|Khan Tengri", "Khan Tengri and Uzengi-Kush"),
    (r"Pamirs", "an area in the Pamirs"),
    (r"Debelde|Tanusevci", "Debelde (Tanusevci)"),
    (r"Caspian", "the Caspian Sea"),
    (r"Bering Sea", "the Bering Sea"),
    (r"Barents", "the Barents Sea"),
    (r"Dixon Entrance", "Dixon Entrance"),
    (r"Queen Maud Land", "Queen Maud Land"),
    (r"reclaim land|Swazi control", "land in South Africa claimed by Eswatini"),
    (r"British Antarctic Territory", "overlapping claims in Antarctica"),
    (r"Adelie Land", "Adélie Land"),
    (r"Tumen|Yalu", "islands in the Yalu and Tumen rivers"),
)

# The place names above that take "the" in a sentence.
PLACES_WITH_THE: frozenset[str] = frozenset({
    "Bakassi Peninsula", "Scattered Islands (Europa Island, Bassas da India, Juan de Nova Island, Glorioso Islands)", "Chagos Archipelago (British Indian Ocean Territory)", "Falkland Islands (Islas Malvinas)",
    "Liancourt Rocks (Dokdo/Takeshima)", "Los Monjes Islands", "Matthew and Hunter Islands", "Minerva Reefs",
    "New River Triangle", "Paracel Islands", "Prevlaka Peninsula", "Sapodilla Cays", "Scarborough Reef",
    "Senkaku Islands (Diaoyu Islands)", "Siachen Glacier", "Southern Kuril Islands (Northern Territories)",
    "Southern Patagonian Ice Field", "Spratly Islands", "Tunb Islands",
})

# --------------------------------------------------------------------------------------------
# Status decisions where the importer's reading of the words would be wrong, by fact id (the
# part after "factbook2024.dispute."): (status, year or None, reason). Reviewed one by one.
# --------------------------------------------------------------------------------------------
STATUS: dict[str, tuple[str, int | None, str]] = {
    "af-ir.af": ("issue", None, "talks on boundary markers and Iran's protest over river water: no territorial claim"),
    "af-ir.ir": ("issue", None, "Iran's protest over river water: no territorial claim"),
    "cl-pe.pe": ("issue", None, "the paragraph is about Bolivia's claim, in which Peru has a say; no claim between Peru and Chile"),
    "ec-pe.pe-2": ("issue", None, "an arrangement of 1999 for a memorial park; no dispute is described"),
    "lv-ru.lv": ("issue", None, "tensions since 2022; the border treaty of 2007 and demarcation completed in 2018"),
    "am-ge.am": ("issue", None, "restrictions on access to ethnic Armenian areas; the entry says Armenia makes no claim"),
    "aq-us.us": ("issue", None, "the US makes no claim in Antarctica and recognises none"),
    "az-ir.az": ("issue", None, "tensions over Iran's ties, not a claim between the two"),
    "bd-in.in": ("settled", None, "the entry says the boundary disputes have been arbitrated"),
    "bf-ne.ne": ("settled", 2013, "the court's 2013 ruling was implemented in 2015 and 2016"),
    "br-ve.br": ("issue", None, "crime and migration at the border; Essequibo is named only as the Guyana–Venezuela dispute"),
    "cm-ng.cm": ("settled", 2006, "Nigeria recognised Cameroon's sovereignty over Bakassi in 2006; local disagreements remain"),
    "cm-ng.ng": ("settled", 2006, "the 2006 Greentree Agreement ceded Bakassi to Cameroon"),
    "cn-kz.kz": ("settled", 1998, "the two agreed in 1998 to split the disputed areas; demarcation completed in 2002"),
    "co-ni.ni": ("open", None, "a case before the court that Colombia refuses to abide by"),
    "cu-us.us": ("issue", None, "the lease of the naval base, as in Cuba's entry; no claim is described"),
    "et-ke.et": ("issue", None, "a demarcated border being re-marked after disputes over beacons; no territorial claim"),
    "et-ke.ke": ("issue", None, "a demarcated border being re-marked after disputes over beacons; no territorial claim"),
    "gy-sr.sr": ("open", None, "the New River Triangle is still disputed; only the maritime boundary was settled, in 2007"),
    "jo-sy.jo": ("settled", 2005, "an agreement of 2005 to settle the border dispute"),
    "jo-sy.sy": ("settled", 2005, "an agreement of 2005 to settle the border dispute"),
    "kg-uz.kg": ("settled", 2023, "the treaty delineating the border was ratified in 2023"),
    "kg-uz.uz": ("settled", 2023, "a land swap in 2022 and full demarcation, approved in 2023"),
    "kh-vn.vn": ("open", None, "an unresolved dispute over the sovereignty of offshore islands"),
    "kz-tm.kz": ("issue", None, "a delimitation treaty and an agreed Caspian border (2014): no open claim"),
    "kz-tm.tm": ("issue", None, "a delimitation treaty and an agreed Caspian border (2014): no open claim"),
    "no-ru.ru-2": ("settled", 2010, "the comprehensive maritime boundary agreement of 2010"),
    "no-ru.sj": ("settled", 2010, "the maritime boundary agreement of September 2010"),
    "ss-ug.ug": ("issue", None, "protests at an armed group's operations, not a claim"),
}

# Places the place table finds in a paragraph but that are not in dispute between that pair, by
# fact id: the place is named there only as context.
PLACE_EXCLUDE: dict[str, tuple[str, ...]] = {
    "az-ir.az": ("Nagorno-Karabakh",),
    "br-ve.br": ("Essequibo",),
    "cl-pe.pe": ("a sovereign corridor to the Pacific",),
    "ec-pe.pe-2": ("Tiwinza",),
    "kz-tm.kz": ("the Caspian Sea",),
    "kz-tm.tm": ("the Caspian Sea",),
    "in-pk.pk": ("Aksai Chin",),
    "il-sy.il": ("Shebaa Farms",),
    "il-sy.sy": ("Shebaa Farms",),
    "il-lb.lb": ("Golan Heights",),
}

# Entries that disagree on a pair other than by one finding none (those are found by the importer):
# (fact id, fact id) -> what disagrees, in reader words. Both facts name each other in conflicts_with.
DISAGREEMENTS: dict[tuple[str, str], str] = {
    ("ci-gh.ci", "ci-gh.gh"): ("Ghana's entry says the maritime border dispute was settled in 2017; Côte d'Ivoire's entry "
                               "still calls the border disputed."),
}

# Notes for the reader on single facts, by fact id: where the source itself looks wrong.
FACT_NOTES: dict[str, str] = {
    "et-ss.et": ("The paragraph is headed Ethiopia–South Sudan, but the area it names, al-Fashaga, and the 1902 treaty "
                 "it cites are on the border with Sudan; the heading is kept as the entry gives it."),
}

# --------------------------------------------------------------------------------------------
# Paragraphs that do not name one pair: three parties or more, a territory or a region, or no
# heading at all. Key: (entry's GEC code, the heading, or for a paragraph without one its first
# 40 characters). Value: the pairs it is read as, each with the clauses (numbered from 0, split at
# ";") that concern it, the disputed places, and the reason; or a string: why it is set aside.
# --------------------------------------------------------------------------------------------
Row = dict
SPRATLY = ["Spratly Islands"]
THREE = "The paragraph names three parties or more; it is read for each pair it concerns."
ONLY_ENTRY = ("The paragraph names several claimants; it is read for the pairs that include the entry's "
              "country (the other claimants' disputes come from their own entries).")
CASPIAN = ["the Caspian Sea"]
MAPPED: dict[tuple[str, str], list[Row] | str] = {
    # --- Africa -------------------------------------------------------------------------------
    ("cd", "over 100,000 refugees have fled the 2023"): [
        {"pair": ("TD", "SD"), "clauses": (0, 1, 2), "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; these parts are about Sudan."},
        {"pair": ("TD", "NE"), "clauses": (3,), "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; this part is about the treaty that includes the Chad–Niger boundary in Lake Chad."},
    ],
    ("cn", "claims French-administered Mayotte and c"): [
        {"pair": ("KM", "FR"), "clauses": None, "places": ["Mayotte", "Banc du Geyser"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; it names France's Mayotte and Banc du Geyser."},
        {"pair": ("KM", "MG"), "clauses": None, "places": ["Banc du Geyser"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; it names Madagascar's claim to Banc du Geyser."},
    ],
    ("ga", "border issues include attempts to stem r"): [
        {"pair": ("GM", "SN"), "clauses": None, "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; it is about separatists from Senegal's Casamance region."},
    ],
    ("gb", "dispute with Equatorial Guinea over Mban"): [
        {"pair": ("GA", "GQ"), "clauses": None, "places": None, "status": "open",
         "reason": "The entry's paragraph has no pair heading; it names Equatorial Guinea."},
    ],
    ("gh", "disputed maritime border with Cote d'Ivo"): [
        {"pair": ("GH", "CI"), "clauses": None, "places": [], "status": "settled",
         "reason": "The entry's paragraph has no pair heading; it names Côte d'Ivoire."},
    ],
    ("iv", "disputed maritime border between Cote d'"): [
        {"pair": ("CI", "GH"), "clauses": None, "places": [], "status": "open",
         "reason": "The entry's paragraph has no pair heading; it names Ghana."},
    ],
    ("ng", "Niger-Benin-Nigeria"): [
        {"pair": (a, b), "clauses": None, "places": ["the Benin–Niger–Nigeria tripoint"], "status": "open", "reason": THREE}
        for a, b in (("NE", "BJ"), ("NE", "NG"), ("BJ", "NG"))
    ],
    ("ng", "Niger-Cameroon-Nigeria"): [
        {"pair": ("NE", "NG"), "clauses": None, "places": [], "status": "issue",
         "reason": THREE + " The treaty it speaks of includes the Niger–Nigeria boundary."},
        {"pair": ("NE", "TD"), "clauses": None, "places": [], "status": "issue",
         "reason": THREE + " The treaty it speaks of includes the Chad–Niger boundary."},
    ],
    ("ni", "Nigeria-Cameroon-Equatorial Guinea"): [
        {"pair": ("NG", "CM"), "clauses": None, "places": [], "status": "issue", "reason": THREE + " A maritime boundary of the three."},
        {"pair": ("NG", "GQ"), "clauses": None, "places": [], "status": "issue", "reason": THREE + " A maritime boundary of the three."},
        {"pair": ("CM", "GQ"), "clauses": None, "places": ["an island at the Ntem River's mouth"], "status": "open",
         "reason": THREE + " The sovereignty dispute it names is between Cameroon and Equatorial Guinea."},
    ],
    ("sf", "South Africa-various"): [
        {"pair": ("ZA", b), "clauses": None, "places": [], "status": "issue",
         "reason": "The heading names no counterpart; the paragraph names Lesotho, Zimbabwe and Mozambique."}
        for b in ("LS", "ZW", "MZ")
    ],
    ("uv", "porous borders contribute to illicit cro"): "names no neighbour: illicit activity across porous borders in general",
    ("wa", "Namibia-Angola-Botswana"): [
        {"pair": ("NA", "AO"), "clauses": None, "places": [], "status": "issue",
         "reason": THREE + " The dam planned at Popa Falls was on the Angola–Namibia border."},
        {"pair": ("NA", "BW"), "clauses": None, "places": [], "status": "issue",
         "reason": THREE + " The concerns were for the Okavango Delta in Botswana."},
    ],
    ("wa", "Namibia-Botswana-Zambia-Zimbabwe"): [
        {"pair": ("BW", "ZM"), "clauses": None, "places": [], "status": "issue",
         "reason": "The paragraph names four parties; it is about the Botswana–Zambia boundary in the Zambezi River."},
        {"pair": ("BW", "ZW"), "clauses": (0,), "places": [], "status": "issue",
         "reason": "The paragraph names four parties; Zimbabwe dropped its objections to the Botswana–Zambia bridge."},
    ],
    ("wi", "++ many neighboring states reject Morocc"): [
        {"pair": ("EH", "MA"), "clauses": (0, 1), "places": ["Western Sahara"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; these parts are about Morocco's administration of the territory."},
        {"pair": ("EH", "DZ"), "clauses": (2,), "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; this part is about Sahrawi refugees in Algeria."},
    ],
    ("wz", "Eswatini has stable relations with South"): [
        {"pair": ("SZ", "ZA"), "clauses": None, "places": None, "status": "open",
         "reason": "The entry's paragraph has no pair heading; it names South Africa."},
    ],
    # --- Oceania ------------------------------------------------------------------------------
    ("nc", "New Caledonia-France-Vanuatu"): [
        {"pair": ("FR", "VU"), "clauses": None, "places": None, "status": "open", "reason": THREE},
        {"pair": ("NC", "VU"), "clauses": None, "places": None, "status": "open",
         "reason": THREE + " The islands lie east of New Caledonia, the entry."},
    ],
    ("ps", "discussions on reaching agreements with "): [
        {"pair": ("PW", b), "clauses": None, "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; it names Indonesia and the Philippines."}
        for b in ("ID", "PH")
    ],
    # --- Central America and the Caribbean ----------------------------------------------------
    ("cs", "Costa Rica and Nicaragua regularly file "): [
        {"pair": ("CR", "NI"), "clauses": None, "places": None, "status": "open",
         "reason": "The entry's paragraph has no pair heading; it names Nicaragua."},
    ],
    ("cu", "US Naval Base at Guantanamo Bay is lease"): [
        {"pair": ("CU", "US"), "clauses": None, "places": ["Guantanamo Bay"], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; it is about the US naval base at Guantanamo Bay."},
    ],
    ("rq", "migrants from the Dominican Republic and"): [
        {"pair": ("PR", b), "clauses": None, "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; it names migrants from the Dominican Republic and Haiti."}
        for b in ("DO", "HT")
    ],
    # --- Central Asia and the Caspian ---------------------------------------------------------
    ("kz", "Kazakhstan-Azerbaijan-Iran-Russia"): [
        {"pair": (a, "IR"), "clauses": None, "places": CASPIAN, "status": "open",
         "reason": "The paragraph names four parties; the disagreement it records is Iran's with the three others."}
        for a in ("KZ", "AZ", "RU")
    ],
    ("ir", "Iran-Azerbaijan-Kazakhstan-Russia"): [
        {"pair": ("IR", b), "clauses": None, "places": CASPIAN, "status": "open",
         "reason": "The paragraph names four parties; the disagreement it records is Iran's with the three others."}
        for b in ("AZ", "KZ", "RU")
    ],
    ("ir", "Caspian Sea (Maritime Boundary): Azerbai"): "repeats the entry's own paragraph on Iran, Azerbaijan, Kazakhstan and Russia",
    ("aj", "Caspian Sea (Maritime Boundary): Azerbai"): [
        {"pair": ("AZ", "IR"), "clauses": (0,), "places": CASPIAN, "status": "open",
         "reason": "The paragraph is headed by a sea, not a pair; this part is about Iran's position."},
        {"pair": ("AZ", "TM"), "clauses": (1,), "places": CASPIAN, "status": "open",
         "reason": "The paragraph is headed by a sea, not a pair; this part is about talks with Turkmenistan."},
    ],
    ("tx", "Turkmenistan-Kazakhstan-Uzbekistan"): [
        {"pair": (a, b), "clauses": None, "places": [], "status": "issue", "reason": THREE}
        for a, b in (("TM", "KZ"), ("TM", "UZ"), ("KZ", "UZ"))
    ],
    # --- East and South-East Asia -------------------------------------------------------------
    ("bm", "over half of Burma's population consists"): [
        {"pair": ("MM", "BD"), "clauses": (1, 2, 3), "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; these parts are about Bangladesh."},
        {"pair": ("MM", "CN"), "clauses": (4,), "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; this part is about people fleeing into China's Yunnan Province."},
        {"pair": ("MM", "IN"), "clauses": (5,), "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; this part is about the India–Burma border."},
        {"pair": None, "clauses": (0,), "reason": "names no neighbour: ethnic kin in neighbouring countries in general"},
    ],
    ("ch", "Southeast Asia: the decade-long demarcat"): [
        {"pair": ("CN", "VN"), "clauses": (0,), "places": [], "status": "settled",
         "reason": "The paragraph is headed by a region, not a pair; this part is about the China–Vietnam land boundary."},
        {"pair": ("CN", "MM"), "clauses": (1,), "places": [], "status": "issue",
         "reason": "The paragraph is headed by a region, not a pair; this part is about dams on the Salween River."},
    ],
    ("ch", "Maritime"): [
        {"pair": ("CN", "VN"), "clauses": (0, 1, 2, 3, 4, 5), "places": ["Paracel Islands", "Spratly Islands"], "status": "open", "reason": ONLY_ENTRY},
        {"pair": ("CN", "PH"), "clauses": (1, 2, 3), "places": ["Scarborough Reef", "Spratly Islands"], "status": "open", "reason": ONLY_ENTRY},
        {"pair": ("CN", "TW"), "clauses": (1, 5, 6), "places": ["Scarborough Reef", "Spratly Islands", "Paracel Islands", "Senkaku Islands (Diaoyu Islands)"],
         "status": "open", "reason": ONLY_ENTRY + " Taiwan is named as a claimant of the same islands."},
        {"pair": ("CN", "MY"), "clauses": (1, 2, 3), "places": SPRATLY, "status": "open", "reason": ONLY_ENTRY},
        {"pair": ("CN", "BN"), "clauses": (1, 2, 3), "places": SPRATLY, "status": "open", "reason": ONLY_ENTRY},
        {"pair": ("CN", "JP"), "clauses": (6,), "places": ["Senkaku Islands (Diaoyu Islands)"], "status": "open", "reason": ONLY_ENTRY},
    ],
    ("ja", "Japan-China-Taiwan"): [
        {"pair": ("JP", b), "clauses": None, "places": ["Senkaku Islands (Diaoyu Islands)"], "status": "open", "reason": ONLY_ENTRY}
        for b in ("CN", "TW")
    ],
    ("la", "Laos-Cambodia-Vietnam"): [
        {"pair": ("LA", b), "clauses": None, "places": [], "status": "issue", "reason": THREE}
        for b in ("KH", "VN")
    ],
    ("my", "Malaysia-China-Philippines-Vietnam"): [
        {"pair": ("MY", b), "clauses": None, "places": SPRATLY, "status": "open", "reason": ONLY_ENTRY}
        for b in ("CN", "PH", "VN")
    ],
    ("rp", "Philippines-Taiwan-China-Malaysia-Vietnam"): [
        {"pair": ("PH", "CN"), "clauses": (0, 1, 2), "places": ["Scarborough Reef", "Spratly Islands"], "status": "open", "reason": ONLY_ENTRY},
        {"pair": ("PH", "TW"), "clauses": (0, 1), "places": ["Scarborough Reef", "Spratly Islands"], "status": "open", "reason": ONLY_ENTRY},
        {"pair": ("PH", "MY"), "clauses": (0, 1), "places": SPRATLY, "status": "open", "reason": ONLY_ENTRY},
        {"pair": ("PH", "VN"), "clauses": (0, 1, 2), "places": SPRATLY, "status": "open", "reason": ONLY_ENTRY},
    ],
    ("tw", "Taiwan-Brunei-China-Malaysia-Philippines-Vietnam"): [
        {"pair": ("TW", b), "clauses": None, "places": SPRATLY, "status": "open", "reason": ONLY_ENTRY}
        for b in ("BN", "CN", "MY", "PH", "VN")
    ],
    ("tw", "Taiwan-China-Philippines"): [
        {"pair": ("TW", b), "clauses": None, "places": ["Scarborough Reef"], "status": "open", "reason": ONLY_ENTRY}
        for b in ("CN", "PH")
    ],
    ("tw", "Taiwan-China-Vietnam"): [
        {"pair": ("TW", b), "clauses": None, "places": ["Paracel Islands"], "status": "open", "reason": ONLY_ENTRY}
        for b in ("CN", "VN")
    ],
    ("tw", "Taiwan-Japan-China"): [
        {"pair": ("TW", "JP"), "clauses": None, "places": ["Senkaku Islands (Diaoyu Islands)"], "status": "open",
         "reason": ONLY_ENTRY + " China and Taiwan are named together as rejecting Japan's claim."},
    ],
    ("vm", "Vietnam-Cambodia-Laos"): [
        {"pair": ("VN", "KH"), "clauses": None, "places": [], "status": "issue", "reason": THREE},
        {"pair": ("VN", "LA"), "clauses": (0,), "places": [], "status": "issue", "reason": THREE},
    ],
    # --- Europe -------------------------------------------------------------------------------
    ("cy", "hostilities in 1974 divided the island i"): [
        {"pair": ("CY", "TR"), "clauses": (3,), "places": [], "status": "open",
         "reason": "The entry's paragraph has no pair heading; only its last part names Turkey."},
        {"pair": None, "clauses": (0, 1, 2), "reason": "the island's division and the UN force: the paragraph names no second country for these parts"},
    ],
    ("da", "Iceland, the UK, and Ireland dispute Den"): [
        {"pair": ("DK", b), "clauses": (0,), "places": ["the Faroe Islands' continental shelf"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; this part names Iceland, the UK and Ireland."}
        for b in ("IS", "GB", "IE")
    ] + [
        {"pair": ("DK", b), "clauses": (1,), "places": [], "status": "settled",
         "reason": "The entry's paragraph has no pair heading; this part is about the 2019 agreements with Iceland and Norway."}
        for b in ("IS", "NO")
    ],
    ("en", "Russia and Estonia in May 2005 signed a "): [
        {"pair": ("EE", "RU"), "clauses": None, "places": [], "status": "open",
         "reason": "The entry's paragraph has no pair heading; it is about Russia."},
    ],
    ("rs", "Russia-Denmark-Norway"): [
        {"pair": ("RU", b), "clauses": None, "places": [], "status": "issue",
         "reason": THREE + " All three have made or are preparing submissions on the Arctic continental shelf."}
        for b in ("DK", "NO")
    ],
    ("rs", "Russia-various"): [
        {"pair": ("RU", "IR"), "clauses": None, "places": CASPIAN, "status": "open",
         "reason": "The heading names no counterpart; the disagreement the paragraph records is Iran's."},
    ],
    ("rs", "Russia and Estonia: Russia and Estonia s"): [
        {"pair": ("RU", "EE"), "clauses": None, "places": [], "status": "open",
         "reason": "The heading joins the names with a word rather than a hyphen."},
    ],
    ("fr", "Madagascar claims the French territories"): [
        {"pair": ("FR", "MG"), "clauses": (0,), "places": None, "status": "open", "reason": "The entry's paragraph has no pair heading; this part names Madagascar."},
        {"pair": ("FR", "KM"), "clauses": (1,), "places": None, "status": "open", "reason": "The entry's paragraph has no pair heading; this part names Comoros."},
        {"pair": ("FR", "MU"), "clauses": (2,), "places": None, "status": "open", "reason": "The entry's paragraph has no pair heading; this part names Mauritius."},
        {"pair": ("FR", "SR"), "clauses": (3,), "places": ["the border of French Guiana"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; this part names Suriname."},
        {"pair": ("FR", "AQ"), "clauses": (4,), "places": None, "status": "open", "reason": "The entry's paragraph has no pair heading; this part is France's claim in Antarctica."},
        {"pair": ("FR", "VU"), "clauses": (5,), "places": None, "status": "open", "reason": "The entry's paragraph has no pair heading; this part names Vanuatu."},
    ],
    ("gi", "the status of Gibraltar and how to polic"): [
        {"pair": (a, "ES"), "clauses": None, "places": ["Gibraltar"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; it is about Gibraltar's status and its border with Spain."}
        for a in ("GI", "GB")
    ],
    ("fi", "various groups in Finland advocate resto"): [
        {"pair": ("FI", "RU"), "clauses": None, "places": None, "status": "issue",
         "reason": "The entry's paragraph has no pair heading; it is about areas ceded to the Soviet Union, whose successor is Russia. The government makes no claim."},
    ],
    ("gr", "Greece and Turkey continue discussions t"): [
        {"pair": ("GR", "TR"), "clauses": None, "places": None, "status": "open",
         "reason": "The entry's paragraph has no pair heading; it names Turkey."},
    ],
    ("hr", "dispute remains with Bosnia and Herzegov"): [
        {"pair": ("HR", "BA"), "clauses": (0,), "places": [], "status": "open", "reason": "The entry's paragraph has no pair heading; this part names Bosnia and Herzegovina."},
        {"pair": ("HR", "SI"), "clauses": (1, 2), "places": None, "status": "open", "reason": "The entry's paragraph has no pair heading; these parts name Slovenia."},
        {"pair": None, "clauses": (3,), "reason": "Croatia joining the Schengen area: names no second country"},
    ],
    ("ic", "in 2019, Denmark signed continental shel"): [
        {"pair": ("IS", "DK"), "clauses": None, "places": [], "status": "settled",
         "reason": "The entry's paragraph has no pair heading; it is about an agreement with Denmark."},
    ],
    ("it", "Italy-Austria-Switzerland"): [
        {"pair": ("IT", b), "clauses": None, "places": [], "status": "issue", "reason": THREE} for b in ("AT", "CH")
    ],
    ("pl", "Poland-Belarus-Ukraine"): [
        {"pair": ("PL", b), "clauses": None, "places": [], "status": "issue", "reason": THREE} for b in ("BY", "UA")
    ],
    ("uk", "UK-Argentina-Chile"): [
        {"pair": ("GB", b), "clauses": None, "places": ["overlapping claims in Antarctica"], "status": "open", "reason": THREE} for b in ("AR", "CL")
    ],
    ("uk", "UK-Mauritius-Seychelles"): [
        {"pair": ("GB", b), "clauses": None, "places": ["Chagos Archipelago (British Indian Ocean Territory)"], "status": "open", "reason": THREE}
        for b in ("MU", "SC")
    ],
    # --- Middle East --------------------------------------------------------------------------
    ("gg", "Russia's military invasion and subsequen"): [
        {"pair": ("GE", "RU"), "clauses": None, "places": None, "status": "open",
         "reason": "The entry's paragraph has no pair heading; it is about Russia."},
    ],
    ("gz", "borders with both Egypt and Israel are s"): [
        {"pair": ("PS", "EG"), "clauses": (0,), "places": [], "status": "issue",
         "reason": "The Gaza Strip's paragraph has no pair heading; it names Egypt and Israel."},
        {"pair": ("PS", "IL"), "clauses": None, "places": [], "status": "issue",
         "reason": "The Gaza Strip's paragraph has no pair heading; it names Egypt and Israel."},
    ],
    # --- North America ------------------------------------------------------------------------
    ("ca", "managed maritime boundary disputes with "): [
        {"pair": ("CA", "US"), "clauses": (0, 1, 2), "places": None, "status": "open",
         "reason": "The entry's paragraph has no pair heading; these parts are about the United States."},
        {"pair": None, "clauses": (3,), "reason": "Canada's work on an Arctic continental shelf submission: names no second country"},
    ],
    ("gl", "in 2022, Canada and Denmark signed an ag"): [
        {"pair": (a, "CA"), "clauses": None, "places": ["Hans Island (Tartupaluk)"], "status": "settled",
         "reason": "Greenland's paragraph has no pair heading; the agreement it names is between Canada and Denmark, for Greenland."}
        for a in ("GL", "DK")
    ],
    ("us", "US-Canada-Mexico"): [
        {"pair": ("US", b), "clauses": None, "places": [], "status": "issue", "reason": THREE} for b in ("CA", "MX")
    ],
    # --- South America ------------------------------------------------------------------------
    ("bl", "contraband smuggling, human trafficking,"): [
        {"pair": ("BO", b), "clauses": None, "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; it names all five neighbours."}
        for b in ("AR", "BR", "CL", "PY", "PE")
    ],
    ("ci", "Chile and Peru rebuff Bolivia's reactiva"): [
        {"pair": ("CL", "BO"), "clauses": (0,), "places": ["a sovereign corridor to the Pacific"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; this part is about Bolivia's claim."},
        {"pair": ("CL", "PE"), "clauses": (1, 2), "places": [], "status": "open",
         "reason": "The entry's paragraph has no pair heading; these parts are about the maritime boundary with Peru."},
        {"pair": ("CL", "AR"), "clauses": (3, 4), "places": ["overlapping claims in Antarctica", "Southern Patagonian Ice Field"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; these parts name Argentina."},
        {"pair": ("CL", "GB"), "clauses": (3,), "places": ["overlapping claims in Antarctica"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; this part names the British claim in Antarctica."},
    ],
    ("co", "Colombian-organized illegal narcotics, g"): [
        {"pair": ("CO", b), "clauses": (1,), "places": ["Bajo Nuevo and Serranilla Bank"], "status": "open",
         "reason": "The entry's paragraph has no pair heading; this part names the other claimants."}
        for b in ("HN", "NI", "JM", "US")
    ] + [{"pair": None, "clauses": (0,), "reason": "drugs and armed groups crossing all neighbouring borders: names no neighbour"}],
    ("ec", "organized illegal narcotics operations i"): [
        {"pair": ("EC", "CO"), "clauses": None, "places": [], "status": "issue",
         "reason": "The entry's paragraph has no pair heading; it names Colombia."},
    ],
    ("fk", "Argentina, which claims the islands in i"): [
        {"pair": ("AR", b), "clauses": None, "places": ["Falkland Islands (Islas Malvinas)"], "status": "open",
         "reason": "The Falkland Islands' paragraph has no pair heading; it names Argentina's claim and the United Kingdom's answer."}
        for b in ("GB", "FK")
    ],
    ("pa", "Paraguay-Argentina-Brazil"): [
        {"pair": ("PY", b), "clauses": None, "places": [], "status": "issue", "reason": THREE + " The paragraph is about the area where the three borders meet."}
        for b in ("AR", "BR")
    ],
    ("pe", "Peru-Chile-Ecuador"): [
        {"pair": ("PE", b), "clauses": None, "places": [], "status": "open", "reason": THREE} for b in ("CL", "EC")
    ],
    ("ve", "Venezuela-various"): [
        {"pair": ("VE", "DM"), "clauses": (0, 1), "places": ["Aves Island"], "status": "open",
         "reason": "The heading names no counterpart; the paragraph names Dominica among those who dispute the claim."},
        {"pair": None, "clauses": (2,), "reason": "smuggling and other crime at borders: names no neighbour"},
    ],
    ("io", "Mauritius and Seychelles claim the Chago"): [
        {"pair": ("GB", b), "clauses": None, "places": ["Chagos Archipelago (British Indian Ocean Territory)"], "status": "open",
         "reason": "The British Indian Ocean Territory's paragraph has no pair heading; the territory is administered by the United Kingdom."}
        for b in ("MU", "SC")
    ],
}

# --------------------------------------------------------------------------------------------
# Refugees: origins the party index does not resolve, by the entry's spelling -> (ISO code or
# None to set the figure aside, the note that goes with the fact or the reason it is set aside).
# --------------------------------------------------------------------------------------------
# (ISO code or None, the note (or the reason it is set aside), how the fact's text names the origin)
PALESTINIAN = "a people; recorded under Palestine (ISO PS)"
SAHRAWI = "a people; recorded under Western Sahara (ISO EH)"
TERRITORIES = "the two Palestinian territories, recorded under Palestine (ISO PS)"
REFUGEE_ORIGINS: dict[str, tuple[str | None, str, str | None]] = {
    "Democratic Republic of Congo": ("CD", "another spelling of the Democratic Republic of the Congo", None),
    "Palestinian Refugees": ("PS", PALESTINIAN, "Palestine (the entry counts Palestinian refugees)"),
    "Palestinian refugees": ("PS", PALESTINIAN, "Palestine (the entry counts Palestinian refugees)"),
    "Sahrawi": ("EH", SAHRAWI, "Western Sahara (the Sahrawi people)"),
    "Sahrawis": ("EH", SAHRAWI, "Western Sahara (the Sahrawi people)"),
    "Serbia and Kosovo": (None, "one figure for Serbia and Kosovo together: it cannot be given to either", None),
    "Tibet/China": ("CN", "Tibet, recorded under China (ISO CN), of which ISO 3166-1 counts it a part", "Tibet (China)"),
    "West Bank and Gaza": ("PS", TERRITORIES, "Palestine (the West Bank and the Gaza Strip)"),
    "West Bank and Gaza Strip": ("PS", TERRITORIES, "Palestine (the West Bank and the Gaza Strip)"),
}

VENEZUELA_CRISIS = "people displaced by the economic and political crisis (asylum seekers, recognised refugees and others given legal stay)"
VENEZUELA_CRISIS_NO_REFUGEES = "people displaced by the economic and political crisis (asylum seekers and others given legal stay)"
REFUGEE_QUALIFIERS: dict[str, str] = {
    "refugees and asylum seekers": "refugees and asylum seekers",
    "refugees and migrants": "refugees and migrants",
    "refugees since 15 April 2023": "refugees who came after 15 April 2023",
    "includes refugees since 15 April 2023": "refugees, counting those who came after 15 April 2023",
    "economic and political crisis; includes Venezuelans who have claimed asylum, are recognized as refugees, or have received alternative legal stay": VENEZUELA_CRISIS,
    "economic and political crisis; includes Venezuelans who have claimed asylum, are recognized as refugees, or received alternative legal stay": VENEZUELA_CRISIS,
    "economic and political crisis; includes Venezuelans who have claimed asylum or have received alternative legal stay": VENEZUELA_CRISIS_NO_REFUGEES,
    "Afghan refugee card holders": "holders of Afghan refugee cards",
    "undocumented Afghans": "undocumented Afghans",
    "Iraqi refugee card holders": "holders of Iraqi refugee cards",
    "admitted during fiscal year 2022": "refugees admitted during the US fiscal year 2022",
}

# Entries whose refugee text is not in the usual form: gec -> items read by hand (dicts as the
# importer's reader makes them, or (figure, reason) tuples for what is set aside).
def _item(count: str, origin: str, when: str | None, *qualifiers: str, note: str = "", range_: tuple[int, int] | None = None) -> dict:
    return {"count_text": count, "origin": origin, "qualifiers": list(qualifiers), "when": when, "note": note, "range": range_}


NO_YEAR = "The entry gives no year for this figure; it is dated by the edition."
REFUGEE_READINGS: dict[str, list] = {
    # Algeria: the Sahrawi figure has no year (the year after the next figure is that figure's own).
    "ag": [_item("more than 100,000", "Sahrawi", None, note=NO_YEAR + " Most live in camps near Tindouf."),
           _item("7,345", "Syria", "mid-year 2022")],
    # Malawi: the last figure has no year.
    "mi": [_item("11,502", "Burundi", "2023", "refugees and asylum seekers"),
           _item("6,594", "Rwanda", "2023", "refugees and asylum seekers"),
           _item("34,605", "Democratic Republic of the Congo", None, "refugees and asylum seekers", note=NO_YEAR)],
    # Iran: card holders and undocumented people, not in the usual form.
    "ir": [_item("750,000", "Afghanistan", "2022", "Afghan refugee card holders"),
           _item("500,000", "Afghanistan", "2022", "undocumented Afghans",
                 note="The entry lists undocumented Afghans beside the refugee card holders; the two figures are not added up here."),
           _item("12,000", "Iraq", "2022", "Iraqi refugee card holders")],
    # Jordan: one figure without brackets, one with two years.
    "jo": [_item("2.4 million", "Palestinian refugees", "2020"),
           _item("12,866", "Yemen", "2021"),
           _item("6,013", "Sudan", "2021"),
           _item("33,951", "Iraq", "mid-year 2022", note="The entry gives both mid-2022 and 2022 for this figure."),
           _item("639,552", "Syria", "2024")],
    # Turkey: the Ukrainian figure carries a date and a year that disagree.
    "tu": [_item("10,244", "Iraq", "mid-year 2022"),
           _item("41,665", "Ukraine", "as of 15 February 2024",
                 note="The entry also gives the year 2023 after this figure's date of 15 February 2024; the date is kept."),
           _item("3,130,768", "Syria", "2024")],
    # The United States: refugees admitted in a fiscal year, not refugees living there.
    "us": [_item(n, o, "2022", "admitted during fiscal year 2022",
                 note="A count of refugees admitted during the year (25,465 in all), not of refugees living in the country.")
           for n, o in (("7,810", "Democratic Republic of the Congo"), ("4,556", "Syria"), ("2,156", "Burma"),
                        ("1,669", "Sudan"), ("1,618", "Afghanistan"), ("1,610", "Ukraine"))],
    # Pakistan: a range.
    "pk": [_item("2.64-2.9 million", "Afghanistan", "2023", range_=(2_640_000, 2_900_000),
                 note="The entry gives a range: about 1.3 million registered and 1.34 to 1.6 million undocumented or otherwise counted.")],
}
