"""Builders of the ninety-seventh development evaluation corpus: five DuckDB files in trade and service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `pharmacy.duckdb`: a hospital pharmacy's wards, drugs (unit cost), pharmacists (birth date) and dispensings
- `chimneysweep.duckdb`: a chimney sweep's customers (birth year), houses (build year), sweeps (soot kg) and
  certificates (the sweep link only implied by its name)
- `orienteering.duckdb`: an orienteering club's members (birth date), events, results and volunteers (camelCase)
- `refillshop.duckdb`: a bulk refill shop's suppliers, products (price per kg), customers and refill sales (grams)
- `harbour.duckdb`: a harbour master's berths, vessels (length, flag), movements and harbour dues

Usage:
    python eval97/datasets.py OUTDIR

Example:
    >>> from eval97.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval97-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['chimneysweep.duckdb', 'harbour.duckdb', 'orienteering.duckdb', 'pharmacy.duckdb', 'refillshop.duckdb']
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


FIRST = ["Aisha", "Bartosz", "Ciara", "Declan", "Elif", "Fergus", "Greta", "Hamish", "Isla", "Joaquin", "Kirsty",
         "Lukas", "Maeve", "Niamh", "Oskar", "Priya", "Rhys", "Saoirse", "Tobias", "Una", "Vikram", "Wanda",
         "Yusuf", "Zofia"]
LAST = ["Achterberg", "Blackwood", "Crowther", "Dunmore", "Egan", "Farquhar", "Gillespie", "Hollis", "Iverson",
        "Jephcott", "Kavanagh", "Lindqvist", "McBride", "Nakamura", "Okafor", "Pemberton", "Rourke", "Sinclair",
        "Thorne", "Urquhart", "Varga", "Whitlock"]

# ------------------------------------------------------------------------------------------------ pharmacy
WARDS = [(1, "Cardiology", "medical", 2, 28, False), (2, "Oncology", "medical", 3, 24, False),
         (3, "Paediatrics", "paediatric", 1, 20, False), (4, "Orthopaedics", "surgical", 2, 30, False),
         (5, "Intensive Care", "critical care", 1, 12, True), (6, "Maternity", "maternity", 1, 26, False),
         (7, "Respiratory", "medical", 3, 22, False), (8, "General Surgery", "surgical", 4, 32, False)]
DRUGS = [(1, "Amoxicillin 500mg", "antibiotic", "capsule", 0.09, False),
         (2, "Co-amoxiclav 625mg", "antibiotic", "tablet", 0.21, False),
         (3, "Piperacillin-tazobactam 4.5g", "antibiotic", "injection", 9.85, False),
         (4, "Vancomycin 1g", "antibiotic", "injection", 11.40, False),
         (5, "Paracetamol 500mg", "analgesic", "tablet", 0.02, False),
         (6, "Morphine sulfate 10mg/5ml", "analgesic", "oral liquid", 0.55, True),
         (7, "Oxycodone 5mg", "analgesic", "capsule", 0.32, True),
         (8, "Ibuprofen 400mg", "analgesic", "tablet", 0.04, False),
         (9, "Enoxaparin 40mg", "anticoagulant", "injection", 2.75, False),
         (10, "Apixaban 5mg", "anticoagulant", "tablet", 0.95, False),
         (11, "Warfarin 1mg", "anticoagulant", "tablet", 0.03, False),
         (12, "Ondansetron 4mg", "antiemetic", "tablet", 0.08, False),
         (13, "Cyclizine 50mg/ml", "antiemetic", "injection", 1.60, False),
         (14, "Bisoprolol 2.5mg", "cardiovascular", "tablet", 0.03, False),
         (15, "Furosemide 40mg", "cardiovascular", "tablet", 0.02, False),
         (16, "Salbutamol 100mcg", "respiratory", "inhaler", 1.50, False),
         (17, "Prednisolone 5mg", "respiratory", "tablet", 0.05, False),
         (18, "Midazolam 10mg/2ml", "sedative", "injection", 1.95, True)]
WARD_DRUGS = {1: [10, 14, 15, 9, 11, 5], 2: [12, 13, 6, 7, 3, 5], 3: [1, 5, 8, 12, 16], 4: [9, 5, 7, 8, 2],
              5: [3, 4, 18, 6, 9, 13], 6: [5, 8, 1, 12, 9], 7: [16, 17, 2, 1, 5], 8: [2, 3, 5, 7, 9, 12, 13]}
GRADES = ["band 6", "band 7", "band 8a"]


def build_pharmacy(path: Path | str) -> None:
    """wards (8), drugs (18, unit_cost_gbp), pharmacists (26, birth_date; left_on NULL while employed),
    dispensings (2023-2024, dispensed_at TIMESTAMP, returned_qty NULL unless stock came back)."""
    rng = random.Random(9701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE wards(ward_id INTEGER PRIMARY KEY, ward_name VARCHAR, specialty VARCHAR,
        floor INTEGER, bed_count INTEGER, critical_care BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE drugs(drug_id INTEGER PRIMARY KEY, drug_name VARCHAR, drug_class VARCHAR,
        form VARCHAR, unit_cost_gbp DOUBLE, controlled_drug BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pharmacists(pharmacist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, grade VARCHAR, hired_on DATE, left_on DATE, is_prescriber BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE dispensings(dispensing_id INTEGER PRIMARY KEY,
        ward_id INTEGER REFERENCES wards(ward_id), drug_id INTEGER REFERENCES drugs(drug_id),
        pharmacist_id INTEGER REFERENCES pharmacists(pharmacist_id), dispensed_at TIMESTAMP, quantity INTEGER,
        urgent BOOLEAN, returned_qty INTEGER)""")
    pharmacists = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 26), start=1):
        grade = rng.choices(GRADES, [50, 35, 15])[0]
        hired = _day(rng, dt.date(2012, 1, 1), 4200)
        left = None
        if rng.random() < 0.25:
            left = _day(rng, dt.date(2023, 3, 1), 640)
            if left <= hired:
                left = None
        pharmacists.append((pid, first, last, _day(rng, dt.date(1962, 1, 1), 13500), grade, hired, left,
                            grade != "band 6" and rng.random() < 0.6))
    dispensings = []
    for did in range(1, 3201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        ward = rng.choices(WARDS, [16, 12, 8, 12, 14, 7, 10, 15])[0]
        drug = DRUGS[rng.choice(WARD_DRUGS[ward[0]]) - 1]
        on_duty = [p for p in pharmacists if p[5] <= day and (p[6] is None or p[6] > day)]
        pharmacist = rng.choice(on_duty)
        urgent = rng.random() < (0.35 if ward[5] else 0.1)
        stamp = _moment(rng, day, 0, 23) if urgent else _moment(rng, day, 8, 19)
        qty = rng.choice([1, 2, 5, 10]) if drug[3] in ("injection", "inhaler", "oral liquid") else \
            rng.choice([14, 28, 28, 56, 100])
        returned = rng.randint(1, max(1, qty // 2)) if rng.random() < 0.08 else None
        dispensings.append((did, ward[0], drug[0], pharmacist[0], stamp, qty, urgent, returned))
    _insert(con, "wards", WARDS)
    _insert(con, "drugs", DRUGS)
    _insert(con, "pharmacists", pharmacists)
    _insert(con, "dispensings", dispensings)
    con.close()


# -------------------------------------------------------------------------------------------- chimney sweep
TOWNS = {"Ashbourne": 30, "Bakewell": 25, "Matlock": 22, "Wirksworth": 13, "Buxton": 10}
FUELS = ["wood", "coal", "multi-fuel", "oil"]
STREETS = ["Church Lane", "Mill Road", "High Street", "Station Road", "The Green", "Orchard Close", "Well Street",
           "Park View", "Hollow Lane", "School Hill"]


def build_chimneysweep(path: Path | str) -> None:
    """customers (260, birth_year), houses (declared FK to customers, build_year), sweeps (2023-01..2025-02,
    soot_kg, paid), certificates (sweep_id NOT declared as a foreign key; emailed_on NULL unless emailed)."""
    rng = random.Random(9702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, town VARCHAR, phone_only BOOLEAN, first_booked_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE houses(house_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), address VARCHAR, town VARCHAR, build_year INTEGER,
        fuel_type VARCHAR, flue_count INTEGER, thatched BOOLEAN, listed_building BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sweeps(sweep_id INTEGER PRIMARY KEY,
        house_id INTEGER REFERENCES houses(house_id), started_at TIMESTAMP, duration_min INTEGER, soot_kg DOUBLE,
        price_gbp DOUBLE, paid BOOLEAN, method VARCHAR, bird_nest_removed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE certificates(certificate_id INTEGER PRIMARY KEY, sweep_id INTEGER,
        issued_on DATE, certificate_type VARCHAR, defects_noted BOOLEAN, emailed_on DATE)""")
    customers, houses = [], []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        town = rng.choices(list(TOWNS), list(TOWNS.values()))[0]
        customers.append((cid, first, last, rng.randint(1938, 1995), town, rng.random() < 0.2,
                          _day(rng, dt.date(2015, 1, 1), 3600)))
        for _ in range(1 if rng.random() < 0.88 else 2):
            hid = len(houses) + 1
            build = rng.choice([rng.randint(1650, 1899), rng.randint(1900, 1959), rng.randint(1960, 2015)])
            houses.append((hid, cid, f"{rng.randint(1, 120)} {rng.choice(STREETS)}", town, build,
                           rng.choices(FUELS, [55, 10, 30, 5])[0], rng.choices([1, 2, 3], [60, 30, 10])[0],
                           build < 1850 and rng.random() < 0.12, build < 1900 and rng.random() < 0.3))
    sweeps, certificates = [], []
    end = dt.date(2025, 2, 28)
    for sid in range(1, 1101):
        house = rng.choice(houses)
        day = _day(rng, dt.date(2023, 1, 2), (end - dt.date(2023, 1, 2)).days + 1)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2023, 1, 2), (end - dt.date(2023, 1, 2)).days + 1)
        started = dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.choice([0, 15, 30, 45])))
        flues = house[6]
        duration = flues * rng.randint(35, 70)
        base = {"wood": 1.6, "coal": 2.4, "multi-fuel": 1.9, "oil": 0.5}[house[5]]
        soot = round(base * flues * rng.uniform(0.4, 1.8), 2)
        price = round(65.0 + 25.0 * (flues - 1) + (15.0 if house[7] else 0.0) + (5.0 if day.year >= 2024 else 0.0),
                      2)
        method = rng.choices(["brush", "power sweep", "vacuum only"], [60, 30, 10])[0]
        paid = day < dt.date(2025, 1, 15) or rng.random() < 0.5
        paid = paid and rng.random() < 0.97
        sweeps.append((sid, house[0], started, duration, soot, price, paid, method, rng.random() < 0.07))
        if method != "vacuum only" or rng.random() < 0.3:
            kind = rng.choices(["standard", "HETAS", "landlord"], [60, 30, 10])[0]
            issued = day + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 5]))
            emailed = issued + dt.timedelta(days=rng.randint(0, 3)) if rng.random() < 0.7 else None
            certificates.append((len(certificates) + 1, sid, issued, kind, rng.random() < 0.15, emailed))
    _insert(con, "customers", customers)
    _insert(con, "houses", houses)
    _insert(con, "sweeps", sweeps)
    _insert(con, "certificates", certificates)
    con.close()


# --------------------------------------------------------------------------------------------- orienteering
VENUES = [("Cannock Chase", "forest"), ("Sherwood Pines", "forest"), ("Clumber Park", "parkland"),
          ("Lincoln Old Town", "urban"), ("Nottingham University", "parkland"), ("Stanton Moor", "moorland"),
          ("Bradgate Park", "parkland"), ("Derby City Centre", "urban"), ("Kinder Edge", "moorland")]
COLOURS = {"white": 1.8, "yellow": 2.6, "orange": 3.6, "light green": 4.0, "green": 4.8, "blue": 6.2,
           "brown": 8.0}
ROLES = ["planner", "controller", "organiser", "registration", "start", "finish", "first aid"]


def build_orienteering(path: Path | str) -> None:
    """members (180, birthDate; leftDate NULL while a member), events (2023-03..2025-04), results (timeSeconds
    NULL unless the runner finished), volunteers (declared FKs); camelCase columns."""
    rng = random.Random(9703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(memberId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, gender VARCHAR, membershipType VARCHAR, joinedDate DATE, leftDate DATE,
        isCoach BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE events(eventId INTEGER PRIMARY KEY, eventName VARCHAR, eventDate DATE,
        venue VARCHAR, terrain VARCHAR, eventLevel VARCHAR, entryFeeGbp DOUBLE, isNightEvent BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE results(resultId INTEGER PRIMARY KEY,
        eventId INTEGER REFERENCES events(eventId), memberId INTEGER REFERENCES members(memberId),
        courseColour VARCHAR, courseLengthKm DOUBLE, startTime TIMESTAMP, timeSeconds INTEGER, status VARCHAR,
        position INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE volunteers(volunteerId INTEGER PRIMARY KEY,
        eventId INTEGER REFERENCES events(eventId), memberId INTEGER REFERENCES members(memberId), role VARCHAR,
        hoursWorked DOUBLE)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 180), start=1):
        birth = _day(rng, dt.date(1948, 1, 1), 22500)
        age = (dt.date(2024, 1, 1) - birth).days / 365.25
        kind = "junior" if age < 18 else rng.choices(["senior", "family", "student"], [70, 20, 10 if age < 26 else 0]
                                                        )[0]
        joined = max(_day(rng, dt.date(2005, 1, 1), 7000), birth + dt.timedelta(days=2500))
        if joined > dt.date(2025, 3, 1):
            joined = _day(rng, dt.date(2022, 1, 1), 900)
        left = None
        if rng.random() < 0.18:
            left = joined + dt.timedelta(days=rng.randint(200, 3000))
            if left > dt.date(2025, 4, 30) or left < dt.date(2023, 2, 1):
                left = None
        members.append((mid, first, last, birth, rng.choice(["F", "M"]), kind, joined, left,
                        age > 25 and rng.random() < 0.12))
    events = []
    day = dt.date(2023, 3, 5)
    while day <= dt.date(2025, 4, 27):
        venue, terrain = rng.choice(VENUES)
        level = rng.choices(["local", "regional", "national"], [60, 30, 10])[0]
        night = terrain in ("urban", "parkland") and day.month in (11, 12, 1, 2) and rng.random() < 0.4
        fee = {"local": 6.0, "regional": 10.0, "national": 18.0}[level] + (1.0 if day.year >= 2024 else 0.0)
        events.append((len(events) + 1, f"{venue} {level.title()}{' Night' if night else ''}", day, venue, terrain,
                       level, fee, night))
        day += dt.timedelta(days=rng.choice([7, 14, 14, 21]))
    speed = {m[0]: rng.uniform(0.75, 1.6) for m in members}
    results, volunteers = [], []
    for event in events:
        active = [m for m in members if m[6] <= event[2] and (m[7] is None or m[7] > event[2])]
        runners = rng.sample(active, min(len(active), rng.randint(14, 34)))
        helpers = rng.sample([m for m in active if m not in runners], rng.randint(2, 5))
        for role, helper in zip(rng.sample(ROLES, len(helpers)), helpers, strict=False):
            volunteers.append((len(volunteers) + 1, event[0], helper[0], role,
                               rng.choice([2.0, 3.0, 3.5, 4.0, 5.0, 6.0, 8.0])))
        by_colour: dict[str, list] = {}
        for runner in runners:
            age = (event[2] - runner[3]).days / 365.25
            if age < 12:
                colour = rng.choice(["white", "yellow"])
            elif age < 16:
                colour = rng.choice(["orange", "light green"])
            else:
                colour = rng.choices(["light green", "green", "blue", "brown"], [10, 35, 35, 20])[0]
            km = round(COLOURS[colour] * rng.uniform(0.9, 1.1), 1)
            pace = 480 * speed[runner[0]] * (1.3 if event[4] == "moorland" else 1.0) * rng.uniform(0.85, 1.25)
            status = rng.choices(["ok", "mispunch", "dnf"], [90, 6, 4])[0]
            start = dt.datetime.combine(event[2], dt.time(19 if event[7] else rng.randint(10, 12), rng.randrange(60)))
            secs = int(km * pace) if status == "ok" else None
            results.append([len(results) + 1, event[0], runner[0], colour, km, start, secs, status, None])
            by_colour.setdefault(colour, []).append(results[-1])
        for rows in by_colour.values():
            for pos, row in enumerate(sorted((r for r in rows if r[6] is not None), key=lambda r: r[6]), start=1):
                row[8] = pos
    _insert(con, "members", members)
    _insert(con, "events", events)
    _insert(con, "results", [tuple(r) for r in results])
    _insert(con, "volunteers", volunteers)
    con.close()


# ---------------------------------------------------------------------------------------------- refill shop
SUPPLIERS = [(1, "Greenfield Wholefoods", "Devon", True, dt.date(2019, 4, 1)),
             (2, "Suma Cooperative", "West Yorkshire", False, dt.date(2019, 4, 1)),
             (3, "Clean Earth Supplies", "Somerset", True, dt.date(2020, 2, 15)),
             (4, "Miller's Grain Co", "Cornwall", True, dt.date(2021, 6, 1)),
             (5, "Ecoleaf Distribution", "Greater Manchester", False, dt.date(2022, 9, 1)),
             (6, "Olive Grove Imports", "London", False, dt.date(2020, 11, 1))]
PRODUCTS = [(1, "Porridge oats", "dry goods", 2.40, True, 4), (2, "Basmati rice", "dry goods", 4.20, False, 2),
            (3, "Red lentils", "dry goods", 3.60, True, 2), (4, "Penne pasta", "dry goods", 3.10, False, 2),
            (5, "Granola", "dry goods", 8.90, True, 1), (6, "Almonds", "nuts and seeds", 17.50, True, 1),
            (7, "Cashews", "nuts and seeds", 21.00, False, 2), (8, "Pumpkin seeds", "nuts and seeds", 12.80, True, 1),
            (9, "Laundry liquid", "cleaning", 3.20, False, 3), (10, "Washing-up liquid", "cleaning", 2.90, False, 3),
            (11, "Multi-surface cleaner", "cleaning", 3.40, False, 5), (12, "Shampoo", "toiletries", 14.00, True, 5),
            (13, "Hand wash", "toiletries", 6.50, False, 3), (14, "Extra virgin olive oil", "oils", 11.80, True, 6),
            (15, "Rapeseed oil", "oils", 4.60, False, 4), (16, "Brown sugar", "dry goods", 2.80, False, 2),
            (17, "Dark chocolate buttons", "treats", 16.00, True, 1), (18, "Dried apricots", "treats", 12.20, True, 6)]


def build_refillshop(path: Path | str) -> None:
    """suppliers (6), products (18, price_per_kg_gbp), customers (300, birth_year, containers_owned), refill_sales
    (2023-2024, sold_at TIMESTAMP, grams; customer_id NULL for walk-ins without an account)."""
    rng = random.Random(9704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE suppliers(supplier_id INTEGER PRIMARY KEY, supplier_name VARCHAR,
        county VARCHAR, is_local BOOLEAN, supplying_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR,
        category VARCHAR, price_per_kg_gbp DOUBLE, organic BOOLEAN,
        supplier_id INTEGER REFERENCES suppliers(supplier_id))""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, postcode_area VARCHAR, loyalty_card BOOLEAN, containers_owned INTEGER,
        joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE refill_sales(sale_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), product_id INTEGER REFERENCES products(product_id),
        sold_at TIMESTAMP, grams INTEGER, amount_gbp DOUBLE, own_container BOOLEAN, payment_method VARCHAR)""")
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        customers.append((cid, first, last, rng.randint(1945, 2004), rng.choices(["EX1", "EX2", "EX4", "EX8"],
                          [30, 25, 30, 15])[0], rng.random() < 0.4, rng.choices([0, 1, 2, 3, 4, 6], [10, 25, 25, 20,
                          12, 8])[0], _day(rng, dt.date(2021, 3, 1), 1370)))
    loyalty = {c[0]: rng.uniform(0.2, 2.5) for c in customers}
    sales = []
    for sid in range(1, 3601):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while day.weekday() == 0:
            day = _day(rng, dt.date(2023, 1, 1), 731)
        product = rng.choices(PRODUCTS, [14, 9, 8, 8, 6, 5, 4, 4, 12, 11, 6, 5, 6, 6, 4, 5, 4, 3])[0]
        known = [c for c in customers if c[7] <= day]
        customer = rng.choices(known, [loyalty[c[0]] for c in known])[0] if rng.random() < 0.8 else None
        liquid = product[2] in ("cleaning", "toiletries", "oils")
        grams = rng.choice([250, 500, 750, 1000, 1500, 2000]) if liquid else rng.choice([100, 200, 250, 400, 500,
                                                                                         750, 1000])
        grams = int(grams * rng.uniform(0.9, 1.1))
        price = product[3] * (1.06 if day.year == 2024 else 1.0)
        own = customer is not None and customer[6] > 0 and rng.random() < 0.85 or rng.random() < 0.3
        sales.append((sid, None if customer is None else customer[0], product[0], _moment(rng, day, 9, 17), grams,
                      round(price * grams / 1000, 2), own, rng.choices(["card", "cash", "contactless phone"],
                                                                        [55, 15, 30])[0]))
    _insert(con, "suppliers", SUPPLIERS)
    _insert(con, "products", PRODUCTS)
    _insert(con, "customers", customers)
    _insert(con, "refill_sales", sales)
    con.close()


# -------------------------------------------------------------------------------------------------- harbour
QUAYS = {"North Quay": (6, 90.0, 9.5), "South Quay": (5, 60.0, 7.0), "Fish Dock": (8, 30.0, 5.0),
         "Marina": (12, 18.0, 3.5)}
FLAGS = {"United Kingdom": 45, "Norway": 10, "Netherlands": 12, "France": 14, "Ireland": 9, "Denmark": 6,
         "Spain": 4}
VESSEL_TYPES = {"fishing": (12, 28, ["Fish Dock"]), "cargo": (55, 88, ["North Quay", "South Quay"]),
                "yacht": (8, 17, ["Marina"]), "ferry": (40, 85, ["North Quay"]), "tug": (20, 30, ["South Quay"])}
NAMES = ["Morning Star", "Sea Harvest", "Ocean Pride", "Kittiwake", "Northern Light", "Silver Dawn", "Guiding Star",
         "Providence", "Ellen May", "Boy Jack", "Arctic Tern", "Celtic Wave", "Horizon", "Blue Fin", "Odyssey",
         "Wanderer", "Seraphina", "Lady Grace", "Gannet", "Spirit of Tide", "Valkyrie", "Stormvogel", "Marianne",
         "Aurora", "Free Spirit", "Caledonia", "Bonnie Lass", "Harvester", "Sanderling", "Puffin", "Atlantic Rose",
         "Orca", "Halcyon", "Windrush", "Mistral", "Sea Breeze", "Osprey", "Skylark", "Neptune", "Calypso"]


def build_harbour(path: Path | str) -> None:
    """berths (31), vessels (90, length_m, flag), movements (2023-01..2025-06; departed_at NULL while still in
    harbour), harbour_dues (declared FK; paid_on NULL while unpaid)."""
    rng = random.Random(9705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE berths(berth_id INTEGER PRIMARY KEY, berth_code VARCHAR, quay VARCHAR,
        max_length_m DOUBLE, depth_m DOUBLE, shore_power BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE vessels(vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR,
        vessel_type VARCHAR, flag VARCHAR, length_m DOUBLE, gross_tonnage INTEGER, year_built INTEGER,
        imo_number VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE movements(movement_id INTEGER PRIMARY KEY,
        vessel_id INTEGER REFERENCES vessels(vessel_id), berth_id INTEGER REFERENCES berths(berth_id),
        arrived_at TIMESTAMP, departed_at TIMESTAMP, pilot_required BOOLEAN, purpose VARCHAR,
        last_port VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE harbour_dues(due_id INTEGER PRIMARY KEY,
        movement_id INTEGER REFERENCES movements(movement_id), due_type VARCHAR, invoiced_on DATE,
        amount_gbp DOUBLE, paid_on DATE)""")
    berths = []
    for quay, (count, max_len, depth) in QUAYS.items():
        for n in range(1, count + 1):
            berths.append((len(berths) + 1, f"{quay[0]}{n}", quay, round(max_len * rng.uniform(0.8, 1.0), 1),
                           round(depth * rng.uniform(0.85, 1.1), 1), quay != "Fish Dock" and rng.random() < 0.6))
    vessels, used = [], set()
    for vid in range(1, 91):
        kind = rng.choices(list(VESSEL_TYPES), [35, 20, 25, 6, 4])[0]
        flag = "United Kingdom" if kind == "tug" else rng.choices(list(FLAGS), list(FLAGS.values()))[0]
        name = rng.choice(NAMES)
        while name in used:
            name = f"{rng.choice(NAMES)} {rng.choice(['II', 'III', 'IV', 'of Whitby', 'of Peel'])}"
        used.add(name)
        lo, hi, _ = VESSEL_TYPES[kind]
        length = round(rng.uniform(lo, hi), 1)
        tonnage = int(length ** 2.1 * (0.9 if kind in ("cargo", "ferry") else 0.35) * rng.uniform(0.8, 1.2))
        vessels.append((vid, name, kind, flag, length, tonnage, rng.randint(1972, 2021), f"IMO{9000000 + vid * 137}"))
    movements, dues = [], []
    activity = {v[0]: rng.uniform(0.2, 2.5) for v in vessels}
    end = dt.datetime(2025, 6, 30, 23, 0)
    for mid in range(1, 2401):
        vessel = rng.choices(vessels, [activity[v[0]] for v in vessels])[0]
        quay = rng.choice(VESSEL_TYPES[vessel[2]][2])
        fits = [b for b in berths if b[2] == quay and b[3] >= vessel[4]] or [b for b in berths if b[2] == quay]
        berth = rng.choice(fits)
        arrived = _moment(rng, _day(rng, dt.date(2023, 1, 1), 912), 0, 23)
        stay_hours = {"fishing": rng.uniform(4, 30), "cargo": rng.uniform(10, 72), "yacht": rng.uniform(12, 240),
                      "ferry": rng.uniform(1, 6), "tug": rng.uniform(2, 48)}[vessel[2]]
        departed = arrived + dt.timedelta(minutes=int(stay_hours * 60))
        if departed > end or (arrived.date() >= dt.date(2025, 6, 16) and rng.random() < 0.6):
            departed = None
        purpose = {"fishing": "fish landing", "cargo": "cargo", "yacht": "leisure", "ferry": "passengers",
                   "tug": "towage"}[vessel[2]]
        if rng.random() < 0.06:
            purpose = rng.choice(["repairs", "bunkering"])
        pilot = vessel[4] > 50 or (vessel[3] != "United Kingdom" and vessel[4] > 20 and rng.random() < 0.5)
        movements.append((mid, vessel[0], berth[0], arrived, departed, pilot, purpose,
                          rng.choice(["Aberdeen", "Rotterdam", "Bergen", "Brest", "Cork", "Esbjerg", "Hull",
                                      "Lerwick", "Vigo"])))
        nights = max(1, int(stay_hours // 24) + 1)
        rate = {"fishing": 0.9, "cargo": 2.4, "yacht": 3.1, "ferry": 1.6, "tug": 0.7}[vessel[2]]
        charges = [("berthing", vessel[4] * rate * nights)]
        if pilot:
            charges.append(("pilotage", 180.0 + vessel[4] * 4.2))
        if vessel[2] in ("cargo", "ferry") and rng.random() < 0.7:
            charges.append(("light dues", vessel[5] * 0.041))
        for due_type, amount in charges:
            invoiced = arrived.date() + dt.timedelta(days=rng.randint(1, 6))
            if invoiced > dt.date(2025, 6, 30):
                continue
            paid = invoiced + dt.timedelta(days=rng.randint(3, 60))
            if paid > dt.date(2025, 6, 30) or rng.random() < 0.05:
                paid = None
            dues.append((len(dues) + 1, mid, due_type, invoiced,
                         round(amount * (1.04 if arrived.year >= 2024 else 1.0), 2), paid))
    _insert(con, "berths", berths)
    _insert(con, "vessels", vessels)
    _insert(con, "movements", movements)
    _insert(con, "harbour_dues", dues)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "pharmacy": build_pharmacy,
    "chimneysweep": build_chimneysweep,
    "orienteering": build_orienteering,
    "refillshop": build_refillshop,
    "harbour": build_harbour,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval97-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval97-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval97-dbs"))
