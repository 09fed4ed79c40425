"""Builders of the eval41 development corpus: five DuckDB files in five earth- and life-science domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `weather.duckdb`: stations (closed_date NULL while active), daily_readings (nullable wind_gust_kmh),
  technicians (date_of_birth), maintenance_visits (visit_start / visit_end TIMESTAMPs); declared FKs
- `seismology.duckdb`: analysts (birth_year), events (origin_time TIMESTAMP; events.analyst_id is NOT a declared
  foreign key, NULL for automatic solutions), felt_reports (declared FK to events); data 2023-01 .. 2025-06
- `waterlab.duckdb`: clients, chemists (date_of_birth), samples (nullable lead_ug_l and reported_date; declared FKs)
- `ringing.duckdb`: ringers (birth_year), species, captures (nullable weight_g, sex and fat_score; declared FKs)
- `herbarium.duckdb`: collectors (birth_date), specimens (nullable elevation_m; specimens.collector_id is NOT a
  declared foreign key), loans (returned_date NULL while out; declared FK to specimens)

Usage:
    python eval41/datasets.py OUTDIR

Example:
    >>> from eval41.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval41-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['herbarium.duckdb', 'ringing.duckdb', 'seismology.duckdb', 'waterlab.duckdb', 'weather.duckdb']
"""
from __future__ import annotations

