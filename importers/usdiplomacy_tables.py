"""Reviewed, hand-made tables for `importers.usdiplomacy` (the Office of the Historian's trips,
visits and chiefs of mission).

The three data sets name countries by the Office's territory ids, the same ids as the file names
of its guide (`importers.rdcr`): those are mapped by the guide's reviewed table
(`rdcr_tables.FILE_PARTY`), and only what that table does not settle is decided here:

- EXTRA_IDS: ids the guide does not use (spelling variants, territories, ids ending in a year).
- PERIODS: ids whose state changed over the years the lists cover (Russia and the Soviet Union,
  Prussia and Germany, Yugoslavia and Serbia, ...): the party by the date of the trip, visit or
  mission, with the guide's own historical parties.
- LOCALE_PARTY: trips filed under a territory that no longer exists, by the place visited.
- SET_ASIDE_IDS: ids that name no state; their rows are listed in the report with the reason.
- VISITOR_TITLES: the titles a visitor's name begins with, as the list writes them.
- START_WORDS: what the date a chief of mission's service began means, by title.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Territory ids the guide's table does not hold -> party, with the reason.
# ---------------------------------------------------------------------------------------------
EXTRA_IDS: dict[str, tuple[str, str]] = {
    "antigua-and-barbuda": ("AG", "the chiefs-of-mission list's spelling of the guide's antigua-barbuda"),
    "saint-kitts-and-nevis": ("KN", "the chiefs-of-mission list's spelling of the guide's saint-kitts-nevis"),
    "saint-vincent-and-grenadines": ("VC", "the chiefs-of-mission list's spelling of the guide's saint-vincent-grenadines"),
    "micronesia-federated-states-of": ("FM", "the chiefs-of-mission list's spelling of the guide's micronesia"),
    "congo-kinshasa": ("CD", "the Democratic Republic of the Congo (the guide's congo-democratic-republic)"),
    "congo-brazzaville": ("CG", "the Republic of the Congo (the guide's congo-republic)"),
    "czechia": ("CZ", "the Czech Republic's short name since 2016 (the guide's czech-republic)"),
    "eswatini": ("SZ", "Swaziland's name since 2018 (the guide's swaziland)"),
    "turkiye": ("TR", "Turkey's name in English since 2022 (the guide's turkey)"),
    "north-macedonia": ("MK", "Macedonia's name since 2019 (the guide's macedonia)"),
    "korea-north": ("KP", "North Korea, which the guide has no page for"),
    "taiwan": ("TW", "the Republic of China on Taiwan; the list names it 'Republic of China' (trips from 1954, visits from 1961)"),
    "somoa": ("WS", "the list's misspelling of Samoa: its one visit is by Samoa's Prime Minister Fiame Naomi Mata'afa"),
    "french-polynesia": ("PF", "a French overseas collectivity with an ISO 3166-1 code; its President's visits are to Pacific Islands summits"),
    "new-caledonia": ("NC", "a French territory with an ISO 3166-1 code; its President's visits are to Pacific Islands summits"),
    "palestinian-authority": ("PS", "the Palestinian Authority's territory is ISO 3166-1's Palestine (PS)"),
    "west-bank": ("PS", "the West Bank is part of ISO 3166-1's Palestine (PS); every trip filed here is to Ramallah"),
    "albania-1946": ("AL", "the list's id for Albania before 1946 (the Kingdom of Albania): the same state, which the guide's Albania page covers"),
    "czechoslovakia-1993": ("H-CZECHOSLOVAKIA", "the list's id for Czechoslovakia to 1993 (the guide's czechoslovakia)"),
    "joseon-dynasty-1910": ("H-KOREA", "the list's id for Korea under the Joseon dynasty, to 1910 (the guide's korea page, 1882-1905)"),
    "kingdom-of-two-sicilies-1861": ("H-TWO-SICILIES", "the list's id for the Two Sicilies to 1861 (the guide's two-sicilies)"),
    "state-of-vietnam-1955": ("H-SOUTH-VIETNAM", "the State of Vietnam, to 1955, which the guide's historical party South Vietnam covers"),
    "south-vietnam-1975": ("H-SOUTH-VIETNAM", "the Republic of Vietnam, to 1975"),
    "vietnam-south": ("H-SOUTH-VIETNAM", "the chiefs-of-mission list's page for South Vietnam (1950-1975)"),
    "yugoslavia": ("H-YUGOSLAVIA", "Yugoslavia, 1918-1992, as the guide's kingdom-of-yugoslavia page (later years: see PERIODS)"),
    "yugoslavia-1946": ("H-YUGOSLAVIA", "the list's id for the Kingdom of Yugoslavia, to 1946"),
    "socialist-federal-republic-of-yugoslavia-1992": ("H-YUGOSLAVIA", "the list's id for the Socialist Federal Republic of Yugoslavia, to 1992 (later years: see PERIODS)"),
}

# ---------------------------------------------------------------------------------------------
# Ids whose party depends on the date: id -> [(from, until, party, reason)], ISO dates, `from`
# inclusive and `until` exclusive ("" for open). The date is a trip's or visit's first day, or the
# first date known of a chief of mission (credentials or charge, else appointment, else arrival).
# An id not listed here, or a date outside every period, takes the party of EXTRA_IDS or the guide.
# ---------------------------------------------------------------------------------------------
_USSR = ("the United States recognised the Soviet Union on 1933-11-16; the guide dates its dissolution, "
         "and the Russian Federation as its successor, to December 1991")
PERIODS: dict[str, list[tuple[str, str, str, str]]] = {
    "russia": [("1933-11-16", "1991-12-26", "H-SOVIET-UNION", _USSR)],
    "germany": [("", "1871-01-18", "H-PRUSSIA",
                 "the list's notes say the ministers before the German Empire were commissioned to Prussia; the guide's historical party Prussia")],
    "austria": [("", "1918-11-12", "H-AUSTRIAN-EMPIRE",
                 "the list's notes say the ministers before 1918 were commissioned to Austria-Hungary (from 1875) or served before it; the guide's Austrian Empire page covers both")],
    "italy": [("", "1861-03-17", "H-PIEDMONT-SARDINIA",
               "the list's notes say the ministers before the Kingdom of Italy were commissioned to Sardinia (capital at Turin)")],
    "serbia": [("", "1918-12-01", "H-KINGDOM-OF-SERBIA",
                "Serbia before it joined the Kingdom of Serbs, Croats and Slovenes (the guide's historical party)")],
    "vietnam": [("", "1975-04-30", "H-SOUTH-VIETNAM",
                 "before 1975 the list's Vietnam trips and visits are to Saigon and Cam Ranh Bay and by South Vietnam's leaders (Diem, Thieu)")],
    "korea": [("1948-08-15", "", "KR",
               "after 1948 the list's 'korea' is South Korea: its one visit names 'Korea, South', and its chiefs are ambassadors in Seoul from 1949")],
    "yugoslavia": [("1992-04-27", "", "RS",
                    "the Federal Republic of Yugoslavia, proclaimed 1992-04-27, whose place Serbia took (the guide's Yugoslavia note); trips to Belgrade")],
    "socialist-federal-republic-of-yugoslavia-1992": [("1992-04-27", "", "RS",
                                                       "chargés d'affaires in Belgrade after the SFRY's dissolution: the Federal Republic of Yugoslavia, whose place Serbia took")],
}

# Trips filed under the Netherlands Antilles, dissolved in 2010: the party of the place visited.
LOCALE_PARTY: dict[tuple[str, str], tuple[str, str]] = {
    ("netherlands-antilles", "Aruba"): ("AW", "Aruba, then part of the Netherlands Antilles"),
    ("netherlands-antilles", "Curacao"): ("CW", "Curaçao, then part of the Netherlands Antilles"),
    ("netherlands-antilles", "St. Maartin"): ("SX", "Sint Maarten (the list writes 'St. Maartin'), then part of the Netherlands Antilles"),
}

# Ids that name no state: every row filed under them is set aside, with this reason.
SET_ASIDE_IDS: dict[str, str] = {
    "antarctica": "Antarctica is no state (it is governed under the Antarctic Treaty); a trip there is not a relation with a country",
}

# ---------------------------------------------------------------------------------------------
# Visitors: the list writes the title before the name ("Emperor Dom Pedro II"). Longest first;
# matched at the start of the name, followed by a space (or, for the list's typing slips, by the
# name straight away). A visitor matching none keeps the whole string as the name and no title
# (listed in the report).
# ---------------------------------------------------------------------------------------------
VISITOR_TITLES: tuple[str, ...] = (
    "Prime Minister-Prince", "Acting Prime Minister", "Interim Prime Minister", "Prime Minister",
    "Prime Minster", "Prime Ministere",
    "President-elect", "President-Elect", "President- elect", "President- designate",
    "Acting President", "Interim President", "Provisional President", "President of the Council of Ministers", "President",
    "Federal Chancellor", "Chancellor-elect", "Chancellor",
    "Vice Premier", "Premier and Prince", "Premier & Prince", "Premier",
    "General Secretary", "First Secretary", "Chairman of the Presidency", "Chairman", "Governor General",
    "Grand Duchess", "Grand Duke", "Crown Prince", "Regent Prince", "Prince",
    "Emperor", "King", "Queen", "Shah", "Sultan", "Amir", "Emir", "Sheikh", "Pope", "Taoiseach",
    "Chief of State", "Head of State", "Junta Member", "Brigadier General", "Lieutenant General", "General",
)

# ---------------------------------------------------------------------------------------------
# Chiefs of mission: the list's `started` date is the presentation of credentials for an envoy
# (ambassador, minister, chargé d'affaires en titre, who is accredited to a foreign minister) and
# the day a chargé d'affaires ad interim or an officer in charge took charge of the post. Role
# title id -> (words for our text, the value `start_event`). Titles not listed: "began".
# ---------------------------------------------------------------------------------------------
_CREDENTIALS = ("presented credentials", "credentials")
_CHARGE = ("took charge", "took_charge")
START_WORDS: dict[str, tuple[str, str]] = {
    "ambassador-e-p": _CREDENTIALS,
    "envoy-extraordinary-minister-plenipotentiary": _CREDENTIALS,
    "envoy-extraordinary-minister-plenipotentiary-consul-general": _CREDENTIALS,
    "minister-plenipotentiary": _CREDENTIALS,
    "minister-resident": _CREDENTIALS,
    "minister-resident-consul-general": _CREDENTIALS,
    "minister-resident-and-extraordinary": _CREDENTIALS,
    "minister-resident-foreign-service-officer": _CREDENTIALS,
    "charge-daffaires": _CREDENTIALS,
    "charge-daffaires-consul-general": _CREDENTIALS,
    "charge-daffaires-ad-interim": _CHARGE,
    "charge-daffaires-pro-tem": _CHARGE,
    "principal-officer": _CHARGE,
    "acting-principal-officer": _CHARGE,
}
START_DEFAULT = ("began the mission", "began")

# How a mission ended, from the first words of the list's note on the end date (lower case).
# Anything else: "mission ended".
END_WORDS: tuple[tuple[str, str], ...] = (
    ("left", "left the post"),
    ("presented recall", "presented letters of recall"),
    ("transmitted recall", "sent letters of recall"),
    ("had farewell audience", "had a farewell audience"),
    ("died", "died at the post"),
    ("relinquished charge", "handed over charge"),
    ("promoted", "promoted to a higher rank"),
    ("superseded", "replaced"),
)
# Words in a note on a date that make the date approximate (recorded in the fact's note).
APPROXIMATE_CUES: tuple[str, ...] = ("about", "or soon after", "or shortly before", "or shortly after", "on or before", "approximately")

# A place the trips list names with a country in brackets ("Algiers (Algeria)"): that country's
# code today. A trip the Office files under another state (France, for Algiers in 1943) gets a
# note saying where the place is today. Brackets naming a region of the filed country (Nova
# Scotia, Scotland, Sicily, Azores, ...) are not listed and need no note.
PLACE_TODAY: dict[str, str] = {
    "Algeria": "DZ", "Senegal": "SN", "The Gambia": "GM", "Cuba": "CU", "Jamaica": "JM",
    "Trinidad": "TT", "The Bahamas": "BS", "Barbados": "BB", "Newfoundland": "CA", "Antilles": "CW",
}

# Pieces of the list's places that are not places of their own: joined to the one before
# ("Mexico City, D.F.": the Federal District of Mexico City).
PLACE_SUFFIXES: tuple[str, ...] = ("D.F.",)

# How a note names the party a row is given to by PERIODS, where "X, the state of the time" would
# not be right.
STATE_WORDS: dict[str, str] = {
    "RS": "Serbia, which took the place of the Federal Republic of Yugoslavia (1992–2003) and of Serbia and Montenegro (2003–2006)",
}

# Rows the list very likely has wrong: kept as the list gives them, with this note (the evidence).
# "trip:<id>" or "visit:<id>" -> note.
FLAGS: dict[str, str] = {
    "visit:3051": ("The list names Prime Minister Nguyen Tan Dung for this visit to the US–ASEAN summit of May 2022, "
                   "but The World Factbook gives Pham Minh Chinh as Vietnam's prime minister since 26 July 2021 "
                   "(Nguyen Tan Dung's other visits in the list date from 2008 to 2016): the name is likely the "
                   "list's slip. It is kept as the list gives it."),
}
