"""Builders of the ninety-ninth held-out evaluation corpus: five DuckDB files in small-business and community domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `aquarium.duckdb`: an aquarium shop's tanks, fish species (price), sales and water tests (pH)
- `minibus.duckdb`: a community transport minibus scheme's vehicles, drivers (birth date), bookings (cancelled flag)
  and passenger journeys (pickup times, miles; the driver link is only implied by its name)
- `vintage.duckdb`: a vintage clothing resale shop's consignors (birth year), items (era, size), sales and returns
  (camelCase columns)
- `countyshow.duckdb`: a county show's exhibitors (birth year), classes, judges and entries (place NULL when unplaced)
- `trampoline.duckdb`: indoor trampoline fitness: instructors (birth date), classes, memberships (ended_on NULL
  while active) and bookings

Usage:
    python eval99/datasets.py OUTDIR

Example:
    >>> from eval99.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval99-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['aquarium.duckdb', 'countyshow.duckdb', 'minibus.duckdb', 'trampoline.duckdb', 'vintage.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 9, last_hour: int = 17) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Agnes", "Barnaby", "Callum", "Delyth", "Eilidh", "Felix", "Georgia", "Hamish", "Isla", "Jasper", "Keira",
         "Leon", "Maisie", "Nathan", "Olive", "Patrick", "Quinn", "Rosa", "Stanley", "Thea", "Victor", "Wendy",
         "Xavier", "Zara"]
LAST = ["Ashworth", "Bramley", "Catterall", "Dunmore", "Ellison", "Farrow", "Gilchrist", "Hebden", "Iveson",
        "Jessop", "Kettlewell", "Lumb", "Marsden", "Nuttall", "Ormerod", "Pilling", "Quayle", "Riley", "Sutcliffe",
        "Thwaite", "Varley", "Whitaker"]

# ------------------------------------------------------------------------------------------------- aquarium shop
TANKS = [(1, "FW-01", "freshwater", 240, True, dt.date(2019, 3, 1)),
         (2, "FW-02", "freshwater", 180, True, dt.date(2019, 3, 1)),
         (3, "FW-03", "freshwater", 120, False, dt.date(2020, 6, 15)),
         (4, "MR-01", "marine", 400, True, dt.date(2020, 9, 1)),
         (5, "MR-02", "marine", 300, True, dt.date(2021, 2, 10)),
         (6, "BR-01", "brackish", 150, True, dt.date(2021, 7, 1)),
         (7, "CW-01", "coldwater", 350, False, dt.date(2018, 5, 20)),
         (8, "CW-02", "coldwater", 200, False, dt.date(2022, 4, 4))]
SPECIES = [("Neon Tetra", "tetra", 1, 2.5, 3.5), ("Cardinal Tetra", "tetra", 1, 3.2, 4.0),
           ("Guppy", "livebearer", 2, 3.0, 5.0), ("Platy", "livebearer", 2, 3.5, 6.0),
           ("Bronze Corydoras", "catfish", 3, 4.5, 7.0), ("Bristlenose Pleco", "catfish", 3, 8.99, 12.0),
           ("Angelfish", "cichlid", 1, 9.5, 15.0), ("Ram Cichlid", "cichlid", 2, 12.0, 7.0),
           ("Clownfish", "marine", 4, 24.99, 10.0), ("Royal Gramma", "marine", 4, 34.0, 8.0),
           ("Yellow Tang", "marine", 5, 89.0, 20.0), ("Blue Damsel", "marine", 5, 11.0, 7.0),
           ("Figure Eight Puffer", "puffer", 6, 14.5, 8.0), ("Bumblebee Goby", "goby", 6, 5.5, 4.0),
           ("Comet Goldfish", "goldfish", 7, 4.0, 25.0), ("Shubunkin", "goldfish", 7, 6.5, 25.0),
           ("Fantail Goldfish", "goldfish", 8, 8.0, 15.0), ("White Cloud Minnow", "minnow", 8, 2.2, 4.0)]


def build_aquarium(path: Path | str) -> None:
    """tanks (8), species (18, price_gbp), sales (2023-2024, TIMESTAMP), water_tests (pH; nitrate NULL when not
    measured)."""
    rng = random.Random(9901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tanks(tank_id INTEGER PRIMARY KEY, tank_code VARCHAR, water_type VARCHAR,
        volume_litres INTEGER, heated BOOLEAN, set_up_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE species(species_id INTEGER PRIMARY KEY, common_name VARCHAR,
        family VARCHAR, tank_id INTEGER REFERENCES tanks(tank_id), price_gbp DOUBLE, adult_length_cm DOUBLE,
        community_safe BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY,
        species_id INTEGER REFERENCES species(species_id), sold_at TIMESTAMP, quantity INTEGER, unit_price_gbp DOUBLE,
        total_gbp DOUBLE, payment_method VARCHAR, loyalty_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE water_tests(test_id INTEGER PRIMARY KEY,
        tank_id INTEGER REFERENCES tanks(tank_id), tested_at TIMESTAMP, ph DOUBLE, ammonia_ppm DOUBLE,
        nitrate_ppm DOUBLE, water_temp_c DOUBLE, passed BOOLEAN, tested_by VARCHAR)""")
    species = [(i, name, fam, tank, price, length, fam not in ("puffer", "cichlid") or name == "Ram Cichlid")
               for i, (name, fam, tank, price, length) in enumerate(SPECIES, start=1)]
    popularity = [rng.uniform(0.5, 4.0) for _ in species]
    sales = []
    start, span = dt.date(2023, 1, 1), 731
    while len(sales) < 2600:
        sp = rng.choices(species, popularity)[0]
        day = _day(rng, start, span)
        if day.weekday() == 0 and rng.random() < 0.7:
            continue
        qty = rng.choice([1, 1, 2, 3, 4, 6, 10]) if sp[4] < 10 else rng.choice([1, 1, 1, 2])
        unit = round(sp[4] * (1.05 if day.year == 2024 else 1.0), 2)
        sales.append((len(sales) + 1, sp[0], _moment(rng, day, 9, 17), qty, unit, round(qty * unit, 2),
                      rng.choices(["card", "cash", "gift voucher"], [70, 25, 5])[0], rng.random() < 0.35))
    sales.sort(key=lambda s: s[2])
    sales = [(i, *s[1:]) for i, s in enumerate(sales, start=1)]
    tests = []
    for tank in TANKS:
        marine = tank[2] == "marine"
        brackish = tank[2] == "brackish"
        day = start
        while day < dt.date(2025, 1, 1):
            ph = round(rng.gauss(8.2 if marine else 7.8 if brackish else 7.1, 0.25), 2)
            ammonia = round(max(0.0, rng.gauss(0.05, 0.08)), 2)
            nitrate = round(max(0.0, rng.gauss(18, 9)), 1) if rng.random() < 0.85 else None
            temp = round(rng.gauss(25.5 if tank[4] else 17.0, 0.8), 1)
            ok = abs(ph - (8.2 if marine else 7.8 if brackish else 7.1)) < 0.4 and ammonia < 0.2 and \
                (nitrate is None or nitrate < 35)
            tests.append((len(tests) + 1, tank[0], _moment(rng, day, 8, 18), ph, ammonia, nitrate, temp, ok,
                          rng.choice(["Mia", "Owen", "Priya"])))
            day += dt.timedelta(days=rng.randint(5, 9))
    _insert(con, "tanks", TANKS)
    _insert(con, "species", species)
    _insert(con, "sales", sales)
    _insert(con, "water_tests", tests)
    con.close()