import datetime as dt
import math
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _moment(rng: random.Random, day: dt.date, first_hour: int = 0, last_hour: int = 23) -> dt.datetime:
    """A random timestamp (whole minutes) on `day` between first_hour:00 and last_hour:59."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Agnes", "Bjorn", "Carmen", "Dmitri", "Elif", "Fergus", "Greta", "Hamid", "Ines", "Jonas", "Katja", "Lorenzo",
         "Maja", "Niall", "Olga", "Pietro", "Rosa", "Stefan", "Tamsin", "Umar", "Vera", "Wim", "Yara", "Zoltan"]
LAST = ["Abbott", "Berg", "Costa", "Dahl", "Evans", "Fischer", "Galli", "Hughes", "Ilic", "Jansen", "Keller",
        "Lund", "Moreau", "Novak", "Ortiz", "Price", "Quinn", "Ruiz", "Sousa", "Tanaka", "Weber", "Young"]

# ------------------------------------------------------------------------------------------------ weather
REGIONS = {"Coastal": (0, 80, 11.0), "Highlands": (400, 1100, 5.0), "Central Plains": (60, 250, 9.5),
           "Lakeland": (100, 350, 8.0), "Northern": (50, 500, 6.5)}  # region -> elevation range, mean temp
STATIONS = [("Carrow Point", "Coastal"), ("Saltmarsh Quay", "Coastal"), ("Gull Head", "Coastal"),
            ("Port Elwin", "Coastal"), ("Ben Arda", "Highlands"), ("Glen Tor", "Highlands"),
            ("Cairn Moss", "Highlands"), ("Ashford", "Central Plains"), ("Millbrook", "Central Plains"),
            ("Oakhampton", "Central Plains"), ("Fenwick Airfield", "Central Plains"), ("Windermoor", "Lakeland"),
            ("Elterwater", "Lakeland"), ("Loweswood", "Lakeland"), ("Thirlby", "Northern"), ("Kirkhaven", "Northern"),
            ("Ravenscar Ridge", "Northern"), ("Bramley Hill", "Central Plains"), ("Dunmore", "Highlands"),
            ("Hollin Bay", "Coastal")]
VISIT_TYPES = {"inspection": (45, 120, 60.0), "calibration": (60, 180, 140.0), "repair": (90, 360, 320.0),
               "sensor replacement": (120, 300, 560.0)}  # type -> minutes range, base cost


def _weather_stations(rng: random.Random) -> list[tuple]:
    """20 stations; two opened during the data period, two closed (closed_date set), the rest still active."""
    rows = []
    for sid, (name, region) in enumerate(STATIONS, start=1):
        lo, hi, _ = REGIONS[region]
        opened = _day(rng, dt.date(2004, 1, 1), 365 * 17)
        closed = None
        if sid in (6, 16):
            opened = {6: dt.date(2022, 9, 1), 16: dt.date(2023, 4, 15)}[sid]
        if sid in (9, 13):
            closed = {9: dt.date(2023, 10, 31), 13: dt.date(2024, 6, 30)}[sid]
        rows.append((sid, name, region, rng.randint(lo, hi), opened, closed, rng.random() < 0.7))
    return rows


def _weather_readings(rng: random.Random, stations: list[tuple]) -> list[tuple]:
    """One reading per station and day from 2022-01-01 to 2024-12-31 while the station is open."""
    rows = []
    start, end = dt.date(2022, 1, 1), dt.date(2024, 12, 31)
    for sid, _name, region, elevation, opened, closed, automatic in stations:
        mean = REGIONS[region][2] - elevation / 400
        day = max(start, opened)
        last = min(end, closed) if closed else end
        while day <= last:
            season = -math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365)
            mid = mean + 7.5 * season + rng.gauss(0, 2.5)
            spread = rng.uniform(4, 11) * {"Coastal": 0.7, "Highlands": 1.25, "Lakeland": 1.1}.get(region, 1.0)
            tmax, tmin = round(mid + spread / 2, 1), round(mid - spread / 2, 1)
            rain = 0.0 if rng.random() < 0.55 else round(rng.expovariate(1 / (6.5 if region == "Coastal" else 4.5)), 1)
            gust = None if (not automatic and rng.random() < 0.6) or rng.random() < 0.03 else round(
                rng.gammavariate(4, 9 if region in ("Coastal", "Highlands") else 7), 1)
            snow = tmin < -1 and rain > 0.5 and rng.random() < 0.7
            flag = rng.choices(["ok", "suspect", "estimated"], [94, 3, 3])[0]
            rows.append((len(rows) + 1, sid, day, tmax, tmin, rain, gust, snow, flag))
            day += dt.timedelta(days=1)
    return rows


def build_weather(path: Path | str) -> None:
    """stations (20), daily_readings (2022-2024), technicians (9), maintenance_visits (declared FKs)."""
    rng = random.Random(4101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR,
        region VARCHAR, elevation_m INTEGER, opened_date DATE, closed_date DATE, is_automatic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE daily_readings(reading_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id), reading_date DATE, max_temp_c DOUBLE, min_temp_c DOUBLE,
        precipitation_mm DOUBLE, wind_gust_kmh DOUBLE, snow_observed BOOLEAN, quality_flag VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE technicians(technician_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, hired_date DATE, base_region VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE maintenance_visits(visit_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id),
        technician_id INTEGER REFERENCES technicians(technician_id), visit_type VARCHAR, visit_start TIMESTAMP,
        visit_end TIMESTAMP, cost_eur DOUBLE, parts_replaced BOOLEAN)""")
    stations = _weather_stations(rng)
    readings = _weather_readings(rng, stations)
    technicians = []
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1):
        technicians.append((tid, first, last, _day(rng, dt.date(1962, 1, 1), 365 * 36),
                            _day(rng, dt.date(2008, 1, 1), 365 * 14), rng.choice(list(REGIONS))))
    visits = []
    for _ in range(420):
        station = rng.choice(stations)
        first_day, last_day = max(dt.date(2022, 1, 1), station[4]), station[5] or dt.date(2024, 12, 31)
        day = _day(rng, first_day, (last_day - first_day).days + 1)
        kind = rng.choices(list(VISIT_TYPES), [45, 30, 15, 10])[0]
        lo, hi, base = VISIT_TYPES[kind]
        begin = _moment(rng, day, 7, 14)
        finish = begin + dt.timedelta(minutes=rng.randint(lo, hi))
        visits.append((len(visits) + 1, station[0], rng.randint(1, 9), kind, begin, finish,
                       round(base * rng.uniform(0.7, 1.6), 2), kind != "inspection" and rng.random() < 0.6))
    visits.sort(key=lambda v: v[4])
    visits = [(i, *v[1:]) for i, v in enumerate(visits, start=1)]
    _insert(con, "stations", stations)
    _insert(con, "daily_readings", readings)
    _insert(con, "technicians", technicians)
    _insert(con, "maintenance_visits", visits)
    con.close()


# ------------------------------------------------------------------------------------------------ seismology
SEISMIC_REGIONS = {"Aegean": 24, "Anatolia": 22, "Apennines": 16, "Dinarides": 10, "Iberia": 8, "Alps": 8,
                   "Carpathians": 6, "Hellenic Arc": 12}  # region -> weight
