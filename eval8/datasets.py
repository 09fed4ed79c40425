"""Builders of the eighth evaluation corpus (a development corpus): five DuckDB files, five new domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `brewery.duckdb`: beers, customers, orders, order_items (declared FKs; nullable retired_on / delivered_on)
- `skiresort.duckdb`: lifts, pass_holders (birth_date), lift_scans (TIMESTAMP scanned_at; holder_id NOT declared)
- `grooming.duckdb`: groomers, dogs, appointments (camelCase names; nullable tipAmount, customerRating, birthDate)
- `fishing.duckdb`: vessels, trips, landings (abbreviated names: vsl_nm, dep_dt, ret_dt, wt_kg, px_kg, amt)
- `transit.duckdb`: one wide `route_daily` table (ridership per route and day; nullable on_time_pct)

Usage:
    python eval8/datasets.py OUTDIR

Example:
    >>> from eval8.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval8-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['brewery.duckdb', 'fishing.duckdb', 'grooming.duckdb', 'skiresort.duckdb', 'transit.duckdb']
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
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _unique_names(rng: random.Random, first: list[str], last: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs."""
    seen: set[tuple[str, str]] = set()
    out = []
    while len(out) < n:
        pair = (rng.choice(first), rng.choice(last))
        if pair not in seen:
            seen.add(pair)
            out.append(pair)
    return out


FIRST = ["Alice", "Brent", "Carmen", "Dmitri", "Eva", "Felix", "Gwen", "Hector", "Isla", "Jamal", "Kirsten", "Leo",
         "Marta", "Nils", "Odette", "Pete", "Quinn", "Renee", "Sven", "Tamsin", "Ulrich", "Valerie", "Wes", "Xena",
         "Yusuf", "Zara", "Aaron", "Bianca", "Colin", "Dana"]
LAST = ["Abbott", "Brandt", "Carver", "Delgado", "Ekström", "Fontaine", "Garrity", "Holm", "Ibarra", "Jensen",
        "Kowalczyk", "Lindqvist", "McAllister", "Nakamura", "Oyelaran", "Pruitt", "Quintero", "Rasmussen", "Sorensen",
        "Thibault", "Upton", "Vargas", "Whitaker", "Yilmaz", "Zeller"]

# ------------------------------------------------------------------------------------------------ brewery
BEERS = [
    # beer_name, style, abv, ibu, launched_on, retired_on, is_seasonal, keg_price
    ("Cascade Crush", "IPA", 6.8, 65, dt.date(2019, 4, 1), None, False, 189.0),
    ("Hazy Harbor", "NEIPA", 7.2, 40, dt.date(2021, 3, 15), None, False, 205.0),
    ("Old Timber", "Stout", 8.5, 55, dt.date(2018, 10, 1), None, False, 215.0),
    ("River Rat Porter", "Porter", 5.9, 32, dt.date(2018, 10, 1), dt.date(2024, 6, 30), False, 172.0),
    ("Golden Hour", "Pilsner", 4.9, 28, dt.date(2020, 5, 1), None, False, 158.0),
    ("Backyard Lager", "Lager", 4.6, 18, dt.date(2019, 1, 10), None, False, 149.0),
    ("Tart Cherry Sour", "Sour", 5.2, 8, dt.date(2022, 6, 1), None, True, 232.0),
    ("Snowdrift", "Winter Warmer", 7.9, 35, dt.date(2020, 11, 1), None, True, 198.0),
    ("Summit Wheat", "Wheat", 5.1, 15, dt.date(2019, 6, 1), dt.date(2023, 12, 31), True, 155.0),
    ("Red Alder Amber", "Amber", 5.6, 30, dt.date(2018, 10, 1), None, False, 165.0),
    ("Double Dare", "Double IPA", 9.1, 90, dt.date(2023, 2, 1), None, False, 244.0),
    ("Pumpkin Patch", "Pumpkin Ale", 6.0, 20, dt.date(2021, 9, 1), dt.date(2024, 11, 30), True, 176.0),
]
VENUE_A = ["Rusty", "Blue", "Salty", "Copper", "Lucky", "Iron", "Wild", "Golden", "Crooked", "Silver", "Red", "Twin"]
VENUE_B = ["Anchor", "Heron", "Tap House", "Kettle", "Fox", "Market", "Bistro", "Lantern", "Growler", "Pint",
           "Table", "Barrel"]
