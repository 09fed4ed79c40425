"""Builders of the seventy-first development evaluation corpus: five DuckDB files in service and trade domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `carwash.duckdb`: a car wash chain's sites, wash packages, loyalty members (birth date) and washes
- `homecare.duckdb`: a home care agency's carers (birth year), clients (birth date) and visits (planned vs actual)
- `taproom.duckdb`: a brewery taproom's beers, kegs, pours and events (camelCase; pours.eventId only implied)
- `dental.duckdb`: a dental practice's dentists (birth year), patients (birth date), appointments and treatments
- `plantnursery.duckdb`: a wholesale plant nursery's growers, plants, orders (with delivery) and order lines

Usage:
    python eval71/datasets.py OUTDIR

Example:
    >>> from eval71.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval71-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['carwash.duckdb', 'dental.duckdb', 'homecare.duckdb', 'plantnursery.duckdb', 'taproom.duckdb']
"""
from __future__ import annotations

import datetime as dt
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aisha", "Brendan", "Chloe", "Declan", "Elif", "Fergus", "Grace", "Hamza", "Isla", "Jonah", "Keira",
         "Lewis", "Maya", "Niall", "Olivia", "Priya", "Rory", "Saoirse", "Tobias", "Una", "Vikram", "Wanda",
         "Yusuf", "Zara", "Callum", "Deborah", "Euan", "Fiona"]
LAST = ["Ahmed", "Baxter", "Campbell", "Doherty", "Evans", "Fraser", "Gallagher", "Hughes", "Iqbal", "Jenkins",
        "Kowalski", "Lennox", "McAllister", "Nowak", "O'Brien", "Patel", "Quinlan", "Robertson", "Sutherland",
        "Thornton", "Walsh", "Young"]

# ----------------------------------------------------------------------------------------------- car wash
SITES = [(1, "Harbour Road", "north", dt.date(2016, 4, 1), True, 4), (2, "Mill Lane", "north", dt.date(2019, 9, 12),
         False, 3), (3, "Station Retail Park", "south", dt.date(2017, 6, 3), True, 6),
         (4, "Kingsway", "south", dt.date(2021, 3, 20), True, 4), (5, "Airport Way", "east", dt.date(2018, 11, 5),
         True, 5), (6, "Canal Street", "east", dt.date(2022, 8, 1), False, 2),
         (7, "Westgate", "west", dt.date(2015, 2, 14), True, 4), (8, "Orchard Park", "west", dt.date(2023, 5, 6),
         False, 3)]
PACKAGES = [(1, "Express Exterior", 6.0, 8, False, False), (2, "Standard Wash", 9.5, 15, False, False),
            (3, "Deluxe Wash & Wax", 14.0, 25, True, False), (4, "Interior Valet", 18.0, 40, False, True),
            (5, "Full Valet", 32.0, 75, True, True)]
TIERS = ["bronze", "silver", "gold"]