TEAMS = ["Eastern Med desk", "Western Med desk", "Alpine desk"]
CITIES = {"Aegean": ["Izmir", "Athens", "Samos"], "Anatolia": ["Ankara", "Malatya", "Erzurum"],
          "Apennines": ["Perugia", "L'Aquila", "Rome"], "Dinarides": ["Sarajevo", "Split", "Podgorica"],
          "Iberia": ["Granada", "Murcia", "Lisbon"], "Alps": ["Innsbruck", "Grenoble", "Zurich"],
          "Carpathians": ["Bucharest", "Brasov", "Cluj"], "Hellenic Arc": ["Heraklion", "Rhodes", "Chania"]}


def _seismic_events(rng: random.Random) -> list[tuple]:
    """About 3,300 events from 2023-01-01 to 2025-06-30 (Gutenberg-Richter magnitudes)."""
    rows = []
    start, days = dt.date(2023, 1, 1), (dt.date(2025, 6, 30) - dt.date(2023, 1, 1)).days + 1
    for _ in range(3300):
        origin = _moment(rng, _day(rng, start, days)) + dt.timedelta(seconds=rng.randrange(60))
        region = rng.choices(list(SEISMIC_REGIONS), list(SEISMIC_REGIONS.values()))[0]
        magnitude = round(min(7.2, 2.0 + rng.expovariate(2.1)), 1)
        mag_type = "Mw" if magnitude >= 4.5 else rng.choices(["ML", "mb", "Mw"], [70, 20, 10])[0]
        depth = round(rng.uniform(60, 180), 1) if region == "Hellenic Arc" and rng.random() < 0.4 else round(
            rng.uniform(2, 35), 1)
        felt = magnitude >= 3.2 and rng.random() < min(0.95, (magnitude - 2.8) / 1.5) and depth < 100
        status = rng.choices(["automatic", "reviewed", "false alarm"], [22, 74, 4])[0]
        if magnitude >= 4.0 and status == "automatic":
            status = "reviewed"
        analyst = None if status == "automatic" else rng.randint(1, 12)
        reviewed_at = None if analyst is None else origin + dt.timedelta(minutes=rng.randint(4, 600))
        tsunami = magnitude >= 4.5 and region in ("Aegean", "Hellenic Arc") and depth < 50
        rows.append([origin, region, magnitude, mag_type, depth, felt, tsunami, status, analyst, reviewed_at])
    rows.sort(key=lambda r: r[0])
    return [(i, *r) for i, r in enumerate(rows, start=1)]