CITIES = [("Portland", "OR"), ("Eugene", "OR"), ("Bend", "OR"), ("Salem", "OR"), ("Seattle", "WA"),
          ("Tacoma", "WA"), ("Spokane", "WA"), ("Boise", "ID")]
CUSTOMER_TYPES = ["bar", "restaurant", "bottle shop", "grocery", "distributor"]


def build_brewery(path: Path | str) -> None:
    """beers (12), customers (90), orders (2023-01 .. 2025-06, status, nullable delivered_on), order_items."""
    rng = random.Random(801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE beers(beer_id INTEGER PRIMARY KEY, beer_name VARCHAR, style VARCHAR,
        abv DOUBLE, ibu INTEGER, launched_on DATE, retired_on DATE, is_seasonal BOOLEAN, keg_price DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR,
        customer_type VARCHAR, city VARCHAR, state VARCHAR, signed_up_on DATE, is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), order_date DATE, status VARCHAR, delivered_on DATE,
        sales_rep VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE order_items(order_item_id INTEGER PRIMARY KEY,
        order_id INTEGER REFERENCES orders(order_id), beer_id INTEGER REFERENCES beers(beer_id),
        package VARCHAR, quantity INTEGER, unit_price DOUBLE)""")
    beers = [(i + 1, *b) for i, b in enumerate(BEERS)]
    customers, names = [], set()
    for cid in range(1, 91):
        name = f"The {rng.choice(VENUE_A)} {rng.choice(VENUE_B)}"
        while name in names:
            name = f"The {rng.choice(VENUE_A)} {rng.choice(VENUE_B)}"
        names.add(name)
        ctype = rng.choices(CUSTOMER_TYPES, [35, 25, 18, 14, 8])[0]
        city, state = rng.choices(CITIES, [30, 12, 10, 6, 20, 8, 6, 8])[0]
        customers.append((cid, name, ctype, city, state, _day(rng, dt.date(2019, 1, 1), 1800), rng.random() < 0.88))
    reps = ["Maya Torres", "Jake Lindgren", "Priya Shah", "Owen Baptiste"]
    orders, items = [], []
    first, last = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
    weights = [0 if c[0] % 17 == 0 else 4 if c[2] == "distributor" else 1 for c in customers]  # some never order
    for oid in range(1, 2401):
        cust = rng.choices(customers, weights)[0]
        lo = max(first, cust[5])
        day = lo + dt.timedelta(days=rng.randrange((last - lo).days + 1))
        status = "cancelled" if rng.random() < 0.07 else "delivered"
        if day > dt.date(2025, 6, 20) and status == "delivered":
            status = "pending"
        delivered = day + dt.timedelta(days=rng.choice([1, 2, 2, 3, 3, 4, 5, 7])) if status == "delivered" else None
        orders.append((oid, cust[0], day, status, delivered, reps[(cust[0] * 7 + oid % 3) % 4]))
        live = [b for b in beers if b[5] <= day and (b[6] is None or b[6] >= day)
                and (not b[7] or day.month in _season_months(b[1]))]
        for beer in rng.sample(live, min(len(live), rng.choice([1, 1, 2, 2, 3, 4]))):
            package = rng.choices(["keg", "case"], [60, 40])[0]
            qty = rng.randint(1, 6) * (3 if cust[2] == "distributor" else 1)
            price = beer[8] if package == "keg" else round(beer[8] / 4.2, 2)
            items.append((len(items) + 1, oid, beer[0], package, qty, price))
    _insert(con, "beers", beers)
    _insert(con, "customers", customers)
    _insert(con, "orders", orders)
    _insert(con, "order_items", items)
    con.close()


def _season_months(beer_name: str) -> set[int]:
    """The months a seasonal beer ships."""
    return {"Tart Cherry Sour": {5, 6, 7, 8}, "Snowdrift": {11, 12, 1, 2}, "Summit Wheat": {4, 5, 6, 7, 8},
            "Pumpkin Patch": {9, 10, 11}}.get(beer_name, set(range(1, 13)))


# ------------------------------------------------------------------------------------------------ ski resort
LIFTS = [
    # lift_name, lift_type, mountain_zone, capacity_per_hour, top_elevation_m, opened_year, is_high_speed
    ("Eagle Express", "chairlift", "Front Side", 2800, 2450, 2012, True),
    ("Bunny Hop", "magic carpet", "Base Area", 600, 1620, 2015, False),
    ("Summit Gondola", "gondola", "Summit", 2400, 2910, 2018, True),
    ("Timberline Double", "chairlift", "Front Side", 1200, 2100, 1994, False),
    ("Powder Bowl Quad", "chairlift", "Back Bowls", 2200, 2780, 2008, True),
    ("Ridge T-Bar", "t-bar", "Summit", 900, 2950, 1988, False),
    ("Aspen Glade Triple", "chairlift", "Back Bowls", 1600, 2520, 2001, False),
    ("Village Connector", "gondola", "Base Area", 1800, 1750, 2021, True),
    ("Learning Loop", "magic carpet", "Base Area", 500, 1610, 2019, False),
    ("Cornice Six", "chairlift", "Summit", 3200, 2870, 2023, True),
]
PASS_TYPES = {"Season": 899.0, "Midweek": 549.0, "Ten-Day": 720.0, "Youth Season": 399.0}
HOME_STATES = ["CO", "CO", "CO", "TX", "CA", "IL", "NY", "UT", "FL"]


def build_skiresort(path: Path | str) -> None:
    """lifts (10), pass_holders (260, birth_date), lift_scans (seasons 2022-23 .. 2024-25, TIMESTAMP)."""
    rng = random.Random(802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lifts(lift_id INTEGER PRIMARY KEY, lift_name VARCHAR, lift_type VARCHAR,
        mountain_zone VARCHAR, capacity_per_hour INTEGER, top_elevation_m INTEGER, opened_year INTEGER,
        is_high_speed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pass_holders(holder_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, pass_type VARCHAR, home_state VARCHAR, purchased_on DATE,
        price_paid DOUBLE, is_local BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lift_scans(scan_id INTEGER PRIMARY KEY, holder_id INTEGER,
        lift_id INTEGER REFERENCES lifts(lift_id), scanned_at TIMESTAMP)""")
    lifts = [(i + 1, *lift) for i, lift in enumerate(LIFTS)]
    holders = []
    for hid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        ptype = rng.choices(list(PASS_TYPES), [45, 20, 20, 15])[0]
        if ptype == "Youth Season":
            born = _day(rng, dt.date(2007, 1, 1), 365 * 10)
        else:
            born = _day(rng, dt.date(1952, 1, 1), 365 * 50)
        state = rng.choice(HOME_STATES)
        purchased = _day(rng, dt.date(2022, 3, 1), 240)
        discount = rng.choice([1.0, 1.0, 1.0, 0.9, 0.85])
        holders.append((hid, first, last, born, ptype, state, purchased, round(PASS_TYPES[ptype] * discount, 2),
                        state == "CO" and rng.random() < 0.8))
    lift_w = [16, 6, 14, 5, 11, 3, 7, 9, 4, 10]
    scans = []
    seasons = [(dt.date(2022, 12, 1), 130), (dt.date(2023, 11, 24), 140), (dt.date(2024, 11, 29), 135)]
    for holder in holders:
        days_per_season = rng.randint(2, 22)
        if holder[0] % 23 == 0:  # bought a pass, never skied
            continue
        for start, length in seasons:
            for _ in range(rng.randint(max(1, days_per_season - 4), days_per_season + 4)):
                day = _day(rng, start, length)
                if holder[4] == "Midweek":
                    while day.weekday() >= 5:
                        day = _day(rng, start, length)
                moment = dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(minutes=rng.randint(0, 90))
                usable = [lift for lift in lifts if lift[6] <= day.year]
                w = [lift_w[lift[0] - 1] for lift in usable]
                for _ in range(rng.randint(3, 11)):
                    lift = rng.choices(usable, w)[0]
                    scans.append((len(scans) + 1, holder[0], lift[0], moment))
                    moment += dt.timedelta(minutes=rng.randint(12, 40))
                    if moment.hour >= 16:
                        break
    _insert(con, "lifts", lifts)
    _insert(con, "pass_holders", holders)
    _insert(con, "lift_scans", scans)
    con.close()


