"""Builders of the sixty-ninth held-out evaluation corpus: five DuckDB files in utility and field-work domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `solarfarm.duckdb`: a solar farm's arrays, inverters, hourly generation readings, faults and technicians (birth date)
- `waterutility.duckdb`: a water utility's customers (birth year), meters, meter readings (meter link only implied
  by its name) and leaks (NULL fix date while still open)
- `evcharging.duckdb`: an EV charging network's sites, chargers, drivers (birth date) and charging sessions
  (camelCase columns; NULL driver for contactless guest sessions)
- `weather.duckdb`: weather stations, observers (birth year), daily observations (NULL while a sensor was down)
  and sensor outages
- `treesurgery.duckdb`: a tree surgery firm's crews, arborists (birth date), quotes (accepted or not) and jobs

Usage:
    python eval69/datasets.py OUTDIR

Example:
    >>> from eval69.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval69-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['evcharging.duckdb', 'solarfarm.duckdb', 'treesurgery.duckdb', 'waterutility.duckdb', 'weather.duckdb']
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
    con.register("frame", pd.DataFrame(rows, columns=cols, dtype=object))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _moment(rng: random.Random, day: dt.date, first_hour: int = 7, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


def _season(day: dt.date) -> float:
    """0 in mid-winter, 1 in mid-summer (northern hemisphere)."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365)


FIRST = ["Abigail", "Bilal", "Cerys", "Declan", "Esme", "Fraser", "Gemma", "Harvey", "Imogen", "Jamal", "Kirsty",
         "Lewis", "Megan", "Niall", "Orla", "Piotr", "Rhiannon", "Samir", "Tamsin", "Umar", "Verity", "Warren",
         "Yasmin", "Zac"]
LAST = ["Armitage", "Blackwood", "Carver", "Dalgleish", "Eastwood", "Fenwick", "Grieve", "Haworth", "Ingham",
        "Jowett", "Kerr", "Lockhart", "McAllister", "Naylor", "Oakley", "Pickering", "Redfern", "Stenhouse",
        "Tennant", "Urquhart", "Waddell", "Yeats"]

# ---------------------------------------------------------------------------------------------- solar farm
ARRAYS = [(1, "Long Meadow", "north field", 2400, 1080.0, 30, False, dt.date(2016, 5, 10)),
          (2, "Barn Field", "north field", 1800, 810.0, 25, True, dt.date(2017, 3, 1)),
          (3, "Top Paddock", "east field", 3000, 1350.0, 30, False, dt.date(2016, 8, 20)),
          (4, "Copse Edge", "east field", 1200, 540.0, 20, True, dt.date(2019, 4, 15)),
          (5, "Old Orchard", "south field", 2600, 1170.0, 35, False, dt.date(2018, 6, 1)),
          (6, "Mill Pond", "south field", 2000, 1000.0, 30, True, dt.date(2021, 9, 1)),
          (7, "Church Acre", "west field", 1500, 750.0, 25, False, dt.date(2022, 5, 12)),
          (8, "Ridgeway", "west field", 2200, 1100.0, 30, True, dt.date(2023, 2, 20))]
INVERTER_MAKES = ["SMA", "Huawei", "SolarEdge", "Fronius"]
FAULT_TYPES = {"communication loss": (2, 60), "fan failure": (4, 180), "overheating": (6, 420),
               "ground fault": (9, 900), "arc fault": (12, 1500)}
SOLAR_END = dt.date(2025, 3, 31)


