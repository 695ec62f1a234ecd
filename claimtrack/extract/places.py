"""Places that news names as if they spoke: "San Diego", "Damascus", "China".

A small gazetteer kept as data: countries and the cities and regions that 2015-2016 news
names most. A place is never a speaker ("Two class action lawsuits being considered in San
Diego have accused ..."); a government is named by its office ("the Kremlin", "Beijing's
foreign ministry"), which the rules keep. Names that are also people's (Georgia, Jordan,
Chad, Washington, Lincoln) are left out, and US states are in `lexicon.US_STATES`.
"""

from __future__ import annotations

_COUNTRIES = """
Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile China
Colombia Croatia Cuba Cyprus Denmark Ecuador Egypt England Estonia Ethiopia Europe Finland
France Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
Ireland Israel Italy Japan Kazakhstan Kenya Kosovo Kuwait Latvia Lebanon Libya Lithuania
Malaysia Mali Mexico Moldova Morocco Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway
Oman Pakistan Palestine Panama Peru Philippines Poland Portugal Qatar Romania Russia Rwanda
Scotland Serbia Singapore Slovakia Somalia Spain Sudan Sweden Switzerland Syria Taiwan
Thailand Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen
Zimbabwe Africa Asia America Antarctica Crimea Gaza Kurdistan Palestine Tibet
"""

_MULTIWORD = (
    "United States",
    "United Kingdom",
    "South Korea",
    "North Korea",
    "South Africa",
    "Saudi Arabia",
    "New Zealand",
    "Costa Rica",
    "El Salvador",
    "Sri Lanka",
    "Czech Republic",
    "Dominican Republic",
    "Puerto Rico",
    "West Bank",
    "Middle East",
    "Latin America",
    "Central America",
    "South America",
    "North America",
    "Western Europe",
    "Eastern Europe",
    "Hong Kong",
    "Los Angeles",
    "San Francisco",
    "San Diego",
    "San Antonio",
    "San Jose",
    "Las Vegas",
    "New Orleans",
    "Salt Lake City",
    "Des Moines",
    "St. Louis",
    "Kansas City",
    "Oklahoma City",
    "Atlantic City",
    "New York City",
    "Palm Beach",
    "West Palm Beach",
    "Boca Raton",
    "Fort Lauderdale",
    "Cedar Rapids",
    "Council Bluffs",
    "Sioux City",
    "Myrtle Beach",
    "Silicon Valley",
    "Wall Street",
    "Capitol Hill",
    "Tel Aviv",
    "Abu Dhabi",
    "Buenos Aires",
    "Mexico City",
    "Rio de Janeiro",
    "Sao Paulo",
    "New Delhi",
    "Kuala Lumpur",
    "Ground Zero",
)

_CITIES = """
Chicago Boston Philadelphia Houston Dallas Phoenix Denver Seattle Portland Miami
Orlando Tampa Atlanta Detroit Cleveland Cincinnati Pittsburgh Baltimore Milwaukee
Minneapolis Nashville Memphis Louisville Sacramento Albuquerque
Tucson Omaha Anchorage Honolulu Manhattan Brooklyn Queens Bronx Harlem Hollywood Chappaqua
Dubuque Manchester Nashua Charleston Columbia
Spartanburg Reno Tallahassee Jacksonville Sarasota Decatur Alexandria Arlington Quantico
Benghazi Damascus Aleppo Raqqa Mosul Baghdad Kabul Tehran Riyadh Jerusalem Beirut Cairo
Istanbul Ankara Moscow Kiev Kyiv Minsk Warsaw Berlin Munich Paris Brussels London
Liverpool Dublin Edinburgh Madrid Barcelona Lisbon Rome Milan Athens Vienna Geneva Zurich
Amsterdam Stockholm Oslo Copenhagen Helsinki Beijing Shanghai Tokyo Seoul Pyongyang Manila
Jakarta Bangkok Hanoi Mumbai Delhi Karachi Islamabad Lahore Dhaka Sydney Melbourne Toronto
Montreal Vancouver Ottawa Havana Caracas Lima Bogota Almaty Astana Doha Dubai
"""

# every name of the gazetteer, as written in the text
PLACES: frozenset[str] = frozenset(_COUNTRIES.split() + _CITIES.split() + list(_MULTIWORD))

__all__ = ["PLACES"]