def build_seismology(path: Path | str) -> None:
    """analysts (12), events (2023-01 .. 2025-06, undeclared analyst_id), felt_reports (declared FK)."""
    rng = random.Random(4102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE analysts(analyst_id INTEGER PRIMARY KEY, full_name VARCHAR,
        birth_year INTEGER, team VARCHAR, hired_on DATE, is_on_call BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE events(event_id INTEGER PRIMARY KEY, origin_time TIMESTAMP,
        region VARCHAR, magnitude DOUBLE, mag_type VARCHAR, depth_km DOUBLE, felt BOOLEAN, tsunami_warning BOOLEAN,
        review_status VARCHAR, analyst_id INTEGER, reviewed_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE felt_reports(report_id INTEGER PRIMARY KEY,
        event_id INTEGER REFERENCES events(event_id), city VARCHAR, submitted_at TIMESTAMP, intensity INTEGER,
        damage_reported BOOLEAN)""")
    analysts = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 12), start=1):
        analysts.append((aid, f"{first} {last}", rng.randint(1961, 1996), rng.choice(TEAMS),
                         _day(rng, dt.date(2009, 1, 1), 365 * 14), rng.random() < 0.4))
    events = _seismic_events(rng)
    reports = []
    for event in events:
        if not event[6]:
            continue
        for _ in range(rng.randint(1, int(2 + (event[3] - 3) * 12))):
            intensity = max(1, min(9, round(event[3] * 1.3 - 2.2 + rng.gauss(0, 0.9))))
            reports.append((len(reports) + 1, event[0], rng.choice(CITIES[event[2]]),
                            event[1] + dt.timedelta(minutes=rng.randint(1, 240)), intensity,
                            intensity >= 6 and rng.random() < 0.5))
    _insert(con, "analysts", analysts)
    _insert(con, "events", events)
    _insert(con, "felt_reports", reports)
    con.close()


# ------------------------------------------------------------------------------------------------ water lab
CLIENTS = [("Riverside Borough Council", "municipality", "Westshire"), ("Hollow Creek Water Board", "municipality",
           "Eastmoor"), ("Green Valley Dairy", "industry", "Westshire"), ("Northgate Primary School", "school",
           "Northdale"), ("Aldgate Brewery", "industry", "Eastmoor"), ("St Anne's Academy", "school", "Westshire"),
           ("Kestrel Farm", "private well", "Northdale"), ("Marlow Cottage", "private well", "Eastmoor"),
           ("Birchwood Estate", "private well", "Westshire"), ("Eastmoor District Council", "municipality",
           "Eastmoor"), ("Pinecrest Holiday Park", "industry", "Northdale"), ("Lakeside Paper Mill", "industry",
           "Northdale"), ("Old Mill House", "private well", "Northdale"), ("Hillcrest Secondary", "school",
           "Eastmoor"), ("Southfield Water Co-op", "municipality", "Southmere"), ("Southmere Fish Farm", "industry",
           "Southmere"), ("Rose Lane Farm", "private well", "Southmere"), ("Brookside Infant School", "school",
           "Southmere")]
SOURCES = {"municipality": ["tap", "reservoir", "river"], "industry": ["river", "lake", "tap", "well"],
           "school": ["tap"], "private well": ["well"]}
TEST_FEES = {"basic": 45.0, "standard": 85.0, "full panel": 160.0}


def _water_sample(rng: random.Random, sid: int, client: tuple, chemists: int) -> tuple:
    """One sample row: measurements depend on the source; lead only measured on standard/full panels."""
    collected = _day(rng, dt.date(2022, 1, 3), 1093)
    received = _moment(rng, collected + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3])), 8, 17)
    source = rng.choice(SOURCES[client[2]])
    package = rng.choices(list(TEST_FEES), [40, 40, 20])[0]
    rejected = rng.random() < 0.04
    ph = None if rejected else round(rng.gauss(7.6 if source != "well" else 6.9, 0.35), 2)
    nitrate = None if rejected else round(rng.gammavariate(2, 9 if source == "well" else 4), 1)
    lead = None if rejected or package == "basic" else round(rng.expovariate(1 / (6 if source == "tap" else 2.5)), 1)
    coliform = not rejected and rng.random() < {"well": 0.16, "river": 0.3, "lake": 0.22}.get(source, 0.03)
    turnaround = rng.randint(2, 12) + (4 if package == "full panel" else 0)
    reported = None if rejected else received.date() + dt.timedelta(days=turnaround)
    status = "rejected" if rejected else "pending" if reported > dt.date(2024, 12, 31) else "reported"
    if status == "pending":
        reported = None
    return (sid, client[0], rng.randint(1, chemists), collected, received, source, package, ph, nitrate, lead,
            coliform, status, reported, TEST_FEES[package])


def build_waterlab(path: Path | str) -> None:
    """clients (18), chemists (8, date_of_birth), samples (2022-2024, nullable lead and reported_date)."""
    rng = random.Random(4103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        client_type VARCHAR, county VARCHAR, contract_start DATE)""")
    con.execute("""CREATE OR REPLACE TABLE chemists(chemist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, hired_date DATE, is_senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE samples(sample_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), chemist_id INTEGER REFERENCES chemists(chemist_id),
        collected_date DATE, received_at TIMESTAMP, source_type VARCHAR, test_package VARCHAR, ph DOUBLE,
        nitrate_mg_l DOUBLE, lead_ug_l DOUBLE, coliform_detected BOOLEAN, status VARCHAR, reported_date DATE,
        fee DOUBLE)""")
    clients = [(cid, name, ctype, county, _day(rng, dt.date(2015, 1, 1), 365 * 7))
               for cid, (name, ctype, county) in enumerate(CLIENTS, start=1)]
    chemists = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 8), start=1):
        chemists.append((cid, first, last, _day(rng, dt.date(1965, 1, 1), 365 * 33),
                         _day(rng, dt.date(2010, 1, 1), 365 * 12), rng.random() < 0.4))
    weights = [{"municipality": 14, "industry": 8, "school": 3, "private well": 1}[c[2]] for c in clients]
    samples = [_water_sample(rng, 0, rng.choices(clients, weights)[0], len(chemists)) for _ in range(5200)]
    samples.sort(key=lambda s: (s[4], s[1]))
    samples = [(i, *s[1:]) for i, s in enumerate(samples, start=1)]
    _insert(con, "clients", clients)
    _insert(con, "chemists", chemists)
    _insert(con, "samples", samples)
    con.close()