# ------------------------------------------------------------------------------------ community transport minibus
VEHICLES = [(1, "YK19 BUS", "Ford Transit", 16, True, "diesel", dt.date(2019, 4, 1), None),
            (2, "YK20 CTA", "Mercedes Sprinter", 16, True, "diesel", dt.date(2020, 2, 15), None),
            (3, "YJ18 RUR", "Peugeot Boxer", 12, False, "diesel", dt.date(2018, 7, 1), dt.date(2024, 5, 31)),
            (4, "YH22 EVB", "Ford E-Transit", 14, True, "electric", dt.date(2022, 9, 1), None),
            (5, "YK21 HYB", "Renault Master", 12, True, "hybrid", dt.date(2021, 6, 10), None),
            (6, "YD24 ELE", "Mercedes eSprinter", 15, True, "electric", dt.date(2024, 3, 1), None)]
PURPOSES = ["shopping", "medical appointment", "day centre", "social outing", "school run"]
AREAS = ["Calder Valley", "Moorside", "Town Centre", "Upper Dale"]


def build_minibus(path: Path | str) -> None:
    """vehicles (6; retired_on NULL while in use), drivers (22, birth_date), bookings (cancelled flag),
    journeys (pickup_at/dropoff_at TIMESTAMP, miles; driver_id is NOT declared as a foreign key), 2023-01..2025-06."""
    rng = random.Random(9902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, registration VARCHAR,
        model VARCHAR, seats INTEGER, wheelchair_lift BOOLEAN, fuel_type VARCHAR, acquired_on DATE,
        retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, volunteer BOOLEAN, midas_trained BOOLEAN, home_area VARCHAR,
        started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY, passenger_name VARCHAR,
        booked_on DATE, trip_date DATE, purpose VARCHAR, pickup_area VARCHAR, passengers INTEGER,
        wheelchair_user BOOLEAN, fare_gbp DOUBLE, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE journeys(journey_id INTEGER PRIMARY KEY,
        booking_id INTEGER REFERENCES bookings(booking_id), vehicle_id INTEGER REFERENCES vehicles(vehicle_id),
        driver_id INTEGER, pickup_at TIMESTAMP, dropoff_at TIMESTAMP, miles DOUBLE, late_pickup BOOLEAN)""")
    drivers = [(did, first, last, _day(rng, dt.date(1948, 1, 1), 17000), rng.random() < 0.65, rng.random() < 0.6,
                rng.choice(AREAS), _day(rng, dt.date(2012, 1, 1), 3800))
               for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 22), start=1)]
    drivers = [d if d[7] < dt.date(2022, 12, 1) else (*d[:7], dt.date(2022, 11, 1)) for d in drivers]
    load = [rng.uniform(0.3, 3.0) for _ in drivers]
    passengers_pool = [f"{f} {ln}" for f, ln in _unique_names(rng, FIRST, LAST, 160)]
    bookings, journeys = [], []
    start, end = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
    while len(bookings) < 2400:
        trip = _day(rng, start, (end - start).days + 1)
        if trip.weekday() == 6:
            continue
        purpose = rng.choices(PURPOSES, [35, 25, 18, 14, 8])[0]
        pax = 1 if purpose == "medical appointment" else rng.choice([1, 1, 2, 3, 4, 6, 8])
        wheelchair = rng.random() < 0.18
        cancelled = rng.random() < (0.12 if purpose != "medical appointment" else 0.06)
        fare = round(pax * rng.choice([2.5, 3.0, 4.0, 5.5]) * (1.1 if trip.year >= 2024 else 1.0), 2)
        booking = (len(bookings) + 1, rng.choice(passengers_pool), trip - dt.timedelta(days=rng.randint(0, 21)),
                   trip, purpose, rng.choices(AREAS, [30, 25, 30, 15])[0], pax, wheelchair, fare, cancelled)
        bookings.append(booking)
        if cancelled:
            continue
        fleet = [v for v in VEHICLES if v[6] <= trip and (v[7] is None or trip <= v[7]) and (v[4] or not wheelchair)]
        vehicle = rng.choice(fleet)
        driver = rng.choices(drivers, load)[0]
        hour = 9 if purpose == "day centre" else 8 if purpose == "school run" else rng.randint(8, 16)
        pickup = _moment(rng, trip, hour, hour)
        miles = round(rng.uniform(1.5, 9) if booking[5] == "Town Centre" else rng.uniform(4, 24), 1)
        ride = int(miles * rng.uniform(2.2, 3.6)) + 5
        journeys.append((len(journeys) + 1, booking[0], vehicle[0], driver[0], pickup,
                         pickup + dt.timedelta(minutes=ride), miles, rng.random() < 0.09))
    _insert(con, "vehicles", VEHICLES)
    _insert(con, "drivers", drivers)
    _insert(con, "bookings", bookings)
    _insert(con, "journeys", journeys)
    con.close()


# ------------------------------------------------------------------------------------------- vintage clothing resale
CATEGORIES = {"dress": 38, "jacket": 55, "jeans": 30, "shirt": 18, "knitwear": 26, "accessory": 15}
ERAS = ["1960s", "1970s", "1980s", "1990s", "Y2K"]
SIZES = ["XS", "S", "M", "L", "XL"]
BRANDS = ["Levi's", "Laura Ashley", "Burberry", "St Michael", "Biba", "Wrangler", "Jaeger", "unbranded"]
CITIES = ["Bristol", "Bath", "Cardiff", "Gloucester"]


def build_vintage(path: Path | str) -> None:
    """consignors (60, birthYear), items (era, size, askingPrice), sales (soldAt TIMESTAMP, salePrice),
    returns (refundAmt; restockedOn NULL when not put back on sale). camelCase columns, 2023-2024."""
    rng = random.Random(9903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE consignors(consignorId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, city VARCHAR, joinedOn DATE, commissionPct DOUBLE, isTrader BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE items(itemId INTEGER PRIMARY KEY,
        consignorId INTEGER REFERENCES consignors(consignorId), title VARCHAR, category VARCHAR, era VARCHAR,
        size VARCHAR, brand VARCHAR, askingPrice DOUBLE, listedOn DATE, isDesigner BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sales(saleId INTEGER PRIMARY KEY, itemId INTEGER REFERENCES items(itemId),
        soldAt TIMESTAMP, salePrice DOUBLE, channel VARCHAR, discounted BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE returns(returnId INTEGER PRIMARY KEY,
        saleId INTEGER REFERENCES sales(saleId), returnedOn DATE, reason VARCHAR, refundAmt DOUBLE,
        restockedOn DATE)""")
    consignors = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        trader = rng.random() < 0.25
        consignors.append((cid, first, last, rng.randint(1950, 2003), rng.choices(CITIES, [40, 25, 20, 15])[0],
                           _day(rng, dt.date(2019, 1, 1), 1800), 30.0 if trader else rng.choice([40.0, 45.0, 50.0]),
                           trader))
    activity = [rng.uniform(0.2, 3.0) for _ in consignors]
    items, sales, returns = [], [], []
    start = dt.date(2023, 1, 1)
    for iid in range(1, 1501):
        cons = rng.choices(consignors, activity)[0]
        cat = rng.choices(list(CATEGORIES), [22, 20, 18, 15, 15, 10])[0]
        era = rng.choices(ERAS, [8, 24, 28, 26, 14])[0]
        brand = rng.choices(BRANDS, [14, 8, 3, 10, 2, 8, 5, 50])[0]
        designer = brand in ("Burberry", "Biba", "Jaeger")
        price = round(CATEGORIES[cat] * rng.uniform(0.6, 1.6) * (3 if designer else 1) *
                      (1.3 if era in ("1960s", "1970s") else 1), 0)
        listed = max(cons[5], _day(rng, start, 700))
        items.append((iid, cons[0], f"{era} {brand} {cat}", cat, era, rng.choices(SIZES, [10, 25, 32, 22, 11])[0],
                      brand, price, listed, designer))
        if rng.random() < 0.72:
            sold_day = listed + dt.timedelta(days=int(rng.expovariate(1 / 35)))
            if sold_day > dt.date(2024, 12, 31):
                continue
            discounted = rng.random() < 0.3
            channel = rng.choices(["shop", "online", "vintage fair"], [50, 38, 12])[0]
            sale_price = round(price * (rng.choice([0.7, 0.8]) if discounted else 1.0), 2)
            sale = (len(sales) + 1, iid, _moment(rng, sold_day, 10, 18 if channel != "online" else 23), sale_price,
                    channel, discounted)
            sales.append(sale)
            if rng.random() < (0.14 if channel == "online" else 0.04):
                back = sold_day + dt.timedelta(days=rng.randint(2, 28))
                if back <= dt.date(2024, 12, 31):
                    reason = rng.choices(["doesn't fit", "not as described", "damaged", "changed mind"],
                                         [45, 20, 12, 23])[0]
                    restocked = back + dt.timedelta(days=rng.randint(1, 10)) if reason != "damaged" else None
                    returns.append((len(returns) + 1, sale[0], back, reason,
                                    round(sale_price * (0.9 if reason == "changed mind" else 1.0), 2), restocked))
    _insert(con, "consignors", consignors)
    _insert(con, "items", items)
    _insert(con, "sales", sales)
    _insert(con, "returns", returns)
    con.close()


