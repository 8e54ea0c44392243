"""Reviewed, hand-made tables for `importers.rdcr` (the Office of the Historian's guide).

Everything the importer decides by judgement rather than by parsing lives here, so it can be
reviewed in one place:

- FILE_PARTY: every file of the guide -> exactly one party (an ISO 3166-1 code or a historical party).
- HISTORICAL: the historical parties written to data/rdcr/parties.toml, with their successors
  where the guide names them.
- EXTRA_PARTIES: parties the guide needs that countries.toml does not hold.
- KIND_RULES: heading phrase -> event kind (first match wins).
- SKIP_RULES / SKIP_EVENTS: headings that are not events, and events that duplicate another file.
- PLACE_COUNTRY: where a place named in the guide is, when it is not in the partner country.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Files -> parties. Reviewed one by one against each file's short title (comment).
# ---------------------------------------------------------------------------------------------
FILE_PARTY: dict[str, str] = {
    "afghanistan": "AF", "albania": "AL", "algeria": "DZ", "andorra": "AD", "angola": "AO",
    "antigua-barbuda": "AG", "argentina": "AR", "armenia": "AM", "australia": "AU", "austria": "AT",
    "austrian-empire": "H-AUSTRIAN-EMPIRE",  # Austrian Empire*
    "azerbaijan": "AZ",
    "baden": "H-BADEN",  # Baden*
    "bahamas": "BS", "bahrain": "BH", "bangladesh": "BD", "barbados": "BB",
    "bavaria": "H-BAVARIA",  # Bavaria*
    "belarus": "BY", "belgium": "BE", "belize": "BZ",
    "benin": "BJ",  # Benin (Dahomey)
    "bolivia": "BO", "bosnia-herzegovina": "BA", "botswana": "BW", "brazil": "BR", "brunei": "BN",
    "brunswick-luneburg": "H-BRUNSWICK-LUNEBURG",  # Brunswick and Lüneburg*
    "bulgaria": "BG",
    "burkina-faso": "BF",  # Burkina Faso (Upper Volta)
    "burma": "MM", "burundi": "BI", "cambodia": "KH", "cameroon": "CM", "canada": "CA",
    "cape-verde": "CV", "cayman-islands": "KY", "central-african-republic": "CF",
    "central-american-federation": "H-CENTRAL-AMERICAN-FEDERATION",  # Central American Federation*
    "chad": "TD", "chile": "CL",
    "china": "CN",  # the guide's China page runs to 1979 through the Republic of China years
    "colombia": "CO", "comoros": "KM", "congo-democratic-republic": "CD",
    "congo-free-state": "H-CONGO-FREE-STATE",  # The Congo Free State*
    "congo-republic": "CG", "cook-islands": "CK", "costa-rica": "CR", "cote-divoire": "CI",
    "croatia": "HR", "cuba": "CU", "cyprus": "CY", "czech-republic": "CZ",
    "czechoslovakia": "H-CZECHOSLOVAKIA",  # Czechoslovakia*
    "denmark": "DK", "djibouti": "DJ", "dominica": "DM", "dominican-republic": "DO",
    "ecuador": "EC", "egypt": "EG", "el-salvador": "SV", "equatorial-guinea": "GQ", "eritrea": "ER",
    "estonia": "EE", "ethiopia": "ET",
    "federal-government-germany": "H-FEDERAL-GOVERNMENT-OF-GERMANY",  # Federal Government of Germany (1848-49)*
    "fiji": "FJ", "finland": "FI", "france": "FR", "gabon": "GA", "gambia": "GM",
    "genoa": "H-GENOA",  # Republic of Genoa*
    "georgia": "GE",
    "german-democratic-republic": "H-EAST-GERMANY",  # East Germany (German Democratic Republic)*
    "germany": "DE",  # Prussia, the German Empire, the FRG and united Germany
    "ghana": "GH",
    "grand-duchy-tuscany": "H-TUSCANY",  # The Grand Duchy of Tuscany*
    "greece": "GR", "grenada": "GD", "guatemala": "GT", "guinea-bissau": "GW", "guinea": "GN",
    "guyana": "GY", "haiti": "HT",
    "hanover": "H-HANOVER",  # Hanover*
    "hanseatic-republics": "H-HANSEATIC-REPUBLICS",  # Hanseatic Republics*
    "hawaii": "H-HAWAII",  # Hawaii*
    "hesse": "H-HESSE",  # Hesse*
    "holy-see": "VA", "honduras": "HN", "hungary": "HU", "iceland": "IS", "india": "IN",
    "indonesia": "ID", "iran": "IR", "iraq": "IQ", "ireland": "IE", "israel": "IL", "italy": "IT",
    "jamaica": "JM", "japan": "JP", "jordan": "JO", "kazakhstan": "KZ", "kenya": "KE",
    "kingdom-of-yugoslavia": "H-YUGOSLAVIA",  # Kingdom of Serbia/Yugoslavia*
    "kiribati": "KI",
    "korea-south": "KR",  # Republic of Korea (South Korea)
    "korea": "H-KOREA",  # Korea: the Kingdom of Choson, 1882-1905
    "kosovo": "XK",  # not in ISO 3166-1: see EXTRA_PARTIES
    "kuwait": "KW", "kyrgyzstan": "KG", "laos": "LA", "latvia": "LV", "lebanon": "LB",
    "lesotho": "LS",
    "lew-chew": "H-LEW-CHEW",  # Lew Chew (Loochoo)*
    "liberia": "LR", "libya": "LY", "liechtenstein": "LI", "lithuania": "LT", "luxembourg": "LU",
    "macedonia": "MK", "madagascar": "MG", "malawi": "MW", "malaysia": "MY", "maldives": "MV",
    "mali": "ML", "malta": "MT", "marshall-islands": "MH", "mauritania": "MR", "mauritius": "MU",
    "mecklenburg-schwerin": "H-MECKLENBURG-SCHWERIN",  # Mecklenburg-Schwerin*
    "mecklenburg-strelitz": "H-MECKLENBURG-STRELITZ",  # Mecklenburg-Strelitz*
    "mexico": "MX", "micronesia": "FM", "moldova": "MD", "monaco": "MC", "mongolia": "MN",
    "montenegro": "ME", "morocco": "MA", "mozambique": "MZ", "namibia": "NA",
    "nassau": "H-NASSAU",  # Nassau*
    "nauru": "NR", "nepal": "NP", "netherlands": "NL", "new-zealand": "NZ", "nicaragua": "NI",
    "niger": "NE", "nigeria": "NG", "niue": "NU",
    "north-german-confederation": "H-NORTH-GERMAN-CONFEDERATION",  # North German Confederation*
    "north-german-union": "H-NORTH-GERMAN-CONFEDERATION",  # North German Union*: same state, duplicate page
    "norway": "NO",
    "oldenburg": "H-OLDENBURG",  # Oldenburg*
    "oman": "OM",
    "orange-free-state": "H-ORANGE-FREE-STATE",  # Orange Free State*
    "pakistan": "PK", "palau": "PW", "panama": "PA",
    "papal-states": "H-PAPAL-STATES",  # Papal States*
    "papua-new-guinea": "PG", "paraguay": "PY",
    "parma": "H-PARMA",  # The Duchy of Parma*
    "peru": "PE", "philippines": "PH",
    "piedmont-sardinia": "H-PIEDMONT-SARDINIA",  # Piedmont-Sardinia*
    "poland": "PL", "portugal": "PT", "qatar": "QA", "romania": "RO",
    "russia": "RU",  # the Russian Empire and the Russian Federation; the USSR has its own page
    "rwanda": "RW", "saint-kitts-nevis": "KN", "saint-lucia": "LC", "saint-vincent-grenadines": "VC",
    "samoa": "WS", "san-marino": "SM", "sao-tome-and-principe": "ST", "saudi-arabia": "SA",
    "schaumburg-lippe": "H-SCHAUMBURG-LIPPE",  # Schaumburg-Lippe*
    "senegal": "SN", "serbia": "RS", "seychelles": "SC", "sierra-leone": "SL", "singapore": "SG",
    "slovakia": "SK", "slovenia": "SI", "solomon-islands": "SB", "somalia": "SO",
    "south-africa": "ZA", "south-sudan": "SS",
    "soviet-union": "H-SOVIET-UNION",  # Union of Soviet Socialist Republics*
    "spain": "ES", "sri-lanka": "LK", "sudan": "SD", "suriname": "SR",
    "swaziland": "SZ",  # Eswatini
    "sweden": "SE", "switzerland": "CH", "syria": "SY", "tajikistan": "TJ", "tanzania": "TZ",
    "texas": "H-TEXAS",  # Texas*
    "thailand": "TH", "timor-leste": "TL", "togo": "TG", "tonga": "TO", "trinidad-and-tobago": "TT",
    "tunisia": "TN",
    "turkey": "TR",  # includes the Ottoman Empire years
    "turkmenistan": "TM", "tuvalu": "TV",
    "two-sicilies": "H-TWO-SICILIES",  # Two Sicilies*
    "uganda": "UG", "ukraine": "UA", "united-arab-emirates": "AE", "united-kingdom": "GB",
    "uruguay": "UY", "uzbekistan": "UZ", "vanuatu": "VU", "venezuela": "VE", "vietnam": "VN",
    "wurttemberg": "H-WURTTEMBERG",  # Württemberg*
    "yemen": "YE",  # North and South Yemen before 1990
    "zambia": "ZM", "zimbabwe": "ZW",
}

# Entries a file holds about a state other than its own party, by the state's name at the time:
# "file.NN" -> party. Fact ids stay as they are (they name the file and position).
EVENT_PARTY: dict[str, str] = {
    "germany.01": "H-PRUSSIA",  # Prussia's recognition of the United States in the 1785 treaty
    "germany.03": "H-PRUSSIA",  # relations with Prussia, 1797
    "kingdom-of-yugoslavia.01": "H-KINGDOM-OF-SERBIA",  # recognition of Serbian independence, 1881
    "kingdom-of-yugoslavia.03": "H-KINGDOM-OF-SERBIA",  # relations and the legation in Serbia, 1882
    "kingdom-of-yugoslavia.12": "H-KINGDOM-OF-SERBIA",  # treaty on commercial relations, 1881
    "kingdom-of-yugoslavia.13": "H-KINGDOM-OF-SERBIA",  # consular convention, 1881
    "kingdom-of-yugoslavia.14": "H-KINGDOM-OF-SERBIA",  # extradition treaty, 1901
    **{f"yemen.{n:02d}": "H-SOUTH-YEMEN" for n in (3, 10, 11, 12, 13, 15)},  # South Yemen, 1967-1990
    **{f"vietnam.{n:02d}": "H-SOUTH-VIETNAM" for n in (1, 4, 5, 6, 7)},  # State/Republic of Vietnam, 1950-1975
}

# A state's name at the time, for texts written from headings: party -> [(from, until, name)],
# ISO dates, until exclusive. The guide files these years under today's name; the note says so.
NAME_AT_TIME: dict[str, list[tuple[str, str, str]]] = {
    "BF": [("", "1984-08-04", "Upper Volta")],
    "BJ": [("", "1975-11-30", "Dahomey")],
    "CD": [("1960-06-30", "1964-08-01", "the Republic of the Congo (Léopoldville)"), ("1971-10-27", "1997-05-17", "Zaire")],
    "IR": [("", "1935-03-21", "Persia")],
    "JO": [("", "1949-04-26", "Transjordan")],
    "LK": [("", "1972-05-22", "Ceylon")],
    "MM": [("", "1989-06-18", "Burma")],
    "SA": [("", "1932-09-18", "the Kingdom of Hejaz and Nejd")],
    "TH": [("", "1939-06-24", "Siam")],
    "TR": [("", "1923-10-29", "the Ottoman Empire")],
    "H-SOUTH-VIETNAM": [("", "1955-10-26", "the State of Vietnam")],
}

# Entries about one of two states a file covers (North and South Yemen): "file.NN" -> name.
EVENT_NAME: dict[str, str] = {
    "yemen.06": "North Yemen", "yemen.07": "North Yemen", "yemen.08": "North Yemen",
    "yemen.09": "the Yemen Arab Republic (North Yemen)",
    "yemen.11": "South Yemen",
    "yemen.12": "the People's Republic of Southern Yemen (South Yemen)",
    "yemen.13": "South Yemen",
    "yemen.14": "the Yemen Arab Republic (North Yemen)",
    "yemen.15": "the People's Democratic Republic of Yemen (South Yemen)",
}

# Files whose every event repeats another file's: they map to the same party, events not re-imported.
DUPLICATE_FILES: dict[str, str] = {
    "north-german-union": "north-german-confederation",
}

_JOINED_EMPIRE = "The guide records that it joined the German Empire in 1871; the guide's Germany page continues that history."

# Historical parties. `successors` only where the guide names them (see `note`).
HISTORICAL: dict[str, dict] = {
    "H-AUSTRIAN-EMPIRE": {
        "name": "Austrian Empire",
        "aliases": ["Austria-Hungary", "Austro-Hungarian Empire"],
        "successors": ["AT", "HU"],
        "note": "The guide's entry covers the Austrian Empire and, from 1867, Austria-Hungary, to 1918; it sends readers to the Republic of Austria as the modern state. Successors (reviewed): Austria and Hungary, the two states of the Dual Monarchy, with which the United States ended the state of war and made separate peace treaties in 1921 (the guide's Austria and Hungary pages). The new states that took the rest of its territory in 1918 (Czechoslovakia, Poland, the Kingdom of Serbs, Croats and Slovenes) and Romania and Italy, which gained territory, are not recorded as its successors.",
    },
    "H-BADEN": {"name": "Baden", "aliases": ["Grand Duchy of Baden"], "successors": ["DE"], "note": _JOINED_EMPIRE},
    "H-BAVARIA": {"name": "Bavaria", "aliases": ["Kingdom of Bavaria"], "successors": ["DE"], "note": _JOINED_EMPIRE},
    "H-BRUNSWICK-LUNEBURG": {
        "name": "Brunswick and Lüneburg", "aliases": ["Duchy of Brunswick and Lüneburg", "Brunswick-Lüneburg"],
        "successors": ["DE"], "note": _JOINED_EMPIRE,
    },
    "H-CENTRAL-AMERICAN-FEDERATION": {
        "name": "Central American Federation",
        "aliases": ["Federation of the Centre of America", "United Provinces of Central America", "Federation of Central American States"],
        "successors": ["CR", "SV", "GT", "HN", "NI"],
        "note": "According to the guide, its five member states are today's Costa Rica, El Salvador, Guatemala, Honduras and Nicaragua; the federation began to break up in 1838.",
    },
    "H-CONGO-FREE-STATE": {
        "name": "Congo Free State", "aliases": ["Independent State of the Congo", "Independent State of Congo"],
        "note": "The guide says it covered much of the territory of today's Democratic Republic of the Congo; it names no successor state.",
    },
    "H-CZECHOSLOVAKIA": {
        "name": "Czechoslovakia", "aliases": ["CSHH", "Czechoslovak Republic"],
        "successors": ["CZ", "SK"],
        "note": "The guide records its dissolution into the Czech Republic and Slovakia (1992-93).",
    },
    "H-EAST-GERMANY": {
        "name": "East Germany", "aliases": ["German Democratic Republic", "GDR", "DDR", "DDDE"],
        "successors": ["DE"],
        "note": "The guide says the GDR was absorbed by the Federal Republic of Germany in 1990.",
    },
    "H-FEDERAL-GOVERNMENT-OF-GERMANY": {
        "name": "Federal Government of Germany", "aliases": ["German Federation", "Federal Government of Germany (1848-49)"],
        "note": "The revolutionary German government of 1848-49; the guide names no successor.",
    },
    "H-GENOA": {
        "name": "Republic of Genoa", "aliases": ["Genoa"],
        "successors": ["H-PIEDMONT-SARDINIA"],
        "note": "According to the guide, Genoa went to the Kingdom of Piedmont-Sardinia in 1815, by decision of the Congress of Vienna.",
    },
    "H-HANOVER": {
        "name": "Hanover", "aliases": ["Kingdom of Hanover"],
        "successors": ["DE"],
        "note": "The guide covers it to the Austro-Prussian War of 1866, after which Prussia annexed it. Successor (reviewed): Germany, whose history the guide's Germany page carries on from Prussia (H-PRUSSIA).",
    },
    "H-HANSEATIC-REPUBLICS": {
        "name": "Hanseatic Republics", "aliases": ["Hanseatic Cities", "Free Hanseatic Cities"],
        "successors": ["DE"],
        "note": "Bremen, Hamburg and Lübeck; the guide records that they joined the North German Confederation (1867-68) and the German Empire (1871).",
    },
    "H-HAWAII": {
        "name": "Kingdom of Hawaii", "aliases": ["Hawaii", "Sandwich Islands", "Hawaiian Kingdom"],
        "successors": ["US"],
        "note": "According to the guide, the kingdom lost its independence when the United States annexed it on 1898-08-12.",
    },
    "H-HESSE": {"name": "Hesse", "aliases": ["Grand Duchy of Hesse"], "successors": ["DE"], "note": _JOINED_EMPIRE},
    "H-KOREA": {
        "name": "Korea (Kingdom of Choson)", "aliases": ["Kingdom of Choson", "Choson", "Korean Empire"],
        "successors": ["KR", "KP"],
        "note": "The guide's 'Korea' page covers 1882-1905, before Japanese rule and the division of the peninsula. Successors (reviewed): South Korea and North Korea, the two states on its territory since 1948; the guide names none.",
    },
    "H-LEW-CHEW": {
        "name": "Lew Chew", "aliases": ["Loochoo", "Ryukyu", "Kingdom of Lew Chew"],
        "successors": ["JP"],
        "note": "The guide says the islands, today Okinawa, were incorporated into Japan from 1874-75.",
    },
    "H-MECKLENBURG-SCHWERIN": {"name": "Mecklenburg-Schwerin", "aliases": ["Grand Duchy of Mecklenburg-Schwerin"], "successors": ["DE"], "note": _JOINED_EMPIRE},
    "H-MECKLENBURG-STRELITZ": {"name": "Mecklenburg-Strelitz", "aliases": ["Grand Duchy of Mecklenburg-Strelitz"], "successors": ["DE"], "note": _JOINED_EMPIRE},
    "H-NASSAU": {
        "name": "Duchy of Nassau", "aliases": ["Nassau (Germany)"],
        "successors": ["DE"],
        "note": "The guide says it was annexed to Prussia on 1866-10-03. Successor (reviewed): Germany, whose history the guide's Germany page carries on from Prussia (H-PRUSSIA).",
    },
    "H-NORTH-GERMAN-CONFEDERATION": {
        "name": "North German Confederation", "aliases": ["North German Union"],
        "successors": ["DE"],
        "note": "The guide says the creation of the German Empire in 1871 made it obsolete. The guide has two identical pages for it (north-german-confederation, north-german-union).",
    },
    "H-OLDENBURG": {"name": "Oldenburg", "aliases": ["Grand Duchy of Oldenburg", "Duchy of Oldenburg"], "successors": ["DE"], "note": _JOINED_EMPIRE},
    "H-ORANGE-FREE-STATE": {
        "name": "Orange Free State",
        "note": "The guide says it ceased to exist as a sovereign state in 1902; it names no successor.",
    },
    "H-PRUSSIA": {
        "name": "Prussia", "aliases": ["Kingdom of Prussia"],
        "successors": ["DE"],
        "note": "The guide files Prussia under its Germany page (from the 1785 treaty to 1871); here its facts before the German Empire have a party of their own. Successor (reviewed): Germany; the US minister to Prussia was re-accredited to the German Empire in 1871, and the guide's Germany page continues that history. Poland and Russia, which hold former Prussian lands, are not recorded as successors.",
    },
    "H-KINGDOM-OF-SERBIA": {
        "name": "Kingdom of Serbia", "aliases": ["Principality of Serbia", "Serbia (1878-1918)"],
        "successors": ["H-YUGOSLAVIA", "RS"],
        "note": "The guide files Serbia before 1918 on its 'Kingdom of Serbia/Yugoslavia' page; here those facts (1881-1901) have a party of their own. Successors (reviewed): Yugoslavia, which Serbia joined in December 1918 as the Kingdom of Serbs, Croats and Slovenes, and the Republic of Serbia, with which the United States still applies the 1901 extradition treaty signed with the Kingdom.",
    },
    "H-PAPAL-STATES": {
        "name": "Papal States", "aliases": ["Pontifical States"],
        "successors": ["IT"],
        "note": "According to the guide, the Kingdom of Italy absorbed the Papal States in 1870.",
    },
    "H-PARMA": {
        "name": "Duchy of Parma", "aliases": ["Parma"],
        "successors": ["IT"],
        "note": "According to the guide, the Kingdom of Italy absorbed Parma in 1861.",
    },
    "H-PIEDMONT-SARDINIA": {
        "name": "Kingdom of Piedmont-Sardinia", "aliases": ["Piedmont-Sardinia", "Kingdom of Sardinia"],
        "successors": ["IT"],
        "note": "The guide records that its legation became the legation of the Kingdom of Italy in 1861.",
    },
    "H-SCHAUMBURG-LIPPE": {"name": "Schaumburg-Lippe", "aliases": ["Principality of Schaumburg-Lippe"], "successors": ["DE"], "note": _JOINED_EMPIRE},
    "H-SOUTH-YEMEN": {
        "name": "South Yemen",
        "aliases": ["People's Democratic Republic of Yemen", "People's Republic of Southern Yemen", "PDRY", "Democratic Yemen", "YDYE"],
        "successors": ["YE"],
        "note": "The guide files North and South Yemen on its Yemen page; here South Yemen's facts (1967-1990) have a party of their own. Successor (reviewed): Yemen, formed when it united with the Yemen Arab Republic (North Yemen) on 1990-05-22. North Yemen's facts stay with Yemen (YE), which kept North Yemen's place, as ISO 3166 did (YDYE is South Yemen's withdrawn code).",
    },
    "H-SOUTH-VIETNAM": {
        "name": "South Vietnam",
        "aliases": ["Republic of Vietnam", "State of Vietnam", "State of Viet Nam", "RVN"],
        "successors": ["VN"],
        "note": "The State of Vietnam (recognised in 1950), which claimed all of Vietnam, governed the south after the 1954 division and became the Republic of Vietnam in 1955; the guide files it on its Vietnam page. Successor (reviewed): Vietnam, which took over its territory after its surrender on 1975-04-30 and the reunification of 1976.",
    },
    "H-SOVIET-UNION": {
        "name": "Soviet Union", "aliases": ["USSR", "Union of Soviet Socialist Republics", "SUHH"],
        "successors": ["RU"],
        "note": "The guide says that on the USSR's dissolution in 1991 the United States considered the Russian Federation its successor state.",
    },
    "H-TEXAS": {
        "name": "Republic of Texas", "aliases": ["Texas"],
        "successors": ["US"],
        "note": "The guide says Texas was annexed by the United States in December 1845, with the transfer on 1846-02-19.",
    },
    "H-TUSCANY": {
        "name": "Grand Duchy of Tuscany", "aliases": ["Tuscany"],
        "successors": ["IT"],
        "note": "According to the guide, the Kingdom of Italy absorbed the Grand Duchy in 1860.",
    },
    "H-TWO-SICILIES": {
        "name": "Kingdom of the Two Sicilies", "aliases": ["Two Sicilies", "Kingdom of Naples"],
        "successors": ["IT"],
        "note": "The guide records the proclamation of the Kingdom of Italy in 1861 as the end of the Two Sicilies.",
    },
    "H-WURTTEMBERG": {"name": "Württemberg", "aliases": ["Kingdom of Württemberg"], "successors": ["DE"], "note": _JOINED_EMPIRE},
    "H-YUGOSLAVIA": {
        "name": "Yugoslavia",
        "aliases": ["YUCS", "Kingdom of Yugoslavia", "Kingdom of Serbs, Croats, and Slovenes",
                    "Socialist Federal Republic of Yugoslavia", "SFRY"],
        "successors": ["BA", "HR", "MK", "ME", "RS", "SI"],
        "note": "The guide's 'Kingdom of Serbia/Yugoslavia' page, from 1918 to 1992 (Serbia before 1918 is H-KINGDOM-OF-SERBIA). The guide says the United States did not accept Serbia and Montenegro's claim to continue the SFRY alone. Successors (reviewed): the five states that the 2001 Agreement on Succession Issues names as its equal successors, Bosnia and Herzegovina, Croatia, North Macedonia, Slovenia and the Federal Republic of Yugoslavia, whose place Serbia and Montenegro took when they separated in 2006. Kosovo is not recorded: it declared independence from Serbia in 2008 and was no party to the succession.",
    },
}

# Parties the guide needs that data/countries.toml does not hold.
EXTRA_PARTIES: dict[str, dict] = {}  # Kosovo (XK) is now in data/countries.toml
# ---------------------------------------------------------------------------------------------
# Headings that are not events (background essays, lists) and events that repeat another file's.
# ---------------------------------------------------------------------------------------------
SKIP_RULES: list[tuple[str, str]] = [
    (r"^(german unification|the second reich|trade( and commerce)?|whaling industry|missionary work|sugar trade|"
     r"religion|naval port|compensation|colonization|summary|slavery and cotton|disrupting relations with mexico|"
     r"the cold war|potential conflict of interests with japan|u\.s\.-czechoslovakian relations during world war ii|"
     r"relations from 1980 to 2004|70th anniversary)",
     "background essay, not a dated event"),
    (r"^(consulates in (scotland|wales|northern ireland|england)|other consulates|u\.s\. consulate generals|"
     r"other u\.s\. diplomatic missions|establishment of consular posts\.$|hilo|honolulu|kahului|lahaina|mahukona|"
     r"port of honolulu)",
     "list of consular posts over a period, not a single event"),
    (r"^no (treaty|bilateral treaties|consular presence)|^no permanent diplomatic relations",
     "records that no relations or treaty existed; not an event"),
    (r".* under (french|ottoman|french and spanish) (control|and italian control)",
     "period of foreign rule, not a single event"),
]

# (file, heading regex) -> reason: events that duplicate another file's entry (imported there).
SKIP_EVENTS: list[tuple[str, str, str]] = [
    ("genoa|grand-duchy-tuscany|papal-states|parma|piedmont-sardinia|two-sicilies",
     r"^u\.s\. recognition of italian independence",
     "duplicate of italy.xml's entry on the recognition of Italy (imported there)"),
    ("papal-states", r"^u\.s\. legation to the kingdom of italy moves",
     "duplicate of italy.xml's entry (imported there)"),
    ("kingdom-of-yugoslavia", r"^claims convention",
     "the Two Sicilies' claims convention of 1832, which the guide repeats on its Serbia/Yugoslavia page (imported under two-sicilies.xml)"),
    ("germany", r"^recognition of the german democratic republic",
     "duplicate of german-democratic-republic.xml's entry (imported there, with East Germany as the party)"),
]

# ---------------------------------------------------------------------------------------------
# Heading phrase -> kind. Tried in order on the heading text (lower case); first match wins.
# `also` records further events the same heading names ("... and the American Embassy").
# ---------------------------------------------------------------------------------------------
KIND_RULES: list[tuple[str, str]] = [
    # state changes and other history (checked first: they often mention recognition)
    (r"joins? the (german empire|north german)|^german empire|unification of the yemen|dissolution of czechoslovakia|"
     r"^establishment of the (kingdom|socialist federal republic|batavian republic|arab union)|^dissolution of the arab union|"
     r"^incorporation of|^proclamation of the kingdom|^demise of|becomes a republic|^the republic of south africa|"
     r"^transfer of sovereignty|^invasion of|^division of germany and u\.s\. non-recognition|^entry of tonga|"
     r"^franco-monégasque|^the austro-prussian war|^franco-austrian war|^revolution of 1956|^formation and recognition of the united arab|"
     r"^formation, recognition, and dissolution|^dissolution of the united arab republic|^the united states and hungarian|"
     r"^the anschluss|^luxembourg government in|^netherlands under french|^u\.s\. declaration of war|^end of hostilities|"
     r"^hugarian refugees|^marriage of|^reception of|^establishment of (most-favored-nation|relief assistance)|^most-favored-nation|"
     r"^u\.s\. response to angolan|^relations altered|^first official (diplomatic|state-to-state) interaction|^expansion of relations|^diplomatic relations and the north-south division|"
     r"^diplomatic relations handled through|^u\.s\. diplomatic representation during|^assassination of|^international recognition of reunified",
     "other"),
    # consular posts over a period ("U.S. Consulate at Algiers, 1796-1962, with interruptions")
    (r"^(u\.s\. )?consulates? (at|in) |^first u\.s\. consul|^port of honolulu|^consulate opened in|consulate (opens|was established|opened)|"
     r"^establishment of (u\.s\. )?consul(ate)? (in|at)|^the first (u\.s\. |genovese )?consul|^early u\.s\. consulates|^consular posts at|"
     r"^establishment of (the )?u\.s\. consulate|^establishment of consulates? in|^u\.s\. consul appointed|^grand duchy of hesse|^bloemfontein",
     "consulate_opened"),
    (r"to consulate general", "other"),
    # treaties and agreements
    (r"agreement", "agreement"),
    (r"treaty|convention|compact|declaration of accession|^arrangement|additional article", "treaty"),
    # relations broken, suspended, resumed
    (r"sever|^withdrawal of ambassadors", "relations_severed"),
    (r"^suspension of (normal )?diplomatic relations|^suspension of diplomatic", "relations_suspended"),
    (r"interrupt", "relations_interrupted"),
    (r"cessation of|^termination of (diplomatic )?relations|relations ended|^diplomatic relations ended|"
     r"^termination of u\.s\. mission|recognition of independent montenegro withdrawn",
     "relations_ended"),
    (r"resum|re-?establishment of (diplomatic |normal )?relations|relations re-?established|re-opening of diplomatic|"
     r"relations normalized|ambassadorial relations restored|elevation of liaison office to embassy status and resumption",
     "relations_resumed"),
    # recognition
    (r"recogn|recogntion", "recognition"),
    # relations established
    (r"establishment of (full |ambassadorial )?diplomatic relations|diplomatic relations established|"
     r"establishment of diplomatic relationsand|^establishment of ambassadorial relations",
     "relations_established"),
    (r"establishment of (swedish )?consular relations|u\.s\. consular relations with", "consular_relations_established"),
    # missions
    (r"elevat|raised to embassy|legation to embassy|elevation from legation", "elevated_to_embassy"),
    (r"mov(ed|es|e|ement) |relocation|returned to|returns to|transferred to|change from|changed from|^change in accreditation|"
     r"closure of american legation in athens and opening",
     "mission_moved"),
    (r"clos(ed|ure|ing)|suspension of (the )?(u\.s\. )?(embassy|operations)|staff withdrawn|evacuation of", "mission_closed"),
    (r"recalled|expelled|separated from", "envoy_withdrawn"),
    (r"ambassador|minister|envoy|representative|accreditation|accredited|appointed|appointment|presents credentials|"
     r"hanseatic representation", "envoy_accredited"),
    (r"interests? section|liaison office|diplomatic mission|diplomatic presence|u\.s\. mission|subordinate diplomatic|"
     r"office of the u\.s\. representative|resumption of (u\.s\. embassy tripoli )?operations|^american mission", "mission_opened"),
    (r"embassy", "embassy_opened"),
    (r"legation", "legation_opened"),
    (r"consul|consulate|consular", "consulate_opened"),
]

# Secondary events a heading may name beside its main one.
ALSO_RULES: list[tuple[str, str]] = [
    (r"and (the )?(american|u\.s\.) embassy|and american embassy|and (the )?embassy (was )?reopened|reopening of (american )?embassy|"
     r"reestablishment of the american embassy|embassy in .* reopens", "embassy_opened"),
    (r"and (the )?(american |u\.s\. |south african |new zealand )?legation(?! closed)|and legation in|& the american legation|"
     r"american legation reopened", "legation_opened"),
    (r"and (the )?(american )?diplomatic mission|and the american mission", "mission_opened"),
    (r"closure of (the )?embassy|embassy closed|closure of american legation|closing of the u\.s\. embassy|legation closed", "mission_closed"),
    (r"relations resumed|resumption of full diplomatic relations", "relations_resumed"),
    (r"establishment of diplomatic relations", "relations_established"),
    (r"severing of diplomatic relations", "relations_severed"),
    (r"embassy .*downgraded", "other"),
]

TOPIC_BY_KIND: dict[str, str] = {
    "recognition": "diplomatic", "relations_established": "diplomatic", "relations_severed": "diplomatic",
    "relations_suspended": "diplomatic", "relations_interrupted": "diplomatic", "relations_resumed": "diplomatic",
    "relations_ended": "diplomatic", "envoy_accredited": "diplomatic", "envoy_withdrawn": "diplomatic",
    "consular_relations_established": "missions",
    "legation_opened": "missions", "embassy_opened": "missions", "consulate_opened": "missions",
    "elevated_to_embassy": "missions", "mission_closed": "missions", "mission_moved": "missions",
    "mission_opened": "missions",
    "treaty": "treaty", "agreement": "treaty",
    "other": "history",
}

# Words that mark the sentence holding an event's own date, by kind.
KIND_CUES: dict[str, str] = {
    "recognition": r"recogni",
    "relations_established": r"establish|relations|credentials|accredit",
    "consular_relations_established": r"consul",
    "relations_severed": r"sever|broke|withdr|recall",
    "relations_suspended": r"suspend",
    "relations_interrupted": r"interrupt|sever|broke|clos|withdr|suspend",
    "relations_ended": r"ceas|ended|terminat|annex|withdr|clos",
    "relations_resumed": r"resum|re-?establish|restor|normal|recogni",
    "legation_opened": r"legation|opened|established|credentials",
    "embassy_opened": r"embassy|opened|established|credentials|reopen",
    "consulate_opened": r"consul",
    "mission_opened": r"office|section|mission|opened|established",
    # the date the change took effect, or else the first ambassador's credentials (as the guide
    # itself says for Bolivia, Paraguay and South Africa), not the announcement or appointment
    "elevated_to_embassy": r"raised|elevat|effective|credentials|credence|established",
    "mission_moved": r"mov|relocat|transfer|return|opened",
    "mission_closed": r"clos|suspend|withdr|evacuat",
    "envoy_accredited": r"credentials|accredit|appoint|ambassador|minister",
    "envoy_withdrawn": r"recall|expel|withdr",
    # signature, accession or entry into force, as the text says; not ratification or a title
    "treaty": r"sign|conclud|accession|acced|into force|exchange of notes|effected",
    "agreement": r"sign|conclud|accession|acced|into force|exchange of notes|effected",
    "other": r"",
}

# Dates a rule cannot settle, read in `python -m importers.rdcr_audit` and decided by hand.
# "file.NN" (the entry's position in its file) -> the date, the reason (one line), and optionally
# a note for the fact. Every end of a date must be a date the entry names (checked on import),
# or `from_text` quotes the words of the entry the date is worked out from ("two days later").
DATE_OVERRIDES: dict[str, dict] = {
    "germany.07": {"date": "1917-04-06",
                   "reason": "the declaration of war is Congress's joint resolution and Wilson's proclamation of 6 April; 2 April is his request to Congress"},
    "nicaragua.12": {"date": "1947-06-05",
                     "reason": "the US refused relations with Somoza's regime on 5 June; 25 May is the coup"},
    "mexico.06": {"date": "1858-06-21",
                  "reason": "Forsyth suspended relations on 21 June; Buchanan's recall of him on 15 July confirmed it",
                  "note": "Minister Forsyth suspended relations on 1858-06-21, pending instructions; President Buchanan approved and recalled him on 1858-07-15."},
    "ethiopia.04": {"date": "1937-03-04",
                    "reason": "the minister's departure withdrew the legation; only the consulate stayed open to 31 March",
                    "note": "The guide says the minister left Addis Ababa on 1937-03-04 and the consulate closed after 1937-03-31."},
    "kuwait.01": {"date": "1961-06-19/1961-07",
                  "reason": "no recognition date: independence on 19 June 1961, and in July 1961 the State Department said the US already recognised Kuwait",
                  "note": "The guide gives no date for the recognition: Kuwait became independent on 1961-06-19, and in July 1961 the State Department said the United States had recognised Kuwait as sovereign for some time."},
    "san-marino.03": {"date": "1861-05-07",
                      "reason": "Lincoln's reply of 7 May completed the exchange of letters begun by the Regents' letter of 29 March"},
    "panama.06": {"date": "1931-01-16",
                  "reason": "relations resumed when the minister attended Alfaro's inauguration on 16 January, as instructed on the 15th"},
    "argentina.06": {"date": "1944-02-25/1944-06-27",
                     "reason": "no date for the interruption: Farrell took power on 25 February 1944, the ambassador was recalled on 27 June; 26 January is Argentina's break with Germany and Japan",
                     "note": "The guide dates no single step: the United States refused official relations with General Farrell's government, which took power on 1944-02-25, and recalled Ambassador Armour on 1944-06-27."},
    "austria.05": {"date": "1938-04-30",
                   "reason": "the fact (reviewed text) is the legation's closure; 1937-09-26 is the minister's death"},
    "china.13": {"date": "1941-12-08",
                 "reason": "the embassy moved 'on or about December 8'; 7 December is the outbreak of war",
                 "note": "The guide says the move was on or about 1941-12-08."},
    "el-salvador.01": {"date": "1849-05-01",
                       "reason": "El Salvador recognised as a separate state; 1824 is the recognition of the Central American Federation",
                       "note": "The guide also records the recognition of the Federation of Central American States, of which Salvador was part, on 1824-08-04."},
    "costa-rica.06": {"date": "1917/1922",
                      "reason": "the interruption is a period; the paragraph dates its steps (coup, minister's departure, closure, reopening), none of them the interruption",
                      "note": "The guide's steps: coup of 1917-01-17, the US minister left on 1917-04-19, the legation closed on 1918-12-05 and reopened on 1920-10-15, and a new minister was appointed on 1922-02-10."},
    "cuba.01": {"date": "1902-05-19/1902-05-20",
                "reason": "no recognition date in the paragraph: the Republic was installed on 19 May 1902 and the US gave up its occupation authority on 20 May",
                "note": "The guide gives no date for the recognition itself: the Republic of Cuba was installed on 1902-05-19, and the United States gave up its occupation authority on 1902-05-20."},
    "france.08": {"date": "1940-06-10",
                  "reason": "the ambassador stayed in Paris when the French government left it on 10 June; 15 May is the German invasion"},
    "france.09": {"date": "1940",
                  "reason": "the guide says only 'in the summer of 1940'; 16 June is Reynaud's resignation",
                  "note": "The guide says the embassy moved near the seat of the Vichy regime in the summer of 1940 (the French Parliament met in Vichy on 1940-07-10)."},
    "france.11": {"date": "1943-08-26", "from_text": "two days later",
                  "reason": "Roosevelt's message of 24 August was to be given to the FCNL two days later; 3 June is the FCNL's founding",
                  "note": "Roosevelt sent the message on 1943-08-24, for delivery to the Committee's members two days later."},
    "france.12": {"date": "1944-10-23",
                  "reason": "the recognition was announced and the letters delivered on 23 October; 19 October is the President's decision"},
    "german-democratic-republic.01": {"date": "1949-10-07",
                                      "reason": "the US non-recognition answered the GDR's creation on 7 October; 21 September is the FRG's"},
    "germany.04": {"date": "1871-04-08",
                   "reason": "relations with the Empire: Bancroft presented Grant's letter to the Emperor on 8 April; 18 January is the Empire's proclamation",
                   "note": "The guide says the United States recognised the German Empire, proclaimed on 1871-01-18, by changing the accreditation of its minister to Prussia, who presented the President's letter to the Emperor on 1871-04-08."},
    "honduras.01": {"date": "1853-04-19",
                    "reason": "Honduras recognised as a separate state; 1824 is the recognition of the Central American Federation",
                    "note": "The guide also records the recognition of the Federation of Central American States, of which Honduras was part, on 1824-08-04."},
    "hungary.01": {"date": "1921",
                   "reason": "no recognition date in the paragraph; 2 July is the end of the state of war",
                   "note": "The paragraph gives no date for the recognition: the state of war ended under a Joint Resolution of Congress of 1921-07-02, which Hungary's National Assembly accepted on 1921-08-12."},
    "hungary.07": {"date": "1945-09-25",
                   "reason": "relations resumed with Hungary's affirmative reply of 25 September to the US note of the 22nd; 20 January is the armistice"},
    "greece.01": {"date": "1837-11-07",
                  "reason": "the US act is empowering Stevenson to negotiate with the King of Greece; 26 April is Greece's note"},
    "guatemala.07": {"date": "1954-06/1954-07-02",
                     "reason": "no date for the interruption: Arbenz was overthrown in June 1954 and a junta took power on 2 July",
                     "note": "The guide dates no single step: President Arbenz's government was overthrown in June 1954, and a junta took power on 1954-07-02."},
    "iraq.06": {"date": "1958-08-01", "from_text": "1st of August 1958",
                "reason": "the dissolution took effect on 1 August; 14 July is the coup that led to it"},
    "libya.11": {"date": "2011-09-22",
                 "reason": "the heading's event is the embassy resuming operations on 22 September; 15 July is the recognition of the Transitional National Council"},
    "north-german-confederation.01": {"date": "1867-12-09",
                                      "reason": "the guide says the Seward-Bancroft exchange, completed by Seward's reply of 9 December, signified recognition; 1 July is the Confederation's founding"},
    "palau.01": {"date": "1994-10-01",
                 "reason": "the guide says 'this latter date' (1 October) marks recognition; 27 September is the proclamation"},
    "norway.02": {"date": "1809",
                  "reason": "the heading dates the first consulates to 1809; 1900 is Christiania's rise to consulate general"},
    "norway.04": {"date": "1905-11-14",
                  "reason": "accredited to Norway separately on 14 November; 8 March is his appointment to Sweden and Norway together"},
    "norway.05": {"date": "1906-08-13",
                  "reason": "the legation opened with the minister's credentials of 13 August; 22 June is his appointment"},
    "norway.08": {"date": "1942-05-13", "from_text": "the next day",
                  "reason": "the elevation took effect with the ambassador's credentials 'the next day' after his promotion of 12 May"},
    "panama.05": {"date": "1931-01-05",
                  "reason": "the US interrupted relations on 5 January by not answering the new government; 2 January is the coup"},
    "kingdom-of-yugoslavia.05": {"date": "1941-10-03",
                                 "reason": "US representation in London began with Biddle's credentials of 3 October; 14 April is the government's flight",
                                 "note": "The Yugoslav government went into exile on 1941-04-14 and the US minister left Yugoslavia on 1941-05-17."},
    "peru.02": {"date": "1837-03-16",
                "reason": "the text dates the recognition 16 March 1837 (Thornton's appointment); the heading says 1838, the year of his successor's appointment",
                "note": "The guide's heading dates this 1838; its text says the United States recognised the Confederation on 1837-03-16, by appointing James B. Thornton chargé d'affaires."},
    "poland.08": {"date": "1939-09",
                  "reason": "the ambassador left Warsaw on 5 September and followed the government to France that month; 1 September is the German invasion",
                  "note": "The guide says Ambassador Biddle left Warsaw on 1939-09-05 and followed the Polish government to France."},
    "portugal.06": {"date": "1822-05-07/1822-08-16",
                    "reason": "the envoy was appointed on 7 May and reached Lisbon before 16 August; the guide gives no date of the return itself",
                    "note": "The guide says Henry Dearborn was appointed on 1822-05-07 and reached Lisbon before 1822-08-16; he reported no date of presentation of credentials."},
    "panama.08": {"date": "1949-11-25",
                  "reason": "the US said on 25 November that relations with the Arias regime did not exist; 24 November is the police coup"},
    "sweden.06": {"date": "1784-02-06",
                  "reason": "entry into force by exchange of ratifications (the heading's year); the signature of 3 April 1783 is the recognition fact sweden.01",
                  "note": "The treaty was signed in Paris on 1783-04-03; ratifications were exchanged on 1784-02-06."},
    "thailand.05": {"date": "1836-04-14",
                    "reason": "entry into force by exchange of ratifications (the heading's year); the signature of 20 March 1833 is fact thailand.01",
                    "note": "The treaty was signed in Bangkok on 1833-03-20; ratifications were exchanged on 1836-04-14."},
    "tunisia.04": {"date": "1795",
                   "reason": "a period entry (1795-1956); 30 June 1904 is a temporary closure",
                   "note": "The heading dates the consulate from 1795; the paragraph's first dated step is William Eaton's credentials of 1798-03-15."},
    "wurttemberg.06": {"date": "1853-10-13",
                       "reason": "the declaration of accession is dated 13 October 1853 (signature) and was proclaimed on 27 December",
                       "note": "The guide says the declaration was dated 1853-10-13 and proclaimed 1853-12-27."},
    "russia.06": {"date": "1918-02-27/1918-08-09",
                  "reason": "the entry is two moves, to Vologda on 27 February and to Archangel on 9 August"},
    "new-zealand.05": {"date": "1948-12-22",
                       "reason": "Scotten's credentials as ambassador; 7 April is the acceptance of his credentials as minister"},
}

# Words that mark a date as another step than the event itself, by kind (scored 0).
KIND_NOT_CUES: dict[str, str] = {
    "elevated_to_embassy": r"announc",  # the announcement of an elevation, not the elevation
}

# Where places named in the guide are, when the partner country is not the answer.
PLACE_COUNTRY: dict[str, str] = {
    "london": "GB", "cairo": "EG", "egypt": "EG", "paris": "FR", "vichy": "FR", "rio de janeiro": "BR",
    "washington": "US", "philadelphia": "US", "bridgetown": "BB", "barbados": "BB", "wellington": "NZ",
    "suva": "FJ", "canberra": "AU", "brussels": "BE", "the hague": "NL", "antigua": "AG", "apia": "WS",
    "constantinople": "TR", "istanbul": "TR", "instanbul": "TR", "morfontaine": "FR", "bordeaux": "FR", "clermont ferrand": "FR", "kanagawa": "JP",
    "st jean de luz": "FR", "nice": "FR", "genoa": "IT", "florence": "IT", "rome": "IT", "texas": "US",
}