# ------------------------------------------------------------------------------------------------ bird ringing
SPECIES = [
    # code, common name, family, long-distance migrant, wing mean mm, weight mean g, weight
    ("BLUTI", "Blue Tit", "Paridae", False, 65, 11.0, 30), ("GRETI", "Great Tit", "Paridae", False, 75, 18.0, 20),
    ("ROBIN", "Robin", "Muscicapidae", False, 72, 18.5, 16), ("BLACA", "Blackcap", "Sylviidae", True, 74, 19.0, 18),
    ("CHIFF", "Chiffchaff", "Phylloscopidae", True, 59, 8.0, 16), ("WILWA", "Willow Warbler", "Phylloscopidae",
    True, 67, 9.0, 9), ("REEWA", "Reed Warbler", "Acrocephalidae", True, 66, 12.0, 14), ("SEDWA", "Sedge Warbler",
    "Acrocephalidae", True, 67, 11.5, 8), ("WREN", "Wren", "Troglodytidae", False, 48, 9.5, 10),
    ("DUNNO", "Dunnock", "Prunellidae", False, 69, 20.5, 8), ("BLABI", "Blackbird", "Turdidae", False, 130, 98.0, 9),
    ("SONTH", "Song Thrush", "Turdidae", False, 117, 72.0, 4), ("GOLDC", "Goldcrest", "Regulidae", False, 54, 5.6, 7),
    ("LOTTI", "Long-tailed Tit", "Aegithalidae", False, 61, 8.5, 9), ("SWALL", "Swallow", "Hirundinidae", True,
    124, 19.0, 5), ("BULLF", "Bullfinch", "Fringillidae", False, 83, 27.0, 3)]
NET_SITES = {"Reedbed": ["REEWA", "SEDWA", "BLUTI", "WREN", "SWALL", "CHIFF"],
             "Orchard": ["BLUTI", "GRETI", "BLABI", "SONTH", "BULLF", "ROBIN", "BLACA"],
             "Scrub": ["BLACA", "WILWA", "DUNNO", "ROBIN", "WREN", "LOTTI", "CHIFF"],
             "Woodland edge": ["GOLDC", "GRETI", "BLUTI", "LOTTI", "ROBIN", "CHIFF", "BLABI"]}


def _capture(rng: random.Random, ringers: list[tuple], spec: tuple, site: str, when: dt.datetime,
             ring: str, retrap: bool) -> tuple:
    """One capture row (capture_id filled in later)."""
    ringer = rng.choice([r for r in ringers if r[5] or when.year < 2024])[0]  # inactive ringers stopped in 2023
    adult = retrap or rng.random() < 0.45
    weight = None if rng.random() < 0.06 else round(rng.gauss(spec[5], spec[5] * 0.07), 1)
    sex = rng.choice(["M", "F"]) if adult and rng.random() < 0.7 else None
    fat = None if rng.random() < 0.1 else rng.choices(range(6), [25, 30, 20, 12, 8, 5])[0]
    return (ring, spec[0], ringer, when, site, round(rng.gauss(spec[4], 2.0), 1), weight, sex,
            "adult" if adult else "juvenile", fat, retrap)