# -------------------------------------------------------------------------------------------------------- county show
CLASSES = [("Hereford Bull", "cattle", 8.0, 60.0), ("Dairy Heifer", "cattle", 8.0, 50.0),
           ("Texel Ewe", "sheep", 5.0, 35.0), ("Suffolk Ram", "sheep", 5.0, 35.0),
           ("Pair of Lambs", "sheep", 5.0, 25.0), ("Large Fowl", "poultry", 2.0, 12.0),
           ("Bantam Pair", "poultry", 2.0, 10.0), ("Victoria Sponge", "baking", 1.5, 15.0),
           ("Fruit Cake", "baking", 1.5, 15.0), ("Six Scones", "baking", 1.0, 10.0),
           ("Longest Runner Bean", "produce", 1.0, 8.0), ("Heaviest Marrow", "produce", 1.0, 20.0),
           ("Giant Onion", "produce", 1.0, 20.0), ("Hand Knitted Garment", "crafts", 2.0, 15.0),
           ("Patchwork Quilt", "crafts", 3.0, 25.0), ("Junior Handwriting", "crafts", 0.5, 5.0)]
SECTIONS = ["cattle", "sheep", "poultry", "baking", "produce", "crafts"]
PARISHES = ["Ashby", "Bramhope", "Copley", "Denholme", "Eastburn", "Fewston"]