# ------------------------------------------------------------------------------------------------ grooming
GROOMERS = [
    # fullName, hiredOn, isPartTime, hourlyRate
    ("Becca Mills", dt.date(2019, 5, 6), False, 24.0),
    ("Tony Alvarez", dt.date(2020, 2, 17), False, 22.5),
    ("Jess Park", dt.date(2021, 8, 2), True, 19.0),
    ("Marcus Hale", dt.date(2022, 11, 14), False, 21.0),
    ("Lily Chen", dt.date(2023, 6, 1), True, 18.5),
]
BREEDS = {
    # breed -> sizeCategory
    "Poodle": "medium", "Golden Retriever": "large", "Shih Tzu": "small", "Labradoodle": "large",
    "Yorkshire Terrier": "small", "Cocker Spaniel": "medium", "German Shepherd": "large", "Bichon Frise": "small",
    "Newfoundland": "giant", "Mixed": "medium", "Schnauzer": "medium", "Great Dane": "giant",
}
DOG_NAMES = ["Biscuit", "Luna", "Max", "Bella", "Charlie", "Daisy", "Cooper", "Rosie", "Teddy", "Milo", "Pepper",
             "Ollie", "Maple", "Ziggy", "Nala", "Bruno", "Coco", "Finn", "Hazel", "Winston"]