def build_ringing(path: Path | str) -> None:
    """ringers (14, birth_year), species (16), captures (2022-2024 seasons; retraps reuse ring numbers)."""
    rng = random.Random(4104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE ringers(ringer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, permit_level VARCHAR, birth_year INTEGER, is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE species(species_code VARCHAR PRIMARY KEY, common_name VARCHAR,
        family VARCHAR, long_distance_migrant BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE captures(capture_id INTEGER PRIMARY KEY, ring_number VARCHAR,
        species_code VARCHAR REFERENCES species(species_code), ringer_id INTEGER REFERENCES ringers(ringer_id),
        capture_time TIMESTAMP, net_site VARCHAR, wing_mm DOUBLE, weight_g DOUBLE, sex VARCHAR, age_class VARCHAR,
        fat_score INTEGER, is_retrap BOOLEAN)""")
    ringers = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        level = rng.choices(["trainee", "C permit", "A permit"], [4, 5, 5])[0]
        ringers.append((rid, first, last, level, rng.randint(1952, 2004), rid != 3 and rng.random() < 0.85))
    species = [(s[0], s[1], s[2], s[3]) for s in SPECIES]
    by_code = {s[0]: s for s in SPECIES}
    rows, rings = [], []
    for _ in range(7600):
        day = _day(rng, dt.date(rng.choice([2022, 2023, 2024]), 3, 1), 275)  # March to November
        when = _moment(rng, day, 5, 12)
        if rings and rng.random() < 0.18:
            ring, code, site = rng.choice(rings)
            rows.append(_capture(rng, ringers, by_code[code], site, when, ring, True))
            continue
        site = rng.choice(list(NET_SITES))
        code = rng.choices(NET_SITES[site], [by_code[c][6] for c in NET_SITES[site]])[0]
        if by_code[code][3] and day.month in (3, 11):
            code = "ROBIN"
        ring = f"{'XA' if by_code[code][5] < 30 else 'KB'}{len(rings) + 10001:06d}"
        rings.append((ring, code, site))
        rows.append(_capture(rng, ringers, by_code[code], site, when, ring, False))
    first_seen: dict[str, dt.datetime] = {}
    for row in sorted(rows, key=lambda r: r[3]):
        first_seen.setdefault(row[0], row[3])
    rows = [r[:10] + (r[3] > first_seen[r[0]],) for r in rows]
    rows.sort(key=lambda r: (r[3], r[0]))
    _insert(con, "ringers", ringers)
    _insert(con, "species", species)
    _insert(con, "captures", [(i, *r) for i, r in enumerate(rows, start=1)])
    con.close()


# ------------------------------------------------------------------------------------------------ herbarium
FAMILIES = {"Orchidaceae": ["Ophrys", "Orchis", "Dactylorhiza"], "Asteraceae": ["Centaurea", "Hieracium", "Achillea"],
            "Fabaceae": ["Trifolium", "Lathyrus", "Vicia"], "Poaceae": ["Festuca", "Poa", "Bromus"],
            "Rosaceae": ["Rosa", "Rubus", "Potentilla"], "Lamiaceae": ["Thymus", "Salvia", "Mentha"],
            "Ranunculaceae": ["Ranunculus", "Aconitum"]}
EPITHETS = ["alpina", "minor", "vulgaris", "montana", "officinalis", "pratensis", "sylvatica", "repens", "major"]
COLLECTORS = [("Helena Marsh", "Royal Botanic Institute", "United Kingdom"), ("Tomas Lindgren", "Uppsala Herbarium",
              "Sweden"), ("Aiko Mori", "Kyoto Botanical Garden", "Japan"), ("Rafael Duarte", "Lisbon Natural History "
              "Museum", "Portugal"), ("Clara Weiss", "Vienna Herbarium", "Austria"), ("Samuel Okoro", "Royal Botanic "
              "Institute", "United Kingdom"), ("Lucia Ferrante", "Padua Botanical Garden", "Italy"), ("Jan Kowal",
              "Krakow Herbarium", "Poland"), ("Ingrid Solberg", "Uppsala Herbarium", "Sweden"), ("Marco Bellini",
              "Padua Botanical Garden", "Italy"), ("Nora Fitzgerald", "Royal Botanic Institute", "Ireland"),
              ("Pavel Dvorak", "Krakow Herbarium", "Czechia")]
FIELD_COUNTRIES = {"United Kingdom": ["United Kingdom", "Ireland"], "Sweden": ["Sweden", "Norway"],
                   "Japan": ["Japan"], "Portugal": ["Portugal", "Spain"], "Austria": ["Austria", "Italy"],
                   "Italy": ["Italy", "Austria"], "Poland": ["Poland", "Czechia"], "Ireland": ["Ireland"],
                   "Czechia": ["Czechia", "Poland"]}
BORROWERS = ["Edinburgh Botanic Garden", "Paris Museum", "Berlin-Dahlem", "Leiden Naturalis", "Geneva Conservatory",
             "Missouri Botanical Garden"]


def _specimen(rng: random.Random, sid: int, collectors: list[tuple]) -> tuple:
    """One specimen row: collected 2022-2024, accessioned a few weeks to months later."""
    collector = rng.choices(collectors, [c[0] % 4 + 1 for c in collectors])[0]
    family = rng.choices(list(FAMILIES), [10, 22, 16, 18, 12, 14, 8])[0]
    genus = rng.choice(FAMILIES[family])
    collected = _day(rng, dt.date(rng.choice([2022, 2023, 2024]), 4, 1), 200)  # April to mid-October
    accessioned = _moment(rng, collected + dt.timedelta(days=rng.randint(14, 160)), 9, 16)
    elevation = None if rng.random() < 0.12 else int(rng.triangular(0, 2600, 600))
    return (sid, f"HB-{collected.year}-{sid:05d}", family, genus, f"{genus} {rng.choice(EPITHETS)}", collector[0],
            collected, rng.choice(FIELD_COUNTRIES[collector[3]]), elevation, accessioned,
            rng.random() < 0.025, rng.choices(["good", "fair", "poor"], [70, 22, 8])[0], rng.random() < 0.55)


def build_herbarium(path: Path | str) -> None:
    """collectors (12), specimens (2022-2024, undeclared collector_id), loans (returned_date NULL while out)."""
    rng = random.Random(4105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE collectors(collector_id INTEGER PRIMARY KEY, full_name VARCHAR,
        institution VARCHAR, country VARCHAR, birth_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE specimens(specimen_id INTEGER PRIMARY KEY, accession_no VARCHAR,
        family VARCHAR, genus VARCHAR, scientific_name VARCHAR, collector_id INTEGER, collected_date DATE,
        country VARCHAR, elevation_m INTEGER, accessioned_at TIMESTAMP, is_type_specimen BOOLEAN, condition VARCHAR,
        digitized BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE loans(loan_id INTEGER PRIMARY KEY,
        specimen_id INTEGER REFERENCES specimens(specimen_id), borrower VARCHAR, loan_date DATE, due_date DATE,
        returned_date DATE)""")
    collectors = [(cid, name, inst, country, _day(rng, dt.date(1955, 1, 1), 365 * 40))
                  for cid, (name, inst, country) in enumerate(COLLECTORS, start=1)]
    specimens = sorted((_specimen(rng, 0, collectors) for _ in range(3400)), key=lambda s: (s[9], s[1]))
    specimens = [(i, f"HB-{s[6].year}-{i:05d}", *s[2:]) for i, s in enumerate(specimens, start=1)]
    loans = []
    for _ in range(520):
        spec = rng.choice(specimens)
        start = max(spec[9].date() + dt.timedelta(days=10), dt.date(2023, 1, 1))
        if start > dt.date(2024, 12, 1):
            continue
        loan_day = _day(rng, start, (dt.date(2024, 12, 20) - start).days)
        due = loan_day + dt.timedelta(days=rng.choice([90, 180, 180, 365]))
        back = loan_day + dt.timedelta(days=rng.randint(40, 420))
        returned = back if back <= dt.date(2024, 12, 31) and rng.random() < 0.93 else None
        loans.append((0, spec[0], rng.choice(BORROWERS), loan_day, due, returned))
    loans.sort(key=lambda r: (r[3], r[1]))
    _insert(con, "collectors", collectors)
    _insert(con, "specimens", specimens)
    _insert(con, "loans", [(i, *r[1:]) for i, r in enumerate(loans, start=1)])
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "weather": build_weather,
    "seismology": build_seismology,
    "waterlab": build_waterlab,
    "ringing": build_ringing,
    "herbarium": build_herbarium,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval41-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval41-dbs')
    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, builder in BUILDERS.items():
        final = out / f"{name}.duckdb"
        if final.exists():
            continue
        tmp = out / f".{name}.tmp.duckdb"
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
        builder(tmp)
        tmp.rename(final)
    return out


if __name__ == "__main__":
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval41-dbs"))