def build_carwash(path: Path | str) -> None:
    """sites (8, region), wash_packages (5), members (300, birth_date, cancelled_on NULL while active),
    washes (2023-2024, washed_at TIMESTAMP, member_id NULL for walk-ins)."""
    rng = random.Random(7101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR, region VARCHAR,
        opened_on DATE, has_jet_wash BOOLEAN, bays INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE wash_packages(package_id INTEGER PRIMARY KEY, package_name VARCHAR,
        price_gbp DOUBLE, duration_min INTEGER, includes_wax BOOLEAN, includes_interior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, tier VARCHAR, home_site_id INTEGER REFERENCES sites(site_id),
        joined_on DATE, cancelled_on DATE, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE washes(wash_id INTEGER PRIMARY KEY,
        site_id INTEGER REFERENCES sites(site_id), package_id INTEGER REFERENCES wash_packages(package_id),
        member_id INTEGER REFERENCES members(member_id), washed_at TIMESTAMP, vehicle_type VARCHAR,
        payment_method VARCHAR, amount_gbp DOUBLE, water_litres DOUBLE, rewash BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        joined = _day(rng, dt.date(2021, 1, 1), 1400)
        cancelled = joined + dt.timedelta(days=rng.randint(60, 900)) if rng.random() < 0.25 else None
        if cancelled is not None and cancelled > dt.date(2024, 12, 31):
            cancelled = None
        members.append((mid, first, last, _day(rng, dt.date(1950, 1, 1), 19000),
                        rng.choices(TIERS, [55, 30, 15])[0], rng.choices(SITES, [14, 8, 18, 12, 15, 6, 16, 9])[0][0],
                        joined, cancelled, rng.random() < 0.6))
    site_weights = [14, 8, 18, 12, 15, 6, 16, 9]
    washes = []
    for wid in range(1, 4201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        site = rng.choices(SITES, site_weights)[0]
        if site[3] > day:
            site = SITES[0]
        package = rng.choices(PACKAGES, [30, 32, 20, 10, 8])[0]
        hour = rng.choices(range(7, 21), [2, 4, 6, 8, 9, 9, 8, 8, 9, 10, 9, 7, 5, 3])[0]
        washed = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))
        active = [m for m in members if m[6] <= day and (m[7] is None or m[7] > day)]
        member = rng.choice(active) if active and rng.random() < 0.35 else None
        vehicle = rng.choices(["car", "SUV", "van", "motorbike"], [60, 28, 10, 2])[0]
        if member is not None:
            method = rng.choices(["subscription", "app", "card"], [50, 30, 20])[0]
        else:
            method = rng.choices(["card", "cash", "app"], [65, 20, 15])[0]
        price = package[2] * (1.2 if vehicle == "van" else 1.0) * (1.06 if day.year == 2024 else 1.0)
        if member is not None:
            price *= {"bronze": 0.95, "silver": 0.9, "gold": 0.8}[member[4]]
        amount = 0.0 if method == "subscription" else round(price, 2)
        litres = round(rng.uniform(60, 160) * (1.5 if vehicle in ("SUV", "van") else 1.0) *
                       (0.3 if package[0] == 4 else 1.0), 1)
        washes.append((wid, site[0], package[0], member[0] if member else None, washed, vehicle, method, amount,
                       litres, rng.random() < 0.04))
    _insert(con, "sites", SITES)
    _insert(con, "wash_packages", PACKAGES)
    _insert(con, "members", members)
    _insert(con, "washes", washes)
    con.close()


# ---------------------------------------------------------------------------------------------- home care
TEAMS = ["north", "south", "central"]
VISIT_TYPES = {"personal care": 45, "medication": 15, "meal prep": 30, "companionship": 60}


def build_homecare(path: Path | str) -> None:
    """carers (40, birth_year), clients (180, birth_date, end_date NULL while still in care), visits
    (2023-01..2025-03, planned_start TIMESTAMP, actual_start/actual_end NULL when missed)."""
    rng = random.Random(7102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE carers(carer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, team VARCHAR, contract_type VARCHAR, drives BOOLEAN,
        hourly_wage_gbp DOUBLE, started_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, area VARCHAR, care_level VARCHAR, funding VARCHAR, lives_alone BOOLEAN,
        start_date DATE, end_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), carer_id INTEGER REFERENCES carers(carer_id),
        visit_type VARCHAR, planned_start TIMESTAMP, planned_minutes INTEGER, actual_start TIMESTAMP,
        actual_end TIMESTAMP, missed BOOLEAN, mileage_miles DOUBLE)""")
    end = dt.date(2025, 3, 31)
    carers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 40), start=1):
        started = _day(rng, dt.date(2017, 1, 1), 2500)
        left = started + dt.timedelta(days=rng.randint(300, 2600)) if rng.random() < 0.25 else None
        if left is not None and (left > end or left < dt.date(2023, 6, 1)):
            left = None
        contract = rng.choices(["full-time", "part-time", "bank"], [50, 35, 15])[0]
        carers.append((cid, first, last, rng.randint(1960, 2003), TEAMS[(cid - 1) % 3], contract,
                       rng.random() < 0.7, round(rng.uniform(11.5, 14.5), 2), started, left))
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 180), start=1):
        start = _day(rng, dt.date(2021, 6, 1), 1300)
        stop = start + dt.timedelta(days=rng.randint(60, 900)) if rng.random() < 0.35 else None
        if stop is not None and stop > end:
            stop = None
        clients.append((cid, first, last, _day(rng, dt.date(1925, 1, 1), 16000), rng.choice(TEAMS),
                        rng.choices(["low", "medium", "high"], [35, 40, 25])[0],
                        rng.choices(["council", "private", "NHS continuing care"], [60, 28, 12])[0],
                        rng.random() < 0.55, start, stop))
    visits = []
    while len(visits) < 5000:
        day = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        here = [c for c in clients if c[8] <= day and (c[9] is None or c[9] > day)]
        client = rng.choice(here)
        team = [c for c in carers if c[4] == client[4] and c[8] <= day and (c[9] is None or c[9] > day)]
        if not team:
            continue
        carer = rng.choice(team)
        kind = rng.choices(list(VISIT_TYPES), [45, 20, 22, 13])[0]
        planned = dt.datetime.combine(day, dt.time(rng.choice([7, 8, 9, 12, 13, 17, 18, 20, 21]),
                                                   rng.choice([0, 15, 30, 45])))
        missed = rng.random() < (0.07 if carer[5] == "bank" else 0.035)
        actual_start = actual_end = None
        if not missed:
            actual_start = planned + dt.timedelta(minutes=rng.randint(-10, 40))
            actual_end = actual_start + dt.timedelta(minutes=max(10, VISIT_TYPES[kind] + rng.randint(-20, 10)))
        visits.append((len(visits) + 1, client[0], carer[0], kind, planned, VISIT_TYPES[kind], actual_start,
                       actual_end, missed, round(rng.uniform(0.5, 12.0), 1) if not missed else 0.0))
    _insert(con, "carers", carers)
    _insert(con, "clients", clients)
    _insert(con, "visits", visits)
    con.close()


# ------------------------------------------------------------------------------------------------- taproom
BEERS = [(1, "Harbour Light", "lager", 4.2, False, dt.date(2019, 5, 1)),
         (2, "Foghorn IPA", "IPA", 6.1, False, dt.date(2019, 5, 1)),
         (3, "Night Shift", "stout", 5.4, False, dt.date(2020, 2, 1)),
         (4, "Sea Glass Pale", "pale ale", 4.6, False, dt.date(2020, 6, 1)),
         (5, "Rhubarb Gose", "sour", 4.0, True, dt.date(2022, 4, 1)),
         (6, "Double Tide DIPA", "IPA", 8.2, True, dt.date(2023, 3, 1)),
         (7, "Winter Warmer", "stout", 7.0, True, dt.date(2021, 11, 1)),
         (8, "Session Pils", "lager", 3.8, False, dt.date(2023, 6, 1)),
         (9, "Cherry Kriek", "sour", 5.2, True, dt.date(2023, 8, 1)),
         (10, "Lighthouse Keeper", "pale ale", 5.0, False, dt.date(2021, 1, 1)),
         (11, "Hazy Days NEIPA", "IPA", 6.5, False, dt.date(2024, 2, 1))]
SERVES = {"pint": (568, 1.0), "half": (284, 0.52), "schooner": (379, 0.7), "third": (189, 0.4)}
EVENT_TYPES = {"quiz": 0.0, "live music": 8.0, "tap takeover": 12.0, "tasting": 18.0}


def build_taproom(path: Path | str) -> None:
    """beers (11), kegs (tappedAt/emptiedAt TIMESTAMP, emptiedAt NULL while still on tap), events (eventDate DATE),
    pours (2023-2024, pouredAt TIMESTAMP; eventId NOT declared as a foreign key); camelCase columns."""
    rng = random.Random(7103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE beers(beerId INTEGER PRIMARY KEY, beerName VARCHAR, style VARCHAR,
        abv DOUBLE, isSeasonal BOOLEAN, launchedOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE kegs(kegId INTEGER PRIMARY KEY, beerId INTEGER REFERENCES beers(beerId),
        kegSizeLitres INTEGER, costGbp DOUBLE, tappedAt TIMESTAMP, emptiedAt TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE events(eventId INTEGER PRIMARY KEY, eventName VARCHAR, eventType VARCHAR,
        eventDate DATE, ticketsSold INTEGER, ticketPriceGbp DOUBLE, isFree BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pours(pourId INTEGER PRIMARY KEY, kegId INTEGER REFERENCES kegs(kegId),
        eventId INTEGER, pouredAt TIMESTAMP, serveSize VARCHAR, volumeMl INTEGER, priceGbp DOUBLE,
        paymentType VARCHAR, staffDiscount BOOLEAN)""")
    events = []
    names = {"quiz": ["Pub Quiz", "Music Quiz"], "live music": ["Folk Night", "Jazz Sunday", "Open Mic"],
             "tap takeover": ["Northern Monk Takeover", "Verdant Takeover"], "tasting": ["Sour Tasting",
                                                                                     "Stout Masterclass"]}
    for eid in range(1, 121):
        kind = rng.choices(list(EVENT_TYPES), [40, 30, 15, 15])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        price = EVENT_TYPES[kind]
        events.append((eid, rng.choice(names[kind]), kind, day, rng.randint(12, 80), price, price == 0.0))
    event_days = {e[3]: e[0] for e in events}
    kegs = []
    weights = [16, 14, 8, 10, 4, 3, 3, 9, 3, 8, 6]
    for kid in range(1, 321):
        tapped = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 11, 16)
        beer = rng.choices(BEERS, weights)[0]
        while beer[5] > tapped.date():
            beer = rng.choices(BEERS, weights)[0]
        size = rng.choice([30, 50, 50])
        emptied = tapped + dt.timedelta(hours=rng.randint(30, 400))
        if emptied > dt.datetime(2024, 12, 31, 23, 0):
            emptied = None
        kegs.append((kid, beer[0], size, round(size * rng.uniform(2.4, 3.4) * (1.2 if beer[2] == "sour" else 1.0), 2),
                     tapped, emptied))
    pours = []
    while len(pours) < 6000:
        keg = rng.choice(kegs)
        stop = keg[5] or dt.datetime(2024, 12, 31, 23, 0)
        span = int((stop - keg[4]).total_seconds() // 60)
        when = keg[4] + dt.timedelta(minutes=rng.randrange(max(span, 1)))
        if not 12 <= when.hour <= 23:
            continue
        beer = BEERS[keg[1] - 1]
        serve = rng.choices(list(SERVES), [50, 22, 16, 12] if beer[3] < 7 else [10, 20, 30, 40])[0]
        ml, share = SERVES[serve]
        staff = rng.random() < 0.05
        price = round((4.2 + beer[3] * 0.35) * share * (0.7 if staff else 1.0) * (1.05 if when.year == 2024 else 1),
                      2)
        pours.append((len(pours) + 1, keg[0], event_days.get(when.date()) if when.hour >= 18 else None, when, serve,
                      ml, price, rng.choices(["card", "cash", "tab"], [75, 10, 15])[0], staff))
    _insert(con, "beers", BEERS)
    _insert(con, "kegs", kegs)
    _insert(con, "events", events)
    _insert(con, "pours", pours)
    con.close()


# -------------------------------------------------------------------------------------------------- dental
APPT_TYPES = {"check-up": (20, "Band 1", 26.8), "hygiene": (30, "private", 65.0), "filling": (40, "Band 2", 73.5),
              "extraction": (45, "Band 2", 73.5), "crown": (60, "Band 3", 319.1), "emergency": (20, "Band 1", 26.8)}
TREATMENTS = {"check-up": [("exam", 0.0), ("x-ray", 0.0)], "hygiene": [("scale and polish", 0.0)],
              "filling": [("amalgam filling", 0.0), ("white filling", 95.0)], "extraction": [("extraction", 0.0)],
              "crown": [("porcelain crown", 0.0), ("temporary crown", 0.0)],
              "emergency": [("temporary filling", 0.0), ("pain relief", 0.0)]}


def build_dental(path: Path | str) -> None:
    """dentists (9, birth_year), patients (600, birth_date), appointments (2023-2024, scheduled_at TIMESTAMP,
    status attended/no-show/cancelled, cancelled_on NULL unless cancelled), treatments (fee_gbp)."""
    rng = random.Random(7104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE dentists(dentist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, role VARCHAR, takes_nhs BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, sex VARCHAR, nhs_patient BOOLEAN, registered_on DATE,
        exempt_from_charges BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), dentist_id INTEGER REFERENCES dentists(dentist_id),
        booked_on DATE, scheduled_at TIMESTAMP, appointment_type VARCHAR, duration_min INTEGER, status VARCHAR,
        cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE treatments(treatment_id INTEGER PRIMARY KEY,
        appointment_id INTEGER REFERENCES appointments(appointment_id), treatment_name VARCHAR, charge_band VARCHAR,
        fee_gbp DOUBLE, tooth_number INTEGER)""")
    roles = ["dentist", "dentist", "dentist", "dentist", "orthodontist", "hygienist", "hygienist", "dentist",
             "dentist"]
    dentists = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1):
        dentists.append((did, first, last, rng.randint(1962, 1996), roles[did - 1], rng.random() < 0.7,
                         _day(rng, dt.date(2008, 1, 1), 5600)))
    patients = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        birth = _day(rng, dt.date(1938, 1, 1), 31000)
        patients.append((pid, first, last, birth, rng.choice(["F", "M"]), rng.random() < 0.7,
                         _day(rng, dt.date(2012, 1, 1), 4700), rng.random() < 0.18))
    appointments, treatments = [], []
    for aid in range(1, 3801):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2023, 1, 1), 731)
        patient = rng.choice([p for p in patients if p[6] <= day])
        kind = rng.choices(list(APPT_TYPES), [38, 20, 18, 6, 6, 12])[0]
        if kind == "hygiene":
            dentist = rng.choice(dentists[5:7])
        else:
            dentist = rng.choice([d for d in dentists if d[4] != "hygienist"])
        minutes, band, fee = APPT_TYPES[kind]
        booked = day - dt.timedelta(days=0 if kind == "emergency" else rng.randint(1, 120))
        status = rng.choices(["attended", "no-show", "cancelled"], [82, 8, 10])[0]
        if kind == "emergency":
            status = "attended"
        cancelled = booked + dt.timedelta(days=rng.randint(0, max(0, (day - booked).days))) \
            if status == "cancelled" else None
        hour = rng.choice([8, 9, 10, 11, 12, 14, 15, 16, 17])
        appointments.append((aid, patient[0], dentist[0], booked,
                             dt.datetime.combine(day, dt.time(hour, rng.choice([0, 20, 40]))), kind, minutes, status,
                             cancelled))
        if status != "attended":
            continue
        for name, extra in rng.sample(TREATMENTS[kind], rng.randint(1, len(TREATMENTS[kind]))):
            if not patient[5] or band == "private":
                charge = round(fee * rng.uniform(1.6, 2.4) + extra, 2)
                charge_band = "private"
            else:
                charge = 0.0 if patient[7] else round(fee * (1.05 if day.year == 2024 else 1.0), 2)
                charge_band = band
            treatments.append((len(treatments) + 1, aid, name, charge_band, charge,
                               rng.randint(11, 48) if kind in ("filling", "extraction", "crown") else None))
            fee = 0.0 if charge_band != "private" else fee
    _insert(con, "dentists", dentists)
    _insert(con, "patients", patients)
    _insert(con, "appointments", appointments)
    _insert(con, "treatments", treatments)
    con.close()


# ------------------------------------------------------------------------------------------- plant nursery
GROWERS = [(1, "Fenland Perennials", "Cambridgeshire", True, 2009), (2, "Wye Valley Trees", "Herefordshire", False,
           2001), (3, "Coastal Grasses Ltd", "Norfolk", True, 2014), (4, "Moorland Ferns", "Devon", False, 2012),
           (5, "Greenacre Shrubs", "Kent", False, 1998), (6, "Highland Hardy Plants", "Perthshire", True, 2017)]
PLANTS = [("Lavandula 'Hidcote'", "shrub", 5), ("Salvia 'Caradonna'", "perennial", 1),
          ("Geranium 'Rozanne'", "perennial", 1), ("Betula utilis", "tree", 2), ("Acer palmatum", "tree", 2),
          ("Stipa tenuissima", "grass", 3), ("Miscanthus 'Morning Light'", "grass", 3),
          ("Dryopteris filix-mas", "fern", 4), ("Polystichum setiferum", "fern", 4), ("Buxus sempervirens", "shrub", 5),
          ("Hydrangea 'Annabelle'", "shrub", 5), ("Echinacea purpurea", "perennial", 6),
          ("Heuchera 'Palace Purple'", "perennial", 6), ("Sorbus aucuparia", "tree", 2),
          ("Pittosporum 'Tom Thumb'", "shrub", 5), ("Carex 'Evergold'", "grass", 3),
          ("Asplenium scolopendrium", "fern", 4), ("Digitalis purpurea", "perennial", 1)]
POT_PRICE = {"perennial": (2, 3.2), "grass": (3, 4.1), "fern": (2, 3.6), "shrub": (5, 7.9), "tree": (12, 24.0)}
CUSTOMERS = {"Bloom & Wild Garden Centre": "garden centre", "Hillside Landscapes": "landscaper",
             "Riverside Council Parks": "council", "Oakfield Garden Centre": "garden centre",
             "Green Thumb Landscaping": "landscaper", "Urban Roots Design": "landscaper",
             "Meadowbank Nurseries Retail": "garden centre", "County Highways": "council",
             "The Potting Shed": "independent retailer", "Petals & Pots": "independent retailer"}


def build_plantnursery(path: Path | str) -> None:
    """growers (6), plants (18, grower FK), orders (2023-01..2025-02, delivered_at TIMESTAMP NULL until delivered,
    collected orders have no delivery), order_lines (quantity, unit_price_gbp, discount_pct)."""
    rng = random.Random(7105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE growers(grower_id INTEGER PRIMARY KEY, grower_name VARCHAR,
        county VARCHAR, peat_free BOOLEAN, supplying_since INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE plants(plant_id INTEGER PRIMARY KEY, plant_name VARCHAR,
        category VARCHAR, pot_size_litres INTEGER, list_price_gbp DOUBLE, hardy BOOLEAN,
        grower_id INTEGER REFERENCES growers(grower_id))""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY, customer_name VARCHAR,
        customer_type VARCHAR, ordered_on DATE, channel VARCHAR, fulfilment VARCHAR, promised_date DATE,
        delivered_at TIMESTAMP, delivery_charge_gbp DOUBLE, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE order_lines(line_id INTEGER PRIMARY KEY,
        order_id INTEGER REFERENCES orders(order_id), plant_id INTEGER REFERENCES plants(plant_id),
        quantity INTEGER, unit_price_gbp DOUBLE, discount_pct DOUBLE)""")
    plants = []
    for pid, (name, category, grower) in enumerate(PLANTS, start=1):
        litres, price = POT_PRICE[category]
        plants.append((pid, name, category, litres, round(price * rng.uniform(0.85, 1.25), 2),
                       name not in ("Pittosporum 'Tom Thumb'", "Salvia 'Caradonna'"), grower))
    customer_weights = [rng.uniform(0.4, 2.0) for _ in CUSTOMERS]
    orders, lines = [], []
    last = dt.date(2025, 2, 28)
    for oid in range(1, 1101):
        customer = rng.choices(list(CUSTOMERS), customer_weights)[0]
        kind = CUSTOMERS[customer]
        ordered = _day(rng, dt.date(2023, 1, 1), (last - dt.date(2023, 1, 1)).days + 1)
        if ordered.month in (6, 7, 8, 12) and rng.random() < 0.4:
            ordered = _day(rng, dt.date(2023, 1, 1), (last - dt.date(2023, 1, 1)).days + 1)
        fulfilment = "collection" if rng.random() < 0.2 else "delivery"
        promised = ordered + dt.timedelta(days=rng.randint(3, 14))
        cancelled = rng.random() < 0.04
        delivered = None
        if fulfilment == "delivery" and not cancelled:
            delivered = _moment(rng, promised + dt.timedelta(days=rng.choice([-2, -1, 0, 0, 0, 1, 2, 4])), 7, 16)
            if delivered.date() > last:
                delivered = None
        charge = 0.0 if fulfilment == "collection" else rng.choice([25.0, 35.0, 45.0, 60.0])
        orders.append((oid, customer, kind, ordered, rng.choices(["web", "phone", "rep visit"], [50, 35, 15])[0],
                       fulfilment, promised, delivered, charge, cancelled))
        for plant in rng.sample(plants, rng.randint(1, 5)):
            qty = rng.choice([5, 10, 10, 20, 25, 50, 100]) if kind != "independent retailer" else rng.choice([3, 5, 10])
            if plant[2] == "tree":
                qty = max(1, qty // 5)
            discount = {"council": 10.0, "landscaper": 5.0}.get(kind, 0.0) + (5.0 if qty >= 50 else 0.0)
            lines.append((len(lines) + 1, oid, plant[0], qty,
                          round(plant[4] * (1.04 if ordered.year >= 2024 else 1.0), 2), discount))
    _insert(con, "growers", GROWERS)
    _insert(con, "plants", plants)
    _insert(con, "orders", orders)
    _insert(con, "order_lines", lines)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "carwash": build_carwash,
    "homecare": build_homecare,
    "taproom": build_taproom,
    "dental": build_dental,
    "plantnursery": build_plantnursery,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval71-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval71-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval71-dbs"))