SERVICES = {"Full Groom": 75.0, "Bath & Brush": 45.0, "Nail Trim": 18.0, "De-shedding": 60.0, "Puppy Intro": 35.0}
SIZE_MULT = {"small": 1.0, "medium": 1.2, "large": 1.45, "giant": 1.8}


def build_grooming(path: Path | str) -> None:
    """groomers (5), dogs (220, nullable birthDate), appointments (2023-2024, startsAt TIMESTAMP, camelCase)."""
    rng = random.Random(803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE groomers("groomerId" INTEGER PRIMARY KEY, "fullName" VARCHAR,
        "hiredOn" DATE, "isPartTime" BOOLEAN, "hourlyRate" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE dogs("dogId" INTEGER PRIMARY KEY, "dogName" VARCHAR, breed VARCHAR,
        "sizeCategory" VARCHAR, "birthDate" DATE, "isRescue" BOOLEAN, "ownerName" VARCHAR, "ownerPhone" VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE appointments("appointmentId" INTEGER PRIMARY KEY,
        "dogId" INTEGER REFERENCES dogs("dogId"), "groomerId" INTEGER REFERENCES groomers("groomerId"),
        "startsAt" TIMESTAMP, "serviceType" VARCHAR, "durationMinutes" INTEGER, price DOUBLE, "tipAmount" DOUBLE,
        status VARCHAR, "customerRating" INTEGER)""")
    groomers = [(i + 1, *g) for i, g in enumerate(GROOMERS)]
    owners = _unique_names(rng, FIRST, LAST, 170)
    dogs = []
    for did in range(1, 221):
        breed = rng.choice(list(BREEDS))
        rescue = rng.random() < 0.22
        born = None if rescue and rng.random() < 0.6 else _day(rng, dt.date(2009, 1, 1), 365 * 15)
        first, last = owners[(did * 13) % len(owners)]
        phone = f"503-555-{1000 + did * 37 % 9000:04d}"
        dogs.append((did, rng.choice(DOG_NAMES), breed, BREEDS[breed], born, rescue, f"{first} {last}", phone))
    appts = []
    for aid in range(1, 3101):
        dog = rng.choice(dogs)
        day = _day(rng, dt.date(2023, 1, 2), 730)
        while day.weekday() == 6:  # closed on Sundays
            day = _day(rng, dt.date(2023, 1, 2), 730)
        eligible = [g for g in groomers if g[2] <= day]
        groomer = rng.choices(eligible, [1 if g[3] else 2.4 for g in eligible])[0]
        service = rng.choices(list(SERVICES), [40, 28, 14, 12, 6])[0]
        minutes = {"Full Groom": 90, "Bath & Brush": 60, "Nail Trim": 15, "De-shedding": 75, "Puppy Intro": 45}[service]
        minutes = int(minutes * (1.0 if dog[3] in ("small", "medium") else 1.4))
        starts = dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.choice([0, 30])))
        price = round(SERVICES[service] * SIZE_MULT[dog[3]], 2)
        status = rng.choices(["completed", "cancelled", "no-show"], [86, 9, 5])[0]
        tip = rating = None
        if status == "completed":
            tip = round(price * rng.choice([0.1, 0.15, 0.2, 0.25]), 2) if rng.random() < 0.7 else None
            rating = rng.choices([1, 2, 3, 4, 5], [2, 3, 10, 30, 55])[0] if rng.random() < 0.45 else None
        appts.append((aid, dog[0], groomer[0], starts, service, minutes, price, tip, status, rating))
    _insert(con, "groomers", groomers)
    _insert(con, "dogs", dogs)
    _insert(con, "appointments", appts)
    con.close()


# ------------------------------------------------------------------------------------------------ fishing fleet
VESSELS = [
    # vsl_nm, home_port, gear_typ, len_m, yr_built, capt (first, last)
    ("Northern Star", "Kodiak", "trawl", 38.5, 1998),
    ("Sea Hawk", "Kodiak", "longline", 24.0, 2005),
    ("Marie Louise", "Homer", "pot", 19.8, 1987),
    ("Aleutian Dawn", "Dutch Harbor", "trawl", 52.0, 2012),
    ("Silver Fin", "Homer", "gillnet", 12.5, 2015),
    ("Kestrel", "Sitka", "longline", 21.3, 1994),
    ("Ocean Pride", "Dutch Harbor", "pot", 33.0, 2001),
    ("Tern", "Sitka", "gillnet", 11.0, 2019),
    ("Bering Runner", "Dutch Harbor", "longline", 29.6, 2009),
]
SPECIES = {
    # gear -> [(species, price per kg, kg per crew-day range)]
    "trawl": [("Pollock", 0.85, (900, 2600)), ("Pacific Cod", 1.9, (200, 900)), ("Rockfish", 1.4, (100, 400))],
    "longline": [("Halibut", 11.5, (80, 300)), ("Sablefish", 9.2, (60, 260)), ("Pacific Cod", 1.95, (100, 400))],
    "pot": [("King Crab", 24.0, (40, 160)), ("Snow Crab", 8.5, (90, 320)), ("Pacific Cod", 1.85, (60, 240))],
    "gillnet": [("Sockeye Salmon", 5.6, (60, 240)), ("Coho Salmon", 4.2, (30, 140))],
}


def build_fishing(path: Path | str) -> None:
    """vessels (9), trips (2022-2024, nullable ret_dt while at sea), landings (lnd_dt = ret_dt; abbreviated names)."""
    rng = random.Random(804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vessels(vsl_id INTEGER PRIMARY KEY, vsl_nm VARCHAR, home_port VARCHAR,
        gear_typ VARCHAR, len_m DOUBLE, yr_built INTEGER, capt_nm VARCHAR, capt_dob DATE)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY,
        vsl_id INTEGER REFERENCES vessels(vsl_id), dep_dt DATE, ret_dt DATE, crew_qty INTEGER, fuel_l DOUBLE,
        fuel_cost_amt DOUBLE, is_observer_onboard BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE landings(lnd_id INTEGER PRIMARY KEY,
        trip_id INTEGER REFERENCES trips(trip_id), lnd_dt DATE, spc_nm VARCHAR, wt_kg DOUBLE, px_kg DOUBLE, amt DOUBLE,
        grade VARCHAR)""")
    captains = _unique_names(rng, FIRST, LAST, len(VESSELS))
    vessels = [(i + 1, *v, f"{captains[i][0]} {captains[i][1]}", _day(rng, dt.date(1958, 1, 1), 365 * 35))
               for i, v in enumerate(VESSELS)]
    trips, landings = [], []
    end = dt.date(2024, 12, 31)
    for vessel in vessels:
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(3, 40))
        while day <= end:
            if vessel[3] == "gillnet" and not 5 <= day.month <= 9:  # salmon season only
                day = dt.date(day.year + (day.month > 9), 5, rng.randint(1, 28))
                continue
            length = rng.randint(3, 9) if vessel[4] < 20 else rng.randint(6, 21)
            ret = day + dt.timedelta(days=length)
            crew = max(2, int(vessel[4] / 6) + rng.randint(-1, 2))
            fuel = round(vessel[4] * length * rng.uniform(38, 55), 0)
            cost = round(fuel * rng.uniform(0.95, 1.25), 2)
            trip_id = len(trips) + 1
            at_sea = ret > end
            trips.append((trip_id, vessel[0], day, None if at_sea else ret, crew, None if at_sea else fuel,
                          None if at_sea else cost, rng.random() < 0.3))
            if not at_sea:
                for spc, px, (lo, hi) in SPECIES[vessel[3]]:
                    if rng.random() < 0.2:
                        continue
                    wt = round(rng.uniform(lo, hi) * crew * length / 4, 1)
                    grade = rng.choices(["A", "B", "C"], [55, 35, 10])[0]
                    price = round(px * {"A": 1.1, "B": 1.0, "C": 0.75}[grade] * rng.uniform(0.9, 1.1), 2)
                    landings.append((len(landings) + 1, trip_id, ret, spc, wt, price, round(wt * price, 2), grade))
            day = ret + dt.timedelta(days=rng.randint(4, 30))
    _insert(con, "vessels", vessels)
    _insert(con, "trips", trips)
    _insert(con, "landings", landings)
    con.close()


# ------------------------------------------------------------------------------------------------ transit
ROUTES = [
    # route_number, route_name, mode, garage, base weekday boardings
    ("4", "Division", "bus", "Center Street", 5200), ("9", "Powell", "bus", "Center Street", 4300),
    ("12", "Sandy Blvd", "bus", "Merlo", 3100), ("15", "Belmont", "bus", "Powell", 3600),
    ("20", "Burnside", "bus", "Merlo", 4800), ("33", "McLoughlin", "bus", "Powell", 2500),
    ("72", "Killingsworth", "bus", "Center Street", 6100), ("94X", "Pacific Hwy Express", "bus", "Merlo", 900),
    ("BLU", "Blue Line", "light rail", "Ruby Junction", 21000),
    ("RED", "Red Line", "light rail", "Ruby Junction", 14500),
    ("GRN", "Green Line", "light rail", "Elmonica", 9800), ("NS", "NS Streetcar", "streetcar", "Elmonica", 4100),
    ("A", "A Loop Streetcar", "streetcar", "Elmonica", 2300),
    ("AT", "Aerial Tram", "aerial tram", "Marquam Hill", 1700),
]
FARES = {"bus": 0.92, "light rail": 1.05, "streetcar": 0.55, "aerial tram": 2.1}


def build_transit(path: Path | str) -> None:
    """One wide route_daily table: one row per route and service day, 2022-01-01 .. 2024-12-31."""
    rng = random.Random(805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE route_daily(service_date DATE, route_number VARCHAR, route_name VARCHAR,
        mode VARCHAR, garage VARCHAR, day_type VARCHAR, is_holiday BOOLEAN, weather VARCHAR, boardings INTEGER,
        trips_scheduled INTEGER, trips_operated INTEGER, revenue_hours DOUBLE, fare_revenue DOUBLE,
        on_time_pct DOUBLE, PRIMARY KEY (service_date, route_number))""")
    holidays = {(1, 1), (7, 4), (12, 25), (11, 24), (5, 29), (9, 4)}
    rows = []
    day = dt.date(2022, 1, 1)
    while day <= dt.date(2024, 12, 31):
        holiday = (day.month, day.day) in holidays
        day_type = "weekday" if day.weekday() < 5 else "saturday" if day.weekday() == 5 else "sunday/holiday"
        day_type = "sunday/holiday" if holiday else day_type
        season = rng.choices(["clear", "rain", "snow"], [40, 55, 5] if day.month in (12, 1, 2) else [70, 30, 0])[0]
        growth = {2022: 0.88, 2023: 0.95, 2024: 1.0}[day.year]
        for number, name, mode, garage, base in ROUTES:
            factor = {"weekday": 1.0, "saturday": 0.62, "sunday/holiday": 0.45}[day_type]
            factor *= {"clear": 1.0, "rain": 0.93, "snow": 0.7}[season] * growth * rng.uniform(0.9, 1.1)
            boardings = int(base * factor)
            sched = {"bus": 110, "light rail": 150, "streetcar": 90, "aerial tram": 200}[mode]
            sched = int(sched * (1.0 if day_type == "weekday" else 0.7))
            missed = rng.choices([0, 1, 2, 5, 12], [70, 15, 8, 5, 2])[0] + (6 if season == "snow" else 0)
            hours = round(sched * rng.uniform(0.7, 1.0) * (0.3 if mode == "aerial tram" else 1.0), 1)
            on_time = None if rng.random() < 0.04 else round(rng.uniform(72, 95) - (12 if season == "snow" else 0), 1)
            fare = round(boardings * FARES[mode] * rng.uniform(0.95, 1.05), 2)
            rows.append((day, number, name, mode, garage, day_type, holiday, season, boardings, sched,
                         sched - missed, hours, fare, on_time))
        day += dt.timedelta(days=1)
    _insert(con, "route_daily", rows)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "brewery": build_brewery,
    "skiresort": build_skiresort,
    "grooming": build_grooming,
    "fishing": build_fishing,
    "transit": build_transit,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval8-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval8-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval8-dbs"))
