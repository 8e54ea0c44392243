"""Reviewed, hand-made tables for `importers.visas` (the Passport Index).

Everything here is a decision a person made and can review; the importer applies it mechanically.
Keep entries sorted within each table.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Passport Index ISO alpha-2 code -> project party code, with the source's own name for the code
# (from passport-index-tidy.csv, which has the same rows in the same order, by name).
#
# Every code in passport-index-tidy-iso2.csv must be here: the importer reports (and writes no
# row for) a code that is not. The 199 codes are the same as passports and as destinations.
# Each was checked against data/countries.toml; a comment says why where the source's name
# differs from the project's or the code is unusual. No code is left out.
# --------------------------------------------------------------------------------------------
CODES: dict[str, tuple[str, str]] = {
    "AD": ("AD", "Andorra"),
    "AE": ("AE", "United Arab Emirates"),
    "AF": ("AF", "Afghanistan"),
    "AG": ("AG", "Antigua and Barbuda"),
    "AL": ("AL", "Albania"),
    "AM": ("AM", "Armenia"),
    "AO": ("AO", "Angola"),
    "AR": ("AR", "Argentina"),
    "AT": ("AT", "Austria"),
    "AU": ("AU", "Australia"),
    "AZ": ("AZ", "Azerbaijan"),
    "BA": ("BA", "Bosnia and Herzegovina"),
    "BB": ("BB", "Barbados"),
    "BD": ("BD", "Bangladesh"),
    "BE": ("BE", "Belgium"),
    "BF": ("BF", "Burkina Faso"),
    "BG": ("BG", "Bulgaria"),
    "BH": ("BH", "Bahrain"),
    "BI": ("BI", "Burundi"),
    "BJ": ("BJ", "Benin"),
    "BN": ("BN", "Brunei"),
    "BO": ("BO", "Bolivia"),
    "BR": ("BR", "Brazil"),
    "BS": ("BS", "Bahamas"),
    "BT": ("BT", "Bhutan"),
    "BW": ("BW", "Botswana"),
    "BY": ("BY", "Belarus"),
    "BZ": ("BZ", "Belize"),
    "CA": ("CA", "Canada"),
    "CD": ("CD", "DR Congo"),  # source name 'DR Congo'
    "CF": ("CF", "Central African Republic"),
    "CG": ("CG", "Congo"),  # source name 'Congo': the Republic of the Congo (Brazzaville), not CD
    "CH": ("CH", "Switzerland"),
    "CI": ("CI", "Ivory Coast"),  # source name 'Ivory Coast'
    "CL": ("CL", "Chile"),
    "CM": ("CM", "Cameroon"),
    "CN": ("CN", "China"),
    "CO": ("CO", "Colombia"),
    "CR": ("CR", "Costa Rica"),
    "CU": ("CU", "Cuba"),
    "CV": ("CV", "Cape Verde"),  # source name 'Cape Verde'
    "CY": ("CY", "Cyprus"),
    "CZ": ("CZ", "Czech Republic"),  # source name 'Czech Republic'
    "DE": ("DE", "Germany"),
    "DJ": ("DJ", "Djibouti"),
    "DK": ("DK", "Denmark"),
    "DM": ("DM", "Dominica"),
    "DO": ("DO", "Dominican Republic"),
    "DZ": ("DZ", "Algeria"),
    "EC": ("EC", "Ecuador"),
    "EE": ("EE", "Estonia"),
    "EG": ("EG", "Egypt"),
    "ER": ("ER", "Eritrea"),
    "ES": ("ES", "Spain"),
    "ET": ("ET", "Ethiopia"),
    "FI": ("FI", "Finland"),
    "FJ": ("FJ", "Fiji"),
    "FM": ("FM", "Micronesia"),
    "FR": ("FR", "France"),
    "GA": ("GA", "Gabon"),
    "GB": ("GB", "United Kingdom"),
    "GD": ("GD", "Grenada"),
    "GE": ("GE", "Georgia"),
    "GH": ("GH", "Ghana"),
    "GM": ("GM", "Gambia"),
    "GN": ("GN", "Guinea"),
    "GQ": ("GQ", "Equatorial Guinea"),
    "GR": ("GR", "Greece"),
    "GT": ("GT", "Guatemala"),
    "GW": ("GW", "Guinea-Bissau"),
    "GY": ("GY", "Guyana"),
    "HK": ("HK", "Hong Kong"),  # Hong Kong SAR passport and destination: a party of its own (ISO HK), not CN
    "HN": ("HN", "Honduras"),
    "HR": ("HR", "Croatia"),
    "HT": ("HT", "Haiti"),
    "HU": ("HU", "Hungary"),
    "ID": ("ID", "Indonesia"),
    "IE": ("IE", "Ireland"),
    "IL": ("IL", "Israel"),
    "IN": ("IN", "India"),
    "IQ": ("IQ", "Iraq"),
    "IR": ("IR", "Iran"),
    "IS": ("IS", "Iceland"),
    "IT": ("IT", "Italy"),
    "JM": ("JM", "Jamaica"),
    "JO": ("JO", "Jordan"),
    "JP": ("JP", "Japan"),
    "KE": ("KE", "Kenya"),
    "KG": ("KG", "Kyrgyzstan"),
    "KH": ("KH", "Cambodia"),
    "KI": ("KI", "Kiribati"),
    "KM": ("KM", "Comoros"),
    "KN": ("KN", "Saint Kitts and Nevis"),
    "KP": ("KP", "North Korea"),
    "KR": ("KR", "South Korea"),
    "KW": ("KW", "Kuwait"),
    "KZ": ("KZ", "Kazakhstan"),
    "LA": ("LA", "Laos"),
    "LB": ("LB", "Lebanon"),
    "LC": ("LC", "Saint Lucia"),
    "LI": ("LI", "Liechtenstein"),
    "LK": ("LK", "Sri Lanka"),
    "LR": ("LR", "Liberia"),
    "LS": ("LS", "Lesotho"),
    "LT": ("LT", "Lithuania"),
    "LU": ("LU", "Luxembourg"),
    "LV": ("LV", "Latvia"),
    "LY": ("LY", "Libya"),
    "MA": ("MA", "Morocco"),
    "MC": ("MC", "Monaco"),
    "MD": ("MD", "Moldova"),
    "ME": ("ME", "Montenegro"),
    "MG": ("MG", "Madagascar"),
    "MH": ("MH", "Marshall Islands"),
    "MK": ("MK", "North Macedonia"),
    "ML": ("ML", "Mali"),
    "MM": ("MM", "Myanmar"),
    "MN": ("MN", "Mongolia"),
    "MO": ("MO", "Macao"),  # Macao SAR passport and destination: a party of its own (ISO MO), not CN
    "MR": ("MR", "Mauritania"),
    "MT": ("MT", "Malta"),
    "MU": ("MU", "Mauritius"),
    "MV": ("MV", "Maldives"),
    "MW": ("MW", "Malawi"),
    "MX": ("MX", "Mexico"),
    "MY": ("MY", "Malaysia"),
    "MZ": ("MZ", "Mozambique"),
    "NA": ("NA", "Namibia"),  # Namibia: read as the string 'NA'; a CSV reader that treats NA as missing would lose every row with Namibia as passport or destination (396, not counting NA-NA)
    "NE": ("NE", "Niger"),
    "NG": ("NG", "Nigeria"),
    "NI": ("NI", "Nicaragua"),
    "NL": ("NL", "Netherlands"),
    "NO": ("NO", "Norway"),
    "NP": ("NP", "Nepal"),
    "NR": ("NR", "Nauru"),
    "NZ": ("NZ", "New Zealand"),
    "OM": ("OM", "Oman"),
    "PA": ("PA", "Panama"),
    "PE": ("PE", "Peru"),
    "PG": ("PG", "Papua New Guinea"),
    "PH": ("PH", "Philippines"),
    "PK": ("PK", "Pakistan"),
    "PL": ("PL", "Poland"),
    "PS": ("PS", "Palestine"),  # Palestine (ISO PS)
    "PT": ("PT", "Portugal"),
    "PW": ("PW", "Palau"),
    "PY": ("PY", "Paraguay"),
    "QA": ("QA", "Qatar"),
    "RO": ("RO", "Romania"),
    "RS": ("RS", "Serbia"),
    "RU": ("RU", "Russia"),
    "RW": ("RW", "Rwanda"),
    "SA": ("SA", "Saudi Arabia"),
    "SB": ("SB", "Solomon Islands"),
    "SC": ("SC", "Seychelles"),
    "SD": ("SD", "Sudan"),
    "SE": ("SE", "Sweden"),
    "SG": ("SG", "Singapore"),
    "SI": ("SI", "Slovenia"),
    "SK": ("SK", "Slovakia"),
    "SL": ("SL", "Sierra Leone"),
    "SM": ("SM", "San Marino"),
    "SN": ("SN", "Senegal"),
    "SO": ("SO", "Somalia"),
    "SR": ("SR", "Suriname"),
    "SS": ("SS", "South Sudan"),
    "ST": ("ST", "Sao Tome and Principe"),
    "SV": ("SV", "El Salvador"),
    "SY": ("SY", "Syria"),
    "SZ": ("SZ", "Swaziland"),  # source name 'Swaziland': Eswatini
    "TD": ("TD", "Chad"),
    "TG": ("TG", "Togo"),
    "TH": ("TH", "Thailand"),
    "TJ": ("TJ", "Tajikistan"),
    "TL": ("TL", "Timor-Leste"),
    "TM": ("TM", "Turkmenistan"),
    "TN": ("TN", "Tunisia"),
    "TO": ("TO", "Tonga"),
    "TR": ("TR", "Turkey"),
    "TT": ("TT", "Trinidad and Tobago"),
    "TV": ("TV", "Tuvalu"),
    "TW": ("TW", "Taiwan"),  # Taiwan (ISO TW)
    "TZ": ("TZ", "Tanzania"),
    "UA": ("UA", "Ukraine"),
    "UG": ("UG", "Uganda"),
    "US": ("US", "United States"),
    "UY": ("UY", "Uruguay"),
    "UZ": ("UZ", "Uzbekistan"),
    "VA": ("VA", "Vatican"),  # source name 'Vatican': the project's party VA is the Holy See (Vatican City State)
    "VC": ("VC", "Saint Vincent and the Grenadines"),
    "VE": ("VE", "Venezuela"),
    "VN": ("VN", "Vietnam"),
    "VU": ("VU", "Vanuatu"),
    "WS": ("WS", "Samoa"),
    "XK": ("XK", "Kosovo"),  # Kosovo: XK is a user-assigned code, not ISO 3166-1; the project uses XK too
    "YE": ("YE", "Yemen"),
    "ZA": ("ZA", "South Africa"),
    "ZM": ("ZM", "Zambia"),
    "ZW": ("ZW", "Zimbabwe"),
}

# Codes left out, with the reason (none today: every code in the file is a project party).
LEFT_OUT: dict[str, str] = {}

# --------------------------------------------------------------------------------------------
# The Requirement column -> (requirement code, days). Numbers (7 to 360) are visa-free stays
# of that many days and are read by the importer, not listed here. `-1` marks a passport
# and its own country (passport = destination): those rows are dropped.
# The legacy values the source's README lists ("Hayya Entry Permit", "covid ban") do not occur
# in the 2025-01-12 file; were they to, the importer reports them and writes no row.
# --------------------------------------------------------------------------------------------
REQUIREMENTS: dict[str, str] = {
    "e-visa": "e_visa",                   # an electronic visa (from 2025-01-12 eTAs are not in this value)
    "eta": "eta",                         # electronic travel authorisation (ESTA, Canada's eTA, the UK's ETA, ...)
    "no admission": "no_admission",       # holders are not admitted (war, travel bans)
    "visa free": "visa_free",             # visa-free, number of days unknown or not applicable
    "visa on arrival": "visa_on_arrival",
    "visa required": "visa_required",
}
SAME_COUNTRY = "-1"