def build_countyshow(path: Path | str) -> None:
    """exhibitors (180, birth_year), classes (16), judges (14), entries (show years 2022-2024; place and
    prize_gbp NULL when unplaced, weight_kg only for produce and livestock)."""
    rng = random.Random(9904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE exhibitors(exhibitor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, parish VARCHAR, society_member BOOLEAN, first_shown INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE classes(class_id INTEGER PRIMARY KEY, class_name VARCHAR, section VARCHAR,
        entry_fee_gbp DOUBLE, first_prize_gbp DOUBLE, junior_only BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE judges(judge_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, section VARCHAR, years_judging INTEGER, paid_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE entries(entry_id INTEGER PRIMARY KEY,
        exhibitor_id INTEGER REFERENCES exhibitors(exhibitor_id), class_id INTEGER REFERENCES classes(class_id),
        judge_id INTEGER REFERENCES judges(judge_id), show_year INTEGER, entered_at TIMESTAMP, place INTEGER,
        prize_gbp DOUBLE, weight_kg DOUBLE, withdrawn BOOLEAN)""")
    classes = [(i, name, sec, fee, prize, name.startswith("Junior"))
               for i, (name, sec, fee, prize) in enumerate(CLASSES, start=1)]
    names = _unique_names(rng, FIRST, LAST, 194)
    exhibitors = [(eid, first, last, rng.randint(1940, 2014), rng.choice(PARISHES), rng.random() < 0.55,
                   rng.randint(1985, 2022)) for eid, (first, last) in enumerate(names[:180], start=1)]
    judges = [(jid, first, last, SECTIONS[(jid - 1) % 6], rng.randint(2, 35), rng.choice([0.0, 40.0, 60.0, 75.0]))
              for jid, (first, last) in enumerate(names[180:], start=1)]
    keen = [rng.uniform(0.2, 3.0) for _ in exhibitors]
    entries = []
    show_day = {2022: dt.date(2022, 7, 16), 2023: dt.date(2023, 7, 15), 2024: dt.date(2024, 7, 20)}
    for year in (2022, 2023, 2024):
        for cls in classes:
            pool = [e for e in exhibitors if (2024 - e[3] < 17) == cls[5] or not cls[5] and rng.random() < 0.1]
            n = min(rng.randint(5, 16), len(pool) - 2)
            chosen: dict[int, tuple] = {}
            while len(chosen) < n:
                e = rng.choices(pool, [keen[p[0] - 1] for p in pool])[0]
                chosen.setdefault(e[0], e)
            judge = rng.choice([j for j in judges if j[3] == cls[2]])
            rows = []
            for e in chosen.values():
                entered = _moment(rng, show_day[year] - dt.timedelta(days=rng.randint(3, 60)), 7, 22)
                withdrawn = rng.random() < 0.06
                weight = None
                if cls[2] in ("cattle", "sheep") or cls[1] in ("Heaviest Marrow", "Giant Onion"):
                    base = {"cattle": 650, "sheep": 80}.get(cls[2], 30 if cls[1] == "Heaviest Marrow" else 3.5)
                    weight = round(base * rng.uniform(0.7, 1.3), 1)
                rows.append([len(entries) + len(rows) + 1, e[0], cls[0], judge[0], year, entered, None, None, weight,
                             withdrawn])
            ranked = [r for r in rows if not r[9]]
            rng.shuffle(ranked)
            if cls[1] in ("Heaviest Marrow", "Giant Onion"):
                ranked.sort(key=lambda r: -r[8])
            for place, r in enumerate(ranked[:3], start=1):
                r[6], r[7] = place, round(cls[4] * {1: 1.0, 2: 0.5, 3: 0.25}[place], 2)
            entries.extend(tuple(r) for r in rows)
    _insert(con, "exhibitors", exhibitors)
    _insert(con, "classes", classes)
    _insert(con, "judges", judges)
    _insert(con, "entries", entries)
    con.close()


# -------------------------------------------------------------------------------------------- trampoline fitness
CLASS_TYPES = {"Bounce Fit": (45, 20, 9.5), "Rebound HIIT": (30, 16, 8.0), "Kids Jump": (60, 24, 7.0),
               "Trampoline Pilates": (50, 12, 10.0), "Freestyle Session": (60, 30, 6.5)}
PLANS = {"monthly": 39.0, "annual": 32.0, "off-peak": 25.0, "student": 22.0}


def build_trampoline(path: Path | str) -> None:
    """instructors (10, birth_date), classes (timetabled sessions 2023-09..2025-08), memberships (names, birth_date,
    ended_on NULL while active), bookings (member_id NULL for drop-in guests, attended flag)."""
    rng = random.Random(9905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, qualification VARCHAR, hourly_rate_gbp DOUBLE, hired_on DATE,
        first_aider BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE classes(class_id INTEGER PRIMARY KEY,
        instructor_id INTEGER REFERENCES instructors(instructor_id), class_type VARCHAR, studio VARCHAR,
        starts_at TIMESTAMP, duration_min INTEGER, capacity INTEGER, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE memberships(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, plan VARCHAR, monthly_fee_gbp DOUBLE, started_on DATE, ended_on DATE,
        auto_renew BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        class_id INTEGER REFERENCES classes(class_id), member_id INTEGER REFERENCES memberships(member_id),
        booked_at TIMESTAMP, price_paid_gbp DOUBLE, attended BOOLEAN)""")
    names = _unique_names(rng, FIRST, LAST, 330)
    instructors = [(iid, first, last, _day(rng, dt.date(1978, 1, 1), 8000),
                    rng.choice(["Level 2 Fitness", "Level 3 PT", "British Gymnastics coach"]),
                    round(rng.uniform(16, 32), 2), _day(rng, dt.date(2019, 1, 1), 1500), rng.random() < 0.5)
                   for iid, (first, last) in enumerate(names[:10], start=1)]
    start, end = dt.date(2023, 9, 1), dt.date(2025, 8, 31)
    members = []
    for mid, (first, last) in enumerate(names[10:], start=1):
        plan = rng.choices(list(PLANS), [45, 20, 20, 15])[0]
        began = _day(rng, dt.date(2023, 6, 1), (end - dt.date(2023, 6, 1)).days - 20)
        ended = began + dt.timedelta(days=rng.randint(40, 600)) if rng.random() < 0.45 else None
        if ended is not None and ended > end:
            ended = None
        members.append((mid, first, last, _day(rng, dt.date(1965, 1, 1), 15500) if plan != "student"
                        else _day(rng, dt.date(2000, 1, 1), 2900), plan, PLANS[plan], began, ended,
                        ended is None and rng.random() < 0.7))
    classes = []
    day = start
    while day <= end:
        for hour, kind in [(7, "Rebound HIIT"), (10, "Trampoline Pilates"), (16, "Kids Jump"), (18, "Bounce Fit"),
                           (19, "Rebound HIIT"), (20, "Freestyle Session")]:
            if (day.weekday() >= 5) != (kind in ("Kids Jump", "Freestyle Session")) and rng.random() < 0.75:
                continue
            dur, cap, _ = CLASS_TYPES[kind]
            classes.append((len(classes) + 1, rng.randint(1, 10), kind, "Studio A" if hour % 2 else "Studio B",
                            dt.datetime.combine(day, dt.time(hour, 0 if hour != 19 else 15)), dur, cap,
                            rng.random() < 0.03))
        day += dt.timedelta(days=1)
    bookings = []
    for cls in classes:
        if cls[7]:
            continue
        when = cls[4].date()
        active = [m for m in members if m[6] <= when and (m[7] is None or when <= m[7])]
        n = rng.randint(1, 5)
        for m in rng.sample(active, min(n, len(active))):
            guest = rng.random() < 0.2
            booked = cls[4] - dt.timedelta(hours=rng.randint(2, 120), minutes=rng.randrange(60))
            bookings.append((len(bookings) + 1, cls[0], None if guest else m[0], booked,
                             CLASS_TYPES[cls[2]][2] if guest else 0.0, rng.random() < 0.86))
    _insert(con, "instructors", instructors)
    _insert(con, "classes", classes)
    _insert(con, "memberships", members)
    _insert(con, "bookings", bookings)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "aquarium": build_aquarium,
    "minibus": build_minibus,
    "vintage": build_vintage,
    "countyshow": build_countyshow,
    "trampoline": build_trampoline,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval99-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval99-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval99-dbs"))