def build_solarfarm(path: Path | str) -> None:
    """arrays (8), inverters (24), technicians (12, birth_date), generation_readings (hourly samples 2023-01..2025-03),
    faults (repaired_on NULL while still open)."""
    rng = random.Random(6901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE arrays(array_id INTEGER PRIMARY KEY, array_name VARCHAR, field VARCHAR,
        panel_count INTEGER, capacity_kw DOUBLE, tilt_deg INTEGER, tracker BOOLEAN, commissioned_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE inverters(inverter_id INTEGER PRIMARY KEY,
        array_id INTEGER REFERENCES arrays(array_id), inverter_code VARCHAR, manufacturer VARCHAR, rated_kw DOUBLE,
        installed_on DATE, battery_coupled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE technicians(technician_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, employer VARCHAR, hv_certified BOOLEAN, hourly_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE generation_readings(reading_id INTEGER PRIMARY KEY,
        inverter_id INTEGER REFERENCES inverters(inverter_id), read_at TIMESTAMP, energy_kwh DOUBLE,
        irradiance_w_m2 DOUBLE, panel_temp_c DOUBLE, curtailed BOOLEAN, export_revenue_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE faults(fault_id INTEGER PRIMARY KEY,
        inverter_id INTEGER REFERENCES inverters(inverter_id),
        technician_id INTEGER REFERENCES technicians(technician_id), reported_at TIMESTAMP, fault_type VARCHAR,
        severity VARCHAR, repaired_on DATE, repair_cost_gbp DOUBLE, under_warranty BOOLEAN)""")
    inverters = []
    for arr in ARRAYS:
        initials = "".join(w[0] for w in arr[1].split())
        for k in range(1, 4):
            installed = arr[7] if rng.random() < 0.8 else _day(rng, arr[7], 2000)
            inverters.append((len(inverters) + 1, arr[0], f"{initials}-{k}", rng.choice(INVERTER_MAKES),
                              round(arr[4] / 3 * rng.uniform(0.95, 1.05), 1), min(installed, dt.date(2022, 12, 1))
                              if arr[0] != 8 else arr[7], rng.random() < 0.3))
    employers = ["in-house"] * 5 + ["Voltline Ltd"] * 4 + ["SunServe"] * 3
    technicians = [(tid, first, last, _day(rng, dt.date(1964, 1, 1), 13500), employers[tid - 1],
                    rng.random() < 0.5, round(rng.uniform(28, 65), 2))
                   for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 12), start=1)]
    tracker = {a[0]: a[6] for a in ARRAYS}
    readings = []
    while len(readings) < 4600:
        inv = rng.choice(inverters)
        day = _day(rng, dt.date(2023, 1, 1), (SOLAR_END - dt.date(2023, 1, 1)).days + 1)
        if day < ARRAYS[inv[1] - 1][7]:
            continue
        season = _season(day)
        hour = rng.randint(6, 19)
        daylight = max(0.0, math.cos((hour + 0.5 - 13) / (4.5 + 3.5 * season) * math.pi / 2))
        irradiance = round(max(4.0, 1000 * (0.35 + 0.65 * season) * daylight * rng.uniform(0.2, 1.0)), 1)
        energy = inv[4] * irradiance / 1000 * 0.86 * (1.15 if tracker[inv[1]] else 1.0) * rng.uniform(0.93, 1.02)
        curtailed = irradiance > 650 and rng.random() < 0.25
        if curtailed:
            energy *= 0.6
        price = {2023: 0.121, 2024: 0.104, 2025: 0.097}[day.year]
        readings.append((len(readings) + 1, inv[0], dt.datetime.combine(day, dt.time(hour, 0)), round(energy, 2),
                         irradiance, round(4 + 14 * season + irradiance * 0.028 + rng.uniform(-2, 2), 1), curtailed,
                         round(energy * price, 2)))
    faults = []
    for fid in range(1, 281):
        inv = rng.choice(inverters)
        day = _day(rng, dt.date(2023, 1, 1), (SOLAR_END - dt.date(2023, 1, 1)).days + 1)
        reported = _moment(rng, day, 0, 23)
        ftype = rng.choices(list(FAULT_TYPES), [30, 22, 20, 16, 12])[0]
        base_days, base_cost = FAULT_TYPES[ftype]
        severity = rng.choices(["low", "medium", "high"], [40, 40, 20])[0]
        repaired = day + dt.timedelta(days=rng.randint(0, base_days * (2 if severity == "high" else 1)))
        if repaired > SOLAR_END or rng.random() < 0.03:
            repaired = None
        cost = None if repaired is None else round(base_cost * rng.uniform(0.6, 1.6) *
                                                   (1.4 if severity == "high" else 1.0), 2)
        faults.append((fid, inv[0], rng.randint(1, 12), reported, ftype, severity, repaired, cost,
                       inv[5] > dt.date(2019, 1, 1) and rng.random() < 0.7))
    _insert(con, "arrays", ARRAYS)
    _insert(con, "inverters", inverters)
    _insert(con, "technicians", technicians)
    _insert(con, "generation_readings", readings)
    _insert(con, "faults", faults)
    con.close()


# ----------------------------------------------------------------------------------------------- water utility
DISTRICTS = ["Riverside", "Hilltop", "Old Town", "Docklands", "Meadowbank"]
METER_TYPES = ["smart", "dial", "ultrasonic"]
LEAK_SOURCES = {"supply pipe": True, "internal plumbing": True, "meter chamber": False, "water main": False}
TARIFF = {("household", 2023): 2.05, ("household", 2024): 2.24, ("business", 2023): 1.86,
          ("business", 2024): 2.01}


def build_waterutility(path: Path | str) -> None:
    """customers (260, birth_year), meters (declared FK), meter_readings (2023-2024, every two months; meter_id NOT
    declared), leaks (2023-01..2025-02; fixed_on NULL while still open)."""
    rng = random.Random(6902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, district VARCHAR, account_type VARCHAR, joined_on DATE,
        priority_services BOOLEAN, paperless_billing BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE meters(meter_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), serial_no VARCHAR, meter_type VARCHAR,
        size_mm INTEGER, installed_on DATE, remote_read BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE meter_readings(reading_id INTEGER PRIMARY KEY, meter_id INTEGER,
        read_at TIMESTAMP, usage_m3 DOUBLE, estimated BOOLEAN, charge_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE leaks(leak_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), reported_at TIMESTAMP, source VARCHAR,
        severity VARCHAR, reported_by VARCHAR, fixed_on DATE, litres_per_day DOUBLE, repair_cost_gbp DOUBLE,
        customer_side BOOLEAN)""")
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        kind = "business" if rng.random() < 0.16 else "household"
        customers.append((cid, first, last, rng.randint(1938, 2003), rng.choices(DISTRICTS, [26, 18, 22, 16, 18])[0],
                          kind, _day(rng, dt.date(2004, 1, 1), 7500), kind == "household" and rng.random() < 0.12,
                          rng.random() < 0.55))
    meters = []
    for cust in customers:
        for _ in range(2 if cust[5] == "business" and rng.random() < 0.5 else 1):
            mtype = rng.choices(METER_TYPES, [45, 40, 15])[0]
            installed = max(cust[6], _day(rng, dt.date(2010, 1, 1), 5400))
            meters.append((len(meters) + 1, cust[0], f"WM{rng.randrange(10**7):07d}", mtype,
                           rng.choice([22, 28]) if cust[5] == "business" else 15, installed, mtype != "dial"))
    kind_of = {c[0]: c[5] for c in customers}
    readings = []
    for meter in meters:
        kind = kind_of[meter[1]]
        per_month = rng.uniform(5, 14) if kind == "household" else rng.uniform(25, 70)
        for year in (2023, 2024):
            for month in range(2, 13, 2):
                day = dt.date(year, month, rng.randint(1, 28))
                if day < meter[5]:
                    continue
                usage = round(max(0.4, per_month * 2 * (1 + 0.25 * _season(day)) * rng.uniform(0.75, 1.25)), 2)
                estimated = rng.random() < (0.14 if not meter[6] else 0.02)
                readings.append((len(readings) + 1, meter[0], _moment(rng, day, 8, 17), usage, estimated,
                                 round(usage * TARIFF[(kind, year)] + 12.5, 2)))
    leaks = []
    end = dt.date(2025, 2, 28)
    for lid in range(1, 431):
        day = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        source = rng.choices(list(LEAK_SOURCES), [38, 30, 14, 18])[0]
        severity = rng.choices(["minor", "moderate", "major"], [50, 35, 15])[0]
        fixed = day + dt.timedelta(days=rng.randint(0, {"minor": 40, "moderate": 20, "major": 6}[severity]))
        if fixed > end or rng.random() < 0.04:
            fixed = None
        litres = round(rng.uniform(20, 400) * {"minor": 1, "moderate": 4, "major": 20}[severity], 1)
        cost = round(rng.uniform(80, 600) * (3 if source == "water main" else 1) *
                     {"minor": 0.7, "moderate": 1.0, "major": 1.8}[severity], 2)
        customer = rng.choice([c[0] for c in customers if c[6] <= day])
        leaks.append((lid, customer, _moment(rng, day, 0, 23), source, severity,
                      rng.choices(["customer", "smart meter alert", "neighbour", "inspection"], [45, 25, 18, 12])[0],
                      fixed, litres, cost, LEAK_SOURCES[source]))
    _insert(con, "customers", customers)
    _insert(con, "meters", meters)
    _insert(con, "meter_readings", readings)
    _insert(con, "leaks", leaks)
    con.close()


# ---------------------------------------------------------------------------------------------- EV charging
EV_SITES = [(1, "Kirkstall Retail Park", "Leeds", "supermarket", dt.date(2019, 6, 1), True),
            (2, "Woodall Services", "Sheffield", "motorway services", dt.date(2018, 3, 15), True),
            (3, "Piccadilly Multistorey", "Manchester", "car park", dt.date(2020, 9, 1), False),
            (4, "Clifton Moor", "York", "supermarket", dt.date(2021, 4, 20), False),
            (5, "Ferrybridge Services", "Wakefield", "motorway services", dt.date(2017, 11, 1), True),
            (6, "Station Hotel", "York", "hotel", dt.date(2022, 2, 1), True),
            (7, "Meadowhall West", "Sheffield", "car park", dt.date(2021, 8, 1), False),
            (8, "Trafford Quays", "Manchester", "hotel", dt.date(2022, 7, 15), True),
            (9, "Headingley Lane", "Leeds", "car park", dt.date(2020, 1, 10), False),
            (10, "Preston North", "Preston", "supermarket", dt.date(2023, 3, 1), False)]
CHARGER_KINDS = {"ultra": ("CCS", 350.0, 0.85), "rapid ccs": ("CCS", 150.0, 0.79), "rapid": ("CHAdeMO", 50.0, 0.69),
                 "fast": ("Type 2", 22.0, 0.49), "slow": ("Type 2", 7.0, 0.45)}
MAKES = ["Tesla", "Nissan", "Kia", "Volkswagen", "MG", "BMW", "Hyundai"]
TIERS = {"pay as you go": 1.0, "plus": 0.9, "fleet": 0.85}


def build_evcharging(path: Path | str) -> None:
    """sites (10), chargers (retiredOn NULL while in service), drivers (380, birthDate), chargingSessions (2023-2024;
    driverId NULL for contactless guests). camelCase columns."""
    rng = random.Random(6903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sites(siteId INTEGER PRIMARY KEY, siteName VARCHAR, city VARCHAR,
        siteType VARCHAR, openedOn DATE, isOpen24h BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE chargers(chargerId INTEGER PRIMARY KEY,
        siteId INTEGER REFERENCES sites(siteId), chargerCode VARCHAR, connectorType VARCHAR, maxPowerKw DOUBLE,
        isRapid BOOLEAN, pricePerKwh DOUBLE, installedOn DATE, retiredOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driverId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, vehicleMake VARCHAR, memberTier VARCHAR, signedUpOn DATE, marketingOptIn BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE chargingSessions(sessionId INTEGER PRIMARY KEY,
        chargerId INTEGER REFERENCES chargers(chargerId), driverId INTEGER REFERENCES drivers(driverId),
        pluggedInAt TIMESTAMP, unpluggedAt TIMESTAMP, energyKwh DOUBLE, priceGbp DOUBLE, paymentMethod VARCHAR,
        stoppedEarly BOOLEAN)""")
    chargers = []
    for site in EV_SITES:
        motorway = site[3] == "motorway services"
        kinds = rng.choices(list(CHARGER_KINDS), [25, 35, 20, 10, 10] if motorway else [5, 15, 20, 35, 25],
                            k=rng.randint(3, 6))
        for k, kind in enumerate(kinds, start=1):
            connector, power, per_kwh = CHARGER_KINDS[kind]
            installed = max(site[4], _day(rng, dt.date(2017, 1, 1), 2400))
            installed = min(installed, dt.date(2023, 6, 1))
            retired = _day(rng, dt.date(2023, 9, 1), 480) if rng.random() < 0.12 else None
            chargers.append((len(chargers) + 1, site[0], f"{site[2][:3].upper()}-{site[0]:02d}{k}", connector, power,
                             power >= 50, per_kwh, installed, retired))
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        drivers.append((did, first, last, _day(rng, dt.date(1950, 1, 1), 19500), rng.choice(MAKES),
                        rng.choices(list(TIERS), [60, 28, 12])[0], _day(rng, dt.date(2021, 1, 1), 1400),
                        rng.random() < 0.4))
    activity = [rng.uniform(0.2, 3.0) for _ in drivers]
    weights = [3.0 if c[4] >= 150 else 2.0 if c[5] else 1.0 for c in chargers]
    sessions = []
    while len(sessions) < 4700:
        charger = rng.choices(chargers, weights)[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if day < charger[7] or (charger[8] is not None and day >= charger[8]):
            continue
        plugged = _moment(rng, day, 6, 22) if EV_SITES[charger[1] - 1][5] or rng.random() < 0.7 else \
            _moment(rng, day, 0, 23)
        plugged += dt.timedelta(seconds=rng.randrange(60))
        if charger[5]:
            minutes = rng.randint(14, 65)
            energy = min(charger[4] * 0.55 * minutes / 60, rng.uniform(30, 72))
        else:
            minutes = rng.randint(45, 420)
            energy = min(charger[4] * 0.9 * minutes / 60, rng.uniform(20, 60))
        early = rng.random() < 0.05
        if early:
            minutes, energy = max(2, minutes // 4), energy / 4
        energy = round(energy * rng.uniform(0.95, 1.05), 2)
        payment = rng.choices(["app", "rfid card", "contactless"], [55, 20, 25])[0]
        driver = rng.choices(drivers, activity)[0] if payment != "contactless" else None
        if driver is not None and driver[6] > day:
            driver, payment = None, "contactless"
        discount = TIERS[driver[5]] if driver else 1.0
        price = round(energy * charger[6] * discount * (1.06 if day.year == 2024 else 1.0), 2)
        sessions.append((len(sessions) + 1, charger[0], driver[0] if driver else None, plugged,
                         plugged + dt.timedelta(minutes=minutes, seconds=rng.randrange(60)), energy, price, payment,
                         early))
    _insert(con, "sites", EV_SITES)
    _insert(con, "chargers", chargers)
    _insert(con, "drivers", drivers)
    _insert(con, "chargingSessions", sessions)
    con.close()


# ---------------------------------------------------------------------------------------------------- weather
STATIONS = [(1, "Cairn Ridge", "upland", 612, 56.91, -3.42, True, dt.date(1998, 4, 1)),
            (2, "Harbour Point", "coast", 8, 55.95, -2.51, False, dt.date(1972, 1, 1)),
            (3, "Millbrook", "lowland", 45, 55.62, -3.05, False, dt.date(1985, 6, 1)),
            (4, "Stornay", "island", 22, 57.48, -6.21, True, dt.date(2004, 9, 1)),
            (5, "Fellside", "upland", 420, 55.21, -2.83, False, dt.date(1991, 3, 1)),
            (6, "Saltmarsh", "coast", 3, 56.02, -2.98, True, dt.date(2012, 5, 1)),
            (7, "Oakfield", "lowland", 88, 55.85, -3.61, False, dt.date(1979, 10, 1))]
SENSORS = {"thermometer": ("max_temp_c", "min_temp_c"), "rain gauge": ("rain_mm",), "anemometer": ("max_gust_kmh",),
           "sunshine recorder": ("sunshine_hrs",)}
CAUSES = ["power cut", "lightning", "icing", "vandalism", "wear"]


def build_weather(path: Path | str) -> None:
    """stations (7), observers (14, birth_year), sensor_outages (restored_at NULL while still down),
    daily_observations (2023-2024; a sensor's reading NULL while it was down, observer_id NULL at automatic
    stations)."""
    rng = random.Random(6904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR,
        region VARCHAR, elevation_m INTEGER, latitude DOUBLE, longitude DOUBLE, automatic BOOLEAN, opened_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE observers(observer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, station_id INTEGER REFERENCES stations(station_id), volunteer BOOLEAN,
        started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE daily_observations(obs_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id), obs_date DATE, max_temp_c DOUBLE, min_temp_c DOUBLE,
        rain_mm DOUBLE, max_gust_kmh DOUBLE, sunshine_hrs DOUBLE, snow_lying BOOLEAN,
        observer_id INTEGER REFERENCES observers(observer_id), submitted_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE sensor_outages(outage_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id), sensor VARCHAR, started_at TIMESTAMP,
        restored_at TIMESTAMP, cause VARCHAR, engineer_visit BOOLEAN, repair_cost_gbp DOUBLE)""")
    manual = {2: 4, 3: 3, 5: 3, 7: 4}
    names = _unique_names(rng, FIRST, LAST, 14)
    observers = []
    for station, n in manual.items():
        for _ in range(n):
            first, last = names[len(observers)]
            observers.append((len(observers) + 1, first, last, rng.randint(1944, 1999), station, rng.random() < 0.7,
                              _day(rng, dt.date(2001, 1, 1), 7900)))
    end = dt.datetime(2025, 1, 1)
    outages, down = [], {}
    for oid in range(1, 97):
        station = rng.choice(STATIONS)
        sensor = rng.choices(list(SENSORS), [20, 35, 30, 15])[0]
        cause = rng.choices(CAUSES, [30, 10, 25 if station[2] == "upland" else 8, 10, 25])[0]
        started = dt.datetime.combine(_day(rng, dt.date(2023, 1, 1), 731), dt.time(rng.randrange(24),
                                                                                   rng.randrange(60)))
        restored = started + dt.timedelta(minutes=rng.randint(90, 60 * 24 * 12))
        if restored >= end:
            restored = None
        visit = cause in ("lightning", "vandalism") or rng.random() < 0.4
        outages.append((oid, station[0], sensor, started, restored, cause, visit,
                        round(rng.uniform(40, 900) if visit else rng.uniform(0, 60), 2)))
        day, last = started.date(), (restored or end).date()
        while day <= last:
            down.setdefault((station[0], day), set()).update(SENSORS[sensor])
            day += dt.timedelta(days=1)
    observations = []
    for station in STATIONS:
        staff = [o[0] for o in observers if o[4] == station[0]]
        coast = station[2] in ("coast", "island")
        for offset in range(731):
            day = dt.date(2023, 1, 1) + dt.timedelta(days=offset)
            season = _season(day)
            mean = 3.5 + 11 * season - station[3] * 0.0065 + (1.0 if coast else 0.0) + rng.gauss(0, 2.2)
            spread = (5.0 if coast else 7.5) * rng.uniform(0.5, 1.3)
            wet = rng.random() < (0.62 if station[2] == "upland" else 0.5 if coast else 0.42)
            values = {"max_temp_c": round(mean + spread / 2, 1), "min_temp_c": round(mean - spread / 2, 1),
                      "rain_mm": round(rng.expovariate(1 / (7 if station[2] == "upland" else 4.5)), 1) if wet
                      else 0.0, "max_gust_kmh": round(rng.uniform(15, 55) * (1.35 if coast else 1.0) *
                                                      (1.25 if station[2] == "upland" else 1.0), 1),
                      "sunshine_hrs": round(max(0.0, (7 + 9 * season) * rng.uniform(0, 0.85) *
                                                (0.6 if wet else 1.0)), 1)}
            for col in down.get((station[0], day), ()):
                values[col] = None
            snow = values["max_temp_c"] is not None and values["max_temp_c"] < 2.5 and wet and rng.random() < 0.5
            submitted = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 5)) if station[6] else \
                dt.datetime.combine(day + dt.timedelta(days=1), dt.time(rng.randint(8, 10), rng.randrange(60)))
            observations.append((len(observations) + 1, station[0], day, values["max_temp_c"], values["min_temp_c"],
                                 values["rain_mm"], values["max_gust_kmh"], values["sunshine_hrs"], snow,
                                 None if station[6] else rng.choice(staff), submitted))
    _insert(con, "stations", STATIONS)
    _insert(con, "observers", observers)
    _insert(con, "daily_observations", observations)
    _insert(con, "sensor_outages", outages)
    con.close()


# ----------------------------------------------------------------------------------------------- tree surgery
CREWS = [(1, "Oak Team", "Hexham", True, dt.date(2012, 3, 1)), (2, "Ash Team", "Morpeth", False, dt.date(2014, 9, 1)),
         (3, "Birch Team", "Alnwick", True, dt.date(2016, 5, 1)), (4, "Cedar Team", "Hexham", False,
         dt.date(2018, 2, 1)), (5, "Elm Team", "Cramlington", True, dt.date(2020, 6, 1)),
         (6, "Rowan Team", "Morpeth", False, dt.date(2022, 4, 1))]
JOB_TYPES = {"felling": 420, "pruning": 160, "crown reduction": 290, "stump grinding": 110, "hedge cutting": 70}
CLIENTS = {"homeowner": 1.0, "council": 1.5, "business": 1.3, "estate": 1.2}
TREE_END = dt.date(2025, 4, 30)


def build_treesurgery(path: Path | str) -> None:
    """crews (6), arborists (26, birth_date), quotes (2023-01..2025-04; responded_on NULL when the client never
    replied), jobs (accepted quotes; completed_on NULL while the job is still going)."""
    rng = random.Random(6905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE crews(crew_id INTEGER PRIMARY KEY, crew_name VARCHAR, base_town VARCHAR,
        has_mewp BOOLEAN, formed_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE arborists(arborist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, crew_id INTEGER REFERENCES crews(crew_id), crew_lead BOOLEAN,
        climber BOOLEAN, day_rate_gbp DOUBLE, hired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE quotes(quote_id INTEGER PRIMARY KEY,
        surveyed_by INTEGER REFERENCES arborists(arborist_id), client_type VARCHAR, quoted_on DATE, job_type VARCHAR,
        tree_count INTEGER, amount_gbp DOUBLE, tpo_protected BOOLEAN, responded_on DATE, accepted BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY, quote_id INTEGER REFERENCES
        quotes(quote_id), crew_id INTEGER REFERENCES crews(crew_id), started_at TIMESTAMP, completed_on DATE,
        trees_felled INTEGER, trees_pruned INTEGER, hours_on_site DOUBLE, waste_tonnes DOUBLE, invoiced_gbp DOUBLE)""")
    arborists = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 26), start=1):
        crew = (aid - 1) % 6 + 1
        lead = aid <= 6
        arborists.append((aid, first, last, _day(rng, dt.date(1967, 1, 1), 13000), crew, lead,
                          lead or rng.random() < 0.55, round((210 if lead else 150) * rng.uniform(0.85, 1.2), 2),
                          max(CREWS[crew - 1][4], _day(rng, dt.date(2011, 1, 1), 4700))))
    surveyors = [a[0] for a in arborists if a[5]] + [a[0] for a in arborists if a[6] and not a[5]][:6]
    quotes, jobs = [], []
    for qid in range(1, 1041):
        quoted = _day(rng, dt.date(2023, 1, 1), (TREE_END - dt.date(2023, 1, 1)).days + 1)
        client = rng.choices(list(CLIENTS), [60, 12, 16, 12])[0]
        job_type = rng.choices(list(JOB_TYPES), [26, 24, 20, 14, 16])[0]
        trees = rng.randint(1, 4) if client == "homeowner" else rng.randint(2, 18)
        amount = round(JOB_TYPES[job_type] * trees ** 0.85 * CLIENTS[client] * rng.uniform(0.8, 1.25), 2)
        tpo = rng.random() < 0.09
        responded = quoted + dt.timedelta(days=rng.randint(1, 30))
        accepted = rng.random() < (0.62 - amount / 40000)
        if rng.random() < 0.14 or responded > TREE_END:
            responded, accepted = None, False
        quotes.append((qid, rng.choice(surveyors), client, quoted, job_type, trees, amount, tpo, responded, accepted))
        if not accepted:
            continue
        start_day = responded + dt.timedelta(days=rng.randint(3, 45) + (42 if tpo else 0))
        if start_day > TREE_END:
            continue
        started = dt.datetime.combine(start_day, dt.time(rng.choice([7, 7, 8, 8, 9]), rng.choice([0, 15, 30, 45])))
        days = 1 + trees // 5 + (1 if job_type == "felling" and trees > 2 else 0)
        completed = start_day + dt.timedelta(days=days - 1 + rng.randint(0, 2))
        if completed > TREE_END or rng.random() < 0.04:  # past the data's end, or waiting on a return visit
            completed = None
        felled = trees if job_type == "felling" else rng.randint(0, 1) if job_type == "crown reduction" else 0
        pruned = trees if job_type in ("pruning", "crown reduction") else 0
        hours = round(days * rng.uniform(5.5, 9.0), 1)
        waste = round(trees * {"felling": 2.4, "pruning": 0.5, "crown reduction": 0.9, "stump grinding": 0.6,
                               "hedge cutting": 0.3}[job_type] * rng.uniform(0.6, 1.5), 2)
        invoiced = None if completed is None else round(amount * rng.uniform(0.97, 1.12), 2)
        jobs.append((len(jobs) + 1, qid, rng.randint(1, 6), started, completed, felled, pruned, hours, waste,
                     invoiced))
    _insert(con, "crews", CREWS)
    _insert(con, "arborists", arborists)
    _insert(con, "quotes", quotes)
    _insert(con, "jobs", jobs)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "solarfarm": build_solarfarm,
    "waterutility": build_waterutility,
    "evcharging": build_evcharging,
    "weather": build_weather,
    "treesurgery": build_treesurgery,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval69-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval69-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval69-dbs"))
